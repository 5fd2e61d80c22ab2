"""Settings → Digest and alerts: the form saves the same preferences as the JSON API, says
what is wrong next to the field, and shows a failing or removed webhook. Admin → Alerts: the
org's default channel set, replaced and removed through the same service, audited."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from tests.service_support import make_user
from unspoken.api.deps import CSRF_COOKIE, SESSION_COOKIE
from unspoken.store.db import transaction
from unspoken.store.models import AuditEntry
from unspoken.store.repositories import notifications as repo

HOOK = "https://hooks.slack.com/services/T0/B0/secretsecret9876"


TEAMS = "https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/x/y7777"


async def _signed_in(rt, client, user=None):
    user = user or await make_user(rt)
    r = await client.post("/signin/token", data={"token": user.token, "next": "/settings"})
    client.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])
    return user, r.cookies[CSRF_COOKIE]


class TestDigestAndAlertsSection:
    async def test_the_form_saves_schedule_channels_and_webhook(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        page = await client.get("/settings")
        assert page.status_code == 200 and 'id="digest"' in page.text
        assert 'href="/digest/preview">Preview my next digest' in page.text
        assert 'name="timezone"' in page.text
        r = await client.post("/settings/notifications", data={
            "csrf": csrf, "enabled": "on", "weekday": "thursday", "hour": "7",
            "timezone": "America/New_York", "alert_watch": "on", "webhook_url": HOOK})
        assert r.status_code == 303 and r.headers["location"].endswith("#digest")
        prefs = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        assert (prefs["digest"]["weekday"], prefs["digest"]["hour"],
                prefs["digest"]["timezone"]) == ("thursday", 7, "America/New_York")
        assert prefs["alerts"]["email"] is False and prefs["alerts"]["watch"] is True
        assert prefs["alerts"]["webhook"]["hint"] == "hooks.slack.com/…9876"
        page = await client.get("/settings?done=notifications")
        assert "Digest and alert preferences saved." in page.text and "Working" in page.text
        assert "secretsecret" not in page.text

    async def test_errors_are_shown_next_to_the_field_and_nothing_is_saved(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        r = await client.post("/settings/notifications", data={
            "csrf": csrf, "enabled": "on", "weekday": "monday", "hour": "8",
            "timezone": "Mars/Olympus"})
        assert r.status_code == 422
        assert 'id="n-tz-err"' in r.text and "Unknown time zone" in r.text
        r = await client.post("/settings/notifications", data={
            "csrf": csrf, "weekday": "monday", "hour": "8", "timezone": "UTC",
            "webhook_url": "http://hooks.slack.com/x"})
        assert r.status_code == 422 and 'id="n-hook-err"' in r.text
        prefs = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        assert prefs["digest"]["timezone"] == "UTC" and prefs["digest"]["enabled"] is True
        r = await client.post("/settings/notifications", data={"weekday": "monday"})
        assert r.status_code == 403  # no CSRF token

    async def test_a_failing_and_a_removed_hook_say_so(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        await client.post("/settings/notifications", data={
            "csrf": csrf, "enabled": "on", "weekday": "monday", "hour": "8", "timezone": "UTC",
            "webhook_url": HOOK})
        async with transaction(rt.sessions) as s:
            p = await repo.prefs(s, user.id)
            p.webhook_status, p.webhook_error = "failing", "http 503"
            p.webhook_failing_since = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
        page = await client.get("/settings")
        assert "Delivery failing" in page.text and "2026-11-02 09:30 UTC (http 503)" in page.text
        async with transaction(rt.sessions) as s:
            p = await repo.prefs(s, user.id)
            p.webhook_status, p.webhook_error = "removed", "no_service"
        page = await client.get("/settings")
        assert "Hook removed" in page.text and "no_service" in page.text


def _field_error(html: str, field_id: str) -> str:
    start = html.index(f'id="{field_id}"')
    return html[html.index(">", start) + 1:html.index("</p>", start)]


class TestOrgDefaultChannel:
    async def test_set_replace_and_remove_with_messages_next_to_the_field(self, rt, client):
        admin, csrf = await _signed_in(rt, client, await make_user(rt, admin=True))
        page = await client.get("/admin/alerts")
        assert page.status_code == 200 and 'href="/admin/alerts" aria-current="page"' in page.text
        assert "Not set." in page.text and "Set the default channel" in page.text
        assert (await client.post("/admin/alerts", data={"webhook_url": HOOK})
                ).status_code == 403  # no CSRF token
        for data, field, words in (
                ({"webhook_url": " "}, "o-hook-err", "Paste the channel"),
                ({"webhook_url": "http://hooks.slack.com/services/x"}, "o-hook-err",
                 "Must start with https://"),
                ({"webhook_url": "https://10.0.0.8/hook", "webhook_kind": "slack"},
                 "o-hook-err", "private or loopback"),
                ({"webhook_url": "https://example.com/hook"}, "o-kind-err",
                 "Pick Slack or Microsoft Teams")):
            r = await client.post("/admin/alerts", data={"csrf": csrf, **data})
            assert r.status_code == 422, data
            assert words in _field_error(r.text, field), (data, r.text)
            assert 'aria-invalid="true"' in r.text
        assert (await client.get("/v1/admin/notifications", headers=admin.auth)
                ).json() == {"webhook": None}  # nothing saved

        r = await client.post("/admin/alerts", data={"csrf": csrf, "webhook_url": HOOK})
        assert r.status_code == 303 and r.headers["location"] == "/admin/alerts?done=set"
        page = await client.get(r.headers["location"])
        assert "Default channel saved" in page.text and "Working" in page.text
        assert "hooks.slack.com/…9876" in page.text and "secretsecret" not in page.text
        assert "Replace the default channel" in page.text
        api = (await client.get("/v1/admin/notifications", headers=admin.auth)).json()
        assert api["webhook"]["kind"] == "slack" and api["webhook"]["hint"].endswith("9876")

        r = await client.post("/admin/alerts", data={"csrf": csrf, "webhook_url": TEAMS,
                                                     "webhook_kind": "teams"})
        assert r.status_code == 303
        page = await client.get("/admin/alerts")
        assert "Microsoft Teams, <code>contoso.webhook.office.com/…7777</code>" in page.text

        async with transaction(rt.sessions) as s:
            row = await repo.org_channel(s, admin.org_id)
            row.webhook_status, row.webhook_error = "failing", "http 503"
            row.webhook_failing_since = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
        page = await client.get("/admin/alerts")
        assert "Delivery failing" in page.text and "2026-11-02 09:30 UTC (http 503)" in page.text
        async with transaction(rt.sessions) as s:
            row = await repo.org_channel(s, admin.org_id)
            row.webhook_status, row.webhook_error = "removed", "http 410"
        page = await client.get("/admin/alerts")
        assert "Hook removed" in page.text and "http 410" in page.text

        r = await client.post("/admin/alerts/remove", data={"csrf": csrf})
        assert r.status_code == 303 and r.headers["location"] == "/admin/alerts?done=removed"
        page = await client.get(r.headers["location"])
        assert "Default channel removed" in page.text and "Not set." in page.text
        async with rt.sessions() as s:
            audit = (await s.execute(select(AuditEntry).where(
                AuditEntry.org_id == admin.org_id).order_by(AuditEntry.id))).scalars().all()
        assert [(a.action, a.actor_email, a.detail["hint"]) for a in audit] == [
            ("alerts.org_webhook.set", admin.email, "hooks.slack.com/…9876"),
            ("alerts.org_webhook.set", admin.email, "contoso.webhook.office.com/…7777"),
            ("alerts.org_webhook.removed", admin.email, "contoso.webhook.office.com/…7777")]
        log = await client.get("/admin/audit?action=alerts.org_webhook.removed")
        assert "Microsoft Teams webhook <code>contoso.webhook.office.com/…7777</code>" in log.text

    async def test_members_see_it_in_settings_but_cannot_change_it(self, rt, client):
        admin = await make_user(rt, admin=True)
        member, csrf = await _signed_in(rt, client, await make_user(rt, org=admin.org))
        assert (await client.put("/v1/admin/notifications", headers=admin.auth,
                                 json={"webhook": {"url": HOOK}})).status_code == 200
        page = await client.get("/settings")
        assert "Your organisation’s default webhook" in page.text and "Working" in page.text
        assert 'href="/admin' not in page.text  # no Admin tab for members
        assert (await client.get("/admin/alerts")).status_code == 403
        r = await client.post("/admin/alerts/remove", data={"csrf": csrf})
        assert r.status_code == 403 and "Admins only" in r.text
        api = (await client.get("/v1/admin/notifications", headers=admin.auth)).json()
        assert api["webhook"]["hint"].endswith("9876")
