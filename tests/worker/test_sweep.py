"""jobs.sweep: a mailbox left `syncing` with no job queued or running gets a new sync; one
whose job is queued, or that is not syncing, does not."""

from __future__ import annotations

import secrets

from arq.connections import create_pool

from tests.service_support import REDIS_URL, add_fake_mailbox, make_user
from unspoken.store.db import transaction
from unspoken.store.models import SyncStatus
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.worker.queue import ArqQueue, InProcessQueue, queue_name, redis_settings
from unspoken.worker.tasks import sweep_stuck


class TestSweep:
    async def test_a_sync_whose_job_was_lost_is_restarted_once(self, rt, settings):
        pool = await create_pool(redis_settings(REDIS_URL))
        prefix = f"{settings.redis_prefix}sweep{secrets.token_hex(3)}:"  # a queue of our own
        rt.queue = ArqQueue(pool, prefix)
        try:
            user = await make_user(rt)
            lost, queued, done = [await add_fake_mailbox(rt, user) for _ in range(3)]
            async with transaction(rt.sessions) as s:
                (await mailboxes_repo.get(s, done)).status = SyncStatus.OK
            await rt.queue.enqueue("sync.mailbox", queued)
            assert await rt.queue.live("sync.mailbox", [lost, queued, done]) == {queued}
            await sweep_stuck({"runtime": rt})
            jobs = {j.decode() for j in await pool.zrange(queue_name(prefix), 0, -1)}
            mine = {j.rsplit(":", 1)[1] for j in jobs} & {lost, queued, done}
            assert mine == {lost, queued}
            assert await rt.queue.live("sync.mailbox", [lost, queued, done]) == {lost, queued}
        finally:
            await pool.aclose()

    async def test_the_in_process_queue_knows_its_live_jobs(self, rt):
        q = InProcessQueue(rt)
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, delay=0.05)
        await q.enqueue("sync.mailbox", box)
        assert await q.live("sync.mailbox", [box, "other"]) == {box}
        await q.drain()
        assert await q.live("sync.mailbox", [box]) == set()
