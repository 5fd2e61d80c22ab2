"""Reaching people outside the mail client: weekly digest and alert messages, SMTP, webhooks."""
