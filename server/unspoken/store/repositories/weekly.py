"""Stored weekly scores (what the engine said at the end of each past Friday) and what each
user's stored Fridays were computed from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import MeetingRow, WeeklyReplay, WeeklyScore
from unspoken.store.repositories import records as records_repo

_CHUNK = 500
Point = tuple[date, int, str]  # (Friday, score 0..100, level)


async def replace_weeks(session: AsyncSession, *, user_id: str, weeks: Sequence[date],
                        keep_from: date, rows: Sequence[dict[str, Any]]) -> None:
    """Replace the user's rows of `weeks` with `rows` (WeeklyScore's columns, as dicts: one
    multi-row INSERT, no ORM object per row); drop every row older than `keep_from`."""
    await session.execute(delete(WeeklyScore).where(
        WeeklyScore.user_id == user_id,
        or_(WeeklyScore.week.in_(list(weeks)), WeeklyScore.week < keep_from)))
    if rows:
        await session.execute(insert(WeeklyScore), list(rows))


async def weekly_scores(session: AsyncSession, *, user_id: str, accounts: Sequence[str],
                        weeks: int = 12) -> dict[str, list[Point]]:
    """Account -> its last `weeks` stored Fridays, oldest first: (friday, score, level).
    Accounts with nothing stored are absent. Today's level is the account's assessment."""
    out: dict[str, list[Point]] = {}
    names = sorted(set(accounts))
    for i in range(0, len(names), _CHUNK):
        q = (select(WeeklyScore.account, WeeklyScore.week, WeeklyScore.score, WeeklyScore.risk)
             .where(WeeklyScore.user_id == user_id, WeeklyScore.email == "",
                    WeeklyScore.account.in_(names[i:i + _CHUNK]))
             .order_by(WeeklyScore.account, WeeklyScore.week))
        for account, week, score, risk in (await session.execute(q)).all():
            out.setdefault(account, []).append((week, score, risk))
    return {a: points[-weeks:] for a, points in out.items()}


async def contact_weeks(session: AsyncSession, *, user_id: str, email: str, account: str,
                        weeks: int = 12) -> tuple[list[Point], list[Point]]:
    """(the contact's stored Fridays, its account's), each the last `weeks`, oldest first."""
    q = (select(WeeklyScore.email, WeeklyScore.week, WeeklyScore.score, WeeklyScore.risk)
         .where(WeeklyScore.user_id == user_id, WeeklyScore.account == account,
                WeeklyScore.email.in_([email, ""]))
         .order_by(WeeklyScore.week))
    mine: list[Point] = []
    theirs: list[Point] = []
    for who, week, score, risk in (await session.execute(q)).all():
        (theirs if who == "" else mine).append((week, score, risk))
    return mine[-weeks:], theirs[-weeks:]


async def records_stamps(session: AsyncSession, *, user_id: str,
                         befores: Sequence[datetime]) -> list[list[Any]]:
    """Per `before`: a stamp that changes whenever a message dated before it or any meeting
    is written or deleted (rows are replaced, never updated: a rewrite has a new id and write
    time). The meetings' part, the same for every `before`, is read once."""
    if not befores:
        return []
    c = await session.execute(select(func.count(MeetingRow.id), func.max(MeetingRow.id),
                                     func.max(MeetingRow.synced_at))
                              .where(MeetingRow.user_id == user_id))
    meetings = [_plain(v) for v in c.one()]
    out = []
    for b in befores:
        m = await records_repo.records_stamp(session, user_id=user_id, before=b)
        out.append([_plain(v) for v in m] + meetings)
    return out


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, datetime) else v


async def replay_inputs(session: AsyncSession, user_id: str) -> dict[str, Any] | None:
    row = await session.get(WeeklyReplay, user_id, populate_existing=True)
    return row.inputs if row else None


async def save_replay_inputs(session: AsyncSession, *, user_id: str, inputs: dict[str, Any],
                             now: datetime) -> None:
    row = await session.get(WeeklyReplay, user_id)
    if row is None:
        session.add(WeeklyReplay(user_id=user_id, inputs=inputs, computed_at=now))
    else:
        row.inputs, row.computed_at = inputs, now
    await session.flush()
