"""The engine replayed week by week: what it would have said at the end of each Friday.

The backtest (`unspoken backtest`) and the service's stored weekly scores (the contact trend)
both go through `replay_week`, so a trend point is exactly the engine's answer on that day.
Each week sees only the mail dated before its end, as if the export had been cut there (the
calendar is the export's final state: a meeting's move or cancellation is known as soon as
its original date is in the window). Features are sorted once and sliced per week, never
re-read.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from unspoken.signals import assess as engine
from unspoken.signals.accounts import normalise
from unspoken.signals.model import Meeting, MessageFeatures, Risk
from unspoken.signals.policy import Policy

FRIDAY = 4  # date.weekday()
FLAGGED = frozenset({Risk.WATCH, Risk.AT_RISK})


def week_end(friday: date) -> datetime:
    """The as-of of a Friday's point: the end of that day (Saturday 00:00 UTC)."""
    return datetime.combine(friday + timedelta(days=1), time(0), tzinfo=UTC)


def fridays(until: datetime, weeks: int) -> list[date]:
    """The last `weeks` Fridays whose day is over at `until`, oldest first."""
    day = until.astimezone(UTC).date() - timedelta(days=1)  # week_end(day) <= until
    last = day - timedelta(days=(day.weekday() - FRIDAY) % 7)
    return [last - timedelta(days=7 * k) for k in range(weeks - 1, -1, -1)]


@dataclass(frozen=True, slots=True)
class Score:
    risk: Risk
    score: int

    @property
    def flagged(self) -> bool:
        return self.risk in FLAGGED


@dataclass(frozen=True, slots=True)
class Week:
    """One Friday's answer: every account's level, and every contact's (with its account)."""

    friday: date
    accounts: Mapping[str, Score]
    contacts: Mapping[str, tuple[str, Score]]


class Records:
    """A mailbox's features sorted once by date, sliced for each week's as-of."""

    def __init__(self, features: Iterable[MessageFeatures], meetings: Iterable[Meeting]) -> None:
        self.features = sorted(features, key=lambda f: f.date)
        self._dates = [f.date for f in self.features]
        self.meetings = list(meetings)
        # the earliest date anything is in the engine's windows: a message's date, a
        # meeting's start or original start (the engine scopes each meeting by both)
        firsts = [*self._dates[:1], *(d for m in self.meetings
                                      for d in (m.start, m.original_start) if d is not None)]
        self.first_date = min(firsts) if firsts else None

    def before(self, when: datetime) -> list[MessageFeatures]:
        return self.features[:bisect.bisect_left(self._dates, when)]

    @property
    def last_date(self) -> datetime | None:
        return self._dates[-1] if self._dates else None


def replay_week(records: Records, *, friday: date, me: frozenset[str], policy: Policy,
                only: set[str] | None = None) -> Week:
    """The engine as of the end of `friday` (the accounts in `only`, or every account).
    Before the mailbox's first message or meeting the engine would find no account: such a
    Friday (a new mailbox's first weeks back) is answered empty without running it."""
    at = week_end(friday)
    if records.first_date is None or records.first_date >= at:
        return Week(friday=friday, accounts={}, contacts={})
    feats = records.before(at)
    me = frozenset(normalise(a) for a in me)
    context = engine.mailbox_context(feats, records.meetings, me=me, as_of=at, policy=policy)
    groups = engine.group(feats, records.meetings, me=me, as_of=at, policy=policy,
                          context=context)
    accounts: dict[str, Score] = {}
    contacts: dict[str, tuple[str, Score]] = {}
    for acc, (fs, ms) in groups.items():
        if only is not None and acc not in only:
            continue
        a = engine.assess_account(acc, fs, ms, context=context, me=me, as_of=at, policy=policy)
        accounts[acc] = Score(a.risk, a.score)
        for c in a.contacts:
            contacts[normalise(c.email)] = (acc, Score(c.risk, c.score))
    return Week(friday=friday, accounts=accounts, contacts=contacts)


@dataclass(frozen=True, slots=True)
class Outcome:
    """How early one account was flagged: the backtest's answer for it."""

    account: str
    churned_on: date | None
    first_watch: date | None  # first week flagged at all (watch or at risk)
    first_at_risk: date | None
    lead_days: int | None  # churned_on - first_watch
    flagged_weeks: tuple[date, ...]  # up to the churn date for a churned account


def outcome(account: str, weeks: Sequence[Week], churned_on: date | None) -> Outcome:
    """Read one account's weeks; for a churned account, the weeks after the churn are moot."""
    flagged: list[date] = []
    first_at_risk = None
    for w in weeks:
        if churned_on is not None and w.friday > churned_on:
            break
        s = w.accounts.get(account)
        if s is None or not s.flagged:
            continue
        flagged.append(w.friday)
        if s.risk is Risk.AT_RISK and first_at_risk is None:
            first_at_risk = w.friday
    first_watch = flagged[0] if flagged else None
    lead = (churned_on - first_watch).days if churned_on and first_watch else None
    return Outcome(account=account, churned_on=churned_on, first_watch=first_watch,
                   first_at_risk=first_at_risk, lead_days=lead, flagged_weeks=tuple(flagged))
