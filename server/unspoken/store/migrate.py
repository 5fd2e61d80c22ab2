"""Apply Alembic migrations programmatically (`unspoken migrate`, the demo and the tests).

Safe to run from many processes at once on PostgreSQL: the migration environment holds an
advisory lock for the whole upgrade (see migrations/env.py).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

_HERE = Path(__file__).parent
# pg_advisory_xact_lock key of the upgrade (a bigint; locks are per database): "unspkmig".
MIGRATION_LOCK = int.from_bytes(b"unspkmig", "big")


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


async def upgrade_async(url: str) -> None:
    """From async code: Alembic's env runs its own loop, so give it a thread."""
    await asyncio.to_thread(upgrade, url)


async def current(url: str) -> str | None:
    """The revision the database is at (None: never migrated)."""
    from alembic.runtime.migration import MigrationContext

    from unspoken.store.db import make_engine

    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(
                lambda c: MigrationContext.configure(c).get_current_revision())
    finally:
        await engine.dispose()


def head() -> str:
    """The newest revision the code knows."""
    from alembic.script import ScriptDirectory

    rev = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert rev is not None
    return rev
