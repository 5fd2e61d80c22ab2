"""Polite procrastination: meetings pushed out, syncs cancelled or declined, deferring replies,
replies slower than this contact's own pace at the same thread depth, and threads they used to
close now left on our message."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import (
    MACHINE_FLAGS,
    History,
    Window,
    binom_tail,
    fmt_day,
    median,
    side_attendees,
)
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
THRESHOLD = 2.0  # weighted deferral events beyond the baseline's own rate
# "A week or more": a day's shift is a conflict, not a pattern.
MIN_MOVE = timedelta(days=6, hours=12)
REVIEW = re.compile(r"\b(?:qbr|ebr|business review|quarterly|annual review|account review|"
                    r"renewal|steering|exec(?:utive)? review)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Event:
    when: datetime
    weight: float
    what: str  # "moved" | "review_slid" | "cancelled" | "declined" | "deferral" | "latency"
    #          | "unclosed"
    evidence: Evidence


def _meeting_events(h: History, window: Window) -> list[_Event]:
    out: list[_Event] = []
    for m in h.meetings:
        planned = m.original_start or m.start
        if planned not in window or h.context.in_lull(planned) or h.context.in_lull(m.start):
            continue
        people = side_attendees(m, h.side)
        if not people:
            continue
        who = people[0]
        title = m.title.strip() or "meeting"
        if m.status is MeetingStatus.CANCELLED:
            kind = "recurring" if m.recurring else "scheduled"
            out.append(_Event(planned, 0.75 if m.recurring else 0.6, "cancelled", h.evidence(
                planned, who, "calendar", f"{kind.capitalize()} meeting '{title}' on "
                f"{fmt_day(planned)} cancelled")))
            continue
        if m.original_start is not None and m.start - m.original_start >= MIN_MOVE:
            slid = m.start - m.original_start
            review = bool(REVIEW.search(title)) and slid >= timedelta(days=13)
            out.append(_Event(planned, 1.5 if review else 1.0,
                              "review_slid" if review else "moved", h.evidence(
                planned, who, "calendar", f"Meeting '{title}' moved from {fmt_day(planned)} "
                f"to {fmt_day(m.start)}")))
            continue
        decliners = [a.email for a in m.attendees
                     if a.email in h.side and a.response is Response.DECLINED]
        if decliners:
            out.append(_Event(planned, 0.75, "declined", h.evidence(
                planned, decliners[0], "calendar",
                f"Declined '{title}' on {fmt_day(planned)}")))
    return out


def _mail_events(h: History, window: Window) -> list[_Event]:
    out: list[_Event] = []
    for f in h.received(window):
        if f.markers.get(mk.DEFERRAL) and not h.context.in_lull(f.date):
            out.append(_Event(f.date, 0.9, "deferral", h.evidence(
                f.date, f.sender.email, "email",
                f"Reply deferring to later: '{f.subject[:80]}'", f.quotes.get(mk.DEFERRAL, ""))))
    return out


def _latency_event(h: History) -> tuple[_Event | None, float, float]:
    """Their replies vs their own baseline pace at the same thread depth (per contact)."""
    ratios: list[float] = []
    recent_hours: list[float] = []
    base_hours: list[float] = []
    last = None
    for contact in sorted(h.side):  # sorted: the evidence must not depend on set order
        mine = [r for r in h.replies if r.contact == contact]
        base = [r for r in mine if r.date in h.baseline]
        recent = [r for r in mine if r.date in h.recent and h.context.lull_share(
            r.date - timedelta(hours=r.latency_hours), r.date + timedelta(hours=1)) < 0.3]
        if len(base) < 3 or len(recent) < 2:
            continue
        overall = median(r.latency_hours for r in base) or 1.0
        by_depth = {
            d: median(r.latency_hours for r in base if min(r.depth, 2) == d) for d in (1, 2)
        }
        for r in recent:
            ref = by_depth.get(min(r.depth, 2)) or overall
            ratios.append(r.latency_hours / max(ref, 1.0))
            recent_hours.append(r.latency_hours)
            if last is None or (r.date, r.contact) > (last.date, last.contact):
                last = r  # the latest slow reply is the evidence
        base_hours.extend(r.latency_hours for r in base)
    if not ratios or last is None:
        return None, 0.0, 0.0
    ratio = median(ratios) or 0.0
    now_h = median(recent_hours) or 0.0
    was_h = median(base_hours) or 0.0
    if ratio < 3.0 or now_h < 24:
        return None, now_h, was_h
    ev = h.evidence(last.date, last.contact, "email",
                    f"Replies now take {_dur(now_h)} (used to take {_dur(was_h)})")
    return _Event(last.date, 1.3 if ratio >= 6 else 1.0, "latency", ev), now_h, was_h


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


def detect(h: History) -> Signal | None:
    recent = _meeting_events(h, h.recent) + _mail_events(h, h.recent)
    latency, now_h, was_h = _latency_event(h)
    if latency is not None:
        recent.append(latency)
    unclosed, *closing = _closing_event(h)
    if unclosed is not None:
        recent.append(unclosed)
    if len(recent) < 2:
        return None
    baseline = _meeting_events(h, h.baseline) + _mail_events(h, h.baseline)
    expected = sum(e.weight for e in baseline) * h.recent.days / h.baseline.days
    total = sum(e.weight for e in recent)
    if total - expected < THRESHOLD / h.sensitivity(KIND) or total < 2 * expected:
        return None
    return Signal(kind=KIND, severity=min(1.0, (total - expected) / 4.0),
                  summary=_summary(recent, now_h, was_h, h, closing),
                  evidence=tuple(e.evidence for e in _top(recent)))


def _top(events: list[_Event], n: int = 4) -> list[_Event]:
    best = sorted(events, key=lambda e: -e.weight)[:n]
    return sorted(best, key=lambda e: e.when)


def _summary(events: list[_Event], now_h: float, was_h: float, h: History,
             closing: list[int] | None = None) -> str:
    count = {k: sum(1 for e in events if e.what == k) for k in
             ("review_slid", "moved", "cancelled", "declined", "deferral", "latency",
              "unclosed")}
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
    if count["latency"]:
        parts.append(f"replies slowed to {_dur(now_h)} from {_dur(was_h)}")
    if count["unclosed"] and closing:
        r_open, r_all, b_open, b_all = closing
        parts.append(f"{r_open} of {r_all} threads left on our message "
                     f"(was {b_open} of {b_all})")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + f" since {fmt_day(h.recent.start)}"


def _n(n: int, one: str, many: str) -> str:
    return f"1 {one}" if n == 1 else f"{n} {many}"
