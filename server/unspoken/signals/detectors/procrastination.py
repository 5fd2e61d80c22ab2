"""Polite procrastination: meetings pushed out, syncs cancelled or declined, deferring replies,
replies much slower than this side's own pace, and threads they used to close now left on
our message.

Each of these is an event; the test counts the recent window's events against the account's
(or contact's) own smoothed baseline rate of the same events (Poisson): one sync moved three
weeks and one cancelled, against none in nine months, is a pattern; the same against a
habit of reshuffling is not. A reply that went from hours to days on a renewal or review
thread weighs double. Days of mailbox-wide lulls count on neither side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import (
    MACHINE_FLAGS,
    History,
    Reply,
    Window,
    fmt_day,
    median,
    side_attendees,
)
from unspoken.signals.detectors.stats import binom_tail, poisson_sf
from unspoken.signals.model import (
    Direction,
    Evidence,
    MeetingStatus,
    MessageFeatures,
    MessageFlag,
    Response,
    Signal,
    SignalKind,
)

KIND = SignalKind.POLITE_PROCRASTINATION
# "A week or more": a day's shift is a conflict, not a pattern.
MIN_MOVE = timedelta(days=6, hours=12)
REVIEW = re.compile(r"\b(?:qbr|ebr|business review|quarterly|q[1-4]? review|annual review|"
                    r"account review|renewal|steering|exec(?:utive)? review)\b", re.I)
REVIEW_SLIDE = timedelta(days=13)  # a review pushed this far weighs more
PRIOR_EVENTS = 0.5  # the smoothed baseline: half an event over the baseline's open days
SLOW_RATIO = 6.0  # a reply this many times slower than their pace at that thread depth...
SLOW_MIN_HOURS = 30.0  # ...and at least this many business hours is a slowed reply
PACE_MIN_REPLIES = 3  # baseline replies before a pace is known (the contact's, else the side's)


@dataclass(frozen=True, slots=True)
class _Event:
    when: datetime
    weight: float
    what: str  # "moved" | "review_slid" | "cancelled" | "declined" | "deferral" | "slow"
    #          | "unclosed"
    evidence: Evidence


def _meeting_events(h: History, window: Window) -> list[_Event]:
    out: list[_Event] = []
    for m in h.meetings:
        planned = m.original_start or m.start
        # A meeting planned in everyone's break is the break's, wherever it went; one planned
        # in an ordinary week and pushed a week or more, into the break or past it, is a push
        # (a QBR moved from December 4 to Christmas week is not the season moving it).
        if planned not in window or h.context.in_lull(planned):
            continue
        people = side_attendees(m, h.side)
        if not people:
            continue
        who = people[0]
        title = m.title.strip() or "meeting"
        if m.status is MeetingStatus.CANCELLED:
            kind = "recurring" if m.recurring else "scheduled"
            out.append(_Event(planned, 1.0, "cancelled", h.evidence(
                planned, who, "calendar", f"{kind.capitalize()} meeting '{title}' on "
                f"{fmt_day(planned)} cancelled")))
            continue
        if m.original_start is not None and m.start - m.original_start >= MIN_MOVE:
            slid = m.start - m.original_start
            review = bool(REVIEW.search(title)) and slid >= REVIEW_SLIDE
            out.append(_Event(planned, 1.5 if review else 1.0,
                              "review_slid" if review else "moved", h.evidence(
                planned, who, "calendar", f"Meeting '{title}' moved from {fmt_day(planned)} "
                f"to {fmt_day(m.start)}")))
            continue
        decliners = [a.email for a in m.attendees
                     if a.email in h.side and a.response is Response.DECLINED]
        if decliners:
            out.append(_Event(planned, 1.0, "declined", h.evidence(
                planned, decliners[0], "calendar",
                f"Declined '{title}' on {fmt_day(planned)}")))
    return out


def _mail_events(h: History, window: Window) -> list[_Event]:
    out: list[_Event] = []
    answers = _answers_to_offers(h)
    for f in h.received(window):
        if not f.markers.get(mk.DEFERRAL) or h.context.before_or_in_break(f.date):
            continue  # during or just before everyone's break, "after the holidays" is the break
        if f.id in answers:
            continue  # "not until the budget in October": the offer's answer, not a put-off
        if f.markers.get(mk.HOLIDAY_BREAK, 0) >= f.markers[mk.DEFERRAL]:
            continue  # "after Diwali", "once we reopen in January": the season, lull or not
        out.append(_Event(f.date, 1.0, "deferral", h.evidence(
            f.date, f.sender.email, "email",
            f"Reply deferring to later: '{f.subject[:80]}'", f.quotes.get(mk.DEFERRAL, ""))))
    return out


def _answers_to_offers(h: History) -> frozenset[str]:
    """Their replies in threads where we offered more: a "later" there answers the offer
    (expansion refusal weighs it, dated or not), it does not put off the relationship."""
    return frozenset(a.id for s in h.sent if s.message.markers.get(mk.EXPANSION_PROPOSAL)
                     for a in s.answers)


def _paces(h: History) -> dict[tuple[str, int], float]:
    """Their habitual wait (business hours) per (contact, thread depth), from the baseline;
    ("", depth) is the whole side's, for contacts with too few replies of their own."""
    waits: defaultdict[tuple[str, int], list[float]] = defaultdict(list)
    for r in h.replies:
        if r.date in h.baseline and not _in_break(h, r):
            d = min(r.depth, 2)
            waits[(r.contact, d)].append(r.waited)
            waits[("", d)].append(r.waited)
    return {k: median(v) or 0.0 for k, v in waits.items() if len(v) >= PACE_MIN_REPLIES}


