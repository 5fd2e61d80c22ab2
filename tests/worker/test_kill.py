"""Kill a real `unspoken worker` process mid-sync (SIGKILL) and rerun: nothing lost, nothing
doubled, assessments equal a full rescan."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.service_support import REDIS_URL, add_fake_mailbox, make_user
from tests.worker.helpers import full_rescan, stored
from unspoken.store.models import Mailbox, MeetingRow
from unspoken.store.repositories import records as records_repo
from unspoken.worker.queue import job_id

pytestmark = pytest.mark.slow


def worker_env(settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    env.update({
        "UNSPOKEN_DATABASE_URL": settings.database_url, "UNSPOKEN_REDIS_URL": settings.redis_url,
        "UNSPOKEN_REDIS_PREFIX": settings.redis_prefix,
        "UNSPOKEN_ENCRYPTION_KEYS": settings.encryption_keys, "UNSPOKEN_TEST_MODE": "true",
        "UNSPOKEN_AS_OF": settings.as_of.isoformat(), "UNSPOKEN_DATA_DIR": str(settings.data_dir),
        "UNSPOKEN_SYNC_PAGE_SIZE": str(settings.sync_page_size),
        "UNSPOKEN_JOB_LEASE_SECONDS": str(settings.job_lease_seconds)})
    return env


def start_worker(settings, log: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "unspoken.cli", "worker", *args],
                            env=worker_env(settings), stdout=log.open("ab"),
                            stderr=subprocess.STDOUT, start_new_session=True)


async def _state(rt, box_id):
    async with rt.sessions() as s:
        mb = await s.get(Mailbox, box_id)
        m = await records_repo.message_count(s, box_id)
        d = len(set(await records_repo.message_ids(s, box_id)))
        c = await s.scalar(select(func.count()).select_from(MeetingRow)
                           .where(MeetingRow.mailbox_id == box_id))
        return mb, m, d, c


async def _wait(rt, box_id, done, timeout: float = 60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        state = await _state(rt, box_id)
        if done(*state):
            return state
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out; state {state[0].cursor} {state[1:]}")


class TestKillWorker:
    async def test_sigkill_mid_sync_loses_and_duplicates_nothing(self, rt, settings, tmp_path):
        from unspoken.worker.queue import ArqQueue

        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=600, delay=0.25)

        from unspoken.worker.queue import arq_pool

        pool = arq_pool(REDIS_URL, settings.redis_prefix)
        await ArqQueue(pool, settings.redis_prefix).enqueue("sync.mailbox", box)
        log = tmp_path / "worker.log"
        proc = start_worker(settings, log)
        try:
            mb, m, d, c = await _wait(rt, box, lambda mb, *_: mb.cursor and
                                      mb.cursor["position"] >= 150)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        mb, m, d, c = await _state(rt, box)
        position = mb.cursor["position"]
        assert position < 600, "the worker finished before it was killed"
        assert m + c == position and d == m  # every committed page is whole, with its cursor
        # arq would re-run the job once its in-progress lease lapses; skip the wait.
        lease = job_id(settings.redis_prefix, "sync.mailbox", (box,))
        await pool.delete(f"arq:in-progress:{lease}")
        await set_delay(rt, box, 0)
        proc = start_worker(settings, log)
        try:
            mb, m, d, c = await _wait(rt, box, lambda mb, *_: mb.status == "ok"
                                      and mb.cursor["position"] == 600)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(20)
            await pool.aclose()
        assert (m, d, c) == (540, 540, 60)
        assert await stored(rt, user.id) == await full_rescan(rt, user.id)


async def set_delay(rt, box_id, delay):
    async with rt.sessions() as s:
        mb = await s.get(Mailbox, box_id)
        mb.source = {**mb.source, "delay": delay}
        await s.commit()


