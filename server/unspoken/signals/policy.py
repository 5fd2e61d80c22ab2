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
    # The level when another signal of the same account has already passed its own level:
    # the account is known to be changing, so a second sign needs less to be believed (one
    # false signal is already rare, one false signal and a second at this level rarer still).
    # Sensitivity moves it in the same proportion as the level itself. 0 = never.
    corroborated: float = 0.0

    def at(self, sensitivity: float = 1.0, *, corroborated: bool = False) -> float:
        s = max(sensitivity, 1e-6)
        if self.test:
            level = min(max(self.default * s, self.quietest), self.most_eager)
        else:
            level = min(max(self.default / s, self.most_eager), self.quietest)
        if corroborated and self.corroborated:
            return self.corroborated * level / self.default
        return level


# Chosen from the false-alarm budget, not by eye (tests/signals/calibrate.py, 1,000 healthy
# and 300 mixed accounts built with the tuning half of the wording, seeds `make eval` never
# uses). Per 1,000 healthy accounts the sweep found: procrastination no false flag from 0.0015
# to 0.072, 38 at 0.096 (one event against none in the baseline is p ~ 0.1: the cliff);
# small talk none up to 0.004, 1 at 0.008, 4 at 0.016; feature silence none at 0.001, 1 from
# 0.002 to 0.004, 3 at 0.008; executive access none at 1.0, 20 at 0.5; expansion refusal none
# at 0.8, 29 at 0.4. The defaults keep the expected total near 1 per 1,000 (the budget allows
# 2), procrastination's at half the loosest clean level (0.036: recall on the mixed accounts
# 0.83 at 0.012, 0.89 at 0.048 and 0.036 alike); `most_eager` is the loosest
# level of the sweep at which the whole budget still held with the others at their defaults.
# Corroborated levels (`calibrate --corroborated`): on the 1,000 healthy accounts none of
# 0.01-0.1 changed the budget (no `at_risk`); on the 300 mixed accounts the wrong flags of a
# signal the account does not have (at 0 / 0.01 / 0.02 / 0.03 / 0.05 / 0.1) were
# procrastination 1/1/1/1/1/8, small talk 2/2/4/5/7/11, feature silence 1/1/1/1/3/7, for
# recall procrastination 0.89 throughout (0.92 at 0.1), small talk 0.63 -> 0.75 at 0.03,
# feature silence 0.83 -> 0.93 at 0.03. Each is the loosest level before wrong flags grew,
# small talk's one step further (three wrong flags for twice as many found).
# Small talk again after its test became graded (the same sweep on the same seeds, read with
# the text layer of that change): false flags on the 1,000 healthy accounts 0 at 0.003, 3 at
# 0.0045 and at 0.006 (healthy accounts flagged 1 / 4 / 4 watch, the budget allows 2), for
# recall 0.769 / 0.800 / 0.815 on the mixed accounts (the warm/not-warm test before it: 1
# false flag at 0.003 for recall 0.723, 2 at 0.006 for 0.769); 0.003 is the loosest clean
# level and also `most_eager`. Corroborated 0.01 / 0.02 / 0.03: budget unchanged, recall
# 0.769 throughout, wrong flags 1 / 1 / 2: 0.02. Again after the pool got half the level and
# the writers alone the other half (a weighted Bonferroni) and a season's wish stopped counting
# as warmth: false flags 0 at 0.0015, 0.00225 and 0.003, 2 at 0.0045 (3 healthy `watch`), for
# recall 0.677 / 0.738 / 0.785 / 0.800: 0.003 stays the loosest clean level. Again after the
# family (the pool and each writer alone) became paid for exactly instead of by Bonferroni's
# sum (stats.family_scan): 0.003 kept by the budget world (`make eval --worlds budget`); the
# calibration sweep was not rerun (the shared machine's load). The corroborated level from the
# same rule swept on the tuning worlds (fresh #1, dev #3-#5, new; README, sixth round): wrong
# second flags 0 / 0 / 1 / 2 at 0.005 / 0.01 / 0.015 / 0.02, so 0.01 — under the old family
# the pool met 0.02 at half price whenever a writer alone was tested, about the same.
# Executive access had no corroborated level until the eighth round (dev #7: an executive
# who left two of our notes unanswered, 0.93, next to small talk and feature silence on the
# same account): on its scale 1.0 is p = 0.01 (exec_access._weight), and 0.8 is p = 0.025 —
# between procrastination's step (x1.4) and small talk's (x3.3). Absence alone stays short
# of it (0.7), and one auto-reply with a declined review (0.8) is what it lets through. The
# labelled worlds (`--direct`, dev #3-#7 and the budget) gave no wrong flag at 0.6, 0.7 or
# 0.8, so 0.8 is the cautious end, not the loosest clean level.
LEVELS: dict[SignalKind, Level] = {
    SignalKind.POLITE_PROCRASTINATION: Level(0.036, 0.0015, 0.072, corroborated=0.05),
    SignalKind.SMALL_TALK_LOSS: Level(0.003, 0.0005, 0.003, corroborated=0.01),
    SignalKind.FEATURE_SILENCE: Level(0.004, 0.0005, 0.004, corroborated=0.03),
    SignalKind.EXEC_ACCESS_LOSS: Level(1.0, 2.0, 1.0, test=False, corroborated=0.8),
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
