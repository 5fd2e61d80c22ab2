"""level transitions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 10:00:00

`level_transitions`: one row each time an account's level changes for a user, written with the
new assessment (services/scoring); the digest, the alerts and the console read it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'level_transitions',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True,
                  nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('account', sa.String(length=320), nullable=False),
        sa.Column('from_level', sa.String(length=24), nullable=True),
        sa.Column('to_level', sa.String(length=24), nullable=False),
        sa.Column('from_score', sa.Integer(), nullable=True),
        sa.Column('to_score', sa.Integer(), nullable=False),
        sa.Column('signals', sa.JSON(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('as_of', sa.DateTime(timezone=True), nullable=False),
        sa.Column('backfill', sa.Boolean(), nullable=False),
        sa.Column('alert_state', sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('level_transitions', schema=None) as batch_op:
        batch_op.create_index('ix_level_transitions_user_at', ['user_id', 'at'], unique=False)
        batch_op.create_index('ix_level_transitions_alert_state', ['alert_state'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('level_transitions', schema=None) as batch_op:
        batch_op.drop_index('ix_level_transitions_alert_state')
        batch_op.drop_index('ix_level_transitions_user_at')
    op.drop_table('level_transitions')
