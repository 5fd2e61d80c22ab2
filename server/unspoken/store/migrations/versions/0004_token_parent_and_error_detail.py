"""token parent, mailbox error detail

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00

`auth_tokens.parent_id`: the bearer token a console session was made from, so revoking the
token revokes the session. `mailboxes.error_detail`: the one-line reason shown to the user when
a sync or an import ends in `error`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_auth_tokens_parent_id'), ['parent_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_auth_tokens_parent_id_auth_tokens'),
                                    'auth_tokens', ['parent_id'], ['id'], ondelete='CASCADE')
    with op.batch_alter_table('mailboxes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('error_detail', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('mailboxes', schema=None) as batch_op:
        batch_op.drop_column('error_detail')
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_auth_tokens_parent_id_auth_tokens'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_auth_tokens_parent_id'))
        batch_op.drop_column('parent_id')
