"""Short-lived keys: badge cache, token cache, rate limits. Redis, or memory for the demo.

Every key is prefixed with `Settings.redis_prefix`. Nothing stored here is a secret in the
clear: tokens appear only as SHA-256 hashes.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Mapping, Sequence
from typing import Protocol

from redis.asyncio import Redis


class KV(Protocol):
    async def get(self, key: str) -> str | None: ...
    async def mget(self, keys: Sequence[str]) -> list[str | None]: ...
    async def set(self, key: str, value: str, *, ttl: int) -> None: ...
    async def set_unless(self, key: str, value: str, *, ttl: int, guard: str) -> bool:
        """SET key unless `guard` exists, atomically (a revocation marker beats a late write)."""
        ...
    async def mset(self, values: Mapping[str, str], *, ttl: int) -> None: ...
    async def delete(self, *keys: str) -> None: ...
    async def delete_matching(self, pattern: str) -> None: ...
    async def incr(self, key: str, *, ttl: int) -> int: ...
    async def get_and_count(self, key: str, counter: str, *, ttl: int) -> tuple[str | None, int]:
        """GET key and INCR counter (expiring) in one round trip."""
        ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


_SET_UNLESS = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
"""


class RedisKV:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    def _k(self, key: str) -> str:
        return self.prefix + key

    async def get(self, key: str) -> str | None:
        v = await self.redis.get(self._k(key))
        return v.decode() if isinstance(v, bytes) else v

    async def mget(self, keys: Sequence[str]) -> list[str | None]:
        if not keys:
            return []
        vals = await self.redis.mget([self._k(k) for k in keys])
        return [v.decode() if isinstance(v, bytes) else v for v in vals]

    async def set(self, key: str, value: str, *, ttl: int) -> None:
        await self.redis.set(self._k(key), value, ex=ttl)

    async def set_unless(self, key: str, value: str, *, ttl: int, guard: str) -> bool:
        done = self.redis.eval(_SET_UNLESS, 2, self._k(key), self._k(guard), value, str(ttl))
        return bool(await done)  # type: ignore[misc]

    async def mset(self, values: Mapping[str, str], *, ttl: int) -> None:
        if not values:
            return
        async with self.redis.pipeline(transaction=False) as p:
            for k, v in values.items():
                p.set(self._k(k), v, ex=ttl)
            await p.execute()

    async def delete(self, *keys: str) -> None:
        if keys:
            await self.redis.delete(*(self._k(k) for k in keys))

    async def delete_matching(self, pattern: str) -> None:
        batch = []
        async for k in self.redis.scan_iter(match=self._k(pattern), count=500):
            batch.append(k)
            if len(batch) >= 500:
                await self.redis.delete(*batch)
                batch = []
        if batch:
            await self.redis.delete(*batch)

    async def incr(self, key: str, *, ttl: int) -> int:
        async with self.redis.pipeline(transaction=False) as p:
            p.incr(self._k(key))
            p.expire(self._k(key), ttl, nx=True)
            n, _ = await p.execute()
        return int(n)

    async def get_and_count(self, key: str, counter: str, *, ttl: int) -> tuple[str | None, int]:
        async with self.redis.pipeline(transaction=False) as p:
            p.get(self._k(key))
            p.incr(self._k(counter))
            p.expire(self._k(counter), ttl, nx=True)
            v, n, _ = await p.execute()
        return (v.decode() if isinstance(v, bytes) else v), int(n)

    async def ping(self) -> bool:
        return bool(await self.redis.ping())

    async def close(self) -> None:
        await self.redis.aclose()


class MemoryKV:
    """One process only (the demo). Same semantics, expiry checked on read."""

    def __init__(self) -> None:
        self._d: dict[str, tuple[str, float]] = {}

    def _live(self, key: str) -> str | None:
        v = self._d.get(key)
        if v is None:
            return None
        if v[1] < time.monotonic():
            self._d.pop(key, None)
            return None
        return v[0]

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def mget(self, keys: Sequence[str]) -> list[str | None]:
        return [self._live(k) for k in keys]

    async def set(self, key: str, value: str, *, ttl: int) -> None:
        self._d[key] = (value, time.monotonic() + ttl)

    async def set_unless(self, key: str, value: str, *, ttl: int, guard: str) -> bool:
        if self._live(guard) is not None:
            return False
        await self.set(key, value, ttl=ttl)
        return True

    async def mset(self, values: Mapping[str, str], *, ttl: int) -> None:
        for k, v in values.items():
            await self.set(k, v, ttl=ttl)

    async def delete(self, *keys: str) -> None:
        for k in keys:
            self._d.pop(k, None)

    async def delete_matching(self, pattern: str) -> None:
        for k in [k for k in self._d if fnmatch.fnmatchcase(k, pattern)]:
            self._d.pop(k, None)

    async def incr(self, key: str, *, ttl: int) -> int:
        cur = self._live(key)
        n = int(cur or 0) + 1
        exp = self._d[key][1] if cur is not None else time.monotonic() + ttl
        self._d[key] = (str(n), exp)
        return n

    async def get_and_count(self, key: str, counter: str, *, ttl: int) -> tuple[str | None, int]:
        return self._live(key), await self.incr(counter, ttl=ttl)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._d.clear()


def make_kv(redis_url: str, prefix: str) -> KV:
    if not redis_url:
        return MemoryKV()
    return RedisKV(Redis.from_url(redis_url), prefix)
