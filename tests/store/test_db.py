"""store.db: what counts as a lost lock race (retried once by erasure), on the real backends."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from unspoken.store.db import is_lock_conflict


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
