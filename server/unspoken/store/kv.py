"""Short-lived keys: badge cache, token cache, rate limits. Redis, or memory for the demo.

Every key is prefixed with `Settings.redis_prefix`. Nothing stored here is a secret in the
clear: tokens appear only as SHA-256 hashes.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Mapping, Sequence
from typing import Protocol

import hiredis
from redis.asyncio import Redis
from redis.asyncio.connection import Connection, EncodableT


class KV(Protocol):
    async def get(self, key: str) -> str | None: ...
    async def mget(self, keys: Sequence[str]) -> list[str | None]: ...
    async def set(self, key: str, value: str, *, ttl: int) -> None: ...
    async def set_unless(self, key: str, value: str, *, ttl: int, guard: str) -> bool:
        """SET key unless `guard` exists, atomically (a revocation marker beats a late write)."""
        ...
    async def mset(self, values: Mapping[str, str], *, ttl: int) -> None: ...
    async def mget_and_hmget(self, keys: Sequence[str], hash_key: str, fields: Sequence[str]
                             ) -> tuple[list[str | None], list[str | None]]:
        """MGET keys and HMGET fields of one hash in one round trip."""
        ...
    async def hset_capped(self, key: str, values: Mapping[str, str], *, ttl: int,
                          cap: int) -> None:
        """HSET values into a hash that expires; a hash grown past `cap` fields is dropped
        (it starts again empty): its size stays bounded whatever is written."""
        ...
    async def delete(self, *keys: str) -> None: ...
    async def delete_matching(self, pattern: str) -> None: ...
    async def incr(self, key: str, *, ttl: int) -> int: ...
    async def get_and_count(self, key: str, counters: Sequence[str], *, ttl: int,
                            if_found: Sequence[str] = (), also: Sequence[str] = ()
                            ) -> tuple[str | None, list[int], list[str | None]]:
        """GET key and INCR each counter (expiring) in one round trip; the `if_found` counters
        only when key exists (0 otherwise), counts in the order given, counters first; and
        the values of the `also` keys."""
        ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


_GET_AND_COUNT = """
local v = redis.call('GET', KEYS[1])
local out = {v}
local last = #KEYS - tonumber(ARGV[3])
for i = 2, last do
  if i - 1 <= tonumber(ARGV[2]) or v then
    local n = redis.call('INCR', KEYS[i])
    if n == 1 then redis.call('EXPIRE', KEYS[i], ARGV[1]) end
    out[i] = n
  else
    out[i] = 0
  end
end
for i = last + 1, #KEYS do
  out[i] = redis.call('GET', KEYS[i]) or ''
end
return out
"""
_SET_UNLESS = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
"""


class RedisKV:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix
        self._get_and_count = redis.register_script(_GET_AND_COUNT)

    def _k(self, key: str) -> str:
        return self.prefix + key

    async def get(self, key: str) -> str | None:
        return _text(await self.redis.get(self._k(key)))

    async def mget(self, keys: Sequence[str]) -> list[str | None]:
        if not keys:
            return []
        return _texts(await self.redis.mget([self._k(k) for k in keys]))

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

    async def mget_and_hmget(self, keys: Sequence[str], hash_key: str, fields: Sequence[str]
                             ) -> tuple[list[str | None], list[str | None]]:
        async with self.redis.pipeline(transaction=False) as p:
            p.mget([self._k(k) for k in keys])
            p.hmget(self._k(hash_key), list(fields))
            vals, got = await p.execute()
        return _texts(vals), _texts(got)

    async def hset_capped(self, key: str, values: Mapping[str, str], *, ttl: int,
                          cap: int) -> None:
        if not values:
            return
        async with self.redis.pipeline(transaction=False) as p:
            p.hset(self._k(key), mapping=dict(values))
            p.expire(self._k(key), ttl)
            p.hlen(self._k(key))
            *_, size = await p.execute()
        if int(size) > cap:
            await self.redis.delete(self._k(key))

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

    async def get_and_count(self, key: str, counters: Sequence[str], *, ttl: int,
                            if_found: Sequence[str] = (), also: Sequence[str] = ()
                            ) -> tuple[str | None, list[int], list[str | None]]:
        keys = [self._k(k) for k in (key, *counters, *if_found, *also)]
        v, *rest = await self._get_and_count(keys=keys, args=[ttl, len(counters), len(also)])
        n = len(rest) - len(also)  # a missing key comes back as '' (a nil would end the list)
        return (_text(v), [int(c) for c in rest[:n]],
                [_text(x) or None for x in rest[n:]])

    async def ping(self) -> bool:
        return bool(await self.redis.ping())

    async def close(self) -> None:
        await self.redis.aclose()


