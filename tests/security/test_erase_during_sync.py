"""DELETE /v1/me while the user's mailbox is syncing, again and again: never a deadlock or a
500, and nothing of the user is left (rows, upload, cache keys)."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from tests.security.figures import FIGURES
from tests.service_support import add_fake_mailbox, make_user, run_task
from unspoken.store.models import Base, MessageRow, User

ROUNDS = 6


async def rows_of(rt, user_id: str) -> int:
    """Every row that names the user, in every table."""
    total = 0
    async with rt.sessions() as s:
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
            have = await s.scalar(select(func.count()).select_from(MessageRow)
                                  .where(MessageRow.mailbox_id == mailbox_id))
        if have and have >= n:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the sync stored fewer than {n} messages in {timeout}s")


class TestEraseDuringSync:
    async def test_erasing_a_user_mid_sync_never_deadlocks_and_leaves_nothing(self, rt,
                                                                              client):
        for i in range(ROUNDS):
            user = await make_user(rt)
            box = await add_fake_mailbox(rt, user, messages=900, accounts=8)
            sync = asyncio.create_task(run_task(rt, "sync.mailbox", box))
            await _until_messages(rt, box, 50 * (1 + i % 3))  # erase at different depths
            present = await rows_of(rt, user.id)
            r = await client.delete("/v1/me", headers=user.auth)
            FIGURES.fault("erase during sync")
            assert r.status_code == 204, r.text
            # the sync ends without an error: "gone" at its next page (on SQLite, whose writer
            # lock the pages keep taking, the erasure may only get in after the last one)
            await asyncio.wait_for(sync, 60)
            assert await rows_of(rt, user.id) == 0
            assert (await client.get("/v1/me", headers=user.auth)).status_code == 401
            FIGURES.rows(present)
