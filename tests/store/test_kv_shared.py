"""The shared, auto-pipelined Redis connection of the per-request command (real Redis)."""

from __future__ import annotations

import asyncio
import hashlib
import secrets

import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError, ResponseError

from tests.service_support import REDIS_URL
from unspoken.store.kv import Multiplexed, make_kv


@pytest.fixture
async def mux():
    m = Multiplexed("127.0.0.1", 6379)
    yield m
    m.close()


async def test_concurrent_callers_get_their_own_replies(mux):
    key = f"unspoken-test-mux:{secrets.token_hex(4)}"
    try:
        got = await asyncio.gather(*(mux.call("INCR", key) for _ in range(200)))
        assert sorted(got) == list(range(1, 201))
        assert await mux.call("ECHO", "x" * 100_000) == b"x" * 100_000
        with pytest.raises(ResponseError):
            await mux.call("INCR")  # wrong number of arguments: an error reply, not a hang
        assert await mux.call("GET", key) == b"200"
    finally:
        await mux.call("DEL", key)


async def test_an_unknown_script_is_sent_whole(mux):
    script = f"return '{secrets.token_hex(8)}' .. ARGV[1]"  # never loaded: NOSCRIPT first
    sha = hashlib.sha1(script.encode()).hexdigest()
    reply = await mux.evalsha(sha, script, [], ["!"])
    assert reply == script.split("'")[1].encode() + b"!"
    assert await mux.evalsha(sha, script, [], ["?"]) == reply[:-1] + b"?"  # now loaded


async def test_a_killed_connection_fails_its_callers_and_reconnects(mux):
    r = Redis.from_url(REDIS_URL)
    try:
        cid = await mux.call("CLIENT", "ID")
        blocked = asyncio.ensure_future(mux.call("BLPOP", f"unspoken-test-mux:{cid}", 5))
        await asyncio.sleep(0.05)
        await r.execute_command("CLIENT", "KILL", "ID", cid)
        with pytest.raises(ConnectionError):
            await blocked  # not left waiting for a reply that cannot come
        for _ in range(2):  # the next call (at the latest the one after) reconnects
            try:
                assert await mux.call("PING") == b"PONG"
                break
            except ConnectionError:
                continue
        assert await mux.call("CLIENT", "ID") != cid
    finally:
        await r.aclose()


async def test_redis_kv_counts_and_reads_in_one_script():
    kv = make_kv(REDIS_URL, f"unspoken-test-mux-{secrets.token_hex(4)}:")
    try:
        await kv.set("auth", "p", ttl=60)
        await kv.set("gen", "7", ttl=60)
        assert await kv.get_and_count("auth", ["c1"], ttl=60, if_found=["c2"],
                                      also=["gen", "none"]) == ("p", [1, 1], ["7", None])
        assert await kv.get_and_count("nope", ["c1"], ttl=60, if_found=["c2"]) == (
            None, [2, 0], [])
    finally:
        await kv.delete("auth", "gen", "c1", "c2")
        await kv.close()
