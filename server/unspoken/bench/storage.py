"""`python -m unspoken.bench.storage`: what one mailbox costs in PostgreSQL and Redis.

Issue 13's goal: Redis <= 20 KB and PostgreSQL <= 2 MB per mailbox of 10,000 messages
(1 KB = 1,000 bytes here, the stricter reading). Run from the repository root (the fake
Google server lives in tests/, as for `bench.google`):

1. A throwaway PostgreSQL database (migrated) and Redis prefix; the fake Google server of the
   tests in a child process, holding `--mailboxes` users' mailboxes of `--messages` each
   (`bench.google.populate`: a year of customer, internal and newsletter mail), its quota
   out of the way (storage is measured here, not speed).
2. A snapshot of the empty database and prefix, then each user connects (`bench.google.connect`:
   the rows the OAuth callback leaves) and a real arq worker (burst) runs every job the syncs
   enqueue until the queue is empty: the backfill, the rescoring, the weekly scores, the alerts.
3. Each user's extension then asks for the badge of every contact it has (the badge cache
   warm for all of them: the most a user's badges hold in Redis).
4. `measure`: VACUUM ANALYZE, then per table `pg_total_relation_size` (heap, indexes, TOAST)
   and rows, against the snapshot; VACUUM FULL and the same again (the compacted size, without
   the free space that replaced rows leave); every key under the prefix by `MEMORY USAGE`,
   grouped by family (ids replaced by `*`), and `INFO used_memory` (Redis is shared with
   other jobs on this machine: that delta is indicative only). All divided by the mailboxes.

The fleet simulator calls `snapshot` before onboarding and `measure` after it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import secrets
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from unspoken.bench.support import PG, REDIS, cleanup_redis, pg_admin

PG_GOAL = 2_000_000  # bytes per mailbox of 10,000 messages
REDIS_GOAL = 20_000
_ID = re.compile(r"^([0-9a-f]{16,}|\d+|.*@.*|[0-9a-f-]{36})$")


@dataclass(frozen=True)
class Snapshot:
    """Absolute figures at one moment: per table rows and bytes, per Redis key family the key
    count and bytes, and Redis's `used_memory`."""

    rows: dict[str, int]
    bytes: dict[str, int]
    redis_keys: dict[str, int]
    redis_bytes: dict[str, int]
    used_memory: int
    compact_bytes: dict[str, int] = field(default_factory=dict)  # after VACUUM FULL
    messages: int = 0  # stored messages: rows of message_features and those folded in chunks


@dataclass(frozen=True)
class TableCost:
    rows: float  # per mailbox
    bytes: float  # per mailbox, after VACUUM ANALYZE (heap + indexes + TOAST)
    compact_bytes: float  # per mailbox, after VACUUM FULL


@dataclass(frozen=True)
class StorageReport:
    """Per mailbox, averaged over `mailboxes` (each its own user)."""

    mailboxes: int
    messages: float  # stored messages per mailbox (message rows and folded ones)
    tables: dict[str, TableCost]
    pg_bytes: float
    pg_compact_bytes: float
    redis_bytes: float  # MEMORY USAGE of every key the mailboxes and their users made
    redis_keys: float
    redis_families: dict[str, tuple[float, float]]  # family -> (keys, bytes) per mailbox
    redis_used_memory: float  # INFO used_memory delta per mailbox (shared Redis: indicative)

    @property
    def pg_bytes_per_message(self) -> float:
        return self.pg_bytes / max(1.0, self.messages)

    def meets(self) -> dict[str, bool]:
        """The goals, for a mailbox of 10,000 messages (smaller ones scale per message)."""
        scale = 10_000 / max(1.0, self.messages)
        return {"postgres": self.pg_bytes * max(1.0, scale) <= PG_GOAL,
                "redis": self.redis_bytes <= REDIS_GOAL}

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "pg_bytes_per_message": round(self.pg_bytes_per_message, 1),
                "meets": self.meets()}

    def lines(self) -> list[str]:
        out = [f"per mailbox, average of {self.mailboxes} ({self.messages:,.0f} messages each)",
               f"{'PostgreSQL table':24}{'rows':>10}{'bytes':>12}{'compact':>12}{'B/msg':>8}"]
        for name, t in sorted(self.tables.items(), key=lambda kv: -kv[1].bytes):
            if t.rows or t.bytes:
                out.append(f"{name:24}{t.rows:>10,.0f}{t.bytes:>12,.0f}{t.compact_bytes:>12,.0f}"
                           f"{t.bytes / max(1.0, self.messages):>8.0f}")
        ok = self.meets()
        out.append(f"{'total':24}{'':>10}{self.pg_bytes:>12,.0f}{self.pg_compact_bytes:>12,.0f}"
                   f"{self.pg_bytes_per_message:>8.0f}   goal <= {PG_GOAL:,}: "
                   f"{'met' if ok['postgres'] else 'NOT met'}")
        out.append(f"{'Redis key family':40}{'keys':>8}{'bytes':>10}")
        for fam, (n, b) in sorted(self.redis_families.items(), key=lambda kv: -kv[1][1]):
            out.append(f"{fam:40}{n:>8.1f}{b:>10,.0f}")
        out.append(f"{'total (MEMORY USAGE)':40}{self.redis_keys:>8.1f}{self.redis_bytes:>10,.0f}"
                   f"   goal <= {REDIS_GOAL:,}: {'met' if ok['redis'] else 'NOT met'}")
        out.append(f"INFO used_memory delta per mailbox: {self.redis_used_memory:,.0f} bytes "
                   "(shared Redis: indicative)")
        return out


