"""A finished provider sign-in becomes a user (new ones join the organisation their provider
says they belong to) and a mailbox whose sealed secret replaces any earlier one. Shared by every
provider's `connect.py`, which only decides the organisation and what to seal. Takes the
session first; never commits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.crypto import SecretBox
from unspoken.store.models import Mailbox, Org, Role, SyncStage, SyncStatus, User
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import users as users_repo

# The organisation a new user joins, and whether it is new (its first user becomes admin).
OrgChooser = Callable[[AsyncSession], Awaitable[tuple[Org, bool]]]


@dataclass(frozen=True, slots=True)
class Linked:
    user: User
    mailbox: Mailbox
    new_user: bool


async def org_of_domain(session: AsyncSession, domain: str) -> tuple[Org, bool]:
    """The organisation named `domain`, created when missing."""
    org = await users_repo.org_by_domain(session, domain)
    if org is not None:
        return org, False
    return await users_repo.add_org(session, domain=domain), True


async def link_mailbox(session: AsyncSession, *, provider: str, address: str, name: str,
                       source: dict[str, Any], secret: bytes, box: SecretBox,
                       choose_org: OrgChooser, user_id: str = "") -> Linked:
    """`user_id`: a signed-in user adding this mailbox to their account; otherwise the
    provider account signs in (or up) as the user of its address."""
    user = await users_repo.user(session, user_id) if user_id else None
    if user is None:
        user = await users_repo.user_by_email(session, address)
    new_user = user is None
    if user is None:
        org, first = await choose_org(session)
        user = await users_repo.add_user(
            session, org_id=org.id, email=address, name=name or address.split("@")[0],
            role=Role.ADMIN.value if first else Role.MEMBER.value)
    mailbox = next((b for b in await mailboxes_repo.list_for_user(session, user.id)
                    if b.provider == provider and b.address == address), None)
    if mailbox is None:
        mailbox = await mailboxes_repo.add(session, user_id=user.id, provider=provider,
                                           address=address, source=source)
    else:
        mailbox.source = {**mailbox.source, **source}
        mailbox.status, mailbox.last_error, mailbox.failure_count = SyncStatus.SYNCING, None, 0
        mailbox.stage = SyncStage.BACKFILL if mailbox.cursor is None else SyncStage.INCREMENTAL
        mailbox.stage_started_at = datetime.now(UTC)
    mailbox.credentials = box.seal(secret, mailbox_id=mailbox.id)
    await session.flush()
    return Linked(user=user, mailbox=mailbox, new_user=new_user)
