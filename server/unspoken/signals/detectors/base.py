"""What every detector reads: one contact's or account's history, split into baseline and recent.

A detector is a pure function `History -> Signal | None`. It reads only `MessageFeatures` and
`Meeting` records (never text), so the service can rescore from stored features alone.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter

from unspoken.signals.model import (
    Direction,
    Evidence,
    Meeting,
    MessageFeatures,
    MessageFlag,
    SignalKind,
)
from unspoken.signals.policy import LEVELS, Policy

EVIDENCE_MAX = 160
# Messages that are not a person writing to us: never evidence of a person's habits.
MACHINE_FLAGS = frozenset({MessageFlag.BULK, MessageFlag.CALENDAR})
# ...nor are auto-replies and bounces (what `History.received` leaves out).
_NOT_ANSWERS = frozenset({MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE})
_NOT_WRITTEN = MACHINE_FLAGS | _NOT_ANSWERS
_by_date = attrgetter("date")
_by_sent_date = attrgetter("message.date")
BEFORE_BREAK = timedelta(days=7)  # "let's pick this up after the holidays", said just before


def week_of(dt: datetime | date) -> date:
    d = dt.date() if isinstance(dt, datetime) else dt
    return d - timedelta(days=d.weekday())


@dataclass(frozen=True, slots=True)
class Window:
    start: datetime  # inclusive
    end: datetime  # exclusive

    def __contains__(self, when: datetime) -> bool:
        return self.start <= when < self.end

    @property
    def days(self) -> float:
        return max((self.end - self.start).total_seconds() / 86400, 1.0)


@dataclass(frozen=True, slots=True)
class MailboxContext:
    """Facts about the whole mailbox that no single account shows: weeks when everyone was away.

    Cheap to compute from all features and meetings; the service recomputes it on every sync and
    rescores only the accounts a sync touched (same result as a full rescan while it is unchanged).
    """

    lull_weeks: frozenset[date] = frozenset()  # Mondays of weeks the whole mailbox went quiet
    weekly_median: float = 0.0  # typical messages per week with customers
    automated: frozenset[str] = frozenset()  # senders whose mail is mostly bulk: never contacts

    def in_lull(self, when: datetime | None) -> bool:
        return when is not None and bool(self.lull_weeks) and week_of(when) in self.lull_weeks

    def before_or_in_break(self, when: datetime) -> bool:
        """In a lull, or in the week before one: "talk in January" or a slow answer then is the
        break speaking, not the person."""
        return self.in_lull(when) or self.in_lull(when + BEFORE_BREAK)

    def lull_share(self, start: datetime, end: datetime) -> float:
        """Share of the days between start and end that fall in lull weeks."""
        days = max(int((end - start).days), 1)
        if not self.lull_weeks:
            return 0 / days
        # Day i is start's date + i days; count, per lull week, the days of it in [0, days).
        first = start.date()
        monday = first - timedelta(days=first.weekday())
        hit = 0
        for wk in self.lull_weeks:
            lo = (wk - first).days  # day index of that Monday (may be negative)
            if lo % 7 == (monday - first).days % 7:  # a Monday of the same calendar
                hit += max(0, min(lo + 7, days) - max(lo, 0))
        return hit / days


@dataclass(frozen=True, slots=True)
class Reply:
    """One message from their side answering one of ours in the same thread."""

    contact: str
    date: datetime
    latency_hours: float
    depth: int  # messages before it in the thread (1 = answers the opening message)
    words: int
    subject: str = ""
    waited: float = 0.0  # latency in business hours (weekends left out)


@dataclass(frozen=True, slots=True)
class SentOutcome:
    """One of our messages to this side, and who on their side answered it in the thread."""

    message: MessageFeatures
    recipients: frozenset[str]  # their addresses in To (Cc does not owe us an answer)
    answers: tuple[MessageFeatures, ...]  # their later messages in the same thread
    depth: int = 0  # messages before it in the thread (0 = it opened the thread)
    nudged: bool = False  # we wrote again in the thread before any answer came


@dataclass(frozen=True, slots=True)
class History:
    """One contact's or one account's mail and meetings around `as_of`."""

    subject: str  # the account (domain or free-mail address) or the contact's address
    side: frozenset[str]  # their addresses in this history
    me: frozenset[str]
    as_of: datetime
    recent: Window
    baseline: Window
    messages: tuple[MessageFeatures, ...]  # by date, baseline and recent windows only
    meetings: tuple[Meeting, ...]  # by start (or original start), both windows
    executives: Mapping[str, str]  # their executives -> title (signatures and admin policy)
    policy: Policy
    context: MailboxContext = field(default_factory=MailboxContext)
    replies: tuple[Reply, ...] = ()
    sent: tuple[SentOutcome, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)  # display names, for summaries
    corroborated: bool = False  # another signal already passed its level (policy.Level)
    # Filtered views of `messages` (every detector asks for the same few): computed once.
    _views: dict[tuple[str, Window | None], list[MessageFeatures]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def who(self, email: str) -> str:
        """A person as a summary names them: display name, else the address's local part."""
        return self.names.get(email) or email.split("@")[0]

    def level(self, kind: SignalKind) -> float:
        """The detector's decision level under this organisation's sensitivity (policy.LEVELS)."""
        return LEVELS[kind].at(self.policy.signal(kind).sensitivity,
                               corroborated=self.corroborated)

    def open_days(self, window: Window) -> float:
        """Days of a window outside mailbox-wide lulls (at least one)."""
        return max(window.days * (1 - self.context.lull_share(window.start, window.end)), 1.0)

    def _view(self, what: str, window: Window | None) -> list[MessageFeatures]:
        found = self._views.get((what, window))
        if found is None:
            if window is not None:
                start, end = window.start, window.end
                found = [f for f in self._view(what, None) if start <= f.date < end]
            elif what == "received":
                side = self.side
                found = [f for f in self.messages
                         if f.direction is Direction.RECEIVED and f.sender.email in side
                         and not (f.flags & _NOT_WRITTEN)]
            else:
                found = [f for f in self.messages if f.direction is Direction.SENT]
            self._views[(what, window)] = found
        return found

    def received(self, window: Window | None = None) -> list[MessageFeatures]:
        """Messages people on their side wrote (auto-replies and machine mail excluded)."""
        return list(self._view("received", window))

    def sent_messages(self, window: Window | None = None) -> list[MessageFeatures]:
        return list(self._view("sent", window))

    def evidence(self, when: datetime, contact: str, source: str, description: str,
                 quote: str = "") -> Evidence:
        """A quote when the policy allows one, else a description a person can check."""
        text = quote if (quote and self.policy.store_quotes) else description
        return Evidence(date=when, contact=contact, source=source, text=clip(text))


