"""How a team's feedback moves a signal's sensitivity: one explainable, bounded rule.

Each "confirmed" on an account or contact counts for every signal that was on it when the
feedback was given, each "not a risk" counts against them ("snooze" is neither). With `c`
confirmations and `d` dismissals, the share of a signal's flags the team agrees with has the
posterior Beta(1 + c, 1 + d) (uniform prior). The learned factor moves only when

- at least MIN_FEEDBACK judgements count (c + d), and
- the posterior is sure which side of one half the share is: P(share > 1/2) >= CONFIDENCE
  (more eager) or P(share < 1/2) >= CONFIDENCE (quieter); otherwise it aims back at 1;

it then aims at the posterior odds (1 + c) / (1 + d), kept within the signal's bounds, and
moves at most one STEP (x1.25 or /1.25) per feedback. The bounds are where the level reaches
its limits (signals.policy.LEVELS): never looser than `most_eager`, the false-alarm budget's
level, never quieter than `quietest`, and never beyond [FACTOR_MIN, FACTOR_MAX]. Only feedback
of the last WINDOW_DAYS counts (older judgements decay out: the factor drifts back to 1 as
they do), and an admin's reset starts the count afresh.
"""

from __future__ import annotations

from math import comb

from unspoken.signals.model import SignalKind
from unspoken.signals.policy import LEVELS

MIN_FEEDBACK = 5
CONFIDENCE = 0.9
STEP = 1.25
FACTOR_MIN, FACTOR_MAX = 0.5, 2.0
WINDOW_DAYS = 180
COUNTED = {"confirmed": True, "not_a_risk": False}  # feedback kind -> agrees with the flag


def p_share_below_half(confirmed: int, dismissed: int) -> float:
    """P(share < 1/2) under Beta(1 + c, 1 + d): the regularised incomplete beta at 1/2, which
    for whole parameters is a binomial tail, P(Binomial(c + d + 1, 1/2) >= c + 1)."""
    n = confirmed + dismissed + 1
    return sum(comb(n, k) for k in range(confirmed + 1, n + 1)) / 2 ** n


def target(confirmed: int, dismissed: int) -> float:
    """Where the factor should be given the counts (before bounds and the step cap)."""
    if confirmed + dismissed < MIN_FEEDBACK:
        return 1.0
    below = p_share_below_half(confirmed, dismissed)
    if below >= CONFIDENCE or 1.0 - below >= CONFIDENCE:
        return (1 + confirmed) / (1 + dismissed)
    return 1.0


def bounds(kind: SignalKind, sensitivity: float = 1.0) -> tuple[float, float]:
    """[lowest, highest] useful factor for `kind` when the admin set `sensitivity`: beyond
    them the level would pass `quietest` or the budget's `most_eager`, so the factor stops."""
    level = LEVELS.get(kind)
    s = max(sensitivity, 1e-6)
    if level is None:
        return FACTOR_MIN, FACTOR_MAX
    if level.test:  # a probability: sensitivity multiplies it
        lo, hi = level.quietest / (level.default * s), level.most_eager / (level.default * s)
    else:  # evidence needed: sensitivity divides it
        lo, hi = level.default / (s * level.quietest), level.default / (s * level.most_eager)
    return min(max(FACTOR_MIN, lo), 1.0), max(min(FACTOR_MAX, hi), 1.0)


def step(current: float, confirmed: int, dismissed: int, *, low: float, high: float) -> float:
    """The next factor: toward target(c, d), at most one STEP, within [low, high]."""
    aim = min(max(target(confirmed, dismissed), low), high)
    nxt = min(max(aim, current / STEP), current * STEP)
    if nxt <= low or nxt >= high:  # a bound is kept exact: its level is the limit's own
        return min(max(nxt, low), high)
    return round(nxt, 4)
