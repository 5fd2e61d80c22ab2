"""Token and session revocation across processes: a token revoked through one API process is
refused at once by another that had it in its auth cache, and so is every console session
made from it; an erased user's tokens too."""

from __future__ import annotations

import httpx
import pytest

from tests.security.figures import FIGURES
from tests.security.processes import env_for, start_api
from tests.service_support import make_user


@pytest.fixture
def other_api(settings, tmp_path, db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("several API processes share PostgreSQL and Redis")
    proc, base = start_api(env_for(settings), tmp_path / "api.log")
    yield base
    proc.stop()


class TestRevocationAcrossProcesses:
    async def test_revoked_token_and_its_sessions_are_refused_by_another_process(
            self, rt, client, other_api):
        user = await make_user(rt)
        r = await client.post("/v1/auth/tokens", headers=user.auth, json={"label": "ext"})
        token = r.json()
        bearer = {"Authorization": f"Bearer {token['token']}"}
        async with httpx.AsyncClient(base_url=other_api, timeout=10) as other:
            assert (await other.get("/v1/me", headers=bearer)).status_code == 200  # cached
            r = await other.post("/v1/auth/session", json={"token": token["token"]})
            assert r.status_code == 200
            cookie = {"Cookie": f"unspoken_session={r.cookies['unspoken_session']}"}
            assert (await other.get("/v1/me", headers=cookie)).status_code == 200  # cached
            # revoked through this process: the other one refuses both on the next request
            assert (await client.delete(f"/v1/auth/tokens/{token['id']}",
                                        headers=user.auth)).status_code == 200
            FIGURES.fault("token revoked in another process")
            assert (await other.get("/v1/me", headers=bearer)).status_code == 401
            assert (await other.get("/v1/me", headers=cookie)).status_code == 401
            assert (await other.get("/v1/me", headers=user.auth)).status_code == 200
            listed = (await other.get("/v1/auth/tokens", headers=user.auth)).json()["tokens"]
            assert {t["label"] for t in listed} == {""}  # neither the token nor its session
            FIGURES.rows(len(listed))

    async def test_an_erased_users_tokens_are_refused_by_another_process(
            self, rt, client, other_api):
        user = await make_user(rt)
        async with httpx.AsyncClient(base_url=other_api, timeout=10) as other:
            assert (await other.get("/v1/me", headers=user.auth)).status_code == 200
            assert (await client.delete("/v1/me", headers=user.auth)).status_code == 204
            FIGURES.fault("user erased in another process")
            assert (await other.get("/v1/me", headers=user.auth)).status_code == 401