def clip(text: str, limit: int = EVIDENCE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def median(values: Iterable[float]) -> float | None:
    vals = list(values)
    return statistics.median(vals) if vals else None


def thread_stats(messages: Iterable[MessageFeatures], side: frozenset[str]
                 ) -> tuple[tuple[Reply, ...], tuple[SentOutcome, ...]]:
    """Their replies (latency, depth, length) and what became of our messages, per thread."""
    threads: dict[str, list[MessageFeatures]] = defaultdict(list)
    for f in messages:
        if f.flags & MACHINE_FLAGS:
            continue
        threads[f.thread_id].append(f)
    replies: list[Reply] = []
    sent: list[SentOutcome] = []
    received, ours = Direction.RECEIVED, Direction.SENT
    for items in threads.values():
        items.sort(key=_by_date)
        last_sent: MessageFeatures | None = None
        for i, f in enumerate(items):
            if f.direction is ours:
                recipients = frozenset(a.email for a in f.to) & side
                if recipients:
                    answers: list[MessageFeatures] = []  # their later messages in the thread
                    chased: datetime | None = None  # our first later one, before any answer
                    for g in items[i + 1:]:
                        if g.direction is ours:
                            if chased is None and not answers and g.date > f.date:
                                chased = g.date
                        elif g.direction is received and g.sender.email in side \
                                and not (g.flags & _NOT_ANSWERS):
                            answers.append(g)
                    nudged = chased is not None and (not answers or chased < answers[0].date)
                    sent.append(SentOutcome(message=f, recipients=recipients,
                                            answers=tuple(answers), depth=i, nudged=nudged))
                last_sent = f
                continue
            if last_sent is not None and f.sender.email in side \
                    and not (f.flags & _NOT_ANSWERS):
                hours = (f.date - last_sent.date).total_seconds() / 3600
                if hours >= 0:
                    replies.append(Reply(contact=f.sender.email, date=f.date,
                                         latency_hours=hours, depth=i, words=f.words,
                                         subject=f.subject,
                                         waited=business_hours(last_sent.date, f.date)))
                last_sent = None  # one answer per message of ours
    replies.sort(key=_by_date)
    sent.sort(key=_by_sent_date)
    return tuple(replies), tuple(sent)


def side_attendees(m: Meeting, side: frozenset[str]) -> list[str]:
    found = [a.email for a in m.attendees if a.email in side]
    if m.organizer is not None and m.organizer.email in side and m.organizer.email not in found:
        found.append(m.organizer.email)
    return found


def business_hours(start: datetime, end: datetime) -> float:
    """Hours from start to end, weekends left out: Friday evening to Monday morning is a
    night's wait, not three days'."""
    total = (end - start).total_seconds() / 3600
    if total <= 0:
        return max(total, 0.0)
    weekend = 0.0
    day = start.replace(hour=0, minute=0, second=0, microsecond=0)
    if total > 24 * 400:
        return total * 5 / 7
    while day < end:
        nxt = day + timedelta(days=1)
        if day.weekday() >= 5:
            weekend += (min(nxt, end) - max(day, start)).total_seconds() / 3600
        day = nxt
    return max(total - weekend, 0.0)


def fmt_day(dt: datetime) -> str:
    return f"{dt:%b} {dt.day}"


def make_history(subject: str, side: frozenset[str], features: Iterable[MessageFeatures],
                 meetings: Iterable[Meeting], *, me: frozenset[str], as_of: datetime,
                 policy: Policy, executives: Mapping[str, str] | None = None,
                 context: MailboxContext | None = None,
                 names: Mapping[str, str] | None = None) -> History:
    """A History with its windows from the policy and its thread statistics computed."""
    recent_start = as_of - timedelta(days=policy.recent_days)
    recent = Window(recent_start, as_of)
    baseline = Window(recent_start - timedelta(days=policy.baseline_days), recent_start)
    feats = tuple(sorted((f for f in features if baseline.start <= f.date < as_of),
                         key=lambda f: f.date))
    replies, sent = thread_stats(feats, side)
    return History(subject=subject, side=side, me=me, as_of=as_of, recent=recent,
                   baseline=baseline, messages=feats,
                   meetings=tuple(sorted(meetings, key=lambda m: m.original_start or m.start)),
                   executives=dict(executives or {}), policy=policy,
                   context=context or MailboxContext(), replies=replies, sent=sent,
                   names=dict(names or {}))
