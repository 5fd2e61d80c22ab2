"""Baseline vs recent window per account and contact -> risk levels, scores, the check-in.

`assess()` is `mailbox_context()` + `group()` + `assess_account()` for each account. The service
rescores only the accounts a sync touched with `assess_account()` and gets the same answer as a
full rescan, as long as the (cheap) mailbox context is recomputed from all features.
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from unspoken.signals import checkin as _checkin
from unspoken.signals import markers as mk
from unspoken.signals import patterns as _patterns
from unspoken.signals import roles as _roles
from unspoken.signals.accounts import AccountResolver, bulk_senders
from unspoken.signals.detectors import DETECTORS
from unspoken.signals.detectors.base import (
    MACHINE_FLAGS,
    History,
    MailboxContext,
    Window,
    make_history,
    week_of,
)
from unspoken.signals.detectors.procrastination import REVIEW
from unspoken.signals.model import (
    AccountAssessment,
    ContactAssessment,
    Direction,
    Meeting,
    MeetingStatus,
    MessageFeatures,
    MessageFlag,
    Report,
    Risk,
    Role,
    Signal,
    SignalKind,
    Undecided,
)
from unspoken.signals.policy import LEVELS, Policy

# Below these, an account or contact is "not enough data", never a guess.
MIN_BASELINE_MESSAGES = 5
MIN_CONTACT_BASELINE = 4
MIN_RELATIONSHIP = timedelta(days=30)  # history needed before the recent window starts
_ORDER = {Risk.AT_RISK: 0, Risk.WATCH: 1, Risk.HEALTHY: 2, Risk.INSUFFICIENT_DATA: 3}


@dataclass(frozen=True, slots=True)
class Windows:
    as_of: datetime
    recent: Window
    baseline: Window

    @classmethod
    def of(cls, as_of: datetime, policy: Policy) -> Windows:
        recent_start = as_of - timedelta(days=policy.recent_days)
        return cls(as_of=as_of, recent=Window(recent_start, as_of),
                   baseline=Window(recent_start - timedelta(days=policy.baseline_days),
                                   recent_start))


def _in_scope(when: datetime, w: Windows) -> bool:
    return w.baseline.start <= when < w.as_of


# --- mailbox context ---------------------------------------------------------------------------

def mailbox_context(features: Iterable[MessageFeatures], meetings: Iterable[Meeting], *,
                    me: frozenset[str], as_of: datetime, policy: Policy) -> MailboxContext:
    """Weeks when the whole mailbox went quiet (holidays), from the volume of mail customers
    wrote alone. Declines, cancellations and auto-replies that happen to fall in one week
    across accounts are not a lull: a churning customer's declines are evidence, not noise."""
    feats = list(features)
    w = Windows.of(as_of, policy)
    automated = bulk_senders(feats)
    resolver = AccountResolver.build(me=me, policy=policy, automated=automated)
    activity: Counter = Counter()
    for f in feats:
        if _in_scope(f.date, w) and written_by_them(f) and _accounts_of(f, resolver):
            activity[week_of(f.date)] += 1
    lull, typical = lull_weeks(activity, as_of=as_of, policy=policy)
    return MailboxContext(lull_weeks=lull, weekly_median=typical, automated=automated)


def written_by_them(f: MessageFeatures) -> bool:
    """Mail a person on the customers' side wrote: the volume a lull is measured on (our own
    notes before the break and the auto-replies they get are not their activity)."""
    return f.direction is Direction.RECEIVED and not (f.flags & _NOT_THEIRS) \
        and not f.markers.get(mk.OUT_OF_OFFICE)


_NOT_THEIRS = MACHINE_FLAGS | {MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE}
LULL_SHARE = 0.35  # a week with less than this share of the typical volume is a lull
LULL_MIN_TYPICAL = 4  # ...in a mailbox that typically has at least this many messages a week


def lull_weeks(activity: Mapping[date, int], *, as_of: datetime, policy: Policy
               ) -> tuple[frozenset[date], float]:
    """Mondays of the weeks whose customer mail fell far below the mailbox's typical week
    (counted from its first active week), and that typical weekly volume."""
    w = Windows.of(as_of, policy)
    weeks = []
    cursor = week_of(w.baseline.start) + timedelta(days=7)
    while cursor < week_of(as_of):
        weeks.append(cursor)
        cursor += timedelta(days=7)
    busy = [wk for wk, n in activity.items() if n > 0]
    first_active = min(busy) if busy else None
    span = [wk for wk in weeks if first_active is not None and wk >= first_active]
    typical = float(statistics.median(activity.get(wk, 0) for wk in span)) if span else 0.0
    if typical < LULL_MIN_TYPICAL:
        return frozenset(), typical
    return frozenset(wk for wk in span if activity.get(wk, 0) < LULL_SHARE * typical), typical


