"""`GET /v1/contacts/{email}` serves its 12-week trend from the stored weekly scores (the
worker's replay): no engine runs in the request, so the API's event loop never waits on it."""

from __future__ import annotations

import asyncio
import time

from tests.security.figures import FIGURES
from tests.service_support import run_task, synced_user
from unspoken.services import scoring

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
    async def test_the_trend_is_read_not_computed_in_the_request(self, rt, client, monkeypatch):
        user, _ = await synced_user(rt, messages=600)
        assert await run_task(rt, "scores.weekly", user.id) == "ok weeks=12"  # the worker's
        first = await client.get(f"/v1/contacts/{CONTACT}", headers=user.auth)
        assert first.status_code == 200 and len(first.json()["trend"]) == 12

        def no_engine(*a, **k):
            raise AssertionError("the engine ran inside an API request")

        monkeypatch.setattr(scoring, "run_engine", no_engine)

        async def timed():
            t = time.perf_counter()
            r = await client.get(f"/v1/contacts/{CONTACT}", headers=user.auth)
            return r, time.perf_counter() - t

        results, worst = await _lag_while(asyncio.gather(*(timed() for _ in range(4))))
        assert all(r.status_code == 200 and r.json()["trend"] == first.json()["trend"]
                   for r, _ in results)
        FIGURES.healthz(worst * 1000)
