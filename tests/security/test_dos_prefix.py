"""Two deployments on one Redis share nothing: every arq key (jobs, retries, in-progress
marks, results, the abort set, the cron lock) lives under its deployment's
UNSPOKEN_REDIS_PREFIX, and one deployment's worker never runs the other's jobs."""

from __future__ import annotations

import secrets
from typing import Any

from arq.worker import Worker, func

from tests.service_support import REDIS_URL
from unspoken.worker.queue import ArqQueue, arq_pool, queue_name

RAN: list[str] = []


async def _job(ctx: dict[str, Any], who: str) -> str:
    RAN.append(who)
    return who


class TestTwoPrefixes:
    async def test_jobs_locks_and_marks_stay_under_their_prefix(self, redis_prefix):
        a, b = (f"{redis_prefix}dep{secrets.token_hex(3)}{n}:" for n in "ab")
        pa, pb = arq_pool(REDIS_URL, a), arq_pool(REDIS_URL, b)
        raw = pa.__class__.from_url(REDIS_URL)  # no prefixing: sees the real key names
        try:
            await ArqQueue(pa, a).enqueue("t.job", "x")
            await ArqQueue(pb, b).enqueue("t.job", "x")
            # A cron run's lock is its job id "cron:<name>:<time>": both must get theirs.
            for p, q in ((pa, a), (pb, b)):
                assert await p.enqueue_job("t.job", "cron", _job_id="cron:t.job:1",
                                           _queue_name=queue_name(q)) is not None
            await pa.zadd("arq:abort", {"nothing": 1})
            RAN.clear()
            w = Worker(functions=[func(_job, name="t.job")], redis_pool=pa,
                       queue_name=queue_name(a), burst=True, poll_delay=0.05,
                       keep_result=60, handle_signals=False)
            await w.async_run()
            await w.close()
            assert sorted(RAN) == ["cron", "x"]  # a's two jobs, none of b's
            assert len(await pb.zrange(queue_name(b), 0, -1)) == 2  # b's still queued
            keys = [k.decode() async for k in raw.scan_iter(match=f"*{redis_prefix}dep*",
                                                             count=1000)]
            keys += [k.decode() async for k in raw.scan_iter(match="arq:*", count=1000)
                     if b"cron:t.job" in k or b"nothing" in k]
            assert keys and all(k.startswith((a, b)) for k in keys), keys
            assert any(k.startswith(f"{a}arq:result:") for k in keys)
            assert any(k.startswith(f"{b}arq:job:cron:t.job:1") for k in keys)
            assert await raw.zcard(f"{a}arq:abort") == 1 and not await raw.exists("arq:abort")
        finally:
            for p in (pa, pb):
                keys = [k async for k in raw.scan_iter(match=f"{a if p is pa else b}*")]
                if keys:
                    await raw.delete(*keys)
                await p.aclose()
            await raw.aclose()