class MemoryKV:
    """One process only (the demo). Same semantics, expiry checked on read."""

    def __init__(self) -> None:
        self._d: dict[str, tuple[str, float]] = {}
        self._h: dict[str, tuple[dict[str, str], float]] = {}  # hashes

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

    async def mget_and_hmget(self, keys: Sequence[str], hash_key: str, fields: Sequence[str]
                             ) -> tuple[list[str | None], list[str | None]]:
        h = self._live_hash(hash_key) or {}
        return [self._live(k) for k in keys], [h.get(f) for f in fields]

    async def hset_capped(self, key: str, values: Mapping[str, str], *, ttl: int,
                          cap: int) -> None:
        h = {**(self._live_hash(key) or {}), **values}
        if len(h) > cap:
            self._h.pop(key, None)
        else:
            self._h[key] = (h, time.monotonic() + ttl)

    def _live_hash(self, key: str) -> dict[str, str] | None:
        v = self._h.get(key)
        if v is None or v[1] < time.monotonic():
            self._h.pop(key, None)
            return None
        return v[0]

    async def delete(self, *keys: str) -> None:
        for k in keys:
            self._d.pop(k, None)
            self._h.pop(k, None)

    async def delete_matching(self, pattern: str) -> None:
        for k in [k for k in [*self._d, *self._h] if fnmatch.fnmatchcase(k, pattern)]:
            self._d.pop(k, None)
            self._h.pop(k, None)

    async def incr(self, key: str, *, ttl: int) -> int:
        cur = self._live(key)
        n = int(cur or 0) + 1
        exp = self._d[key][1] if cur is not None else time.monotonic() + ttl
        self._d[key] = (str(n), exp)
        return n

    async def get_and_count(self, key: str, counters: Sequence[str], *, ttl: int,
                            if_found: Sequence[str] = (), also: Sequence[str] = ()
                            ) -> tuple[str | None, list[int], list[str | None]]:
        v = self._live(key)
        return v, [await self.incr(c, ttl=ttl) for c in counters] + [
            await self.incr(c, ttl=ttl) if v is not None else 0 for c in if_found], [
            self._live(k) for k in also]

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._d.clear()
        self._h.clear()


def _text(v: bytes | str | None) -> str | None:
    return v.decode() if isinstance(v, bytes) else v


def _texts(values: list[bytes | None]) -> list[str | None]:
    """Replies to many keys (the badge path: ~100 a request), decoded without a call each."""
    return [None if v is None else v.decode() for v in values]


class HiredisPacking(Connection):
    """redis-py's asyncio client packs each command in Python: ~100 us for the 50-key MGET of
    a badge batch, the largest cost of that request. hiredis (already what parses replies)
    packs the same bytes in C in ~10 us. A command name with a space ("CONFIG GET") is split
    by redis-py, so it keeps that path."""

    def pack_command(self, *args: EncodableT) -> list[bytes]:
        if isinstance(args[0], str) and " " not in args[0]:
            return [hiredis.pack_command(args)]  # type: ignore[arg-type]  # no bytearray here
        return super().pack_command(*args)


def make_kv(redis_url: str, prefix: str) -> KV:
    if not redis_url:
        return MemoryKV()
    if redis_url.startswith("redis://"):  # TLS and unix sockets keep their own connections
        return RedisKV(Redis.from_url(redis_url, connection_class=HiredisPacking), prefix)
    return RedisKV(Redis.from_url(redis_url), prefix)
