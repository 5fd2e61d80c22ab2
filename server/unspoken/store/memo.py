"""A process's own copy of rendered answers (badges, accounts pages), valid for one generation.

The shared cache in Redis costs a round trip and ~50 keys a badge batch; this copy costs a dict
lookup. It is never the source of truth: each entry carries the user's generation number (read
from Redis on every request, in the same round trip as the caller's token and rate limits), so
a rescore, feedback or erasure in any process makes it stale at once. Entries also expire (the
shared cache's TTL, or a mute's end, whichever comes first), and the whole copy is bounded:
past `cap` entries the oldest goes, whatever any user sends.
"""

from __future__ import annotations

import re
import time
from collections.abc import Hashable
from datetime import UTC, datetime

CAP = 20_000  # entries (a badge is ~300 bytes of JSON: a few MB at most)


class Memo:
    def __init__(self, cap: int = CAP) -> None:
        self.cap = cap
        self._d: dict[Hashable, tuple[str, float, str]] = {}

    def get(self, key: Hashable, gen: str, now: float) -> str | None:
        """The text stored under `key` (a tuple starting with the user id) for generation
        `gen`, if it has not expired (`now`: time.monotonic())."""
        e = self._d.get(key)
        if e is None or e[0] != gen:
            return None
        if e[1] < now:
            self._d.pop(key, None)
            return None
        return e[2]

    def put(self, key: Hashable, gen: str, text: str, *, ttl: float) -> None:
        d = self._d
        if d.pop(key, None) is None and len(d) >= self.cap:
            d.pop(next(iter(d)))  # the oldest entry
        d[key] = (gen, time.monotonic() + ttl, text)

    def forget_user(self, user_id: str) -> None:
        """Every entry of a user (erasure in this process; others' copies are stale by their
        generation, and expire)."""
        for k in [k for k in self._d if isinstance(k, tuple) and k[0] == user_id]:
            del self._d[k]

    def __len__(self) -> int:
        return len(self._d)


_MUTED = re.compile(r'"muted_until":"([^"]+)"')


def mute_bounded_ttl(text: str, ttl: int) -> int:
    """`ttl`, shortened so that no mute in this rendered JSON outlives its end in a cache."""
    now = datetime.now(UTC)
    for until in _MUTED.findall(text):
        left = (datetime.fromisoformat(until) - now).total_seconds()
        ttl = max(1, min(ttl, int(left)))
    return ttl
