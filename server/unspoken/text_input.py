"""What text from outside may hold before it reaches PostgreSQL or Redis: a validator shared by
the API's schemas and the admin policy (bad text is a 422, never a 500)."""

from __future__ import annotations


def storable(v: str) -> str:
    """No NUL and no lone surrogates: text the database and Redis can hold."""
    if "\x00" in v:
        raise ValueError("NUL characters are not allowed")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid Unicode text") from None
    return v
