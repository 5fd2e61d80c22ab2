"""GET/DELETE /v1/me; the caller's mailboxes (sync status, resync, disconnect)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Path, Response
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.deps import CurrentUser, RuntimeDep, SessionDep
from unspoken.api.problems import Problem, not_found
from unspoken.api.schemas.common import Ok, Storable
from unspoken.api.schemas.me import MailboxList, MailboxOut, Me
from unspoken.runtime import Runtime
from unspoken.services import me as me_service
from unspoken.store.db import compact_after_erase, is_lock_conflict
from unspoken.store.repositories import mailboxes as mailboxes_repo

log = logging.getLogger("unspoken.me")
router = APIRouter(prefix="/v1", tags=["me"])
MailboxId = Annotated[str, Storable, Path(min_length=1, max_length=64)]
_404: dict[int | str, dict[str, Any]] = {404: {"description": "No such mailbox of the caller"}}


@router.get("/me", response_model=Me)
async def me(user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    return await me_service.profile(session, user_id=user.user_id)


async def erase_account(session: AsyncSession, rt: Runtime, *, user_id: str) -> None:
    """The erasure unit of work (the API's and the console's): grants given back, the user's
    rows deleted and committed, once retried on a collision with a running sync (then 503)."""
    await me_service.revoke_grants(session, box=rt.box, user_id=user_id)
    for attempt in (1, 2):
        try:
            await me_service.erase(session, kv=rt.kv, user_id=user_id)
            await session.commit()
            break
        except DBAPIError as exc:
            await session.rollback()
            if not is_lock_conflict(exc):
                raise
            log.warning("erasure collided with a concurrent writer",
                        extra={"error": type(exc.orig).__name__, "attempt": attempt})
            if attempt == 2:
                raise Problem(503, "erasure collided with a running sync: try again",
                              headers={"Retry-After": "5"}) from None
    rt.memo.forget_user(user_id)  # this process's rendered badges and pages
    await compact_after_erase(rt.engine)


@router.delete("/me", status_code=204, response_class=Response,
               responses={503: {"description": "Collided twice with a running sync: retry"}})
async def erase_me(user: CurrentUser, session: SessionDep, rt: RuntimeDep) -> Response:
    """Revoke provider grants and delete the user and everything derived from their mail."""
    await erase_account(session, rt, user_id=user.user_id)
    return Response(status_code=204)


@router.get("/mailboxes", response_model=MailboxList)
async def mailboxes(user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    boxes = await mailboxes_repo.list_for_user(session, user.user_id)
    return {"mailboxes": [me_service.mailbox_json(b) for b in boxes]}


@router.get("/mailboxes/{mailbox_id}", response_model=MailboxOut, responses=_404)
async def mailbox(mailbox_id: MailboxId, user: CurrentUser,
                  session: SessionDep) -> dict[str, Any]:
    b = await mailboxes_repo.for_user(session, user_id=user.user_id, mailbox_id=mailbox_id)
    if b is None:
        raise not_found("mailbox")
    return me_service.mailbox_json(b)


@router.post("/mailboxes/{mailbox_id}/sync", response_model=Ok, status_code=202,
             responses=_404)
async def resync(mailbox_id: MailboxId, user: CurrentUser, session: SessionDep,
                 rt: RuntimeDep) -> dict[str, Any]:
    b = await mailboxes_repo.for_user(session, user_id=user.user_id, mailbox_id=mailbox_id)
    if b is None:
        raise not_found("mailbox")
    await rt.queue.enqueue("sync.mailbox", b.id)
    return {"ok": True}


@router.delete("/mailboxes/{mailbox_id}", status_code=204, response_class=Response,
               responses=_404)
async def disconnect(mailbox_id: MailboxId, user: CurrentUser, session: SessionDep,
                     rt: RuntimeDep) -> Response:
    """Revoke the grant, delete the mailbox and what it produced, rescore the rest."""
    b = await mailboxes_repo.for_user(session, user_id=user.user_id, mailbox_id=mailbox_id)
    if b is None:
        raise not_found("mailbox")
    await me_service.disconnect(session, box=rt.box, mailbox=b)
    await session.commit()
    await compact_after_erase(rt.engine)
    await rt.queue.enqueue("assess.user", user.user_id)
    return Response(status_code=204)
