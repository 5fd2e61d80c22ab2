"""Expansion politely refused: we proposed more (seats, tier, modules, regions) and the answer
is vague and open-ended, or never comes. A concrete reason with a date is weaker evidence."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day
from unspoken.signals.model import Evidence, MessageFeatures, Signal, SignalKind

KIND = SignalKind.EXPANSION_REFUSAL
# The evidence needed is the level (policy.LEVELS, 0.8 by default): one vague no (1.0), one
# "not now, maybe next year" (0.9; put off to a set date, it is a dated no: 0.45) or a pointed
# proposal left unanswered by a customer who answers us (0.85) is enough; a no with a reason
# and a date (0.45) is not, alone.
NO_ANSWER_AFTER = timedelta(days=10)
LOOKAHEAD = timedelta(days=21)  # a decline may come in a new thread soon after


@dataclass(frozen=True, slots=True)
class _Item:
    weight: float
    what: str  # "vague" | "deferred" | "concrete" | "silence"
    evidence: Evidence


def _items(h: History) -> list[_Item]:
    items: list[_Item] = []
    seen_threads: set[str] = set()
    every = h.received()  # by date
    dates = [f.date for f in every]
    for s in h.sent:
        p = s.message
        ruled = bool(p.markers.get(mk.EXPANSION_PROPOSAL))
        if not (ruled or p.markers.get(mk.LEARNED_OFFER)) or p.date not in h.recent:
            continue
        if p.thread_id in seen_threads:
            continue
        answers = list(s.answers)
        if not ruled:
            # An offer the learned stage alone read weighs only when their answer in its own
            # thread is an open-ended no or put-off the rules read: its false offers then cost
            # nothing on a customer who said yes, gave a dated reason or simply did not answer
            # a message that offered nothing (issue 10's twelfth round).
            if _learned_offer(h, p, answers, items):
                seen_threads.add(p.thread_id)
            continue
        seen_threads.add(p.thread_id)
        if any(f.markers.get(mk.ACCEPTANCE) for f in answers[:2]):
            continue  # a yes, whatever it waits on (a PO, legal, next cycle), is no refusal
        soon = every[bisect_right(dates, p.date):bisect_right(dates, p.date + LOOKAHEAD)]
        later = [f for f in soon
                 if f.sender.email in s.recipients and f.thread_id != p.thread_id]
        # A decline in a new thread soon after is the answer only when the proposal's own
        # thread has none: once they answered there, a no to something else (a webinar, a
        # meeting) is not a no to the offer.
        replies = answers or [f for f in later if f.markers.get(mk.VAGUE_DECLINE)
                              or f.markers.get(mk.CONCRETE_DECLINE)]
        topic = p.subject[:60]
        vague = next((f for f in replies if f.markers.get(mk.VAGUE_DECLINE)), None)
        concrete = next((f for f in replies if f.markers.get(mk.CONCRETE_DECLINE)), None)
        # a put-off past a holiday or a break is the season's, not a no ("after the holidays")
        deferred = next((f for f in answers[:2] if f.markers.get(mk.DEFERRAL, 0)
                         > f.markers.get(mk.HOLIDAY_BREAK, 0)), None)
        # A no or a put-off that names a day to come back ("No more seats for now, call me on
        # November 20"; "let's talk after the audit closes on December 10") is a dated no.
        dated = next((f for f in (vague, deferred) if f is not None
                      and f.markers.get(mk.EXACT_DATE)), None)
        # An answer that gives a reason and a firm time to come back is a concrete no, even
        # with an open-sounding line in it ("We'll stay as we are for now. Our budget resets
        # in July; let's talk then."): the concrete reading wins inside one message.
        if vague is not None and vague.markers.get(mk.CONCRETE_DECLINE):
            vague = next((f for f in replies if f.markers.get(mk.VAGUE_DECLINE)
                          and not f.markers.get(mk.CONCRETE_DECLINE)), None)
            if dated is not None and dated.markers.get(mk.CONCRETE_DECLINE):
                dated = None
        if vague is not None and vague is not dated:
            items.append(_Item(1.0, "vague", h.evidence(
                vague.date, vague.sender.email, "email",
                f"Open-ended no to our proposal '{topic}'",
                vague.quotes.get(mk.VAGUE_DECLINE, ""))))
        elif concrete is not None:
            items.append(_Item(0.45, "concrete", h.evidence(
                concrete.date, concrete.sender.email, "email",
                f"Declined our proposal '{topic}' with a reason and a date",
                concrete.quotes.get(mk.CONCRETE_DECLINE, ""))))
        elif dated is not None:
            said = dated.quotes.get(mk.VAGUE_DECLINE if dated is vague else mk.DEFERRAL, "")
            items.append(_Item(0.45, "concrete", h.evidence(
                dated.date, dated.sender.email, "email",
                f"Put our proposal '{topic}' off to a set date", said)))
        elif deferred is not None:
            items.append(_Item(0.9, "deferred", h.evidence(
                deferred.date, deferred.sender.email, "email",
                f"Put our proposal '{topic}' off to later", deferred.quotes.get(mk.DEFERRAL, ""))))
        elif not answers and _open_days(h, p.date) >= NO_ANSWER_AFTER.days:
            # Threads often end on our message: silence weighs when the proposal opened its
            # own thread or we had to chase it, and this customer usually answers us.
            pointed = s.depth == 0 or s.nudged
            weight = 0.85 if pointed and _answers_us(h) else 0.35
            who = sorted(s.recipients)[0]
            items.append(_Item(weight, "silence", h.evidence(
                p.date, who, "email", f"No answer to our proposal '{topic}' sent "
                f"{fmt_day(p.date)}", p.quotes.get(mk.EXPANSION_PROPOSAL, ""))))
    return items


def _learned_offer(h: History, p: MessageFeatures, answers: list[MessageFeatures],
                   items: list[_Item]) -> bool:
    """The item of an offer the learned stage alone read: an open-ended no (1.0) or put-off
    (0.9) in its own thread's first two answers, never a dated, concrete or absent one."""
    first = answers[:2]
    if any(f.markers.get(mk.ACCEPTANCE) or f.markers.get(mk.CONCRETE_DECLINE)
           or f.markers.get(mk.EXACT_DATE) for f in first):
        return False
    topic = p.subject[:60]
    vague = next((f for f in first if f.markers.get(mk.VAGUE_DECLINE)), None)
    if vague is not None:
        items.append(_Item(1.0, "vague", h.evidence(
            vague.date, vague.sender.email, "email", f"Open-ended no to our proposal '{topic}'",
            vague.quotes.get(mk.VAGUE_DECLINE, ""))))
        return True
    deferred = next((f for f in first if f.markers.get(mk.DEFERRAL, 0)
                     > f.markers.get(mk.HOLIDAY_BREAK, 0)), None)
    if deferred is not None:
        items.append(_Item(0.9, "deferred", h.evidence(
            deferred.date, deferred.sender.email, "email",
            f"Put our proposal '{topic}' off to later", deferred.quotes.get(mk.DEFERRAL, ""))))
        return True
    return False


