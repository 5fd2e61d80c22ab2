"""The caller's accounts by risk (and, when the org allows it, the team's for admins).

The default page of each risk filter is cached as rendered JSON under the user's badge
generation (a rescore or feedback makes it stale), for at most `ttl` and never past a mute's
end: the warm path is one Redis round trip and no database session. Other pages (offsets,
limits) are read from the database: a user cannot multiply cache entries.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from unspoken.services.badges import generation_key, muted_until
from unspoken.store.kv import KV
from unspoken.store.memo import Memo, mute_bounded_ttl
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


DEFAULT_LIMIT = 100


async def page_json(sessions: async_sessionmaker[AsyncSession], *, kv: KV, user_id: str,
                    risk: str | None, limit: int, offset: int, ttl: int,
                    render: Callable[[list[dict[str, Any]]], str], memo: Memo | None = None,
                    gen: str | None = None) -> str:
    """The user's accounts page as `render` makes it (the API's JSON), cached for the default
    page of each risk filter: in this process's `memo` (no round trip when the user's
    generation `gen` came with the caller's token), else in Redis."""
    key = f"accounts:{user_id}:{risk or 'all'}"
    cacheable = offset == 0 and limit == DEFAULT_LIMIT
    if cacheable:
        if memo is not None and gen is not None:
            text = memo.get(user_id, ("accounts", risk), gen, time.monotonic())
            if text is not None:
                return text
        current, cached = await kv.mget([generation_key(user_id), key])
        gen = current or "0"
        g, sep, text = (cached or "").partition("|")
        if sep and g == gen:
            if memo is not None:
                memo.put(user_id, gen, ("accounts", risk), text,
                         ttl=mute_bounded_ttl(text, ttl))
            return text
    async with sessions() as session:
        accounts = await ranked(session, user_ids=[user_id], risk=risk, limit=limit,
                                offset=offset)
    text = render(accounts)
    if cacheable:
        assert gen is not None
        life = mute_bounded_ttl(text, ttl)
        await kv.set(key, f"{gen}|{text}", ttl=life)
        if memo is not None:
            memo.put(user_id, gen, ("accounts", risk), text, ttl=life)
    return text


async def forget(kv: KV, *, user_id: str) -> None:
    """Every cached page of a user (erasure)."""
    await kv.delete_matching(f"accounts:{user_id}:*")
