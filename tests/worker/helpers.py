"""Comparisons shared by the worker tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from unspoken.runtime import Runtime
from unspoken.services import scoring
from unspoken.services.policy import engine_policy
from unspoken.services.users import my_addresses
from unspoken.signals.assess import assess
from unspoken.signals.report import checkin_json, signal_json
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, User
from unspoken.store.repositories import records as records_repo


async def stored(rt: Runtime, user_id: str) -> dict[str, Any]:
    async with rt.sessions() as s:
        accs = (await s.execute(select(AccountAssessmentRow)
                                .where(AccountAssessmentRow.user_id == user_id))).scalars()
        cons = (await s.execute(select(ContactAssessmentRow)
                                .where(ContactAssessmentRow.user_id == user_id))).scalars()
        return {"accounts": {a.account: (a.risk, a.score, a.signals, a.checkin) for a in accs},
                "contacts": {c.email: (c.account, c.risk, c.score, c.signals) for c in cons}}


async def full_rescan(rt: Runtime, user_id: str) -> dict[str, Any]:
    """What the engine says over every stored record at once (the reference)."""
    async with rt.sessions() as s:
        user = await s.get(User, user_id)
        assert user is not None
        me = await my_addresses(s, user_id=user.id, email=user.email)
        policy = await engine_policy(s, org_id=user.org_id)
        features = await records_repo.all_features(s, user.id)
        meetings = await records_repo.all_meetings(s, user.id)
    report = assess(features, meetings, me=me, as_of=scoring.as_of(rt.settings.as_of),
                    policy=policy)
    return {"accounts": {a.account: (a.risk.value, a.score, [signal_json(x) for x in a.signals],
                                     checkin_json(a.suggested_checkin))
                         for a in report.accounts},
            "contacts": {c.email: (a.account, c.risk.value, c.score,
                                   [signal_json(x) for x in c.signals])
                         for a in report.accounts for c in a.contacts}}
