from __future__ import annotations

from datetime import UTC, datetime, timedelta

from unspoken.imports.threads import link_threads, normalise_subject, strip_reply_prefixes
from unspoken.signals.model import Address, Direction, MessageFeatures

T0 = datetime(2026, 9, 1, tzinfo=UTC)


def feats(n: int, thread: str, *, mid: str = "", reply_to: str = "", subject: str = "s",
          sender: str = "a@x.com", to: tuple[str, ...] = (), hours: float | None = None
          ) -> MessageFeatures:
    return MessageFeatures(
        id=mid or f"m{n}", thread_id=thread, date=T0 + timedelta(hours=n if hours is None
                                                                 else hours),
        direction=Direction.RECEIVED, sender=Address(sender), to=tuple(Address(a) for a in to),
        cc=(), subject=subject, flags=frozenset(), chars=0, words=0, message_id=mid,
        in_reply_to=reply_to)


class TestNormaliseSubject:
    def test_reply_and_forward_prefixes_in_several_languages_are_removed(self):
        for s in ("RE: Fwd: Q3  Review", "AW: WG: Q3 review", "TR: Réf : Q3 review",
                  "Re[2]: [acme-list] Q3 review", "FW: RE: q3 review", "SV: Q3 Review"):
            assert normalise_subject(s) == "q3 review", s

    def test_a_subject_that_only_starts_like_a_prefix_is_kept(self):
        assert normalise_subject("Rework of the renewal") == "rework of the renewal"


class TestStripReplyPrefixes:
    """The subject as its writer named it (tags kept: "[Proposal]" says what the thread is)."""

    def test_every_prefix_spelling_is_a_reply_and_the_tag_stays(self):
        for s in ("RE: Fwd: Re[2]: [Proposal] 6 seats", "AW(3): [Proposal] 6 seats",
                  "  rv：[Proposal] 6 seats", "SV:[Proposal] 6 seats"):
            assert strip_reply_prefixes(s) == ("[Proposal] 6 seats", True), s

    def test_a_new_subject_is_not_a_reply(self):
        for s in ("[Proposal] 6 seats", "Rework of the renewal", "Resume of the review"):
            assert strip_reply_prefixes(s) == (s, False), s


class TestLinkThreads:
    def test_root_without_references_joins_its_replies_whatever_the_order(self):
        root = feats(0, "s:subject", mid="root@x")
        reply = feats(1, "id:root@x", mid="r1@x", reply_to="root@x")
        chain = feats(2, "id:r1@x", mid="r2@x", reply_to="r1@x")  # In-Reply-To only
        other = feats(3, "s:other", mid="o@x", subject="another topic")
        for order in ([root, reply, chain, other], [other, chain, reply, root]):
            linked = {f.id: f.thread_id for f in link_threads(order)}
            assert linked["root@x"] == linked["r1@x"] == linked["r2@x"] == "s:subject"
            assert linked["o@x"] == "s:other"

    def test_gmail_threads_are_left_as_gmail_made_them(self):
        a = feats(0, "gm:1", mid="a@x")
        b = feats(1, "gm:2", mid="b@x")
        assert [f.thread_id for f in link_threads([a, b])] == ["gm:1", "gm:2"]

    def test_reference_free_replies_join_by_subject_and_a_shared_correspondent(self):
        me = frozenset({"klay@enron.com"})
        original = feats(0, "s:1", subject="Board trip", sender="klay@enron.com",
                         to=("aervin@houston.org", "x@enron.com"))
        reply = feats(1, "s:2", subject="RE: Board trip", sender="aervin@houston.org",
                      to=("klay@enron.com",))
        stranger = feats(2, "s:3", subject="Re: board trip", sender="other@corp.com",
                         to=("klay@enron.com",))  # shares only me: another conversation
        much_later = feats(3, "s:4", subject="Re: Board trip", sender="aervin@houston.org",
                           to=("klay@enron.com",), hours=24 * 90)
        linked = {f.id: f.thread_id for f in link_threads(
            [much_later, stranger, reply, original], me=me)}
        assert linked == {"m0": "s:1", "m1": "s:1", "m2": "s:3", "m3": "s:4"}
