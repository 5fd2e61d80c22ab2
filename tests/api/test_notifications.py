"""GET/PUT /v1/me/notifications, /v1/admin/notifications and the digest preview."""

from __future__ import annotations

from sqlalchemy import select

from tests.service_support import make_user
from tests.services.helpers import drifted_user
from unspoken.store.models import AuditEntry, NotificationPrefs, OrgAlertChannel

HOOK = "https://hooks.slack.com/services/T00/B00/s3cretS3cretS3cret1234"


class TestPreferences:
    async def test_defaults_monday_8_utc_email_alerts_no_webhook(self, rt, client):
        user = await make_user(rt)
        r = await client.get("/v1/me/notifications", headers=user.auth)
        assert r.status_code == 200
        body = r.json()
        d = body["digest"]
        assert (d["enabled"], d["weekday"], d["hour"], d["timezone"], d["sending"]) == \
            (True, "monday", 8, "UTC", False)
        assert d["preview_url"] == "/digest/preview" and d["last"] is None
        assert body["alerts"] == {"email": True, "watch": False, "webhook": None,
                                  "org_webhook": None}

    async def test_a_webhook_is_stored_sealed_and_shown_only_as_a_hint(self, rt, client):
        user = await make_user(rt)
        r = await client.put("/v1/me/notifications", headers=user.auth,
                             json={"alerts": {"webhook": {"url": HOOK}}})
        assert r.status_code == 200, r.text
        assert "s3cret" not in r.text
        assert r.json()["alerts"]["webhook"] == {
            "kind": "slack", "hint": "hooks.slack.com/…1234", "status": "ok", "error": None,
            "failing_since": None}
        async with rt.sessions() as s:
            row = (await s.execute(select(NotificationPrefs).where(
                NotificationPrefs.user_id == user.id))).scalar_one()
            assert "s3cret" not in (row.webhook_url or "") and row.webhook_url
        r = await client.put("/v1/me/notifications", headers=user.auth,
                             json={"alerts": {"webhook": None, "email": False}})
        assert r.json()["alerts"]["webhook"] is None
        assert r.json()["alerts"]["email"] is False

    async def test_bad_input_is_a_422_naming_the_field(self, rt, client):
        user = await make_user(rt)
        cases = [
            ({"digest": {"timezone": "Mars/Olympus"}}, "digest.timezone"),
            ({"alerts": {"webhook": {"url": "http://hooks.slack.com/x/y"}}}, "https"),
            ({"alerts": {"webhook": {"url": "https://example.com/hook"}}}, "webhook.kind"),
            ({"alerts": {"webhook": {"url": "https://192.168.1.2/h", "kind": "slack"}}},
             "private"),
        ]
        for body, words in cases:
            r = await client.put("/v1/me/notifications", headers=user.auth, json=body)
            assert r.status_code == 422 and words in r.json()["detail"], (body, r.text)
        for body in ({"digest": {"hour": 24}}, {"digest": {"weekday": "funday"}},
                     {"digest": {"timezone": "Europe/Paris\x00"}}, {"nope": 1},
                     {"alerts": {"webhook": {"url": "https://x/" + "a" * 3000}}}):
            r = await client.put("/v1/me/notifications", headers=user.auth, json=body)
            assert r.status_code == 422, body
        prefs = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        assert prefs["digest"]["timezone"] == "UTC"  # nothing half-applied

    async def test_the_org_default_webhook_is_for_admins_and_audited(self, rt, client):
        admin = await make_user(rt, admin=True)
        member = await make_user(rt, org=admin.org)
        body = {"webhook": {"url": HOOK}}
        assert (await client.put("/v1/admin/notifications", headers=member.auth,
                                 json=body)).status_code == 403
        r = await client.put("/v1/admin/notifications", headers=admin.auth, json=body)
        assert r.status_code == 200 and r.json()["webhook"]["hint"].endswith("1234")
        seen = (await client.get("/v1/me/notifications", headers=member.auth)).json()
        assert seen["alerts"]["org_webhook"]["kind"] == "slack"
        async with rt.sessions() as s:
            audit = (await s.execute(select(AuditEntry).where(
                AuditEntry.org_id == admin.org_id,
                AuditEntry.action == "alerts.org_webhook.set"))).scalars().all()
            assert len(audit) == 1 and "s3cret" not in str(audit[0].detail)
            assert (await s.get(OrgAlertChannel, admin.org_id)) is not None
        r = await client.put("/v1/admin/notifications", headers=admin.auth,
                             json={"webhook": None})
        assert r.json() == {"webhook": None}


class TestPreview:
    async def test_the_signed_in_user_sees_the_digest_that_would_go_out(self, rt, client):
        user = await drifted_user(rt)
        assert (await client.get("/digest/preview", follow_redirects=False)).status_code == 303
        r = await client.post("/v1/auth/session", json={"token": user.token})
        client.cookies.set("unspoken_session", r.cookies.get("unspoken_session"))
        page = await client.get("/digest/preview")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "umbrella-health.org" in page.text and "Changed level" in page.text
        assert "/accounts/umbrella-health.org" in page.text
        text = await client.get("/digest/preview?format=text")
        assert text.headers["content-type"].startswith("text/plain")
        assert "CHANGED LEVEL" in text.text
        assert (await client.get("/digest/preview?format=pdf")).status_code == 422
