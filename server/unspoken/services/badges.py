"""Badges for a batch of addresses: the Redis cache first, the database for the misses.

Cached badges carry the user's generation number; a rescore, feedback or erasure bumps it, so a
stale badge is never served again (it is overwritten on the next miss, or expires). Only
addresses the user's mailboxes know get a key each (bounded by their contacts); the addresses
they do not know — anyone can send any made-up address — share one hash per user, dropped when
it passes UNKNOWN_CAP entries, so no user can fill Redis through this cache.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any, cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from unspoken.observability import BADGE_HITS, BADGE_MISSES
from unspoken.signals.accounts import normalise
from unspoken.store.kv import KV
from unspoken.store.memo import Memo, mute_bounded_ttl
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, Feedback
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import feedback as feedback_repo

_ORDER = {"at_risk": 3, "watch": 2, "healthy": 1, "insufficient_data": 0}
UNKNOWN_CAP = 5_000  # addresses remembered as unknown per user (~0.3 MB of Redis at most)


def generation_key(user_id: str) -> str:
    """The user's generation number: bumped by every rescore, feedback and erasure, it tells
    a cached badge (or accounts page) from a stale one."""
    return f"badgegen:{user_id}"


def _unknown_key(user_id: str) -> str:
    return f"badgeunknown:{user_id}"


async def forget(kv: KV, *, user_id: str) -> None:
    """Every badge cache entry of a user (erasure)."""
    await kv.delete(generation_key(user_id), _unknown_key(user_id))
    await kv.delete_matching(f"badge:{user_id}:*")


async def invalidate(kv: KV, *, user_id: str) -> None:
    await kv.incr(generation_key(user_id), ttl=30 * 86400)


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


async def lookup_json(sessions: async_sessionmaker[AsyncSession], *, kv: KV, user_id: str,
                      emails: Sequence[str], ttl: int, memo: Memo | None = None,
                      gen: str | None = None) -> list[str]:
    """One badge per requested address, in request order, as JSON text.

    With the user's generation `gen` already read (with the caller's token) and every badge
    in this process's `memo`, no further round trip at all. Otherwise one Redis round trip
    (the generation, every missing known badge, each stored as "<generation>|<json>", and the
    unknown addresses' generations), no JSON decoding, and a database session only for what
    Redis lacks: a badge written under an older generation is a miss."""
    if memo is not None and gen is not None:
        # Entries are keyed by the address as sent (its badge is that of its normal form): a
        # warm batch is one dict lookup an address.
        texts = memo.texts(user_id, gen, time.monotonic())
        if texts is not None:
            hits = [texts.get(e) for e in emails]
            if None not in hits:
                BADGE_HITS.inc(len(hits))
                return cast(list[str], hits)
    wanted = [normalise(e) for e in emails]
    uniq = list(dict.fromkeys(wanted))
    values, unknowns = await kv.mget_and_hmget(
        [generation_key(user_id), *(f"badge:{user_id}:{e}" for e in uniq)], _unknown_key(user_id),
        uniq)
    gen = values[0] or "0"
    found: dict[str, str] = {}
    misses = []
    for e, v, u in zip(uniq, values[1:], unknowns, strict=True):
        g, sep, cached = (v or "").partition("|")
        if sep and g == gen:
            found[e] = cached
        elif u == gen:
            found[e] = _unknown_json(e)
        else:
            misses.append(e)
    BADGE_HITS.inc(len(found))
    if misses:
        BADGE_MISSES.inc(len(misses))
        async with sessions() as session:
            fresh = await _from_db(session, user_id=user_id, emails=misses,
                                   now=datetime.now(UTC))
        known = {e: json.dumps(b, separators=(",", ":")) for e, b in fresh.items()
                 if b["level"] != "unknown"}
        found.update(known)
        found.update({e: _unknown_json(e) for e in fresh if e not in known})
        await kv.mset({f"badge:{user_id}:{e}": f"{gen}|{t}" for e, t in known.items()},
                      ttl=mute_bounded_ttl("".join(known.values()), ttl))
        await kv.hset_capped(_unknown_key(user_id), {e: gen for e in fresh if e not in known},
                             ttl=ttl, cap=UNKNOWN_CAP)
    out = [found[e] for e in wanted]
    if memo is not None:
        for e, t in zip(emails, out, strict=True):
            memo.put(user_id, gen, e, t, ttl=mute_bounded_ttl(t, ttl))
    return out


def _unknown_json(email: str) -> str:
    """json.dumps(unknown(email)) without building and encoding a dict each time."""
    return _UNKNOWN_HEAD + encode_basestring_ascii(email) + _UNKNOWN_TAIL


_UNKNOWN_HEAD, _UNKNOWN_TAIL = json.dumps(unknown("\x00"), separators=(",", ":")).split(
    '"\\u0000"')


async def lookup(sessions: async_sessionmaker[AsyncSession], *, kv: KV, user_id: str,
                 emails: Sequence[str], ttl: int) -> list[dict[str, Any]]:
    return [json.loads(t) for t in await lookup_json(sessions, kv=kv, user_id=user_id,
                                                     emails=emails, ttl=ttl)]
