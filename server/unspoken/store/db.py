"""Async engine and sessions; SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def compact_json(value: Any) -> str:
    """JSON columns without the blanks `json.dumps` puts after "," and ":" by default: a few
    bytes per element, on every stored message's addresses, markers and quotes."""
    return json.dumps(value, separators=(",", ":"))


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    kwargs.setdefault("json_serializer", compact_json)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            # Deleted rows are overwritten, not left in free pages: erasure really erases.
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def transaction(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One unit of work: commit on success, roll back on any exception. On SQLite it takes the
    write lock from the start (the driver would begin only at the first write, leaving the
    unit's reads, and its row "locks", outside the transaction)."""
    async with sessions() as session, session.begin():
        if session.get_bind().dialect.name == "sqlite":
            await session.execute(text("BEGIN IMMEDIATE"))
        yield session


# PostgreSQL: deadlock detected, serialization failure, lock not available.
_CONFLICT_STATES = {"40P01", "40001", "55P03"}


def is_lock_conflict(exc: BaseException) -> bool:
    """A transaction lost to a concurrent one (deadlock, lock timeout, SQLite busy): retrying
    the whole unit of work is correct."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state in _CONFLICT_STATES:
        return True
    return "database is locked" in str(orig or "")


def is_unavailable(exc: BaseException) -> bool:
    """The database or Redis is unreachable, restarting or shutting down (nothing wrong with
    the work itself): the unit rolled back, and running the task again later is correct."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(exc, RedisConnectionError | RedisTimeoutError | PoolTimeout | OSError):
        return True
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    state = str(getattr(exc.orig, "sqlstate", "") or "")
    # 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot connect now
    return state.startswith("08") or state in {"57P01", "57P02", "57P03"} or (
        isinstance(exc, OperationalError) and not state and "locked" not in str(exc.orig))


async def compact_after_erase(engine: AsyncEngine) -> None:
    """Leave no byte of a committed erasure in SQLite's files. secure_delete zeroes the deleted
    rows and the pages it frees, but not every older copy of them: when a b-tree rebalance
    rebuilds a page, the cells it moves to a sibling keep their old bytes in the page's free
    gap. An erased row can so outlive its deletion on a page that still holds other users'
    rows; which pages, depends on every write before (in the tests, on which tests ran
    first). VACUUM rewrites the database from its live rows only; the checkpoint then copies
    those pages from the `-wal` into the file, cuts the file to its new size and empties the
    WAL. A reader holding an old snapshot makes the checkpoint partial: try a few times.
    (PostgreSQL: dead tuples go with autovacuum; nothing to do here.)"""
    if engine.dialect.name != "sqlite":
        return
    async with engine.connect() as conn:
        # Outside any transaction: VACUUM refuses to run inside one.
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM"))
        for _ in range(20):
            busy, _log, _done = (await conn.execute(
                text("PRAGMA wal_checkpoint(TRUNCATE)"))).one()
            if not busy:
                return
            await asyncio.sleep(0.05)


def contains(column: Any, text: str) -> Any:
    """Case-insensitive "column contains text", with LIKE's wildcards in `text` escaped."""
    from sqlalchemy import func

    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")
