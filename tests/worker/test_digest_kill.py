"""SIGKILL a real `unspoken worker` in the middle of a digest run, while the SMTP server holds
some messages before its 250: after a restart every user has exactly one digest, none twice."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from arq.connections import create_pool
from sqlalchemy import select

from tests.notify.support import SmtpSink
from tests.service_support import REDIS_URL, make_user
from tests.worker.test_kill import worker_env
from unspoken.store.db import transaction
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, DigestRecord
from unspoken.store.repositories import notifications as repo
from unspoken.worker.queue import ArqQueue, redis_settings

pytestmark = pytest.mark.slow
USERS, HOLD_FROM = 16, 6


async def _user_with_an_account_at_risk(rt, n: int) -> tuple[str, str]:
    user = await make_user(rt, local=f"kill{n}")
    now = datetime.now(UTC)
    async with transaction(rt.sessions) as s:
        s.add(AccountAssessmentRow(
            user_id=user.id, account=f"customer{n}.test", risk="at_risk", score=80,
            signals=[{"kind": "polite_procrastination", "severity": 0.8, "evidence": [],
                      "summary": "3 meetings moved a week or more"}],
            contact_count=1, computed_at=now))
        s.add(ContactAssessmentRow(user_id=user.id, email=f"dana@customer{n}.test",
                                   account=f"customer{n}.test", name="Dana Reyes",
                                   risk="at_risk", score=80, signals=[], computed_at=now))
        p = await repo.ensure_prefs(s, user_id=user.id, next_digest_at=now)
        p.next_digest_at, p.alert_email = now - timedelta(minutes=1), False
    return user.id, user.email


def _start(settings, sink: SmtpSink, log: Path) -> subprocess.Popen[bytes]:
    env = worker_env(settings)
    env.update({"UNSPOKEN_SMTP_URL": sink.url, "UNSPOKEN_SMTP_FROM": "Unspoken <d@kill.test>",
                "UNSPOKEN_PUBLIC_URL": "http://console.test"})
    return subprocess.Popen([sys.executable, "-m", "unspoken.cli", "worker"], env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT,
                            start_new_session=True)


async def _records(rt, user_ids) -> dict[str, DigestRecord]:
    async with rt.sessions() as s:
        rows = (await s.execute(select(DigestRecord).where(
            DigestRecord.user_id.in_(user_ids)))).scalars().all()
        return {r.user_id: r for r in rows}


class TestKillDuringDigestRun:
    async def test_sigkill_mid_send_then_restart_gives_each_user_exactly_one_digest(
            self, rt, settings, tmp_path):
        if not settings.database_url.startswith("postgresql"):
            pytest.skip("a worker process needs the shared PostgreSQL database")
        sink = SmtpSink(tmp_path / "smtp", "--hold-from", str(HOLD_FROM))
        users = dict([await _user_with_an_account_at_risk(rt, n) for n in range(USERS)])
        pool = await create_pool(redis_settings(REDIS_URL))
        queue = ArqQueue(pool, settings.redis_prefix)
        log = tmp_path / "worker.log"
        await queue.enqueue("digest.due")  # what the cron does every minute
        proc = _start(settings, sink, log)
        try:
            end = time.monotonic() + 90
            while not sink.holding:
                assert time.monotonic() < end, log.read_text()[-2000:]
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.0)  # senders past their 250 commit; the rest wait on DATA
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        sink.release()  # the held messages get a 451 on connections that are gone
        try:
            before = [m for m in sink.messages() if m["To"].addresses[0].addr_spec in
                      users.values()]
            recs = await _records(rt, users)
            sent = {u for u, r in recs.items() if r.status == "sent"}
            assert HOLD_FROM - 1 <= len(before) < USERS, "killed too late to matter"
            assert len(sent) == len(before)  # accepted ⇔ recorded sent, after a SIGKILL
            # arq re-runs the killed jobs once their lease lapses; skip the wait.
            for key in await pool.keys(f"arq:in-progress:{settings.redis_prefix}*"):
                await pool.delete(key)
            proc = _start(settings, sink, log)
            try:
                await queue.enqueue("digest.due")  # the next cron tick
                end = time.monotonic() + 120
                while True:
                    recs = await _records(rt, users)
                    if len(recs) == USERS and all(r.status == "sent" for r in recs.values()):
                        break
                    assert time.monotonic() < end, \
                        ({u: r.status for u, r in recs.items()}, log.read_text()[-2000:])
                    await asyncio.sleep(0.1)
            finally:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(20)
            got = [m for m in sink.messages() if m["To"].addresses[0].addr_spec in
                   users.values()]
            assert Counter(m["To"].addresses[0].addr_spec for m in got) == \
                Counter(users.values())  # no skip, no duplicate
            assert sorted(m["Message-ID"] for m in got) == sorted(
                f"<digest.{recs[u].period}.{u}@kill.test>" for u in users)
            retried = {u for u, r in recs.items() if r.attempts > 1}
            assert retried and not retried & sent  # the held ones were claimed twice
        finally:
            sink.stop()
            await pool.aclose()
