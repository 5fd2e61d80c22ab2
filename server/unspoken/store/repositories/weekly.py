"""Stored weekly scores (what the engine said at the end of each past Friday) and what each
user's stored Fridays were computed from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.store.models import MeetingRow, WeeklyReplay, WeeklySeries
from unspoken.store.repositories import records as records_repo

_CHUNK = 500
Point = tuple[date, int, str]  # (Friday, score 0..100, level)


def _point(p: list[Any]) -> Point:
    return date.fromisoformat(p[0]), int(p[1]), str(p[2])


async def replace_weeks(session: AsyncSession, *, user_id: str, weeks: Sequence[date],
                        keep_from: date, rows: Sequence[dict[str, Any]]) -> None:
    """Replace the user's points of `weeks` with `rows` (dicts of account, email, week, risk,
    score); drop every point older than `keep_from`, and a series left with none. Each
    series is one row: read, merged, written back if it changed."""
    redo = set(weeks)
    series: dict[tuple[str, str], dict[date, Point]] = {}
    stored: dict[tuple[str, str], list[Any]] = {}
    q = select(WeeklySeries.account, WeeklySeries.email, WeeklySeries.points).where(
        WeeklySeries.user_id == user_id)
    for account, email, points in (await session.execute(q)).all():
        stored[(account, email)] = points
        series[(account, email)] = {p[0]: p for p in map(_point, points)
                                    if p[0] not in redo and p[0] >= keep_from}
    for r in rows:
        series.setdefault((r["account"], r["email"]), {})[r["week"]] = (
            r["week"], r["score"], r["risk"])
    new = {k: [[d.isoformat(), s, risk] for d, s, risk in sorted(v.values())]
           for k, v in series.items() if v}
    gone = [k for k in stored if stored[k] != new.get(k)]
    for i in range(0, len(gone), _CHUNK):
        await session.execute(delete(WeeklySeries).where(
            WeeklySeries.user_id == user_id,
            tuple_(WeeklySeries.account, WeeklySeries.email).in_(gone[i:i + _CHUNK])))
    add = [{"user_id": user_id, "account": a, "email": e, "points": p}
           for (a, e), p in sorted(new.items()) if stored.get((a, e)) != p]
    if add:
        await session.execute(insert(WeeklySeries), add)


async def weekly_scores(session: AsyncSession, *, user_id: str, accounts: Sequence[str],
                        weeks: int = 12) -> dict[str, list[Point]]:
    """Account -> its last `weeks` stored Fridays, oldest first: (friday, score, level).
    Accounts with nothing stored are absent. Today's level is the account's assessment."""
    out: dict[str, list[Point]] = {}
    names = sorted(set(accounts))
    for i in range(0, len(names), _CHUNK):
        q = (select(WeeklySeries.account, WeeklySeries.points)
             .where(WeeklySeries.user_id == user_id, WeeklySeries.email == "",
                    WeeklySeries.account.in_(names[i:i + _CHUNK])))
        for account, points in (await session.execute(q)).all():
            if points:
                out[account] = [_point(p) for p in points][-weeks:]
    return out


async def contact_weeks(session: AsyncSession, *, user_id: str, email: str, account: str,
                        weeks: int = 12) -> tuple[list[Point], list[Point]]:
    """(the contact's stored Fridays, its account's), each the last `weeks`, oldest first."""
    q = (select(WeeklySeries.email, WeeklySeries.points)
         .where(WeeklySeries.user_id == user_id, WeeklySeries.account == account,
                WeeklySeries.email.in_([email, ""])))
    got = {who: [_point(p) for p in points] for who, points in (await session.execute(q)).all()}
    mine = got.get(email, []) if email else []
    return mine[-weeks:], got.get("", [])[-weeks:]


async def all_weeks(session: AsyncSession, user_id: str
                    ) -> dict[tuple[date, str, str], tuple[str, int]]:
    """(friday, account, email) -> (level, score) of every stored point of the user."""
    q = select(WeeklySeries.account, WeeklySeries.email, WeeklySeries.points).where(
        WeeklySeries.user_id == user_id)
    return {(d, account, email): (risk, score)
            for account, email, points in (await session.execute(q)).all()
            for d, score, risk in map(_point, points)}


async def records_stamps(session: AsyncSession, *, user_id: str,
                         befores: Sequence[datetime]) -> list[list[Any]]:
    """Per `before`: a stamp that changes whenever a message dated before it or any meeting
    is written or deleted (rows are replaced, never updated: a rewrite has a new write
    time). The meetings' part, the same for every `before`, is read once."""
    if not befores:
        return []
    c = await session.execute(select(func.count(MeetingRow.id), func.max(MeetingRow.id),
                                     func.max(MeetingRow.synced_at))
                              .where(MeetingRow.user_id == user_id))
    meetings = [_plain(v) for v in c.one()]
    messages = await records_repo.records_stamps(session, user_id=user_id, befores=befores)
    return [[_plain(v) for v in m] + meetings for m in messages]


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
