"""A finished Microsoft sign-in becomes a user (in their organisation) and a mailbox whose
sealed token cache replaces any earlier one. Takes the session first; never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.microsoft.auth import Connected
from unspoken.store.crypto import SecretBox
from unspoken.store.models import Mailbox, Org, Role, SyncStage, SyncStatus, User
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import users as users_repo


@dataclass(frozen=True, slots=True)
class Linked:
    user: User
    mailbox: Mailbox
    new_user: bool


async def org_for(session: AsyncSession, c: Connected) -> tuple[Org, bool]:
    """The organisation a new user of this sign-in joins, and whether it is new (its first
    user becomes admin). Work and school accounts: the one of their tenant, whatever the
    member's mail domain, named by its first member's domain (the policy's internal domain);
    an organisation of that domain without a tenant yet (an earlier sign-in, an import) is
    that tenant's. Personal Microsoft accounts (one shared tenant for all of outlook.com):
    an organisation of one."""
    if c.personal or not c.tenant_id:
        org = await users_repo.org_by_domain(session, c.address)
        if org is not None:
            return org, False
        return await users_repo.add_org(session, domain=c.address), True
    org = await users_repo.org_by_tenant(session, c.tenant_id)
    if org is not None:
        return org, False
    domain = c.address.partition("@")[2]
    org = await users_repo.org_by_domain(session, domain)
    if org is not None and org.tenant_id is None:
        org.tenant_id = c.tenant_id
        return org, False
    if org is not None:  # the domain is another tenant's (moved between tenants): keep apart
        domain = f"{c.tenant_id}.tenant.invalid"
    return await users_repo.add_org(session, domain=domain, tenant_id=c.tenant_id), True


async def link(session: AsyncSession, *, connected: Connected, box: SecretBox,
               user_id: str = "") -> Linked:
    user = await users_repo.user(session, user_id) if user_id else None
    new_user = False
    if user is None:
        user = await users_repo.user_by_email(session, connected.address)
    if user is None:
        org, first = await org_for(session, connected)
        user = await users_repo.add_user(
            session, org_id=org.id, email=connected.address,
            name=connected.name or connected.address.split("@")[0],
            role=Role.ADMIN.value if first else Role.MEMBER.value)
        new_user = True
    mailbox = next((b for b in await mailboxes_repo.list_for_user(session, user.id)
                    if b.provider == "microsoft" and b.address == connected.address), None)
    source = {"tenant_id": connected.tenant_id, "home_account_id": connected.home_account_id}
    if mailbox is None:
        mailbox = await mailboxes_repo.add(session, user_id=user.id, provider="microsoft",
                                           address=connected.address, source=source)
    else:
        mailbox.source = {**mailbox.source, **source}
        mailbox.status, mailbox.last_error, mailbox.failure_count = SyncStatus.SYNCING, None, 0
        mailbox.stage = SyncStage.BACKFILL if mailbox.cursor is None else SyncStage.INCREMENTAL
        mailbox.stage_started_at = datetime.now(UTC)
    mailbox.credentials = box.seal(connected.token_cache, mailbox_id=mailbox.id)
    await session.flush()
    return Linked(user=user, mailbox=mailbox, new_user=new_user)
