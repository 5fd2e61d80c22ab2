"""Decision makers drift out of reach: executives who used to be on threads and meetings are
gone, leave our mail unanswered, answer by auto-reply or through an assistant, or have left."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, Window, fmt_day
from unspoken.signals.detectors.procrastination import REVIEW
from unspoken.signals.detectors.stats import beta_binomial_cdf
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
STAND_IN = 0.6  # a new assistant answering our note to an executive, no redirect in words
AUTO = 0.3  # an executive's auto-reply (at most two count)
AUTO_FOR_WEEKS = 0.5  # ...each, when their auto-replies span a week or more
AWAY_FOR_WEEKS = timedelta(days=7)
# An absence: their share of the account's occasions fell to at most half of their baseline
# share, so low that it would happen at most this often at their habit; weighed by how
# unlikely (see _weight), never enough alone (it needs one more sign).
ABSENT_P = 0.1
ABSENT_EFFECT = 0.5
ABSENT_MAX = 0.7
MIN_PRESENCE = 3  # appearances in the baseline before an absence means anything
ANSWER_GRACE = timedelta(days=5)
# A circular "sent on behalf of" the board to thirty people redirects nobody (Enron's trustees'
# mail): redirects count only in mail written to a few people.
PERSONAL_MAX = 4
UNANSWERED_MAX = 1.2  # our notes unanswered by one they answered before: enough alone
SIDE_PRIOR = 4.0  # weight, in notes, of the side's answer rate as the prior of one person's
SHARE_PRIOR = 0.5  # Beta(0.5, 0.5) prior on an executive's share of the account's occasions
# A sponsor: at this many business reviews in the baseline, yet writing at most this share of
# their side's mail (the people who run the account day to day write most of it).
SPONSOR_REVIEWS = 2
SPONSOR_WRITES = 0.15
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


@dataclass(frozen=True, slots=True)
class _Share:
    """An executive's share of the account's occasions (threads their side wrote in or was
    written to, meetings with their side) in each window, and how surprising the drop is."""

    base_in: int
    base_all: int
    recent_in: int
    recent_all: int
    p: float  # P(so few recent occasions with them) at their baseline share (beta-binomial)


def _occasions(h: History, window: Window) -> list[tuple[datetime, frozenset[str]]]:
    """The account's threads and meetings that started in `window` (outside lulls), each with
    the people of their side present: who wrote in the thread or was copied by their own side,
    who accepted the meeting."""
    threads: dict[str, tuple[datetime, set[str]]] = {}
    for f in h.messages:
        if f.flags & _NOT_PRESENCE:
            continue
        ours = f.direction is Direction.SENT
        if not ours and f.sender.email not in h.side:
            continue
        first, present = threads.setdefault(f.thread_id, (f.date, set()))
        if not ours:
            present.add(f.sender.email)
            present.update(a.email for a in (*f.to, *f.cc) if a.email in h.side)
    out = [(first, frozenset(p)) for first, p in threads.values()
           if first in window and not h.context.in_lull(first)]
    for m in h.meetings:
        if m.status.value == "cancelled" or m.start not in window or h.context.in_lull(m.start):
            continue
        side = [a for a in m.attendees if a.email in h.side]
        if side:
            out.append((m.start, frozenset(a.email for a in side
                                           if a.response is Response.ACCEPTED)))
    return out


_Occasions = tuple[list[tuple[datetime, frozenset[str]]], list[tuple[datetime, frozenset[str]]]]


def _share(h: History, exec_: str, occasions: _Occasions | None = None) -> _Share | None:
    """How unlikely the executive's recent share of occasions is at their own baseline share
    (`occasions`: the baseline's and the recent window's, when already computed)."""
    base, recent = occasions or (_occasions(h, h.baseline), _occasions(h, h.recent))
    b_in = sum(exec_ in p for _d, p in base)
    r_in = sum(exec_ in p for _d, p in recent)
    if b_in < MIN_PRESENCE or not recent:
        return None
    a, b = b_in + SHARE_PRIOR, len(base) - b_in + SHARE_PRIOR
    p = beta_binomial_cdf(r_in, len(recent), a, b)
    return _Share(b_in, len(base), r_in, len(recent), p)


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
    our last note went to one of their executives, or to someone other than the writer; or
    from the executive's own address, answering our note to them (fourteenth round: their
    office reads their mail, "Claire is away all month. Mei is responsible for systems." from
    Claire's address; the redirect names someone away and someone else to deal with, so the
    executive no longer takes our note)."""
    if f.sender_role is Role.ASSISTANT:
        return True
    asked = [s for s in h.sent_messages() if s.thread_id == f.thread_id and s.date < f.date]
    if not asked:
        return False
    to = {a.email for a in asked[-1].to}
    return bool(to & set(h.executives) - {f.sender.email}) or f.sender.email not in to or \
        f.sender.email in h.executives


