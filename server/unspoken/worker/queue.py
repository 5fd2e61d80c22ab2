"""Where tasks are sent: arq on Redis, or an in-process queue when there is no Redis (demo)."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from arq.connections import ArqRedis, RedisSettings
from arq.constants import in_progress_key_prefix, job_key_prefix, result_key_prefix
from arq.jobs import serialize_job
from redis.asyncio import ConnectionPool

if TYPE_CHECKING:
    from unspoken.runtime import Runtime

log = logging.getLogger("unspoken.worker")


class RetryLater(Exception):  # noqa: N818 - it is an instruction, not a failure
    """Raised by a task to run again after `defer` seconds (arq: Retry)."""

    def __init__(self, defer: float) -> None:
        super().__init__(f"retry in {defer:.1f}s")
        self.defer = defer


class SliceEnded(RetryLater):
    """Raised by a long task at a safe point (its progress committed) to give its worker back:
    it goes on from there behind the urgent jobs queued meanwhile (worker.main)."""

    def __init__(self) -> None:
        super().__init__(0)


# Priority without a second queue: arq takes due jobs in order of their score (the time they
# are due, in ms), so a job is queued as if it had been due for a band's lead already. The
# leads are decades apart, so every job of a band runs before any of a lower one, whatever
# their ages, and jobs of one band run in the order they were queued (`queued_at_ms`):
# - INCREMENTAL: the syncs that pushes, polls and "sync now" ask for (a fresh badge waits);
# - FIRST: a mailbox's first sync (connect, import): a backfill, ahead of ordinary work;
# - ORDINARY (no lead, at its due time): everything else, a backfill's next slice, a retry
#   after a 429 or an error, the weekly replays.
# A lower band is never starved: `promote_aged` (cron `queue.age`) moves the oldest jobs that
# waited `AGE_SECONDS` into the top band at the place of their own queueing, at most
# `settings.queue_aged_per_minute` a minute, so under overload the incremental syncs lose at
# most that many slots a minute and the rest still runs, oldest first.
URGENT_TASKS = frozenset({"sync.mailbox"})
BAND_MS = 10**12  # ~32 years: more than any job waits, less than doubles hold exactly
INCREMENTAL, FIRST, ORDINARY = 2, 1, 0  # a band's lead is this many BAND_MS
AGE_SECONDS = 300.0
JOB_EXPIRES = timedelta(days=1)  # arq's default: a job not started a day after its queueing


class _Clock:
    last_ms = -math.inf


TIE_MS = 0.001  # a microsecond: what a job queued in the same instant as another comes after


def queued_at_ms() -> float:
    """Now in ms, at µs precision, and strictly after every earlier call in this process: the
    time a job is scored from. arq scores in whole ms and Redis orders jobs of equal score by
    id, so a burst of one band queued within a millisecond (a poll's due mailboxes, a
    rescoring round) ran in the order of the ids, not of the queueing; a clock that stands
    still or steps back does not reorder them either."""
    now = datetime.now(UTC).timestamp() * 1000
    _Clock.last_ms = now if now > _Clock.last_ms else _Clock.last_ms + TIE_MS
    return _Clock.last_ms


def band_score(band: int, at_ms: float) -> float:
    """The score of a job of `band` queued at `at_ms`."""
    return at_ms - band * BAND_MS


def band_of(score: float, now_ms: float) -> int:
    """The band a queued job's score puts it in."""
    return max(0, min(INCREMENTAL, round((now_ms - score) / BAND_MS)))


def requeue_defer(task: str) -> float:
    """The `Retry(defer=...)` that puts a job back at the end of its task's top band: arq
    scores a retried job at now + defer (an urgent sync asked for again while it ran)."""
    return -INCREMENTAL * BAND_MS / 1000 if task in URGENT_TASKS else 0.001


DIRTY_TTL = 86400  # seconds: a flag nobody ran for is cleared by the next run anyway


class JobQueue(Protocol):
    async def enqueue(self, task: str, *args: str, defer: float = 0,
                      first: bool = False) -> None:
        """Queue `task(*args)` (coalesced by job id) after `defer` seconds; `first`: a
        mailbox's first sync, below the incremental ones (worker.queue bands)."""
        ...
    async def live(self, task: str, ids: Sequence[str]) -> set[str]:
        """Which of the jobs `task(id)` are queued, deferred or running."""
        ...
    async def close(self) -> None: ...


