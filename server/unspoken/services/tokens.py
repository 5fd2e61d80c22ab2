"""The tokens a user holds (API tokens and console sessions): list them, create one within the
org's lifetime cap, revoke one together with the sessions made from it, and the auth cache,
which must never let a revoked token through (in any process: the cache and its revocation
markers live in the shared key-value store)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import policy as policy_service
from unspoken.services import users as user_service
from unspoken.services.users import Principal, hash_token
from unspoken.store.kv import KV
from unspoken.store.models import AuthToken, TokenKind
from unspoken.store.repositories import users as repo

CACHE_TTL = 60  # seconds a token's principal is served from the cache
_MARKER_TTL = 86400  # a revocation marker outlives any request that read the token as live
LIST_LIMIT = 200


class TokenTooLong(Exception):
    """Asked for a lifetime over the organisation's cap."""

    def __init__(self, cap_days: int) -> None:
        super().__init__(f"tokens live at most {cap_days} days in this organisation")
        self.cap_days = cap_days


def _revoked_key(token_hash: str) -> str:
    return f"revoked:{token_hash}"


def _used_key(token_id: str) -> str:
    return f"tokused:{token_id}"


def cache_key(token_hash: str) -> str:
    """Where a token's principal is cached (read on every request)."""
    return f"auth:{token_hash}"


def cached(data: str | None, kind: TokenKind, now: datetime) -> Principal | None:
    """The principal in a cache entry, if it is for this kind of token and not expired."""
    if data is None:
        return None
    d = json.loads(data)
    if d.get("kind") != kind.value or d["expires_at"] <= now.timestamp():
        return None
    return Principal(**d["p"])


async def remember(kv: KV, *, token_hash: str, principal: Principal, kind: TokenKind,
                   expires_at: datetime, now: datetime) -> None:
    """Cache a principal read from the database, unless the token was revoked meanwhile (the
    marker check and the write are one atomic step), and note when the token was last used."""
    life = int((expires_at - now).total_seconds())
    data = json.dumps({"kind": kind.value, "expires_at": expires_at.timestamp(),
                       "p": {"user_id": principal.user_id, "org_id": principal.org_id,
                             "email": principal.email, "role": principal.role,
                             "token_id": principal.token_id}})
    await kv.set_unless(cache_key(token_hash), data, ttl=max(1, min(CACHE_TTL, life)),
                        guard=_revoked_key(token_hash))
    await kv.set(_used_key(principal.token_id), now.isoformat(), ttl=max(1, life))


async def forget(kv: KV, tokens: Sequence[tuple[str, datetime]], *, now: datetime) -> None:
    """(hash, expires_at) of revoked or erased tokens: a marker first (so a request that read
    the token as live cannot cache it afterwards), then the cache entries go."""
    if not tokens:
        return
    markers = {_revoked_key(h): "1" for h, exp in tokens if exp > now}
    if markers:
        await kv.mset(markers, ttl=_MARKER_TTL)
    await kv.delete(*(cache_key(h) for h, _ in tokens))


async def lifetime_cap_days(session: AsyncSession, *, org_id: str) -> int:
    _, pol = await policy_service.current(session, org_id=org_id)
    return pol.token_max_days


async def list_tokens(session: AsyncSession, kv: KV, *, user_id: str, current_token_id: str,
                      now: datetime) -> list[dict[str, Any]]:
    """The user's live tokens and sessions, newest first; never a secret (only hashes are
    stored). `last_used_at` is as of the last cache refill: accurate to a minute."""
    rows = await repo.live_tokens(session, user_id=user_id, now=now, limit=LIST_LIMIT)
    used = await kv.mget([_used_key(r.id) for r in rows])
    return [{"id": r.id, "label": r.label, "kind": r.kind,
             "created_at": r.created_at.isoformat(), "expires_at": r.expires_at.isoformat(),
             "last_used_at": u, "current": r.id == current_token_id}
            for r, u in zip(rows, used, strict=True)]


async def create_token(session: AsyncSession, *, user_id: str, org_id: str, now: datetime,
                       label: str = "", days: int | None = None,
                       clamp: bool = False) -> tuple[str, AuthToken]:
    """A new API token (the secret, shown once, and its row). `days` defaults to the org's cap;
    over the cap raises TokenTooLong, or is lowered to it with `clamp` (sign-in)."""
    cap = await lifetime_cap_days(session, org_id=org_id)
    if days is None:
        days = cap
    elif days > cap:
        if not clamp:
            raise TokenTooLong(cap)
        days = cap
    token = await user_service.issue_token(session, user_id=user_id, now=now,
                                           ttl=timedelta(days=days), label=label)
    row = await repo.token_by_hash(session, hash_token(token))
    assert row is not None
    return token, row


async def start_session(session: AsyncSession, *, token: str, ttl: timedelta,
                        now: datetime) -> tuple[str, datetime] | None:
    """A console session made from a live bearer token: it ends when the token does and is
    revoked with it. None when the token is not live."""
    found = await user_service.authenticate(session, token=token, kind=TokenKind.BEARER, now=now)
    if found is None:
        return None
    p, parent_expires = found
    expires_at = min(now + ttl, parent_expires)
    secret = await user_service.issue_token(session, user_id=p.user_id, now=now,
                                            ttl=expires_at - now, kind=TokenKind.SESSION,
                                            label="console", parent_id=p.token_id)
    return secret, expires_at


async def revoke(session: AsyncSession, kv: KV, *, user_id: str, token_id: str,
                 now: datetime | None = None) -> bool:
    """Revoke one of the user's tokens and the sessions made from it, in the database and in
    the auth cache at once. False when the user has no such live token."""
    now = now or datetime.now(UTC)
    rows = await repo.revoke_family(session, user_id=user_id, token_id=token_id, now=now)
    await forget(kv, [(r.token_hash, r.expires_at) for r in rows], now=now)
    return bool(rows)
