"""the account index of message rows holds only the rows with an account

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 23:40:00

A message row's `account` is 0 when the message touches no account (internal mail: a quarter
of a mailbox in the storage bench) and such rows are never read by account, yet each had an
entry in `ix_message_features_account`. The index becomes partial (`WHERE account > 0`); the
queries that read by account say `account > 0` in their text (store.repositories.records), so
the planner can use it. No row changes; downgrade restores the full index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_INDEX = "ix_message_features_account"
_WHERE = sa.text("account > 0")


def upgrade() -> None:
    op.drop_index(_INDEX, table_name="message_features")
    op.create_index(_INDEX, "message_features", ["account"], postgresql_where=_WHERE,
                    sqlite_where=_WHERE)


def downgrade() -> None:
    op.drop_index(_INDEX, table_name="message_features")
    op.create_index(_INDEX, "message_features", ["account"])