def _dsn(database_url: str) -> str:
    return database_url.replace("postgresql+asyncpg://", "postgresql://", 1)


def family(key: str, prefix: str) -> str:
    """A key without the prefix, its ids (hex, numbers, addresses, uuids) as `*`."""
    name = key[len(prefix):] if key.startswith(prefix) else key
    return ":".join("*" if _ID.match(part) else part for part in name.split(":"))


async def _pg(database_url: str, *, full: bool) -> tuple[dict[str, int], dict[str, int], int]:
    """(rows, bytes) per table and the messages stored (rows and folded, store MessageChunk)."""
    import asyncpg

    conn = await asyncpg.connect(_dsn(database_url))
    try:
        await conn.execute("VACUUM FULL ANALYZE" if full else "VACUUM ANALYZE")
        tables = [r["relname"] for r in await conn.fetch(
            "SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public'")]
        rows, size = {}, {}
        for t in tables:
            rows[t] = int(await conn.fetchval(f'SELECT count(*) FROM "{t}"'))
            size[t] = int(await conn.fetchval("SELECT pg_total_relation_size($1::regclass)",
                                              f'public."{t}"'))
        messages = int(await conn.fetchval(
            "SELECT (SELECT count(*) FROM message_features)"
            " + (SELECT coalesce(sum(count), 0) FROM message_chunks)"))
        return rows, size, messages
    finally:
        await conn.close()


async def _redis(redis_url: str, prefix: str) -> tuple[dict[str, int], dict[str, int], int]:
    from redis.asyncio import Redis

    r = Redis.from_url(redis_url)
    try:
        keys = [k.decode() async for k in r.scan_iter(match=f"{prefix}*", count=1000)]
        count: dict[str, int] = {}
        size: dict[str, int] = {}
        for i in range(0, len(keys), 500):
            batch = keys[i:i + 500]
            async with r.pipeline(transaction=False) as p:
                for k in batch:
                    p.memory_usage(k, samples=0)
                used = await p.execute()
            for k, b in zip(batch, used, strict=True):
                if b is None:  # expired between SCAN and MEMORY USAGE
                    continue
                f = family(k, prefix)
                count[f] = count.get(f, 0) + 1
                size[f] = size.get(f, 0) + int(b)
        info = await r.info("memory")
        return count, size, int(info["used_memory"])
    finally:
        await r.aclose()


async def snapshot(database_url: str, redis_url: str, prefix: str, *,
                   compact: bool = True) -> Snapshot:
    """The figures now: VACUUM ANALYZE then sizes; with `compact`, VACUUM FULL then sizes
    again (`compact_bytes`). `database_url` is PostgreSQL (SQLAlchemy or libpq form)."""
    rows, size, messages = await _pg(database_url, full=False)
    compacted = (await _pg(database_url, full=True))[1] if compact else {}
    keys, kbytes, used = await _redis(redis_url, prefix)
    return Snapshot(rows=rows, bytes=size, redis_keys=keys, redis_bytes=kbytes,
                    used_memory=used, compact_bytes=compacted, messages=messages)


def compare(before: Snapshot, after: Snapshot, *, mailboxes: int) -> StorageReport:
    """What `mailboxes` added between the two snapshots, per mailbox."""
    n = max(1, mailboxes)
    tables = {t: TableCost(rows=(after.rows[t] - before.rows.get(t, 0)) / n,
                           bytes=(after.bytes[t] - before.bytes.get(t, 0)) / n,
                           compact_bytes=(after.compact_bytes.get(t, 0)
                                          - before.compact_bytes.get(t, 0)) / n)
              for t in after.rows}
    fams = {f: ((after.redis_keys[f] - before.redis_keys.get(f, 0)) / n,
                (after.redis_bytes[f] - before.redis_bytes.get(f, 0)) / n)
            for f in after.redis_keys}
    fams = {f: v for f, v in fams.items() if v[0] or v[1]}
    return StorageReport(
        mailboxes=mailboxes,
        messages=(after.messages - before.messages) / n,
        tables=tables, pg_bytes=sum(t.bytes for t in tables.values()),
        pg_compact_bytes=sum(t.compact_bytes for t in tables.values()),
        redis_bytes=sum(b for _, b in fams.values()),
        redis_keys=sum(k for k, _ in fams.values()), redis_families=fams,
        redis_used_memory=(after.used_memory - before.used_memory) / n)


