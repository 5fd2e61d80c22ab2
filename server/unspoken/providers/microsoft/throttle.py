"""Graph's limits, kept for every worker at once: N concurrent requests (per mailbox, or per app
when the deployment says so) and a request budget per mailbox (10,000 per 10 minutes), plus the
pause a 429's Retry-After imposes on the whole mailbox."""

from __future__ import annotations

import asyncio
import random
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from unspoken.providers.microsoft.coord import Coordination

Sleep = Callable[[float], Awaitable[None]]
LEASE_MS = 120_000  # a slot held longer than this belongs to a dead worker
SAFETY = 0.97  # aim just under the budget: clocks and in-flight requests differ a little


@dataclass(frozen=True, slots=True)
class Limits:
    max_concurrent: int = 4
    budget: int = 10_000  # requests per window per mailbox
    window_seconds: float = 600.0
    per_app: bool = False  # concurrency counted across mailboxes (the current docs' reading)

    @property
    def interval_ms(self) -> int:
        # One request fewer again: a request sent late (a busy event loop) lands closer to
        # the next one, and Graph counts arrivals.
        per_window = max(1.0, self.budget * SAFETY - 1)
        return max(1, int(self.window_seconds * 1000 / per_window))

    @property
    def tau_ms(self) -> int:
        """How early a slot may be used: a burst of up to `max_concurrent` requests, bounded
        so that no sliding window ever holds more than `budget` (small budgets: no burst)."""
        slots = max(0, min(self.max_concurrent, int((1 - SAFETY) * self.budget) - 1))
        return slots * self.interval_ms


class Throttle:
    def __init__(self, coord: Coordination, limits: Limits, *, sleep: Sleep,
                 poll: Sleep = asyncio.sleep) -> None:
        self.coord = coord
        self.limits = limits
        self._sleep = sleep  # budget and Retry-After waits (a no-op in test mode)
        self._poll = poll  # short waits for a free concurrency slot (always real)
        self.waited = 0.0  # seconds of budget/Retry-After wait asked for (bench, tests)

    @asynccontextmanager
    async def slot(self, mailbox_id: str) -> AsyncIterator[None]:
        """Hold one request slot of the mailbox: budget reserved, concurrency taken."""
        lim = self.limits
        wait = await self.coord.reserve(mailbox_id, interval_ms=lim.interval_ms,
                                        tau_ms=lim.tau_ms,
                                        ttl_ms=int(lim.window_seconds * 1000))
        if wait > 0:
            self.waited += wait
            await self._sleep(wait)
        key = "app" if lim.per_app else mailbox_id
        token = secrets.token_hex(8)
        delay = 0.002
        while not await self.coord.try_acquire(key, token, limit=lim.max_concurrent,
                                               lease_ms=LEASE_MS):
            await self._poll(delay * (1 + random.random()))
            delay = min(0.05, delay * 1.5)
        try:
            yield
        finally:
            await self.coord.release(key, token)

    async def pause(self, mailbox_id: str, seconds: float) -> None:
        """Graph said wait: no request of this mailbox goes out before then, in any worker."""
        await self.coord.pause(mailbox_id, seconds)
