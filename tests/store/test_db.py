"""store.db: what counts as a lost lock race (retried once by erasure), on the real backends;
on SQLite, that an erasure leaves no byte behind in the database's files."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from unspoken.store.db import compact_after_erase, is_lock_conflict, make_engine


class TestIsLockConflict:
    async def test_a_real_postgres_deadlock_is_a_lock_conflict(self, rt, db_url):
        if not db_url.startswith("postgresql"):
            pytest.skip("PostgreSQL row locks")
        name = "_deadlock_probe"
        async with rt.engine.begin() as c:
            await c.execute(text(f"DROP TABLE IF EXISTS {name}"))
            await c.execute(text(f"CREATE TABLE {name} (id int primary key, v int)"))
            await c.execute(text(f"INSERT INTO {name} VALUES (1, 0), (2, 0)"))
        a_ready, b_ready = asyncio.Event(), asyncio.Event()

        async def cross(first: int, second: int, mine: asyncio.Event,
                        theirs: asyncio.Event) -> BaseException | None:
            async with rt.engine.connect() as c:
                await c.begin()
                await c.execute(text(f"UPDATE {name} SET v = 1 WHERE id = {first}"))
                mine.set()
                await theirs.wait()
                try:
                    await c.execute(text(f"UPDATE {name} SET v = 1 WHERE id = {second}"))
                except DBAPIError as exc:
                    await c.rollback()
                    return exc
                await c.commit()
                return None

        results = await asyncio.gather(cross(1, 2, a_ready, b_ready),
                                       cross(2, 1, b_ready, a_ready))
        errors = [r for r in results if r is not None]
        assert len(errors) == 1 and is_lock_conflict(errors[0])
        async with rt.engine.begin() as c:
            await c.execute(text(f"DROP TABLE {name}"))

    async def test_other_database_errors_are_not(self, rt):
        async with rt.engine.connect() as c:
            with pytest.raises(DBAPIError) as info:
                await c.execute(text("SELECT * FROM no_such_table"))
        assert not is_lock_conflict(info.value)


_GONE = b"zqdeadbeef42"  # in every erased key; its length is part of the seeded layouts


def _files_holding(db: Path, needle: bytes) -> list[str]:
    return [p.name for p in sorted(db.parent.glob(db.name + "*"))
            if p.is_file() and needle in p.read_bytes()]


async def _churn(conn: Any, rnd: random.Random, steps: int = 1000) -> None:
    """Inserts and deletes on one index, keys of mixed lengths, a third of them to be erased:
    pages split, merge and fragment, as years of sync and fold do to message_features."""
    kept: list[int] = []
    for _ in range(steps):
        if rnd.random() < 0.3 and kept:
            await conn.execute(text("DELETE FROM t WHERE id = :id"),
                               {"id": kept.pop(rnd.randrange(len(kept)))})
            continue
        gone = rnd.random() < 0.3
        key = f"{rnd.random():.6f}-{'x' * rnd.randrange(1, 60)}"
        key += f"-{_GONE.decode()}" if gone else ""
        row = await conn.execute(text("INSERT INTO t (k) VALUES (:k)"), {"k": key})
        if not gone:
            kept.append(row.lastrowid)


class TestCompactAfterErase:
    async def test_every_connection_overwrites_what_it_deletes(self, tmp_path):
        engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}")
        try:
            async with engine.connect() as a, engine.connect() as b, engine.connect() as c:
                for conn in (a, b, c):
                    assert (await conn.execute(text("PRAGMA secure_delete"))).scalar() == 1
        finally:
            await engine.dispose()

    async def test_erased_rows_leave_no_bytes_whatever_the_writes_before(self, tmp_path):
        """secure_delete zeroes deleted cells and freed pages, not the stale copies a page
        rebuild leaves in its free gap: on some seeds the erased keys outlive a checkpoint
        (the test_erasure_bytes failure that depended on which tests ran first). After
        compact_after_erase they are in no file on any seed."""
        leaked_without_vacuum = []
        for seed in range(8):
            db = tmp_path / f"churn{seed}.db"
            engine = make_engine(f"sqlite+aiosqlite:///{db}")
            try:
                async with engine.begin() as conn:
                    await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT)"))
                    await conn.execute(text("CREATE INDEX ix_t_k ON t (k)"))
                    await _churn(conn, random.Random(seed))
                async with engine.begin() as conn:
                    await conn.execute(text("DELETE FROM t WHERE k LIKE :gone"),
                                       {"gone": f"%{_GONE.decode()}"})
                async with engine.connect() as conn:
                    await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
                if _files_holding(db, _GONE):
                    leaked_without_vacuum.append(seed)
                await compact_after_erase(engine)
                assert _files_holding(db, _GONE) == [], f"seed {seed}"
                async with engine.connect() as conn:
                    assert (await conn.execute(text("SELECT count(*) FROM t WHERE k LIKE :g"),
                                               {"g": f"%{_GONE.decode()}"})).scalar() == 0
                    assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar()
            finally:
                await engine.dispose()
        # The churn does reach the gap (else this test would prove nothing about the VACUUM).
        assert leaked_without_vacuum, "no seed left erased bytes after a checkpoint alone"
