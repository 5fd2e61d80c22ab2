"""Request dependencies: the runtime, a session, the authenticated caller, CSRF, rate limits."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import APIKeyCookie, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.routing import BaseRoute

from unspoken.api.problems import Problem
from unspoken.runtime import Runtime
from unspoken.services import tokens as token_service
from unspoken.services.badges import generation_key
from unspoken.services.users import Principal, authenticate, hash_token
from unspoken.store.models import TokenKind

SESSION_COOKIE = "unspoken_session"
CSRF_COOKIE = "unspoken_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

# Named in the OpenAPI schema (openapi_security); credentials() reads the same two places.
bearer_scheme = HTTPBearer(auto_error=False, description="Opaque token (unspoken users create)")
cookie_scheme = APIKeyCookie(name=SESSION_COOKIE, auto_error=False,
                             description="Console session (send X-CSRF-Token on writes)")


async def get_runtime(request: Request) -> Runtime:
    """async on purpose: FastAPI runs a plain `def` dependency in its thread pool, a thread
    hop per request for a dictionary read."""
    return request.app.state.runtime  # type: ignore[no-any-return]


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_session(rt: RuntimeDep) -> AsyncIterator[AsyncSession]:
    async with rt.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def csrf_for(session_token: str) -> str:
    """The CSRF token is derived from the session token: only its holder can compute it."""
    return hashlib.sha256(b"csrf:" + session_token.encode()).hexdigest()[:43]


async def token_principal(rt: Runtime, session: AsyncSession | None, token: str,
                          kind: TokenKind) -> Principal:
    """The live token's caller (cached a minute), counted against its own rate limit and its
    user's (tokens are cheap to mint: a per-token limit alone does not cap a user); 401/429.
    `session` is opened here when None and the cache misses (the warm path needs none)."""
    return (await resolve(rt, session, token, kind))[0]


async def resolve(rt: Runtime, session: AsyncSession | None, token: str,
                  kind: TokenKind) -> tuple[Principal, str | None]:
    """token_principal, and the user's cache generation when it came in the same Redis round
    trip (the warm path: one round trip answers who, whether within limits, and which cached
    badges are current); None when it did not."""
    h = hash_token(token)
    minute = int(time.time() // 60)
    user = _TOKEN_USERS.get(h)
    # The user's counter counts only when the token's principal is cached (a live token): an
    # erased user's old token leaves no key naming them.
    cached, counts, also = await rt.kv.get_and_count(
        token_service.cache_key(h), [f"rl:{h[:32]}:{minute}"], ttl=61,
        if_found=[token_service.user_rate_key(user, minute)] if user else [],
        also=[generation_key(user)] if user else [])
    _within(counts[0], rt.settings.rate_limit_per_minute, "this token")
    now = datetime.now(UTC)
    p = token_service.cached(cached, kind, now)
    if p is not None and user == p.user_id:
        _within(counts[1], rt.settings.user_rate_limit_per_minute, "this user")
        return p, also[0] or "0"
    if p is None:
        if session is None:
            async with rt.sessions() as own:
                p = await _from_database(rt, own, token, h, kind, now)
        else:
            p = await _from_database(rt, session, token, h, kind, now)
    if len(_TOKEN_USERS) >= _TOKEN_USERS_MAX:
        _TOKEN_USERS.pop(next(iter(_TOKEN_USERS)))
    _TOKEN_USERS[h] = p.user_id
    _within(await rt.kv.incr(token_service.user_rate_key(p.user_id, minute), ttl=61),
            rt.settings.user_rate_limit_per_minute, "this user")
    return p, None


# A token's user never changes, so this process remembers it (bounded): the user's counter
# then rides in the same Redis round trip as the token's counter and cached principal.
_TOKEN_USERS: dict[str, str] = {}
_TOKEN_USERS_MAX = 20_000


def _within(count: int, limit: int, who: str) -> None:
    if count > limit:
        raise Problem(429, f"rate limit exceeded for {who}",
                      headers={"Retry-After": str(60 - int(time.time()) % 60)})


async def _from_database(rt: Runtime, session: AsyncSession, token: str, token_hash: str,
                         kind: TokenKind, now: datetime) -> Principal:
    found = await authenticate(session, token=token, kind=kind, now=now)
    if found is None:
        raise unauthenticated()
    p, expires_at = found
    await token_service.remember(rt.kv, token_hash=token_hash, principal=p, kind=kind,
                                 expires_at=expires_at, now=now)
    return p


PRINCIPAL_SCOPE_KEY = "unspoken.principal"  # set by api.guard before a body is read
GENERATION_SCOPE_KEY = "unspoken.generation"  # the caller's cache generation, read with it


def credentials(request: Request) -> tuple[str, TokenKind] | None:
    """The token a request carries: a bearer token first, else the console session cookie."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip(), TokenKind.BEARER
    cookie = request.cookies.get(SESSION_COOKIE)
    return (cookie, TokenKind.SESSION) if cookie else None


