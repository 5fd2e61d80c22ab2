"""Connected mailboxes and their sync state; every read is scoped to a user or locks a row,
except the system's own lookups (push routing by address, the periodic poll)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import Mailbox, MeetingRow, SyncStatus
from unspoken.store.repositories import records as records_repo


async def add(session: AsyncSession, *, user_id: str, provider: str, address: str,
              label: str = "", source: dict[str, Any] | None = None,
              mailbox_id: str | None = None) -> Mailbox:
    row = Mailbox(user_id=user_id, provider=provider, address=address, label=label,
                  source=source or {})
    if mailbox_id:
        row.id = mailbox_id
    session.add(row)
    await session.flush()
    return row


async def for_user(session: AsyncSession, *, user_id: str, mailbox_id: str) -> Mailbox | None:
    q = select(Mailbox).where(Mailbox.id == mailbox_id, Mailbox.user_id == user_id)
    return (await session.execute(q)).scalar_one_or_none()


async def list_for_user(session: AsyncSession, user_id: str) -> Sequence[Mailbox]:
    q = select(Mailbox).where(Mailbox.user_id == user_id).order_by(Mailbox.created_at)
    return (await session.execute(q)).scalars().all()


async def list_for_users(session: AsyncSession, user_ids: Sequence[str]) -> Sequence[Mailbox]:
    q = select(Mailbox).where(Mailbox.user_id.in_(user_ids)).order_by(Mailbox.created_at)
    return (await session.execute(q)).scalars().all()


async def by_address(session: AsyncSession, provider: str, address: str) -> Sequence[Mailbox]:
    """Every mailbox of `provider` at `address`, whoever connected it (push notifications name
    the address only; a mailbox added while signed in as another user is found too)."""
    q = (select(Mailbox).where(Mailbox.provider == provider, Mailbox.address == address)
         .order_by(Mailbox.created_at))
    return (await session.execute(q)).scalars().all()


async def due_for_poll(session: AsyncSession, *, kinds: Sequence[str],
                       synced_before: datetime) -> Sequence[str]:
    """Connected mailboxes of `kinds` not synced since `synced_before`, longest waiting first;
    never one waiting for its user to reconnect, nor one without a grant."""
    q = (select(Mailbox.id)
         .where(Mailbox.provider.in_(kinds), Mailbox.credentials.is_not(None),
                Mailbox.status != SyncStatus.NEEDS_REAUTH.value,
                or_(Mailbox.last_synced_at.is_(None), Mailbox.last_synced_at < synced_before))
         .order_by(Mailbox.last_synced_at.is_not(None), Mailbox.last_synced_at))
    return (await session.execute(q)).scalars().all()


async def syncing(session: AsyncSession, *, limit: int) -> Sequence[str]:
    """Mailboxes of any provider (file imports too) whose sync has not ended, oldest first."""
    q = (select(Mailbox.id).where(Mailbox.status == SyncStatus.SYNCING.value)
         .order_by(Mailbox.stage_started_at).limit(limit))
    return (await session.execute(q)).scalars().all()


async def ids_sealed_with_other_keys(session: AsyncSession, *, active_kid: str,
                                     after: str = "", limit: int = 500) -> Sequence[str]:
    """Mailboxes whose secret is sealed under a key id other than `active_kid` (the text form
    starts with `<kid>.`), by id after `after`: key rotation walks them in batches."""
    q = (select(Mailbox.id)
         .where(Mailbox.credentials.is_not(None),
                Mailbox.credentials.not_like(_like_literal(active_kid) + ".%", escape="\\"),
                Mailbox.id > after)
         .order_by(Mailbox.id).limit(limit))
    return (await session.execute(q)).scalars().all()


def _like_literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def locked(session: AsyncSession, mailbox_id: str) -> Mailbox | None:
    """The row, locked until the transaction ends (PostgreSQL; SQLite serialises writers)."""
    q = (select(Mailbox).where(Mailbox.id == mailbox_id).with_for_update()
         .execution_options(populate_existing=True))
    return (await session.execute(q)).scalar_one_or_none()


async def lock_all_for_user(session: AsyncSession, user_id: str) -> Sequence[Mailbox]:
    """Every mailbox of the user, locked in id order. Lock order everywhere: a user's mailboxes
    (by id), then the user row; a sync page holds one mailbox then reads the user (FK check),
    so erasure and rescoring taking the same order cannot deadlock with it."""
    q = (select(Mailbox).where(Mailbox.user_id == user_id).order_by(Mailbox.id)
         .with_for_update().execution_options(populate_existing=True))
    return (await session.execute(q)).scalars().all()


async def get(session: AsyncSession, mailbox_id: str) -> Mailbox | None:
    q = select(Mailbox).where(Mailbox.id == mailbox_id).execution_options(populate_existing=True)
    return (await session.execute(q)).scalar_one_or_none()


async def delete_one(session: AsyncSession, *, user_id: str, mailbox_id: str) -> None:
    """Delete the mailbox with everything it produced (cascades), then the addresses and
    account keys no other mailbox of the user still names. The user's mailboxes are locked
    first (the one lock order): no sync page of another mailbox writes meanwhile."""
    await lock_all_for_user(session, user_id)
    await session.execute(delete(Mailbox).where(Mailbox.id == mailbox_id,
                                                Mailbox.user_id == user_id))
    await records_repo.forget_unreferenced(session, user_id=user_id)


async def counts(session: AsyncSession, mailbox_id: str) -> tuple[int, int]:
    """(messages, meetings) stored for a mailbox."""
    m = await records_repo.message_count(session, mailbox_id)
    c = await session.scalar(select(func.count()).select_from(MeetingRow)
                             .where(MeetingRow.mailbox_id == mailbox_id))
    return int(m or 0), int(c or 0)
