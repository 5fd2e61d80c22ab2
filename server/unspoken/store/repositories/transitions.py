"""Account level transitions (store.models.LevelTransition): written by services/scoring with
the assessments that caused them; read by the digest, the alerts and the console."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import LevelTransition


async def record(session: AsyncSession, rows: Sequence[LevelTransition]) -> None:
    session.add_all(rows)
    await session.flush()


async def recent_transitions(session: AsyncSession, *, user_id: str, since: datetime,
                             until: datetime | None = None, include_backfill: bool = False,
                             limit: int = 1000) -> Sequence[LevelTransition]:
    """The user's transitions noticed after `since` (and up to `until`), newest first. Those
    recorded while a mailbox was still backfilling are left out unless asked for: a history
    that is still arriving moves levels for no reason a person would care about."""
    q = select(LevelTransition).where(LevelTransition.user_id == user_id,
                                      LevelTransition.at > since)
    if until is not None:
        q = q.where(LevelTransition.at <= until)
    if not include_backfill:
        q = q.where(LevelTransition.backfill.is_(False))
    q = q.order_by(LevelTransition.at.desc(), LevelTransition.id.desc()).limit(limit)
    return (await session.execute(q)).scalars().all()


async def get(session: AsyncSession, transition_id: int) -> LevelTransition | None:
    return await session.get(LevelTransition, transition_id)


async def users_with_new(session: AsyncSession, *, limit: int = 1000) -> Sequence[str]:
    """Users with transitions the alerts have not looked at yet (the sweep's safety net)."""
    q = (select(LevelTransition.user_id).where(LevelTransition.alert_state == "new")
         .group_by(LevelTransition.user_id).limit(limit))
    return (await session.execute(q)).scalars().all()


async def new_for_user(session: AsyncSession, *, user_id: str,
                       limit: int = 500) -> Sequence[LevelTransition]:
    """The user's transitions still to plan alerts for, oldest first, locked until the end of
    the transaction (PostgreSQL; other planners skip them rather than wait)."""
    q = (select(LevelTransition)
         .where(LevelTransition.user_id == user_id, LevelTransition.alert_state == "new")
         .order_by(LevelTransition.id).limit(limit)
         .with_for_update(skip_locked=True))
    return (await session.execute(q)).scalars().all()


async def set_alert_state(session: AsyncSession, *, transition_id: int, state: str) -> None:
    await session.execute(update(LevelTransition).where(LevelTransition.id == transition_id)
                          .values(alert_state=state))


async def has_new(session: AsyncSession, user_id: str) -> bool:
    """Does the user have transitions the alerts have not looked at yet?"""
    q = select(LevelTransition.id).where(LevelTransition.user_id == user_id,
                                         LevelTransition.alert_state == "new").limit(1)
    return (await session.execute(q)).first() is not None
