"""Google's per-user quota, shared by every worker: a token bucket in Redis, and backoff.

Google counts units per user per minute (15,000 on older projects, 6,000 on new ones) and
every call in a batch counts. All workers syncing one user draw from one bucket, so the sum of
their calls stays under the budget; a 429 that slips through is retried after `Backoff`.
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import Protocol

from redis.asyncio import Redis

# Units per call (Gmail's published table; messages.get is a setting: 5 or 20).
COSTS = {"messages.list": 5, "history.list": 2, "getProfile": 1, "watch": 100, "stop": 50,
         "events.list": 1, "events.watch": 1}

# KEYS[1] bucket; ARGV capacity, refill per ms, units. Returns ms to wait (0: granted).
# Time comes from Redis itself, so workers on different hosts share one clock.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cap = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local units = tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens >= units then tokens = tokens - units else wait = math.ceil((units - tokens) / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(cap / rate) + 60000)
return wait
"""


class Limiter(Protocol):
    async def take(self, user: str, units: int) -> float:
        """Take `units` for `user` if the bucket has them: 0.0, else seconds to wait first."""
        ...


class RedisLimiter:
    def __init__(self, redis: Redis, *, prefix: str, capacity: float, window: float) -> None:
        self.redis, self.prefix = redis, prefix
        self.capacity, self.rate_per_ms = capacity, capacity / (window * 1000)
        self._script = redis.register_script(_TAKE)

    async def take(self, user: str, units: int) -> float:
        units = min(units, int(self.capacity))
        wait = await self._script(keys=[f"{self.prefix}google:quota:{user}"],
                                  args=[self.capacity, self.rate_per_ms, units])
        return int(wait) / 1000


class MemoryLimiter:
    """One process (demo without Redis): the same bucket, in memory."""

    def __init__(self, *, capacity: float, window: float) -> None:
        self.capacity, self.rate = capacity, capacity / window
        self._b: dict[str, tuple[float, float]] = {}

    async def take(self, user: str, units: int) -> float:
        now = time.monotonic()
        tokens, at = self._b.get(user, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - at) * self.rate)
        units = min(units, int(self.capacity))
        if tokens >= units:
            self._b[user] = (tokens - units, now)
            return 0.0
        self._b[user] = (tokens, now)
        return (units - tokens) / self.rate


async def acquire(limiter: Limiter, user: str, units: int, *, max_wait: float) -> float:
    """Wait until the bucket grants `units`; returns the seconds waited. Raises TimeoutError
    past `max_wait`, so a task gives its worker back instead of sleeping for minutes."""
    waited = 0.0
    while True:
        wait = await limiter.take(user, units)
        if wait <= 0:
            return waited
        if waited + wait > max_wait:
            raise TimeoutError(wait)
        await asyncio.sleep(wait)
        waited += wait


class Backoff:
    """Truncated exponential backoff with full jitter, never shorter than `Retry-After`.
    `no_wait` (Settings.test_mode) computes the same delays but never sleeps."""

    def __init__(self, *, base: float = 1.0, cap: float = 32.0, attempts: int = 6,
                 no_wait: bool = False) -> None:
        self.base, self.cap, self.attempts, self.no_wait = base, cap, attempts, no_wait
        self.slept: list[float] = []  # what it waited (or would have), for tests and metrics

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        d = random.uniform(0, min(self.cap, self.base * 2 ** attempt))
        return max(d, retry_after or 0.0)

    async def sleep(self, attempt: int, retry_after: float | None = None) -> float:
        d = self.delay(attempt, retry_after)
        self.slept.append(d)
        if not self.no_wait:
            await asyncio.sleep(d)
        return d


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
