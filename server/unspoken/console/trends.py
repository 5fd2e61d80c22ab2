"""Where the console's weekly scores come from. Charts take (week, score) points; this module is
the one place that decides how they are obtained.

Accounts lists: the stored Fridays (the worker's `scores.weekly` replay, the same one as
`unspoken backtest`), then today's score. One account: its last 12 weekly scores, recomputed
by the engine from stored features on a bounded worker thread, cached until the account is rescored.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.console.charts import Point, week_of
from unspoken.services import scoring
from unspoken.signals.detectors.base import MailboxContext
from unspoken.signals.model import Meeting, MessageFeatures
from unspoken.signals.policy import Policy
from unspoken.store.kv import KV
from unspoken.store.models import AccountAssessmentRow
from unspoken.store.repositories import weekly as weekly_repo

WEEKS = 12
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-trend")
_CACHE_SECONDS = 6 * 3600


async def list_points(session: AsyncSession, *, user_id: str,
                      rows: Sequence[AccountAssessmentRow]) -> dict[str, list[Point]]:
    """Account -> its points for a list's sparkline: up to 11 stored Fridays, then today."""
    stored = await weekly_repo.weekly_scores(session, user_id=user_id,
                                             accounts=[r.account for r in rows], weeks=WEEKS - 1)
    return {r.account: [(w, s) for w, s, _ in stored.get(r.account, [])
                        if w < r.computed_at.date()] + [(r.computed_at.date(), r.score)]
            for r in rows}


def _weekly(features: list[MessageFeatures], meetings: list[Meeting], *, account: str,
            me: frozenset[str], as_of: datetime, policy: Policy,
            context: MailboxContext) -> list[Point]:
    points: list[Point] = []
    for k in range(WEEKS - 1, -1, -1):
        at = as_of - timedelta(days=7 * k)
        found = scoring.run_engine(features, meetings, me=me, as_of=at, policy=policy,
                                   context=context, only={account})
        points.append((week_of(at.date()), found[0].score if found else 0))
    return points


async def account_points(session: AsyncSession, *, kv: KV, user_id: str,
                         row: AccountAssessmentRow, me: frozenset[str], as_of: datetime,
                         policy: Policy) -> list[Point]:
    key = f"trend:{user_id}:account:{row.account}:{row.computed_at.isoformat()}"
    cached = await kv.get(key)
    if cached:
        return [(date.fromisoformat(w), int(s)) for w, s in json.loads(cached)]
    ctx = await scoring.stored_context(session, user_id=user_id) or MailboxContext()
    features, meetings = await scoring.account_records(session, user_id=user_id,
                                                       keys=[row.account])
    loop = asyncio.get_running_loop()
    points = await loop.run_in_executor(_POOL, lambda: _weekly(
        features, meetings, account=row.account, me=me, as_of=as_of, policy=policy,
        context=ctx))
    await kv.set(key, json.dumps([(w.isoformat(), s) for w, s in points]), ttl=_CACHE_SECONDS)
    return points