def _in_break(h: History, r: Reply) -> bool:
    asked = r.date - timedelta(hours=r.latency_hours)
    return h.context.lull_share(asked, r.date + timedelta(hours=1)) >= 0.3


def _slow_events(h: History, window: Window, paces: dict[tuple[str, int], float]
                 ) -> list[_Event]:
    """Replies much slower than this contact's own pace at the same thread depth."""
    out: list[_Event] = []
    for r in h.replies:
        if r.date not in window or _in_break(h, r) or h.context.before_or_in_break(r.date):
            continue  # the week before everyone's break, a slow answer is the break
        d = min(r.depth, 2)
        pace = paces.get((r.contact, d)) or paces.get(("", d))
        if pace is None or r.waited < max(SLOW_MIN_HOURS, SLOW_RATIO * max(pace, 1.0)):
            continue
        about = bool(REVIEW.search(r.subject))
        out.append(_Event(r.date, 2.0 if about else 1.0, "slow", h.evidence(
            r.date, r.contact, "email",
            f"Answered '{r.subject[:60]}' after {_dur(r.waited)} (usually {_dur(pace)})")))
    return out


# Who closes threads: a contact who used to have the last word (answering our last note) and now
# leaves most threads on our message. Only settled threads count (ours last for a while).
CLOSE_MIN_BASE = 8  # their threads in the baseline
CLOSE_MIN_RECENT = 5  # ...and in the recent window
CLOSE_MIN_RATE = 0.6  # they closed at least this share of baseline threads
CLOSE_MAX_RECENT = 0.3  # ...and now close at most this share
CLOSE_DROP = 0.4  # ...a drop of at least this much
CLOSE_SURPRISE = 0.005  # how unlikely so few closings would be at their old rate
CLOSE_GRACE = timedelta(days=10)  # our last note younger than this may still get its answer
_NOT_WRITTEN = MACHINE_FLAGS | {MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE}


@dataclass(frozen=True, slots=True)
class _Thread:
    last: MessageFeatures  # the thread's last message written by a person on either side
    closed: bool  # that last message is theirs


def _threads_by_contact(h: History) -> dict[str, list[_Thread]]:
    """Per contact, the settled threads both sides wrote in, and whether they had the last word.

    A thread whose last word is ours and still young (or whose answer would have been due in a
    mailbox-wide lull) is not settled yet: left out, in both windows alike."""
    threads: dict[str, list[MessageFeatures]] = defaultdict(list)
    for f in h.messages:
        if f.flags & _NOT_WRITTEN:
            continue
        if f.direction is Direction.SENT or f.sender.email in h.side:
            threads[f.thread_id].append(f)
    out: dict[str, list[_Thread]] = defaultdict(list)
    for items in threads.values():
        if len(items) < 2:
            continue
        writers = {f.sender.email for f in items if f.direction is Direction.RECEIVED}
        if not writers or all(f.direction is Direction.RECEIVED for f in items):
            continue
        last = max(items, key=lambda f: (f.date, f.direction is Direction.RECEIVED))
        closed = last.direction is Direction.RECEIVED
        if not closed:
            if h.as_of - last.date < CLOSE_GRACE:
                continue
            if h.context.in_lull(last.date) or h.context.lull_share(
                    last.date, last.date + CLOSE_GRACE) > 0:
                continue
        for w in writers:
            out[w].append(_Thread(last, closed))
    return out


