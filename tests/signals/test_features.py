from datetime import UTC, datetime

from unspoken.signals import features
from unspoken.signals.model import Address, Direction, Message, MessageFlag, Role


def message(text: str, signature: str = "", direction=Direction.RECEIVED) -> Message:
    return Message(id="1", thread_id="t", date=datetime(2026, 9, 1, tzinfo=UTC),
                   sender=Address("dana@acme.com", "Dana Reyes"), to=(Address("sam@x.com"),),
                   cc=(), subject="Re: seats", direction=direction, new_text=text,
                   signature=signature, flags=frozenset({MessageFlag.CALENDAR}),
                   message_id="<1@x>", in_reply_to="<0@x>")


class TestExtract:
    def test_numbers_and_ids_carry_over_without_the_text(self):
        f = features.extract(message("Hi Sam! Thanks for the call.\nTalk soon"))
        assert (f.words, f.chars) == (8, len("Hi Sam! Thanks for the call.\nTalk soon"))
        assert f.in_reply_to == "<0@x>" and f.flags == frozenset({MessageFlag.CALENDAR})
        assert not hasattr(f, "new_text")

    def test_quotes_are_short_and_dropped_when_not_allowed(self):
        long = "Could you tell me whether the roadmap includes " + "a very long feature " * 20
        f = features.extract(message(long + "?"))
        assert all(len(q) <= 160 for q in f.quotes.values())
        g = features.extract(message(long + "?"), store_quotes=False)
        assert g.quotes == {}

    def test_marker_counts_are_positive_integers(self):
        f = features.extract(message("Great news!!! Thank you so much, have a lovely weekend!"))
        assert all(isinstance(v, int) and v > 0 for v in f.markers.values())

    def test_role_and_title_come_from_the_signature(self):
        f = features.extract(message("Noted.", "Dana Reyes\nVP of Operations\nAcme Logistics"))
        assert f.sender_role in (Role.EXECUTIVE, Role.UNKNOWN)  # UNKNOWN while roles is a stub
        if f.sender_role is Role.EXECUTIVE:
            assert "VP" in f.sender_title

    def test_short_cuts_on_a_word_boundary(self):
        s = features._short("word " * 100)
        assert len(s) <= 160 and s.endswith("…")
