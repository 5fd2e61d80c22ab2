"""Faults injected into a running deployment (real `unspoken serve` and `unspoken worker`
processes on loopback): a worker SIGKILLed at random points, Redis restarted empty, PostgreSQL
crashed and restarted, all during a sync. Each asserts nothing lost, nothing doubled, no stuck
job, and `/healthz` answering within 1 s throughout."""

from __future__ import annotations

import asyncio
import os
import random
import secrets

import pytest
from sqlalchemy import text

from tests.security.figures import FIGURES
from tests.security.processes import (
    WORKER_READY,
    HealthProbe,
    ThrowawayPostgres,
    ThrowawayRedis,
    env_for,
    start_api,
    start_worker,
)
from tests.service_support import (
    PG_HOST,
    PG_PORT,
    REDIS_URL,
    _pg_admin,
    add_fake_mailbox,
    make_user,
)
from tests.worker.helpers import full_rescan, stored
from tests.worker.test_kill import _state, _wait, set_delay
from unspoken.runtime import Runtime
from unspoken.store.migrate import upgrade_async
from unspoken.worker.queue import ArqQueue, arq_pool, queue_name

pytestmark = pytest.mark.slow
SEED = int(os.environ.get("UNSPOKEN_FAULT_SEED", "20261205"))
MESSAGES = 900
KILLS = 3


@pytest.fixture(autouse=True)
def _postgres_only(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("workers run with PostgreSQL (SQLite is the single-process default)")


@pytest.fixture
async def iso(settings):
    """A database and key prefix of this test's own: the workers' sweep sees only its
    mailboxes, not what earlier tests left syncing."""
    name = f"unspoken_fault_{secrets.token_hex(4)}"
    await _pg_admin(f'CREATE DATABASE "{name}"')
    url = f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    await upgrade_async(url)
    mine = settings.model_copy(update={"database_url": url, "job_lease_seconds": 2,
                                       "redis_prefix": f"{settings.redis_prefix}{name}:"})
    rt = await Runtime.start(mine)
    yield rt, mine
    await rt.close()
    await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _enqueue(redis_url: str, prefix: str, mailbox_id: str) -> None:
    pool = arq_pool(redis_url, prefix)
    try:
        await ArqQueue(pool, prefix).enqueue("sync.mailbox", mailbox_id)
    finally:
        await pool.aclose()


async def _nothing_stuck(redis_url: str, prefix: str) -> None:
    """No sync left queued, marked in progress, or leased under this prefix."""
    pool = arq_pool(redis_url, prefix)
    try:
        queued = [j for j in await pool.zrange(queue_name(prefix), 0, -1)
                  if b"sync.mailbox" in j]  # periodic jobs wait for their next second
        assert queued == []
        marks = [k async for k in pool.scan_iter(match=f"arq:in-progress:{prefix}sync.*")]
        leases = [k async for k in pool.scan_iter(match=f"{prefix}lease:*")]
        assert marks == [] and leases == []
    finally:
        await pool.aclose()


async def _complete(rt: Runtime, box: str, user_id: str, timeout: float = 120) -> None:
    """The sync finished with every item exactly once, scored as a full rescan would."""
    mb, m, d, c = await _wait(rt, box, lambda mb, *_: mb.status == "ok" and mb.cursor
                              and mb.cursor["position"] == MESSAGES, timeout=timeout)
    assert m + c == MESSAGES and d == m, (m, d, c)
    assert await stored(rt, user_id) == await full_rescan(rt, user_id)
    FIGURES.rows(m + c)


async def _stop_when_settled(rt: Runtime, box: str, user_id: str) -> None:
    await set_delay(rt, box, 0)
    await _complete(rt, box, user_id)


async def _still_serving(rt: Runtime, worker, redis_url: str, prefix: str) -> None:
    """The same worker process survived the outage and still takes new jobs."""
    user = await make_user(rt)
    box = await add_fake_mailbox(rt, user, messages=100)
    await _enqueue(redis_url, prefix, box)
    await _wait(rt, box, lambda mb, *_: mb.status == "ok", timeout=60)
    assert worker.p.poll() is None, "the worker process died in the outage"


class TestWorkerKilled:
    async def test_sigkill_at_random_points_loses_and_doubles_nothing(self, iso, tmp_path):
        """The worker running the sync is SIGKILLed at three random points; a standby worker,
        started beforehand, takes the job over once the dead one's lease lapses. Each run that
        takes over pages slowly (so the next standby is up before the next kill, however busy
        the machine), the last one at full speed; the pace changes only after each kill."""
        rt, settings = iso
        env = env_for(settings)
        rng = random.Random(SEED)
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=MESSAGES, delay=0.3)
        api, base = start_api(env, tmp_path / "api.log")
        running = start_worker(env, tmp_path / "worker0.log")
        standby = start_worker(env, tmp_path / "worker1.log")
        try:
            with HealthProbe(base) as probe:
                await asyncio.to_thread(running.wait_for, WORKER_READY)
                await _enqueue(REDIS_URL, settings.redis_prefix, box)
                await asyncio.to_thread(standby.wait_for, WORKER_READY)
                for kill in range(KILLS):
                    mb, *_ = await _state(rt, box)
                    at = min((mb.cursor or {}).get("position", 0) + rng.randrange(1, 60),
                             MESSAGES - 100)
                    await _wait(rt, box, lambda mb, *_, at=at: mb.cursor
                                and mb.cursor["position"] >= at)
                    await asyncio.sleep(rng.uniform(0, 0.5))  # mid-page, -commit or -rescore
                    last = kill == KILLS - 1
                    running.kill()
                    FIGURES.fault("worker SIGKILL")
                    # Read before the run taking over can start (once the dead lease lapses):
                    # on a loaded machine a full-speed takeover could finish before a later read.
                    mb, m, d, c = await _state(rt, box)
                    assert mb.cursor["position"] < MESSAGES, "the sync ended before the kill"
                    assert m + c == mb.cursor["position"] and d == m  # whole pages only
                    # Paced for the run taking over, and only after the kill: sped up before
                    # it, the killed run could finish first.
                    await set_delay(rt, box, 0 if last else 5.0)
                    running = standby
                    if not last:
                        standby = start_worker(env, tmp_path / f"worker{kill + 2}.log")
                        await asyncio.to_thread(standby.wait_for, WORKER_READY)
                await _complete(rt, box, user.id)
        finally:
            for w in (running, standby):
                w.stop()
            api.stop()
        probe.check()
        await _nothing_stuck(REDIS_URL, settings.redis_prefix)


