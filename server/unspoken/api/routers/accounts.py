"""GET /v1/accounts: the caller's accounts, riskiest first."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from unspoken.api.deps import CurrentUser, SessionDep
from unspoken.api.schemas.accounts import AccountList
from unspoken.services import accounts as account_service

router = APIRouter(prefix="/v1", tags=["accounts"])
Risk = Literal["healthy", "watch", "at_risk", "insufficient_data"]


@router.get("/accounts", response_model=AccountList)
async def accounts(user: CurrentUser, session: SessionDep, risk: Risk | None = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 100,
                   offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> dict[str, Any]:
    return {"accounts": await account_service.ranked(session, user_ids=[user.user_id],
                                                     risk=risk, limit=limit, offset=offset)}
