"""`GET /v1/contacts/{email}` replays the engine week by week: that CPU runs in a bounded
process pool, never on the API's event loop, and a full queue answers 503, not a pile-up."""

from __future__ import annotations

import asyncio
import time

from tests.security.figures import FIGURES
from tests.service_support import synced_user
from unspoken.services import offload

CONTACT = "dana.reyes@acme-logistics.com"


async def _lag_while(coro):
    """Run coro; meanwhile measure how late a 2 ms ticker on the same loop wakes up."""
    worst = 0.0
    done = False

    async def ticker():
        nonlocal worst
        while not done:
            t = time.perf_counter()
            await asyncio.sleep(0.002)
            worst = max(worst, time.perf_counter() - t - 0.002)

    tick = asyncio.create_task(ticker())
    try:
        return await coro, worst
    finally:
        done = True
        await tick


class TestTrendOffTheLoop:
    async def test_the_loop_keeps_ticking_while_trends_compute(self, rt, client):
        user, _ = await synced_user(rt, messages=600)
        first = await client.get(f"/v1/contacts/{CONTACT}", headers=user.auth)
        assert first.status_code == 200 and len(first.json()["trend"]) == 12

        async def timed():
            t = time.perf_counter()
            r = await client.get(f"/v1/contacts/{CONTACT}", headers=user.auth)
            return r, time.perf_counter() - t

        results, worst = await _lag_while(asyncio.gather(*(timed() for _ in range(4))))
        assert all(r.status_code == 200 and r.json()["trend"] == first.json()["trend"]
                   for r, _ in results)
        # On the loop, each replay blocked it for its whole duration; off it, the ticker
        # wakes on time while four replays run one after another in the pool.
        quickest = min(d for _, d in results)
        FIGURES.healthz(worst * 1000)
        assert worst < quickest / 2, (worst, quickest)

    async def test_a_full_queue_is_503_with_retry_after(self, rt, client):
        user, _ = await synced_user(rt)
        n = offload.WORKERS + offload.WAITING  # fill the pool and its queue
        filling = [asyncio.create_task(offload.run(time.sleep, 0.3)) for _ in range(n)]
        await asyncio.sleep(0)  # each has taken its place
        busy = await client.get(f"/v1/contacts/{CONTACT}", headers=user.auth)
        await asyncio.gather(*filling)
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
        ok = await client.get(f"/v1/contacts/{CONTACT}", headers=user.auth)
        assert ok.status_code == 200  # drained: served again
        FIGURES.fault("contact trend flood", n + 1)
