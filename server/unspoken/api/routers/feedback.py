"""POST /v1/feedback."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter

from unspoken.api.deps import CurrentUser, RuntimeDep, SessionDep
from unspoken.api.problems import not_found
from unspoken.api.schemas.feedback import (
    AccountFeedbackIn,
    ContactFeedbackIn,
    FeedbackIn,
    FeedbackOut,
)
from unspoken.services import badges as badge_service
from unspoken.services import feedback as feedback_service
from unspoken.services import learning as learning_service

router = APIRouter(prefix="/v1", tags=["feedback"])


@router.post("/feedback", response_model=FeedbackOut,
             responses={404: {"description": "Unknown contact or account"}})
async def feedback(body: FeedbackIn, user: CurrentUser, session: SessionDep,
                   rt: RuntimeDep) -> dict[str, Any]:
    try:
        done = await feedback_service.record(
            session, user_id=user.user_id, org_id=user.org_id, kind=body.kind,
            email=body.email if isinstance(body, ContactFeedbackIn) else None,
            account=body.account if isinstance(body, AccountFeedbackIn) else None,
            days=body.days, now=datetime.now(UTC))
    except feedback_service.NotFound:
        raise not_found("contact or account") from None
    await session.commit()
    await badge_service.invalidate(rt.kv, user_id=user.user_id)
    if done.moves:
        await learning_service.changed(rt.queue, org_id=user.org_id)
    row = done.feedback
    return {"ok": True, "muted_until": row.muted_until.isoformat() if row.muted_until else None}
