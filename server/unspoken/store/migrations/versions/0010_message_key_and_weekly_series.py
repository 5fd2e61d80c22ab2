"""message rows keyed by (box, ext_id); weekly scores as one row per series

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:00:00

A 10,000-message mailbox took ~2.7 MB in PostgreSQL (issue 13's goal: 2 MB). Two things
carried more than they held:
- `message_features` had a surrogate `id` (8 bytes a row, and a primary-key index of ~25 bytes
  a message) beside the unique key (box, ext_id) that every look-up uses. (box, ext_id)
  becomes the primary key; `message_keys` refers to it (box, ext_id, account), the feature
  cache keys on it, and the weekly stamp is (count, last write time) instead of (count,
  highest id, last write time). Rows are copied as they are (same key, dates, write times,
  hashes and packed value; the account keys the stored ones).
- `weekly_scores` was a row per (account or contact, Friday): ~360 bytes with its two indexes
  for a score and a level. `weekly_series` is a row per account or contact holding its
  Fridays ([["2026-11-06", score, level], ...], oldest first).

The weekly stamps stored in `weekly_replays` change shape, so the first weekly run after this
replays every kept Friday once (same scores). Downgrade is not supported (0009 has none).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_BATCH = 1000
_TZ = sa.DateTime(timezone=True)
_old_weeks = sa.table("weekly_scores", sa.column("user_id", sa.String),
                      sa.column("account", sa.String), sa.column("email", sa.String),
                      sa.column("week", sa.Date), sa.column("risk", sa.String),
                      sa.column("score", sa.Integer))
_series = sa.table("weekly_series", sa.column("user_id", sa.String),
                   sa.column("account", sa.String), sa.column("email", sa.String),
                   sa.column("points", sa.JSON))
_COLS = "date, synced_at, message_hash, thread_hash, box, account, sent, ext_id, packed"


def upgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_message_keys_account", table_name="message_keys")
    op.drop_index("ix_message_features_account", table_name="message_features")
    op.rename_table("message_keys", "message_keys_0009")
    op.rename_table("message_features", "message_features_0009")
    if bind.dialect.name == "postgresql":  # the new tables' primary keys take these names
        op.execute("ALTER INDEX message_features_pkey RENAME TO message_features_0009_pkey")
        op.execute("ALTER INDEX message_keys_pkey RENAME TO message_keys_0009_pkey")

    # Widest columns first: PostgreSQL lays them out in this order, no alignment padding.
    op.create_table(
        "message_features",
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
        sa.PrimaryKeyConstraint("box", "ext_id"))
    op.create_index("ix_message_features_account", "message_features", ["account"])
    op.create_table(
        "message_keys",
        sa.Column("box", sa.Integer(), nullable=False),
        sa.Column("ext_id", sa.LargeBinary(), nullable=False),
        sa.Column("account", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["box", "ext_id"],
                                ["message_features.box", "message_features.ext_id"],
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("box", "ext_id", "account"))
    op.create_index("ix_message_keys_account", "message_keys", ["account"])

    # In key order: the primary key's pages fill as on appends.
    op.execute(f"INSERT INTO message_features ({_COLS}) "
               f"SELECT {_COLS} FROM message_features_0009 ORDER BY box, ext_id")
    op.execute("INSERT INTO message_keys (box, ext_id, account) "
               "SELECT f.box, f.ext_id, k.account FROM message_keys_0009 k "
               "JOIN message_features_0009 f ON f.id = k.message_row_id "
               "ORDER BY f.box, f.ext_id, k.account")
    op.drop_table("message_keys_0009")
    op.drop_table("message_features_0009")

    op.create_table(
        "weekly_series",
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("account", sa.String(320), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("points", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "account", "email"))
    _convert_weeks(bind)
    op.drop_index("ix_weekly_scores_user_email", table_name="weekly_scores")
    op.drop_table("weekly_scores")


def _convert_weeks(bind: Any) -> None:
    """One series per (user, account, email), its Fridays oldest first; a user at a time."""
    users = bind.execute(sa.select(_old_weeks.c.user_id).distinct()).scalars().all()
    for user_id in users:
        series: dict[tuple[str, str], list[list[Any]]] = {}
        q = (sa.select(_old_weeks).where(_old_weeks.c.user_id == user_id)
             .order_by(_old_weeks.c.account, _old_weeks.c.email, _old_weeks.c.week))
        for r in bind.execute(q).all():
            series.setdefault((r.account, r.email), []).append(
                [r.week.isoformat(), r.score, r.risk])
        rows = [{"user_id": user_id, "account": a, "email": e, "points": p}
                for (a, e), p in series.items()]
        for i in range(0, len(rows), _BATCH):
            bind.execute(sa.insert(_series), rows[i:i + _BATCH])


def downgrade() -> None:
    raise NotImplementedError("0009 hashed Message-IDs and thread ids: restore a backup")
