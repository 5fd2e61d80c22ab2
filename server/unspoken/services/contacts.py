"""One contact in depth: signals with evidence, the account's signals, a weekly trend, the
suggested check-in; and display name -> address resolution for Outlook."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import scoring
from unspoken.services.badges import level_of, muted_until
from unspoken.signals.accounts import normalise
from unspoken.signals.detectors.base import MailboxContext
from unspoken.signals.policy import Policy
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import feedback as feedback_repo

TREND_WEEKS = 12


class NotFound(Exception):
    pass


async def trend(session: AsyncSession, *, user_id: str, email: str, account: str,
                me: frozenset[str], as_of: datetime, policy: Policy) -> list[dict[str, Any]]:
    """The contact's score at the end of each of the last weeks, from stored features."""
    ctx = await scoring.stored_context(session, user_id=user_id) or MailboxContext()
    features, meetings = await scoring.account_records(session, user_id=user_id, keys=[account])
    points = []
    for k in range(TREND_WEEKS - 1, -1, -1):
        at = as_of - timedelta(days=7 * k)
        score = 0
        for a in scoring.run_engine(features, meetings, me=me, as_of=at, policy=policy,
                                    context=ctx, only={account}):
            c = next((c for c in a.contacts if normalise(c.email) == email), None)
            score = max(c.score if c else 0, a.score)
        week = (at - timedelta(days=at.weekday())).date()
        points.append({"week": week.isoformat(), "score": score})
    return points


async def detail(session: AsyncSession, *, user_id: str, email: str, me: frozenset[str],
                 as_of: datetime, policy: Policy) -> dict[str, Any]:
    email = normalise(email)
    c = await repo.contact(session, user_id=user_id, email=email)
    if c is None:
        raise NotFound(email)
    a = await repo.account(session, user_id=user_id, account=c.account)
    fb = await feedback_repo.latest(session, user_id=user_id,
                                    targets=[("contact", email), ("account", c.account)])
    level, score = level_of(c, a)
    mine = fb.get(("contact", email)) or fb.get(("account", c.account))
    now = datetime.now(UTC)
    mute = muted_until(now, fb.get(("contact", email)), fb.get(("account", c.account)))
    return {
        "email": c.email, "name": c.name, "title": c.title, "role": c.role,
        "account": c.account, "level": level, "score": score, "signals": c.signals,
        "account_signals": a.signals if a else [],
        "trend": await trend(session, user_id=user_id, email=email, account=c.account, me=me,
                             as_of=as_of, policy=policy),
        "suggested_checkin": a.checkin if a else None,
        "computed_at": c.computed_at.isoformat(),
        "feedback": None if mine is None else {
            "kind": mine.kind, "target": mine.target_kind,
            "muted_until": mute.isoformat() if mute else None,
            "at": mine.created_at.isoformat()},
    }


async def resolve(session: AsyncSession, *, user_id: str,
                  names: Sequence[str]) -> dict[str, str | None]:
    """Display name -> address when exactly one known contact has that name."""
    rows = await repo.contacts_by_name(session, user_id=user_id,
                                       names=sorted({n.strip() for n in names}))
    by_name: dict[str, set[str]] = {}
    for r in rows:
        by_name.setdefault(r.name, set()).add(r.email)
    out: dict[str, str | None] = {}
    for n in names:
        found = by_name.get(n.strip(), set())
        out[n] = next(iter(found)) if len(found) == 1 else None
    return out
