"""Decision makers drift out of reach: executives who used to be on threads and meetings are
gone, leave our mail unanswered, answer by auto-reply or through an assistant, or have left."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day
from unspoken.signals.model import (
    Direction,
    Evidence,
    MessageFeatures,
    MessageFlag,
    Response,
    Role,
    Signal,
    SignalKind,
)

KIND = SignalKind.EXEC_ACCESS_LOSS
# The evidence needed is the level (policy.LEVELS, 1.0 by default): absence alone (0.7) is not
# enough, it needs one more sign; an assistant who answers for the executive and points you to
# someone else, a departure or a bounce is enough on its own.
REDIRECT = 1.0
ON_BEHALF = 0.6  # an assistant answering for the executive without pointing elsewhere
AUTO = 0.3  # an executive's auto-reply (at most two count)
AUTO_FOR_WEEKS = 0.5  # ...each, when their auto-replies span a week or more
AWAY_FOR_WEEKS = timedelta(days=7)
MISSED = 3.5  # appearances an absence must have skipped (P(none) ~ 3%)
MIN_PRESENCE = 3  # appearances in the baseline before an absence means anything
ANSWER_GRACE = timedelta(days=5)
# A circular "sent on behalf of" the board to thirty people redirects nobody (Enron's trustees'
# mail): redirects count only in mail written to a few people.
PERSONAL_MAX = 4
_NOT_PRESENCE = frozenset({MessageFlag.BULK, MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE})


@dataclass(frozen=True, slots=True)
class _Item:
    weight: float
    what: str
    evidence: Evidence


def _presence(h: History, exec_: str) -> tuple[list[datetime], list[datetime]]:
    """Days an executive showed up (wrote, was copied by their own side, attended a meeting),
    in the baseline and in the recent window."""
    windows = (h.baseline, h.recent)
    days: tuple[set[datetime], set[datetime]] = (set(), set())
    for f in h.messages:
        if f.flags & _NOT_PRESENCE:
            continue
        if f.sender.email == exec_ or (f.direction is Direction.RECEIVED
                                       and f.sender.email in h.side
                                       and any(a.email == exec_ for a in (*f.to, *f.cc))):
            for window, found in zip(windows, days, strict=True):
                if f.date in window:
                    found.add(f.date.replace(hour=0, minute=0, second=0, microsecond=0))
    for m in h.meetings:
        if m.status.value != "cancelled" and any(
                a.email == exec_ and a.response is Response.ACCEPTED for a in m.attendees):
            for window, found in zip(windows, days, strict=True):
                if m.start in window:
                    found.add(m.start.replace(hour=0, minute=0, second=0, microsecond=0))
    return sorted(days[0]), sorted(days[1])


def _bounced_to(h: History, bounce: MessageFeatures) -> frozenset[str]:
    """Our addresses the bounce refers to: the sent message it answers (id, thread or time)."""
    sent = h.sent_messages()
    for s in reversed(sent):
        if s.date > bounce.date:
            continue
        if (bounce.in_reply_to and bounce.in_reply_to == s.message_id) or \
                s.thread_id == bounce.thread_id or bounce.date - s.date <= timedelta(hours=3):
            return frozenset(a.email for a in (*s.to, *s.cc)) & h.side
        if bounce.date - s.date > timedelta(days=3):
            break
    return frozenset()


def _about_someone_gone(h: History, f: MessageFeatures) -> bool:
    """"No longer with the company" counts when a machine says it (auto-reply) or someone
    answers for a person we wrote to; a person writing to us themselves is still reachable
    (on Enron mail, people who left mention their old employer)."""
    if MessageFlag.AUTO_REPLY in f.flags:
        return True
    asked = [s for s in h.sent_messages() if s.thread_id == f.thread_id and s.date < f.date]
    if not asked:
        return False
    return f.sender.email not in {a.email for a in (*asked[-1].to, *asked[-1].cc)}


def _for_an_executive(h: History, f: MessageFeatures) -> bool:
    """The redirect answers for an executive: written by an assistant, or in a thread where
    our last note went to one of their executives, or to someone other than the writer."""
    if f.sender_role is Role.ASSISTANT:
        return True
    asked = [s for s in h.sent_messages() if s.thread_id == f.thread_id and s.date < f.date]
    if not asked:
        return False
    to = {a.email for a in asked[-1].to}
    return bool(to & set(h.executives) - {f.sender.email}) or f.sender.email not in to


def _items(h: History) -> list[_Item]:
    items: list[_Item] = []
    active = [f for f in h.received(h.recent) if not h.context.in_lull(f.date)]
    for exec_, title in sorted(h.executives.items()):
        label = f"{h.who(exec_)} ({title})" if title else h.who(exec_)
        before, now = _presence(h, exec_)
        if len(before) < MIN_PRESENCE:
            continue
        others_active = [f for f in active if f.sender.email != exec_]
        expected = len(before) * h.recent.days / h.baseline.days
        last = (now or before)[-1]
        away_days = (h.as_of - last).days * (1 - h.context.lull_share(last, h.as_of))
        # Absent for as long as would have seen several appearances at their old pace.
        missed = len(before) / h.baseline.days * away_days
        if missed >= MISSED and len(others_active) >= 3:
            items.append(_Item(0.7, "gone", h.evidence(
                last, exec_, "email",
                f"{label} last on a thread or meeting on {fmt_day(last)}; "
                f"{len(before)} appearances in the {round(h.baseline.days / 30)} months before")))
        elif expected >= 4 and len(now) <= 0.25 * expected and len(others_active) >= 3:
            items.append(_Item(0.5, "fading", h.evidence(
                last, exec_, "email",
                f"{label} on {len(now)} threads or meetings since {fmt_day(h.recent.start)}, "
                f"was {len(before)} in the months before")))
        # Our mail to them, unanswered (their own habit: they used to answer).
        base_sent = [s for s in h.sent if exec_ in s.recipients and s.message.date in h.baseline]
        base_rate = (sum(1 for s in base_sent if any(a.sender.email == exec_ for a in s.answers))
                     / len(base_sent)) if base_sent else 0.0
        auto_threads = {f.thread_id for f in h.messages if f.sender.email == exec_
                        and MessageFlag.AUTO_REPLY in f.flags}
        # Threads often end on our reply: what goes unanswered is what we opened or chased.
        recent_sent = [s for s in h.sent if exec_ in s.recipients and s.message.date in h.recent
                       and (s.depth == 0 or s.nudged)
                       and s.message.date <= h.as_of - ANSWER_GRACE
                       and not h.context.in_lull(s.message.date)
                       and s.message.thread_id not in auto_threads]
        unanswered = [s for s in recent_sent
                      if not any(a.sender.email == exec_ for a in s.answers)]
        recent_rate = 1 - len(unanswered) / len(recent_sent) if recent_sent else 1.0
        wrote_before = sum(1 for f in h.received(h.baseline) if f.sender.email == exec_)
        reachable = base_rate > recent_rate if len(base_sent) >= 3 else wrote_before >= 2 or \
            base_rate > recent_rate
        if len(unanswered) >= 2:
            s = unanswered[-1].message
            # Weaker when they seldom answered us before either.
            weight = min(0.35 * len(unanswered), 0.9) if reachable else 0.3
            items.append(_Item(weight, "unanswered", h.evidence(
                s.date, exec_, "email", f"{len(unanswered)} emails to {label} unanswered, "
                f"latest '{s.subject[:60]}' on {fmt_day(s.date)}")))
        for m in h.meetings:
            if m.start in h.recent and not h.context.in_lull(m.start) and any(
                    a.email == exec_ and a.response is Response.DECLINED for a in m.attendees):
                items.append(_Item(0.5, "declined", h.evidence(
                    m.start, exec_, "calendar", f"{label} declined '{m.title[:60]}' "
                    f"on {fmt_day(m.start)}")))
    autos: defaultdict[str, list[MessageFeatures]] = defaultdict(list)
    # Some executives always write through an assistant: only a change counts.
    habit_redirect = any(f.markers.get(mk.ASSISTANT_REDIRECT) for f in h.received(h.baseline))
    for f in h.messages:
        if f.date not in h.recent or f.direction is not Direction.RECEIVED:
            continue
        sender = f.sender.email
        if f.markers.get(mk.LEFT_COMPANY) and sender in h.side and _about_someone_gone(h, f):
            items.append(_Item(1.2, "left", h.evidence(
                f.date, sender, "email", f"Reply says {h.who(sender)} is no longer there",
                f.quotes.get(mk.LEFT_COMPANY, ""))))
        elif f.markers.get(mk.ASSISTANT_REDIRECT) and sender in h.side and not habit_redirect \
                and len(f.to) + len(f.cc) <= PERSONAL_MAX \
                and MessageFlag.AUTO_REPLY not in f.flags:  # a person, not an out-of-office
            strong = bool(f.markers.get(mk.POINTS_ELSEWHERE)) and _for_an_executive(h, f)
            items.append(_Item(REDIRECT if strong else ON_BEHALF, "redirect", h.evidence(
                f.date, sender, "email", f"{h.who(sender)} answered on an executive's behalf "
                f"and pointed elsewhere", f.quotes.get(mk.ASSISTANT_REDIRECT, ""))))
        elif MessageFlag.BOUNCE in f.flags:
            gone = _bounced_to(h, f)
            if gone:
                who = sorted(gone)[0]
                weight = 1.2 if who in h.executives else 0.6
                items.append(_Item(weight, "left", h.evidence(
                    f.date, who, "email", f"Mail to {who} bounced on {fmt_day(f.date)}")))
        elif (sender in h.executives and not h.context.in_lull(f.date) and (
                MessageFlag.AUTO_REPLY in f.flags or f.markers.get(mk.OUT_OF_OFFICE))):
            autos[sender].append(f)
    for sender, replies in sorted(autos.items()):
        # One auto-reply is a trip; auto-replies for weeks on end are an executive out of reach.
        weeks = replies[-1].date - replies[0].date >= AWAY_FOR_WEEKS
        for f in replies[:2]:
            items.append(_Item(AUTO_FOR_WEEKS if weeks else AUTO, "auto", h.evidence(
                f.date, sender, "email", f"Automatic reply from {h.who(sender)}",
                f.quotes.get(mk.OUT_OF_OFFICE, ""))))
    return items


def detect(h: History) -> Signal | None:
    items = _items(h)
    total = sum(i.weight for i in items)
    if total < h.level(KIND):
        return None
    everyone = {i.evidence.contact for i in items if i.what != "redirect"}
    one = next(iter(everyone)) if len(everyone) == 1 else None

    def people(*kinds: str) -> str:
        if one is not None:
            return ""
        names = sorted({h.who(i.evidence.contact) for i in items if i.what in kinds})
        return " and ".join(names[:2]) + (" and others" if len(names) > 2 else "") + " "

    what = {i.what for i in items}
    parts = []
    if "left" in what:
        parts.append(f"{people('left')}has left, or mail to them bounces")
    if "gone" in what or "fading" in what:
        parts.append(f"{people('gone', 'fading')}no longer on threads or meetings")
    if "unanswered" in what:
        parts.append(f"emails to {people('unanswered') or 'them '}go unanswered")
    if "redirect" in what:
        parts.append("an assistant now answers and points you elsewhere")
    if "declined" in what:
        parts.append(f"{people('declined')}declined meetings")
    if "auto" in what:
        parts.append(f"{people('auto')}answers by auto-reply")
    text = "; ".join(parts)
    if one is not None:
        title = h.executives.get(one, "")
        text = f"{h.who(one)}{f' ({title})' if title else ''}: {text}"
    else:
        text = text[:1].upper() + text[1:]
    best = sorted(items, key=lambda i: -i.weight)[:4]
    return Signal(kind=KIND, severity=min(1.0, total / 2.5), summary=text,
                  evidence=tuple(sorted((i.evidence for i in best), key=lambda e: e.date)))
