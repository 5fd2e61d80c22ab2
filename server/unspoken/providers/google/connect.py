"""A finished Google sign-in becomes a user (in the Workspace organisation of its `hd`, or an
organisation of one) and a mailbox whose sealed grant replaces any earlier one. Takes the
session first; never commits."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.google.auth import Identity, Tokens
from unspoken.providers.google.client import Grant
from unspoken.services.connect import Linked, link_mailbox, org_of_domain
from unspoken.store.crypto import SecretBox

__all__ = ["Linked", "link", "org_key"]


def org_key(identity: Identity) -> str:
    """Workspace accounts: their hosted domain. Personal accounts (gmail.com is shared by
    everyone) get an organisation of one, named by the address."""
    return identity.hosted_domain or identity.email


async def link(session: AsyncSession, *, identity: Identity, tokens: Tokens,
               box: SecretBox, user_id: str = "") -> Linked:
    """`user_id`: a signed-in user adding this mailbox to their account; otherwise the
    Google account signs in (or up) as the user of its address."""
    grant = Grant(refresh_token=tokens.refresh_token, scopes=tuple(sorted(tokens.scopes)))
    return await link_mailbox(
        session, provider="google", address=identity.email, name=identity.name,
        source={"calendar": tokens.has_calendar, "subject": identity.subject},
        secret=grant.to_bytes(), box=box, user_id=user_id,
        choose_org=lambda s: org_of_domain(s, org_key(identity)))