def _assistant_answering(h: History, f: MessageFeatures) -> bool:
    """An assistant (by their signature) answering, in its thread, a note we wrote to an
    executive: the executive's office now stands between us and them. (An assistant who
    relays something, answering nothing of ours, or who answers for the colleague we deal
    with every day, is not this.)"""
    return f.sender_role is Role.ASSISTANT and bool(_answered_for(h, f) & (
        set(h.executives) | _seldom_writing(h)))


def _answered_for(h: History, f: MessageFeatures) -> set[str]:
    """The people on their side our last note in f's thread went to, other than f's writer."""
    for s in reversed(h.sent_messages()):
        if s.thread_id == f.thread_id and s.date < f.date:
            return {a.email for a in s.to if a.email in h.side} - {f.sender.email}
    return set()


def _seldom_writing(h: History) -> set[str]:
    """People of their side who wrote at most SPONSOR_WRITES of their side's baseline mail."""
    base = h.received(h.baseline)
    wrote: defaultdict[str, int] = defaultdict(int)
    for f in base:
        wrote[f.sender.email] += 1
    return {e for e in h.side if wrote[e] <= SPONSOR_WRITES * len(base)}


def _weight(p: float) -> float:
    """A test's p-value on the scale of the signs: 1.0 (the level) at p = 0.01."""
    return math.log10(1 / max(p, 1e-12)) / 2


def _side_answers(h: History) -> tuple[int, int]:
    """Of what we opened or chased in the baseline, how many anyone on their side answered."""
    mine = [s for s in h.sent if s.message.date in h.baseline and (s.depth == 0 or s.nudged)
            and not h.context.in_lull(s.message.date)]
    return sum(1 for s in mine if s.answers), len(mine)


def _executives(h: History) -> dict[str, str]:
    """Their executives: by title (signatures, the admin's list), and people whose seniority
    the mail shows without a title: someone an assistant answers for, and the sponsor who
    attends the business reviews but seldom writes."""
    found = dict(h.executives)
    seldom = _seldom_writing(h)
    for f in h.received():
        if f.sender_role is Role.ASSISTANT:
            for e in _answered_for(h, f) & seldom:
                found.setdefault(e, "")
    reviews: defaultdict[str, int] = defaultdict(int)
    for m in h.meetings:
        if m.start in h.baseline and m.status.value != "cancelled" and REVIEW.search(m.title):
            for a in m.attendees:
                if a.email in h.side and a.response is Response.ACCEPTED:
                    reviews[a.email] += 1
    for e, n in reviews.items():
        if n >= SPONSOR_REVIEWS and e in seldom:
            found.setdefault(e, "")
    return found


