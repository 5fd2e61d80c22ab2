"""The caller's accounts by risk (and, when the org allows it, the team's for admins)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services.badges import muted_until
from unspoken.store.models import AccountAssessmentRow
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import feedback as feedback_repo


def account_json(a: AccountAssessmentRow, *, mute: datetime | None,
                 owner: str | None = None) -> dict[str, Any]:
    top = a.signals[0] if a.signals else None
    out = {"account": a.account, "level": a.risk, "score": a.score,
           "signal_count": len(a.signals),
           "top_signal": {"kind": top["kind"], "summary": top["summary"]} if top else None,
           "signals": a.signals, "contact_count": a.contact_count,
           "suggested_checkin": a.checkin, "updated_at": a.computed_at.isoformat(),
           "muted_until": mute.isoformat() if mute else None}
    if owner is not None:
        out["owner"] = owner
    return out


async def ranked(session: AsyncSession, *, user_ids: Sequence[str], risk: str | None,
                 limit: int, offset: int, owners: dict[str, str] | None = None
                 ) -> list[dict[str, Any]]:
    rows = await repo.accounts_ranked(session, user_ids=user_ids, risk=risk, limit=limit,
                                      offset=offset)
    now = datetime.now(UTC)
    out = []
    for uid in dict.fromkeys(r.user_id for r in rows):
        mine = [r for r in rows if r.user_id == uid]
        fb = await feedback_repo.latest(session, user_id=uid,
                                        targets=[("account", r.account) for r in mine])
        for r in mine:
            out.append((r, muted_until(now, fb.get(("account", r.account)))))
    order = {id(r): i for i, r in enumerate(rows)}
    out.sort(key=lambda x: order[id(x[0])])
    return [account_json(r, mute=m, owner=owners.get(r.user_id) if owners else None)
            for r, m in out]
