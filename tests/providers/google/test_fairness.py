"""Fairness in the real arq worker: a mailbox in a 429 storm and one with a huge backfill do
not delay the other mailboxes' incremental syncs. Urgent syncs are queued ahead of ordinary
work (worker.queue), a backfill gives its worker back after each slice and goes on behind them
(worker.tasks), and a rate-limited sync is requeued behind them instead of holding a worker.
Asserts the order in which the runs happened (one job slot makes it deterministic), never time.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from tests.providers.google.conftest import NOW, connect_mailbox, fill
from tests.providers.google.fake_google import FakeGoogle
from tests.service_support import REDIS_URL, run_task
from unspoken.config import Settings
from unspoken.runtime import Runtime
from unspoken.store.db import transaction
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.worker.main import worker
from unspoken.worker.queue import ArqQueue, RetryLater, arq_pool, queue_name
from unspoken.worker.tasks import TASKS

pytestmark = pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")


async def _run_worker(settings: Settings, runs: list[tuple[str, str]]) -> None:
    """A burst worker (the real one, one job slot) until the queue is empty; each
    sync.mailbox run is recorded as (mailbox id, outcome)."""

    async def sync(ctx: dict[str, Any], mailbox_id: str) -> str:
        try:
            result: str = await TASKS["sync.mailbox"](ctx, mailbox_id)
        except RetryLater as exc:
            runs.append((mailbox_id, type(exc).__name__))
            raise
        runs.append((mailbox_id, result))
        return result

    async def assess(ctx: dict[str, Any], user_id: str) -> str:
        runs.append(("assess.user", user_id))
        result: str = await TASKS["assess.user"](ctx, user_id)
        return result

    w = worker(settings, burst=True, tasks={**TASKS, "sync.mailbox": sync,
                                            "assess.user": assess})
    w.cron_jobs = []
    try:
        await asyncio.wait_for(w.main(), 120)  # a hang fails, never blocks
    finally:
        await w.close()


async def _user(rt: Runtime, mailbox_id: str) -> str:
    async with rt.sessions() as s:
        mb = await mailboxes_repo.get(s, mailbox_id)
        assert mb is not None
        return mb.user_id


async def _stage(rt: Runtime, mailbox_id: str) -> tuple[str, str]:
    async with transaction(rt.sessions) as s:
        mb = await mailboxes_repo.get(s, mailbox_id)
        assert mb is not None
        return mb.status, mb.stage


class TestFairness:
    async def test_a_storm_and_a_huge_backfill_do_not_delay_the_others(
            self, rt: Runtime, settings: Settings, fake_google: FakeGoogle) -> None:
        others = [await connect_mailbox(rt, fake_google) for _ in range(3)]
        for box, email in others:  # connected and caught up: they sync incrementally
            fill(fake_google, email, customers=6, internal=2, newsletters=2)
            assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        huge, huge_email = await connect_mailbox(rt, fake_google)
        fill(fake_google, huge_email, customers=150, internal=30, newsletters=20)
        storm, storm_email = await connect_mailbox(rt, fake_google)
        fill(fake_google, storm_email, customers=6, internal=2, newsletters=2)
        fake_google.box(storm_email).storm = True
        for _, email in others:  # new mail for each: what a push announces
            fake_google.add_message(email, sender="Dana <dana@acme-logistics.com>", to=email,
                                    subject="Renewal", body="Can we talk renewal?",
                                    when=NOW - timedelta(minutes=1))

        settings.worker_max_jobs = 1  # one slot: the order of the runs is the schedule
        settings.sync_page_size = 20  # the huge backfill is 10 pages...
        settings.sync_slice_seconds = 0.001  # ...and a slice ends after each page
        pool = arq_pool(REDIS_URL, settings.redis_prefix)
        await pool.delete(queue_name(settings.redis_prefix))
        queue = ArqQueue(pool, settings.redis_prefix)
        for box, _ in others:  # ordinary work queued before any of the syncs
            await queue.enqueue("assess.user", (await _user(rt, box)))
        await queue.enqueue("sync.mailbox", huge)  # the backfill and the storm come first
        await queue.enqueue("sync.mailbox", storm)
        for box, _ in others:
            await queue.enqueue("sync.mailbox", box)
        runs: list[tuple[str, str]] = []
        try:
            await _run_worker(settings, runs)
        finally:
            await pool.aclose()

        order = [box for box, _ in runs]
        last_other = max(order.index(box) for box, _ in others)
        # the syncs went first although the rescoring was queued before them (priority)
        assert order.index("assess.user") > last_other, runs
        for box, _ in others:  # each other mailbox: one incremental run, fully done
            assert [r[:2] for b, r in runs if b == box] == ["ok"], runs
        # before the last of them finished, the backfill ran one slice and the storm one try
        assert order[:last_other].count(huge) == 1 and order[:last_other].count(storm) == 1
        huge_runs = [r for b, r in runs if b == huge]
        assert huge_runs.count("SliceEnded") >= 9 and huge_runs[-1].startswith("ok"), huge_runs
        assert await _stage(rt, huge) == ("ok", "idle")  # it finished after all, in slices
        storm_runs = [r for b, r in runs if b == storm]
        assert len(storm_runs) > 1 and set(storm_runs) == {"RetryLater"}  # retried, never hot
        assert fake_google.rate_limited > 0
