"""Stored weekly scores: the engine replayed at the end of each past Friday, per account and
contact, by the same `signals.replay` as `unspoken backtest`.

The worker refreshes them after a rescore (task `scores.weekly`); requests only read them, so a
trend never runs the engine. A Friday is replayed again only when something it depends on
changed: the user's addresses, the org policy, the engine's version, a message dated before
the Friday's end, or any meeting. New mail today changes no past Friday, so an ordinary sync
costs one cheap comparison; a new week costs one replayed Friday.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals.detectors.base import week_of
from unspoken.signals.policy import Policy
from unspoken.signals.replay import Records, Week, fridays, replay_week, week_end
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import weekly as repo

STORED_WEEKS = 12  # Fridays kept per user
TREND_WEEKS = 12  # points in a contact's trend: the stored Fridays, then this week's score


@cache  # importlib.metadata scans the installed distributions: ~10 ms a call
def _engine_version() -> str:
    try:
        return version("unspoken")
    except PackageNotFoundError:  # running from a source tree
        return "source"


def inputs_key(*, me: frozenset[str], policy: Policy) -> str:
    """What every Friday depends on besides the records."""
    body = json.dumps({"me": sorted(me), "policy": dataclasses.asdict(policy),
                       "engine": _engine_version()}, sort_keys=True, default=sorted)
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Plan:
    days: list[date]  # the Fridays to keep, oldest first
    todo: list[date]  # the ones to replay now
    key: str
    stamps: dict[str, list[Any]]  # friday -> records_stamps before its end


async def plan(session: AsyncSession, *, user_id: str, me: frozenset[str], as_of: datetime,
               policy: Policy) -> Plan:
    days = fridays(as_of, STORED_WEEKS)
    key = inputs_key(me=me, policy=policy)
    stored = await repo.replay_inputs(session, user_id) or {}
    done = stored.get("weeks", {}) if stored.get("key") == key else {}
    stamps = dict(zip((d.isoformat() for d in days),
                      await repo.records_stamps(session, user_id=user_id,
                                                befores=[week_end(d) for d in days]),
                      strict=True))
    todo = [d for d in days if done.get(d.isoformat()) != stamps[d.isoformat()]]
    return Plan(days=days, todo=todo, key=key, stamps=stamps)


async def load(session: AsyncSession, *, user_id: str) -> Records:
    """Every stored record of the user (what a full rescan reads)."""
    return Records(await records_repo.all_features(session, user_id),
                   await records_repo.all_meetings(session, user_id))


def replay(records: Records, days: Sequence[date], *, me: frozenset[str],
           policy: Policy) -> list[Week]:
    """CPU-bound: run it off the event loop."""
    return [replay_week(records, friday=d, me=me, policy=policy) for d in days]


async def store(session: AsyncSession, *, user_id: str, plan: Plan, weeks: Sequence[Week],
                now: datetime) -> int:
    """Replace the replayed Fridays' rows (and drop Fridays no longer kept); returns rows."""
    rows: list[dict[str, Any]] = []
    for w in weeks:
        for account, s in w.accounts.items():
            rows.append({"user_id": user_id, "account": account, "email": "",
                         "week": w.friday, "risk": s.risk.value, "score": s.score})
        for email, (account, s) in w.contacts.items():
            rows.append({"user_id": user_id, "account": account, "email": email[:320],
                         "week": w.friday, "risk": s.risk.value, "score": s.score})
    await repo.replace_weeks(session, user_id=user_id, weeks=[w.friday for w in weeks],
                             keep_from=plan.days[0], rows=rows)
    await repo.save_replay_inputs(session, user_id=user_id, now=now,
                                  inputs={"key": plan.key, "weeks": plan.stamps})
    return len(rows)


def today(as_of: datetime) -> date:
    """The day an as-of belongs to (the service's as-of is the coming midnight)."""
    return (as_of - timedelta(microseconds=1)).date()


async def contact_trend(session: AsyncSession, *, user_id: str, email: str, account: str,
                        score: int, as_of: datetime) -> list[dict[str, Any]]:
    """The contact's stored Fridays before this week, then this week's `score`; each point is
    the higher of the contact's and its account's score that week, labelled by its Monday."""
    mine, theirs = await repo.contact_weeks(session, user_id=user_id, email=email,
                                            account=account, weeks=TREND_WEEKS)
    this_week = week_of(today(as_of))
    best: dict[date, int] = {}
    for friday, s, _level in (*theirs, *mine):
        monday = week_of(friday)
        if monday < this_week:
            best[monday] = max(best.get(monday, 0), s)
    past = sorted(best.items())[-(TREND_WEEKS - 1):]
    return [{"week": m.isoformat(), "score": s} for m, s in [*past, (this_week, score)]]
