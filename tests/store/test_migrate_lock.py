"""Migrations run once however many processes start together (real PostgreSQL): the upgrade
holds an advisory lock, so concurrent `unspoken migrate` runs never race on the DDL."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading

import asyncpg
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tests.service_support import PG_HOST, PG_PORT, pg_url_of
from unspoken.store.db import make_engine
from unspoken.store.migrate import MIGRATION_LOCK, head, upgrade
from unspoken.store.models import Base

_url = pg_url_of


def _migrate_cmd(name: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    env["UNSPOKEN_DATABASE_URL"] = _url(name)
    return subprocess.Popen([sys.executable, "-m", "unspoken.cli", "migrate"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


async def _schema_diff(name: str) -> list[object]:
    engine = make_engine(_url(name))
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c), Base.metadata))
    finally:
        await engine.dispose()


class TestMigrateOnce:
    async def test_concurrent_migrate_commands_on_an_empty_database_all_succeed(
            self, fresh_pg: str) -> None:
        procs = [_migrate_cmd(fresh_pg) for _ in range(4)]
        results = [await asyncio.to_thread(p.communicate, timeout=120) for p in procs]
        for p, (out, err) in zip(procs, results, strict=True):
            assert p.returncode == 0, err
            assert out.strip().startswith(f"database at revision {head()}")
        conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres",
                                     database=fresh_pg)
        try:
            assert await conn.fetch("SELECT version_num FROM alembic_version") == \
                [(head(),)]
        finally:
            await conn.close()
        assert await _schema_diff(fresh_pg) == []  # the PostgreSQL schema is the models'

    async def test_an_upgrade_waits_while_another_holds_the_lock(self, fresh_pg: str) -> None:
        holder = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres",
                                       database=fresh_pg)
        done = threading.Event()
        try:
            await holder.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            t = threading.Thread(target=lambda: (upgrade(_url(fresh_pg)), done.set()))
            t.start()
            for _ in range(600):  # the upgrade shows up waiting for the same lock
                waiting = await holder.fetchval(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    " AND database = (SELECT oid FROM pg_database WHERE datname = $1)",
                    fresh_pg)
                if waiting:
                    break
                await asyncio.sleep(0.05)
            assert waiting == 1
            assert not done.is_set()
            assert await holder.fetchval("SELECT to_regclass('alembic_version')") is None
            await holder.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
            await asyncio.to_thread(t.join, 120)
            assert done.is_set()
        finally:
            await holder.close()
        assert await _schema_diff(fresh_pg) == []
