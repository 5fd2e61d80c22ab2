"""A finished Microsoft sign-in becomes a user (in their organisation) and a mailbox whose
sealed token cache replaces any earlier one. Takes the session first; never commits."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.microsoft.auth import Connected
from unspoken.services.connect import Linked, link_mailbox, org_of_domain
from unspoken.store.crypto import SecretBox
from unspoken.store.models import Org
from unspoken.store.repositories import users as users_repo

__all__ = ["Linked", "link", "org_for"]


async def org_for(session: AsyncSession, c: Connected) -> tuple[Org, bool]:
    """The organisation a new user of this sign-in joins, and whether it is new (its first
    user becomes admin). Work and school accounts: the one of their tenant, whatever the
    member's mail domain, named by its first member's domain (the policy's internal domain);
    an organisation of that domain without a tenant yet (an earlier sign-in, an import) is
    that tenant's. Personal Microsoft accounts (one shared tenant for all of outlook.com):
    an organisation of one."""
    if c.personal or not c.tenant_id:
        return await org_of_domain(session, c.address)
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
    return await link_mailbox(
        session, provider="microsoft", address=connected.address, name=connected.name,
        source={"tenant_id": connected.tenant_id, "home_account_id": connected.home_account_id},
        secret=connected.token_cache, box=box, user_id=user_id,
        choose_org=lambda s: org_for(s, connected))
