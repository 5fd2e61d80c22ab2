"""Organisations, users and their opaque tokens."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import AuthToken, Org, User


async def org_by_domain(session: AsyncSession, domain: str) -> Org | None:
    return (await session.execute(select(Org).where(Org.domain == domain))).scalar_one_or_none()


async def org_by_tenant(session: AsyncSession, tenant_id: str) -> Org | None:
    q = select(Org).where(Org.tenant_id == tenant_id)
    return (await session.execute(q)).scalar_one_or_none()


async def org(session: AsyncSession, org_id: str) -> Org | None:
    return await session.get(Org, org_id)


async def add_org(session: AsyncSession, *, domain: str, name: str = "",
                  tenant_id: str | None = None) -> Org:
    row = Org(domain=domain, name=name or domain, tenant_id=tenant_id)
    session.add(row)
    await session.flush()
    return row


async def user(session: AsyncSession, user_id: str) -> User | None:
    return await session.get(User, user_id)


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return (await session.execute(select(User).where(User.email == email))).scalar_one_or_none()


async def add_user(session: AsyncSession, *, org_id: str, email: str, name: str,
                   role: str) -> User:
    row = User(org_id=org_id, email=email, name=name, role=role)
    session.add(row)
    await session.flush()
    return row


async def org_members(session: AsyncSession, org_id: str) -> Sequence[User]:
    q = select(User).where(User.org_id == org_id).order_by(User.email)
    return (await session.execute(q)).scalars().all()


async def org_member(session: AsyncSession, *, org_id: str, user_id: str) -> User | None:
    q = select(User).where(User.org_id == org_id, User.id == user_id)
    return (await session.execute(q)).scalar_one_or_none()


async def delete_user(session: AsyncSession, user_id: str) -> None:
    await session.execute(delete(User).where(User.id == user_id))


async def add_token(session: AsyncSession, *, user_id: str, token_hash: str, kind: str,
                    expires_at: datetime, label: str = "",
                    parent_id: str | None = None) -> AuthToken:
    row = AuthToken(user_id=user_id, token_hash=token_hash, kind=kind, expires_at=expires_at,
                    label=label, parent_id=parent_id)
    session.add(row)
    await session.flush()
    return row


async def live_token(session: AsyncSession, *, token_hash: str, kind: str,
                     now: datetime) -> tuple[AuthToken, User] | None:
    q = (select(AuthToken, User).join(User, User.id == AuthToken.user_id)
         .where(AuthToken.token_hash == token_hash, AuthToken.kind == kind,
                AuthToken.revoked_at.is_(None), AuthToken.expires_at > now))
    row = (await session.execute(q)).first()
    return (row[0], row[1]) if row else None


async def revoke_token(session: AsyncSession, *, user_id: str, token_id: str,
                       now: datetime) -> bool:
    q = (update(AuthToken).where(AuthToken.id == token_id, AuthToken.user_id == user_id,
                                 AuthToken.revoked_at.is_(None)).values(revoked_at=now))
    return bool((await session.execute(q)).rowcount)  # type: ignore[attr-defined]


async def tokens_of(session: AsyncSession, user_id: str) -> list[tuple[str, datetime]]:
    """(hash, expires_at) of every token the user ever had (to drop them from caches)."""
    q = select(AuthToken.token_hash, AuthToken.expires_at).where(AuthToken.user_id == user_id)
    return [(h, e) for h, e in (await session.execute(q)).all()]


async def live_tokens(session: AsyncSession, *, user_id: str, now: datetime,
                      limit: int) -> Sequence[AuthToken]:
    """The user's unrevoked, unexpired tokens and sessions, newest first."""
    q = (select(AuthToken).where(AuthToken.user_id == user_id, AuthToken.revoked_at.is_(None),
                                 AuthToken.expires_at > now)
         .order_by(AuthToken.created_at.desc(), AuthToken.id).limit(limit))
    return (await session.execute(q)).scalars().all()


async def revoke_family(session: AsyncSession, *, user_id: str, token_id: str,
                        now: datetime) -> Sequence[AuthToken]:
    """Revoke a token of the user and the sessions made from it; the rows revoked now."""
    q = (select(AuthToken).where(AuthToken.user_id == user_id, AuthToken.revoked_at.is_(None),
                                 or_(AuthToken.id == token_id, AuthToken.parent_id == token_id))
         .with_for_update())
    rows = (await session.execute(q)).scalars().all()
    if not any(r.id == token_id for r in rows):
        return []
    for r in rows:
        r.revoked_at = now
    await session.flush()
    return rows


async def lock_user(session: AsyncSession, user_id: str) -> User | None:
    """Serialises a user's rescoring (PostgreSQL row lock; SQLite serialises writers). FOR NO
    KEY UPDATE: sync pages inserting rows that reference the user (FOR KEY SHARE) go on; an
    erasure (DELETE) waits. Take it after the user's mailboxes (lock_all_for_user)."""
    q = select(User).where(User.id == user_id).with_for_update(key_share=True)
    return (await session.execute(q)).scalar_one_or_none()


async def token_by_hash(session: AsyncSession, token_hash: str) -> AuthToken | None:
    q = select(AuthToken).where(AuthToken.token_hash == token_hash)
    return (await session.execute(q)).scalar_one_or_none()


async def token_of_user(session: AsyncSession, *, user_id: str,
                        token_id: str) -> AuthToken | None:
    q = select(AuthToken).where(AuthToken.id == token_id, AuthToken.user_id == user_id)
    return (await session.execute(q)).scalar_one_or_none()


async def all_ids(session: AsyncSession) -> Sequence[str]:
    return (await session.execute(select(User.id))).scalars().all()


async def all_org_ids(session: AsyncSession) -> Sequence[str]:
    return (await session.execute(select(Org.id))).scalars().all()
