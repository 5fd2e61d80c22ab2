"""Feedback on a contact or an account: respected by badges, kept for tuning."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals.accounts import normalise
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, Feedback
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import feedback as repo

SNOOZE_DAYS = 30
NOT_A_RISK_DAYS = 90  # "not a risk" quiets the badge for a quarter, then it may warn again


class NotFound(Exception):
    pass


async def record(session: AsyncSession, *, user_id: str, kind: str, email: str | None,
                 account: str | None, days: int | None, now: datetime) -> Feedback:
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
    return await repo.add(session, Feedback(user_id=user_id, target_kind=target_kind,
                                            target=target, kind=kind, muted_until=until,
                                            risk_at_time=row.risk, created_at=now))
