"""Versioned org policies (append-only) and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.db import contains
from unspoken.store.models import AuditEntry, PolicyVersion


async def current(session: AsyncSession, org_id: str) -> PolicyVersion | None:
    q = (select(PolicyVersion).where(PolicyVersion.org_id == org_id)
         .order_by(PolicyVersion.version.desc()).limit(1))
    return (await session.execute(q)).scalar_one_or_none()


async def add_version(session: AsyncSession, *, org_id: str, body: dict[str, Any],
                      created_by: str | None) -> PolicyVersion:
    top = await session.scalar(select(func.max(PolicyVersion.version))
                               .where(PolicyVersion.org_id == org_id))
    row = PolicyVersion(org_id=org_id, version=int(top or 0) + 1, body=body,
                        created_by=created_by)
    session.add(row)
    await session.flush()
    return row


async def version(session: AsyncSession, *, org_id: str, version: int) -> PolicyVersion | None:
    q = select(PolicyVersion).where(PolicyVersion.org_id == org_id,
                                    PolicyVersion.version == version)
    return (await session.execute(q)).scalar_one_or_none()


async def versions(session: AsyncSession, *, org_id: str, limit: int) -> Sequence[PolicyVersion]:
    """The newest `limit` versions, newest first."""
    q = (select(PolicyVersion).where(PolicyVersion.org_id == org_id)
         .order_by(PolicyVersion.version.desc()).limit(limit))
    return (await session.execute(q)).scalars().all()


async def audit(session: AsyncSession, entry: AuditEntry) -> None:
    session.add(entry)
    await session.flush()


async def audit_page(session: AsyncSession, *, org_id: str, limit: int,
                     before_id: int | None) -> Sequence[AuditEntry]:
    q = select(AuditEntry).where(AuditEntry.org_id == org_id)
    if before_id is not None:
        q = q.where(AuditEntry.id < before_id)
    q = q.order_by(AuditEntry.id.desc()).limit(limit)
    return (await session.execute(q)).scalars().all()


async def audit_search(session: AsyncSession, *, org_id: str, action: str, actor: str,
                       since: datetime | None, until: datetime | None, limit: int,
                       before_id: int | None) -> Sequence[AuditEntry]:
    """Audit entries newest first, filtered by exact action, actor address substring and a
    time range [since, until)."""
    q = select(AuditEntry).where(AuditEntry.org_id == org_id)
    if action:
        q = q.where(AuditEntry.action == action)
    if actor:
        q = q.where(contains(AuditEntry.actor_email, actor))
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    if before_id is not None:
        q = q.where(AuditEntry.id < before_id)
    return (await session.execute(q.order_by(AuditEntry.id.desc()).limit(limit))).scalars().all()


async def audit_actions(session: AsyncSession, *, org_id: str) -> Sequence[str]:
    q = select(AuditEntry.action).where(AuditEntry.org_id == org_id).distinct()
    return sorted((await session.execute(q)).scalars().all())


async def anonymise_actor(session: AsyncSession, *, user_id: str) -> None:
    """An erased user's audit entries stay (what changed, when) without who they were."""
    from sqlalchemy import update

    await session.execute(update(AuditEntry).where(AuditEntry.actor_id == user_id)
                          .values(actor_id=None, actor_email="erased user"))
