"""A finished Google sign-in becomes a user (in the Workspace organisation of its `hd`, or an
organisation of one) and a mailbox whose sealed grant replaces any earlier one. Takes the
session first; never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.google.auth import Identity, Tokens
from unspoken.providers.google.client import Grant
from unspoken.store.crypto import SecretBox
from unspoken.store.models import Mailbox, Role, SyncStage, SyncStatus, User
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import users as users_repo


@dataclass(frozen=True, slots=True)
class Linked:
    user: User
    mailbox: Mailbox
    new_user: bool


def org_key(identity: Identity) -> str:
    """Workspace accounts: their hosted domain. Personal accounts (gmail.com is shared by
    everyone) get an organisation of one, named by the address."""
    return identity.hosted_domain or identity.email


async def link(session: AsyncSession, *, identity: Identity, tokens: Tokens,
               box: SecretBox, user_id: str = "") -> Linked:
    """`user_id`: a signed-in user adding this mailbox to their account; otherwise the
    Google account signs in (or up) as the user of its address."""
    user = await users_repo.user(session, user_id) if user_id else None
    if user is None:
        user = await users_repo.user_by_email(session, identity.email)
    new_user = False
    if user is None:
        key = org_key(identity)
        org = await users_repo.org_by_domain(session, key)
        first = org is None  # the first user of an organisation is its admin
        if org is None:
            org = await users_repo.add_org(session, domain=key)
        user = await users_repo.add_user(
            session, org_id=org.id, email=identity.email,
            name=identity.name or identity.email.split("@")[0],
            role=Role.ADMIN.value if first else Role.MEMBER.value)
        new_user = True
    mailbox = next((b for b in await mailboxes_repo.list_for_user(session, user.id)
                    if b.provider == "google" and b.address == identity.email), None)
    source = {"calendar": tokens.has_calendar, "subject": identity.subject}
    if mailbox is None:
        mailbox = await mailboxes_repo.add(session, user_id=user.id, provider="google",
                                           address=identity.email, source=source)
    else:
        mailbox.source = {**mailbox.source, **source}
        mailbox.status, mailbox.last_error, mailbox.failure_count = SyncStatus.SYNCING, None, 0
        mailbox.stage = SyncStage.BACKFILL if mailbox.cursor is None else SyncStage.INCREMENTAL
        mailbox.stage_started_at = datetime.now(UTC)
    grant = Grant(refresh_token=tokens.refresh_token, scopes=tuple(sorted(tokens.scopes)))
    mailbox.credentials = box.seal(grant.to_bytes(), mailbox_id=mailbox.id)
    await session.flush()
    return Linked(user=user, mailbox=mailbox, new_user=new_user)