def _closing_event(h: History) -> tuple[_Event | None, int, int, int, int]:
    """The contact whose habit of closing threads dropped most surprisingly, as one event."""
    best: tuple[float, _Event, int, int, int, int] | None = None
    for contact, items in sorted(_threads_by_contact(h).items()):
        base = [t for t in items if t.last.date in h.baseline]
        recent = [t for t in items if t.last.date in h.recent]
        if len(base) < CLOSE_MIN_BASE or len(recent) < CLOSE_MIN_RECENT:
            continue
        b_closed = sum(t.closed for t in base)
        r_closed = sum(t.closed for t in recent)
        b_share, r_share = b_closed / len(base), r_closed / len(recent)
        if b_share < CLOSE_MIN_RATE or r_share > CLOSE_MAX_RECENT \
                or b_share - r_share < CLOSE_DROP:
            continue
        b_rate = (b_closed + 1) / (len(base) + 2)  # smoothed: few threads prove little
        p = binom_tail(r_closed, len(recent), b_rate)
        if p > CLOSE_SURPRISE:
            continue
        left = max((t.last for t in recent if not t.closed), key=lambda f: f.date)
        ev = h.evidence(left.date, contact, "email",
                        f"Our note of {fmt_day(left.date)} in '{left.subject[:60]}' left "
                        f"unanswered; {h.who(contact)} now leaves {len(recent) - r_closed} of "
                        f"{len(recent)} threads on our message")
        event = _Event(left.date, 1.0, "unclosed", ev)
        if best is None or p < best[0]:
            best = (p, event, len(recent) - r_closed, len(recent), len(base) - b_closed,
                    len(base))
    if best is None:
        return None, 0, 0, 0, 0
    return best[1], best[2], best[3], best[4], best[5]


def _dur(hours: float) -> str:
    if hours < 36:
        return f"~{max(round(hours), 1)} h"
    return f"~{round(hours / 24)} days"


def _events(h: History, window: Window, paces: dict[tuple[str, int], float]) -> list[_Event]:
    return _meeting_events(h, window) + _mail_events(h, window) + _slow_events(h, window, paces)


def _baseline_days(h: History) -> float:
    """Open days of the baseline since this side first showed up (a new relationship's
    baseline is short, and proves less)."""
    first = min([f.date for f in h.messages] + [m.original_start or m.start for m in h.meetings
                                                if (m.original_start or m.start) in h.baseline],
                default=h.baseline.start)
    start = max(first, h.baseline.start)
    if start >= h.baseline.end:
        return 1.0
    return h.open_days(Window(start, h.baseline.end))


def detect(h: History) -> Signal | None:
    paces = _paces(h)
    recent = _events(h, h.recent, paces)
    unclosed, *closing = _closing_event(h)
    if unclosed is not None:
        recent.append(unclosed)
    if not recent:
        return None
    before = sum(e.weight for e in _events(h, h.baseline, paces))
    expected = (before + PRIOR_EVENTS) / _baseline_days(h) * h.open_days(h.recent)
    total = sum(e.weight for e in recent)
    if poisson_sf(total, expected) > h.level(KIND):
        return None
    slow = [e for e in recent if e.what == "slow"]
    return Signal(kind=KIND, severity=min(1.0, max(0.3, (total - expected) / 4.0)),
                  summary=_summary(recent, h, closing, before, paces, slow),
                  evidence=tuple(e.evidence for e in _top(recent)))


def _top(events: list[_Event], n: int = 4) -> list[_Event]:
    best = sorted(events, key=lambda e: (-e.weight, e.when))[:n]
    return sorted(best, key=lambda e: e.when)


def _summary(events: list[_Event], h: History, closing: list[int], before: float,
             paces: dict[tuple[str, int], float], slow: list[_Event]) -> str:
    count = {k: sum(1 for e in events if e.what == k) for k in
             ("review_slid", "moved", "cancelled", "declined", "deferral", "slow", "unclosed")}
    parts = []
    if count["review_slid"]:
        parts.append(_n(count["review_slid"], "business review pushed back by weeks",
                        "business reviews pushed back by weeks"))
    if count["moved"]:
        parts.append(_n(count["moved"], "meeting moved a week or more later",
                        "meetings moved a week or more later"))
    if count["cancelled"] or count["declined"]:
        parts.append(_n(count["cancelled"] + count["declined"], "meeting cancelled or declined",
                        "meetings cancelled or declined"))
    if count["deferral"]:
        parts.append(_n(count["deferral"], "reply putting things off",
                        "replies putting things off"))
    if slow:
        waits = [r.waited for r in h.replies if r.date in h.recent]
        was = median(v for (c, _d), v in paces.items() if not c) or 0.0
        now = median(waits) or 0.0
        parts.append(_n(len(slow), "reply", "replies") + f" slowed to days (typical wait now "
                     f"{_dur(now)}, was {_dur(was)})")
    if count["unclosed"] and closing:
        r_open, r_all, b_open, b_all = closing
        parts.append(f"{r_open} of {r_all} threads left on our message "
                     f"(was {b_open} of {b_all})")
    text = "; ".join(parts)
    habit = "none" if before == 0 else f"{before:g} such events"
    return (text[:1].upper() + text[1:] + f" since {fmt_day(h.recent.start)}, against {habit} in "
            f"the {round(h.baseline.days / 30)} months before")


def _n(n: int, one: str, many: str) -> str:
    return f"1 {one}" if n == 1 else f"{n} {many}"
