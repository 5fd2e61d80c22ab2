"""Settings → Digest and alerts: the form saves the same preferences as the JSON API, says
what is wrong next to the field, and shows a failing or removed webhook."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.service_support import make_user
from unspoken.api.deps import CSRF_COOKIE, SESSION_COOKIE
from unspoken.store.db import transaction
from unspoken.store.repositories import notifications as repo

HOOK = "https://hooks.slack.com/services/T0/B0/secretsecret9876"


async def _signed_in(rt, client):
    user = await make_user(rt)
    r = await client.post("/signin/token", data={"token": user.token, "next": "/settings"})
    client.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])
    return user, r.cookies[CSRF_COOKIE]


class TestDigestAndAlertsSection:
    async def test_the_form_saves_schedule_channels_and_webhook(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        page = await client.get("/settings")
        assert page.status_code == 200 and 'id="digest"' in page.text
        assert "Preview this week’s digest" in page.text and 'name="timezone"' in page.text
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
