"""The v1 API against CONTRACT.md: badges, contacts, accounts, feedback, me, imports, auth."""

from __future__ import annotations

import httpx

from tests.service_support import AS_OF, make_user, run_task, synced_user


async def _some_contact(client, user):
    accounts = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
    assert accounts
    top = accounts[0]
    emails = [e["contact"] for s in top["signals"] for e in s["evidence"]]
    return top, emails


class TestBadges:
    async def test_known_and_unknown_addresses(self, rt, client):
        user, _ = await synced_user(rt)
        top, emails = await _some_contact(client, user)
        r = await client.post("/v1/badges", headers=user.auth,
                              json={"emails": [emails[0].upper(), "nobody@nowhere.test"]})
        assert r.status_code == 200
        known, unknown = r.json()["badges"]
        assert known["email"] == emails[0] and known["account"] == top["account"]
        assert known["level"] in ("healthy", "watch", "at_risk", "insufficient_data")
        assert unknown == {"email": "nobody@nowhere.test", "level": "unknown", "score": None,
                           "account": None, "signal_count": 0, "top_signal": None,
                           "updated_at": None, "muted_until": None}
        again = await client.post("/v1/badges", headers=user.auth,
                                  json={"emails": [emails[0]]})  # from the cache
        assert again.json()["badges"][0] == known

    async def test_bad_batches_are_422_problems(self, rt, client):
        user = await make_user(rt)
        for body in ({"emails": []}, {"emails": ["a@b.c"] * 201}, {"emails": "x"}, {},
                     {"emails": [1]}, {"emails": ["a@b.c"], "x": 1}):
            r = await client.post("/v1/badges", headers=user.auth, json=body)
            assert r.status_code == 422, body
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["status"] == 422
        r = await client.post("/v1/badges", headers=user.auth, content=b"{not json",
                              )
        assert r.status_code == 422

    async def test_no_token_or_bad_token_is_401(self, client):
        assert (await client.post("/v1/badges", json={"emails": ["a@b.c"]})).status_code == 401
        r = await client.post("/v1/badges", json={"emails": ["a@b.c"]},
                              headers={"Authorization": "Bearer usk_nope"})
        assert r.status_code == 401 and r.json()["title"] == "Unauthorized"


class TestContacts:
    async def test_contact_detail_has_signals_trend_and_checkin(self, rt, client):
        user, _ = await synced_user(rt)
        await run_task(rt, "scores.weekly", user.id)  # the trend reads the stored weeks
        top, emails = await _some_contact(client, user)
        r = await client.get(f"/v1/contacts/{emails[0]}", headers=user.auth)
        assert r.status_code == 200
        body = r.json()
        assert body["account"] == top["account"] and len(body["trend"]) == 12
        assert body["trend"][-1]["week"] <= AS_OF.date().isoformat()
        assert set(body) >= {"signals", "account_signals", "suggested_checkin", "computed_at"}

    async def test_unknown_contact_is_404(self, rt, client):
        user = await make_user(rt)
        r = await client.get("/v1/contacts/who@nowhere.test", headers=user.auth)
        assert r.status_code == 404 and r.json()["status"] == 404

    async def test_resolve_names(self, rt, client):
        user, _ = await synced_user(rt)
        r = await client.post("/v1/contacts/resolve", headers=user.auth,
                              json={"names": ["Nobody Here"]})
        assert r.json() == {"matches": {"Nobody Here": None}, "badges": []}

    async def test_resolve_answers_the_badges_of_the_names_it_matched(self, rt, client):
        from collections import Counter

        from sqlalchemy import select

        from unspoken.store.models import ContactAssessmentRow

        user, _ = await synced_user(rt, accounts=1)  # one account: names of their own
        async with rt.sessions() as s:
            rows = (await s.execute(select(ContactAssessmentRow.name, ContactAssessmentRow.email)
                                    .where(ContactAssessmentRow.user_id == user.id))).all()
        count = Counter(n for n, _e in rows)
        unique = {n: e for n, e in rows if n and count[n] == 1}
        assert unique, "the fake mailbox has no contact with a name of its own"
        r = await client.post("/v1/contacts/resolve", headers=user.auth,
                              json={"names": [*sorted(unique)[:5], "Nobody Here"]})
        body = r.json()
        assert body["matches"] == {**{n: unique[n] for n in sorted(unique)[:5]},
                                   "Nobody Here": None}
        direct = await client.post("/v1/badges", headers=user.auth,
                                   json={"emails": sorted({unique[n] for n in sorted(unique)[:5]})})
        assert body["badges"] == direct.json()["badges"] and body["badges"]


