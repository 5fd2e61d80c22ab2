"""The migrations build exactly the tables the models describe."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker

from unspoken.store.migrate import upgrade
from unspoken.store.models import Base, Mailbox, MessageRow, Org, User


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    upgrade(f"sqlite+aiosqlite:///{db}")
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


async def _quotes_after_0008(url: str) -> list[dict[str, str]]:
    """A message stored before 0008 with quotes of read and unread kinds, migrated to head."""
    import json
    from datetime import UTC, datetime

    from sqlalchemy import select, text

    from unspoken.store.db import make_engine, transaction
    from unspoken.store.migrate import upgrade_async

    await asyncio.to_thread(upgrade, url, "0007")
    engine = make_engine(url)
    sessions = async_sessionmaker(engine)
    old = {"greeting": "Hi Dana, could it export?", "question": "Hi Dana, could it export?",
           "thanks": "Thanks!", "feature_ask": "could it export?"}
    now = datetime(2026, 11, 2, tzinfo=UTC)
    async with transaction(sessions) as s:
        s.add(Org(id="o1", domain="x.test", created_at=now))
        await s.flush()
        s.add(User(id="u1", org_id="o1", email="sam@x.test", created_at=now))
        await s.flush()
        s.add(Mailbox(id="m1", user_id="u1", provider="fake", address="sam@x.test",
                      stage_started_at=now, created_at=now))
    for ext, quotes in (("a", json.dumps(old)), ("b", "{}")):  # the old, spaced JSON text
        async with transaction(sessions) as s:
            await s.execute(text(
                "INSERT INTO message_features (mailbox_id, user_id, ext_id, message_id, "
                "in_reply_to, thread_id, date, direction, sender, \"to\", cc, subject, flags, "
                "chars, words, markers, quotes, sender_title, sender_role) VALUES ('m1', 'u1', "
                ":ext, '', '', '', :date, 'received', '[\"d@y.test\", \"\"]', '[]', '[]', '', "
                "'[]', 1, 1, '{}', :quotes, '', 'unknown')"),
                {"ext": ext, "date": now, "quotes": quotes})
    await engine.dispose()
    await upgrade_async(url)
    engine = make_engine(url)
    try:
        async with async_sessionmaker(engine)() as s:
            return list((await s.execute(select(MessageRow.quotes).order_by(MessageRow.ext_id)))
                        .scalars())
    finally:
        await engine.dispose()


def test_0008_keeps_only_the_quotes_a_detector_reads_sqlite(tmp_path: Path) -> None:
    got = asyncio.run(_quotes_after_0008(f"sqlite+aiosqlite:///{tmp_path / 'q.db'}"))
    assert got == [{"greeting": "Hi Dana, could it export?", "feature_ask": "could it export?"},
                   {}]


def test_0008_keeps_only_the_quotes_a_detector_reads_postgres(fresh_pg: str) -> None:
    from tests.service_support import pg_url_of

    got = asyncio.run(_quotes_after_0008(pg_url_of(fresh_pg)))
    assert got == [{"greeting": "Hi Dana, could it export?", "feature_ask": "could it export?"},
                   {}]
