"""Job leases against real `unspoken worker` processes: a SIGKILLed worker's job is taken over
by another worker within a lease (not arq's job timeout), and a long job's heartbeat keeps a
second, live worker from taking it."""

from __future__ import annotations

import os
import signal

import pytest

from tests.service_support import REDIS_URL, add_fake_mailbox, make_user
from tests.worker.helpers import full_rescan, stored
from tests.worker.test_kill import _state, _wait, set_delay, start_worker
from unspoken.worker.lease import lease_key
from unspoken.worker.queue import ArqQueue, arq_pool, job_id

pytestmark = pytest.mark.slow


@pytest.fixture
async def pool(redis_prefix: str):
    p = arq_pool(REDIS_URL, redis_prefix)
    yield p
    await p.aclose()


def _stop(proc, sig=signal.SIGTERM) -> None:
    os.killpg(proc.pid, sig)
    proc.wait(20)


class TestLease:
    async def test_a_killed_workers_job_is_taken_over_within_a_lease(self, rt, settings, pool,
                                                                      tmp_path):
        settings.job_lease_seconds = 3  # job_timeout stays 900 s: arq alone would wait 910 s
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=600, delay=0.25)
        await ArqQueue(pool, settings.redis_prefix).enqueue("sync.mailbox", box)
        log = tmp_path / "worker.log"
        first = start_worker(settings, log)
        try:
            await _wait(rt, box, lambda mb, *_: mb.cursor and mb.cursor["position"] >= 150)
            jid = job_id(settings.redis_prefix, "sync.mailbox", (box,))
            assert await pool.get(lease_key(settings.redis_prefix, jid))  # held while running
            assert 0 < await pool.pttl(f"arq:in-progress:{jid}") <= 3000  # one lease, not 910 s
        finally:
            _stop(first, signal.SIGKILL)
        mb, m, d, c = await _state(rt, box)
        assert mb.cursor["position"] < 600 and m + c == mb.cursor["position"] and d == m
        await set_delay(rt, box, 0)
        second = start_worker(settings, log)
        try:  # nothing deleted by hand: the dead worker's mark lapses by itself
            mb, m, d, c = await _wait(rt, box, lambda mb, *_: mb.status == "ok"
                                      and mb.cursor["position"] == 600, timeout=90)
        finally:
            _stop(second)
        assert (m, d, c) == (540, 540, 60)
        assert await stored(rt, user.id) == await full_rescan(rt, user.id)
        assert any("try=2" in line and box in line  # the second worker ran it as the next try
                   for line in log.read_text().splitlines())

    async def test_a_long_job_keeps_its_lease_against_a_live_worker(self, rt, settings, pool,
                                                                    tmp_path):
        settings.job_lease_seconds = 1  # the job below runs ~6 leases
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=600, delay=0.5)
        logs = [tmp_path / "a.log", tmp_path / "b.log"]
        # No schedule: in the full suite a worker's poll and sweep queue syncs of the other
        # tests' mailboxes (and of this one, once synced) — starts this test does not count.
        workers = [start_worker(settings, log, "--no-cron") for log in logs]
        try:
            await ArqQueue(pool, settings.redis_prefix).enqueue("sync.mailbox", box)
            mb, m, d, c = await _wait(rt, box, lambda mb, *_: mb.status == "ok"
                                      and mb.cursor and mb.cursor["position"] == 600,
                                      timeout=90)
        finally:
            for w in workers:
                _stop(w)
        mine = [line for log in logs for line in log.read_text().splitlines() if box in line]
        assert sum("sync.mailbox(" in line for line in mine) == 1  # started once, by one
        assert not any("try=2" in line or "superseded" in line for line in mine)
        assert (m, d, c) == (540, 540, 60)
