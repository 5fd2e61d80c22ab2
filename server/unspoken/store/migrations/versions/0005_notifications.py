"""notifications: digest and alert preferences, sent digests, alert outbox

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def _webhook() -> list[sa.Column]:
    return [sa.Column('webhook_kind', sa.String(length=16), nullable=True),
            sa.Column('webhook_url', sa.Text(), nullable=True),
            sa.Column('webhook_hint', sa.String(length=96), nullable=False),
            sa.Column('webhook_status', sa.String(length=16), nullable=False),
            sa.Column('webhook_error', sa.String(length=96), nullable=True),
            sa.Column('webhook_failing_since', sa.DateTime(timezone=True), nullable=True)]


def upgrade() -> None:
    op.create_table(
        'notification_prefs',
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('digest_enabled', sa.Boolean(), nullable=False),
        sa.Column('digest_weekday', sa.Integer(), nullable=False),
        sa.Column('digest_hour', sa.Integer(), nullable=False),
        sa.Column('timezone', sa.String(length=64), nullable=False),
        sa.Column('next_digest_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('alert_email', sa.Boolean(), nullable=False),
        sa.Column('alert_watch', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        *_webhook(),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id'))
    with op.batch_alter_table('notification_prefs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_prefs_next_digest_at'),
                              ['next_digest_at'], unique=False)
    op.create_table(
        'org_alert_channels',
        sa.Column('org_id', sa.String(length=32), nullable=False),
        sa.Column('updated_by', sa.String(length=32), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        *_webhook(),
        sa.ForeignKeyConstraint(['org_id'], ['orgs.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('org_id'))
    op.create_table(
        'digests',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('period', sa.String(length=16), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.String(length=255), nullable=False),
        sa.Column('covers_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('changed', sa.Integer(), nullable=False),
        sa.Column('at_risk', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.String(length=96), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'period'))
    op.create_table(
        'alert_deliveries',
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('transition_id', _ID, nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('hook_owner', sa.String(length=8), nullable=True),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_error', sa.String(length=96), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['transition_id'], ['level_transitions.id'],
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('transition_id', 'channel'))
    with op.batch_alter_table('alert_deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_alert_deliveries_status_next', ['status', 'next_attempt_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_alert_deliveries_user_id'), ['user_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('alert_deliveries')
    op.drop_table('digests')
    op.drop_table('org_alert_channels')
    op.drop_table('notification_prefs')
