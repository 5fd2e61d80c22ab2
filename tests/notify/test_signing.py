"""Signed unsubscribe links: only the ring's keys make them, rotation keeps them valid."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unspoken.notify import signing

OLD = {"k1": b"a" * 32}
NEW = {"k2": b"b" * 32, "k1": b"a" * 32}


class TestSigning:
    def test_a_token_verifies_for_its_purpose_only(self):
        t = signing.sign(OLD, purpose="digest-unsubscribe", subject="user123")
        assert signing.verify(OLD, t, purpose="digest-unsubscribe") == "user123"
        assert signing.verify(OLD, t, purpose="something-else") is None

    def test_rotation_keeps_old_links_until_their_key_is_retired(self):
        t = signing.sign(OLD, purpose="p", subject="u")
        assert signing.verify(NEW, t, purpose="p") == "u"
        assert signing.verify({"k2": b"b" * 32}, t, purpose="p") is None

    def test_changing_the_subject_breaks_the_signature(self):
        t = signing.sign(OLD, purpose="p", subject="alice")
        other = signing.sign(OLD, purpose="p", subject="bob")
        forged = other.split(".")[0] + "." + ".".join(t.split(".")[1:])
        assert signing.verify(OLD, forged, purpose="p") is None

    @given(st.text(max_size=300))
    def test_garbage_never_raises(self, token):
        assert signing.verify(OLD, token, purpose="p") in (None,)
