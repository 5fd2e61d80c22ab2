"""The periodic jobs, in one table for both runners: arq's cron in `unspoken worker`, and
`EmbeddedCron` in the API process when there is no Redis (`unspoken serve`, `demo`), so the
embedded default polls mailboxes, rescores nightly and sends digests like a deployment does.

Each job only finds what is due and enqueues coalesced tasks, so running it twice (two workers,
a restart) costs a query and changes nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from arq import cron
from arq.cron import CronJob

from unspoken.worker import notify_tasks
from unspoken.worker.tasks import Task, age_queue, assess_daily, poll_due, sweep_stuck

if TYPE_CHECKING:
    from unspoken.runtime import Runtime

log = logging.getLogger("unspoken.worker")


@dataclass(frozen=True, slots=True)
class Periodic:
    name: str
    fn: Task
    second: int = 0  # every minute at this second, unless `daily` is set
    daily: tuple[int, int] | None = None  # (hour, minute) UTC, once a day


PERIODIC: tuple[Periodic, ...] = (
    Periodic("assess.daily", assess_daily, daily=(0, 15)),
    Periodic("sync.poll", poll_due, second=0),  # each mailbox is due per its own setting
    Periodic("digest.due", notify_tasks.digest_due, second=20),
    Periodic("alerts.sweep", notify_tasks.alerts_sweep, second=40),
    Periodic("jobs.sweep", sweep_stuck, second=50),  # restarts syncs whose job was lost
    Periodic("queue.age", age_queue, second=30),  # lower bands' oldest jobs move up
)


def arq_cron_jobs(jobs: Sequence[Periodic] = PERIODIC, *, every: int = 60) -> list[CronJob]:
    """arq cron jobs; the every-minute ones run every `every` seconds (a divisor of 60; tests
    shorten it)."""
    out = []
    for j in jobs:
        when: dict[str, Any] = {"hour": {j.daily[0]}, "minute": {j.daily[1]}} if j.daily \
            else {"second": set(range(j.second % every, 60, every))}
        out.append(cron(j.fn, name=j.name, run_at_startup=False, unique=True,  # type: ignore[arg-type]
                        **when))
    return out


def _passed(daily: tuple[int, int], since: datetime, now: datetime) -> bool:
    """Did the UTC time of day `daily` occur in (since, now]?"""
    at = now.replace(hour=daily[0], minute=daily[1], second=0, microsecond=0)
    return since < at <= now or (now - since).days >= 1


class EmbeddedCron:
    """Runs PERIODIC in this process: the every-minute jobs once per `tick` seconds (60 unless
    a test shortens it), the daily ones when their time of day passes."""

    def __init__(self, runtime: Runtime, *, tick: float, jobs: Sequence[Periodic] = PERIODIC,
                 ) -> None:
        self.runtime, self.tick, self.jobs = runtime, tick, tuple(jobs)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="embedded-cron")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def run_once(self, *, since: datetime, now: datetime) -> None:
        for j in self.jobs:
            if j.daily is None or _passed(j.daily, since, now):
                try:
                    await j.fn({"runtime": self.runtime})
                except Exception:
                    log.exception("periodic job failed", extra={"task": j.name})

    async def _loop(self) -> None:
        last = datetime.now(UTC)
        while True:
            await asyncio.sleep(self.tick)
            now = datetime.now(UTC)
            await self.run_once(since=last, now=now)
            last = now
