"""signal learning

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 02:30:00

`feedback.signals`: the signal kinds on the target when feedback was given; `signal_learning`:
each organisation's learned sensitivity factor per signal (services/learning).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signals', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
    op.create_table(
        'signal_learning',
        sa.Column('org_id', sa.String(length=32), nullable=False),
        sa.Column('signal', sa.String(length=32), nullable=False),
        sa.Column('factor', sa.Float(), nullable=False),
        sa.Column('reset_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_change', sa.JSON(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['org_id'], ['orgs.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('org_id', 'signal'))


def downgrade() -> None:
    op.drop_table('signal_learning')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_column('signals')
