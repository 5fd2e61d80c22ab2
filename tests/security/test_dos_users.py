"""One user cannot fill Redis through the badge cache, outrun the rate limit by minting
tokens, or hold unbounded tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.security.figures import FIGURES
from tests.service_support import make_user, synced_user
from unspoken.services import badges as badge_service
from unspoken.services import tokens as token_service
from unspoken.services import users as user_service
from unspoken.store.db import transaction
from unspoken.store.repositories import users as users_repo


async def _keys(rt, pattern: str) -> list[bytes]:
    return [k async for k in rt.kv.redis.scan_iter(match=rt.kv.prefix + pattern, count=1000)]


class TestBadgeCache:
    async def test_made_up_addresses_do_not_each_get_a_key(self, rt, client):
        """The issue's probe: 100 requests x 200 made-up addresses made 20k keys."""
        user, _ = await synced_user(rt)
        for n in range(100):
            emails = [f"nobody{n}.{i}@made-up-{i}.example" for i in range(200)]
            r = await client.post("/v1/badges", headers=user.auth, json={"emails": emails})
            assert r.status_code == 200
            assert {b["level"] for b in r.json()["badges"]} == {"unknown"}
        FIGURES.fault("made-up badge addresses", 20_000)
        assert await _keys(rt, f"badge:{user.id}:*") == []
        size = await rt.kv.redis.hlen(rt.kv.prefix + f"badgeunknown:{user.id}")
        assert size <= badge_service.UNKNOWN_CAP

    async def test_known_and_unknown_answers_are_right_when_cached(self, rt, client):
        user, _ = await synced_user(rt)
        contact = "dana.reyes@acme-logistics.com"
        batch = [contact, "who@nowhere.example"]
        first = (await client.post("/v1/badges", headers=user.auth,
                                   json={"emails": batch})).json()["badges"]
        again = (await client.post("/v1/badges", headers=user.auth,
                                   json={"emails": batch})).json()["badges"]
        assert first == again and again[1]["level"] == "unknown"
        assert again[0]["level"] != "unknown" and again[0]["account"] == "acme-logistics.com"
        assert await rt.kv.redis.hget(rt.kv.prefix + f"badgeunknown:{user.id}",
                                      "who@nowhere.example") is not None
        keys = await _keys(rt, f"badge:{user.id}:*")
        assert keys == [(rt.kv.prefix + f"badge:{user.id}:{contact}").encode()]


class TestRateLimits:
    async def test_minting_tokens_does_not_raise_a_users_limit(self, rt, client):
        rt.settings.user_rate_limit_per_minute = 5
        user = await make_user(rt)
        async with transaction(rt.sessions) as s:
            tokens = [await user_service.issue_token(s, user_id=user.id, now=datetime.now(UTC),
                                                     ttl=timedelta(hours=1)) for _ in range(6)]
        # 12 requests over 6 tokens: even across a minute boundary one minute sees 6 > 5.
        codes = [(await client.get("/v1/me", headers={"Authorization": f"Bearer {t}"}))
                 for t in tokens * 2]
        limited = [r for r in codes if r.status_code == 429]
        assert limited and "this user" in limited[0].json()["detail"]
        assert limited[0].headers["retry-after"].isdigit()
        assert {r.status_code for r in codes} == {200, 429}

    async def test_one_token_is_limited_on_its_own(self, rt, client):
        rt.settings.rate_limit_per_minute = 3
        user = await make_user(rt)
        codes = [(await client.get("/v1/me", headers=user.auth)) for _ in range(7)]
        limited = [r for r in codes if r.status_code == 429]
        assert limited and "this token" in limited[0].json()["detail"]


class TestTokenCap:
    async def test_a_user_holds_at_most_the_cap_and_sign_ins_retire_the_oldest(self, rt,
                                                                              client):
        user = await make_user(rt)  # holds one token already
        async with transaction(rt.sessions) as s:
            for _ in range(user_service.MAX_LIVE_TOKENS - 1):
                await user_service.issue_token(s, user_id=user.id, now=datetime.now(UTC),
                                               ttl=timedelta(hours=1))
        r = await client.post("/v1/auth/tokens", headers=user.auth, json={"label": "one more"})
        assert r.status_code == 409 and "revoke one first" in r.json()["detail"]
        async with transaction(rt.sessions) as s:  # a sign-in never fails on the cap
            await token_service.create_token(s, user_id=user.id, org_id=user.org_id,
                                             now=datetime.now(UTC), label="extension",
                                             days=1, clamp=True)
        async with rt.sessions() as s:
            live = await users_repo.count_live_tokens(s, user_id=user.id, now=datetime.now(UTC))
        assert live == user_service.MAX_LIVE_TOKENS
        FIGURES.fault("tokens minted past the cap", 2)
