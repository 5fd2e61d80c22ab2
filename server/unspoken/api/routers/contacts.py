"""GET /v1/contacts/{email}, POST /v1/contacts/resolve."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from unspoken.api.deps import CurrentUser, RuntimeDep, SessionDep
from unspoken.api.problems import not_found
from unspoken.api.schemas.common import Storable
from unspoken.api.schemas.contacts import Contact, ResolveQuery, ResolveResult
from unspoken.services import badges as badge_service
from unspoken.services import contacts as contact_service
from unspoken.services import scoring

router = APIRouter(prefix="/v1/contacts", tags=["contacts"])
_404: dict[int | str, dict[str, Any]] = {404: {"description": "Unknown to the caller's mailboxes"}}


@router.get("/{email}", response_model=Contact, responses=_404)
async def contact(email: Annotated[str, Storable, Path(max_length=320)], user: CurrentUser,
                  session: SessionDep, rt: RuntimeDep) -> dict[str, Any]:
    try:
        return await contact_service.detail(session, user_id=user.user_id, email=email,
                                            as_of=scoring.as_of(rt.settings.as_of))
    except contact_service.NotFound:
        raise not_found("contact") from None


@router.post("/resolve", response_model=ResolveResult)
async def resolve(body: ResolveQuery, user: CurrentUser, session: SessionDep,
                  rt: RuntimeDep) -> dict[str, Any]:
    """Names to addresses, with each matched address's badge (the extension draws list rows
    from this one answer while its badge request for shown addresses runs alongside)."""
    matches = await contact_service.resolve(session, user_id=user.user_id, names=body.names)
    found = sorted({e for e in matches.values() if e})
    badges = await badge_service.lookup(rt.sessions, kv=rt.kv, user_id=user.user_id, emails=found,
                                        ttl=rt.settings.badge_cache_seconds) if found else []
    return {"matches": matches, "badges": badges}
