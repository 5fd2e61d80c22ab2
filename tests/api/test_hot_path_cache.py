"""The hot routes' per-process copies (badges, accounts pages) against another process's
writes: a feedback or erasure made through another API process is seen at once, because every
request reads the user's generation with its token."""

from __future__ import annotations

import httpx

from tests.service_support import synced_user
from unspoken.api.app import create_app
from unspoken.runtime import Runtime
from unspoken.worker.queue import InProcessQueue


async def _other_process(rt: Runtime) -> tuple[Runtime, httpx.AsyncClient]:
    other = await Runtime.start(rt.settings, queue=None)  # same database and Redis prefix
    await other.queue.close()
    other.queue = InProcessQueue(other)
    app = create_app(other.settings, runtime=other)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return other, httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_feedback_elsewhere_reaches_this_process_copy(rt, client):
    user, _ = await synced_user(rt)
    accounts = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
    account = accounts[0]["account"]
    email = next(e["contact"] for s in accounts[0]["signals"] for e in s["evidence"])
    for _ in range(2):  # the second answer comes from this process's copy
        badge = (await client.post("/v1/badges", headers=user.auth,
                                   json={"emails": [email]})).json()["badges"][0]
        page = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
    assert badge["muted_until"] is None and page[0]["muted_until"] is None
    assert len(rt.memo) >= 2
    other, other_client = await _other_process(rt)
    try:
        r = await other_client.post("/v1/feedback", headers=user.auth,
                                    json={"account": account, "kind": "snooze"})
        assert r.status_code == 200 and r.json()["muted_until"]
        badge = (await client.post("/v1/badges", headers=user.auth,
                                   json={"emails": [email]})).json()["badges"][0]
        page = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
        assert badge["muted_until"] == r.json()["muted_until"]
        assert next(a for a in page if a["account"] == account)["muted_until"] == (
            r.json()["muted_until"])

        assert (await other_client.delete("/v1/me", headers=user.auth)).status_code == 204
        r = await client.post("/v1/badges", headers=user.auth, json={"emails": [email]})
        assert r.status_code == 401  # the copy is never reached without a live token
        assert (await client.get("/v1/accounts", headers=user.auth)).status_code == 401
    finally:
        await other_client.aclose()
        await other.close()
