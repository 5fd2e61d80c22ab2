"""The engine's mailbox context, kept up to date from running counts instead of a full pass.

`signals.assess.mailbox_context` reads every message (bulk senders, weekly volume of mail
with customers). Recomputing it on each sync would make one new message cost
as much as the whole mailbox, so each user keeps its inputs as counts, updated by the sync in
the same transaction as the records:
  senders  address -> [messages, bulk messages]            (all messages)
  weeks    Monday -> {"n": mail their side wrote,           (messages in scope)
                      "active": {account: n}}          (messages and meetings)
The counts are valid for one (as_of, policy, addresses, bulk senders) key; when any of them
changes they are rebuilt from every record (the slow path: a new day, a policy change, a
sender turning into a newsletter). `tests/worker` checks the result against the engine's own
`mailbox_context` and the final assessments against a full rescan.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals.accounts import AccountResolver
from unspoken.signals.assess import lull_weeks, written_by_them
from unspoken.signals.detectors.base import MACHINE_FLAGS, MailboxContext, week_of
from unspoken.signals.model import Meeting, MessageFeatures, MessageFlag
from unspoken.signals.policy import Policy
from unspoken.store.models import UserContext
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import records as records_repo

Stats = dict[str, Any]


def stats_key(*, me: frozenset[str], as_of: datetime, policy: Policy) -> dict[str, Any]:
    """What the counts depend on besides the bulk senders (which they carry themselves)."""
    return {"as_of": as_of.isoformat(), "me": sorted(me),
            "windows": [policy.recent_days, policy.baseline_days],
            "internal": sorted(policy.internal_domains),
            "customers": sorted(policy.customer_domains),
            "ignored": sorted(policy.ignored_domains)}


def _scope(as_of: datetime, policy: Policy) -> tuple[datetime, datetime]:
    start = as_of - timedelta(days=policy.recent_days + policy.baseline_days)
    return start, as_of


def automated(stats: Stats) -> frozenset[str]:
    """signals.accounts.bulk_senders over the counts: most of their mail is bulk."""
    return frozenset(e for e, (total, bulk) in stats["senders"].items() if bulk * 2 > total)


def _bump(counts: dict[str, int], key: str, sign: int) -> None:
    n = counts.get(key, 0) + sign
    if n:
        counts[key] = n
    else:
        counts.pop(key, None)


def _week(stats: Stats, wk: date) -> dict[str, Any]:
    return stats["weeks"].setdefault(wk.isoformat(), {"n": 0, "active": {}})


def _sender(stats: Stats, f: MessageFeatures, sign: int) -> None:
    total, bulk = stats["senders"].get(f.sender.email, (0, 0))
    total += sign
    bulk += sign if MessageFlag.BULK in f.flags else 0
    if total:
        stats["senders"][f.sender.email] = [total, bulk]
    else:
        stats["senders"].pop(f.sender.email, None)


def _message(stats: Stats, f: MessageFeatures, sign: int, resolver: AccountResolver,
             scope: tuple[datetime, datetime]) -> None:
    if not scope[0] <= f.date < scope[1] or f.flags & MACHINE_FLAGS:
        return
    accounts = {a for a in (resolver.account_of(x.email) for x in (f.sender, *f.to, *f.cc))
                if a}
    if not accounts:
        return
    wk = _week(stats, week_of(f.date))
    if written_by_them(f):
        wk["n"] += sign
    for acc in accounts:
        _bump(wk["active"], acc, sign)


def _meeting(stats: Stats, m: Meeting, sign: int, resolver: AccountResolver,
             scope: tuple[datetime, datetime]) -> None:
    when = m.original_start or m.start
    if not scope[0] <= when < scope[1]:
        return
    accounts = {a for a in (resolver.account_of(x.email) for x in m.attendees) if a}
    if not accounts:
        return
    wk = _week(stats, week_of(when))
    for acc in accounts:
        _bump(wk["active"], acc, sign)


def build(features: Iterable[MessageFeatures], meetings: Iterable[Meeting], *,
          me: frozenset[str], as_of: datetime, policy: Policy) -> Stats:
    feats = list(features)
    stats: Stats = {"key": stats_key(me=me, as_of=as_of, policy=policy), "senders": {},
                    "weeks": {}}
    for f in feats:
        _sender(stats, f, +1)
    bulk = automated(stats)
    stats["automated"] = sorted(bulk)
    resolver = AccountResolver.build(me=me, policy=policy, automated=bulk)
    scope = _scope(as_of, policy)
    for f in feats:
        _message(stats, f, +1, resolver, scope)
    for m in meetings:
        _meeting(stats, m, +1, resolver, scope)
    return stats


def apply(stats: Stats, *, removed: Iterable[MessageFeatures], added: Iterable[MessageFeatures],
          removed_meetings: Iterable[Meeting], added_meetings: Iterable[Meeting],
          me: frozenset[str], as_of: datetime, policy: Policy) -> bool:
    """Update the counts in place; False when they must be rebuilt (bulk senders changed)."""
    removed, added = list(removed), list(added)
    for f in removed:
        _sender(stats, f, -1)
    for f in added:
        _sender(stats, f, +1)
    bulk = automated(stats)
    if sorted(bulk) != stats["automated"]:
        return False
    resolver = AccountResolver.build(me=me, policy=policy, automated=bulk)
    scope = _scope(as_of, policy)
    for f in removed:
        _message(stats, f, -1, resolver, scope)
    for f in added:
        _message(stats, f, +1, resolver, scope)
    for m in removed_meetings:
        _meeting(stats, m, -1, resolver, scope)
    for m in added_meetings:
        _meeting(stats, m, +1, resolver, scope)
    for k in [k for k, v in stats["weeks"].items() if not v["n"] and not v["active"]]:
        del stats["weeks"][k]
    return True


def context(stats: Stats, *, as_of: datetime, policy: Policy) -> MailboxContext:
    """The tail of signals.assess.mailbox_context, over the counts."""
    activity = {date.fromisoformat(k): v["n"] for k, v in stats["weeks"].items() if v["n"] > 0}
    lull, typical = lull_weeks(activity, as_of=as_of, policy=policy)
    return MailboxContext(lull_weeks=lull, weekly_median=typical,
                          automated=frozenset(stats["automated"]))


async def rebuild(session: AsyncSession, *, user_id: str, me: frozenset[str], as_of: datetime,
                  policy: Policy) -> Stats:
    feats = await records_repo.context_features(session, user_id)
    meets = await records_repo.all_meetings(session, user_id)
    return build(feats, meets, me=me, as_of=as_of, policy=policy)


async def load(session: AsyncSession, *, user_id: str, me: frozenset[str], as_of: datetime,
               policy: Policy) -> Stats | None:
    """The stored counts when they are valid for this key, else None."""
    return of_row(await repo.context(session, user_id), me=me, as_of=as_of, policy=policy)


def of_row(row: UserContext | None, *, me: frozenset[str], as_of: datetime,
           policy: Policy) -> Stats | None:
    """`load` on a context row already read in this transaction (keep the row referenced:
    the session's identity map holds it weakly, and a later `get` would read it again)."""
    if row is None or "stats" not in row.body:
        return None
    stats: Stats | None = row.body["stats"]
    if stats is None or stats["key"] != stats_key(me=me, as_of=as_of, policy=policy):
        return None
    return stats


def fingerprint(c: MailboxContext) -> str:
    return json.dumps({"lull_weeks": sorted(d.isoformat() for d in c.lull_weeks),
                       "weekly_median": c.weekly_median, "automated": sorted(c.automated)})
