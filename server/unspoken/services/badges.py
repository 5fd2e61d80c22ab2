"""Badges for a batch of addresses: the Redis cache first, the database for the misses.

Cached badges carry the user's generation number; a rescore, feedback or erasure bumps it, so a
stale badge is never served again (it is overwritten on the next miss, or expires).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.observability import BADGE_CACHE
from unspoken.signals.accounts import normalise
from unspoken.store.kv import KV
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, Feedback
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import feedback as feedback_repo

_ORDER = {"at_risk": 3, "watch": 2, "healthy": 1, "insufficient_data": 0}


def _gen_key(user_id: str) -> str:
    return f"badgegen:{user_id}"


async def invalidate(kv: KV, *, user_id: str) -> None:
    await kv.incr(_gen_key(user_id), ttl=30 * 86400)


def unknown(email: str) -> dict[str, Any]:
    return {"email": email, "level": "unknown", "score": None, "account": None,
            "signal_count": 0, "top_signal": None, "updated_at": None, "muted_until": None}


def merged_signals(contact: ContactAssessmentRow | None,
                   account: AccountAssessmentRow | None) -> list[dict[str, Any]]:
    """Account and contact signals, one per kind (the strongest), strongest first."""
    best: dict[str, dict[str, Any]] = {}
    for s in [*(account.signals if account else []), *(contact.signals if contact else [])]:
        if s["kind"] not in best or s["severity"] > best[s["kind"]]["severity"]:
            best[s["kind"]] = s
    return sorted(best.values(), key=lambda s: (-s["severity"], s["kind"]))


def level_of(contact: ContactAssessmentRow | None,
             account: AccountAssessmentRow | None) -> tuple[str, int]:
    """The riskier of the contact's own level and their account's."""
    cands = [(r.risk, r.score) for r in (contact, account) if r is not None]
    return max(cands, key=lambda c: (_ORDER.get(c[0], 0), c[1]))


def muted_until(now: datetime, *fbs: Feedback | None) -> datetime | None:
    until = [f.muted_until for f in fbs if f is not None and f.muted_until is not None
             and f.muted_until > now]
    return max(until) if until else None


def badge(email: str, contact: ContactAssessmentRow, account: AccountAssessmentRow | None,
          fb: Sequence[Feedback | None], now: datetime) -> dict[str, Any]:
    level, score = level_of(contact, account)
    signals = merged_signals(contact, account)
    top = signals[0] if signals else None
    updated = max(r.computed_at for r in (contact, account) if r is not None)
    mute = muted_until(now, *fb)
    return {"email": email, "level": level, "score": score, "account": contact.account,
            "signal_count": len(signals),
            "top_signal": {"kind": top["kind"], "summary": top["summary"]} if top else None,
            "updated_at": updated.isoformat(), "muted_until": mute.isoformat() if mute else None}


async def _from_db(session: AsyncSession, *, user_id: str, emails: list[str],
                   now: datetime) -> dict[str, dict[str, Any]]:
    contacts = {c.email: c for c in await repo.contacts_by_email(session, user_id=user_id,
                                                                  emails=emails)}
    accounts = {a.account: a for a in await repo.accounts_by_name(
        session, user_id=user_id, accounts=sorted({c.account for c in contacts.values()}))}
    targets = [("contact", e) for e in contacts] + [("account", a) for a in accounts]
    fb = await feedback_repo.latest(session, user_id=user_id, targets=targets)
    out = {}
    for e in emails:
        c = contacts.get(e)
        if c is None:
            out[e] = unknown(e)
            continue
        out[e] = badge(e, c, accounts.get(c.account),
                       [fb.get(("contact", e)), fb.get(("account", c.account))], now)
    return out


async def lookup_json(session: AsyncSession, *, kv: KV, user_id: str,
                      emails: Sequence[str], ttl: int) -> list[str]:
    """One badge per requested address, in request order, as JSON text. The warm path is one
    MGET (the user's generation and every badge, each stored as "<generation>|<json>") and no
    JSON decoding: a badge written under an older generation is a miss."""
    wanted = [normalise(e) for e in emails]
    uniq = list(dict.fromkeys(wanted))
    values = await kv.mget([_gen_key(user_id), *(f"badge:{user_id}:{e}" for e in uniq)])
    gen = values[0] or "0"
    found: dict[str, str] = {}
    misses = []
    for e, v in zip(uniq, values[1:], strict=True):
        g, sep, cached = (v or "").partition("|")
        if sep and g == gen:
            found[e] = cached
        else:
            misses.append(e)
    BADGE_CACHE.labels("hit").inc(len(found))
    if misses:
        BADGE_CACHE.labels("miss").inc(len(misses))
        fresh = await _from_db(session, user_id=user_id, emails=misses, now=datetime.now(UTC))
        text = {e: json.dumps(b, separators=(",", ":")) for e, b in fresh.items()}
        found.update(text)
        await kv.mset({f"badge:{user_id}:{e}": f"{gen}|{t}" for e, t in text.items()},
                      ttl=_ttl(fresh, ttl))
    return [found[e] for e in wanted]


async def lookup(session: AsyncSession, *, kv: KV, user_id: str, emails: Sequence[str],
                 ttl: int) -> list[dict[str, Any]]:
    return [json.loads(t) for t in await lookup_json(session, kv=kv, user_id=user_id,
                                                     emails=emails, ttl=ttl)]


def _ttl(badges: dict[str, dict[str, Any]], ttl: int) -> int:
    """A muted badge must not outlive its mute in the cache."""
    now = datetime.now(UTC)
    for b in badges.values():
        if b["muted_until"]:
            left = (datetime.fromisoformat(b["muted_until"]) - now).total_seconds()
            ttl = max(1, min(ttl, int(left)))
    return ttl
