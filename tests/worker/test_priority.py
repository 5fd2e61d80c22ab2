"""The queue's bands in the real arq worker on real Redis: a push's sync runs before every
first sync, backfill slice and weekly replay, however long those have waited; a sync asked for
again while it ran goes back into its band; and `queue.age` moves the lower bands' oldest
jobs up, a bounded number at a time, so nothing starves; and jobs of one band queued in the
same instant run in the order queued. Asserts the order of the runs (one job slot) and the
queue's scores, never time."""

from __future__ import annotations

import asyncio
import secrets
import time
from datetime import UTC, datetime
from typing import Any

import pytest

import unspoken.worker.queue as queue_module
from tests.service_support import REDIS_URL
from unspoken.config import Settings
from unspoken.worker.main import worker
from unspoken.worker.queue import (
    AGE_SECONDS,
    BAND_MS,
    FIRST,
    INCREMENTAL,
    ORDINARY,
    ArqQueue,
    arq_pool,
    band_of,
    job_id,
    promote_aged,
    queue_name,
)
from unspoken.worker.tasks import age_queue

pytestmark = pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")


@pytest.fixture
async def queue(settings: Settings):
    settings.redis_prefix += f"prio{secrets.token_hex(3)}:"  # a queue of this test's own
    pool = arq_pool(REDIS_URL, settings.redis_prefix)
    yield ArqQueue(pool, settings.redis_prefix)
    await pool.aclose()


async def _age(q: ArqQueue, task: str, arg: str, seconds: float) -> None:
    """Make a queued job look as if it had been queued `seconds` earlier."""
    jid = job_id(q.prefix, task, (arg,))
    score = await q.pool.zscore(queue_name(q.prefix), jid)
    await q.pool.zadd(queue_name(q.prefix), {jid: score - seconds * 1000})


async def _scores(q: ArqQueue) -> dict[str, float]:
    return {j.decode().removeprefix(q.prefix): s for j, s in
            await q.pool.zrange(queue_name(q.prefix), 0, -1, withscores=True)}


async def _run(settings: Settings, runs: list[str], **extra: Any) -> None:
    """The real worker, one job slot, until the queue is empty; each run is recorded."""

    def recorder(name: str) -> Any:
        async def run(ctx: dict[str, Any], arg: str) -> str:
            runs.append(f"{name}:{arg}")
            return "ok"
        return run

    tasks = {n: recorder(n) for n in ("sync.mailbox", "scores.weekly", "assess.user")}
    settings.worker_max_jobs = 1
    w = worker(settings, burst=True, tasks={**tasks, **extra})
    w.cron_jobs = []
    try:
        await asyncio.wait_for(w.main(), 60)  # a hang fails, never blocks
    finally:
        await w.close()


class TestBands:
    async def test_a_push_runs_before_first_syncs_weekly_replays_and_other_work_of_any_age(
            self, settings: Settings, queue: ArqQueue) -> None:
        # the 10,000-mailbox run's steady state: weekly replays due long ago, first syncs
        # queued before the push, other ordinary work; the push came last
        await queue.enqueue("scores.weekly", "u1", defer=3)
        await queue.enqueue("scores.weekly", "u2", defer=3)
        await queue.enqueue("sync.mailbox", "new1", first=True)
        await queue.enqueue("sync.mailbox", "new2", first=True)
        await queue.enqueue("assess.user", "u3")
        for arg in ("u1", "u2"):
            await _age(queue, "scores.weekly", arg, 3600)  # an hour overdue
        await _age(queue, "assess.user", "u3", 1800)
        await queue.enqueue("sync.mailbox", "pushed")
        now = time.time() * 1000
        bands = {k: band_of(s, now) for k, s in (await _scores(queue)).items()}
        assert bands == {"sync.mailbox:pushed": INCREMENTAL, "sync.mailbox:new1": FIRST,
                         "sync.mailbox:new2": FIRST, "scores.weekly:u1": ORDINARY,
                         "scores.weekly:u2": ORDINARY, "assess.user:u3": ORDINARY}
        runs: list[str] = []
        await _run(settings, runs)
        # within a band in the order queued (or due); the bands strictly in order
        assert runs == ["sync.mailbox:pushed", "sync.mailbox:new1", "sync.mailbox:new2",
                        "scores.weekly:u1", "scores.weekly:u2", "assess.user:u3"]

    async def test_a_sync_asked_for_again_while_it_ran_stays_in_its_band(
            self, settings: Settings, queue: ArqQueue) -> None:
        await queue.enqueue("assess.user", "old")
        await _age(queue, "assess.user", "old", 3600)
        await queue.enqueue("sync.mailbox", "busy")
        runs: list[str] = []

        async def sync(ctx: dict[str, Any], arg: str) -> str:
            runs.append(f"sync.mailbox:{arg}")
            if len(runs) <= 2:  # a push arrives during each of the first two runs
                await queue.enqueue("sync.mailbox", arg)
            return "ok"

        await _run(settings, runs, **{"sync.mailbox": sync})
        # two runs in place, then back in the queue: still ahead of the hour-old job
        assert runs == ["sync.mailbox:busy"] * 3 + ["assess.user:old"]


