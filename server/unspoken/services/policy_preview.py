"""What a policy change would do before it is saved: the admin's own accounts scored under the
current and the proposed policy, side by side. Only the admin's own data is read (never the
team's), and the engine runs on one bounded worker thread, never on the event loop."""

from __future__ import annotations

import asyncio
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import policy as policy_service
from unspoken.services import scoring
from unspoken.services.policy import OrgPolicy
from unspoken.services.users import my_addresses
from unspoken.signals import assess as engine
from unspoken.signals.model import Meeting, MessageFeatures
from unspoken.signals.policy import Policy
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import users as users_repo

# One preview at a time per process, on its own thread, with at most MAX_WAITING queued
# behind it: a burst of clicks is refused instead of piling up work.
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policy-preview")
MAX_WAITING = 2
_in_flight = 0
MAX_CHANGES_LISTED = 50


class PreviewBusy(Exception):
    """Another preview is running in this process; try again in a moment."""


@dataclass(frozen=True, slots=True)
class Change:
    account: str
    before: str  # a level, or "" when the account is not one under that policy
    after: str


@dataclass(frozen=True, slots=True)
class Preview:
    accounts_before: int
    accounts_after: int
    changed: int  # accounts whose level differs (including ones that appear or disappear)
    moves: dict[tuple[str, str], int] = field(default_factory=dict)  # (before, after) -> n
    changes: tuple[Change, ...] = ()  # the first MAX_CHANGES_LISTED, riskiest first


def _levels(features: list[MessageFeatures], meetings: list[Meeting], *, me: frozenset[str],
            as_of: datetime, policy: Policy) -> dict[str, str]:
    ctx = engine.mailbox_context(features, meetings, me=me, as_of=as_of, policy=policy)
    return {a.account: a.risk.value for a in scoring.run_engine(
        features, meetings, me=me, as_of=as_of, policy=policy, context=ctx)}


_RANK = {"at_risk": 0, "watch": 1, "healthy": 2, "insufficient_data": 3, "": 4}


def compare(before: dict[str, str], after: dict[str, str]) -> Preview:
    changes = [Change(a, before.get(a, ""), after.get(a, ""))
               for a in sorted(set(before) | set(after))
               if before.get(a, "") != after.get(a, "")]
    changes.sort(key=lambda c: (min(_RANK[c.before], _RANK[c.after]), c.account))
    moves = Counter((c.before, c.after) for c in changes)
    return Preview(accounts_before=len(before), accounts_after=len(after), changed=len(changes),
                   moves=dict(moves), changes=tuple(changes[:MAX_CHANGES_LISTED]))


def _run(features: list[MessageFeatures], meetings: list[Meeting], *, me: frozenset[str],
         as_of: datetime, old: Policy, new: Policy) -> Preview:
    return compare(_levels(features, meetings, me=me, as_of=as_of, policy=old),
                   _levels(features, meetings, me=me, as_of=as_of, policy=new))


async def preview(session: AsyncSession, *, user_id: str, email: str, org_id: str,
                  new: OrgPolicy, as_of: datetime) -> Preview:
    """The admin's accounts under the org's current policy and under `new`, same day, same
    data: the difference is the policy's alone. Raises PreviewBusy when too many wait."""
    global _in_flight
    org = await users_repo.org(session, org_id)
    domain = org.domain if org else ""
    _, current = await policy_service.current(session, org_id=org_id)
    me = await my_addresses(session, user_id=user_id, email=email)
    learned = await policy_service.learned(session, org_id=org_id)
    if _in_flight > MAX_WAITING:
        raise PreviewBusy
    _in_flight += 1
    try:
        features = await records_repo.all_features(session, user_id)
        meetings = await records_repo.all_meetings(session, user_id)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            _POOL, lambda: _run(features, meetings, me=me, as_of=as_of,
                                old=current.engine(org_domain=domain, learned=learned),
                                new=new.engine(org_domain=domain, learned=learned)))
    finally:
        _in_flight -= 1
