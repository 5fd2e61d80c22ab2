"""The per-process copy of rendered answers: one generation per user, expiring, bounded."""

from __future__ import annotations

import time

from unspoken.store.memo import Memo, mute_bounded_ttl


def test_an_entry_is_served_only_for_its_generation():
    m = Memo()
    m.put("u1", "3", "a@x.test", "A", ttl=60)
    now = time.monotonic()
    assert m.get("u1", "a@x.test", "3", now) == "A"
    assert m.get("u1", "a@x.test", "4", now) is None  # bumped elsewhere: stale
    assert m.get("u2", "a@x.test", "3", now) is None  # another user's
    m.put("u1", "4", "b@x.test", "B", ttl=60)  # a newer generation drops the older entries
    assert m.texts("u1", "4", now) == {"b@x.test": "B"} and len(m) == 1


def test_entries_expire():
    m = Memo()
    m.put("u1", "1", "a", "A", ttl=60)
    m.put("u1", "1", "b", "B", ttl=1)
    later = time.monotonic() + 30
    assert m.texts("u1", "1", later) == {"a": "A"} and len(m) == 1
    assert m.get("u1", "a", "1", time.monotonic() + 120) is None and len(m) == 0


def test_the_copy_stays_bounded_whatever_is_written():
    m = Memo(cap=100)
    for u in range(20):
        for i in range(30):
            m.put(f"u{u}", "1", f"{i}@x.test", "t", ttl=60)
    assert len(m) <= 100
    now = time.monotonic()
    assert m.get("u19", "29@x.test", "1", now) == "t"  # the newest stay
    assert m.get("u0", "0@x.test", "1", now) is None  # the oldest user's went first
    one = Memo(cap=10)
    for i in range(50):  # one user alone: their oldest entries go
        one.put("u", "1", i, "t", ttl=60)
    assert len(one) == 10 and one.get("u", 49, "1", now) == "t"


def test_erasure_forgets_a_user():
    m = Memo()
    m.put("u1", "1", "a", "A", ttl=60)
    m.put("u2", "1", "a", "A", ttl=60)
    m.forget_user("u1")
    assert m.get("u1", "a", "1", time.monotonic()) is None and len(m) == 1


def test_a_mute_bounds_the_ttl():
    assert mute_bounded_ttl('{"muted_until":null}', 3600) == 3600
    soon = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() + 120))
    assert 100 <= mute_bounded_ttl(f'[{{"muted_until":"{soon}"}}]', 3600) <= 120
    gone = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - 120))
    assert mute_bounded_ttl(f'{{"muted_until":"{gone}"}}', 3600) == 1
