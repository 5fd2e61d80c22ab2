"""Signed one-click links (unsubscribe): HMAC-SHA256 under a key derived from the encryption
key ring, so no sign-in is needed and any key of the ring verifies (rotation keeps old links
working until their key is retired)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping


def _b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def _mac(key: bytes, purpose: str, subject: str) -> bytes:
    derived = hmac.new(key, b"unspoken-link:" + purpose.encode(), hashlib.sha256).digest()
    return hmac.new(derived, subject.encode(), hashlib.sha256).digest()[:18]


def sign(ring: Mapping[str, bytes], *, purpose: str, subject: str) -> str:
    """A token naming `subject` (a user id) for `purpose`, signed with the ring's first key."""
    kid, key = next(iter(ring.items()))
    return f"{_b64(subject.encode())}.{kid}.{_b64(_mac(key, purpose, subject))}"


def verify(ring: Mapping[str, bytes], token: str, *, purpose: str) -> str | None:
    """The subject of a valid token, else None (never raises on bad input)."""
    if not token or len(token) > 256 or token.count(".") != 2:
        return None
    subject_b64, kid, mac_b64 = token.split(".")
    key = ring.get(kid)
    if key is None:
        return None
    try:
        subject = _unb64(subject_b64).decode()
        mac = _unb64(mac_b64)
    except (ValueError, UnicodeDecodeError):
        return None
    return subject if hmac.compare_digest(mac, _mac(key, purpose, subject)) else None
