"""Small talk disappears: a contact who used to write warmly now sends bare, short replies.

Judged per contact against that contact's own habit (someone always terse has lost nothing),
on the new text of each message, lengths compared at the same thread depth."""

from __future__ import annotations

from dataclasses import dataclass

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, binom_tail, fmt_day, median
from unspoken.signals.model import Evidence, MessageFeatures, Signal, SignalKind

KIND = SignalKind.SMALL_TALK_LOSS
# A bare "Hi," or a "Thanks," sign-off is politeness, not warmth: alone they stay below 1.
WARM_WEIGHTS = {mk.SMALL_TALK: 1.0, mk.COMPLIMENT: 1.0, mk.EMOJI: 1.0, mk.EXCLAMATION: 0.5,
                mk.GREETING: 0.4, mk.THANKS: 0.4}
MIN_BASELINE = 6
MIN_RECENT = 4
MIN_TAIL_DAYS = 21
THRESHOLD = 0.5
SURPRISE = 0.002  # how unlikely the recent coldness must be at the old rate (many contacts)
SURPRISE_WITH_SHRINK = 0.01  # ...when replies also got much shorter or curt


def warmth(f: MessageFeatures) -> float:
    return sum(w for k, w in WARM_WEIGHTS.items() if f.markers.get(k))


def is_warm(f: MessageFeatures) -> bool:
    return warmth(f) >= 1.0


@dataclass(frozen=True, slots=True)
class _Finding:
    contact: str
    score: float
    summary: str
    evidence: tuple[Evidence, ...]


def _contact(h: History, contact: str) -> _Finding | None:
    base = [f for f in h.received(h.baseline) if f.sender.email == contact]
    recent = [f for f in h.received(h.recent) if f.sender.email == contact]
    if len(base) < MIN_BASELINE or len(recent) < MIN_RECENT:
        return None
    heat = {id(f): warmth(f) for f in (*base, *recent)}  # each message's warmth, once

    def warm(f: MessageFeatures) -> bool:
        return heat[id(f)] >= 1.0

    b_share = sum(1 for f in base if warm(f)) / len(base)
    b_mean = sum(min(heat[id(f)], 3) for f in base if warm(f)) / len(base)
    if b_share < 0.5 or b_mean < 0.8:
        return None  # never chatty with us: nothing to lose
    b_rate = (b_share * len(base) + 1) / (len(base) + 2)  # smoothed: few emails prove little
    # The change rarely starts on the window's first day: test each tail of the recent emails
    # (at least MIN_RECENT of them, covering MIN_TAIL_DAYS) and pay for the extra tries.
    starts = [i for i in range(len(recent) - MIN_RECENT + 1)
              if (h.as_of - recent[i].date).days >= MIN_TAIL_DAYS]
    if not starts:
        return None
    warm_from = [0] * (len(recent) + 1)  # warm emails in recent[i:]
    for i in range(len(recent) - 1, -1, -1):
        warm_from[i] = warm_from[i + 1] + warm(recent[i])
    scored = [(binom_tail(warm_from[i], len(recent) - i, b_rate), i - len(recent), i)
              for i in starts]
    p, _, first = min(scored, key=lambda x: (x[0], x[1]))
    recent = recent[first:]
    if p * len(starts) > SURPRISE_WITH_SHRINK:
        return None  # a few cold emails by chance, not a change of habit
    r_share = sum(1 for f in recent if warm(f)) / len(recent)
    r_mean = sum(min(heat[id(f)], 3) for f in recent if warm(f)) / len(recent)
    warm_drop = 1 - r_mean / b_mean
    b_words = median(f.words for f in base) or 1
    r_words = median(f.words for f in recent) or 0
    shrink = 1 - min(r_words / b_words, 1.0)
    b_terse = sum(1 for f in base if f.markers.get(mk.TERSE)) / len(base)
    r_terse = sum(1 for f in recent if f.markers.get(mk.TERSE)) / len(recent)
    score = 0.75 * warm_drop + 0.25 * max(shrink, r_terse - b_terse)
    if warm_drop < 0.5 or r_share > 0.35 * b_share:
        return None
    if p * len(starts) > SURPRISE and shrink < 0.4 and r_terse - b_terse < 0.3:
        return None  # colder but not shorter: not clear enough on its own
    cold = [f for f in recent if not warm(f)]
    ev: list[Evidence] = []
    for f in sorted(cold, key=lambda f: f.words)[:3]:
        ev.append(h.evidence(f.date, contact, "email",
                             f"Reply of {f.words} word{'s' if f.words != 1 else ''}, no greeting "
                             f"or thanks: '{f.subject[:60]}'", f.quotes.get(mk.TERSE, "")))
    warm_before = [f for f in base if heat[id(f)] >= 2]
    if warm_before:
        f = warm_before[-1]
        quote = next((f.quotes[k] for k in (mk.SMALL_TALK, mk.GREETING, mk.COMPLIMENT)
                      if f.quotes.get(k)), "")
        ev.append(h.evidence(f.date, contact, "email",
                             f"Earlier, a warm {f.words}-word email: '{f.subject[:60]}'", quote))
    ev.sort(key=lambda e: e.date)
    name = h.who(contact)
    summary = (f"{name}'s emails turned transactional since {fmt_day(recent[0].date)}: "
               f"{round(r_share * len(recent))} of {len(recent)} recent emails carry a greeting, "
               f"thanks or personal note (was {round(b_share * 100)}%); "
               f"typical reply {round(r_words)} words (was {round(b_words)})")
    return _Finding(contact, score, summary, tuple(ev[:4]))


def detect(h: History) -> Signal | None:
    """The clearest contact in this history whose warmth dropped against their own habit."""
    found = [x for c in sorted(h.side) if (x := _contact(h, c)) is not None]
    if not found:
        return None
    best = max(found, key=lambda x: x.score)
    if best.score < THRESHOLD / h.sensitivity(KIND):
        return None
    return Signal(kind=KIND, severity=min(1.0, best.score), summary=best.summary,
                  evidence=best.evidence)
