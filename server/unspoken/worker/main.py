"""`unspoken worker`: an arq worker running the tasks and the periodic jobs (worker.cron).

Roles: by default a worker runs both the tasks and the schedule. A deployment may run the
schedule in one process (`--no-jobs`, on its own queue so it never takes a task it cannot run)
and scale task workers (`--no-cron`) freely. Either way each cron run is a unique arq job, so
two schedulers would still not run it twice.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from arq import Retry
from arq.constants import retry_key_prefix
from arq.worker import Function, Worker, func

from unspoken.config import Settings
from unspoken.runtime import Runtime
from unspoken.store.db import is_unavailable
from unspoken.worker import heartbeat
from unspoken.worker.cron import arq_cron_jobs
from unspoken.worker.lease import LeasedWorker, leased
from unspoken.worker.queue import (
    ArqQueue,
    RetryLater,
    SliceEnded,
    arq_pool,
    queue_name,
    redis_settings,
    requeue_defer,
)
from unspoken.worker.tasks import TASKS, Task

log = logging.getLogger("unspoken.worker")
UNAVAILABLE_RETRY_SECONDS = 10
REQUEUE_SECONDS = 0.001  # "again at once", behind what is due now
# A worker whose slots are full starts nothing until its next poll, which reads the queue in
# priority order (worker.lease): a short poll keeps freed slots busy (one ZRANGEBYSCORE each).
POLL_SECONDS = 0.05


def _arq_task(name: str, fn: Task, *, test_mode: bool, prefix: str,
              lease_seconds: float) -> Function:
    @leased(prefix=prefix, seconds=lease_seconds)
    async def run(ctx: dict[str, Any], *args: str) -> Any:
        queue: ArqQueue = ctx["queue"]
        await queue.take_dirty(name, *args)  # this run reads everything asked for so far
        try:
            result = await fn(ctx, *args)
            # arq dropped any enqueue of this job id while it ran (a push mid-sync): the
            # flag says so. Go round once more here, then once more through the queue.
            if await queue.take_dirty(name, *args):
                result = await fn(ctx, *args)
                if await queue.take_dirty(name, *args):  # again, in its own band
                    raise Retry(defer=requeue_defer(name))
            return result
        except SliceEnded:
            # a slice is progress, not a failed try: arq's try count stays where it was
            await ctx["redis"].decr(retry_key_prefix + ctx["job_id"])
            raise Retry(defer=REQUEUE_SECONDS) from None
        except RetryLater as r:
            # never 0: arq keeps a job retried "now" at its old score, i.e. ahead of all
            # that was queued since (an urgent job in a 429 storm would never let go)
            raise Retry(defer=REQUEUE_SECONDS if test_mode else
                        max(r.defer, REQUEUE_SECONDS)) from None
        except Exception as exc:  # a store restarting is no reason to drop the job
            if not is_unavailable(exc):
                raise
            log.warning("task interrupted: database or Redis unavailable",
                        extra={"task": name, "error": type(exc).__name__})
            raise Retry(defer=1 if test_mode else UNAVAILABLE_RETRY_SECONDS) from None

    run.__qualname__ = name
    return func(run, name=name, max_tries=25)  # type: ignore[arg-type]


def worker(settings: Settings, *, burst: bool = False,
           tasks: dict[str, Task] | None = None, jobs: bool = True, cron_: bool = True) -> Worker:
    async def startup(ctx: dict[str, Any]) -> None:
        ctx["heartbeat"] = asyncio.create_task(heartbeat.beat(settings.worker_heartbeat_file))
        ctx["queue"] = ArqQueue(ctx["redis"], settings.redis_prefix)
        ctx["runtime"] = await Runtime.start(settings, queue=ctx["queue"])
        try:  # a queue must not have its keys evicted under memory pressure
            policy = (await ctx["redis"].config_get("maxmemory-policy")).get("maxmemory-policy")
            if policy not in (None, "noeviction"):
                log.warning("redis maxmemory-policy should be noeviction for the job queue",
                            extra={"error": str(policy)})
        except Exception:  # managed Redis may refuse CONFIG
            pass

    async def shutdown(ctx: dict[str, Any]) -> None:
        beat: asyncio.Task[None] | None = ctx.get("heartbeat")
        if beat is not None:
            beat.cancel()
            await asyncio.gather(beat, return_exceptions=True)
        rt: Runtime | None = ctx.get("runtime")
        if rt is not None:
            if rt.mailer is not None:
                await rt.mailer.close()
            await rt.kv.close()
            await rt.engine.dispose()

    if not (jobs or cron_):
        raise ValueError("a worker runs jobs, the schedule, or both")
    functions = [_arq_task(n, f, test_mode=settings.test_mode, prefix=settings.redis_prefix,
                           lease_seconds=settings.job_lease_seconds)
                 for n, f in (TASKS if tasks is None else tasks).items()] if jobs else []
    return LeasedWorker(
        lease_seconds=settings.job_lease_seconds, functions=functions,
        redis_settings=redis_settings(settings.redis_url),
        redis_pool=arq_pool(settings.redis_url, settings.redis_prefix),
        queue_name=queue_name(settings.redis_prefix) if jobs else
        scheduler_queue_name(settings.redis_prefix), on_startup=startup,
        on_shutdown=shutdown, keep_result=0, job_timeout=settings.job_timeout_seconds,
        max_jobs=settings.worker_max_jobs, burst=burst,
        poll_delay=POLL_SECONDS,
        cron_jobs=arq_cron_jobs(every=settings.periodic_seconds) if cron_ else [],
        handle_signals=True)


def scheduler_queue_name(prefix: str) -> str:
    """A schedule-only process takes its own cron runs from here, never the tasks' queue."""
    return f"{prefix}arq:schedule"


def run(settings: Settings, *, burst: bool = False, jobs: bool = True,
        cron_: bool = True) -> None:
    async def main() -> None:
        w = worker(settings, burst=burst, jobs=jobs, cron_=cron_)
        try:
            await w.async_run()
        except asyncio.CancelledError:  # SIGTERM/SIGINT: arq has already shut down cleanly
            pass
        finally:
            await w.close()

    asyncio.run(main())