def _items(h: History) -> list[_Item]:
    items: list[_Item] = []
    active = [f for f in h.received(h.recent) if not h.context.in_lull(f.date)]
    executives = _executives(h)
    pending: list[tuple[str, str, datetime, bool, int]] = []
    for exec_, title in sorted(executives.items()):
        label = f"{h.who(exec_)} ({title})" if title else h.who(exec_)
        before, now = _presence(h, exec_)
        if len(before) < MIN_PRESENCE:
            continue
        others_active = [f for f in active if f.sender.email != exec_]
        last = (now or before)[-1]
        pending.append((exec_, label, last, bool(now), len(others_active)))
        # Our mail to them, unanswered (their own habit: they used to answer). Threads often
        # end on our reply: what goes unanswered is what we opened or chased, in both windows.
        base_sent = [s for s in h.sent if exec_ in s.recipients and s.message.date in h.baseline
                     and (s.depth == 0 or s.nudged) and not h.context.in_lull(s.message.date)]
        base_answered = sum(1 for s in base_sent if any(a.sender.email == exec_
                                                        for a in s.answers))
        base_rate = base_answered / len(base_sent) if base_sent else 0.0
        auto_threads = {f.thread_id for f in h.messages if f.sender.email == exec_
                        and MessageFlag.AUTO_REPLY in f.flags}
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
            # How unlikely so few answers are at the rate they answered what we opened or
            # chased before, that rate's prior being how their whole side answers us (a few
            # notes to one person prove little alone): a test, weighed on the same scale as
            # the signs (the level, 1.0, is p = 0.01).
            side_answered, side_asked = _side_answers(h)
            rate = (side_answered + 0.5) / (side_asked + 1)
            p = beta_binomial_cdf(len(recent_sent) - len(unanswered), len(recent_sent),
                                  base_answered + SIDE_PRIOR * rate,
                                  len(base_sent) - base_answered + SIDE_PRIOR * (1 - rate))
            weight = min(UNANSWERED_MAX, max(0.3, _weight(p))) if reachable else 0.3
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
    # ...and some executives always had an assistant answer: only a new one counts.
    habit_assistant = any(f.sender_role is Role.ASSISTANT for f in h.received(h.baseline))
    stand_ins: list[MessageFeatures] = []
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
            strong = (bool(f.markers.get(mk.POINTS_ELSEWHERE)) and _for_an_executive(h, f)) \
                or _assistant_answering(h, f)
            items.append(_Item(REDIRECT if strong else ON_BEHALF, "redirect", h.evidence(
                f.date, sender, "email", f"{h.who(sender)} answered on an executive's behalf "
                f"and pointed elsewhere", f.quotes.get(mk.ASSISTANT_REDIRECT, ""))))
        elif sender in h.side and not habit_assistant and MessageFlag.AUTO_REPLY not in f.flags \
                and len(f.to) + len(f.cc) <= PERSONAL_MAX and _assistant_answering(h, f):
            stand_ins.append(f)  # an assistant answers what we wrote to an executive
        elif MessageFlag.BOUNCE in f.flags:
            gone = _bounced_to(h, f)
            if gone:
                who = sorted(gone)[0]
                weight = 1.2 if who in executives else 0.6
                items.append(_Item(weight, "left", h.evidence(
                    f.date, who, "email", f"Mail to {who} bounced on {fmt_day(f.date)}")))
        elif (sender in executives and not h.context.in_lull(f.date) and (
                MessageFlag.AUTO_REPLY in f.flags or f.markers.get(mk.OUT_OF_OFFICE))):
            autos[sender].append(f)
    pointed = [f for f in stand_ins if f.markers.get(mk.POINTS_ELSEWHERE)]
    if pointed and not any(i.what == "redirect" for i in items):
        # An assistant answering our note to an executive and naming someone else to deal
        # with is a redirect, whatever words it took.
        f = pointed[0]
        items.append(_Item(REDIRECT, "redirect", h.evidence(
            f.date, f.sender.email, "email", f"{h.who(f.sender.email)} answered on an "
            f"executive's behalf and pointed elsewhere")))
    elif stand_ins and not any(i.what == "redirect" for i in items):
        # Without a redirect, an assistant newly answering for an executive is one sign
        # among others (they may only be booking a meeting): never enough alone.
        f = stand_ins[0]
        items.append(_Item(STAND_IN, "stand_in", h.evidence(
            f.date, f.sender.email, "email", f"{h.who(f.sender.email)}, an assistant, answered "
            f"our note to an executive on {fmt_day(f.date)}")))
    for sender, replies in sorted(autos.items()):
        # One auto-reply is a trip; auto-replies for weeks on end are an executive out of reach.
        weeks = replies[-1].date - replies[0].date >= AWAY_FOR_WEEKS
        for f in replies[:2]:
            items.append(_Item(AUTO_FOR_WEEKS if weeks else AUTO, "auto", h.evidence(
                f.date, sender, "email", f"Automatic reply from {h.who(sender)}",
                f.quotes.get(mk.OUT_OF_OFFICE, ""))))
    if items:  # an absence is never enough alone: weighed only next to another sign
        items += _absences(h, pending)
    return items


def _absences(h: History, pending: list[tuple[str, str, datetime, bool, int]]
              ) -> list[_Item]:
    """Executives whose share of the account's threads and meetings fell against their own
    baseline share (a quiet account has fewer occasions to see them, not fewer of them)."""
    out: list[_Item] = []
    occasions = (_occasions(h, h.baseline), _occasions(h, h.recent))
    for exec_, label, last, seen, others_active in pending:
        share = _share(h, exec_, occasions)
        if share is None or share.p > ABSENT_P or others_active < 3 \
                or share.recent_in * share.base_all > ABSENT_EFFECT * share.base_in \
                * share.recent_all:
            continue
        weight = min(ABSENT_MAX, _weight(share.p))
        if not seen:
            out.append(_Item(weight, "gone", h.evidence(
                last, exec_, "email",
                f"{label} last on a thread or meeting on {fmt_day(last)}; on "
                f"{share.base_in} of {share.base_all} in the "
                f"{round(h.baseline.days / 30)} months before")))
        else:
            out.append(_Item(weight, "fading", h.evidence(
                last, exec_, "email",
                f"{label} on {share.recent_in} of {share.recent_all} threads or meetings "
                f"since {fmt_day(h.recent.start)}, was {share.base_in} of "
                f"{share.base_all} in the months before")))
    return out


def detect(h: History) -> Signal | None:
    items = _items(h)
    total = sum(i.weight for i in items)
    if total < h.level(KIND):
        return None
    everyone = {i.evidence.contact for i in items if i.what not in ("redirect", "stand_in")}
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
    if "stand_in" in what:
        parts.append("an assistant now answers for them")
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
