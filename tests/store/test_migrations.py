"""The migrations build exactly the tables the models describe."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker

from unspoken.store.migrate import upgrade, upgrade_async
from unspoken.store.models import Base, Mailbox, Org, User


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    upgrade(f"sqlite+aiosqlite:///{db}")
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


async def _quotes_after_0008(url: str) -> list[dict[str, str]]:
    """A message stored before 0008 with quotes of read and unread kinds, migrated to 0008."""
    import json

    from sqlalchemy import text

    from unspoken.store.db import make_engine, transaction

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
    await asyncio.to_thread(upgrade, url, "0008")  # 0009 rewrites the rows (tested below)
    engine = make_engine(url)
    try:
        async with async_sessionmaker(engine)() as s:
            got = (await s.execute(text("SELECT quotes FROM message_features ORDER BY ext_id"))
                   ).scalars()
            return [json.loads(q) if isinstance(q, str) else q for q in got]
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


# --- 0009: message rows converted to the compact form ----------------------------------------

ME = "sam@x.test"


def _assessed(features: list[Any]) -> list[tuple[str, str, int, list[str]]]:
    """What the engine says of each account over these records (as of the fixture's end)."""
    from unspoken.services import scoring
    from unspoken.signals.policy import Policy

    as_of, me, policy = datetime(2026, 11, 3, tzinfo=UTC), frozenset({ME}), Policy()
    ctx = scoring.engine.mailbox_context(features, [], me=me, as_of=as_of, policy=policy)
    return sorted((a.account, a.risk.value, a.score, sorted(s.kind for s in a.signals))
                  for a in scoring.run_engine(features, [], me=me, as_of=as_of,
                                              policy=policy, context=ctx))


def _features_0008() -> list[Any]:
    """A fake mailbox's messages as the engine derives them, plus the cases the conversion
    must keep: a message to two accounts, a bounce answering a sent message, quotes."""
    from dataclasses import replace as _replace

    from unspoken.providers.fake import default_source, item
    from unspoken.signals.features import extract
    from unspoken.signals.model import Address, Message, MessageFlag

    src = default_source(messages=240, accounts=5, end=datetime(2026, 11, 2, tzinfo=UTC))
    out = [extract(m) for i in range(240) if isinstance(m := item(src, i, ME), Message)]
    out = [_replace(f, message_id=f"m{i}@x.test", in_reply_to=f"m{i - 1}@x.test" if i else "",
                    thread_id=("id:" if i % 3 else "gm:") + f"m{i - i % 2}@x.test")
           for i, f in enumerate(out)]
    sent = next(f for f in out if f.direction.value == "sent")
    out.append(_replace(sent, id="two-accounts", message_id="two@x.test",
                        cc=(Address("jo@second.example", "Jo"),)))
    out.append(_replace(out[0], id="bounce", flags=frozenset({MessageFlag.BOUNCE}),
                        direction=out[0].direction.__class__("received"),
                        in_reply_to=sent.message_id, message_id="b@x.test",
                        quotes={"greeting": "Hi Sam,", "feature_ask": "Hi Sam,"}))
    return out


async def _insert_0008(url: str, features: list[Any]) -> None:
    import json

    from sqlalchemy import text

    from unspoken.services import scoring
    from unspoken.store.db import make_engine, transaction
    from unspoken.store.repositories.records import stored_quotes

    engine = make_engine(url)
    sessions = async_sessionmaker(engine)
    now = datetime(2026, 11, 2, tzinfo=UTC)
    me = frozenset({ME})
    async with transaction(sessions) as s:
        s.add(Org(id="o1", domain="x.test", created_at=now))
        await s.flush()
        s.add(User(id="u1", org_id="o1", email=ME, created_at=now))
        await s.flush()
        for box in ("m1", "m2"):
            s.add(Mailbox(id=box, user_id="u1", provider="fake", address=ME, label=box,
                          stage_started_at=now, created_at=now))
        await s.flush()
        for i, f in enumerate(features):
            # the last ten also through a second mailbox (an import): read once
            for box in ("m1", "m2") if i >= len(features) - 10 else ("m1",):
                row = await s.execute(text(
                    "INSERT INTO message_features (mailbox_id, user_id, ext_id, message_id, "
                    "in_reply_to, thread_id, date, direction, sender, \"to\", cc, subject, "
                    "flags, chars, words, markers, quotes, sender_title, sender_role, "
                    "synced_at) VALUES (:box, 'u1', :ext, :mid, :irt, :tid, :date, :dir, "
                    ":sender, :to, :cc, :subject, :flags, :chars, :words, :markers, :quotes, "
                    ":title, :role, :synced) RETURNING id"), {
                    "box": box, "ext": f.id, "mid": f.message_id, "irt": f.in_reply_to,
                    "tid": f.thread_id, "date": f.date, "dir": f.direction.value,
                    "sender": json.dumps([f.sender.email, f.sender.name]),
                    "to": json.dumps([[a.email, a.name] for a in f.to]),
                    "cc": json.dumps([[a.email, a.name] for a in f.cc]),
                    "subject": f.subject, "flags": json.dumps(sorted(f.flags)),
                    "chars": f.chars, "words": f.words, "markers": json.dumps(f.markers),
                    "quotes": json.dumps(stored_quotes(f, keep_quotes=True)),  # as 0008 left
                    "title": f.sender_title,
                    "role": f.sender_role.value, "synced": None if i % 7 == 0 else now})
                row_id = row.scalar_one()
                for k in scoring.message_keys(f, me=me, own=scoring.own_keys(me)):
                    await s.execute(text("INSERT INTO message_keys (user_id, key, "
                                         "message_row_id) VALUES ('u1', :k, :id)"),
                                    {"k": k, "id": row_id})
    await engine.dispose()


async def _after_0009(url: str) -> dict[str, Any]:
    from unspoken.store.db import make_engine, transaction
    from unspoken.store.repositories import records as records_repo

    await asyncio.to_thread(upgrade, url, "0008")
    features = _features_0008()
    await _insert_0008(url, features)
    await upgrade_async(url)
    engine = make_engine(url)
    try:
        async with async_sessionmaker(engine)() as s:
            stored = await records_repo.all_features(s, "u1")
            keys = await records_repo.all_keys(s, "u1")
            by_key = {k: await records_repo.features_for_keys(s, user_id="u1", keys=[k])
                      for k in sorted(keys)}
            near = await records_repo.keys_near_bounces(
                s, user_id="u1", bounces=[f for f in features if f.id == "bounce"])
            counts = (await records_repo.message_count(s, "m1"),
                      await records_repo.message_count(s, "m2"))
            unseen = await records_repo.unseen_messages(
                s, mailbox_id="m1", written_before=datetime(2026, 11, 1, tzinfo=UTC),
                since=None, until=None)
        async with transaction(async_sessionmaker(engine)) as s:  # the store goes on working
            new = replace(features[0], id="after-0009", message_id="new@x.test")
            await records_repo.replace_messages(s, mailbox_id="m1", user_id="u1",
                                                features=[new], keys=[{"new.example"}],
                                                keep_quotes=True)
        async with async_sessionmaker(engine)() as s:
            after = await records_repo.features_for_keys(s, user_id="u1", keys=["new.example"])
    finally:
        await engine.dispose()
    expected = records_repo.dedupe([records_repo.as_stored(f, keep_quotes=True)
                                    for f in features])
    return {"features": features, "stored": stored, "expected": expected, "keys": keys,
            "by_key": by_key, "near": near, "counts": counts, "unseen": unseen,
            "after": after, "engine_before": _assessed(records_repo.dedupe(features)),
            "engine_after": _assessed(stored)}


def _check_0009(got: dict[str, Any]) -> None:
    assert got["stored"] == got["expected"]  # every field, every message, read once
    assert got["engine_after"] == got["engine_before"]
    assert any(a[3] for a in got["engine_after"])  # the engine found something to compare
    assert {"second.example", "!bounce"} <= got["keys"]
    assert any(f.id == "two-accounts" for f in got["by_key"]["second.example"])
    assert [f.id for f in got["by_key"]["!bounce"]] == ["bounce"]
    assert got["near"] and "!bounce" not in got["near"]
    assert got["counts"] == (len(got["features"]), 10)
    assert len(got["unseen"]) == len(range(0, len(got["features"]), 7))  # NULL: written before
    assert [f.id for f in got["after"]] == ["after-0009"]


def test_0009_converts_every_message_sqlite(tmp_path: Path) -> None:
    _check_0009(asyncio.run(_after_0009(f"sqlite+aiosqlite:///{tmp_path / 'c.db'}")))


def test_0009_converts_every_message_postgres(fresh_pg: str) -> None:
    from tests.service_support import pg_url_of

    _check_0009(asyncio.run(_after_0009(pg_url_of(fresh_pg))))


# --- 0010: message rows keyed by (box, ext_id), weekly scores as series ---------------------

_ROWS_0009 = ("SELECT box, ext_id, date, synced_at, message_hash, thread_hash, account, sent, "
              "packed FROM message_features")
_KEYS_0009 = ("SELECT f.box, f.ext_id, k.account FROM message_keys k "
              "JOIN message_features f ON f.id = k.message_row_id")
_WEEKS = [("a.example", "", "2026-10-23", "watch", 40), ("a.example", "", "2026-10-16",
                                                           "healthy", 10),
          ("a.example", "jo@a.example", "2026-10-23", "at_risk", 70),
          ("b.example", "", "2026-10-23", "healthy", 0)]


async def _after_0010(url: str) -> dict[str, Any]:
    from datetime import date

    from sqlalchemy import delete, text

    from unspoken.store.db import make_engine, transaction
    from unspoken.store.repositories import records as records_repo
    from unspoken.store.repositories import weekly as weekly_repo

    def raw(rows: Any) -> set[tuple[Any, ...]]:
        return {tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows}

    await asyncio.to_thread(upgrade, url, "0008")
    features = _features_0008()
    await _insert_0008(url, features)
    await asyncio.to_thread(upgrade, url, "0009")
    engine = make_engine(url)
    async with transaction(async_sessionmaker(engine)) as s:
        before = raw((await s.execute(text(_ROWS_0009))).all())
        keys_before = raw((await s.execute(text(_KEYS_0009))).all())
        for account, email, week, risk, score in _WEEKS:
            await s.execute(text("INSERT INTO weekly_scores (user_id, account, email, week, "
                                 "risk, score) VALUES ('u1', :a, :e, :w, :r, :s)"),
                            {"a": account, "e": email, "w": date.fromisoformat(week), "r": risk,
                             "s": score})
    await engine.dispose()
    await asyncio.to_thread(upgrade, url, "0010")
    engine = make_engine(url)
    async with async_sessionmaker(engine)() as s:
        after = raw((await s.execute(text(_ROWS_0009))).all())
        keys_after = raw((await s.execute(text(
            "SELECT box, ext_id, account FROM message_keys"))).all())
    await engine.dispose()
    await upgrade_async(url)  # the repository reads the head schema (0012 folds: tested below)
    engine = make_engine(url)
    try:
        async with async_sessionmaker(engine)() as s:
            stored = await records_repo.all_features(s, "u1")
            two = await records_repo.features_for_keys(s, user_id="u1", keys=["second.example"])
            weeks = await weekly_repo.all_weeks(s, "u1")
            trend = await weekly_repo.weekly_scores(s, user_id="u1", accounts=["a.example"])
            contact = await weekly_repo.contact_weeks(s, user_id="u1", email="jo@a.example",
                                                      account="a.example")
        async with transaction(async_sessionmaker(engine)) as s:  # a key row goes with its row
            await records_repo.delete_messages(s, mailbox_id="m1", ext_ids=["two-accounts"])
        async with async_sessionmaker(engine)() as s:
            left = raw((await s.execute(text("SELECT box, ext_id FROM message_keys"))).all())
        async with transaction(async_sessionmaker(engine)) as s:  # and with the user
            await s.execute(delete(User).where(User.id == "u1"))
        async with async_sessionmaker(engine)() as s:
            erased = [await s.scalar(text(f"SELECT count(*) FROM {t}"))
                      for t in ("message_features", "message_keys", "weekly_series",
                                "message_chunks")]
    finally:
        await engine.dispose()
    return {"rows": len(features) + 10, "before": before, "after": after,
            "keys_before": keys_before,
            "keys_after": keys_after, "stored": stored,
            "expected": records_repo.dedupe([records_repo.as_stored(f, keep_quotes=True)
                                             for f in features]),
            "engine_before": _assessed(records_repo.dedupe(features)),
            "engine_after": _assessed(stored), "two": two, "weeks": weeks, "trend": trend,
            "contact": contact, "left": left, "erased": erased}


def _check_0010(got: dict[str, Any]) -> None:
    from datetime import date

    assert len(got["after"]) == len(got["before"]) == got["rows"]
    assert got["after"] == got["before"]  # every column of every row, as 0009 left it
    assert got["keys_before"] and got["keys_after"] == got["keys_before"]
    assert got["stored"] == got["expected"]
    assert got["engine_after"] == got["engine_before"] and any(a[3] for a in
                                                               got["engine_after"])
    assert any(f.id == "two-accounts" for f in got["two"])
    d = date.fromisoformat
    assert got["weeks"] == {(d(w), a, e): (r, s) for a, e, w, r, s in _WEEKS}
    assert got["trend"] == {"a.example": [(d("2026-10-16"), 10, "healthy"),
                                          (d("2026-10-23"), 40, "watch")]}
    assert got["contact"] == ([(d("2026-10-23"), 70, "at_risk")],
                              [(d("2026-10-16"), 10, "healthy"), (d("2026-10-23"), 40, "watch")])
    two = (1, b"\x00two-accounts")  # in both mailboxes; deleted from the first
    assert any(k[:2] == two for k in got["keys_after"])
    assert two not in got["left"] and (2, two[1]) in got["left"]
    assert got["erased"] == [0, 0, 0, 0]


def test_0010_keeps_every_row_sqlite(tmp_path: Path) -> None:
    _check_0010(asyncio.run(_after_0010(f"sqlite+aiosqlite:///{tmp_path / 'k.db'}")))


def test_0010_keeps_every_row_postgres(fresh_pg: str) -> None:
    from tests.service_support import pg_url_of

    _check_0010(asyncio.run(_after_0010(pg_url_of(fresh_pg))))


# --- 0011: the account index holds only rows with an account ----------------------------------

_INDEX_SQL = {"postgresql": "SELECT indexdef FROM pg_indexes "
                            "WHERE indexname = 'ix_message_features_account'",
              "sqlite": "SELECT sql FROM sqlite_master "
                        "WHERE name = 'ix_message_features_account'"}


async def _around_0011(url: str) -> dict[str, Any]:
    from alembic import command
    from sqlalchemy import text

    from unspoken.store.db import make_engine
    from unspoken.store.migrate import alembic_config

    def raw(rows: Any) -> set[tuple[Any, ...]]:
        return {tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows}

    async def state() -> dict[str, Any]:
        # Raw rows: the repository reads the head schema (its reads over 0012: below).
        engine = make_engine(url)
        try:
            async with async_sessionmaker(engine)() as s:
                return {
                    "rows": raw((await s.execute(text(_ROWS_0009))).all()),
                    "index": await s.scalar(text(_INDEX_SQL[engine.dialect.name]))}
        finally:
            await engine.dispose()

    from dataclasses import replace as _replace

    from unspoken.signals.model import Address

    features = _features_0008()
    colleague = (Address("kim@x.test", "Kim"),)  # internal mail: no account
    features += [_replace(f, id=f"internal-{i}", message_id=f"in{i}@x.test", to=colleague,
                          cc=()) for i, f in enumerate(features[:6]) if f.sender.email == ME]
    await asyncio.to_thread(upgrade, url, "0008")
    await _insert_0008(url, features)
    await asyncio.to_thread(upgrade, url, "0010")
    before = await state()
    await asyncio.to_thread(upgrade, url, "0011")
    after = await state()
    await asyncio.to_thread(command.downgrade, alembic_config(url), "0010")
    return {"before": before, "after": after, "down": await state()}


def _check_0011(got: dict[str, Any]) -> None:
    before, after, down = got["before"], got["after"], got["down"]
    accounts = [r[6] for r in before["rows"]]
    assert 0 in accounts and any(a > 0 for a in accounts)  # internal mail and customers'
    assert "WHERE" not in before["index"].upper() and "WHERE" not in down["index"].upper()
    assert "account > 0" in after["index"].replace("(", "").replace(")", "")
    for state in (after, down):  # every row as 0010 left it
        assert state["rows"] == before["rows"]


def test_0011_keeps_every_row_and_downgrades_sqlite(tmp_path: Path) -> None:
    _check_0011(asyncio.run(_around_0011(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}")))


def test_0011_keeps_every_row_and_downgrades_postgres(fresh_pg: str) -> None:
    from tests.service_support import pg_url_of

    _check_0011(asyncio.run(_around_0011(pg_url_of(fresh_pg))))


# --- 0012: old messages folded many to a row -------------------------------------------------

async def _around_0012(url: str) -> dict[str, Any]:
    from alembic import command
    from sqlalchemy import text

    from unspoken.store.db import make_engine
    from unspoken.store.migrate import alembic_config
    from unspoken.store.repositories import records as records_repo

    def raw(rows: Any) -> set[tuple[Any, ...]]:
        return {tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows}

    async def rows() -> set[tuple[Any, ...]]:
        engine = make_engine(url)
        try:
            async with async_sessionmaker(engine)() as s:
                return raw((await s.execute(text(_ROWS_0009))).all())
        finally:
            await engine.dispose()

    features = _features_0008()
    await asyncio.to_thread(upgrade, url, "0008")
    await _insert_0008(url, features)
    await asyncio.to_thread(upgrade, url, "0011")
    before = await rows()
    await upgrade_async(url)
    after = await rows()
    engine = make_engine(url)
    try:
        async with async_sessionmaker(engine)() as s:
            chunks = int(await s.scalar(text("SELECT count(*) FROM message_chunks")) or 0)
            folded = int(await s.scalar(text("SELECT sum(count) FROM message_chunks")) or 0)
            cutoffs = set((await s.execute(text(
                "SELECT folded_before FROM mailbox_numbers"))).scalars().all())
            stored = await records_repo.all_features(s, "u1")
            keys = await records_repo.all_keys(s, "u1")
            by_key = await records_repo.features_for_keys(s, user_id="u1", keys=sorted(keys))
            count = await records_repo.message_count(s, "m1")
            ids = await records_repo.message_ids(s, "m1")
    finally:
        await engine.dispose()
    await asyncio.to_thread(command.downgrade, alembic_config(url), "0011")
    expected = records_repo.dedupe([records_repo.as_stored(f, keep_quotes=True)
                                    for f in features])
    return {"before": before, "after": after, "down": await rows(), "chunks": chunks,
            "folded": folded, "cutoffs": cutoffs, "stored": stored, "expected": expected,
            "by_key": by_key, "keys": keys, "count": count, "ids": ids,
            "m1": len(features), "engine_before": _assessed(expected),
            "engine_after": _assessed(stored)}


def _check_0012(got: dict[str, Any]) -> None:
    before, after = got["before"], got["after"]
    # The fixture's mail is dated up to 2026-11-02: with any clock after 2026-12 most of it
    # folds; the two messages with more than one account key stay rows.
    assert got["chunks"] > 0 and got["folded"] > len(before) // 2
    assert after < before and len(after) + got["folded"] == len(before)
    assert {(r[0], r[1]) for r in after} >= {(1, b"\x00two-accounts"), (1, b"\x00bounce")}
    assert len(got["cutoffs"]) == 1 and None not in got["cutoffs"]
    assert got["stored"] == got["expected"]  # what the engine reads is the same
    assert got["engine_after"] == got["engine_before"] and any(a[3] for a in
                                                               got["engine_after"])
    assert got["count"] == len(got["ids"]) == len(set(got["ids"])) == got["m1"]
    assert got["by_key"] and {f.id for f in got["by_key"]} <= {f.id for f in got["stored"]}
    assert got["down"] == before  # every column of every row back as 0011 left it


def test_0012_folds_old_messages_and_downgrades_sqlite(tmp_path: Path) -> None:
    _check_0012(asyncio.run(_around_0012(f"sqlite+aiosqlite:///{tmp_path / 'f.db'}")))


def test_0012_folds_old_messages_and_downgrades_postgres(fresh_pg: str) -> None:
    from tests.service_support import pg_url_of

    _check_0012(asyncio.run(_around_0012(pg_url_of(fresh_pg))))
