"""Alerts against a real SMTP server process and a webhook receiver on loopback: one per
upward transition and channel, deduplicated, silenced by feedback, retried with backoff, and
a removed hook disabled and shown as such."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.service_support import make_user, run_task
from tests.services.helpers import EARLIER, drifted_user
from unspoken.services import alerts as alert_service
from unspoken.services import feedback as feedback_service
from unspoken.store.db import transaction
from unspoken.store.models import AlertDelivery, LevelTransition
from unspoken.store.repositories import notifications as repo
from unspoken.worker.queue import RetryLater
from unspoken.worker.tasks import TASKS

CONSOLE = "http://console.test"


@pytest.fixture
def settings(settings, smtp_sink):
    return settings.model_copy(update={
        "smtp_url": smtp_sink.url, "smtp_from": "Unspoken <alerts@unspoken.test>",
        "public_url": CONSOLE, "webhook_allow_private": True})


async def _user_with_hook(rt, client, hooks, *, kind="slack", watch=False, org=None):
    user = await make_user(rt, org=org)
    r = await client.put("/v1/me/notifications", headers=user.auth, json={"alerts": {
        "webhook": {"url": hooks.url(), "kind": kind}, "watch": watch}})
    assert r.status_code == 200, r.text
    return user


def alerts_to(sink, email):
    return [m for m in sink.messages() if m["To"].addresses[0].addr_spec == email
            and m["Message-ID"].startswith("<alert.")]


async def _deliveries(rt, user_id):
    async with rt.sessions() as s:
        return list(await repo.deliveries_of(s, user_id))


async def _states(rt, user_id):
    async with rt.sessions() as s:
        rows = (await s.execute(select(LevelTransition).where(
            LevelTransition.user_id == user_id))).scalars().all()
        return {(t.account, t.from_level, t.to_level): t.alert_state for t in rows}


async def _move(rt, user_id, as_of):
    """Rescore the user as of another day (what the nightly assess.user does)."""
    today = rt.settings
    rt.settings = today.model_copy(update={"as_of": as_of})
    try:
        await run_task(rt, "assess.user", user_id)
    finally:
        rt.settings = today


class TestAlerts:
    async def test_moving_up_to_at_risk_sends_one_email_and_one_slack_message(
            self, rt, client, smtp_sink, hooks):
        user = await _user_with_hook(rt, client, hooks)
        await drifted_user(rt, user=user)
        await rt.queue.drain()  # alerts.user, enqueued by the rescore that found the move

        [mail] = alerts_to(smtp_sink, user.email)
        assert mail["Subject"] == "Unspoken: umbrella-health.org is now at risk"
        plain = mail.get_body(("plain",)).get_content()
        html = mail.get_body(("html",)).get_content()
        for part in (plain, html):
            assert "Was healthy, now at risk." in part or "healthy" in part
            assert "meetings cancelled or declined" in part
            assert "Contact:" in part and "@umbrella-health.org" in part
            assert f"{CONSOLE}/accounts/umbrella-health.org" in part
        [post] = hooks.requests
        text = post["json"]["text"]
        assert post["content_type"] == "application/json"
        assert text.startswith("*Unspoken: umbrella-health.org is now at risk*")
        assert "meetings cancelled or declined" in text and "Contact:" in text
        assert f"<{CONSOLE}/accounts/umbrella-health.org|Open in Unspoken>" in text
        # healthy → watch is not alerted unless asked for
        states = await _states(rt, user.id)
        assert states[("umbrella-health.org", "healthy", "at_risk")] == "planned"
        assert states[("acme-logistics.com", "healthy", "watch")] == "opted_out"

        for _ in range(2):  # a retried job, the sweep: nothing new
            await run_task(rt, "alerts.user", user.id)
            await run_task(rt, "alerts.sweep")
            await rt.queue.drain()
        assert len(alerts_to(smtp_sink, user.email)) == 1 and len(hooks.requests) == 1
        assert sorted(d.status for d in await _deliveries(rt, user.id)) == ["sent", "sent"]

    async def test_healthy_to_watch_when_the_user_asks_and_teams_gets_a_card(
            self, rt, client, smtp_sink, hooks):
        user = await _user_with_hook(rt, client, hooks, kind="teams", watch=True)
        await drifted_user(rt, user=user)
        await rt.queue.drain()
        subjects = sorted(m["Subject"] for m in alerts_to(smtp_sink, user.email))
        assert subjects == ["Unspoken: acme-logistics.com is now watch",
                            "Unspoken: umbrella-health.org is now at risk"]
        cards = [r["json"]["attachments"][0] for r in hooks.requests]
        assert {c["contentType"] for c in cards} == {"application/vnd.microsoft.card.adaptive"}
        titles = sorted(c["content"]["body"][0]["text"] for c in cards)
        assert titles == subjects
        assert {c["content"]["actions"][0]["url"] for c in cards} == {
            f"{CONSOLE}/accounts/acme-logistics.com", f"{CONSOLE}/accounts/umbrella-health.org"}

    async def test_at_most_one_alert_per_account_per_week_unless_it_gets_worse(
            self, rt, client, smtp_sink, hooks):
        user = await _user_with_hook(rt, client, hooks, watch=True)
        await drifted_user(rt, user=user)
        await rt.queue.drain()
        await _move(rt, user.id, EARLIER)  # back to healthy...
        await _move(rt, user.id, rt.settings.as_of)  # ...and at risk again within the week
        await rt.queue.drain()
        assert len(hooks.requests) == 2  # umbrella at risk, acme watch: once each
        states = [s for (acc, _, to), s in (await _states(rt, user.id)).items()]
        assert states.count("recent") == 2
        # Worse than the last alert is news: acme alerted at watch, then at risk.
        async with transaction(rt.sessions) as s:
            t = LevelTransition(user_id=user.id, account="acme-logistics.com",
                                from_level="watch", to_level="at_risk", to_score=80,
                                signals=[], as_of=rt.settings.as_of)
            s.add(t)
        await run_task(rt, "alerts.user", user.id)
        assert len(hooks.requests) == 3
        assert "acme-logistics.com is now at risk" in hooks.requests[-1]["json"]["text"]

    async def test_snooze_and_not_a_risk_silence_alerts(self, rt, client, smtp_sink, hooks):
        for kind in ("snooze", "not_a_risk"):
            user = await _user_with_hook(rt, client, hooks)
            await drifted_user(rt, user=user)
            await rt.queue.drain()
            before = len(hooks.requests)
            await _move(rt, user.id, EARLIER)
            async with transaction(rt.sessions) as s:
                await feedback_service.record(s, user_id=user.id, org_id=user.org_id,
                                              kind=kind, email=None, account="umbrella-health.org",
                                              days=None,
                                              now=datetime.now(UTC))
            await _move(rt, user.id, rt.settings.as_of + timedelta(days=1))
            await rt.queue.drain()
            assert len(hooks.requests) == before, kind
            states = await _states(rt, user.id)
            assert "muted" in states.values(), kind

    async def test_webhook_failures_retry_with_backoff_and_show_as_delivery_failing(
            self, rt, client, smtp_sink, hooks):
        user = await _user_with_hook(rt, client, hooks)
        async with transaction(rt.sessions) as s:  # only the webhook for this test
            (await repo.prefs(s, user.id)).alert_email = False
        hooks.script = [(500, "oops"), (503, "busy")]
        await drifted_user(rt, user=user, )
        await rt.queue.drain()  # in-process: the retry comes back at once (test mode)
        assert [r["json"]["text"].split("*")[1] for r in hooks.requests] == [
            "Unspoken: umbrella-health.org is now at risk"] * 3
        [d] = await _deliveries(rt, user.id)
        assert (d.status, d.attempts) == ("sent", 2)
        hook = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        assert hook["alerts"]["webhook"]["status"] == "ok"  # healthy again after a success

        hooks.script = [(500, "oops")]
        async with transaction(rt.sessions) as s:
            s.add(LevelTransition(user_id=user.id, account="globex.io", from_level="healthy",
                                  to_level="at_risk", to_score=70, signals=[],
                                  as_of=rt.settings.as_of))
        with pytest.raises(RetryLater):
            await TASKS["alerts.user"]({"runtime": rt}, user.id)
        hook = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        w = hook["alerts"]["webhook"]
        assert (w["status"], w["error"]) == ("failing", "http 500") and w["failing_since"]

    async def test_the_backoff_doubles_outside_test_mode(self, rt):
        assert [alert_service.backoff(n) for n in (1, 2, 3, 8, 20)] == \
            [30, 60, 120, 3600, 3600]
        d = AlertDelivery(transition_id=1, user_id="u", channel="webhook", attempts=2)
        now = datetime.now(UTC)
        live = rt.settings.model_copy(update={"test_mode": False})
        out = alert_service._failed(d, "http 503", now=now, settings=live, retry_after=300)
        assert (out.status, out.retry_in, d.attempts) == ("retry", 300, 3)
        assert d.next_attempt_at == now + timedelta(seconds=300)
        d.attempts = alert_service.MAX_ATTEMPTS - 1
        assert alert_service._failed(d, "timeout", now=now, settings=live).status == "failed"

    @pytest.mark.parametrize("answer", [(404, "no_service"), (410, "channel_is_archived"),
                                        (403, "action_prohibited")])
    async def test_a_removed_hook_is_disabled_and_says_so(self, rt, client, smtp_sink, hooks,
                                                          answer):
        user = await _user_with_hook(rt, client, hooks)
        hooks.script = [answer]
        await drifted_user(rt, user=user)
        await rt.queue.drain()
        assert len(hooks.requests) == 1  # not retried
        webhook = [d for d in await _deliveries(rt, user.id) if d.channel == "webhook"]
        assert [(d.status, d.last_error) for d in webhook] == [("disabled", answer[1])]
        w = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        assert (w["alerts"]["webhook"]["status"], w["alerts"]["webhook"]["error"]) == \
            ("removed", answer[1])
        async with transaction(rt.sessions) as s:
            s.add(LevelTransition(user_id=user.id, account="globex.io", from_level="healthy",
                                  to_level="at_risk", to_score=70, signals=[],
                                  as_of=rt.settings.as_of))
        await run_task(rt, "alerts.user", user.id)
        assert len(hooks.requests) == 1  # the removed hook is not used again...
        assert len(alerts_to(smtp_sink, user.email)) == 2  # ...email still goes
        r = await client.put("/v1/me/notifications", headers=user.auth, json={"alerts": {
            "webhook": {"url": hooks.url("/services/new"), "kind": "slack"}}})
        assert r.json()["alerts"]["webhook"]["status"] == "ok"  # a new URL starts healthy

    async def test_the_org_default_hook_serves_members_without_their_own(
            self, rt, client, smtp_sink, hooks):
        admin = await make_user(rt, admin=True)
        r = await client.put("/v1/admin/notifications", headers=admin.auth,
                             json={"webhook": {"url": hooks.url("/org"), "kind": "slack"}})
        assert r.status_code == 200, r.text
        member = await make_user(rt, org=admin.org)
        await drifted_user(rt, user=member)
        await rt.queue.drain()
        assert [r["path"] for r in hooks.requests] == ["/org"]
        w = (await client.get("/v1/me/notifications", headers=member.auth)).json()
        assert w["alerts"]["webhook"] is None
        assert w["alerts"]["org_webhook"]["status"] == "ok"
