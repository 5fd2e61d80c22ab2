"""Readers of mailbox exports (.mbox, RFC 822 files, .ics) that yield model records."""
