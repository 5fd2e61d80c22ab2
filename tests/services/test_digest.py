"""The weekly digest against a real SMTP server process: what it says, its headers and both
parts, the one-click unsubscribe over HTTP, and exactly one digest per user per period."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from tests.notify.support import CONSOLE, SmtpSink, mailing_settings
from tests.service_support import add_fake_mailbox, make_user, run_task
from tests.services.helpers import drifted_user, levels
from unspoken.notify import schedule
from unspoken.services import feedback as feedback_service
from unspoken.store.db import transaction
from unspoken.store.models import DigestRecord, NotificationPrefs
from unspoken.store.repositories import notifications as repo


@pytest.fixture
def settings(settings, smtp_sink):
    return mailing_settings(settings, smtp_sink)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links += [v for k, v in attrs if k == "href" and v]


def links(html: str) -> list[str]:
    p = _Links()
    p.feed(html)
    return p.links


async def make_due(rt, user_id: str, *, ago: timedelta = timedelta(minutes=1)) -> None:
    async with transaction(rt.sessions) as s:
        p = await repo.ensure_prefs(s, user_id=user_id, next_digest_at=datetime.now(UTC))
        p.next_digest_at = datetime.now(UTC) - ago


async def records(rt, user_id: str) -> list[DigestRecord]:
    async with rt.sessions() as s:
        return list(await repo.digests_of(s, user_id))


async def prefs(rt, user_id: str) -> NotificationPrefs:
    async with rt.sessions() as s:
        return (await s.execute(select(NotificationPrefs).where(
            NotificationPrefs.user_id == user_id))).scalar_one()


def period_now() -> str:
    now = datetime.now(UTC)
    return schedule.period_of(schedule.latest_slot(now, weekday=0, hour=8, tz="UTC"), tz="UTC")


def mine(sink: SmtpSink, email: str) -> list:
    """The digests `email` received (alerts go to the same sink)."""
    return [m for m in sink.messages() if m["To"].addresses[0].addr_spec == email
            and m["Message-ID"].startswith("<digest.")]


class TestDigest:
    async def test_lists_changes_and_at_risk_accounts_in_both_parts_with_working_links(
            self, rt, client, smtp_sink):
        user = await drifted_user(rt)
        await make_due(rt, user.id)
        assert (await run_task(rt, "digest.due")).startswith("ok")
        await rt.queue.drain()  # digest.send, enqueued per due user
        [msg] = mine(smtp_sink, user.email)

        period = period_now()
        assert msg["From"] == "Unspoken <digest@unspoken.test>"
        assert msg["Message-ID"] == f"<digest.{period}.{user.id}@unspoken.test>"
        assert msg["Subject"].startswith("Unspoken weekly: 2 accounts changed level")
        assert msg["Auto-Submitted"] == "auto-generated"
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        unsubscribe = msg["List-Unsubscribe"].strip().strip("<>")  # (folded: long)
        assert unsubscribe.startswith(f"{CONSOLE}/digest/unsubscribe?t=")
        assert msg.get_content_type() == "multipart/alternative"
        plain = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        for part in (plain, html):
            assert "umbrella-health.org" in part and "acme-logistics.com" in part
            assert "healthy" in part and "at risk" in part and "watch" in part
            assert "meetings cancelled or declined" in part  # a reason (signal summary)
            assert "Contact:" in part
        assert f"{CONSOLE}/accounts/umbrella-health.org" in plain
        hrefs = links(html)
        assert f"{CONSOLE}/accounts/umbrella-health.org" in hrefs
        assert f"{CONSOLE}/accounts/acme-logistics.com" in hrefs
        assert unsubscribe in hrefs and unsubscribe in plain
        assert "globex.io" not in plain  # healthy and unchanged: not news

        [rec] = await records(rt, user.id)
        assert (rec.period, rec.status, rec.attempts, rec.changed) == (period, "sent", 1, 2)
        assert (await prefs(rt, user.id)).next_digest_at > datetime.now(UTC)

        # The one-click unsubscribe, without signing in (RFC 8058 POST).
        u = urlparse(unsubscribe)
        page = await client.get(f"{u.path}?{u.query}")
        assert page.status_code == 200 and "<form method='post'" in page.text
        assert (await prefs(rt, user.id)).digest_enabled  # a GET (link scanner) changes nothing
        r = await client.post(f"{u.path}?{u.query}", data={"List-Unsubscribe": "One-Click"})
        assert r.status_code == 200 and "unsubscribed" in r.text
        assert not (await prefs(rt, user.id)).digest_enabled
        me = (await client.get("/v1/me/notifications", headers=user.auth)).json()
        assert me["digest"]["enabled"] is False and me["digest"]["next_at"] is None
        await make_due(rt, user.id, ago=timedelta(days=8))
        assert await run_task(rt, "digest.send", user.id) == "not due"

    async def test_a_forged_or_cut_unsubscribe_link_changes_nothing(self, rt, client):
        user = await make_user(rt)
        await make_due(rt, user.id)
        from unspoken.services.digest import unsubscribe_url

        good = urlparse(unsubscribe_url(rt.settings, user.id))
        other = urlparse(unsubscribe_url(rt.settings, (await make_user(rt)).id))
        forged = good.query[:-4] + other.query[-4:]
        for q in (forged, good.query[:-1], "t=", "t=" + "x" * 300, "t=a.b.c"):
            r = await client.post(f"{good.path}?{q}")
            assert r.status_code in (400, 422), q
        assert (await prefs(rt, user.id)).digest_enabled

    async def test_a_retried_or_repeated_job_never_sends_a_second_digest(self, rt, smtp_sink):
        user = await drifted_user(rt)
        await make_due(rt, user.id)
        assert await run_task(rt, "digest.send", user.id) == "sent"
        assert await run_task(rt, "digest.send", user.id) == "not due"
        await make_due(rt, user.id)  # even if the slot looked due again this week
        assert await run_task(rt, "digest.send", user.id) == "sent"  # the record's status
        assert len(mine(smtp_sink, user.email)) == 1
        [rec] = await records(rt, user.id)
        assert rec.attempts == 1

    async def test_nothing_to_say_sends_nothing_and_waits_for_next_week(self, rt, smtp_sink):
        user = await make_user(rt)
        await run_task(rt, "sync.mailbox", await add_fake_mailbox(rt, user, messages=300))
        risky = [a for a, lv in (await levels(rt, user.id)).items() if lv == "at_risk"]
        assert risky
        async with transaction(rt.sessions) as s:  # every at-risk account snoozed
            for acc in risky:
                await feedback_service.record(s, user_id=user.id, org_id=user.org_id,
                                              kind="snooze", email=None, account=acc, days=None,
                                              now=datetime.now(UTC))
        await make_due(rt, user.id)
        assert await run_task(rt, "digest.send", user.id) == "empty"
        assert mine(smtp_sink, user.email) == []
        assert (await prefs(rt, user.id)).next_digest_at > datetime.now(UTC)

    async def test_the_off_switch_and_the_users_slot_decide_who_is_due(self, rt, client):
        a, b = await make_user(rt), await make_user(rt)
        r = await client.put("/v1/me/notifications", headers=a.auth, json={
            "digest": {"weekday": "friday", "hour": 9, "timezone": "Asia/Kolkata"}})
        assert r.status_code == 200, r.text
        nxt = datetime.fromisoformat(r.json()["digest"]["next_at"])
        local = nxt.astimezone(schedule.zone("Asia/Kolkata"))
        assert (local.weekday(), local.hour, local.minute) == (4, 9, 0)
        assert timedelta(0) < nxt - datetime.now(UTC) <= timedelta(days=7)
        r = await client.put("/v1/me/notifications", headers=b.auth,
                             json={"digest": {"enabled": False}})
        assert r.json()["digest"]["enabled"] is False
        async with transaction(rt.sessions) as s:
            from unspoken.services.digest import due_users

            due = set(await due_users(s, now=nxt - timedelta(minutes=1)))
            assert a.id not in due and b.id not in due
            due = set(await due_users(s, now=nxt))
            assert a.id in due and b.id not in due

    async def test_a_temporary_smtp_failure_is_retried_and_sent_once(self, rt, tmp_path):
        sink = SmtpSink(tmp_path / "flaky", "--temp-fail", "2")
        try:
            rt.mailer.config = dataclasses.replace(rt.mailer.config, port=sink.port)
            user = await make_user(rt)
            async with transaction(rt.sessions) as s:  # only the digest goes to this sink
                (await repo.ensure_prefs(s, user_id=user.id, next_digest_at=datetime.now(UTC))
                 ).alert_email = False
            await drifted_user(rt, user=user)
            await make_due(rt, user.id)
            assert await run_task(rt, "digest.send", user.id) == "sent"
            assert len(mine(sink, user.email)) == 1
            [rec] = await records(rt, user.id)
            assert (rec.status, rec.attempts) == ("sent", 3)
        finally:
            sink.stop()
