"""Tables. Derived data only: no message body, no raw token, no plaintext secret is a column.

Every row a user's mail produced carries `user_id` (cascade on delete) so tenancy is one
`WHERE user_id = :me` and erasing a user is one DELETE — except the per-message rows, which
carry their mailbox's small number (`MailboxNumber`, which carries `user_id`) and cascade
through it: tenancy there is `box IN (the user's numbers)`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on the way in and out (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# BigInteger ids on PostgreSQL, INTEGER PRIMARY KEY (rowid, autoincrement) on SQLite.
_BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Role(StrEnum):
    MEMBER = "member"
    ADMIN = "admin"


class TokenKind(StrEnum):
    BEARER = "bearer"  # extension / API clients
    SESSION = "session"  # console cookie
    SIGNIN = "signin"  # a one-time console sign-in link (the demo's printed URL)


class SyncStage(StrEnum):
    BACKFILL = "backfill"
    INCREMENTAL = "incremental"
    IDLE = "idle"


class SyncStatus(StrEnum):
    OK = "ok"
    SYNCING = "syncing"
    NEEDS_REAUTH = "needs_reauth"
    ERROR = "error"


class SyncError(StrEnum):
    AUTH_REVOKED = "auth_revoked"
    RATE_LIMITED = "rate_limited"
    CURSOR_EXPIRED = "cursor_expired"
    TRANSIENT = "transient"
    UNREADABLE = "unreadable"


class Org(Base):
    __tablename__ = "orgs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    domain: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    # The Microsoft Entra tenant (directory) id of a work or school organisation; Google
    # Workspace organisations are keyed by `domain`. NULL: no tenant (personal, imports).
    tenant_id: Mapped[str | None] = mapped_column(String(64), unique=True, index=True,
                                                  default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    org_id: Mapped[str] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuthToken(Base):
    """An opaque token's SHA-256 (tokens are 256-bit random: a fast hash is enough)."""

    __tablename__ = "auth_tokens"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default=TokenKind.BEARER.value)
    label: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    # The bearer token a console session was made from: revoking it revokes the session too.
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("auth_tokens.id", ondelete="CASCADE"), index=True, default=None)


