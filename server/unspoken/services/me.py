"""The caller's profile and mailboxes; erasing a user and everything derived from their mail."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.base import MailboxRef, ProviderError
from unspoken.providers.registry import UnknownProvider, provider_for
from unspoken.services import feature_cache
from unspoken.services import tokens as token_service
from unspoken.store.crypto import SecretBox, SecretUnreadable
from unspoken.store.kv import KV
from unspoken.store.models import AuditEntry, Mailbox
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import policies as policies_repo
from unspoken.store.repositories import users as users_repo

log = logging.getLogger("unspoken.me")


def mailbox_json(b: Mailbox) -> dict[str, Any]:
    return {"id": b.id, "provider": b.provider, "address": b.address, "label": b.label,
            "status": b.status, "stage": b.stage, "progress": round(b.progress, 3),
            "items": b.items_synced, "failure_count": b.failure_count,
            "last_error": b.last_error, "error_detail": b.error_detail,
            "stage_started_at": b.stage_started_at.isoformat(),
            "last_synced_at": b.last_synced_at.isoformat() if b.last_synced_at else None}


async def profile(session: AsyncSession, *, user_id: str) -> dict[str, Any]:
    user = await users_repo.user(session, user_id)
    assert user is not None
    org = await users_repo.org(session, user.org_id)
    boxes = await mailboxes_repo.list_for_user(session, user_id)
    return {"email": user.email, "name": user.name, "org": org.domain if org else "",
            "role": user.role, "mailboxes": [mailbox_json(b) for b in boxes]}


async def revoke_grant(b: Mailbox, *, box: SecretBox) -> None:
    try:
        creds = box.open(b.credentials, mailbox_id=b.id) if b.credentials else None
        ref = MailboxRef(id=b.id, address=b.address, me=frozenset(), source=dict(b.source),
                         credentials=creds)
        await provider_for(b.provider).revoke(ref)
    except (ProviderError, SecretUnreadable, UnknownProvider, OSError) as exc:
        log.warning("grant not revoked", extra={"mailbox_id": b.id,
                                                "error": type(exc).__name__})


async def disconnect(session: AsyncSession, *, box: SecretBox, mailbox: Mailbox) -> None:
    """Revoke the mailbox's grant and delete it with everything it produced (cascades). Not
    committed; the caller then rescores the user's remaining mail (assess.user)."""
    await revoke_grant(mailbox, box=box)
    await mailboxes_repo.delete_one(session, user_id=mailbox.user_id, mailbox_id=mailbox.id)


async def revoke_grants(session: AsyncSession, *, box: SecretBox, user_id: str) -> None:
    """Give back every provider grant of the user (network calls: before any lock is taken)."""
    for b in await mailboxes_repo.list_for_user(session, user_id):
        await revoke_grant(b, box=box)


async def erase(session: AsyncSession, *, kv: KV, user_id: str) -> None:
    """Delete every row of the user (cascades) and drop their cache entries. Locks in the one
    order every writer uses (the user's mailboxes, then the user): a sync page in flight
    finishes first, the next one finds its mailbox gone. The caller commits, and retries the
    whole unit once if the database still reports a deadlock."""
    user = await users_repo.user(session, user_id)
    if user is None:
        return
    await mailboxes_repo.lock_all_for_user(session, user_id)
    tokens = await users_repo.tokens_of(session, user_id)
    await policies_repo.anonymise_actor(session, user_id=user_id)
    await policies_repo.audit(session, AuditEntry(org_id=user.org_id, actor_id=None,
                                                  actor_email="", action="user.erased",
                                                  target=user_id))
    await users_repo.delete_user(session, user_id)
    await token_service.forget(kv, tokens, now=datetime.now(UTC))
    await kv.delete(f"badgegen:{user_id}")
    await kv.delete_matching(f"badge:{user_id}:*")
    await kv.delete_matching(f"trend:{user_id}:*")
    feature_cache.CACHE.clear()  # this process's decoded features (others' age out)
