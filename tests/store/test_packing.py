"""store.packing: every value comes back exactly; ids stay equal exactly when they were."""

from __future__ import annotations

from unspoken.signals import markers as mk
from unspoken.signals.model import Direction, MessageFlag, Role
from unspoken.store import packing


class TestExtKey:
    def test_gmail_ids_shrink_and_every_id_comes_back(self) -> None:
        for ext in ("19fd2d76bad0d7a", "ffffffffffffffff", "1", "0abc", "ABC", "19fd2d76bad0d7a0a",
                    "inbox:AAMkAGI2=", "", "é/ü", "a" * 300):
            assert packing.ext_id_of(packing.ext_key(ext)) == ext
        assert len(packing.ext_key("19fd2d76bad0d7a")) == 9
        # Gmail lists newest (highest) ids first: their keys ascend in that order
        newest_first = ["19fd2d76bad0d7c", "19fd2d76bad0d7b", "19fd2d76bad0d7a", "ff"]
        keys = [packing.ext_key(e) for e in newest_first]
        assert keys == sorted(keys)
        # a key 0009 first wrote (not complemented) is found and read too
        old = bytes([1]) + int("19fd2d76bad0d7a", 16).to_bytes(8, "big")
        assert old in packing.ext_keys("19fd2d76bad0d7a")
        assert packing.ext_id_of(old) == "19fd2d76bad0d7a"
        assert packing.ext_keys("inbox:x") == [packing.ext_key("inbox:x")]
        # a hex id and a text id that spells the same never share a key
        keys = {packing.ext_key(e) for e in ("abc", "0abc", "ABC", "inbox:abc")}
        assert len(keys) == 4


class TestIdHash:
    def test_equal_stays_equal_and_empty_stays_empty(self) -> None:
        assert packing.id_hash("") == 0 and packing.hashed_id(0) == ""
        a, b = packing.id_hash("<x@y>"), packing.id_hash("<x@z>")
        assert a == packing.id_hash("<x@y>") and a != b and a != 0
        assert -(2 ** 63) <= a < 2 ** 63
        assert packing.canonical_id("<x@y>") == packing.hashed_id(a) != ""


class TestThreads:
    def test_a_thread_named_after_a_message_id_stays_linked_to_it(self) -> None:
        # imports.threads.link_threads joins "id:" + a message's Message-ID with its thread
        mid = "abc@mail.example"
        assert packing.canonical_thread("id:" + mid) == "id:" + packing.canonical_id(mid)
        for t in ("gm:1234", "s:0f0e", "fake-1-thread-2", "", "id:"):
            prefix = t.split(":")[0] + ":" if ":" in t else ""
            assert packing.canonical_thread(t).startswith(prefix)
        assert packing.canonical_thread("") == ""
        assert packing.canonical_thread("gm:1") != packing.canonical_thread("s:1")


class TestPack:
    def _values(self, **over: object) -> dict[str, object]:
        v: dict[str, object] = dict(
            direction=Direction.SENT, role=Role.ASSISTANT,
            flags=frozenset({MessageFlag.BOUNCE, MessageFlag.CALENDAR}), chars=70_000,
            words=12, thread_prefix=2, sender=3, to=[1, 300, 2 ** 40], cc=[],
            subject="Re: Rollout ü",
            sender_title="VP Sales", in_reply_to=packing.id_hash("<a@b>"),
            markers={mk.GREETING: 1, mk.EXCLAMATION: 200, "a_new_kind": 2},
            quotes={mk.GREETING: "Hi Dana, more seats?", mk.EXPANSION_PROPOSAL:
                    "Hi Dana, more seats?", "a_new_kind": "x" * 160})
        v.update(over)
        return v

    def test_round_trip(self) -> None:
        for v in (self._values(), self._values(in_reply_to=0, quotes={}, markers={},
                                               flags=frozenset(), to=[], subject="")):
            p = packing.unpack(packing.pack(**v))  # type: ignore[arg-type]
            assert p.direction == v["direction"] and p.role == v["role"]
            assert p.flags == v["flags"] and p.chars == v["chars"] and p.words == v["words"]
            assert p.thread_prefix == v["thread_prefix"]
            assert (p.sender, list(p.to), list(p.cc)) == (v["sender"], v["to"], v["cc"])
            assert p.subject == v["subject"] and p.sender_title == v["sender_title"]
            assert p.in_reply_to == v["in_reply_to"]
            assert p.markers == v["markers"] and p.quotes == v["quotes"]
            assert packing.chars_of(packing.pack(**v)) == v["chars"]  # type: ignore[arg-type]

    def test_a_repeated_quote_is_stored_once(self) -> None:
        one = packing.pack(**self._values(quotes={mk.GREETING: "Hi Dana, more seats?"}))  # type: ignore[arg-type]
        two = packing.pack(**self._values(quotes={mk.GREETING: "Hi Dana, more seats?",  # type: ignore[arg-type]
                                                  mk.EXPANSION_PROPOSAL: "Hi Dana, more seats?"}))
        assert len(two) - len(one) == 2  # the second kind's code and the text's index

    def test_repack_drops_the_quotes_only(self) -> None:
        p = packing.unpack(packing.pack(**self._values()))  # type: ignore[arg-type]
        q = packing.unpack(packing.repack(p, quotes={}))
        assert q.quotes == {} and q.markers == p.markers and q.to == p.to

    def test_every_enum_member_and_marker_kind_has_a_code(self) -> None:
        assert set(packing.DIRECTION_CODES) == set(Direction)
        assert set(packing.ROLE_CODES) == set(Role)
        assert set(packing.FLAG_BITS) == set(MessageFlag) and len(MessageFlag) <= 4
        kinds = {v for k, v in vars(mk).items() if k.isupper() and isinstance(v, str)
                 and v.islower() and v.replace("_", "").isalpha()}
        assert mk.GREETING in kinds and mk.EXACT_DATE in kinds
        assert kinds <= set(packing.MARKER_CODES)  # a new kind works uncoded, but costs bytes
