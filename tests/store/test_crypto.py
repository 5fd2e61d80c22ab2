import base64

import pytest

from unspoken.store.crypto import SecretBox, SecretUnreadable


def _key(c: bytes) -> bytes:
    return c * 32


class TestSecretBox:
    def test_round_trip_is_bound_to_its_mailbox(self):
        box = SecretBox({"k1": _key(b"a")})
        sealed = box.seal(b"refresh-token", mailbox_id="m1")
        assert box.open(sealed, mailbox_id="m1") == b"refresh-token"
        assert b"refresh-token" not in sealed.encode()
        with pytest.raises(SecretUnreadable):
            box.open(sealed, mailbox_id="m2")  # copied onto another row

    def test_tampered_ciphertext_does_not_decrypt(self):
        box = SecretBox({"k1": _key(b"a")})
        kid, nonce, ct = box.seal(b"x", mailbox_id="m1").split(".")
        raw = bytearray(base64.urlsafe_b64decode(ct + "=" * (-len(ct) % 4)))
        raw[0] ^= 1
        bad = base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")
        with pytest.raises(SecretUnreadable):
            box.open(f"{kid}.{nonce}.{bad}", mailbox_id="m1")

    def test_rotation_reads_old_keys_and_rewrites_under_the_new_one(self):
        old = SecretBox({"k1": _key(b"a")})
        sealed = old.seal(b"secret", mailbox_id="m1")
        new = SecretBox({"k2": _key(b"b"), "k1": _key(b"a")})
        assert new.open(sealed, mailbox_id="m1") == b"secret"
        assert new.needs_rotation(sealed)
        rotated = new.rotate(sealed, mailbox_id="m1")
        assert rotated.startswith("k2.") and not new.needs_rotation(rotated)
        with pytest.raises(SecretUnreadable):
            SecretBox({"k2": _key(b"b")}).open(sealed, mailbox_id="m1")  # old key retired
