"""Request dependencies: the runtime, a session, the authenticated caller, CSRF, rate limits."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.problems import Problem
from unspoken.runtime import Runtime
from unspoken.services import tokens as token_service
from unspoken.services.users import Principal, authenticate, hash_token
from unspoken.store.models import TokenKind

SESSION_COOKIE = "unspoken_session"
CSRF_COOKIE = "unspoken_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

bearer_scheme = HTTPBearer(auto_error=False, description="Opaque token (unspoken users create)")
cookie_scheme = APIKeyCookie(name=SESSION_COOKIE, auto_error=False,
                             description="Console session (send X-CSRF-Token on writes)")


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime  # type: ignore[no-any-return]


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_session(rt: RuntimeDep) -> AsyncIterator[AsyncSession]:
    async with rt.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def csrf_for(session_token: str) -> str:
    """The CSRF token is derived from the session token: only its holder can compute it."""
    return hashlib.sha256(b"csrf:" + session_token.encode()).hexdigest()[:43]


async def token_principal(rt: Runtime, session: AsyncSession, token: str,
                          kind: TokenKind) -> Principal:
    """The live token's caller (cached a minute), counted against its rate limit; 401/429."""
    h = hash_token(token)
    minute = int(time.time() // 60)
    cached, count = await rt.kv.get_and_count(token_service.cache_key(h),
                                              f"rl:{h[:32]}:{minute}", ttl=61)
    if count > rt.settings.rate_limit_per_minute:
        raise Problem(429, "rate limit exceeded for this token",
                      headers={"Retry-After": str(60 - int(time.time()) % 60)})
    now = datetime.now(UTC)
    p = token_service.cached(cached, kind, now)
    if p is not None:
        return p
    found = await authenticate(session, token=token, kind=kind, now=now)
    if found is None:
        raise Problem(401, "missing, expired or revoked token",
                      headers={"WWW-Authenticate": "Bearer"})
    p, expires_at = found
    await token_service.remember(rt.kv, token_hash=h, principal=p, kind=kind,
                                 expires_at=expires_at, now=now)
    return p


async def current_principal(
    request: Request, rt: RuntimeDep, session: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Principal:
    if bearer is not None:
        return await token_principal(rt, session, bearer.credentials, TokenKind.BEARER)
    if cookie:
        p = await token_principal(rt, session, cookie, TokenKind.SESSION)
        if request.method not in SAFE_METHODS:
            sent = request.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent, csrf_for(cookie)):
                raise Problem(403, "missing or wrong CSRF token")
        return p
    raise Problem(401, "missing, expired or revoked token",
                  headers={"WWW-Authenticate": "Bearer"})


CurrentUser = Annotated[Principal, Depends(current_principal)]


async def admin_principal(p: CurrentUser) -> Principal:
    if not p.is_admin:
        raise Problem(403, "admins only")
    return p


AdminUser = Annotated[Principal, Depends(admin_principal)]
