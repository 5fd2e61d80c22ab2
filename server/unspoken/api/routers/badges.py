"""POST /v1/badges: the extension's hot path."""

from __future__ import annotations

from fastapi import APIRouter

from unspoken.api.deps import CurrentUser, RuntimeDep, SessionDep
from unspoken.api.schemas.badges import BadgeBatch, BadgeQuery
from unspoken.services import badges as badge_service

router = APIRouter(prefix="/v1", tags=["badges"])


@router.post("/badges", response_model=BadgeBatch)
async def badges(body: BadgeQuery, user: CurrentUser, session: SessionDep,
                 rt: RuntimeDep) -> dict[str, object]:
    found = await badge_service.lookup(session, kv=rt.kv, user_id=user.user_id,
                                       emails=body.emails, ttl=rt.settings.badge_cache_seconds)
    return {"badges": found}
