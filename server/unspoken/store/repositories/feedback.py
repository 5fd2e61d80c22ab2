"""User feedback on contacts and accounts: the latest entry per target is in force."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import Feedback


async def add(session: AsyncSession, row: Feedback) -> Feedback:
    session.add(row)
    await session.flush()
    return row


async def latest(session: AsyncSession, *, user_id: str, targets: Sequence[tuple[str, str]]
                 ) -> dict[tuple[str, str], Feedback]:
    """(target_kind, target) -> latest feedback, for the given targets."""
    if not targets:
        return {}
    names = sorted({t for _, t in targets})
    q = (select(Feedback).where(Feedback.user_id == user_id, Feedback.target.in_(names))
         .order_by(Feedback.created_at, Feedback.id))
    wanted = set(targets)
    out: dict[tuple[str, str], Feedback] = {}
    for row in (await session.execute(q)).scalars():
        k = (row.target_kind, row.target)
        if k in wanted:
            out[k] = row
    return out


async def history(session: AsyncSession, *, user_id: str, target_kind: str, target: str,
                  limit: int = 50) -> Sequence[Feedback]:
    """The feedback given on one target, newest first."""
    q = (select(Feedback).where(Feedback.user_id == user_id, Feedback.target_kind == target_kind,
                                Feedback.target == target)
         .order_by(Feedback.created_at.desc(), Feedback.id.desc()).limit(limit))
    return (await session.execute(q)).scalars().all()