class TestAccounts:
    async def test_sorted_by_risk_and_filtered(self, rt, client):
        user, _ = await synced_user(rt)
        accs = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
        order = {"at_risk": 0, "watch": 1, "healthy": 2, "insufficient_data": 3}
        assert [order[a["level"]] for a in accs] == sorted(order[a["level"]] for a in accs)
        risky = (await client.get("/v1/accounts?risk=at_risk", headers=user.auth)).json()
        assert all(a["level"] == "at_risk" for a in risky["accounts"])
        assert (await client.get("/v1/accounts?risk=bad", headers=user.auth)).status_code == 422


class TestFeedback:
    async def test_snooze_mutes_the_badge(self, rt, client):
        user, _ = await synced_user(rt)
        _, emails = await _some_contact(client, user)
        await client.post("/v1/badges", headers=user.auth, json={"emails": [emails[0]]})
        r = await client.post("/v1/feedback", headers=user.auth,
                              json={"email": emails[0], "kind": "snooze"})
        assert r.status_code == 200 and r.json()["muted_until"]
        b = (await client.post("/v1/badges", headers=user.auth,
                               json={"emails": [emails[0]]})).json()["badges"][0]
        assert b["muted_until"] == r.json()["muted_until"]
        r = await client.post("/v1/feedback", headers=user.auth,
                              json={"email": emails[0], "kind": "confirmed"})
        assert r.json() == {"ok": True, "muted_until": None}

    async def test_feedback_needs_exactly_one_target(self, rt, client):
        user = await make_user(rt)
        for body in ({"kind": "snooze"}, {"email": "a@b.c", "account": "b.c", "kind": "snooze"},
                     {"email": "a@b.c", "kind": "maybe"}):
            assert (await client.post("/v1/feedback", headers=user.auth,
                                      json=body)).status_code == 422


class TestMe:
    async def test_profile_and_erasure(self, rt, client):
        user, box = await synced_user(rt)
        me = (await client.get("/v1/me", headers=user.auth)).json()
        assert me["email"] == user.email and me["mailboxes"][0]["id"] == box
        assert me["mailboxes"][0]["status"] == "ok"
        assert (await client.delete("/v1/me", headers=user.auth)).status_code == 204
        assert (await client.get("/v1/me", headers=user.auth)).status_code == 401
        from tests.worker.helpers import stored
        assert await stored(rt, user.id) == {"accounts": {}, "contacts": {}}
        keys = [k async for k in rt.kv.redis.scan_iter(match=f"{rt.kv.prefix}*{user.id}*")]
        assert keys == []


class TestImports:
    async def test_upload_is_processed_and_removed(self, rt, client, tmp_path):
        user = await make_user(rt)
        ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
               b"UID:x1\r\nDTSTART:20261001T150000Z\r\nDTEND:20261001T153000Z\r\n"
               b"SUMMARY:Sync\r\nORGANIZER:mailto:" + user.email.encode() + b"\r\n"
               b"ATTENDEE:mailto:dana@acme.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        mbox = (b"From a@b Thu Oct  1 10:00:00 2026\nFrom: Dana <dana@acme.test>\nTo: "
                + user.email.encode() + b"\nSubject: hi\nDate: Thu, 1 Oct 2026 10:00:00 +0000\n"
                b"Message-ID: <m1@acme.test>\n\nHello there!\n\n")
        r = await client.post("/v1/imports", headers=user.auth,
                              files=[("files", ("cal.ics", ics, "text/calendar")),
                                     ("files", ("mail.mbox", mbox, "application/mbox"))])
        assert r.status_code == 202, r.text
        import_id = r.json()["id"]
        await rt.queue.drain()
        r = await client.get(f"/v1/imports/{import_id}", headers=user.auth)
        assert r.json()["mailbox"]["status"] == "ok"
        assert not (rt.settings.upload_dir / import_id).exists()  # raw mail deleted

    async def test_wrong_file_type_is_422(self, rt, client):
        user = await make_user(rt)
        r = await client.post("/v1/imports", headers=user.auth,
                              files=[("files", ("x.exe", b"MZ", "application/octet-stream"))])
        assert r.status_code == 422


