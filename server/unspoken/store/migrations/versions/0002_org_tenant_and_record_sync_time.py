"""org tenant id, record sync time

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 22:00:00

`orgs.tenant_id`: one organisation per Microsoft tenant. `synced_at` on message and meeting
rows: when the row was written, so a full listing can delete the rows it did not see.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orgs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tenant_id', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_orgs_tenant_id'), ['tenant_id'], unique=True)
    with op.batch_alter_table('message_features', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('synced_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('synced_at')
    with op.batch_alter_table('message_features', schema=None) as batch_op:
        batch_op.drop_column('synced_at')
    with op.batch_alter_table('orgs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orgs_tenant_id'))
        batch_op.drop_column('tenant_id')
