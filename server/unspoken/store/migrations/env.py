"""Alembic environment: async engines for both PostgreSQL and SQLite.

On PostgreSQL the whole upgrade runs in one transaction that first takes an advisory lock
(`store.migrate.MIGRATION_LOCK`): processes started together (API replicas, workers, the
migration job) apply the migrations once; the others wait, then find the schema at head.
SQLite needs no lock: its writers are serialised by the database file.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from unspoken.store.db import make_engine
from unspoken.store.migrate import MIGRATION_LOCK
from unspoken.store.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Held until this transaction ends (commit, rollback or a dead connection), and
            # taken before Alembic reads the current revision: a waiter reads it afterwards.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": MIGRATION_LOCK})
        context.run_migrations()


async def _online() -> None:
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or "")
    async with engine.connect() as conn:
        await conn.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=context.config.get_main_option("sqlalchemy.url"),
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_online())