class TestRedisRestart:
    async def test_redis_restarted_empty_mid_sync(self, iso, tmp_path):
        rt, settings = iso
        redis = ThrowawayRedis(tmp_path / "redis")
        redis.start()
        env = env_for(settings, UNSPOKEN_REDIS_URL=redis.url)
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=MESSAGES, delay=0.2)
        api, base = start_api(env, tmp_path / "api.log")
        worker = start_worker(env, tmp_path / "worker.log")
        try:
            with HealthProbe(base) as probe:
                await _enqueue(redis.url, settings.redis_prefix, box)
                await _wait(rt, box, lambda mb, *_: mb.cursor and mb.cursor["position"] >= 200)
                redis.restart(down_for=2)  # the queue, the job and its lease are gone
                FIGURES.fault("Redis restart (empty)")
                await _stop_when_settled(rt, box, user.id)
                await _still_serving(rt, worker, redis.url, settings.redis_prefix)
        finally:
            worker.stop()
            api.stop()
            redis.kill()
        probe.check()


class TestPostgresRestart:
    async def test_postgres_crashed_and_restarted_mid_sync(self, settings, tmp_path):
        pg = ThrowawayPostgres()
        pg.init()
        try:
            settings = settings.model_copy(update={
                "database_url": pg.url, "job_lease_seconds": 2,
                "redis_prefix": settings.redis_prefix + "pg:"})
            await upgrade_async(pg.url)
            rt = await Runtime.start(settings)
            try:
                await self._run(rt, settings, pg, tmp_path)
            finally:
                await rt.close()
        finally:
            pg.destroy()

    async def _run(self, rt, settings, pg, tmp_path) -> None:
        env = env_for(settings)
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=MESSAGES, delay=0.2)
        api, base = start_api(env, tmp_path / "api.log")
        worker = start_worker(env, tmp_path / "worker.log")
        try:
            with HealthProbe(base) as probe:
                await _enqueue(REDIS_URL, settings.redis_prefix, box)
                await _wait(rt, box, lambda mb, *_: mb.cursor and mb.cursor["position"] >= 200)
                await rt.engine.dispose()
                pg.restart(down_for=2)
                FIGURES.fault("PostgreSQL crash + restart")
                async with rt.engine.connect() as c:
                    await c.execute(text("SELECT 1"))
                await _stop_when_settled(rt, box, user.id)
                await _still_serving(rt, worker, REDIS_URL, settings.redis_prefix)
        finally:
            worker.stop()
            api.stop()
        probe.check()
        await _nothing_stuck(REDIS_URL, settings.redis_prefix)