# --- grouping ----------------------------------------------------------------------------------

def _accounts_of(f: MessageFeatures, resolver: AccountResolver) -> set[str]:
    found = set()
    for a in (f.sender, *f.to, *f.cc):
        acc = resolver.account_of(a.email)
        if acc:
            found.add(acc)
    return found


def group(features: Iterable[MessageFeatures], meetings: Iterable[Meeting], *,
          me: frozenset[str], as_of: datetime, policy: Policy,
          context: MailboxContext | None = None,
          ) -> dict[str, tuple[list[MessageFeatures], list[Meeting]]]:
    """Account -> its messages and meetings within the windows. Bounces join the account of
    the message they bounce."""
    w = Windows.of(as_of, policy)
    automated = context.automated if context else frozenset()
    resolver = AccountResolver.build(me=me, policy=policy, automated=automated)
    out: dict[str, tuple[list[MessageFeatures], list[Meeting]]] = defaultdict(lambda: ([], []))
    by_msgid: dict[str, set[str]] = {}
    by_thread: dict[str, set[str]] = {}
    last_sent: list[tuple[datetime, set[str]]] = []
    bounces: list[MessageFeatures] = []
    for f in sorted((f for f in features if _in_scope(f.date, w)), key=lambda f: f.date):
        if MessageFlag.BOUNCE in f.flags and f.direction is Direction.RECEIVED:
            bounces.append(f)
            continue
        if MessageFlag.BULK in f.flags and f.sender.email in automated:
            continue
        accounts = _accounts_of(f, resolver)
        for acc in accounts:
            out[acc][0].append(f)
        if f.direction is Direction.SENT and accounts:
            if f.message_id:
                by_msgid[f.message_id] = accounts
            by_thread[f.thread_id] = accounts
            last_sent.append((f.date, accounts))
    sent_dates = [d for d, _ in last_sent]  # ascending: features were sorted by date
    for b in bounces:
        accounts = by_msgid.get(b.in_reply_to) or by_thread.get(b.thread_id) or set()
        if not accounts:  # the last message we sent in the 3 hours before the bounce
            i = bisect.bisect_right(sent_dates, b.date)
            accounts = last_sent[i - 1][1] if i and b.date - sent_dates[i - 1] <= \
                timedelta(hours=3) else set()
        for acc in accounts:
            out[acc][0].append(b)
    for m in meetings:
        when = m.original_start or m.start
        if not (_in_scope(when, w) or _in_scope(m.start, w)):
            continue
        people = [x.email for x in m.attendees]
        if m.organizer is not None:
            people.append(m.organizer.email)
        for acc in {a for a in (resolver.account_of(p) for p in people) if a}:
            out[acc][1].append(m)
    return dict(out)


# --- one account -------------------------------------------------------------------------------

@dataclass
class _Person:
    email: str
    name: str = ""
    title: str = ""
    role: Role = Role.UNKNOWN


def _people(account: str, features: list[MessageFeatures], meetings: list[Meeting],
            resolver: AccountResolver, policy: Policy) -> dict[str, _Person]:
    people: dict[str, _Person] = {}

    def see(email: str, name: str = "") -> _Person | None:
        if resolver.account_of(email) != account:
            return None
        p = people.setdefault(email, _Person(email))
        if name and not p.name and "@" not in name:
            p.name = name
        return p

    for f in sorted(features, key=lambda f: f.date):
        if MessageFlag.BOUNCE in f.flags:
            continue
        p = see(f.sender.email, f.sender.name)
        if p is not None and f.sender_title:
            p.title = f.sender_title
            if f.sender_role is not Role.UNKNOWN:
                p.role = f.sender_role
        for a in (*f.to, *f.cc):
            see(a.email, a.name)
    for m in meetings:
        for x in m.attendees:
            see(x.email, x.name)
        if m.organizer is not None:
            see(m.organizer.email, m.organizer.name)
    for p in people.values():
        if p.title and p.role is Role.UNKNOWN:
            p.role = _roles.role_from_title(p.title, extra_patterns=policy.executive_titles)
        if p.email in policy.executive_emails or (
                p.title and _patterns.matches_any(p.title, policy.executive_titles)):
            p.role = Role.EXECUTIVE
    return people


def _history(subject: str, side: frozenset[str], features: list[MessageFeatures],
             meetings: list[Meeting], people: dict[str, _Person], *, me: frozenset[str],
             w: Windows, policy: Policy, context: MailboxContext) -> History:
    execs = {e: p.title for e, p in people.items() if e in side and p.role is Role.EXECUTIVE}
    names = {e: p.name for e, p in people.items() if p.name}
    return make_history(subject, side, features, meetings, me=me, as_of=w.as_of, policy=policy,
                        executives=execs, context=context, names=names)


