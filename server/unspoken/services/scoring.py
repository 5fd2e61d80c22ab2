"""Incremental rescoring: only the accounts a change touched, equal to a full rescan.

A message or meeting is indexed under the candidate account key of every outside participant
(registrable domain, or the address for free mail). Rescoring keys K loads every stored record
indexed under K: all the evidence the engine can use for the accounts in K, so assessing that
subset gives the same accounts as assessing the whole mailbox.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.imports.threads import link_threads
from unspoken.services import context as context_service
from unspoken.services import feature_cache
from unspoken.signals import assess as engine
from unspoken.signals.accounts import FREE_MAIL_DOMAINS, domain_of, normalise, registrable_domain
from unspoken.signals.detectors.base import MailboxContext
from unspoken.signals.model import AccountAssessment, Meeting, MessageFeatures, MessageFlag
from unspoken.signals.policy import Policy
from unspoken.signals.report import checkin_json, signal_json
from unspoken.store.models import LevelTransition, utcnow
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import transitions as transitions_repo

TOP_SIGNALS = 3  # kept on a transition: what the digest and the alerts name


def key_of(email: str) -> str | None:
    email = normalise(email)
    domain = domain_of(email)
    if not domain or "." not in domain:
        return None
    return email if domain in FREE_MAIL_DOMAINS else registrable_domain(domain)


def own_keys(me: Iterable[str]) -> frozenset[str]:
    return frozenset(k for a in me if (k := key_of(a)) and "@" not in k)


def message_keys(f: MessageFeatures, *, me: frozenset[str], own: frozenset[str]) -> set[str]:
    out = set()
    if MessageFlag.BOUNCE in f.flags:
        out.add(records_repo.BOUNCE_KEY)
    for a in (f.sender, *f.to, *f.cc):
        if normalise(a.email) in me:
            continue
        k = key_of(a.email)
        if k and k not in own:
            out.add(k)
    return out


def meeting_keys(m: Meeting, *, me: frozenset[str], own: frozenset[str]) -> set[str]:
    people = [a.email for a in m.attendees] + ([m.organizer.email] if m.organizer else [])
    out = set()
    for e in people:
        if normalise(e) in me:
            continue
        k = key_of(e)
        if k and k not in own:
            out.add(k)
    return out


def context_json(c: MailboxContext) -> dict[str, Any]:
    return {"lull_weeks": sorted(d.isoformat() for d in c.lull_weeks),
            "weekly_median": c.weekly_median, "automated": sorted(c.automated)}


def context_of(body: dict[str, Any]) -> MailboxContext:
    return MailboxContext(lull_weeks=frozenset(date.fromisoformat(d) for d in body["lull_weeks"]),
                          weekly_median=float(body["weekly_median"]),
                          automated=frozenset(body["automated"]))


def run_engine(features: list[MessageFeatures], meetings: list[Meeting], *, me: frozenset[str],
               as_of: datetime, policy: Policy, context: MailboxContext,
               only: set[str] | None = None) -> list[AccountAssessment]:
    """The engine's per-account path: threads linked as `unspoken scan` links them (whatever
    thread ids the provider gave), group, then assess each account (those in `only`)."""
    features = link_threads(features, me=me)
    groups = engine.group(features, meetings, me=me, as_of=as_of, policy=policy,
                          context=context)
    return [engine.assess_account(acc, fs, ms, context=context, me=me, as_of=as_of,
                                  policy=policy)
            for acc, (fs, ms) in groups.items() if only is None or acc in only]


def account_rows(a: AccountAssessment, *, user_id: str, as_of: datetime
                 ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The stored rows (AccountAssessmentRow, ContactAssessmentRow columns) of an account."""
    acc = {"user_id": user_id, "account": a.account, "risk": a.risk.value, "score": a.score,
           "signals": [signal_json(s) for s in a.signals],
           "checkin": checkin_json(a.suggested_checkin), "contact_count": len(a.contacts),
           "computed_at": as_of}
    contacts = [{"user_id": user_id, "email": normalise(c.email), "account": a.account,
                 "name": c.name[:255], "title": c.title[:255], "role": c.role.value,
                 "risk": c.risk.value, "score": c.score,
                 "signals": [signal_json(s) for s in c.signals], "computed_at": as_of}
                for c in a.contacts]
    return acc, contacts


async def account_records(session: AsyncSession, *, user_id: str, keys: list[str]
                   ) -> tuple[list[MessageFeatures], list[Meeting]]:
    features = await feature_cache.features_for_keys(
        session, user_id=user_id, keys=[*keys, records_repo.BOUNCE_KEY])
    bounces = [f for f in features if MessageFlag.BOUNCE in f.flags]
    if bounces:  # a bounce may join the account of a message sent just before it
        seen = {f.id for f in features}
        features += [f for f in await records_repo.sent_near_bounces(
            session, user_id=user_id, bounces=bounces) if f.id not in seen]
    meetings = await records_repo.meetings_for_keys(session, user_id=user_id, keys=keys)
    return features, meetings


