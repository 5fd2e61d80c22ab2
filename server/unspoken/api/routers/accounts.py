"""GET /v1/accounts: the caller's accounts, riskiest first."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import TypeAdapter

from unspoken.api.deps import CurrentUser, generation
from unspoken.api.schemas.accounts import AccountList
from unspoken.runtime import Runtime
from unspoken.services import accounts as account_service

router = APIRouter(prefix="/v1", tags=["accounts"])
Risk = Literal["healthy", "watch", "at_risk", "insufficient_data"]


_LIST = TypeAdapter(AccountList)


def _render(accounts: list[dict[str, Any]]) -> str:
    return _LIST.dump_json(_LIST.validate_python({"accounts": accounts})).decode()


@router.get("/accounts", response_model=AccountList)
async def accounts(user: CurrentUser, request: Request,
                   risk: Risk | None = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = account_service.DEFAULT_LIMIT,
                   offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> Response:
    # Rendered through AccountList once, then served from the cache as that very JSON.
    rt: Runtime = request.app.state.runtime  # not a dependency: each costs a resolution
    text = await account_service.page_json(
        rt.sessions, kv=rt.kv, user_id=user.user_id, risk=risk, limit=limit, offset=offset,
        ttl=rt.settings.badge_cache_seconds, render=_render, memo=rt.memo,
        gen=generation(request))
    return Response(text, media_type="application/json")
