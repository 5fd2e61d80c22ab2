"""Secrets at rest: AES-256-GCM with key ids for rotation, bound to their mailbox.

Ciphertext text form: `<kid>.<nonce b64>.<ciphertext+tag b64>`. The associated data is
`mailbox:<id>`, so a ciphertext copied onto another mailbox row fails to decrypt.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class SecretUnreadable(Exception):
    """Unknown key id, tampered ciphertext, or ciphertext bound to another mailbox."""


def _b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


class SecretBox:
    def __init__(self, ring: dict[str, bytes]) -> None:
        if not ring:
            raise ValueError("empty key ring")
        self._ring = dict(ring)
        self.active_kid = next(iter(ring))

    @staticmethod
    def _ad(mailbox_id: str) -> bytes:
        return f"mailbox:{mailbox_id}".encode()

    def seal(self, plaintext: bytes, *, mailbox_id: str) -> str:
        nonce = secrets.token_bytes(12)
        ct = AESGCM(self._ring[self.active_kid]).encrypt(nonce, plaintext, self._ad(mailbox_id))
        return f"{self.active_kid}.{_b64(nonce)}.{_b64(ct)}"

    def open(self, sealed: str, *, mailbox_id: str) -> bytes:
        try:
            kid, nonce, ct = sealed.split(".")
            key = self._ring[kid]
            return AESGCM(key).decrypt(_unb64(nonce), _unb64(ct), self._ad(mailbox_id))
        except (ValueError, KeyError, InvalidTag) as exc:
            raise SecretUnreadable("secret cannot be decrypted with this key ring") from exc

    def needs_rotation(self, sealed: str) -> bool:
        return not sealed.startswith(self.active_kid + ".")

    def rotate(self, sealed: str, *, mailbox_id: str) -> str:
        """Re-encrypt under the active key (no-op when already there)."""
        if not self.needs_rotation(sealed):
            return sealed
        return self.seal(self.open(sealed, mailbox_id=mailbox_id), mailbox_id=mailbox_id)
