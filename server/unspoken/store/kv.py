"""Short-lived keys: badge cache, token cache, rate limits. Redis, or memory for the demo.

Every key is prefixed with `Settings.redis_prefix`. Nothing stored here is a secret in the
clear: tokens appear only as SHA-256 hashes.
"""

from __future__ import annotations

import asyncio
import fnmatch
import time
from collections import deque
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, cast

import hiredis
from redis.asyncio import Redis
from redis.asyncio.connection import Connection, EncodableT, parse_url
from redis.exceptions import ConnectionError, ResponseError


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
    def __init__(self, redis: Redis, prefix: str, *, shared: Multiplexed | None = None) -> None:
        self.redis = redis
        self.prefix = prefix
        self._get_and_count = redis.register_script(_GET_AND_COUNT)
        self._shared = shared  # the per-request command's connection (plain TCP only)

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
        args = [ttl, len(counters), len(also)]
        if self._shared is not None:
            reply = await self._shared.evalsha(self._get_and_count.sha, _GET_AND_COUNT, keys,
                                               args)
        else:
            reply = await self._get_and_count(keys=keys, args=args)
        v, *rest = reply
        n = len(rest) - len(also)  # a missing key comes back as '' (a nil would end the list)
        return (_text(v), [int(c) for c in rest[:n]],
                [_text(x) or None for x in rest[n:]])

    async def ping(self) -> bool:
        return bool(await self.redis.ping())

    async def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
        await self.redis.aclose()


class Multiplexed(asyncio.Protocol):
    """One Redis connection that every request shares for the command each one sends (the
    token check, rate limits and cache generation script).

    redis-py's asyncio client takes a pooled connection per command and checks it for stray
    bytes (a zero timeout that cancels a task), then writes: under 50 concurrent requests that
    was a third of a badge request's time. Redis answers commands on one connection in order,
    so here a caller appends its packed command and a future: the commands of one event-loop
    iteration go out in one write, and replies resolve the futures in order. A lost connection
    fails its waiting callers (as a pooled connection would) and the next call reconnects."""

    def __init__(self, host: str, port: int, *, db: int = 0, username: str | None = None,
                 password: str | None = None) -> None:
        self._addr = (host, port)
        self._hello: list[tuple[EncodableT, ...]] = []
        if password:
            self._hello.append(("AUTH", username, password) if username else
                               ("AUTH", password))
        if db:
            self._hello.append(("SELECT", db))
        self._transport: asyncio.Transport | None = None
        self._ready = False  # connected and authenticated
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connecting: asyncio.Lock | None = None
        self._waiting: deque[asyncio.Future[Any]] = deque()
        self._out: list[bytes] = []
        self._reader = hiredis.Reader()

    async def call(self, *args: EncodableT) -> Any:
        loop = asyncio.get_running_loop()
        if not self._ready or loop is not self._loop:
            await self._connect(loop)
        return await self._send(loop, args)

    async def evalsha(self, sha: str, script: str, keys: Sequence[str],
                      args: Sequence[EncodableT]) -> Any:
        try:
            return await self.call("EVALSHA", sha, len(keys), *keys, *args)
        except ResponseError as exc:
            if not str(exc).startswith("NOSCRIPT"):
                raise
            return await self.call("EVAL", script, len(keys), *keys, *args)

    def _send(self, loop: asyncio.AbstractEventLoop, args: tuple[EncodableT, ...]
              ) -> asyncio.Future[Any]:
        fut = loop.create_future()
        self._waiting.append(fut)
        if not self._out:
            loop.call_soon(self._flush)
        self._out.append(hiredis.pack_command(args))  # type: ignore[arg-type]
        return fut

    def _flush(self) -> None:
        data = b"".join(self._out)
        self._out.clear()
        if self._transport is not None:
            self._transport.write(data)  # else connection_lost has failed the callers

    async def _connect(self, loop: asyncio.AbstractEventLoop) -> None:
        if loop is not self._loop:  # first use, or a new event loop (tests): start afresh
            self._drop(ConnectionError("event loop changed"))
            self._loop, self._connecting = loop, asyncio.Lock()
        assert self._connecting is not None
        async with self._connecting:
            if self._ready:
                return
            self._drop(ConnectionError("reconnecting"))
            host, port = self._addr
            try:
                await loop.create_connection(lambda: self, host, port)
                for cmd in self._hello:
                    await self._send(loop, cmd)
            except OSError as exc:
                self._drop(exc)
                raise ConnectionError(f"Redis at {host}:{port}: {exc}") from None
            except BaseException as exc:
                self._drop(ConnectionError(str(exc)))
                raise
            self._ready = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass
        self._reader = hiredis.Reader()

    def data_received(self, data: bytes) -> None:
        self._reader.feed(data)
        while (reply := self._reader.gets()) is not False:
            fut = self._waiting.popleft()
            if fut.done():  # its caller went away (cancelled)
                continue
            if isinstance(reply, hiredis.ReplyError):
                fut.set_exception(ResponseError(str(reply)))
            else:
                fut.set_result(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self._drop(ConnectionError(f"Redis connection lost: {exc or 'closed'}"))

    def _drop(self, exc: Exception) -> None:
        self._ready = False
        t, self._transport = self._transport, None
        if t is not None:
            t.close()
        self._out.clear()
        while self._waiting:
            fut = self._waiting.popleft()
            if not fut.done():
                fut.set_exception(exc)

    def close(self) -> None:
        self._drop(ConnectionError("closed"))


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
        o = parse_url(redis_url)
        shared = Multiplexed(o.get("host", "localhost"), int(o.get("port", 6379)),
                             db=int(o.get("db", 0)), username=o.get("username"),
                             password=o.get("password"))
        return RedisKV(Redis.from_url(redis_url, connection_class=HiredisPacking), prefix,
                       shared=shared)
    return RedisKV(Redis.from_url(redis_url), prefix)
