"""Console sessions (HttpOnly SameSite cookie + CSRF) and extension tokens."""

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
from unspoken.api.schemas.auth import SessionIn, SessionOut, TokenIn, TokenOut
from unspoken.api.schemas.common import Ok, Storable
from unspoken.services import users as user_service
from unspoken.services.users import hash_token
from unspoken.store.models import TokenKind
from unspoken.store.repositories import users as users_repo

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/session", response_model=SessionOut,
             responses={401: {"description": "Bad token"}})
async def login(body: SessionIn, response: Response, session: SessionDep,
                rt: RuntimeDep) -> dict[str, Any]:
    """Trade a bearer token for a console session cookie (provider sign-in comes later)."""
    now = datetime.now(UTC)
    found = await user_service.authenticate(session, token=body.token, kind=TokenKind.BEARER,
                                            now=now)
    if found is None:
        raise Problem(401, "missing, expired or revoked token")
    p, _ = found
    ttl = timedelta(hours=rt.settings.session_ttl_hours)
    token = await user_service.issue_token(session, user_id=p.user_id, now=now, ttl=ttl,
                                           kind=TokenKind.SESSION, label="console")
    await session.commit()
    csrf = csrf_for(token)
    secure = rt.settings.cookie_secure
    response.set_cookie(SESSION_COOKIE, token, max_age=int(ttl.total_seconds()), httponly=True,
                        samesite="strict", secure=secure, path="/")
    response.set_cookie(CSRF_COOKIE, csrf, max_age=int(ttl.total_seconds()), httponly=False,
                        samesite="strict", secure=secure, path="/")
    return {"ok": True, "csrf_token": csrf, "expires_at": (now + ttl).isoformat()}


@router.delete("/session", response_model=Ok)
async def logout(request: Request, response: Response, user: CurrentUser, session: SessionDep,
                 rt: RuntimeDep) -> dict[str, Any]:
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie or request.headers.get("authorization"):
        return {"ok": True}  # no console session here: nothing to end (tokens: revoke by id)
    await _signin.end_console_session(session, rt.kv, user=user, cookie=cookie,
                                      response=response)
    return {"ok": True}


@router.post("/tokens", response_model=TokenOut, status_code=201)
async def new_token(body: TokenIn, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """A bearer token for the extension; shown once, stored hashed."""
    now = datetime.now(UTC)
    token = await user_service.issue_token(session, user_id=user.user_id, now=now,
                                           ttl=timedelta(days=body.days), label=body.label)
    row = await users_repo.token_by_hash(session, hash_token(token))
    await session.commit()
    assert row is not None
    return {"id": row.id, "token": token, "expires_at": row.expires_at.isoformat()}


@router.delete("/tokens/{token_id}", response_model=Ok,
               responses={404: {"description": "No such token of the caller"}})
async def revoke(token_id: Annotated[str, Storable, Path(min_length=1, max_length=64)],
                 user: CurrentUser,
                 session: SessionDep, rt: RuntimeDep) -> dict[str, Any]:
    row = await users_repo.token_of_user(session, user_id=user.user_id, token_id=token_id)
    if row is None or not await users_repo.revoke_token(
            session, user_id=user.user_id, token_id=token_id, now=datetime.now(UTC)):
        raise not_found("token")
    await session.commit()
    await rt.kv.delete(f"auth:{row.token_hash}")
    return {"ok": True}
