"""Admin: org policy (versioned, audited), audit log, members' sync health, team risk."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from unspoken.api.deps import AdminUser, RuntimeDep, SessionDep
from unspoken.api.problems import Problem, not_found
from unspoken.api.schemas.accounts import AccountList
from unspoken.api.schemas.admin import (
    AuditPage,
    LearningOut,
    LearningResetIn,
    Member,
    MemberList,
    PolicyOut,
)
from unspoken.api.schemas.common import Storable
from unspoken.services import accounts as account_service
from unspoken.services import admin as admin_service
from unspoken.services import learning as learning_service
from unspoken.services.policy import PolicyIn
from unspoken.services.policy import current as current_policy
from unspoken.store.repositories import users as users_repo

router = APIRouter(prefix="/v1/admin", tags=["admin"])


@router.get("/policy", response_model=PolicyOut)
async def get_policy(user: AdminUser, session: SessionDep) -> dict[str, Any]:
    return await admin_service.get_policy(session, org_id=user.org_id)


@router.put("/policy", response_model=PolicyOut)
async def put_policy(body: PolicyIn, user: AdminUser, session: SessionDep,
                     rt: RuntimeDep) -> dict[str, Any]:
    actor = await users_repo.user(session, user.user_id)
    assert actor is not None
    out, changed = await admin_service.put_policy(session, org_id=user.org_id, actor=actor,
                                                  new=body)
    await session.commit()
    if changed:
        await admin_service.policy_changed(rt.queue, org_id=user.org_id)
    return out


@router.get("/learning", response_model=LearningOut)
async def learning(user: AdminUser, session: SessionDep) -> dict[str, Any]:
    """What the team's feedback taught each signal: factor, bounds, counts, last change."""
    return await learning_service.view(session, org_id=user.org_id, now=datetime.now(UTC))


@router.post("/learning/reset", response_model=LearningOut)
async def learning_reset(body: LearningResetIn, user: AdminUser, session: SessionDep,
                         rt: RuntimeDep) -> dict[str, Any]:
    """Back to the admin's sensitivity for one signal (or all); audited, then rescored."""
    actor = await users_repo.user(session, user.user_id)
    assert actor is not None
    now = datetime.now(UTC)
    changed = await learning_service.reset(session, org_id=user.org_id, actor=actor,
                                           signal=body.signal, now=now)
    await session.commit()
    if changed:
        await learning_service.changed(rt.queue, org_id=user.org_id)
    return await learning_service.view(session, org_id=user.org_id, now=now)


@router.get("/audit", response_model=AuditPage)
async def audit(user: AdminUser, session: SessionDep,
                limit: Annotated[int, Query(ge=1, le=500)] = 100,
                before: Annotated[int | None, Query(ge=1, le=2**62)] = None) -> dict[str, Any]:
    return await admin_service.audit_page(session, org_id=user.org_id, limit=limit,
                                          before=before)


@router.get("/members", response_model=MemberList)
async def members(user: AdminUser, session: SessionDep) -> dict[str, Any]:
    return {"members": await admin_service.members(session, org_id=user.org_id)}


@router.get("/members/{user_id}", response_model=Member,
            responses={404: {"description": "Not a member of the admin's organisation"}})
async def member(user_id: Annotated[str, Storable, Path(min_length=1, max_length=64)],
                 user: AdminUser, session: SessionDep) -> dict[str, Any]:
    found = await admin_service.member(session, org_id=user.org_id, user_id=user_id)
    if found is None:
        raise not_found("member")
    return found


@router.get("/accounts", response_model=AccountList,
            responses={403: {"description": "The org policy keeps members' risk private"}})
async def team_accounts(user: AdminUser, session: SessionDep,
                        risk: Literal["healthy", "watch", "at_risk", "insufficient_data"]
                        | None = None,
                        limit: Annotated[int, Query(ge=1, le=500)] = 100,
                        offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> dict[str, Any]:
    """Account-level risk across the team, only when the org policy allows it."""
    _, pol = await current_policy(session, org_id=user.org_id)
    if not pol.admins_see_team_risk:
        raise Problem(403, "the organisation's policy keeps members' account risk private")
    members = await users_repo.org_members(session, user.org_id)
    owners = {m.id: m.email for m in members}
    return {"accounts": await account_service.ranked(
        session, user_ids=list(owners), risk=risk, limit=limit, offset=offset, owners=owners)}
