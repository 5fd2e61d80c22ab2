"""The speed benchmark of `unspoken scan` (`make bench`): a generated export, timed."""
