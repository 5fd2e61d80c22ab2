"""Domain services: take the session first, the rest keyword-only, and never commit."""
