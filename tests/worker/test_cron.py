"""The periodic jobs: one table for arq's cron and the embedded scheduler, and the embedded
default (`unspoken serve` without Redis) really polls: mail that arrives at the fake Google
after the first sync is fetched with nothing but the serve process running."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.providers.google.conftest import NOW, connect_mailbox, fill
from tests.providers.google.fake_google import FakeGoogle
from tests.worker.test_kill import worker_env
from unspoken.store.models import Mailbox
from unspoken.store.repositories import records as records_repo
from unspoken.worker.cron import PERIODIC, EmbeddedCron, _passed, arq_cron_jobs
from unspoken.worker.main import worker

pytestmark = pytest.mark.slow


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    fake = FakeGoogle().start()
    yield fake
    fake.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TestTable:
    def test_the_worker_runs_every_periodic_job_on_arq_cron(self, settings):
        names = [c.name for c in worker(settings, burst=True).cron_jobs]
        assert names == [p.name for p in PERIODIC] == \
            ["assess.daily", "sync.poll", "digest.due", "alerts.sweep", "jobs.sweep",
             "queue.age"]
        daily = arq_cron_jobs()[0]
        assert (daily.hour, daily.minute) == ({0}, {15})

    def test_a_daily_job_runs_when_its_time_of_day_passes(self):
        at = datetime(2026, 11, 2, 0, 15, tzinfo=UTC)
        assert _passed((0, 15), at - timedelta(seconds=30), at + timedelta(seconds=30))
        assert not _passed((0, 15), at + timedelta(seconds=1), at + timedelta(minutes=1))
        assert _passed((0, 15), at - timedelta(days=2), at - timedelta(hours=1))  # a long stall

    async def test_one_failing_job_does_not_stop_the_others(self, rt):
        ran: list[str] = []

        async def boom(ctx):
            raise RuntimeError("boom")

        async def ok(ctx):
            ran.append("ok")

        from unspoken.worker.cron import Periodic

        cron = EmbeddedCron(rt, tick=0.01, jobs=(Periodic("a", boom), Periodic("b", ok)))
        cron.start()
        await asyncio.sleep(0.2)
        await cron.stop()
        assert len(ran) >= 2


class TestEmbeddedPoll:
    async def test_serve_without_redis_fetches_mail_that_arrives_after_the_first_sync(
            self, rt, settings, fake_google, tmp_path: Path):
        if not settings.database_url.startswith("postgresql"):
            pytest.skip("the serve process shares the test's PostgreSQL database")
        box_id, email = await connect_mailbox(rt, fake_google)
        first = fill(fake_google, email, customers=12, internal=2, newsletters=2)
        env = worker_env(settings)
        env.update({f"UNSPOKEN_{k.upper()}": v for k, v in fake_google.endpoints().items()})
        env.update({"UNSPOKEN_REDIS_URL": "", "UNSPOKEN_EMBEDDED_CRON_SECONDS": "0.3",
                    "UNSPOKEN_SYNC_POLL_MINUTES": "0.01", "OAUTHLIB_INSECURE_TRANSPORT": "1",
                    "UNSPOKEN_LOG_LEVEL": "WARNING"})
        log = tmp_path / "serve.log"
        proc = subprocess.Popen([sys.executable, "-m", "unspoken.cli", "serve", "--port",
                                 str(_free_port())], env=env, stdout=log.open("ab"),
                                stderr=subprocess.STDOUT, start_new_session=True)

        async def stored() -> tuple[int, datetime | None]:
            async with rt.sessions() as s:
                n = await records_repo.message_count(s, box_id)
                mb = await s.get(Mailbox, box_id, populate_existing=True)
                return int(n or 0), mb.last_synced_at if mb else None

        async def wait_for(count: int) -> None:
            end = time.monotonic() + 60
            while (await stored())[0] < count:
                assert proc.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < end, (await stored(), log.read_text()[-3000:])
                await asyncio.sleep(0.2)

        try:
            await wait_for(12)  # the first sync: nobody enqueued it but the poll
            assert first >= 12
            fake_google.add_message(email, sender="Dana Reyes <dana0@acme-logistics.com>",
                                    to=email, subject="Renewal", body="Hi Sam, quick one",
                                    when=NOW + timedelta(minutes=5))
            await wait_for(13)  # no push, no Redis, no worker: the periodic poll found it
        finally:
            proc.terminate()
            proc.wait(20)
