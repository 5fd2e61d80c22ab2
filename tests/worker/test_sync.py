"""sync.mailbox: pages stored with their cursor, reruns harmless, incremental == full rescan."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.service_support import add_fake_mailbox, make_user, run_task, set_source
from tests.worker.helpers import full_rescan, stored
from unspoken.services import scoring
from unspoken.store.models import Mailbox, MeetingRow
from unspoken.store.repositories import records as records_repo


async def _counts(rt, mailbox_id):
    async with rt.sessions() as s:
        m = await records_repo.message_count(s, mailbox_id)
        d = len(set(await records_repo.message_ids(s, mailbox_id)))
        c = await s.scalar(select(func.count()).select_from(MeetingRow)
                           .where(MeetingRow.mailbox_id == mailbox_id))
        box = await s.get(Mailbox, mailbox_id)
        return m, d, c, box


class TestSyncMailbox:
    async def test_backfill_stores_every_item_once_and_scores_accounts(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=200)
        await run_task(rt, "sync.mailbox", box)
        m, distinct, c, mb = await _counts(rt, box)
        assert (m, distinct, c) == (180, 180, 20)
        assert mb.cursor == {"kind": "fake", "position": 200}
        assert mb.status == "ok" and mb.stage == "idle" and mb.pending_keys == []
        assert await stored(rt, user.id) == await full_rescan(rt, user.id)
        assert (await stored(rt, user.id))["accounts"]

    async def test_running_twice_changes_nothing(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=120)
        await run_task(rt, "sync.mailbox", box)
        before = (await _counts(rt, box))[:3], await stored(rt, user.id)
        await set_source(rt, box)  # same source
        async with rt.sessions() as s:  # replay from the start: every item seen again
            mb = await s.get(Mailbox, box)
            mb.cursor = None
            await s.commit()
        await run_task(rt, "sync.mailbox", box)
        await run_task(rt, "sync.mailbox", box)
        assert ((await _counts(rt, box))[:3], await stored(rt, user.id)) == before

    async def test_new_mail_rescores_only_touched_accounts_and_equals_full_rescan(
            self, rt, monkeypatch):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=310)  # dates spaced for 310 items
        await set_source(rt, box, messages=300)
        await run_task(rt, "sync.mailbox", box)
        assert await stored(rt, user.id) == await full_rescan(rt, user.id)

        rescored: list[set[str]] = []
        real = scoring.rescore

        async def spy(session, **kw):
            rescored.append(set(kw["keys"]))
            return await real(session, **kw)

        monkeypatch.setattr(scoring, "rescore", spy)
        await set_source(rt, box, messages=302)  # two new messages, two accounts
        await run_task(rt, "sync.mailbox", box)
        assert len(rescored) == 1 and len(rescored[0]) <= 2, rescored
        assert await stored(rt, user.id) == await full_rescan(rt, user.id)

    async def test_deleted_mailbox_stops_quietly(self, rt):
        assert await run_task(rt, "sync.mailbox", "no-such-mailbox") == "gone"


class TestSyncErrors:
    async def test_revoked_grant_asks_for_reauth(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=100,
                                     fail={"page": 1, "error": "auth_revoked"})
        assert await run_task(rt, "sync.mailbox", box) == "needs_reauth"
        m, _, c, mb = await _counts(rt, box)
        assert mb.status == "needs_reauth" and mb.last_error == "auth_revoked"
        assert m + c == mb.cursor["position"] == 50  # the first page was kept with its cursor

    async def test_expired_cursor_starts_full_resync(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=100)
        await run_task(rt, "sync.mailbox", box)
        await set_source(rt, box, messages=120, expire_cursor_at=100)
        await run_task(rt, "sync.mailbox", box)
        m, distinct, c, mb = await _counts(rt, box)
        assert (m + c, distinct + c) == (120, 120)
        assert mb.cursor == {"kind": "fake", "position": 120} and mb.status == "ok"

    async def test_transient_errors_retry_then_mark_the_mailbox(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=60, fail={"page": 0, "error": "transient"})
        assert await run_task(rt, "sync.mailbox", box) == "error"
        *_, mb = await _counts(rt, box)
        assert mb.status == "error" and mb.failure_count == 5

    async def test_rate_limit_retries_without_losing_pages(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=100,
                                     fail={"page": 1, "error": "rate_limited"})
        from unspoken.worker.queue import RetryLater
        from unspoken.worker.tasks import TASKS

        with pytest.raises(RetryLater):
            await TASKS["sync.mailbox"]({"runtime": rt}, box)
        m, _, c, mb = await _counts(rt, box)
        assert m + c == mb.cursor["position"] == 50 and mb.last_error == "rate_limited"


class TestSecrets:
    async def test_a_grant_copied_from_another_mailbox_does_not_decrypt(self, rt):
        from unspoken.store.models import Mailbox

        user = await make_user(rt)
        a = await add_fake_mailbox(rt, user, messages=20)
        b = await add_fake_mailbox(rt, user, messages=20)
        async with rt.sessions() as s:
            box_a, box_b = await s.get(Mailbox, a), await s.get(Mailbox, b)
            box_a.credentials = rt.box.seal(b"refresh-token-a", mailbox_id=a)
            box_b.credentials = box_a.credentials  # copied row to row
            await s.commit()
        assert (await run_task(rt, "sync.mailbox", a)).startswith("ok")
        assert await run_task(rt, "sync.mailbox", b) == "needs_reauth"
        *_, mb = await _counts(rt, b)
        assert mb.last_error == "unreadable" and mb.cursor is None
