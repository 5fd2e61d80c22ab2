"""GoogleClient and the shared quota against the fake Google: batches, rate-limit answers in
both of Google's shapes, Retry-After, permanent 403s, one bucket for every worker."""

from __future__ import annotations

import secrets
import time
from datetime import timedelta

import pytest
from redis.asyncio import Redis

from tests.providers.google.conftest import NOW
from tests.providers.google.fake_google import ALL_SCOPES, FakeGoogle, rate_error
from tests.service_support import REDIS_URL
from unspoken.config import Settings
from unspoken.providers.base import AuthRevoked, RateLimited
from unspoken.providers.google.client import Forbidden, GoogleClient, Grant, Shared
from unspoken.providers.google.quota import Backoff, RedisLimiter, parse_retry_after


def _client(settings: Settings, fake: FakeGoogle, email: str = "sam@vendor.test",
            **changes: object) -> GoogleClient:
    s = settings.model_copy(update=changes)
    refresh = "1//client-" + secrets.token_hex(8)  # the dead-grant memo outlives a test
    fake.refresh_tokens[refresh] = {"email": email, "scopes": ALL_SCOPES}
    for i in range(60):
        fake.add_message(email, sender="dana@acme.test", to=email, subject=f"s{i}", body="hi",
                         when=NOW - timedelta(hours=i))
    return GoogleClient(s, Grant(refresh, ALL_SCOPES), user=email, shared=Shared(s))


def _gets(c: GoogleClient, ids: list[str]) -> list[tuple[str, object]]:
    return [(i, lambda i=i: c.gmail.users().messages().get(userId="me", id=i,
                                                           format="metadata")) for i in ids]


class TestBatch:
    async def test_batch_goes_to_the_configured_root_and_returns_every_message(
            self, settings: Settings, fake_google: FakeGoogle) -> None:
        c = _client(settings, fake_google)
        ids = list(fake_google.box("sam@vendor.test").messages)[:45]
        out = await c.batch(_gets(c, ids), units=5)
        assert sorted(out) == sorted(ids) and all(isinstance(v, dict) for v in out.values())
        assert fake_google.calls["batch"] == 3  # 20 + 20 + 5
        assert c.units == 45 * 5

    async def test_too_many_concurrent_requests_are_retried_not_lost(
            self, settings: Settings, fake_google: FakeGoogle) -> None:
        fake_google.batch_limit = 8  # the real server's 429 for big batches, made smaller
        c = _client(settings, fake_google)
        ids = list(fake_google.box("sam@vendor.test").messages)[:40]
        out = await c.batch(_gets(c, ids), units=5)
        assert all(isinstance(out[i], dict) for i in ids)
        assert c.backoff.slept  # it backed off before the retries

    async def test_per_user_quota_429_and_403_shapes_are_retried(
            self, settings: Settings, fake_google: FakeGoogle) -> None:
        for kind in ("429", "403"):
            fake_google.rate_error = kind
            c = _client(settings, fake_google)
            status, body, headers = rate_error(kind)
            fake_google.fail_next.append(("/profile", status, body))
            profile = await c.call(lambda c=c: c.gmail.users().getProfile(userId="me"),
                                   units=1)
            assert profile["emailAddress"] == "sam@vendor.test"
            assert len(c.backoff.slept) == 1

    async def test_permanent_403_is_not_retried(self, settings: Settings,
                                                fake_google: FakeGoogle) -> None:
        c = _client(settings, fake_google)
        fake_google.fail_next.append(("/profile", 403, {"error": {
            "code": 403, "message": "Request had insufficient authentication scopes.",
            "errors": [{"reason": "insufficientPermissions", "domain": "global"}]}}))
        with pytest.raises(Forbidden):
            await c.call(lambda: c.gmail.users().getProfile(userId="me"), units=1)
        assert c.backoff.slept == []

    async def test_rate_limited_after_the_last_attempt(self, settings: Settings,
                                                       fake_google: FakeGoogle) -> None:
        c = _client(settings, fake_google)
        status, body, _ = rate_error("429")
        fake_google.fail_next.extend([("/profile", status, body)] * c.backoff.attempts)
        with pytest.raises(RateLimited):
            await c.call(lambda: c.gmail.users().getProfile(userId="me"), units=1)

    async def test_revoked_grant_is_auth_revoked_and_remembered(
            self, settings: Settings, fake_google: FakeGoogle) -> None:
        c = _client(settings, fake_google)
        fake_google.revoke_grant("sam@vendor.test")
        for _ in range(3):
            with pytest.raises(AuthRevoked):
                await c.call(lambda: c.gmail.users().getProfile(userId="me"), units=1)
        assert fake_google.calls["token"] == 1


class TestBackoff:
    def test_retry_after_is_a_floor_and_delays_are_truncated(self) -> None:
        b = Backoff(base=1, cap=8, no_wait=True)
        assert all(b.delay(10) <= 8 for _ in range(50))
        assert b.delay(0, retry_after=30) == 30
        assert parse_retry_after("2") == 2 and parse_retry_after("soon") is None

    async def test_no_wait_mode_never_sleeps(self) -> None:
        b = Backoff(base=100, cap=100, no_wait=True)
        started = time.monotonic()
        await b.sleep(5, retry_after=100)
        assert time.monotonic() - started < 0.5 and b.slept == [100]


class TestSharedQuota:
    async def test_two_workers_draw_from_one_redis_bucket(self, redis_prefix: str) -> None:
        r = Redis.from_url(REDIS_URL)
        try:
            a = RedisLimiter(r, prefix=redis_prefix + "q1:", capacity=100, window=60)
            b = RedisLimiter(r, prefix=redis_prefix + "q1:", capacity=100, window=60)
            assert await a.take("u", 60) == 0
            wait = await b.take("u", 60)  # the other worker sees what the first took
            assert 0 < wait <= 60 * 20 / 100 + 0.01
            assert await a.take("other-user", 60) == 0  # per user
        finally:
            await r.aclose()
