"""Users, organisations and opaque tokens (256-bit random, stored as SHA-256, expiring)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals.accounts import domain_of, normalise
from unspoken.store.models import Role, TokenKind, User
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import users as repo

TOKEN_PREFIX = "usk_"


class UserExists(Exception):
    pass


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: what every service is scoped by."""

    user_id: str
    org_id: str
    email: str
    role: str
    token_id: str

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN.value


async def create_user(session: AsyncSession, *, email: str, name: str = "",
                      admin: bool = False) -> User:
    email = normalise(email)
    if await repo.user_by_email(session, email):
        raise UserExists(email)
    domain = domain_of(email)
    org = await repo.org_by_domain(session, domain) or await repo.add_org(session, domain=domain)
    return await repo.add_user(session, org_id=org.id, email=email,
                               name=name or email.split("@")[0].replace(".", " ").title(),
                               role=Role.ADMIN.value if admin else Role.MEMBER.value)


async def issue_token(session: AsyncSession, *, user_id: str, now: datetime, ttl: timedelta,
                      kind: TokenKind = TokenKind.BEARER, label: str = "",
                      parent_id: str | None = None) -> str:
    """A new token; only its hash is stored, so this is the one time it is seen. `parent_id`:
    the token a session is made from (revoked with it)."""
    token = new_token()
    await repo.add_token(session, user_id=user_id, token_hash=hash_token(token), kind=kind.value,
                         expires_at=now + ttl, label=label, parent_id=parent_id)
    return token


async def authenticate(session: AsyncSession, *, token: str, kind: TokenKind,
                       now: datetime) -> tuple[Principal, datetime] | None:
    """(principal, expires_at) for a live token, else None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    found = await repo.live_token(session, token_hash=hash_token(token), kind=kind.value, now=now)
    if not found:
        return None
    tok, user = found
    return Principal(user_id=user.id, org_id=user.org_id, email=user.email, role=user.role,
                     token_id=tok.id), tok.expires_at


async def my_addresses(session: AsyncSession, *, user_id: str, email: str) -> frozenset[str]:
    """The user's own addresses: their login and every connected mailbox."""
    boxes = await mailboxes_repo.list_for_user(session, user_id)
    return frozenset({normalise(email), *(normalise(b.address) for b in boxes)})


async def issue_signin_link(session: AsyncSession, *, user_id: str, now: datetime,
                            ttl: timedelta) -> str:
    """A one-time console sign-in secret (the demo prints it inside its URL)."""
    return await issue_token(session, user_id=user_id, now=now, ttl=ttl, kind=TokenKind.SIGNIN,
                             label="sign-in link")


async def redeem_signin_link(session: AsyncSession, *, token: str,
                             now: datetime) -> Principal | None:
    """The link's user, once: redeeming revokes it (two racing redeems: one wins)."""
    found = await authenticate(session, token=token, kind=TokenKind.SIGNIN, now=now)
    if found is None:
        return None
    p, _ = found
    if not await repo.revoke_token(session, user_id=p.user_id, token_id=p.token_id, now=now):
        return None
    return p
