"""Admin: the org policy (versioned, audited), the audit log, members' sync health."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import policy as policy_service
from unspoken.services.me import mailbox_json
from unspoken.services.policy import OrgPolicy
from unspoken.store.models import AuditEntry, User
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import policies as repo
from unspoken.store.repositories import users as users_repo
from unspoken.worker.queue import JobQueue


async def get_policy(session: AsyncSession, *, org_id: str) -> dict[str, Any]:
    row = await repo.current(session, org_id)
    version, pol = await policy_service.current(session, org_id=org_id)
    return {"version": version, "policy": pol.model_dump(mode="json"),
            "updated_at": row.created_at.isoformat() if row else None}


async def put_policy(session: AsyncSession, *, org_id: str, actor: User,
                     new: OrgPolicy, action: str = "policy.updated",
                     detail: dict[str, Any] | None = None) -> tuple[dict[str, Any], bool]:
    """(the stored policy, whether it changed); an unchanged policy makes no version."""
    _, old = await policy_service.current(session, org_id=org_id)
    changes = policy_service.diff(old, new)
    if changes:
        row = await repo.add_version(session, org_id=org_id, body=new.model_dump(mode="json"),
                                     created_by=actor.id)
        await repo.audit(session, AuditEntry(org_id=org_id, actor_id=actor.id,
                                             actor_email=actor.email, action=action,
                                             target=f"policy:v{row.version}",
                                             detail={"changes": changes, **(detail or {})}))
    return await get_policy(session, org_id=org_id), bool(changes)


class NoSuchVersion(Exception):
    pass


async def rollback_policy(session: AsyncSession, *, org_id: str, actor: User,
                          version: int) -> tuple[dict[str, Any], bool]:
    """Make an earlier version current again: a new version and its own audit entry
    ("policy.rolled_back"), never a rewrite of history."""
    row = await repo.version(session, org_id=org_id, version=version)
    if row is None:
        raise NoSuchVersion(version)
    return await put_policy(session, org_id=org_id, actor=actor,
                            new=OrgPolicy.model_validate(row.body),
                            action="policy.rolled_back", detail={"to_version": version})


async def policy_changed(queue: JobQueue, *, org_id: str) -> None:
    """After a new policy version is committed: purge quotes it no longer allows, rescore."""
    await queue.enqueue("retention.purge", org_id)
    await queue.enqueue("assess.org", org_id)


def audit_json(e: AuditEntry) -> dict[str, Any]:
    return {"id": e.id, "at": e.at.isoformat(), "actor": e.actor_email, "action": e.action,
            "target": e.target, "detail": e.detail}


async def audit_page(session: AsyncSession, *, org_id: str, limit: int,
                     before: int | None) -> dict[str, Any]:
    rows = await repo.audit_page(session, org_id=org_id, limit=limit, before_id=before)
    return {"entries": [audit_json(e) for e in rows],
            "next_before": rows[-1].id if len(rows) == limit else None}


def member_json(u: User, boxes: list[Any]) -> dict[str, Any]:
    """Sync health only: never contacts, accounts or evidence."""
    return {"id": u.id, "email": u.email, "name": u.name, "role": u.role,
            "mailboxes": [mailbox_json(b) for b in boxes]}


async def members(session: AsyncSession, *, org_id: str) -> list[dict[str, Any]]:
    users = await users_repo.org_members(session, org_id)
    boxes = await mailboxes_repo.list_for_users(session, [u.id for u in users])
    return [member_json(u, [b for b in boxes if b.user_id == u.id]) for u in users]


async def member(session: AsyncSession, *, org_id: str, user_id: str) -> dict[str, Any] | None:
    u = await users_repo.org_member(session, org_id=org_id, user_id=user_id)
    if u is None:
        return None
    return member_json(u, list(await mailboxes_repo.list_for_user(session, u.id)))