class TestOrderWithinABand:
    async def test_jobs_queued_in_the_same_instant_run_in_the_order_queued(
            self, settings: Settings, queue: ArqQueue, monkeypatch: pytest.MonkeyPatch) -> None:
        # a burst queued within one millisecond (a poll's due mailboxes), with the clock
        # standing still to make it so; the ids sort the other way round than the queueing,
        # which is how Redis orders jobs of equal score
        frozen = datetime.now(UTC)

        class Frozen(datetime):
            @classmethod
            def now(cls, tz: Any = None) -> Any:
                return frozen

        monkeypatch.setattr(queue_module, "datetime", Frozen)
        ids = ["e", "d", "c", "b", "a"]
        for i in ids:
            await queue.enqueue("sync.mailbox", f"push-{i}")
        for i in ids:
            await queue.enqueue("sync.mailbox", f"new-{i}", first=True)
        for i in ids:
            await queue.enqueue("assess.user", f"u-{i}")
        queued = ([f"sync.mailbox:push-{i}" for i in ids] + [f"sync.mailbox:new-{i}" for i in ids]
                  + [f"assess.user:u-{i}" for i in ids])
        assert list(await _scores(queue)) == queued
        runs: list[str] = []
        await _run(settings, runs)
        assert runs == queued


class TestAging:
    async def test_the_oldest_waiting_jobs_move_up_a_bounded_number_at_a_time(
            self, settings: Settings, queue: ArqQueue) -> None:
        await queue.enqueue("sync.mailbox", "early")  # a push queued before everything
        for k in range(4):
            await queue.enqueue("scores.weekly", f"w{k}")
        await queue.enqueue("sync.mailbox", "new", first=True)
        await queue.enqueue("scores.weekly", "later", defer=3600)  # not due yet
        await queue.enqueue("assess.user", "fresh")  # due, but not waiting long
        for k, minutes in enumerate((10, 30, 20, 6)):
            await _age(queue, "scores.weekly", f"w{k}", minutes * 60)
        await _age(queue, "sync.mailbox", "new", 15 * 60)
        await _age(queue, "sync.mailbox", "early", 40 * 60)
        await queue.enqueue("sync.mailbox", "pushed")  # a push queued now
        # a running job keeps its score: arq rescores its retry from the one it started with
        await queue.pool.set(f"arq:in-progress:{job_id(queue.prefix, 'scores.weekly', ('w1',))}",
                             b"1", px=60_000)
        now = time.time() * 1000
        assert await promote_aged(queue, limit=2, now_ms=now) == 2
        moved = {k for k, s in (await _scores(queue)).items() if band_of(s, now) == INCREMENTAL}
        # the two that waited longest and are not running: w2 (20 min), then the first sync
        # (15 min); w1 (30 min) runs already, w0 and w3 wait for the next round
        assert moved == {"sync.mailbox:early", "sync.mailbox:pushed", "scores.weekly:w2",
                         "sync.mailbox:new"}
        order = list(await _scores(queue))
        # each where it would have been had it been a push when it was due: after the push
        # queued 40 minutes ago, before the one queued now
        assert order[:4] == ["sync.mailbox:early", "scores.weekly:w2", "sync.mailbox:new",
                             "sync.mailbox:pushed"]
        assert await promote_aged(queue, limit=5, now_ms=now) == 2  # w0, w3 (6 min)
        assert await promote_aged(queue, limit=5, now_ms=now) == 0
        s = await _scores(queue)
        assert band_of(s["scores.weekly:later"], now) == ORDINARY  # deferred, not waiting
        assert band_of(s["assess.user:fresh"], now) == ORDINARY  # under AGE_SECONDS
        assert band_of(s["scores.weekly:w1"], now) == ORDINARY  # running
        # later on, what still waits moves up too: nothing is left behind for good
        later = now + (AGE_SECONDS + 3600) * 1000
        assert await promote_aged(queue, limit=5, now_ms=later) == 2  # not w1: running
        assert {band_of(v, later) for k, v in (await _scores(queue)).items()
                if k != "scores.weekly:w1"} == {INCREMENTAL}

    async def test_the_cron_job_moves_at_most_the_setting_a_run(
            self, rt: Any, settings: Settings, queue: ArqQueue) -> None:
        rt.queue = queue
        settings.queue_aged_per_minute = 3
        for k in range(5):
            await queue.enqueue("scores.weekly", f"w{k}")
            await _age(queue, "scores.weekly", f"w{k}", AGE_SECONDS + 60)
        assert await age_queue({"runtime": rt}) == "ok moved=3"
        assert await age_queue({"runtime": rt}) == "ok moved=2"
        now = time.time() * 1000
        assert all(s < now - 1.5 * BAND_MS for s in (await _scores(queue)).values())
