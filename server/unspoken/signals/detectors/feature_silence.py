"""They stop asking for things: feature, integration and roadmap questions, frequent in the
baseline, have dried up while the customer still writes."""

from __future__ import annotations

import math

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day
from unspoken.signals.model import Signal, SignalKind

KIND = SignalKind.FEATURE_SILENCE
MIN_BASELINE_ASKS = 3
MIN_RECENT_MESSAGES = 3
THRESHOLD = 2.5  # asks we would have expected by now at their old pace
SURPRISE = 0.015  # how unlikely the dry spell (in emails) must be at the old rate
SURPRISE_TIME = 0.05  # ...and in days
MIN_SPELL_DAYS = 30


def detect(h: History) -> Signal | None:
    base = h.received(h.baseline)
    asks = [f for f in base if f.markers.get(mk.FEATURE_ASK)]
    if len(asks) < MIN_BASELINE_ASKS or len(asks) / len(base) < 0.12:
        return None  # a baseline without real questions has nothing to fall silent
    recent = [f for f in h.received(h.recent) if not h.context.in_lull(f.date)]
    if len(recent) < MIN_RECENT_MESSAGES:
        return None
    open_days = h.recent.days * (1 - h.context.lull_share(h.recent.start, h.recent.end))
    by_message = len(asks) / len(base) * len(recent)
    by_time = len(asks) / h.baseline.days * open_days
    expected = (by_message + by_time) / 2
    if expected < THRESHOLD / h.sensitivity(KIND):
        return None
    every = h.received()
    last = max((f for f in every if f.markers.get(mk.FEATURE_ASK)), key=lambda f: f.date)
    since = [f for f in every if f.date > last.date and not h.context.in_lull(f.date)]
    rate = len(asks) / len(base)
    # The dry spell: how unlikely this many emails in a row without a question are at their
    # old rate (a run test: a plain count would flag ordinary gaps between questions).
    spell = (1 - rate) ** len(since)
    # ...and how unlikely this many (working, non-holiday) days without one are.
    quiet_days = (h.as_of - last.date).days * (1 - h.context.lull_share(last.date, h.as_of))
    per_day = len(asks) / h.baseline.days
    sens = h.sensitivity(KIND)
    if spell > SURPRISE * sens or math.exp(-per_day * quiet_days) > SURPRISE_TIME * sens \
            or (h.as_of - last.date).days < MIN_SPELL_DAYS:
        return None
    ev = [h.evidence(f.date, f.sender.email, "email", f"Asked about the product: "
                     f"'{f.subject[:70]}'", f.quotes.get(mk.FEATURE_ASK, ""))
          for f in [a for a in every if a.markers.get(mk.FEATURE_ASK)][-2:]]
    latest = recent[-1]
    ev.append(h.evidence(latest.date, latest.sender.email, "email",
                         f"{len(since)} emails since {fmt_day(last.date)}, none asking for a "
                         f"feature, integration or the roadmap"))
    summary = (f"No longer asking about features or the roadmap: none in the {len(since)} "
               f"emails since {fmt_day(last.date)}, against {len(asks)} questions in the "
               f"{round(h.baseline.days / 30)} months before {fmt_day(h.recent.start)}")
    return Signal(kind=KIND, severity=min(1.0, 0.4 + 0.1 * len(since)), summary=summary,
                  evidence=tuple(ev))
