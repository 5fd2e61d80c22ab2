"""Digest and alert preferences, sent-digest records and the alert outbox."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import (
    AlertDelivery,
    DigestRecord,
    LevelTransition,
    NotificationPrefs,
    OrgAlertChannel,
    User,
)


def _insert(session: AsyncSession, table: Any) -> Any:
    """INSERT … ON CONFLICT for the session's dialect."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


async def prefs(session: AsyncSession, user_id: str, *,
                lock: bool = False) -> NotificationPrefs | None:
    q = select(NotificationPrefs).where(NotificationPrefs.user_id == user_id)
    if lock:
        q = q.with_for_update()
    return (await session.execute(q.execution_options(populate_existing=True))
            ).scalar_one_or_none()


async def ensure_prefs(session: AsyncSession, *, user_id: str,
                       next_digest_at: datetime) -> NotificationPrefs:
    """The user's row, created with the defaults (and this first slot) when missing; locked."""
    await session.execute(_insert(session, NotificationPrefs).values(
        user_id=user_id, digest_enabled=True, digest_weekday=0, digest_hour=8, timezone="UTC",
        next_digest_at=next_digest_at, alert_email=True, alert_watch=False,
        updated_at=next_digest_at, webhook_hint="", webhook_status="ok",
    ).on_conflict_do_nothing())
    row = await prefs(session, user_id, lock=True)
    assert row is not None
    return row


async def add_missing_prefs(session: AsyncSession, *, next_digest_at: datetime,
                            now: datetime) -> None:
    """Give every user without preferences the defaults, first digest at `next_digest_at`."""
    missing = select(User.id, literal(True), literal(0), literal(8), literal("UTC"),
                     literal(next_digest_at, NotificationPrefs.next_digest_at.type),
                     literal(True), literal(False), literal(now, NotificationPrefs.updated_at.type),
                     literal(""), literal("ok")).where(
        ~select(NotificationPrefs.user_id).where(NotificationPrefs.user_id == User.id).exists())
    await session.execute(_insert(session, NotificationPrefs).from_select(
        ["user_id", "digest_enabled", "digest_weekday", "digest_hour", "timezone",
         "next_digest_at", "alert_email", "alert_watch", "updated_at", "webhook_hint",
         "webhook_status"], missing).on_conflict_do_nothing())


async def due_for_digest(session: AsyncSession, *, now: datetime,
                         limit: int = 5000) -> Sequence[str]:
    q = (select(NotificationPrefs.user_id)
         .where(NotificationPrefs.digest_enabled.is_(True),
                NotificationPrefs.next_digest_at <= now)
         .order_by(NotificationPrefs.next_digest_at).limit(limit))
    return (await session.execute(q)).scalars().all()


async def org_channel(session: AsyncSession, org_id: str, *,
                      lock: bool = False) -> OrgAlertChannel | None:
    q = select(OrgAlertChannel).where(OrgAlertChannel.org_id == org_id)
    if lock:
        q = q.with_for_update()
    return (await session.execute(q.execution_options(populate_existing=True))
            ).scalar_one_or_none()


async def add_org_channel(session: AsyncSession, row: OrgAlertChannel) -> OrgAlertChannel:
    session.add(row)
    await session.flush()
    return row


# Digests ----------------------------------------------------------------------------------


async def claim_digests(session: AsyncSession, *, periods: dict[str, str],
                        now: datetime) -> None:
    """For each user -> period: create the record, or count one more attempt on a pending one
    (one statement: INSERT … ON CONFLICT DO UPDATE … WHERE status = 'pending')."""
    if not periods:
        return
    stmt = _insert(session, DigestRecord).values([
        {"user_id": u, "period": p, "status": "pending", "attempts": 1, "message_id": "",
         "changed": 0, "at_risk": 0, "created_at": now} for u, p in sorted(periods.items())])
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["user_id", "period"],
        set_={"attempts": DigestRecord.attempts + 1},
        where=DigestRecord.status == "pending"))


