"""Console sessions (HttpOnly SameSite cookie + CSRF) and API tokens: list, create, revoke."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from unspoken.api.deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    CurrentUser,
    RuntimeDep,
    SessionDep,
    csrf_for,
)
from unspoken.api.problems import Problem, not_found
from unspoken.api.routers import _signin
from unspoken.api.schemas.auth import SessionIn, SessionOut, TokenIn, TokenList, TokenOut
from unspoken.api.schemas.common import Ok, Storable
from unspoken.services import tokens as token_service

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/session", response_model=SessionOut,
             responses={401: {"description": "Bad token"}})
async def login(body: SessionIn, response: Response, session: SessionDep,
                rt: RuntimeDep) -> dict[str, Any]:
    """Trade a bearer token for a console session cookie; the session ends when the token does
    and is revoked with it."""
    now = datetime.now(UTC)
    started = await token_service.start_session(
        session, token=body.token, ttl=timedelta(hours=rt.settings.session_ttl_hours), now=now)
    if started is None:
        raise Problem(401, "missing, expired or revoked token")
    token, expires_at = started
    await session.commit()
    csrf = csrf_for(token)
    secure = rt.settings.cookie_secure
    age = max(1, int((expires_at - now).total_seconds()))
    response.set_cookie(SESSION_COOKIE, token, max_age=age, httponly=True,
                        samesite="strict", secure=secure, path="/")
    response.set_cookie(CSRF_COOKIE, csrf, max_age=age, httponly=False,
                        samesite="strict", secure=secure, path="/")
    return {"ok": True, "csrf_token": csrf, "expires_at": expires_at.isoformat()}


@router.delete("/session", response_model=Ok)
async def logout(request: Request, response: Response, user: CurrentUser, session: SessionDep,
                 rt: RuntimeDep) -> dict[str, Any]:
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie or request.headers.get("authorization"):
        return {"ok": True}  # no console session here: nothing to end (tokens: revoke by id)
    await _signin.end_console_session(session, rt.kv, user=user, response=response)
    return {"ok": True}


@router.get("/tokens", response_model=TokenList)
async def list_tokens(user: CurrentUser, session: SessionDep, rt: RuntimeDep) -> dict[str, Any]:
    """The caller's live API tokens and console sessions (never their secrets)."""
    tokens = await token_service.list_tokens(session, rt.kv, user_id=user.user_id,
                                             current_token_id=user.token_id,
                                             now=datetime.now(UTC))
    return {"tokens": tokens,
            "max_days": await token_service.lifetime_cap_days(session, org_id=user.org_id)}


@router.post("/tokens", response_model=TokenOut, status_code=201,
             responses={422: {"description": "Longer than the organisation's token cap"}})
async def new_token(body: TokenIn, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """A bearer token for the extension or an API client; shown once, stored hashed, living at
    most the organisation's `token_max_days` (the default)."""
    try:
        token, row = await token_service.create_token(
            session, user_id=user.user_id, org_id=user.org_id, now=datetime.now(UTC),
            label=body.label, days=body.days)
    except token_service.TokenTooLong as exc:
        raise Problem(422, f"days: {exc}") from None
    await session.commit()
    return {"id": row.id, "token": token, "label": row.label,
            "expires_at": row.expires_at.isoformat()}


@router.delete("/tokens/{token_id}", response_model=Ok,
               responses={404: {"description": "No such live token of the caller"}})
async def revoke(token_id: Annotated[str, Storable, Path(min_length=1, max_length=64)],
                 user: CurrentUser, session: SessionDep, rt: RuntimeDep) -> dict[str, Any]:
    """Revoke a token or session of the caller, and the console sessions made from it: refused
    from the next request on, in every process."""
    if not await token_service.revoke(session, rt.kv, user_id=user.user_id, token_id=token_id):
        raise not_found("token")
    await session.commit()
    return {"ok": True}