class TestAuth:
    async def test_console_session_needs_csrf_for_writes(self, rt, client):
        user, _ = await synced_user(rt)
        r = await client.post("/v1/auth/session", json={"token": user.token})
        assert r.status_code == 200
        csrf = r.json()["csrf_token"]
        cookie = r.cookies.get("unspoken_session")
        assert "httponly" in r.headers.get_list("set-cookie")[0].lower()
        assert "samesite=strict" in r.headers.get_list("set-cookie")[0].lower()
        client.cookies.set("unspoken_session", cookie)
        assert (await client.get("/v1/me")).status_code == 200
        body = {"emails": ["a@b.test"]}
        assert (await client.post("/v1/badges", json=body)).status_code == 403
        assert (await client.post("/v1/badges", json=body,
                                  headers={"X-CSRF-Token": csrf})).status_code == 200
        page = await client.get("/")
        assert page.status_code == 200 and "riskiest first" in page.text
        client.cookies.clear()

    async def test_revoked_token_stops_working_at_once(self, rt, client):
        user = await make_user(rt)
        r = await client.post("/v1/auth/tokens", headers=user.auth, json={"label": "ext"})
        assert r.status_code == 201
        tok = r.json()
        h = {"Authorization": f"Bearer {tok['token']}"}
        assert (await client.get("/v1/me", headers=h)).status_code == 200
        assert (await client.delete(f"/v1/auth/tokens/{tok['id']}",
                                    headers=user.auth)).status_code == 200
        assert (await client.get("/v1/me", headers=h)).status_code == 401

    async def test_rate_limit_per_token(self, rt, client):
        user = await make_user(rt)
        rt.settings.rate_limit_per_minute = 3
        codes = [(await client.get("/v1/me", headers=user.auth)).status_code for _ in range(5)]
        assert codes[:3] == [200] * 3 and 429 in codes[3:]


class TestHealth:
    async def test_health_ready_metrics(self, client):
        assert (await client.get("/healthz")).json() == {"ok": True}
        r = await client.get("/readyz")
        assert r.status_code == 200 and r.json()["checks"] == {"database": True, "redis": True}
        assert "unspoken_http_requests_total" in (await client.get("/metrics")).text

    async def test_metrics_count_the_jobs_ready_for_workers(self, rt, settings) -> None:
        """The autoscaler's signal (KEDA reads it through Prometheus): due jobs, not deferred."""

        from unspoken.api.app import create_app
        from unspoken.worker.queue import ArqQueue, arq_pool

        pool = arq_pool(settings.redis_url, settings.redis_prefix + "gauge:")
        queue = ArqQueue(pool, settings.redis_prefix + "gauge:")
        rt.queue, saved = queue, rt.queue
        try:
            for n in range(3):
                await queue.enqueue("assess.user", f"u{n}")
            await queue.enqueue("assess.user", "later", defer=3600)
            app = create_app(rt.settings, runtime=rt)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                text = (await c.get("/metrics")).text
            assert "unspoken_queue_ready_jobs 3.0" in text
        finally:
            rt.queue = saved
            keys = [k async for k in pool.scan_iter(match=f"*{settings.redis_prefix}gauge:*")]
            if keys:
                await pool.delete(*keys)
            await pool.aclose()


class TestRunTaskHelper:
    async def test_assess_user_rescores_everything(self, rt):
        user, _ = await synced_user(rt)
        assert (await run_task(rt, "assess.user", user.id)).startswith("ok")


class TestTokens:
    async def test_expired_token_is_refused(self, rt, client):
        from datetime import UTC, datetime, timedelta

        from unspoken.services import users as user_service
        from unspoken.store.db import transaction

        user = await make_user(rt)
        async with transaction(rt.sessions) as s:
            old = await user_service.issue_token(s, user_id=user.id,
                                                 now=datetime.now(UTC) - timedelta(days=2),
                                                 ttl=timedelta(days=1))
        r = await client.get("/v1/me", headers={"Authorization": f"Bearer {old}"})
        assert r.status_code == 401

    async def test_tokens_are_stored_hashed(self, rt):
        from sqlalchemy import select

        from unspoken.store.models import AuthToken

        user = await make_user(rt)
        async with rt.sessions() as s:
            hashes = (await s.execute(select(AuthToken.token_hash).where(
                AuthToken.user_id == user.id))).scalars().all()
        assert hashes and user.token not in hashes and len(user.token) >= 43
