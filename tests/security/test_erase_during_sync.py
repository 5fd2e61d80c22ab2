"""DELETE /v1/me while the user's mailbox is syncing, again and again: never a deadlock or a
500, and nothing of the user is left (rows, upload, cache keys)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select, text

from tests.security.figures import FIGURES
from tests.service_support import add_fake_mailbox, make_user, run_task
from unspoken.store.models import Base, MailboxNumber, MessageRow, User
from unspoken.store.repositories import records as records_repo

ROUNDS = {"postgresql": 6, "sqlite": 2}  # SQLite's erasure waits for the sync's last page


async def rows_of(rt, user_id: str, boxes: list[int] | None = None) -> int:
    """Every row that names the user, in every table, and the message rows of the user's
    mailbox numbers `boxes` (message rows name their mailbox's number, not the user)."""
    total = 0
    async with rt.sessions() as s:
        if boxes:
            total += await s.scalar(select(func.count()).select_from(MessageRow)
                                    .where(MessageRow.box.in_(boxes))) or 0
        for table in Base.metadata.sorted_tables:
            col = table.c.get("user_id") if table is not User.__table__ else table.c.id
            if col is not None:
                total += await s.scalar(select(func.count()).select_from(table)
                                        .where(col == user_id)) or 0
    return total


async def _until_messages(rt, mailbox_id: str, n: int, timeout: float = 60) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        async with rt.sessions() as s:
            have = await records_repo.message_count(s, mailbox_id)
        if have and have >= n:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the sync stored fewer than {n} messages in {timeout}s")


class TestEraseDuringSync:
    async def test_erasing_a_user_mid_sync_never_deadlocks_and_leaves_nothing(self, rt,
                                                                              client):
        for i in range(ROUNDS[rt.engine.dialect.name]):
            user = await make_user(rt)
            box = await add_fake_mailbox(rt, user, messages=900, accounts=8)
            sync = asyncio.create_task(run_task(rt, "sync.mailbox", box))
            await _until_messages(rt, box, 50 * (1 + i % 3))  # erase at different depths
            async with rt.sessions() as s:
                boxes = list((await s.execute(select(MailboxNumber.num).where(
                    MailboxNumber.user_id == user.id))).scalars())
            assert boxes
            present = await rows_of(rt, user.id, boxes)
            r = await client.delete("/v1/me", headers=user.auth)
            FIGURES.fault("erase during sync")
            assert r.status_code == 204, r.text
            # the sync ends without an error: "gone" at its next page (on SQLite, whose writer
            # lock the pages keep taking, the erasure may only get in after the last one)
            await asyncio.wait_for(sync, 60)
            assert await rows_of(rt, user.id, boxes) == 0
            assert (await client.get("/v1/me", headers=user.auth)).status_code == 401
            FIGURES.rows(present)

    async def test_a_deadlock_is_retried_once_not_answered_500(self, rt, client, db_url,
                                                               caplog):
        """A writer that breaks the lock order (here by hand) deadlocks with the erasure:
        PostgreSQL aborts the erasure, which runs again once and succeeds."""
        if not db_url.startswith("postgresql"):
            pytest.skip("PostgreSQL row locks")
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user)
        async with rt.engine.connect() as other:
            await other.begin()
            await other.execute(text("SELECT id FROM users WHERE id = :u FOR KEY SHARE"),
                                {"u": user.id})  # what a sync page's insert holds
            erase = asyncio.create_task(client.delete("/v1/me", headers=user.auth))
            await asyncio.sleep(0.5)  # the erasure holds the mailboxes, waits for the user
            await other.execute(text("SELECT id FROM mailboxes WHERE id = :b FOR UPDATE"),
                                {"b": box})  # the cycle: the erasure is aborted, we go on
            FIGURES.fault("deadlock")
            await other.commit()
        r = await asyncio.wait_for(erase, 30)
        assert r.status_code == 204, r.text
        assert "erasure collided with a concurrent writer" in caplog.text
        assert await rows_of(rt, user.id) == 0
