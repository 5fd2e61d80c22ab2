"""Microsoft connector."""