def _human(features: list[MessageFeatures]) -> list[MessageFeatures]:
    return [f for f in features if not (f.flags & MACHINE_FLAGS)
            and MessageFlag.BOUNCE not in f.flags]


def _enough(features: list[MessageFeatures], meetings: list[Meeting], w: Windows) -> bool:
    """Enough history to judge: a real baseline, started well before the recent window, and
    something in the recent window to compare with it."""
    human = _human(features)
    base = [f for f in human if f.date in w.baseline]
    recent = [f for f in human if f.date in w.recent]
    recent_meetings = [m for m in meetings if (m.original_start or m.start) in w.recent]
    if len(base) < MIN_BASELINE_MESSAGES:
        return False
    if min(f.date for f in base) > w.recent.start - MIN_RELATIONSHIP:
        return False
    return len(recent) + len(recent_meetings) >= 2


def _run(h: History, kinds: Iterable[SignalKind], *, corroborate: bool = True
         ) -> tuple[list[Signal], list[SignalKind]]:
    """The signals found, and the kinds whose test had too little recent mail to decide
    (`corroborate`: ask the quiet tests again at their corroborated level once one fired)."""
    found: list[Signal] = []
    undecided: list[SignalKind] = []
    quiet: list[SignalKind] = []
    for kind in kinds:
        if not h.policy.signal(kind).enabled:
            continue
        s = DETECTORS[kind](h)
        if isinstance(s, Signal):
            found.append(s)
        elif isinstance(s, Undecided):
            undecided.append(kind)
        else:
            quiet.append(kind)
    # Once one signal has passed its level, the others are asked again at their corroborated
    # level (policy.Level.corroborated): a second sign of the same change needs less.
    again = [k for k in (*quiet, *undecided) if LEVELS[k].corroborated]
    if found and again and corroborate:
        h2 = replace(h, corroborated=True)
        for kind in again:
            s = DETECTORS[kind](h2)
            if isinstance(s, Signal):
                found.append(s)
                if kind in undecided:
                    undecided.remove(kind)
    return found, undecided


def _level(signals: list[Signal] | tuple[Signal, ...]) -> tuple[Risk, int]:
    if not signals:
        return Risk.HEALTHY, 0
    remain = 1.0
    for s in signals:
        remain *= 1 - 0.45 * max(min(s.severity, 1.0), 0.2)
    raw = round(100 * (1 - remain))
    if len(signals) == 1:
        return Risk.WATCH, max(30, min(raw, 59))
    return Risk.AT_RISK, max(60, min(raw + 20, 100))


def _sorted_signals(signals: list[Signal]) -> tuple[Signal, ...]:
    return tuple(sorted(signals, key=lambda s: (-s.severity, s.kind.value)))


def assess_account(account: str, features: Iterable[MessageFeatures],
                   meetings: Iterable[Meeting], *, context: MailboxContext,
                   me: frozenset[str], as_of: datetime, policy: Policy) -> AccountAssessment:
    """One account from its own messages and meetings (as `group()` returns them)."""
    w = Windows.of(as_of, policy)
    feats = [f for f in features if _in_scope(f.date, w)]
    meets = list(meetings)
    resolver = AccountResolver.build(me=me, policy=policy, automated=context.automated)
    people = _people(account, feats, meets, resolver, policy)
    side = frozenset(people)
    contacts: list[ContactAssessment] = []
    # Each person's messages and meetings, in the account's order (one pass, not one per person)
    mail_of: defaultdict[str, list[MessageFeatures]] = defaultdict(list)
    for f in feats:
        for e in {f.sender.email, *(a.email for a in f.to), *(a.email for a in f.cc)}:
            mail_of[e].append(f)
    attending: set[str] = set()
    meetings_of: defaultdict[str, list[Meeting]] = defaultdict(list)
    for m in meets:
        invited = {x.email for x in m.attendees}
        attending |= invited
        if m.organizer is not None:
            invited.add(m.organizer.email)
        for e in invited:
            meetings_of[e].append(m)
    for email, p in sorted(people.items()):
        mine = mail_of.get(email, [])
        if not mine and email not in attending:
            continue
        their = meetings_of.get(email, [])
        wrote = [f for f in _human(mine) if f.sender.email == email and f.date in w.baseline]
        if not _enough(mine, their, w) or len(wrote) < MIN_CONTACT_BASELINE:
            contacts.append(ContactAssessment(email=email, name=p.name, role=p.role,
                                              title=p.title, risk=Risk.INSUFFICIENT_DATA,
                                              score=0, signals=()))
            continue
        h = _history(email, frozenset({email}), mine, their, people, me=me, w=w,
                     policy=policy, context=context)
        # A contact's own signals are evidence for the account's page: no second pass.
        found, _ = _run(h, DETECTORS, corroborate=False)
        risk, score = _level(found)
        contacts.append(ContactAssessment(email=email, name=p.name, role=p.role, title=p.title,
                                          risk=risk, score=score,
                                          signals=_sorted_signals(found)))
    contacts.sort(key=lambda c: (_ORDER[c.risk], -c.score, c.email))
    if not _enough(feats, meets, w):
        return AccountAssessment(account=account, risk=Risk.INSUFFICIENT_DATA, score=0,
                                 signals=(), contacts=tuple(contacts))
    h = _history(account, side, feats, meets, people, me=me, w=w, policy=policy,
                 context=context)
    # Warmth is judged against each writer's own habit inside the pooled test: no mix-shift.
    signals, undecided = _run(h, DETECTORS)
    risk, score = _level(signals)
    ordered = _sorted_signals(signals)
    suggestion = None
    if risk is Risk.AT_RISK:
        suggestion = _suggest(account, ordered, h, people)
    return AccountAssessment(account=account, risk=risk, score=score, signals=ordered,
                             contacts=tuple(contacts), suggested_checkin=suggestion,
                             undecided=tuple(undecided))


