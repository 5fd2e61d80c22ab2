"""weekly scores

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 21:30:00

`weekly_scores`: the engine's answer at the end of each past Friday per account and contact
(services/weekly, the same replay as `unspoken backtest`); `weekly_replays`: what each user's
stored Fridays were computed from, so only what changed is replayed again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'weekly_scores',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True,
                  nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('account', sa.String(length=320), nullable=False),
        sa.Column('email', sa.String(length=320), nullable=False),
        sa.Column('week', sa.Date(), nullable=False),
        sa.Column('risk', sa.String(length=24), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'account', 'email', 'week'))
    with op.batch_alter_table('weekly_scores', schema=None) as batch_op:
        batch_op.create_index('ix_weekly_scores_user_email', ['user_id', 'email', 'week'],
                              unique=False)
    op.create_table(
        'weekly_replays',
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('inputs', sa.JSON(), nullable=False),
        sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id'))


def downgrade() -> None:
    op.drop_table('weekly_replays')
    with op.batch_alter_table('weekly_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_weekly_scores_user_email')
    op.drop_table('weekly_scores')