def _answers_us(h: History) -> bool:
    """Whether this customer habitually answers the threads we open (baseline)."""
    opened = [s for s in h.sent if s.depth == 0 and s.message.date in h.baseline]
    if len(opened) < 3:
        return True
    return sum(1 for s in opened if s.answers) / len(opened) >= 0.6


def _open_days(h: History, since: datetime) -> float:
    """Days since `since` outside mailbox-wide lulls: silence during a holiday is no answer yet."""
    days = (h.as_of - since).total_seconds() / 86400
    return days * (1 - h.context.lull_share(since, h.as_of))


def detect(h: History) -> Signal | None:
    items = _items(h)
    total = sum(i.weight for i in items)
    strongest = max((i.weight for i in items), default=0.0)
    level = h.level(KIND)
    if strongest < level and total < 1.5 * level:
        return None
    strong = [i for i in items if i.weight >= 0.5]
    items = strong or items  # a weak hint adds nothing to a clear refusal's explanation
    counts = {w: sum(1 for i in items if i.what == w) for w in
              ("vague", "deferred", "concrete", "silence")}
    parts = []
    if counts["vague"]:
        parts.append(f"{counts['vague']} vague, open-ended no")
    if counts["deferred"]:
        parts.append(f"{counts['deferred']} put off to later")
    if counts["silence"]:
        parts.append(f"{counts['silence']} never answered")
    if counts["concrete"]:
        parts.append(f"{counts['concrete']} declined with a reason")
    n = len(items)
    summary = (f"Our expansion proposal{'s' if n != 1 else ''} since {fmt_day(h.recent.start)} "
               f"{'were' if n != 1 else 'was'} not taken up: " + ", ".join(parts))
    return Signal(kind=KIND, severity=min(1.0, total / 1.5), summary=summary,
                  evidence=tuple(i.evidence for i in items[:4]))
