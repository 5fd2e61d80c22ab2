"""old messages folded many to a row (`message_chunks`)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 02:45:00

A 10,000-message mailbox took 2.21 MB in PostgreSQL (issue 13's goal: 2 MB), 187 bytes a
message in `message_features`, of which ~75 are a row's own costs (tuple header, line
pointer, primary-key and account index entries), and a ~63-byte packed value is too small
to compress. Messages dated before the start of the month 30 days back, whose one account
key is their row's (no `message_keys` rows), move into one row per (mailbox, account,
month): provider ids and Message-ID hashes uncompressed (looked up), the rest zlib
(store.packing.fold). `mailbox_numbers.folded_before` is the cutoff of a box's last fold.
Later folds are the worker's (`records.fold`, run by `scores.weekly`). Downgrade puts every
folded message back in its row (same key, dates, write time, hashes, account and packed
value).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from unspoken.store import packing

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_BATCH = 500
_TZ = sa.DateTime(timezone=True)
_rows = sa.table("message_features", sa.column("date", _TZ), sa.column("synced_at", _TZ),
                 sa.column("message_hash", sa.BigInteger), sa.column("thread_hash", sa.BigInteger),
                 sa.column("box", sa.Integer), sa.column("account", sa.Integer),
                 sa.column("sent", sa.Boolean), sa.column("ext_id", sa.LargeBinary),
                 sa.column("packed", sa.LargeBinary))
_keys = sa.table("message_keys", sa.column("box", sa.Integer),
                 sa.column("ext_id", sa.LargeBinary))
_chunks = sa.table("message_chunks", sa.column("first_date", _TZ), sa.column("last_date", _TZ),
                   sa.column("last_sent", _TZ), sa.column("last_received", _TZ),
                   sa.column("last_synced", _TZ), sa.column("box", sa.Integer),
                   sa.column("account", sa.Integer), sa.column("period", sa.Integer),
                   sa.column("count", sa.Integer), sa.column("ext_keys", sa.LargeBinary),
                   sa.column("hashes", sa.LargeBinary), sa.column("data", sa.LargeBinary))
_numbers = sa.table("mailbox_numbers", sa.column("num", sa.Integer),
                    sa.column("folded_before", _TZ))


def upgrade() -> None:
    op.add_column("mailbox_numbers", sa.Column("folded_before", _TZ, nullable=True))
    # Widest columns first: PostgreSQL lays them out in this order, no alignment padding.
    op.create_table(
        "message_chunks",
        sa.Column("first_date", _TZ, nullable=False),
        sa.Column("last_date", _TZ, nullable=False),
        sa.Column("last_sent", _TZ, nullable=True),
        sa.Column("last_received", _TZ, nullable=True),
        sa.Column("last_synced", _TZ, nullable=True),
        sa.Column("box", sa.Integer(), sa.ForeignKey("mailbox_numbers.num", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("account", sa.Integer(), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("ext_keys", sa.LargeBinary(), nullable=False),
        sa.Column("hashes", sa.LargeBinary(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("box", "account", "period"))
    bind = op.get_bind()
    before = packing.fold_cutoff(datetime.now(UTC))
    for box in bind.execute(sa.select(_numbers.c.num).order_by(_numbers.c.num)).scalars().all():
        _fold_box(bind, box=box, before=before)


def _utc(d: datetime | None) -> datetime | None:
    if d is None:
        return None
    return d.replace(tzinfo=UTC) if d.tzinfo is None else d.astimezone(UTC)


def _fold_box(bind: Any, *, box: int, before: datetime) -> None:
    has_keys = sa.exists().where(_keys.c.box == _rows.c.box, _keys.c.ext_id == _rows.c.ext_id)
    q = sa.select(_rows).where(_rows.c.box == box, _rows.c.date < before, ~has_keys)
    groups: dict[tuple[int, int], list[packing.Folded]] = {}
    for r in bind.execute(q).all():
        date = _utc(r.date)
        assert date is not None
        groups.setdefault((r.account, packing.period_of(date)), []).append(packing.Folded(
            ext_id=bytes(r.ext_id), date=date, synced_at=_utc(r.synced_at),
            message_hash=r.message_hash, thread_hash=r.thread_hash, sent=bool(r.sent),
            packed=bytes(r.packed)))
    if not groups:
        return
    moved: list[bytes] = []
    for (account, period), entries in sorted(groups.items()):
        bind.execute(sa.insert(_chunks).values(box=box, account=account, period=period,
                                               **packing.chunk_columns(entries)))
        moved += [e.ext_id for e in entries]
    for i in range(0, len(moved), _BATCH):
        bind.execute(sa.delete(_rows).where(_rows.c.box == box,
                                            _rows.c.ext_id.in_(moved[i:i + _BATCH])))
    bind.execute(sa.update(_numbers).where(_numbers.c.num == box).values(folded_before=before))


def downgrade() -> None:
    bind = op.get_bind()
    for c in bind.execute(sa.select(_chunks).order_by(_chunks.c.box, _chunks.c.account,
                                                      _chunks.c.period)).all():
        rows = [dict(date=e.date, synced_at=e.synced_at, message_hash=e.message_hash,
                     thread_hash=e.thread_hash, box=c.box, account=c.account, sent=e.sent,
                     ext_id=e.ext_id, packed=e.packed)
                for e in packing.unfold(bytes(c.ext_keys), bytes(c.hashes), bytes(c.data))]
        for i in range(0, len(rows), _BATCH):
            bind.execute(sa.insert(_rows), rows[i:i + _BATCH])
    op.drop_table("message_chunks")
    op.execute("ALTER TABLE mailbox_numbers DROP COLUMN folded_before")
