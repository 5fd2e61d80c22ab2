"""Job leases: a dead worker's job is taken over within `job_lease_seconds`, not job_timeout.

arq marks a running job with `arq:in-progress:<job id>` for job_timeout + 10 s (15 minutes by
default) and keeps the job in its queue until it ends, so the job of a worker killed mid-run
(SIGKILL, OOM, a lost node) used to wait that long for another worker. `LeasedWorker` sets the
mark for one lease, and each running job renews it from its own heartbeat every third of a
lease: while the worker lives the mark never lapses; once it dies, the mark lapses within a
lease and the next worker that polls takes the job over (arq counts it as the next try).

Taking over is safe: tasks are idempotent, and a sync stores each page with its cursor in one
transaction under the mailbox's row lock, stopping ("superseded") when the cursor moved under
it, so a runner that was only stalled cannot double anything. Renewal is owner-checked (one
compare-and-expire script), so a stalled runner that wakes up never extends the lease of the
worker that took its job over.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from arq.constants import in_progress_key_prefix
from arq.worker import Worker
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger("unspoken.worker")
REDIS_RETRY_SECONDS = 1.0

# KEYS: lease, arq's in-progress mark; ARGV: owner, lease ms. Renew both if we still own it.
_RENEW = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
"""


class LeasedWorker(Worker):
    """An arq Worker whose in-progress marks last one lease (renewed by `held`), not the job
    timeout, and whose poll loop outlives a Redis outage (arq's would end the process)."""

    def __init__(self, *args: Any, lease_seconds: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.in_progress_timeout_s = lease_seconds

    async def _poll_iteration(self) -> None:
        try:
            await super()._poll_iteration()
        except (RedisError, OSError) as exc:  # running jobs go on; polling resumes
            log.warning("redis unavailable: the worker keeps polling",
                        extra={"error": type(exc).__name__})
            await asyncio.sleep(REDIS_RETRY_SECONDS)

    async def start_jobs(self, job_ids: list[bytes]) -> None:
        for jid in job_ids:
            if self.job_counter >= self.max_jobs:
                # every slot taken: arq would wait here for one and then start the next id of
                # this (stale) read, so an urgent job queued meanwhile would wait behind it;
                # the next poll reads the queue afresh, in priority order (worker.queue)
                return
            try:
                await super().start_jobs([jid])
            except (RedisError, OSError):
                # arq took a job slot before Redis failed and would never give it back
                self._release_sem_dec_counter_on_complete()
                raise


def lease_key(prefix: str, job_id: str) -> str:
    return f"{prefix}lease:{job_id}"


@contextlib.asynccontextmanager
async def held(redis: Redis, *, prefix: str, job_id: str,
               seconds: float) -> AsyncIterator[None]:
    """Hold the lease of `job_id` while the block runs: taken at once (with arq's mark cut to
    one lease), renewed every third of a lease, released at the end."""
    owner = secrets.token_hex(8)
    ms = str(max(1, int(seconds * 1000)))
    key, mark = lease_key(prefix, job_id), in_progress_key_prefix + job_id
    try:
        await redis.set(key, owner, px=int(ms))
        await redis.pexpire(mark, int(ms))
    except (RedisError, OSError) as exc:  # Redis away: run anyway (takeover stays safe)
        log.warning("job lease not taken", extra={"task": job_id,
                                                  "error": type(exc).__name__})
    beat = asyncio.create_task(_renew(redis, key, mark, owner, ms, interval=seconds / 3,
                                      job_id=job_id))
    try:
        yield
    finally:
        beat.cancel()
        await asyncio.gather(beat, return_exceptions=True)
        with contextlib.suppress(RedisError, OSError):
            await _eval(redis, _RELEASE, [key], [owner])


async def _eval(redis: Redis, script: str, keys: list[str], args: list[str]) -> Any:
    done = redis.eval(script, len(keys), *keys, *args)
    return await done  # type: ignore[misc]


async def _renew(redis: Redis, key: str, mark: str, owner: str, ms: str, *, interval: float,
                 job_id: str) -> None:
    while True:
        await asyncio.sleep(interval)
        try:
            if not await _eval(redis, _RENEW, [key, mark], [owner, ms]):
                # lapsed (Redis was away, or restarted empty) or taken over: the job goes on,
                # and its cursor check stops it if another run got further
                log.warning("job lease lost", extra={"task": job_id})
                return
        except (RedisError, OSError) as exc:  # Redis away for a moment: keep trying
            log.warning("job lease not renewed", extra={"task": job_id,
                                                        "error": type(exc).__name__})


def leased(*, prefix: str, seconds: float
           ) -> Callable[[Callable[..., Awaitable[Any]]], Callable[..., Awaitable[Any]]]:
    """Run a job function `fn(ctx, *args)` under its job's lease (arq puts the job id and its
    Redis connection in ctx)."""

    def wrap(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(fn)
        async def run(ctx: dict[str, Any], *args: Any) -> Any:
            async with held(ctx["redis"], prefix=prefix, job_id=ctx["job_id"],
                            seconds=seconds):
                return await fn(ctx, *args)

        return run

    return wrap
