"""They stop asking for things: feature, integration and roadmap questions, frequent in the
baseline, have dried up while the customer still writes.

One test: how unlikely is the dry run since their last question, at the rate they used to ask,
with that rate's uncertainty (a beta-binomial)? The unit is a day on which they wrote to us
(outside mailbox-wide lulls): ten quick replies in one afternoon are one chance to ask, not
ten, and a customer who stopped writing has not "stopped asking" (that is another signal).
"""

from __future__ import annotations

from datetime import date

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day
from unspoken.signals.detectors.stats import no_hit_run
from unspoken.signals.model import MessageFeatures, Signal, SignalKind, Undecided

KIND = SignalKind.FEATURE_SILENCE
MIN_ASK_DAYS = 2  # a baseline with fewer days of questions has nothing to fall silent
MIN_ASK_SHARE = 0.1  # ...nor one where they asked on fewer than this share of their days
PRIOR = 0.5  # Beta(0.5, 0.5) prior on the share of writing days with a question


def _days(feats: list[MessageFeatures], h: History) -> dict[date, bool]:
    """Days they wrote (outside lulls) -> whether they asked for something that day."""
    out: dict[date, bool] = {}
    for f in feats:
        if h.context.in_lull(f.date):
            continue
        d = f.date.date()
        out[d] = out.get(d, False) or bool(f.markers.get(mk.FEATURE_ASK))
    return out


def detect(h: History) -> Signal | Undecided | None:
    every = h.received()
    days = _days(every, h)
    base_start, recent_start = h.baseline.start.date(), h.recent.start.date()
    asked = sorted(d for d, a in days.items() if a)
    if not asked:
        return None
    last = asked[-1]
    # Their habit: every writing day of the baseline window, its quiet stretches included
    # (ending it at their last question would make every habit look keener than it was).
    habit = [a for d, a in days.items() if base_start <= d < recent_start]
    hits = sum(habit)
    if hits < MIN_ASK_DAYS or hits / max(len(habit), 1) < MIN_ASK_SHARE:
        return None  # a baseline without real questions has nothing to fall silent
    since = sorted(d for d in days if d > last)
    a, b = hits + PRIOR, len(habit) - hits + PRIOR
    p = no_hit_run(len(since), a, b)
    level = h.level(KIND)
    recent_days = [d for d in days if d >= recent_start]
    if p > level:
        if no_hit_run(len(since) + _room(h, recent_days), a, b) <= level:
            # A lull took the writing days that would have decided: say so, not "healthy".
            return Undecided(KIND, f"{len(recent_days)} recent writing days, none with a "
                             "question: too few to tell")
        return None
    asks = [f for f in every if f.markers.get(mk.FEATURE_ASK)]
    ev = [h.evidence(f.date, f.sender.email, "email", f"Asked about the product: "
                     f"'{f.subject[:70]}'", f.quotes.get(mk.FEATURE_ASK, ""))
          for f in asks[-2:]]
    latest = every[-1]
    ev.append(h.evidence(latest.date, latest.sender.email, "email",
                         f"Wrote on {len(since)} days since {last:%b} {last.day}, never asking "
                         f"for a feature, an integration or the roadmap"))
    summary = (f"No longer asking about features or the roadmap: none on the {len(since)} days "
               f"they wrote since {fmt_day(asks[-1].date)}, against questions on {hits} of "
               f"{len(habit)} such days before")
    return Signal(kind=KIND, severity=min(1.0, 0.4 + 0.05 * len(since)), summary=summary,
                  evidence=tuple(ev))


def _room(h: History, recent_days: list[date]) -> int:
    """Writing days the mailbox-wide lulls took from the recent window, at their pace."""
    per_day = len(recent_days) / h.open_days(h.recent)
    return max(0, round(per_day * h.recent.days) - len(recent_days))
