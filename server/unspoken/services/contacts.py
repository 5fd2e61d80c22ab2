"""One contact in depth: signals with evidence, the account's signals, a weekly trend (read
from the stored weekly scores, never computed in the request), the suggested check-in; and
display name -> address resolution for Outlook."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import weekly as weekly_service
from unspoken.services.badges import level_of, muted_until
from unspoken.signals.accounts import normalise
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import feedback as feedback_repo


class NotFound(Exception):
    pass


async def detail(session: AsyncSession, *, user_id: str, email: str,
                 as_of: datetime) -> dict[str, Any]:
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
        "trend": await weekly_service.contact_trend(session, user_id=user_id, email=email,
                                                    account=c.account, score=score,
                                                    as_of=as_of),
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
