"""Key rotation: re-seal a mailbox's secret under the active key, so an old key can retire.

Takes the session first and never commits; the mailbox row is locked, so a token refresh
writing the same row concurrently is neither lost nor overwritten with stale ciphertext.
"""

from __future__ import annotations

import enum

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.crypto import SecretBox, SecretUnreadable
from unspoken.store.repositories import mailboxes as mailboxes_repo


class Resealed(enum.StrEnum):
    DONE = "done"
    CURRENT = "current"  # already under the active key (or gone, or no secret)
    UNREADABLE = "unreadable"  # its key is no longer in the ring: the user reconnects


async def reseal(session: AsyncSession, *, box: SecretBox, mailbox_id: str) -> Resealed:
    mb = await mailboxes_repo.locked(session, mailbox_id)
    if mb is None or mb.credentials is None or not box.needs_rotation(mb.credentials):
        return Resealed.CURRENT
    try:
        mb.credentials = box.rotate(mb.credentials, mailbox_id=mb.id)
    except SecretUnreadable:
        return Resealed.UNREADABLE
    return Resealed.DONE