async def prefs_of(session: AsyncSession, user_ids: Sequence[str]) -> Sequence[NotificationPrefs]:
    q = select(NotificationPrefs).where(NotificationPrefs.user_id.in_(list(user_ids)))
    return (await session.execute(q)).scalars().all()


async def locked_digest(session: AsyncSession, *, user_id: str, period: str
                        ) -> tuple[DigestRecord, NotificationPrefs, User] | None:
    """The record with its user's preferences, both locked for this transaction, and the
    user; None while another sender holds the record (PostgreSQL `SKIP LOCKED`; SQLite
    serialises writers and runs one job at a time). Only the record is skipped when locked:
    the preferences row is also locked briefly by alert planning and settings changes, which
    are not senders, so the sender waits for it (always after the record: no cycle)."""
    q = (select(DigestRecord, User)
         .join(User, User.id == DigestRecord.user_id)
         .where(DigestRecord.user_id == user_id, DigestRecord.period == period)
         .with_for_update(of=DigestRecord, skip_locked=True)
         .execution_options(populate_existing=True))
    row = (await session.execute(q)).first()
    if row is None:
        return None
    p = await prefs(session, user_id, lock=True)
    return None if p is None else (row[0], p, row[1])


async def last_digest(session: AsyncSession, user_id: str) -> DigestRecord | None:
    """The latest digest that went out (or had nothing to say)."""
    q = (select(DigestRecord)
         .where(DigestRecord.user_id == user_id, DigestRecord.status.in_(("sent", "empty")))
         .order_by(DigestRecord.covers_until.desc()).limit(1))
    return (await session.execute(q)).scalar_one_or_none()


async def digests_of(session: AsyncSession, user_id: str) -> Sequence[DigestRecord]:
    q = (select(DigestRecord).where(DigestRecord.user_id == user_id)
         .order_by(DigestRecord.created_at.desc(), DigestRecord.id.desc()))
    return (await session.execute(q)).scalars().all()


# Alert outbox -----------------------------------------------------------------------------


async def add_delivery(session: AsyncSession, row: AlertDelivery) -> None:
    session.add(row)
    await session.flush()


async def alerted_levels(session: AsyncSession, *, user_id: str, account: str,
                         since: datetime) -> Sequence[str]:
    """Levels the user was alerted about for `account` after `since`."""
    q = select(LevelTransition.to_level).where(
        LevelTransition.user_id == user_id, LevelTransition.account == account,
        LevelTransition.alert_state == "planned", LevelTransition.at > since)
    return (await session.execute(q)).scalars().all()


async def due_deliveries(session: AsyncSession, *, user_id: str, now: datetime,
                         limit: int = 100) -> Sequence[int]:
    q = (select(AlertDelivery.id)
         .where(AlertDelivery.user_id == user_id, AlertDelivery.status == "pending",
                AlertDelivery.next_attempt_at <= now)
         .order_by(AlertDelivery.id).limit(limit))
    return (await session.execute(q)).scalars().all()


async def locked_delivery(session: AsyncSession, delivery_id: int) -> AlertDelivery | None:
    """A pending delivery, locked for this transaction; None if another sender has it or it is
    no longer pending."""
    q = (select(AlertDelivery)
         .where(AlertDelivery.id == delivery_id, AlertDelivery.status == "pending")
         .with_for_update(skip_locked=True).execution_options(populate_existing=True))
    return (await session.execute(q)).scalar_one_or_none()


async def users_with_due_deliveries(session: AsyncSession, *, now: datetime,
                                    limit: int = 1000) -> Sequence[str]:
    q = (select(AlertDelivery.user_id)
         .where(and_(AlertDelivery.status == "pending", AlertDelivery.next_attempt_at <= now))
         .group_by(AlertDelivery.user_id).limit(limit))
    return (await session.execute(q)).scalars().all()


async def deliveries_of(session: AsyncSession, user_id: str) -> Sequence[AlertDelivery]:
    q = (select(AlertDelivery).where(AlertDelivery.user_id == user_id)
         .order_by(AlertDelivery.id))
    return (await session.execute(q)).scalars().all()