async def measure(database_url: str, redis_url: str, prefix: str, *, mailboxes: int,
                  before: Snapshot, compact: bool = True) -> StorageReport:
    """`compare(before, snapshot(now))`: the cost per mailbox of what was added since."""
    return compare(before, await snapshot(database_url, redis_url, prefix, compact=compact),
                   mailboxes=mailboxes)


async def _onboard(settings: Any, info: dict[str, Any], users: tuple[str, ...]) -> list[str]:
    """Connect every user's mailbox, sync through a real arq worker until its queue is empty,
    then warm each user's badges for every contact: the user ids."""
    from sqlalchemy import select

    from unspoken.bench.google import connect
    from unspoken.providers.google.sync import GoogleProvider
    from unspoken.providers.registry import register
    from unspoken.runtime import Runtime
    from unspoken.services import badges
    from unspoken.store.models import ContactAssessmentRow
    from unspoken.worker.main import worker

    register(GoogleProvider(settings))
    rt = await Runtime.start(settings)
    try:
        ids = []
        for email in users:
            user_id, box_id = await connect(rt, email=email, refresh=info["refreshes"][email])
            await rt.queue.enqueue("sync.mailbox", box_id)
            ids.append(user_id)
        w = worker(settings, burst=True, cron_=False)
        try:
            await w.async_run()
        finally:
            await w.close()
        for user_id in ids:
            async with rt.sessions() as s:
                emails = list((await s.execute(select(ContactAssessmentRow.email).where(
                    ContactAssessmentRow.user_id == user_id))).scalars())
            for i in range(0, len(emails), 50):  # the extension's batches
                await badges.lookup_json(rt.sessions, kv=rt.kv, user_id=user_id,
                                         emails=emails[i:i + 50],
                                         ttl=settings.badge_cache_seconds)
        return ids
    finally:
        await rt.close()


async def run(*, mailboxes: int, messages: int, days: int = 355,
              compact: bool = True) -> StorageReport:
    """The whole bench (see the module's docstring) on a throwaway database and prefix."""
    from unspoken.bench.google import start_fake, stop_fake
    from unspoken.config import Settings
    from unspoken.store.migrate import upgrade_async

    db = f"unspoken_storage_{secrets.token_hex(4)}"
    prefix = f"unspoken-storage-{secrets.token_hex(4)}:"
    users = tuple(f"user{k}@northwind-saas.com" for k in range(mailboxes))
    await pg_admin(f'CREATE DATABASE "{db}"')
    url = PG + db
    proc, pipe, info = await asyncio.to_thread(
        start_fake, messages, units=10**9, window=60.0, get_units=5, days=days, users=users)
    try:
        await upgrade_async(url)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                database_url=url, redis_url=REDIS, redis_prefix=prefix,
                encryption_keys="storage1:" + "A" * 43, data_dir=Path(tmp),
                worker_heartbeat_file=Path(tmp) / "heartbeat", sync_page_size=500,
                google_quota_units=10**9, google_backfill_days=days + 1, log_level="WARNING",
                test_mode=True, **info["endpoints"])
            before = await snapshot(url, REDIS, prefix, compact=compact)
            await _onboard(settings, info, users)
            return await measure(url, REDIS, prefix, mailboxes=mailboxes, before=before,
                                 compact=compact)
    finally:
        await asyncio.to_thread(stop_fake, proc, pipe)
        await pg_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        await cleanup_redis(prefix)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m unspoken.bench.storage",
                                description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--mailboxes", type=int, default=3)
    p.add_argument("--messages", type=int, default=10_000)
    p.add_argument("--days", type=int, default=355,
                   help="the mail spans this many days (the default policy backfills 360)")
    p.add_argument("--no-compact", action="store_true", help="skip the VACUUM FULL figures")
    p.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = p.parse_args(argv)
    try:
        report = asyncio.run(run(mailboxes=args.mailboxes, messages=args.messages,
                                 days=args.days, compact=not args.no_compact))
    except OSError as e:
        sys.exit(f"unspoken bench: PostgreSQL or Redis not reachable on 127.0.0.1 ({e})")
    print("\n".join(report.lines()))
    if args.json:
        args.json.write_text(json.dumps(report.to_json(), indent=2))


if __name__ == "__main__":
    main()
