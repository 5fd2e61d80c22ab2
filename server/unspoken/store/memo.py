"""A process's own copy of rendered answers (badges, accounts pages), valid for one generation.

The shared cache in Redis costs a round trip and ~50 keys a badge batch; this copy costs a dict
lookup. It is never the source of truth: each entry carries the user's generation number (read
from Redis on every request, in the same round trip as the caller's token and rate limits), so
a rescore, feedback or erasure in any process makes it stale at once. Entries also expire (the
shared cache's TTL, or a mute's end, whichever comes first), and the whole copy is bounded:
past `cap` entries the oldest goes, whatever any user sends.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Hashable
from datetime import UTC, datetime

CAP = 20_000  # entries (a badge is ~300 bytes of JSON: a few MB at most)


class _Bucket:
    """One user's entries, all of one generation."""

    __slots__ = ("gen", "soonest", "texts", "expires")

    def __init__(self, gen: str) -> None:
        self.gen = gen
        self.soonest = math.inf  # the earliest expiry among the entries
        self.texts: dict[Hashable, str] = {}
        self.expires: dict[Hashable, float] = {}


class Memo:
    def __init__(self, cap: int = CAP) -> None:
        self.cap = cap
        self._users: dict[str, _Bucket] = {}  # oldest written first
        self._size = 0

    def texts(self, user_id: str, gen: str, now: float) -> dict[Hashable, str] | None:
        """The user's live entries (key -> text) if they are of generation `gen` (`now`:
        time.monotonic()); read-only. The hot path: a batch is then plain dict lookups."""
        b = self._users.get(user_id)
        if b is None or b.gen != gen:
            return None
        if b.soonest <= now:
            self._purge(b, now)
        return b.texts

    def get(self, user_id: str, key: Hashable, gen: str, now: float) -> str | None:
        texts = self.texts(user_id, gen, now)
        return None if texts is None else texts.get(key)

    def put(self, user_id: str, gen: str, key: Hashable, text: str, *, ttl: float) -> None:
        """Remember `text` for generation `gen`; a user's entries of another generation go."""
        b = self._users.pop(user_id, None)
        if b is not None and b.gen != gen:
            self._size -= len(b.texts)
            b = None
        b = b or _Bucket(gen)
        self._users[user_id] = b  # now the most recently written
        if key not in b.texts:
            while self._size >= self.cap:
                self._evict(b)
            self._size += 1
        expires = time.monotonic() + ttl
        b.texts[key] = text
        b.expires[key] = expires
        b.soonest = min(b.soonest, expires)

    def _evict(self, current: _Bucket) -> None:
        oldest_user = next(iter(self._users))
        oldest = self._users[oldest_user]
        if oldest is not current:
            del self._users[oldest_user]
            self._size -= len(oldest.texts)
            return
        key = next(iter(current.texts))  # the only user: their oldest entry
        del current.texts[key], current.expires[key]
        self._size -= 1

    def _purge(self, b: _Bucket, now: float) -> None:
        for key in [k for k, t in b.expires.items() if t <= now]:
            del b.texts[key], b.expires[key]
            self._size -= 1
        b.soonest = min(b.expires.values(), default=math.inf)

    def forget_user(self, user_id: str) -> None:
        """Every entry of a user (erasure in this process; others' copies are stale by their
        generation, and expire)."""
        b = self._users.pop(user_id, None)
        if b is not None:
            self._size -= len(b.texts)

    def __len__(self) -> int:
        return self._size


_MUTED = re.compile(r'"muted_until":"([^"]+)"')


def mute_bounded_ttl(text: str, ttl: int) -> int:
    """`ttl`, shortened so that no mute in this rendered JSON outlives its end in a cache."""
    now = datetime.now(UTC)
    for until in _MUTED.findall(text):
        left = (datetime.fromisoformat(until) - now).total_seconds()
        ttl = max(1, min(ttl, int(left)))
    return ttl
