"""The poll (safety net under push) and the dirty flag (an enqueue while the job runs is kept),
against real Redis under the session's prefix."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from arq.connections import ArqRedis, create_pool

from tests.service_support import REDIS_URL, make_user
from unspoken.runtime import Runtime
from unspoken.store.db import transaction
from unspoken.store.models import SyncStatus, new_id
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.worker.main import worker
from unspoken.worker.queue import ArqQueue, job_id, queue_name, redis_settings
from unspoken.worker.tasks import poll_due


@pytest.fixture
async def pool() -> AsyncIterator[ArqRedis]:
    p = await create_pool(redis_settings(REDIS_URL))
    yield p
    await p.aclose()


async def _queued(pool: ArqRedis, prefix: str) -> set[str]:
    """Job ids waiting in this session's queue."""
    return {k.decode() for k in await pool.zrange(queue_name(prefix), 0, -1)}


async def _clear(pool: ArqRedis, prefix: str) -> None:
    for jid in await _queued(pool, prefix):
        await pool.delete(f"arq:job:{jid}")
    await pool.delete(queue_name(prefix))


async def _box(rt: Runtime, user_id: str, provider: str, *, synced_ago: float | None,
               status: SyncStatus = SyncStatus.OK, credentials: bool = True) -> str:
    async with transaction(rt.sessions) as s:
        b = await mailboxes_repo.add(s, user_id=user_id, provider=provider,
                                     address=f"{provider}.{user_id[:8]}@poll.test",
                                     label=new_id()[:8])
        b.status = status
        b.credentials = "sealed" if credentials else None
        b.last_synced_at = None if synced_ago is None else \
            datetime.now(UTC) - timedelta(minutes=synced_ago)
        return b.id


class TestPoll:
    async def test_enqueues_each_due_connected_remote_mailbox_once(
            self, rt: Runtime, pool: ArqRedis) -> None:
        prefix = rt.settings.redis_prefix
        await _clear(pool, prefix)
        rt.queue = ArqQueue(pool, prefix)
        user = await make_user(rt)
        due = {await _box(rt, user.id, "google", synced_ago=6),
               await _box(rt, user.id, "microsoft", synced_ago=60),
               await _box(rt, user.id, "google", synced_ago=None, status=SyncStatus.SYNCING),
               await _box(rt, user.id, "microsoft", synced_ago=30, status=SyncStatus.ERROR)}
        skipped = {
            await _box(rt, user.id, "google", synced_ago=1),  # synced recently
            await _box(rt, user.id, "microsoft", synced_ago=60,
                       status=SyncStatus.NEEDS_REAUTH),
            await _box(rt, user.id, "google", synced_ago=60, credentials=False),  # no grant
            await _box(rt, user.id, "fake", synced_ago=60),  # not a remote source
            await _box(rt, user.id, "file", synced_ago=60)}

        await poll_due({"runtime": rt})
        first = await _queued(pool, prefix)
        await poll_due({"runtime": rt})  # a second tick while the jobs wait: coalesced
        queued = await _queued(pool, prefix)
        # Only this test's mailboxes: other tests' ones in this database may fall due between
        # the two ticks on a slow machine.
        ours = {job_id(prefix, "sync.mailbox", (b,)) for b in due | skipped}
        assert queued & ours == first & ours
        assert {job_id(prefix, "sync.mailbox", (b,)) for b in due} <= queued
        assert not {job_id(prefix, "sync.mailbox", (b,)) for b in skipped} & queued
        await _clear(pool, prefix)

    async def test_the_poll_interval_is_a_setting(self, rt: Runtime, pool: ArqRedis) -> None:
        prefix = rt.settings.redis_prefix
        await _clear(pool, prefix)
        rt.queue = ArqQueue(pool, prefix)
        rt.settings = rt.settings.model_copy(update={"sync_poll_minutes": 90})
        user = await make_user(rt)
        late = await _box(rt, user.id, "google", synced_ago=120)
        recent = await _box(rt, user.id, "microsoft", synced_ago=60)
        await poll_due({"runtime": rt})
        queued = await _queued(pool, prefix)
        assert job_id(prefix, "sync.mailbox", (late,)) in queued
        assert job_id(prefix, "sync.mailbox", (recent,)) not in queued
        await _clear(pool, prefix)

    def test_the_worker_runs_the_poll_every_minute(self, settings: Any) -> None:
        w = worker(settings, burst=True)
        polls = [c for c in w.cron_jobs if c.name == "sync.poll"]
        assert len(polls) == 1 and polls[0].minute is None and polls[0].second == {0}


@pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")  # arq
class TestDirtyFlag:
    async def _run(self, settings: Any, pool: ArqRedis, mailbox_id: str,
                   during: int) -> list[str]:
        """A burst worker whose sync.mailbox is asked for again `during` its first run(s)."""
        calls: list[str] = []
        queue = ArqQueue(pool, settings.redis_prefix)

        async def sync(ctx: dict[str, Any], mb: str) -> str:
            calls.append(mb)
            if len(calls) <= during:  # a push arrives mid-sync: arq drops the job, not us
                await queue.enqueue("sync.mailbox", mb)
            return "ok"

        await _clear(pool, settings.redis_prefix)
        await queue.enqueue("sync.mailbox", mailbox_id)
        w = worker(settings, burst=True, tasks={"sync.mailbox": sync})
        w.cron_jobs = []
        try:
            await w.main()
        finally:
            await w.close()
        return calls

    async def test_enqueue_while_running_makes_one_more_run(
            self, settings: Any, pool: ArqRedis) -> None:
        assert await self._run(settings, pool, "mb-dirty-1", during=1) == ["mb-dirty-1"] * 2

    async def test_no_enqueue_while_running_means_one_run(
            self, settings: Any, pool: ArqRedis) -> None:
        # the enqueue that queued the job set the flag too: the run takes it as it starts
        assert await self._run(settings, pool, "mb-dirty-0", during=0) == ["mb-dirty-0"]

    async def test_pushes_during_the_rerun_go_back_through_the_queue(
            self, settings: Any, pool: ArqRedis) -> None:
        assert await self._run(settings, pool, "mb-dirty-2", during=2) == ["mb-dirty-2"] * 3
