"""GraphClient and Throttle: Retry-After, backoff with jitter, budgets shared by workers."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx
from redis.asyncio import Redis

from tests.service_support import REDIS_URL
from unspoken.providers.base import AuthRevoked, RateLimited, Transient
from unspoken.providers.microsoft.client import Backoff, GraphClient, SyncStateGone
from unspoken.providers.microsoft.coord import MemoryCoordination, RedisCoordination
from unspoken.providers.microsoft.throttle import Limits, Throttle

ROOT = "https://graph.test/v1.0"


class _Clock:
    def __init__(self) -> None:
        self.slept: list[float] = []

    async def sleep(self, s: float) -> None:
        self.slept.append(s)


def _client(clock: _Clock, *, limits: Limits | None = None) -> tuple[GraphClient, list[bool]]:
    forced: list[bool] = []

    async def token(force: bool) -> str:
        forced.append(force)
        return "at"

    throttle = Throttle(MemoryCoordination(), limits or Limits(), sleep=clock.sleep)
    return GraphClient(http=httpx.AsyncClient(), root=ROOT, mailbox_id="mb", token=token,
                       throttle=throttle, backoff=Backoff(attempts=4), sleep=clock.sleep), forced


def _err(status: int, code: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code}}, headers=headers)


class TestGraphClient:
    @respx.mock
    async def test_retry_after_pauses_the_mailbox_then_succeeds(self):
        clock = _Clock()
        client, _ = _client(clock)
        respx.get(f"{ROOT}/me").mock(side_effect=[
            _err(429, "ApplicationThrottled", **{"Retry-After": "3"}),
            _err(503, "ServiceUnavailable", **{"Retry-After": "2"}),
            httpx.Response(200, json={"ok": 1})])
        assert await client.get("me") == {"ok": 1}
        assert client.throttle.waited >= 4.9 and client.stats.throttled == 2

    @respx.mock
    async def test_backoff_without_retry_after_is_exponential_with_jitter(self):
        clock = _Clock()
        client, _ = _client(clock)
        respx.get(f"{ROOT}/me").mock(side_effect=[_err(500, "x")] * 3 + [
            httpx.Response(200, json={})])
        await client.get("me")
        assert len(clock.slept) == 3
        assert all(0 <= s <= 0.5 * 2 ** i for i, s in enumerate(clock.slept))

    @respx.mock
    async def test_persistent_throttling_hands_the_job_back(self):
        clock = _Clock()
        client, _ = _client(clock)
        respx.get(f"{ROOT}/me").mock(return_value=_err(429, "ApplicationThrottled"))
        with pytest.raises(RateLimited):
            await client.get("me")
        respx.get(f"{ROOT}/x").mock(return_value=_err(429, "T", **{"Retry-After": "3600"}))
        with pytest.raises(RateLimited) as exc:
            await client.get("x")
        assert exc.value.retry_after == 3600

    @respx.mock
    async def test_server_errors_end_transient(self):
        client, _ = _client(_Clock())
        respx.get(f"{ROOT}/me").mock(return_value=_err(502, "BadGateway"))
        with pytest.raises(Transient):
            await client.get("me")

    @respx.mock
    async def test_401_refreshes_once_then_revoked(self):
        client, forced = _client(_Clock())
        respx.get(f"{ROOT}/me").mock(return_value=_err(401, "InvalidAuthenticationToken"))
        with pytest.raises(AuthRevoked):
            await client.get("me")
        assert forced == [False, True]

    @respx.mock
    async def test_410_is_sync_state_gone(self):
        client, _ = _client(_Clock())
        respx.get(f"{ROOT}/d").mock(return_value=_err(410, "SyncStateNotFound"))
        with pytest.raises(SyncStateGone):
            await client.get("d")

    @respx.mock
    async def test_links_are_followed_verbatim(self):
        client, _ = _client(_Clock())
        link = f"{ROOT}/me/mailFolders('inbox')/messages/delta?$skiptoken=a%2Bb"
        route = respx.get(url=link).mock(return_value=httpx.Response(200, json={}))
        await client.get(link)
        assert route.called and str(route.calls[0].request.url) == link


class TestThrottle:
    async def test_budget_spaces_requests(self):
        clock = _Clock()
        t = Throttle(MemoryCoordination(), Limits(budget=100, window_seconds=10), sleep=clock.sleep)
        for _ in range(5):
            async with t.slot("mb"):
                pass
        # 100 per 10 s with a 3% + 1 margin: about 104 ms apart, the first ones may burst
        assert 0.2 < t.waited < 0.6

    async def test_workers_share_the_budget_and_concurrency_through_redis(self, redis_prefix):
        clocks = [_Clock(), _Clock()]
        redis = Redis.from_url(REDIS_URL)
        limits = Limits(max_concurrent=2, budget=10_000, window_seconds=600)
        throttles = [Throttle(RedisCoordination(redis, redis_prefix + "thr:"), limits,
                              sleep=c.sleep) for c in clocks]
        held, peak = 0, 0

        async def one(t: Throttle) -> None:
            nonlocal held, peak
            async with t.slot("shared-mb"):
                held += 1
                peak = max(peak, held)
                await asyncio.sleep(0.01)
                held -= 1

        await asyncio.gather(*(one(throttles[i % 2]) for i in range(12)))
        await redis.aclose()
        assert peak == 2
        # 12 reservations over two workers: one schedule, ~62 ms apart after the burst
        assert sum(t.waited for t in throttles) > 0.5
