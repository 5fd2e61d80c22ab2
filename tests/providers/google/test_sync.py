"""The Google provider through the real sync task, against the fake Google over HTTP."""

from __future__ import annotations

import asyncio
import copy
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.providers.google.conftest import NOW, connect_mailbox, fill
from tests.providers.google.fake_google import GMAIL_SCOPE, FakeGoogle
from tests.providers.google.fixtures import load
from tests.service_support import run_task
from unspoken.runtime import Runtime
from unspoken.store.db import transaction
from unspoken.store.models import MeetingRow, SyncStatus
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import records as records_repo


async def _counts(rt: Runtime, box: str) -> tuple[int, int, int]:
    """(message rows, distinct ext ids, meetings)."""
    async with rt.sessions() as s:
        n = await records_repo.message_count(s, box)
        d = len(set(await records_repo.message_ids(s, box)))
        m = await s.scalar(select(func.count()).select_from(MeetingRow)
                           .where(MeetingRow.mailbox_id == box))
    return int(n or 0), int(d or 0), int(m or 0)


async def _ids(rt: Runtime, box: str) -> set[str]:
    async with rt.sessions() as s:
        return set(await records_repo.message_ids(s, box))


async def _box(rt: Runtime, box: str):  # type: ignore[no-untyped-def]
    async with rt.sessions() as s:
        return await mailboxes_repo.get(s, box)


