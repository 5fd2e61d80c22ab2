"""Coordination shared by every API process and worker: single-use values, per-mailbox locks,
and the request throttle's scripts. Redis when configured, process memory for the demo."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

from redis.asyncio import Redis


class LockTimeout(Exception):
    """Someone else held the lock for longer than we were willing to wait."""


# Budget (GCRA with reservations): every caller reserves the next slot, spaced by `interval`,
# and may send up to `tau` early. Over any window W at most (W + tau) / interval + 1 go out.
# A pause (after a 429 with Retry-After) moves every later slot past its end.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pause = tonumber(redis.call('GET', KEYS[2]) or '0')
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local s = math.max(tat, now, pause)
redis.call('SET', KEYS[1], s + tonumber(ARGV[1]), 'PX', tonumber(ARGV[3]))
return math.max(0, math.max(s - tonumber(ARGV[2]), pause) - now)
"""
# Concurrency: holders in a sorted set scored by lease expiry (a killed worker frees its slot).
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
  return 1
end
return 0
"""
_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ms = now + tonumber(ARGV[1])
if until_ms > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], until_ms, 'PX', tonumber(ARGV[1]) + 1000)
end
return until_ms
"""
_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class Coordination(Protocol):
    async def put(self, key: str, value: str, *, ttl: float) -> None: ...
    async def take(self, key: str) -> str | None:
        """Get and delete in one step: a value can be taken once."""
        ...
    async def get(self, key: str) -> str | None: ...
    async def delete(self, key: str) -> None: ...
    def lock(self, key: str, *, ttl: float,
             wait: float) -> AbstractAsyncContextManager[None]: ...
    async def reserve(self, key: str, *, interval_ms: int, tau_ms: int, ttl_ms: int) -> float:
        """Reserve the next budget slot; seconds to wait before sending."""
        ...
    async def try_acquire(self, key: str, token: str, *, limit: int, lease_ms: int) -> bool: ...
    async def release(self, key: str, token: str) -> None: ...
    async def pause(self, key: str, seconds: float) -> None: ...
    async def close(self) -> None: ...


class RedisCoordination:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix + "ms:"
        self._reserve = redis.register_script(_RESERVE)
        self._acquire = redis.register_script(_ACQUIRE)
        self._pause = redis.register_script(_PAUSE)
        self._unlock = redis.register_script(_UNLOCK)

    def _k(self, key: str) -> str:
        return self.prefix + key

    async def put(self, key: str, value: str, *, ttl: float) -> None:
        await self.redis.set(self._k(key), value, px=max(1, int(ttl * 1000)))

    async def take(self, key: str) -> str | None:
        v = await self.redis.getdel(self._k(key))
        return v.decode() if isinstance(v, bytes) else v

    async def get(self, key: str) -> str | None:
        v = await self.redis.get(self._k(key))
        return v.decode() if isinstance(v, bytes) else v

    async def delete(self, key: str) -> None:
        await self.redis.delete(self._k(key))

    @asynccontextmanager
    async def lock(self, key: str, *, ttl: float, wait: float) -> AsyncIterator[None]:
        token = secrets.token_hex(8)
        deadline = time.monotonic() + wait
        delay = 0.005
        while not await self.redis.set(self._k(key), token, nx=True, px=int(ttl * 1000)):
            if time.monotonic() > deadline:
                raise LockTimeout(key)
            await asyncio.sleep(delay)
            delay = min(0.1, delay * 1.5)
        try:
            yield
        finally:
            await self._unlock(keys=[self._k(key)], args=[token])

    async def reserve(self, key: str, *, interval_ms: int, tau_ms: int, ttl_ms: int) -> float:
        wait_ms = await self._reserve(keys=[self._k(f"budget:{key}"), self._k(f"pause:{key}")],
                                      args=[interval_ms, tau_ms, ttl_ms])
        return int(wait_ms) / 1000

    async def try_acquire(self, key: str, token: str, *, limit: int, lease_ms: int) -> bool:
        return bool(await self._acquire(keys=[self._k(f"sem:{key}")],
                                        args=[token, limit, lease_ms]))

    async def release(self, key: str, token: str) -> None:
        await self.redis.zrem(self._k(f"sem:{key}"), token)

    async def pause(self, key: str, seconds: float) -> None:
        await self._pause(keys=[self._k(f"pause:{key}")], args=[max(1, int(seconds * 1000))])

    async def close(self) -> None:
        await self.redis.aclose()


class MemoryCoordination:
    """One process only (demo, no Redis): the same semantics with monotonic time."""

    def __init__(self) -> None:
        self._vals: dict[str, tuple[str, float]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._holders: dict[str, dict[str, float]] = {}

    def _live(self, key: str) -> str | None:
        v = self._vals.get(key)
        if v is None or v[1] < time.monotonic():
            self._vals.pop(key, None)
            return None
        return v[0]

    async def put(self, key: str, value: str, *, ttl: float) -> None:
        self._vals[key] = (value, time.monotonic() + ttl)

    async def take(self, key: str) -> str | None:
        v = self._live(key)
        self._vals.pop(key, None)
        return v

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def delete(self, key: str) -> None:
        self._vals.pop(key, None)

    @asynccontextmanager
    async def lock(self, key: str, *, ttl: float, wait: float) -> AsyncIterator[None]:
        lk = self._locks.setdefault(key, asyncio.Lock())
        try:
            await asyncio.wait_for(lk.acquire(), timeout=wait)
        except TimeoutError:
            raise LockTimeout(key) from None
        try:
            yield
        finally:
            lk.release()

    async def reserve(self, key: str, *, interval_ms: int, tau_ms: int, ttl_ms: int) -> float:
        now = time.monotonic() * 1000
        pause = float(self._live(f"pause:{key}") or 0)
        tat = float(self._live(f"budget:{key}") or 0)
        s = max(tat, now, pause)
        self._vals[f"budget:{key}"] = (str(s + interval_ms), time.monotonic() + ttl_ms / 1000)
        return max(0.0, max(s - tau_ms, pause) - now) / 1000

    async def try_acquire(self, key: str, token: str, *, limit: int, lease_ms: int) -> bool:
        now = time.monotonic()
        holders = {t: exp for t, exp in self._holders.get(key, {}).items() if exp > now}
        self._holders[key] = holders
        if len(holders) >= limit:
            return False
        holders[token] = now + lease_ms / 1000
        return True

    async def release(self, key: str, token: str) -> None:
        self._holders.get(key, {}).pop(token, None)

    async def pause(self, key: str, seconds: float) -> None:
        until = time.monotonic() * 1000 + seconds * 1000
        if until > float(self._live(f"pause:{key}") or 0):
            self._vals[f"pause:{key}"] = (str(until), time.monotonic() + seconds + 1)

    async def close(self) -> None:
        return None


def make_coordination(redis_url: str, prefix: str) -> Coordination:
    if not redis_url:
        return MemoryCoordination()
    return RedisCoordination(Redis.from_url(redis_url), prefix)