class Mailbox(Base):
    __tablename__ = "mailboxes"
    __table_args__ = (UniqueConstraint("user_id", "provider", "address", "label"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    provider: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    label: Mapped[str] = mapped_column(String(64), default="")  # tells file imports apart
    source: Mapped[dict[str, Any]] = mapped_column(default=dict)  # provider config, no secret
    credentials: Mapped[str | None] = mapped_column(Text, default=None)  # store.crypto sealed
    stage: Mapped[str] = mapped_column(String(16), default=SyncStage.BACKFILL.value)
    status: Mapped[str] = mapped_column(String(16), default=SyncStatus.SYNCING.value)
    stage_started_at: Mapped[datetime] = mapped_column(default=utcnow)
    failure_count: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(String(32), default=None)  # SyncError
    # One line for the user about the last error (e.g. which upload is unreadable and why);
    # never a path, never message text.
    error_detail: Mapped[str | None] = mapped_column(String(200), default=None)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    items_synced: Mapped[int] = mapped_column(default=0)
    last_synced_at: Mapped[datetime | None] = mapped_column(default=None)
    # A provider's typed cursor (providers.base.Cursor), advanced in the same transaction as
    # the rows it covers; NULL means nothing synced yet.
    cursor: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    # Account keys whose stored data changed but whose assessments are not yet recomputed;
    # written with the data, cleared with the new assessments (a killed run leaves them here).
    pending_keys: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MailboxNumber(Base):
    """A mailbox's small integer: what each per-message row carries instead of the mailbox's
    and the user's 32-character ids (66 bytes a row, and again in the unique index). Created
    with the mailbox's first message; cascades with the mailbox and with the user."""

    __tablename__ = "mailbox_numbers"
    num: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mailbox_id: Mapped[str] = mapped_column(ForeignKey("mailboxes.id", ondelete="CASCADE"),
                                            unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # The cutoff of the box's last fold (records.fold): every message dated before it
    # and stored before that fold, without account keys beyond its first, is in a
    # MessageChunk. NULL: never folded (no chunk to look in).
    folded_before: Mapped[datetime | None] = mapped_column(default=None)


class AddressRow(Base):
    """One (email, display name) a user's mail named: messages hold its id (store.packing)."""

    __tablename__ = "addresses"
    __table_args__ = (UniqueConstraint("user_id", "email", "name"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(255), default="")


class AccountKeyRow(Base):
    """One candidate account key (scoring.key_of: a domain, or a free-mail address) of a user:
    messages and the overflow index hold its id. Ids are per user, so a lookup by them is
    already within one user's rows."""

    __tablename__ = "account_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(320))


class MessageRow(Base):
    """signals.model.MessageFeatures, one row per message per mailbox, ~110 bytes, until the
    message is old enough to fold into its account's month (MessageChunk).

    Columns are what a query filters on; everything else is `packed` (store.packing).
    The key is (box, ext_id): `ext_id` is the exact provider id (packing.ext_key), so the key
    never confuses two messages (no surrogate id: it cost 8 bytes a row and a second index);
    Message-ID and thread id are 64-bit hashes (packing.id_hash: compared only).
    `account` is the message's first account key (AccountKeyRow.id, 0: none) — most messages
    touch one account — and `MessageKey` holds any others. Rows are replaced, never updated
    (except `purge_quotes`), and mostly appended: no fillfactor below 100."""

    __tablename__ = "message_features"
    __table_args__ = (PrimaryKeyConstraint("box", "ext_id"),
                      # Rows without an account (0: internal mail) are never read by
                      # account: store.repositories.records says so in each query that is.
                      Index("ix_message_features_account", "account",
                            postgresql_where=text("account > 0"),
                            sqlite_where=text("account > 0")))
    # Declared widest first: PostgreSQL lays columns out in this order, so no alignment padding.
    date: Mapped[datetime]
    # When this row was written (rows are replaced, never updated): a full listing sweeps the
    # rows it did not write, and the weekly stamp (records_stamps) sees every write by its
    # highest value. NULL: written before the column existed.
    synced_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    message_hash: Mapped[int] = mapped_column(BigInteger, default=0)  # 0: no Message-ID
    thread_hash: Mapped[int] = mapped_column(BigInteger, default=0)
    box: Mapped[int] = mapped_column(ForeignKey("mailbox_numbers.num", ondelete="CASCADE"))
    account: Mapped[int] = mapped_column(Integer, default=0)
    sent: Mapped[bool] = mapped_column(default=False)  # Direction.SENT: the bounce queries
    ext_id: Mapped[bytes] = mapped_column(LargeBinary)
    packed: Mapped[bytes] = mapped_column(LargeBinary)


class MessageChunk(Base):
    """Many old messages of one mailbox, one account and one month, in one row (~1.5 KB
    for ~30 messages in the storage bench): a MessageRow costs ~75 bytes of tuple header,
    line pointer and index entries besides its ~110 of data, and one message's packed value
    is too small to compress. Messages move here once their month has settled
    (packing.fold_cutoff; task `records.fold`, run by `scores.weekly` too);
    only messages whose one account key is `MessageRow.account` (no MessageKey rows) fold,
    so reading by account is one probe of the key, as for rows. `ext_keys` and `hashes`
    are uncompressed for look-ups by provider id and by Message-ID (store.packing.fold);
    `data` is zlib. A chunk is rewritten whole when one of its messages changes (the
    message goes back to a row) or is deleted."""

    __tablename__ = "message_chunks"
    __table_args__ = (PrimaryKeyConstraint("box", "account", "period"),)
    first_date: Mapped[datetime]
    last_date: Mapped[datetime]
    last_sent: Mapped[datetime | None] = mapped_column(default=None)  # records.last_dates
    last_received: Mapped[datetime | None] = mapped_column(default=None)
    # The latest write time (`MessageRow.synced_at`, kept through folding) of its messages:
    # records_stamps reads a chunk wholly before a Friday by it, without decoding it.
    last_synced: Mapped[datetime | None] = mapped_column(default=None)
    box: Mapped[int] = mapped_column(ForeignKey("mailbox_numbers.num", ondelete="CASCADE"))
    account: Mapped[int] = mapped_column(Integer)
    period: Mapped[int] = mapped_column(Integer)  # year * 12 + month - 1 of the dates
    count: Mapped[int] = mapped_column(Integer)
    ext_keys: Mapped[bytes] = mapped_column(LargeBinary)
    hashes: Mapped[bytes] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MeetingRow(Base):
    """signals.model.Meeting, one row per occurrence per mailbox (few: kept plain)."""

    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("mailbox_id", "occurrence_id"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    mailbox_id: Mapped[str] = mapped_column(ForeignKey("mailboxes.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    occurrence_id: Mapped[str] = mapped_column(String(512))
    uid: Mapped[str] = mapped_column(String(512))
    title: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[datetime]
    end: Mapped[datetime | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16))
    organizer: Mapped[list[Any] | None] = mapped_column(default=None)
    attendees: Mapped[list[Any]] = mapped_column(default=list)  # [[email, name, response]]
    original_start: Mapped[datetime | None] = mapped_column(default=None)
    sequence: Mapped[int] = mapped_column(default=0)
    recurring: Mapped[bool] = mapped_column(default=False)
    synced_at: Mapped[datetime | None] = mapped_column(default=utcnow)  # see MessageRow


class MessageKey(Base):
    """A message's account keys beyond `MessageRow.account` (a message to two customers, a
    bounce's "!bounce"): the rest of the index of incremental rescoring. Few rows: keyed by
    the message's own key, and gone with it."""

    __tablename__ = "message_keys"
    __table_args__ = (ForeignKeyConstraint(["box", "ext_id"],
                                           ["message_features.box", "message_features.ext_id"],
                                           ondelete="CASCADE"),
                      Index("ix_message_keys_account", "account"))
    box: Mapped[int] = mapped_column(Integer, primary_key=True)
    ext_id: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    account: Mapped[int] = mapped_column(Integer, primary_key=True)


class MeetingKey(Base):
    __tablename__ = "meeting_keys"
    __table_args__ = (Index("ix_meeting_keys_user_key", "user_id", "key"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(320))
    meeting_row_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True)


class ContactAssessmentRow(Base):
    __tablename__ = "contact_assessments"
    __table_args__ = (UniqueConstraint("user_id", "email"),
                      Index("ix_contact_assessments_user_account", "user_id", "account"))
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))
    account: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(255), default="")
    title: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(16), default="unknown")
    risk: Mapped[str] = mapped_column(String(24))
    score: Mapped[int] = mapped_column(default=0)
    signals: Mapped[list[Any]] = mapped_column(default=list)  # signals.report.signal_json
    computed_at: Mapped[datetime]


class AccountAssessmentRow(Base):
    __tablename__ = "account_assessments"
    __table_args__ = (UniqueConstraint("user_id", "account"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    account: Mapped[str] = mapped_column(String(320))
    risk: Mapped[str] = mapped_column(String(24))
    score: Mapped[int] = mapped_column(default=0)
    signals: Mapped[list[Any]] = mapped_column(default=list)
    checkin: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    contact_count: Mapped[int] = mapped_column(default=0)
    computed_at: Mapped[datetime]


class LevelTransition(Base):
    """An account's level changed for a user. Written by services/scoring in the same
    transaction as the new assessment, so a transition exists exactly when the level did change
    (a killed rescore leaves neither). Read by the digest, the alerts and "Needs attention"."""

    __tablename__ = "level_transitions"
    __table_args__ = (Index("ix_level_transitions_user_at", "user_id", "at"),
                      Index("ix_level_transitions_alert_state", "alert_state"))
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    account: Mapped[str] = mapped_column(String(320))
    from_level: Mapped[str | None] = mapped_column(String(24), default=None)  # None: first seen
    to_level: Mapped[str] = mapped_column(String(24))
    from_score: Mapped[int | None] = mapped_column(default=None)
    to_score: Mapped[int] = mapped_column(default=0)
    # The new assessment's strongest signals: [{"kind", "severity", "summary"}], at most 3.
    signals: Mapped[list[Any]] = mapped_column(default=list)
    at: Mapped[datetime] = mapped_column(default=utcnow)  # wall clock: when it was noticed
    as_of: Mapped[datetime]  # the engine's "now" for the new assessment
    # Recorded while a mailbox was still backfilling: the history was incomplete.
    backfill: Mapped[bool] = mapped_column(default=False)
    # What the alerts made of it (services/alerts): "new" until planned, then "planned" or
    # the reason none was sent ("backfill", "not_up", "opted_out", "muted", "recent").
    alert_state: Mapped[str] = mapped_column(String(16), default="new")


class UserContext(Base):
    """The engine's MailboxContext for a user, as of the last rescore (see services/scoring)."""

    __tablename__ = "user_contexts"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    body: Mapped[dict[str, Any]] = mapped_column()
    computed_at: Mapped[datetime]


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (Index("ix_feedback_user_target", "user_id", "target_kind", "target"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    target_kind: Mapped[str] = mapped_column(String(16))  # contact | account
    target: Mapped[str] = mapped_column(String(320))
    kind: Mapped[str] = mapped_column(String(16))  # not_a_risk | snooze | confirmed
    muted_until: Mapped[datetime | None] = mapped_column(default=None)
    risk_at_time: Mapped[str | None] = mapped_column(String(24), default=None)  # for tuning
    # The signal kinds on the target when the feedback was given: what it counts toward in
    # services/learning. Empty for feedback given before the column existed.
    signals: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SignalLearning(Base):
    """An organisation's learned factor for one signal (signals.learning): multiplies the
    admin's sensitivity in the engine. Absent: factor 1, counting since the beginning."""

    __tablename__ = "signal_learning"
    org_id: Mapped[str] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"),
                                        primary_key=True)
    signal: Mapped[str] = mapped_column(String(32), primary_key=True)
    factor: Mapped[float] = mapped_column(Float, default=1.0)
    # Feedback before this instant no longer counts (an admin reset it).
    reset_at: Mapped[datetime | None] = mapped_column(default=None)
    # The last automatic move: {"at", "from", "to", "feedback_id", "audit_id"}.
    last_change: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PolicyVersion(Base):
    """Append-only: the current policy is the highest version of the org."""

    __tablename__ = "policies"
    __table_args__ = (UniqueConstraint("org_id", "version"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    version: Mapped[int]
    body: Mapped[dict[str, Any]] = mapped_column()
    created_by: Mapped[str | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_org_at", "org_id", "at"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    actor_id: Mapped[str | None] = mapped_column(String(32), default=None)
    actor_email: Mapped[str] = mapped_column(String(320), default="")
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(320), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class HookStatus(StrEnum):
    OK = "ok"
    FAILING = "failing"  # deliveries are being retried; shown as "delivery failing"
    REMOVED = "removed"  # the service said the hook is gone: not used until replaced


class _Webhook:
    """A Slack or Teams incoming webhook: the URL is a capability, so it is sealed (store.crypto)
    and shown only as `hint`; its health is what Settings shows."""

    webhook_kind: Mapped[str | None] = mapped_column(String(16), default=None)  # slack | teams
    webhook_url: Mapped[str | None] = mapped_column(Text, default=None)  # sealed
    webhook_hint: Mapped[str] = mapped_column(String(96), default="")
    webhook_status: Mapped[str] = mapped_column(String(16), default=HookStatus.OK.value)
    webhook_error: Mapped[str | None] = mapped_column(String(96), default=None)
    webhook_failing_since: Mapped[datetime | None] = mapped_column(default=None)


class NotificationPrefs(_Webhook, Base):
    """A user's digest schedule and alert channels; a user without a row has the defaults."""

    __tablename__ = "notification_prefs"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    digest_enabled: Mapped[bool] = mapped_column(default=True)
    digest_weekday: Mapped[int] = mapped_column(default=0)  # Monday
    digest_hour: Mapped[int] = mapped_column(default=8)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # The UTC instant of the next weekly slot to deliver; the digest cron's index.
    next_digest_at: Mapped[datetime] = mapped_column(index=True)
    alert_email: Mapped[bool] = mapped_column(default=True)
    alert_watch: Mapped[bool] = mapped_column(default=False)  # healthy -> watch alerts too
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrgAlertChannel(_Webhook, Base):
    """An organisation's default alert webhook, set by an admin, for members without their own."""

    __tablename__ = "org_alert_channels"
    org_id: Mapped[str] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"),
                                        primary_key=True)
    updated_by: Mapped[str | None] = mapped_column(String(32), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class DigestRecord(Base):
    """The claim and the sent-digest record of one user's weekly period, one row per
    (user, period). `status` becomes final (sent | empty | failed) in the same transaction
    that holds the row's lock while the message is handed to SMTP (services/digest)."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("user_id", "period"),)
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(16))  # ISO week of the local slot: 2026-W45
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)  # > 1: an earlier attempt died or failed
    message_id: Mapped[str] = mapped_column(String(255), default="")
    covers_until: Mapped[datetime | None] = mapped_column(default=None)
    changed: Mapped[int] = mapped_column(default=0)
    at_risk: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(String(96), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)


class AlertDelivery(Base):
    """The outbox of alerts: one row per (transition, channel), written when the alert is
    planned; a sender locks it, delivers, and marks it in one transaction (services/alerts)."""

    __tablename__ = "alert_deliveries"
    __table_args__ = (UniqueConstraint("transition_id", "channel"),
                      Index("ix_alert_deliveries_status_next", "status", "next_attempt_at"))
    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    transition_id: Mapped[int] = mapped_column(
        ForeignKey("level_transitions.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # email | webhook
    hook_owner: Mapped[str | None] = mapped_column(String(8), default=None)  # user | org
    status: Mapped[str] = mapped_column(String(16), default="pending")  # sent|failed|disabled
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(96), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)


class WeeklySeries(Base):
    """What the engine said at the end of each past Friday (services/weekly: the same replay
    as `unspoken backtest`), one row per account (`email` = "") and per contact: the series
    of its stored Fridays in `points` ([["2026-11-06", score, level], ...], oldest
    first). Trends and sparklines read these; no request runs the engine for history. One
    row a series, not a row a week: a week's row cost ~360 bytes for ~6 of content."""

    __tablename__ = "weekly_series"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    account: Mapped[str] = mapped_column(String(320), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), primary_key=True)  # "": the account itself
    points: Mapped[list[Any]] = mapped_column()


class WeeklyReplay(Base):
    """Per user and Friday, what its stored scores were computed from (services/weekly): a
    Friday is replayed again only when that changed."""

    __tablename__ = "weekly_replays"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    inputs: Mapped[dict[str, Any]] = mapped_column()  # {"key": ..., "weeks": {friday: stamp}}
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)