def unauthenticated() -> Problem:
    return Problem(401, "missing, expired or revoked token",
                   headers={"WWW-Authenticate": "Bearer"})


async def caller(rt: Runtime, request: Request) -> Principal:
    """Who is calling (401, 429), once per request: api.guard resolves it before a body is
    read; a route without a body resolves it here."""
    found: Principal | None = request.scope.get(PRINCIPAL_SCOPE_KEY)
    if found is not None:
        return found
    cred = credentials(request)
    if cred is None:
        raise unauthenticated()
    p, gen = await resolve(rt, None, *cred)
    request.scope[PRINCIPAL_SCOPE_KEY] = p
    request.scope[GENERATION_SCOPE_KEY] = gen
    return p


def generation(request: Request) -> str | None:
    """The caller's cache generation as read with their token (None: not read; the cache
    reads it itself)."""
    return request.scope.get(GENERATION_SCOPE_KEY)


async def current_principal(request: Request) -> Principal:
    """The caller (401, 429) and, for a console session's write, its CSRF token (403).

    Only the request as parameter: every sub-dependency costs FastAPI a resolution on each
    request of the hottest routes. The schemes the OpenAPI schema names (a bearer token, the
    session cookie) are added to it by `openapi_security` instead."""
    p = await caller(request.app.state.runtime, request)
    if request.method not in SAFE_METHODS:
        cred = credentials(request)
        if cred is not None and cred[1] is TokenKind.SESSION:
            sent = request.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent, csrf_for(cred[0])):
                raise Problem(403, "missing or wrong CSRF token")
    return p


def openapi_security(schema: dict[str, Any], routes: Sequence[BaseRoute]) -> dict[str, Any]:
    """`schema` with the token schemes of every operation among `routes` (the API routers'
    own) that needs a caller: what FastAPI would add had current_principal taken the schemes
    as dependencies."""
    schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
    for scheme in (bearer_scheme, cookie_scheme):
        schemes[scheme.scheme_name] = scheme.model.model_dump(mode="json", by_alias=True,
                                                              exclude_none=True)
    needed: list[dict[str, list[str]]] = [{bearer_scheme.scheme_name: []},
                                           {cookie_scheme.scheme_name: []}]
    for r in routes:
        if isinstance(r, APIRoute) and r.include_in_schema and depends_on_caller(r.dependant):
            ops = schema["paths"].get(r.path_format, {})
            for method in sorted(r.methods or ()):
                if method.lower() in ops:
                    ops[method.lower()]["security"] = needed
    return schema


def depends_on_caller(d: Dependant) -> bool:
    return d.call is current_principal or any(depends_on_caller(x) for x in d.dependencies)


CurrentUser = Annotated[Principal, Depends(current_principal)]


async def admin_principal(p: CurrentUser) -> Principal:
    if not p.is_admin:
        raise Problem(403, "admins only")
    return p


AdminUser = Annotated[Principal, Depends(admin_principal)]