async def rescore(session: AsyncSession, *, user_id: str, keys: Iterable[str],
                  me: frozenset[str], as_of: datetime, policy: Policy,
                  context: MailboxContext, full: bool = False) -> int:
    """Recompute and store the assessments of the accounts under `keys` (`full`: `keys` are
    every key of the user, and stored accounts outside them go); returns how many."""
    keys = sorted(set(keys) - {records_repo.BOUNCE_KEY})
    acc_rows: list[dict[str, Any]] = []
    contact_rows: list[dict[str, Any]] = []
    if keys:
        features, meetings = await account_records(session, user_id=user_id, keys=keys)
        wanted = set(keys)  # accounts seen only partially here: owned by their own key's rescore
        for a in run_engine(features, meetings, me=me, as_of=as_of, policy=policy,
                            context=context, only=wanted):
            acc, contacts = account_rows(a, user_id=user_id, as_of=as_of)
            acc_rows.append(acc)
            contact_rows.extend(contacts)
    elif not full:
        return 0
    await assessments_repo.store_for_accounts(
        session, user_id=user_id, accounts=None if full else keys, account_rows=acc_rows,
        contact_rows=contact_rows)
    return len(acc_rows)


async def fresh_context(session: AsyncSession, *, user_id: str, me: frozenset[str],
                        as_of: datetime, policy: Policy) -> MailboxContext:
    """The mailbox context from every stored record (a light projection of each message)."""
    feats = await records_repo.context_features(session, user_id)
    meets = await records_repo.all_meetings(session, user_id)
    return engine.mailbox_context(feats, meets, me=me, as_of=as_of, policy=policy)


async def stored_context(session: AsyncSession, *, user_id: str) -> MailboxContext | None:
    row = await assessments_repo.context(session, user_id)
    return context_of(row.body["ctx"]) if row and "ctx" in row.body else None


def top_signals(signals: list[Any]) -> list[dict[str, Any]]:
    """The strongest stored signals (signal_json), without their evidence."""
    ranked = sorted(signals, key=lambda s: -float(s.get("severity", 0)))[:TOP_SIGNALS]
    return [{"kind": s["kind"], "severity": s.get("severity", 0), "summary": s["summary"]}
            for s in ranked]


async def record_transitions(session: AsyncSession, *, user_id: str,
                             before: dict[str, tuple[str, int]], accounts: Iterable[str],
                             as_of: datetime, backfill: bool) -> list[LevelTransition]:
    """One LevelTransition per account of `accounts` whose stored level differs from `before`
    (accounts seen for the first time are not transitions)."""
    after = await assessments_repo.levels(session, user_id=user_id, accounts=list(accounts))
    changed = sorted(a for a, (level, _) in after.items()
                     if a in before and before[a][0] != level)
    if not changed:
        return []
    now = utcnow()
    rows = []
    for i in range(0, len(changed), 500):
        for acc in await assessments_repo.accounts_by_name(session, user_id=user_id,
                                                           accounts=changed[i:i + 500]):
            rows.append(LevelTransition(
                user_id=user_id, account=acc.account, from_level=before[acc.account][0],
                to_level=acc.risk, from_score=before[acc.account][1], to_score=acc.score,
                signals=top_signals(acc.signals), at=now, as_of=as_of, backfill=backfill,
                alert_state="backfill" if backfill else "new"))
    await transitions_repo.record(session, rows)
    return rows


async def refresh(session: AsyncSession, *, user_id: str, touched: Iterable[str],
                  me: frozenset[str], as_of: datetime, policy: Policy,
                  full: bool = False, backfill: bool = False) -> int:
    """Rescore after a change: only `touched` accounts while the mailbox context is unchanged,
    every account when it changed (a new lull week, a new bulk sender) or when `full`. Every
    level that changed is recorded as a LevelTransition in this same transaction (`backfill`:
    the history is still arriving)."""
    before = await assessments_repo.context(session, user_id)
    stats = None if full else context_service.of_row(before, me=me, as_of=as_of, policy=policy)
    if stats is None:
        stats = await context_service.rebuild(session, user_id=user_id, me=me, as_of=as_of,
                                              policy=policy)
    ctx = context_service.context(stats, as_of=as_of, policy=policy)
    if full or before is None or before.body.get("ctx") != context_json(ctx) or \
            before.computed_at != as_of:
        keys = await records_repo.all_keys(session, user_id)
        levels = await assessments_repo.levels(session, user_id=user_id)
        full = True
    else:
        keys = set(touched)
        levels = await assessments_repo.levels(session, user_id=user_id, accounts=sorted(keys))
    await assessments_repo.save_context(session, user_id=user_id,
                                        body={"ctx": context_json(ctx), "stats": stats},
                                        computed_at=as_of)
    n = await rescore(session, user_id=user_id, keys=keys, me=me, as_of=as_of,
                      policy=policy, context=ctx, full=full)
    if levels:
        await record_transitions(session, user_id=user_id, before=levels, accounts=levels,
                                 as_of=as_of, backfill=backfill)
    return n


def as_of(frozen: datetime | None) -> datetime:
    """The engine's "now": the frozen setting, else the coming UTC midnight, so everything
    received today is inside the windows and a day's rescores share one as_of."""
    if frozen:
        return frozen
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today + timedelta(days=1)