def queue_name(prefix: str) -> str:
    return f"{prefix}arq:queue"


def job_id(prefix: str, task: str, args: tuple[str, ...]) -> str:
    """One queued job per task and ids: enqueueing twice while queued is a no-op."""
    return f"{prefix}{task}:{':'.join(args)}"


def dirty_key(jid: str) -> str:
    """Set by every enqueue attempt of `jid`; taken by the job when it starts and ends."""
    return f"{jid}:dirty"


# arq's enqueue (a job key and a queue entry, nothing if the job id is queued or running) in
# one step, with the score given at µs precision (`queued_at_ms`), after the dirty flag.
# KEYS: dirty flag, arq's job key, its result key (both put under the prefix by `arq_pool`'s
# connection), the queue; ARGV: flag ttl (s), job id, the serialized job, its expiry (ms), its
# score.
_ENQUEUE = """
redis.call('SET', KEYS[1], '1', 'EX', ARGV[1])
if redis.call('EXISTS', KEYS[2], KEYS[3]) > 0 then return 0 end
redis.call('PSETEX', KEYS[2], ARGV[4], ARGV[3])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[2])
return 1
"""


class ArqQueue:
    def __init__(self, pool: ArqRedis, prefix: str) -> None:
        self.pool = pool
        self.prefix = prefix
        self._enqueue = pool.register_script(_ENQUEUE)

    async def enqueue(self, task: str, *args: str, defer: float = 0,
                      first: bool = False) -> None:
        # arq drops an enqueue while the same job id runs: the flag, set first, tells the
        # running job to go round once more (worker.main), so no notification is lost.
        jid = job_id(self.prefix, task, args)
        at = queued_at_ms()
        if defer:
            score = at + defer * 1000
        else:
            score = band_score((FIRST if first else INCREMENTAL) if task in URGENT_TASKS
                               else ORDINARY, at)
        job = serialize_job(task, args, {}, None, int(at), serializer=self.pool.job_serializer)
        await self._enqueue(
            keys=[dirty_key(jid), job_key_prefix + jid, result_key_prefix + jid,
                  queue_name(self.prefix)],
            args=[DIRTY_TTL, jid, job, int(JOB_EXPIRES.total_seconds() * 1000), repr(score)])

    async def live(self, task: str, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        async with self.pool.pipeline(transaction=False) as p:
            for i in ids:  # arq keeps the job's key until the job has ended
                p.exists(job_key_prefix + job_id(self.prefix, task, (i,)))
            found = await p.execute()
        return {i for i, n in zip(ids, found, strict=True) if n}

    async def take_dirty(self, task: str, *args: str) -> bool:
        """Was this job asked for since the last call? Clears the flag. (The in-process queue
        needs none: an enqueue while its job runs queues a second run.)"""
        return bool(await self.pool.getdel(dirty_key(job_id(self.prefix, task, args))))

    async def close(self) -> None:
        await self.pool.aclose()


CLOSE_GRACE_SECONDS = 30.0


class InProcessQueue:
    """Runs tasks in this process's loop, one at a time, with the same retry semantics."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._pending: set[tuple[str, tuple[str, ...]]] = set()
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._running: tuple[str, tuple[str, ...]] | None = None
        self._current: asyncio.Task[Any] | None = None

    async def enqueue(self, task: str, *args: str, defer: float = 0,
                      first: bool = False) -> None:
        key = (task, args)
        if key in self._pending:
            return
        self._pending.add(key)
        t = asyncio.create_task(self._run(task, args, defer))
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)

    async def _run(self, task: str, args: tuple[str, ...], defer: float) -> None:
        from unspoken.worker.tasks import TASKS

        if defer:
            await asyncio.sleep(defer)
        async with self._lock:
            self._pending.discard((task, args))
            self._running = (task, args)
            self._current = asyncio.current_task()
            try:
                await TASKS[task]({"runtime": self.runtime}, *args)
            except RetryLater as r:
                await self.enqueue(task, *args, defer=0 if self.runtime.settings.test_mode
                                   else r.defer)
            except Exception:
                log.exception("task failed", extra={"task": task})
            finally:
                self._running = None
                self._current = None

    async def live(self, task: str, ids: Sequence[str]) -> set[str]:
        return {i for i in ids if (task, (i,)) in self._pending or self._running == (task, (i,))}

    async def drain(self) -> None:
        """Wait until nothing is queued or running (tests, demo start-up)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self, *, grace: float = CLOSE_GRACE_SECONDS) -> None:
        """Cancel what waits, but let the running task end its unit of work (at most `grace`
        seconds): cancelled inside a statement, its SQLite connection could stay checked out
        past the engine's disposal, holding the write lock, and the next runtime on the same
        file would find the database locked."""
        current = self._current
        for t in list(self._tasks):
            if t is not current:
                t.cancel()
        if current is not None and not current.done():
            await asyncio.wait({current}, timeout=grace)
            current.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)