def _suggest(account: str, signals: tuple[Signal, ...], h: History,
             people: dict[str, _Person]):
    """Address the check-in to the person we still deal with most, about what is at stake."""
    counts: Counter = Counter()
    for f in h.messages:
        if f.direction is Direction.RECEIVED and f.sender.email in h.side and \
                not (f.flags & MACHINE_FLAGS) and MessageFlag.AUTO_REPLY not in f.flags:
            counts[f.sender.email] += 2 if f.date in h.recent else 1
    gone = {e.contact for s in signals if s.kind is SignalKind.EXEC_ACCESS_LOSS
            for e in s.evidence}
    ranked = [e for e, _ in counts.most_common() if people.get(e) is None
              or people[e].role is not Role.ASSISTANT]
    to = next((e for e in ranked if e not in gone), ranked[0] if ranked else None)
    if to is None:
        to = next(iter(sorted(h.side)), account)
    person = people.get(to)
    me_name = _checkin.first_name("", sorted(h.me)[0]) if h.me else ""
    return _checkin.draft(account=account, to=to, name=person.name if person else "",
                          signals=signals, topics=_topics(signals, h),
                          sender_name="" if me_name == "there" else me_name)


def _topics(signals: tuple[Signal, ...], h: History) -> dict[SignalKind, str]:
    """What each signal's evidence is about, in words a customer recognises."""
    kinds = {s.kind for s in signals}
    out: dict[SignalKind, str] = {}
    if SignalKind.EXPANSION_REFUSAL in kinds:
        for s in reversed(h.sent):
            if s.message.markers.get(mk.EXPANSION_PROPOSAL) and s.message.date in h.recent:
                subject = _checkin.clean_topic(s.message.subject)
                out[SignalKind.EXPANSION_REFUSAL] = f"my note about {subject}" if subject \
                    else "my last proposal"
                break
    if SignalKind.POLITE_PROCRASTINATION in kinds:
        moved = [m for m in h.meetings if (m.original_start or m.start) in h.recent and (
            m.original_start is not None or m.status is MeetingStatus.CANCELLED)]
        if any(REVIEW.search(m.title) for m in moved):
            out[SignalKind.POLITE_PROCRASTINATION] = "our business review"
        elif moved:
            out[SignalKind.POLITE_PROCRASTINATION] = "our regular check-ins"
        else:
            out[SignalKind.POLITE_PROCRASTINATION] = "our next conversation"
    return out


def assess(
    features: Iterable[MessageFeatures],
    meetings: Iterable[Meeting],
    *,
    me: frozenset[str],
    as_of: datetime,
    policy: Policy,
) -> Report:
    """Assess every customer account and contact seen in `features` and `meetings`."""
    feats = list(features)
    meets = list(meetings)
    me = frozenset(a.strip().lower() for a in me)
    context = mailbox_context(feats, meets, me=me, as_of=as_of, policy=policy)
    groups = group(feats, meets, me=me, as_of=as_of, policy=policy, context=context)
    accounts = [assess_account(acc, fs, ms, context=context, me=me, as_of=as_of, policy=policy)
                for acc, (fs, ms) in groups.items()]
    accounts.sort(key=lambda a: (_ORDER[a.risk], -a.score, a.account))
    return Report(as_of=as_of, accounts=tuple(accounts))
