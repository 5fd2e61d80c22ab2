"""compact message rows: mailbox numbers, address and account-key ids, one packed value

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00

A 10,000-message mailbox took ~7.4 MB in PostgreSQL, 95 % of it `message_features` (two
32-character ids per row and again in the unique index, provider ids and Message-IDs as text,
six JSON columns) and `message_keys` (a row of ~155 bytes per account key). The rows become
models.MessageRow (store.packing): the mailbox as a small number (`mailbox_numbers`), the
exact provider id in bytes, Message-ID and thread id as 64-bit hashes, addresses and account
keys as ids into per-user tables (`addresses`, `account_keys`), the first account key as a
column and the others in `message_keys`, the rest as one packed value. Every row is
converted (same ids; the account keys are the stored ones, not recomputed).

The packing is `unspoken.store.packing`, imported (too much to copy): whatever format it
writes is the one the code reads. Downgrade is not supported (the hashed ids cannot be
restored).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from alembic import op

from unspoken.signals.model import Direction, MessageFlag, Role
from unspoken.store import packing

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_BATCH = 1000
_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TZ = sa.DateTime(timezone=True)

_old = sa.table(
    "message_features_0008", sa.column("id", sa.BigInteger), sa.column("mailbox_id", sa.String),
    sa.column("user_id", sa.String), sa.column("ext_id", sa.String),
    sa.column("message_id", sa.String), sa.column("in_reply_to", sa.String),
    sa.column("thread_id", sa.String), sa.column("date", _TZ),
    sa.column("direction", sa.String), sa.column("sender", sa.JSON), sa.column("to", sa.JSON),
    sa.column("cc", sa.JSON), sa.column("subject", sa.Text), sa.column("flags", sa.JSON),
    sa.column("chars", sa.Integer), sa.column("words", sa.Integer),
    sa.column("markers", sa.JSON), sa.column("quotes", sa.JSON),
    sa.column("sender_title", sa.String), sa.column("sender_role", sa.String),
    sa.column("synced_at", _TZ))
_old_keys = sa.table("message_keys_0008", sa.column("key", sa.String),
                     sa.column("message_row_id", sa.BigInteger))
_boxes = sa.table("mailbox_numbers", sa.column("num", sa.Integer),
                  sa.column("mailbox_id", sa.String), sa.column("user_id", sa.String))
_addresses = sa.table("addresses", sa.column("id", sa.BigInteger), sa.column("user_id", sa.String),
                      sa.column("email", sa.String), sa.column("name", sa.String))
_accounts = sa.table("account_keys", sa.column("id", sa.Integer),
                     sa.column("user_id", sa.String), sa.column("key", sa.String))
_new = sa.table(
    "message_features", sa.column("id", sa.BigInteger), sa.column("date", _TZ),
    sa.column("synced_at", _TZ), sa.column("message_hash", sa.BigInteger),
    sa.column("thread_hash", sa.BigInteger), sa.column("box", sa.Integer),
    sa.column("account", sa.Integer), sa.column("sent", sa.Boolean),
    sa.column("ext_id", sa.LargeBinary), sa.column("packed", sa.LargeBinary))
_new_keys = sa.table("message_keys", sa.column("message_row_id", sa.BigInteger),
                     sa.column("account", sa.Integer))


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.rename_table("message_keys", "message_keys_0008")
    op.rename_table("message_features", "message_features_0008")
    if postgres:  # these names would clash with the new tables' (indexes and sequences)
        op.execute("ALTER INDEX message_features_pkey RENAME TO message_features_0008_pkey")
        op.execute("ALTER INDEX message_keys_pkey RENAME TO message_keys_0008_pkey")
        op.execute("ALTER SEQUENCE message_features_id_seq "
                   "RENAME TO message_features_0008_id_seq")
        op.execute("ALTER SEQUENCE message_keys_id_seq RENAME TO message_keys_0008_id_seq")
    op.drop_index("ix_message_keys_user_key", table_name="message_keys_0008")
    op.drop_index("ix_message_keys_message_row_id", table_name="message_keys_0008")
    op.drop_index("ix_message_features_user_id", table_name="message_features_0008")

    op.create_table(
        "mailbox_numbers",
        sa.Column("num", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mailbox_id", sa.String(32),
                  sa.ForeignKey("mailboxes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.UniqueConstraint("mailbox_id"))
    op.create_index("ix_mailbox_numbers_user_id", "mailbox_numbers", ["user_id"])
    op.create_table(
        "addresses",
        sa.Column("id", _BigId, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.UniqueConstraint("user_id", "email", "name"))
    op.create_table(
        "account_keys",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("key", sa.String(320), nullable=False),
        sa.UniqueConstraint("user_id", "key"))
    op.create_table(
        "message_features",
        sa.Column("id", _BigId, primary_key=True, autoincrement=True),
        sa.Column("date", _TZ, nullable=False),
        sa.Column("synced_at", _TZ, nullable=True),
        sa.Column("message_hash", sa.BigInteger(), nullable=False),
        sa.Column("thread_hash", sa.BigInteger(), nullable=False),
        sa.Column("box", sa.Integer(), sa.ForeignKey("mailbox_numbers.num", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("account", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.Column("ext_id", sa.LargeBinary(), nullable=False),
        sa.Column("packed", sa.LargeBinary(), nullable=False),
        sa.UniqueConstraint("box", "ext_id"))
    op.create_index("ix_message_features_account", "message_features", ["account"])
    op.create_table(
        "message_keys",
        sa.Column("message_row_id", sa.BigInteger(),
                  sa.ForeignKey("message_features.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("account", sa.Integer(), primary_key=True))
    op.create_index("ix_message_keys_account", "message_keys", ["account"])

    _convert(bind)
    op.drop_table("message_keys_0008")
    op.drop_table("message_features_0008")
    if postgres:
        op.execute("SELECT setval(pg_get_serial_sequence('message_features', 'id'), "
                   "coalesce((SELECT max(id) FROM message_features), 0) + 1, false)")


def _convert(bind: Any) -> None:
    boxes: dict[str, int] = {}
    addresses: dict[tuple[str, str, str], int] = {}
    accounts: dict[tuple[str, str], int] = {}
    last = 0
    while True:
        rows = bind.execute(sa.select(_old).where(_old.c.id > last).order_by(_old.c.id)
                            .limit(_BATCH)).all()
        if not rows:
            return
        last = rows[-1].id
        keys: dict[int, set[str]] = {}
        for mid, key in bind.execute(sa.select(_old_keys.c.message_row_id, _old_keys.c.key)
                                     .where(_old_keys.c.message_row_id.in_([r.id
                                                                            for r in rows]))):
            keys.setdefault(mid, set()).add(key)
        for r in rows:
            if r.mailbox_id not in boxes:
                bind.execute(sa.insert(_boxes).values(mailbox_id=r.mailbox_id,
                                                      user_id=r.user_id))
                boxes[r.mailbox_id] = bind.execute(sa.select(_boxes.c.num).where(
                    _boxes.c.mailbox_id == r.mailbox_id)).scalar_one()
        _ids(bind, addresses, _addresses, ("email", "name"),
             {(r.user_id, *_pair(a)) for r in rows for a in (r.sender, *r.to, *r.cc)})
        _ids(bind, accounts, _accounts, ("key",),
             {(r.user_id, k) for r in rows for k in keys.get(r.id, ())})
        new, more = [], []
        for r in rows:
            ids = sorted(accounts[(r.user_id, k)] for k in keys.get(r.id, ()))
            more += [{"message_row_id": r.id, "account": a} for a in ids[1:]]
            aid = [addresses[(r.user_id, *_pair(a))] for a in (r.sender, *r.to, *r.cc)]
            new.append({
                "id": r.id, "date": r.date, "synced_at": r.synced_at,
                "message_hash": packing.id_hash(r.message_id or ""),
                "thread_hash": packing.split_thread(r.thread_id or "")[1],
                "box": boxes[r.mailbox_id], "account": ids[0] if ids else 0,
                "sent": r.direction == Direction.SENT.value,
                "ext_id": packing.ext_key(r.ext_id),
                "packed": packing.pack(
                    direction=Direction(r.direction), role=Role(r.sender_role or "unknown"),
                    flags=frozenset(MessageFlag(f) for f in r.flags or ()),
                    chars=r.chars or 0, words=r.words or 0,
                    thread_prefix=packing.split_thread(r.thread_id or "")[0], sender=aid[0],
                    to=aid[1:1 + len(r.to)], cc=aid[1 + len(r.to):],
                    subject=r.subject or "", sender_title=r.sender_title or "",
                    in_reply_to=packing.id_hash(r.in_reply_to or ""),
                    markers=dict(r.markers or {}), quotes=dict(r.quotes or {}))})
        bind.execute(sa.insert(_new), new)
        if more:
            bind.execute(sa.insert(_new_keys), more)


def _pair(a: list[Any]) -> tuple[str, str]:
    return a[0], a[1] if len(a) > 1 else ""


def _ids(bind: Any, known: dict[Any, int], table: Any, cols: tuple[str, ...],
         wanted: Iterable[tuple[str, ...]]) -> None:
    """Fill `known` (user_id, *cols) -> id for `wanted`, inserting the rows not there yet."""
    missing = sorted(set(wanted) - known.keys())
    if not missing:
        return
    bind.execute(sa.insert(table), [{"user_id": w[0], **dict(zip(cols, w[1:], strict=True))}
                                    for w in missing])
    for user_id in {w[0] for w in missing}:
        q = sa.select(table.c.id, *(table.c[c] for c in cols)).where(table.c.user_id == user_id)
        for id_, *rest in bind.execute(q):
            known[(user_id, *rest)] = id_


def downgrade() -> None:
    raise NotImplementedError("0009 hashed Message-IDs and thread ids: restore a backup")
