"""What an organisation may tune in the engine: windows, domains, executives, signals.

The admin policy of the service maps onto this one frozen value; the CLI builds it from flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unspoken.signals.model import SignalKind


@dataclass(frozen=True, slots=True)
class SignalPolicy:
    enabled: bool = True
    sensitivity: float = 1.0  # 0.5 = quieter, 2.0 = more eager; moves the level (see Level)


@dataclass(frozen=True, slots=True)
class Level:
    """How much evidence a detector needs before it speaks, and how far sensitivity may move it.

    Procrastination, small talk and feature silence are tests: their level is a false-alarm
    probability (the test fires when what the recent window shows would happen less often
    than this at the baseline habit): sensitivity multiplies it. Executive access and
    expansion refusal weigh dated signs (an assistant's redirect, a bounce, a vague no): their
    level is the evidence needed, which sensitivity divides. Either way the result stays
    within [quietest, most_eager]; `most_eager` is the loosest level at which the false-alarm
    budget (<= 1 watch, 0 at_risk on 500 healthy accounts, `make eval`) still held when it was
    measured, so no sensitivity, set by an admin or learned from feedback, goes beyond it.
    """

    default: float
    quietest: float
    most_eager: float
    test: bool = True  # True: a probability (higher = more eager); False: evidence needed

    def at(self, sensitivity: float = 1.0) -> float:
        s = max(sensitivity, 1e-6)
        if self.test:
            return min(max(self.default * s, self.quietest), self.most_eager)
        return min(max(self.default / s, self.most_eager), self.quietest)


# Chosen from the false-alarm budget, not by eye (tests/signals/calibrate.py, 1,000 healthy
# and 300 mixed accounts built with the tuning half of the wording, seeds `make eval` never
# uses). Per 1,000 healthy accounts the sweep found: procrastination no false flag from 0.0015
# to 0.024; small talk none up to 0.004, 1 at 0.008, 4 at 0.016; feature silence none at
# 0.001, 1 from 0.002 to 0.004, 3 at 0.008; executive access none at 1.0, 20 at 0.5;
# expansion refusal none at 0.8, 29 at 0.4. The defaults keep the expected total near 1 per
# 1,000 (the budget allows 2); `most_eager` is the loosest level of the sweep at which the
# whole budget still held with the others at their defaults.
LEVELS: dict[SignalKind, Level] = {
    SignalKind.POLITE_PROCRASTINATION: Level(0.012, 0.0015, 0.024),
    SignalKind.SMALL_TALK_LOSS: Level(0.006, 0.0005, 0.008),
    SignalKind.FEATURE_SILENCE: Level(0.004, 0.0005, 0.004),
    SignalKind.EXEC_ACCESS_LOSS: Level(1.0, 2.0, 1.0, test=False),
    SignalKind.EXPANSION_REFUSAL: Level(0.8, 1.6, 0.8, test=False),
}


@dataclass(frozen=True, slots=True)
class Policy:
    recent_days: int = 60  # the recent window ends at as_of
    baseline_days: int = 270  # the baseline window ends where the recent one starts
    internal_domains: frozenset[str] = frozenset()  # the user's own organisation
    customer_domains: frozenset[str] = frozenset()  # empty: every external domain may be one
    ignored_domains: frozenset[str] = frozenset()
    executive_titles: tuple[str, ...] = ()  # extra regular expressions matched on titles
    executive_emails: frozenset[str] = frozenset()  # people the admin names as executives
    signals: dict[SignalKind, SignalPolicy] = field(default_factory=dict)
    store_quotes: bool = True

    def signal(self, kind: SignalKind) -> SignalPolicy:
        return self.signals.get(kind, SignalPolicy())