# KEYS: the queue, the job's in-progress mark; ARGV: job id, new score. A job some worker has
# started keeps its score (arq rescores a retry from the score it started with).
_PROMOTE = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
return redis.call('ZADD', KEYS[1], 'XX', 'CH', ARGV[2], ARGV[1])
"""


async def promote_aged(queue: ArqQueue, *, limit: int, now_ms: float | None = None) -> int:
    """Move at most `limit` jobs of the lower bands that have been due for `AGE_SECONDS`
    (oldest first, not running) into the top band, where they rank as if queued there when
    they were due: ahead of the incremental syncs queued since. Returns how many moved."""
    now = time.time() * 1000 if now_ms is None else now_ms
    q = queue_name(queue.prefix)
    found: list[tuple[float, bytes]] = []  # (due time, job id)
    for band in (FIRST, ORDINARY):
        lead = band * BAND_MS
        for jid, score in await queue.pool.zrangebyscore(
                q, now - lead - BAND_MS / 2, now - lead - AGE_SECONDS * 1000,
                start=0, num=2 * limit, withscores=True):  # some may be running
            found.append((score + lead, jid))
    moved = 0
    for due, jid in sorted(found):
        if moved >= limit:
            break
        moved += int(await queue.pool.eval(  # type: ignore[misc]
            _PROMOTE, 2, q, in_progress_key_prefix + jid.decode(), jid.decode(),
            str(band_score(INCREMENTAL, due))))
    return moved


async def ready_jobs(queue: JobQueue) -> int:
    """Jobs due now and not yet taken (what more workers would drain): the autoscaler's
    signal, exported as a gauge on /metrics. arq's queue is a sorted set scored by due time."""
    if isinstance(queue, ArqQueue):
        import time

        return int(await queue.pool.zcount(queue_name(queue.prefix), "-inf",
                                           int(time.time() * 1000)))
    if isinstance(queue, InProcessQueue):
        return len(queue._pending)
    return 0


def redis_settings(url: str) -> RedisSettings:
    return RedisSettings.from_dsn(url)


class _ArqKeysUnderPrefix:
    """arq names its keys with fixed prefixes whatever the queue is called ("arq:job:",
    "arq:retry:", "arq:in-progress:", "arq:result:", "arq:abort", and a cron run's lock is the
    job key of "cron:<name>:<time>"), so two deployments on one Redis shared locks and jobs.
    This connection puts every argument that starts with "arq:" under the deployment's prefix,
    for arq's commands and for anything else sent through its pool (job leases). What arq
    stores as values never starts with "arq:" (pickled jobs, our prefixed job ids, "cron:"
    ids, health lines), and our own keys already start with the prefix."""

    key_prefix = ""

    def pack_command(self, *args: Any) -> Any:
        p = self.key_prefix
        return super().pack_command(*(  # type: ignore[misc]
            p + a if isinstance(a, str) and a.startswith("arq:") else
            p.encode() + a if isinstance(a, bytes) and a.startswith(b"arq:") else a
            for a in args))


def arq_pool(url: str, prefix: str) -> ArqRedis:
    """arq's Redis client with every arq key under `prefix` (the API's queue and the worker)."""
    pool = ConnectionPool.from_url(url)
    base = pool.connection_class  # plain, TLS or unix socket, from the URL
    pool.connection_class = type(f"ArqPrefixed{base.__name__}", (_ArqKeysUnderPrefix, base),
                                 {"key_prefix": prefix})
    return ArqRedis(pool, default_queue_name=queue_name(prefix))


async def make_queue(runtime: Runtime) -> JobQueue:
    s = runtime.settings
    if not s.redis_url:
        return InProcessQueue(runtime)
    return ArqQueue(arq_pool(s.redis_url, s.redis_prefix), s.redis_prefix)