class TestBackfill:
    async def test_backfill_reads_headers_then_bodies_of_customer_mail_only(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        total = fill(fake_google, email, customers=30, internal=10, newsletters=10)
        fake_google.add_message(email, sender="x@acme-logistics.com", to=email, subject="spam",
                                body="win", when=NOW, labels=("SPAM",))
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        n, distinct, _ = await _counts(rt, box)
        assert n == distinct == total  # spam never listed, nothing doubled
        assert fake_google.calls["messages.get"] == total + 30  # metadata all, full: customers
        mb = await _box(rt, box)
        assert mb.cursor["gmail"]["backfill"] is False
        assert mb.status == SyncStatus.OK

    async def test_worker_killed_mid_backfill_resumes_with_nothing_missed_or_doubled(
            self, rt: Runtime, fake_google: FakeGoogle, settings) -> None:  # type: ignore[no-untyped-def]
        box, email = await connect_mailbox(rt, fake_google)
        total = fill(fake_google, email, customers=120, internal=40, newsletters=40)
        fake_google.delay = 0.01
        task = asyncio.create_task(run_task(rt, "sync.mailbox", box))
        for _ in range(1000):
            await asyncio.sleep(0.02)
            mb = await _box(rt, box)
            if mb.cursor and mb.cursor.get("gmail", {}).get("listed", 0) > 0:
                break
        task.cancel()  # the worker dies mid-backfill
        with pytest.raises(asyncio.CancelledError):
            await task
        mb = await _box(rt, box)
        assert mb.cursor["gmail"]["backfill"] is True
        assert 0 < (await _counts(rt, box))[0] < total
        fake_google.delay = 0.0
        await run_task(rt, "sync.mailbox", box)
        n, distinct, _ = await _counts(rt, box)
        assert n == distinct == total


    async def test_recorded_messages_flow_through_batch_parse_and_store(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        for i, name in enumerate(("gmail_messages_get_metadata_bounce_report.json",
                                  "gmail_messages_get_metadata_external_sender.json",
                                  "gmail_messages_get_full_reply_attachment.json",
                                  "gmail_messages_get_full_mixed_attachment.json")):
            fake_google.add_recorded(email, load(name), when=NOW - timedelta(days=i + 1))
        await run_task(rt, "sync.mailbox", box)
        async with rt.sessions() as s:
            rows = {f.id: f for f in await records_repo.stored_messages(
                s, mailbox_id=box, ext_ids=await records_repo.message_ids(s, box))}
        assert set(rows) == {"19dda5cc10eb51bb", "19dd9f7ed3e8db8a", "1926aae906133846",
                             "198a4a42c6b6ac9d"}
        assert {"bounce", "auto_reply"} <= set(rows["19dda5cc10eb51bb"].flags)
        assert "bulk" in rows["19dd9f7ed3e8db8a"].flags
        assert rows["1926aae906133846"].chars == len("Response")


    async def test_a_page_token_google_forgot_restarts_the_listing_without_doubles(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        total = fill(fake_google, email, customers=60, internal=20, newsletters=20)
        async with transaction(rt.sessions) as s:  # as left by a run that stopped long ago
            row = await mailboxes_repo.locked(s, box)
            row.cursor = {"kind": "google", "gmail": {
                "history_id": fake_google.box(email).history_id, "backfill": True,
                "page_token": "expired-token", "listed": 50}}
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        n, distinct, _ = await _counts(rt, box)
        assert n == distinct == total


class TestIncremental:
    async def test_history_adds_and_deletes(self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        fill(fake_google, email, customers=5, internal=2, newsletters=2)
        await run_task(rt, "sync.mailbox", box)
        new = fake_google.add_message(email, sender="dana@acme-logistics.com", to=email,
                                      subject="Renewal", body="Let's talk next quarter.",
                                      when=NOW + timedelta(minutes=5))
        old = next(iter(fake_google.box(email).messages))
        fake_google.delete_message(email, old)
        await run_task(rt, "sync.mailbox", box)
        async with rt.sessions() as s:
            ids = set(await records_repo.message_ids(s, box))
        assert new in ids and old not in ids and len(ids) == 9

    async def test_expired_history_starts_exactly_one_full_resync(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        total = fill(fake_google, email, customers=20, internal=5, newsletters=5)
        await run_task(rt, "sync.mailbox", box)
        for i in range(7):
            fake_google.add_message(email, sender="dana@acme-logistics.com", to=email,
                                    subject=f"late {i}", body="ok",
                                    when=NOW + timedelta(minutes=i + 1))
        fake_google.expire_history(email)
        profiles = fake_google.calls["getProfile"]
        await run_task(rt, "sync.mailbox", box)
        n, distinct, _ = await _counts(rt, box)
        assert n == distinct == total + 7
        assert fake_google.calls["getProfile"] == profiles + 1  # one resync
        mb = await _box(rt, box)
        assert mb.cursor["gmail"]["backfill"] is False and mb.status == SyncStatus.OK


    async def test_a_full_resync_drops_what_was_deleted_in_the_gap_and_nothing_else(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        from tests.service_support import set_source

        box, email = await connect_mailbox(rt, fake_google)
        fill(fake_google, email, customers=20, internal=5, newsletters=5, days=200)
        await run_task(rt, "sync.mailbox", box)
        before = await _ids(rt, box)
        msgs = fake_google.box(email).messages
        newest = max(msgs, key=lambda i: int(msgs[i]["internalDate"]))
        fake_google.expire_history(email)  # history forgotten, and meanwhile deleted:
        with fake_google.lock:
            del msgs[newest]  # never in any history we will read
        await set_source(rt, box, backfill_days=30)  # the resync lists a narrower window
        await run_task(rt, "sync.mailbox", box)
        after = await _ids(rt, box)
        assert after == before - {newest}  # older mail outside the listing stays
        mb = await _box(rt, box)
        assert mb.cursor["gmail"]["backfill"] is False and mb.status == SyncStatus.OK


class TestCalendar:
    async def test_events_sync_token_and_410_full_resync(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        items = load("gcal_events_list_single_events.json")["items"]
        for ev in items:
            ev = copy.deepcopy(ev)
            ev["start"] = {"dateTime": (NOW + timedelta(days=3)).isoformat()}
            ev["end"] = {"dateTime": (NOW + timedelta(days=3, hours=1)).isoformat()}
            ev.pop("originalStartTime", None) if "recurringEventId" not in ev else None
            if "recurringEventId" in ev:
                ev["originalStartTime"] = ev["start"]
            fake_google.put_event(email, ev)
        await run_task(rt, "sync.mailbox", box)
        assert (await _counts(rt, box))[2] == len(items)
        mb = await _box(rt, box)
        assert mb.cursor["calendar"]["sync_token"]
        # a single meeting moved a week later: the previous start is kept
        moved = copy.deepcopy(fake_google.box(email).events[items[0]["id"]])
        moved["start"] = {"dateTime": (NOW + timedelta(days=10)).isoformat()}
        fake_google.put_event(email, moved)
        fake_google.put_event(email, {"id": items[1]["id"], "status": "cancelled"})
        await run_task(rt, "sync.mailbox", box)
        async with rt.sessions() as s:
            rows = {r.occurrence_id: r for r in (await s.execute(
                select(MeetingRow).where(MeetingRow.mailbox_id == box))).scalars()}
        assert rows[items[0]["id"]].original_start is not None
        assert items[1]["id"] not in rows
        fake_google.expire_sync_tokens(email)
        lists = fake_google.calls["events.list"]
        await run_task(rt, "sync.mailbox", box)
        assert fake_google.calls["events.list"] == lists + 2  # 410, then one full round
        assert (await _counts(rt, box))[2] == len(items) - 1

    async def test_a_full_round_drops_events_deleted_in_the_gap_and_nothing_else(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        ids = []
        for i, ev in enumerate(load("gcal_events_list_single_events.json")["items"]):
            if "recurringEventId" in ev:
                continue
            ev = copy.deepcopy(ev)
            ev["start"] = {"dateTime": (NOW + timedelta(days=i + 1)).isoformat()}
            ev["end"] = {"dateTime": (NOW + timedelta(days=i + 1, hours=1)).isoformat()}
            fake_google.put_event(email, ev)
            ids.append(ev["id"])
        await run_task(rt, "sync.mailbox", box)
        async with rt.sessions() as s:
            before = set((await s.execute(select(MeetingRow.occurrence_id)
                                          .where(MeetingRow.mailbox_id == box))).scalars())
        assert len(before) >= 2
        gone = sorted(before)[0]
        fake_google.expire_sync_tokens(email)  # the token is gone (410), and so is an event
        with fake_google.lock:
            del fake_google.box(email).events[gone]
        await run_task(rt, "sync.mailbox", box)
        async with rt.sessions() as s:
            after = set((await s.execute(select(MeetingRow.occurrence_id)
                                         .where(MeetingRow.mailbox_id == box))).scalars())
        assert after == before - {gone}

    async def test_calendar_unticked_means_mail_only(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google, scopes=("openid", GMAIL_SCOPE))
        fill(fake_google, email, customers=3, internal=1, newsletters=1)
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        assert fake_google.calls["events.list"] == 0
        assert (await _counts(rt, box))[0] == 5


class TestAuthFailures:
    async def test_revoked_grant_needs_reauth_with_at_most_three_token_requests(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        fill(fake_google, email, customers=3, internal=1, newsletters=1)
        fake_google.revoke_grant(email)
        assert await run_task(rt, "sync.mailbox", box) == "needs_reauth"
        assert await run_task(rt, "sync.mailbox", box) == "needs_reauth"  # no retry storm
        assert fake_google.calls["token"] <= 3
        api = sum(v for k, v in fake_google.calls.items() if k not in ("token",))
        assert api == 0
        mb = await _box(rt, box)
        assert mb.status == SyncStatus.NEEDS_REAUTH

    async def test_gmail_permission_withdrawn_needs_reauth(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        fake_google.fail_next.append(("/profile", 403, {"error": {
            "code": 403, "message": "Request had insufficient authentication scopes.",
            "errors": [{"reason": "insufficientPermissions", "domain": "global"}]}}))
        assert await run_task(rt, "sync.mailbox", box) == "needs_reauth"

    async def test_token_endpoint_outage_never_disconnects(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        box, email = await connect_mailbox(rt, fake_google)
        fake_google.token_failures = 100
        with pytest.raises(Exception):  # noqa: B017 - the task asks to retry later
            from unspoken.worker.tasks import TASKS
            await TASKS["sync.mailbox"]({"runtime": rt}, box)
        mb = await _box(rt, box)
        assert mb.status != SyncStatus.NEEDS_REAUTH
        assert fake_google.calls["token"] <= 3  # google-auth's own retries, no storm
        fake_google.token_failures = 0
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")


def test_stored_cursor_round_trips() -> None:
    from unspoken.providers.google.sync import CalendarCursor, GmailCursor, GoogleCursor

    with pytest.raises(ValueError):
        GmailCursor(0)
    with pytest.raises(ValueError):
        GmailCursor(5, backfill=False, page_token="x")
    with pytest.raises(ValueError):
        GmailCursor(5, backfill=False, started=1)
    c = GoogleCursor(gmail=GmailCursor(42, backfill=True, page_token="p", listed=3,
                                       started=1_700_000_000_123),
                     calendar=CalendarCursor(page_token="q", started=1_700_000_000_456))
    assert GoogleCursor.from_json(c.to_json()) == c


class TestPushRenewal:
    async def test_gmail_watch_and_calendar_channel_renewed_daily_not_every_run(
            self, rt: Runtime, fake_google: FakeGoogle) -> None:
        rt.settings.google_pubsub_topic = "projects/p/topics/gmail"
        rt.settings.google_calendar_webhook_url = "https://unspoken.test/webhooks/google/calendar"
        box, email = await connect_mailbox(rt, fake_google)
        fill(fake_google, email, customers=2, internal=1, newsletters=1)
        await run_task(rt, "sync.mailbox", box)
        await run_task(rt, "sync.mailbox", box)
        assert len(fake_google.watches) == 1 and len(fake_google.channels) == 1
        channel = fake_google.channels[0]
        assert channel["address"] == rt.settings.google_calendar_webhook_url
        mb = await _box(rt, box)
        assert mb.cursor["watch_expires"] > 0 and mb.cursor["channel_id"] == channel["id"]
        # a channel about to expire is replaced and the old one stopped
        fake_google.watch_days = 0.5
        async with transaction(rt.sessions) as s:
            row = await mailboxes_repo.locked(s, box)
            row.cursor = {**row.cursor, "channel_expires": 1, "watch_renewed": 1}
        await run_task(rt, "sync.mailbox", box)
        assert len(fake_google.channels) == 2 and len(fake_google.watches) == 2
        assert fake_google.stopped_channels[0]["id"] == channel["id"]


async def test_disconnect_gives_the_grant_back(rt: Runtime, fake_google: FakeGoogle) -> None:
    from unspoken.providers.base import MailboxRef
    from unspoken.providers.registry import provider_for

    box, email = await connect_mailbox(rt, fake_google)
    mb = await _box(rt, box)
    creds = rt.box.open(mb.credentials, mailbox_id=box)
    await provider_for("google").revoke(MailboxRef(id=box, address=email,
                                                   me=frozenset({email}), credentials=creds))
    assert fake_google.calls["revoke"] == 1 and fake_google.revoked == ["1//test-" + mb.user_id]


async def test_backfill_pages_come_newest_first(rt: Runtime, fake_google: FakeGoogle) -> None:
    from unspoken.providers.base import MailboxRef
    from unspoken.providers.registry import provider_for

    box, email = await connect_mailbox(rt, fake_google, scopes=("openid", GMAIL_SCOPE))
    fill(fake_google, email, customers=40, internal=10, newsletters=10)
    mb = await _box(rt, box)
    ref = MailboxRef(id=box, address=email, me=frozenset({email}),
                     credentials=rt.box.open(mb.credentials, mailbox_id=box))
    pages = []
    async for cs in provider_for("google").changes(ref, None, page_size=20):
        pages.append(cs)
    dated = [cs for cs in pages if cs.messages]
    assert len(dated) == 3
    newest = [max(m.date for m in cs.messages) for cs in dated]
    assert newest == sorted(newest, reverse=True)
    assert [cs.progress for cs in dated][-1] == 1.0 and pages[-1].done


async def test_refused_push_setup_never_fails_the_sync(rt: Runtime,
                                                        fake_google: FakeGoogle) -> None:
    rt.settings.google_pubsub_topic = "projects/p/topics/not-shared-with-gmail"
    box, email = await connect_mailbox(rt, fake_google)
    fill(fake_google, email, customers=2, internal=1, newsletters=1)
    fake_google.fail_next.append(("/watch", 403, {"error": {
        "code": 403, "message": "Error sending test message to Cloud PubSub",
        "errors": [{"reason": "forbidden", "domain": "global"}]}}))
    assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
    assert (await _counts(rt, box))[0] == 4
