"""API tokens and console sessions: list, create within the org's cap, revoke (with the sessions
made from a token) through the auth cache."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest

from tests.service_support import make_user
from unspoken.services import tokens as token_service
from unspoken.services.users import Principal, hash_token
from unspoken.store.kv import MemoryKV
from unspoken.store.models import TokenKind


async def _new_token(client, user, **body):
    r = await client.post("/v1/auth/tokens", headers=user.auth, json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def _set_policy(client, admin, **changes):
    pol = (await client.get("/v1/admin/policy", headers=admin.auth)).json()["policy"]
    r = await client.put("/v1/admin/policy", headers=admin.auth, json={**pol, **changes})
    assert r.status_code == 200, r.text


class TestListTokens:
    async def test_lists_live_tokens_and_sessions_without_secrets(self, rt, client):
        user = await make_user(rt)
        ext = await _new_token(client, user, label="laptop extension")
        r = await client.post("/v1/auth/session", json={"token": ext["token"]})
        assert r.status_code == 200
        await client.get("/v1/me", headers={"Authorization": f"Bearer {ext['token']}"})
        r = await client.get("/v1/auth/tokens", headers=user.auth)
        assert r.status_code == 200
        body = r.json()
        assert body["max_days"] == 90
        by_label = {t["label"]: t for t in body["tokens"]}
        assert set(by_label) == {"", "laptop extension", "console"}
        assert by_label["console"]["kind"] == "session"
        assert by_label["laptop extension"]["kind"] == "bearer"
        assert by_label["laptop extension"]["last_used_at"] is not None
        assert [t["current"] for t in body["tokens"]].count(True) == 1
        assert by_label[""]["current"]  # the token making the request
        assert ext["token"] not in r.text and user.token not in r.text
        assert hash_token(ext["token"]) not in r.text
        client.cookies.clear()

    async def test_revoked_tokens_leave_the_list(self, rt, client):
        user = await make_user(rt)
        ext = await _new_token(client, user, label="old")
        await client.delete(f"/v1/auth/tokens/{ext['id']}", headers=user.auth)
        tokens = (await client.get("/v1/auth/tokens", headers=user.auth)).json()["tokens"]
        assert [t["label"] for t in tokens] == [""]


class TestRevoke:
    async def test_a_session_made_from_a_token_is_revoked_with_it(self, rt, client):
        user = await make_user(rt)
        ext = await _new_token(client, user, label="ext")
        r = await client.post("/v1/auth/session", json={"token": ext["token"]})
        client.cookies.set("unspoken_session", r.cookies.get("unspoken_session"))
        assert (await client.get("/v1/me")).status_code == 200  # cached now
        assert (await client.delete(f"/v1/auth/tokens/{ext['id']}",
                                    headers=user.auth)).status_code == 200
        assert (await client.get("/v1/me")).status_code == 401
        assert (await client.get("/v1/me", headers={
            "Authorization": f"Bearer {ext['token']}"})).status_code == 401
        assert (await client.get("/v1/me", headers=user.auth)).status_code == 200
        client.cookies.clear()

    async def test_revoking_another_users_token_is_404(self, rt, client):
        alice, bob = await make_user(rt), await make_user(rt)
        ext = await _new_token(client, bob)
        r = await client.delete(f"/v1/auth/tokens/{ext['id']}", headers=alice.auth)
        assert r.status_code == 404
        assert (await client.get("/v1/me", headers={
            "Authorization": f"Bearer {ext['token']}"})).status_code == 200

    async def test_a_token_can_revoke_itself(self, rt, client):
        user = await make_user(rt)
        mine = (await client.get("/v1/auth/tokens", headers=user.auth)).json()["tokens"][0]
        r = await client.delete(f"/v1/auth/tokens/{mine['id']}", headers=user.auth)
        assert r.status_code == 200
        assert (await client.get("/v1/me", headers=user.auth)).status_code == 401


class TestLifetimeCap:
    async def test_policy_caps_what_a_token_can_mint(self, rt, client):
        admin = await make_user(rt, admin=True)
        member = await make_user(rt, org=admin.org)
        await _set_policy(client, admin, token_max_days=7)
        r = await client.post("/v1/auth/tokens", headers=member.auth, json={"days": 365})
        assert r.status_code == 422
        assert "7 days" in r.json()["detail"]
        tok = await _new_token(client, member)  # no days: the cap
        expires = datetime.fromisoformat(tok["expires_at"])
        assert timedelta(days=6, hours=23) < expires - datetime.now(UTC) <= timedelta(days=7)
        listed = (await client.get("/v1/auth/tokens", headers=member.auth)).json()
        assert listed["max_days"] == 7

    async def test_the_cap_is_a_validated_policy_field(self, rt, client):
        admin = await make_user(rt, admin=True)
        pol = (await client.get("/v1/admin/policy", headers=admin.auth)).json()["policy"]
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={**pol, "token_max_days": 0})
        assert r.status_code == 422

    async def test_a_session_never_outlives_its_token(self, rt, client):
        user = await make_user(rt)
        ext = await _new_token(client, user, days=1)
        r = await client.post("/v1/auth/session", json={"token": ext["token"]})
        assert datetime.fromisoformat(r.json()["expires_at"]) <= \
            datetime.fromisoformat(ext["expires_at"])
        client.cookies.clear()


@pytest.fixture(params=["redis", "memory"])
def kv(request, rt):
    return rt.kv if request.param == "redis" else MemoryKV()


class TestAuthCache:
    async def test_a_late_cache_write_cannot_resurrect_a_revoked_token(self, kv):
        """A request that read the token as live before the revocation committed writes the
        cache after it: the revocation marker refuses that write."""
        now = datetime.now(UTC)
        h = hash_token(f"usk_late-{secrets.token_hex(8)}")
        p = Principal(user_id="u", org_id="o", email="e@x.test", role="member", token_id="t1")
        await token_service.forget(kv, [(h, now + timedelta(days=1))], now=now)
        await token_service.remember(kv, token_hash=h, principal=p, kind=TokenKind.BEARER,
                                     expires_at=now + timedelta(days=1), now=now)
        assert await kv.get(token_service.cache_key(h)) is None

    async def test_remembered_principal_is_served_until_forgotten(self, kv):
        now = datetime.now(UTC)
        h = hash_token(f"usk_cached-{secrets.token_hex(8)}")
        p = Principal(user_id="u", org_id="o", email="e@x.test", role="member", token_id="t2")
        await token_service.remember(kv, token_hash=h, principal=p, kind=TokenKind.BEARER,
                                     expires_at=now + timedelta(days=1), now=now)
        data = await kv.get(token_service.cache_key(h))
        assert token_service.cached(data, TokenKind.BEARER, now) == p
        assert token_service.cached(data, TokenKind.SESSION, now) is None
        await token_service.forget(kv, [(h, now + timedelta(days=1))], now=now)
        assert await kv.get(token_service.cache_key(h)) is None
