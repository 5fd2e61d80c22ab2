"""Feedback on a contact or an account: respected by badges, learned from (services/learning)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import learning
from unspoken.signals.accounts import normalise
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, Feedback
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import feedback as repo

SNOOZE_DAYS = 30
NOT_A_RISK_DAYS = 90  # "not a risk" quiets the badge for a quarter, then it may warn again


class NotFound(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Recorded:
    feedback: Feedback
    moves: list[dict[str, Any]]  # learned factors it moved: rescore the org after commit


async def record(session: AsyncSession, *, user_id: str, org_id: str, kind: str,
                 email: str | None, account: str | None, days: int | None,
                 now: datetime) -> Recorded:
    """Store the feedback with the signals on its target, then learn from it (same
    transaction)."""
    row: ContactAssessmentRow | AccountAssessmentRow | None
    if email is not None:
        target_kind, target = "contact", normalise(email)
        row = await assessments_repo.contact(session, user_id=user_id, email=target)
    else:
        target_kind, target = "account", (account or "").strip().lower()
        row = await assessments_repo.account(session, user_id=user_id, account=target)
    if row is None:
        raise NotFound(target)
    until = None
    if kind == "snooze":
        until = now + timedelta(days=days or SNOOZE_DAYS)
    elif kind == "not_a_risk":
        until = now + timedelta(days=days or NOT_A_RISK_DAYS)
    fb = await repo.add(session, Feedback(user_id=user_id, target_kind=target_kind,
                                            target=target, kind=kind, muted_until=until,
                                            risk_at_time=row.risk,
                                            signals=learning.kinds_of(row.signals),
                                            created_at=now))
    moves = await learning.observe(session, org_id=org_id, feedback=fb, now=now)
    return Recorded(fb, moves)
