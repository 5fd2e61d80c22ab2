"""API request/response shapes (CONTRACT.md); never the tables themselves."""
