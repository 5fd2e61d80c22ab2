"""An organisation's learned signal factors and the feedback they are learned from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import Feedback, Org, SignalLearning, User


async def lock_org(session: AsyncSession, org_id: str) -> None:
    """One learning update per organisation at a time (FOR NO KEY UPDATE: members and
    policies referencing the org are not blocked)."""
    await session.execute(select(Org.id).where(Org.id == org_id)
                          .with_for_update(key_share=True))


async def states(session: AsyncSession, org_id: str) -> dict[str, SignalLearning]:
    q = select(SignalLearning).where(SignalLearning.org_id == org_id)
    return {r.signal: r for r in (await session.execute(q)).scalars()}


async def factors(session: AsyncSession, org_id: str) -> dict[str, float]:
    q = select(SignalLearning.signal, SignalLearning.factor).where(
        SignalLearning.org_id == org_id)
    return {s: float(f) for s, f in (await session.execute(q)).all()}


def add(session: AsyncSession, row: SignalLearning) -> SignalLearning:
    session.add(row)
    return row


async def judgements(session: AsyncSession, *, org_id: str, kinds: Sequence[str],
                     since: datetime) -> list[Feedback]:
    """The org's feedback of `kinds` since `since`, only the latest of them per member and
    target (a member who changes their mind counts once, as they decided last), oldest first."""
    q = (select(Feedback).join(User, User.id == Feedback.user_id)
         .where(User.org_id == org_id, Feedback.created_at >= since,
                Feedback.kind.in_(list(kinds)))
         .order_by(Feedback.created_at, Feedback.id))
    latest: dict[tuple[str, str, str], Feedback] = {}
    for row in (await session.execute(q)).scalars():
        key = (row.user_id, row.target_kind, row.target)
        latest.pop(key, None)  # keep insertion order = time of the latest judgement
        latest[key] = row
    return list(latest.values())
