"""The HTTP API (OpenAPI, /v1, RFC 9457 problems) and the small console page."""
