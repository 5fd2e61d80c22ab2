"""The learning rule (signals.learning): explainable, bounded, never looser than the budget's
level; and its before/after on a generated world (tests/signals/learning_demo.py)."""

from __future__ import annotations

from math import comb

import pytest

from tests.signals import learning_demo
from unspoken.signals import learning as rule
from unspoken.signals.model import Risk, SignalKind
from unspoken.signals.policy import LEVELS


def test_the_posterior_tail_is_the_beta_cdf_at_one_half():
    assert rule.p_share_below_half(0, 0) == 0.5
    assert rule.p_share_below_half(5, 0) == pytest.approx(1 / 64)  # Beta(6, 1): 0.5 ** 6
    assert rule.p_share_below_half(0, 5) == pytest.approx(63 / 64)
    # Beta(3, 4) at 1/2 by direct integration of x^2 (1-x)^3 / B(3, 4)
    direct = sum(comb(6, k) * 0.5 ** 6 for k in range(3, 7))
    assert rule.p_share_below_half(2, 3) == pytest.approx(direct)


def test_no_move_without_enough_or_clear_enough_feedback():
    assert rule.target(4, 0) == 1.0  # under the minimum
    assert rule.target(0, 4) == 1.0
    assert rule.target(4, 1) == 1.0  # P(share > 1/2) = 0.89: not sure enough
    assert rule.target(5, 1) == 3.0  # posterior odds (1 + 5) / (1 + 1)
    assert rule.target(1, 7) == 0.25
    assert rule.target(6, 6) == 1.0


def test_each_step_is_capped_and_stays_within_bounds():
    assert rule.step(1.0, 50, 0, low=0.5, high=2.0) == 1.25
    assert rule.step(1.0, 0, 50, low=0.5, high=2.0) == 0.8
    assert rule.step(1.9, 50, 0, low=0.5, high=2.0) == 2.0
    assert rule.step(0.55, 0, 50, low=0.5, high=2.0) == 0.5
    assert rule.step(1.6, 3, 3, low=0.5, high=2.0) == 1.28  # evidence gone: back towards 1
    assert rule.step(3.0, 50, 0, low=0.5, high=2.0) == 2.0  # bounds narrowed meanwhile


@pytest.mark.parametrize("kind", list(SignalKind))
@pytest.mark.parametrize("sensitivity", [0.25, 0.5, 1.0, 2.0, 4.0])
def test_no_learned_factor_passes_the_budget_level(kind, sensitivity):
    level = LEVELS[kind]
    low, high = rule.bounds(kind, sensitivity)
    assert rule.FACTOR_MIN <= low <= 1.0 <= high <= rule.FACTOR_MAX
    eager = level.at(sensitivity * high)
    quiet = level.at(sensitivity * low)
    if level.test:
        assert level.quietest <= quiet <= eager <= level.most_eager
    else:
        assert level.most_eager <= eager <= quiet <= level.quietest
    # at admin sensitivity 1 the top of the bounds is exactly the budget's level, if reachable
    if sensitivity == 1.0 and high < rule.FACTOR_MAX:
        assert eager == pytest.approx(level.most_eager)


def test_before_and_after_on_a_generated_world():
    boxes, outcomes = learning_demo.demo(accounts=60, seed=4242)
    by = {o.team: o for o in outcomes}
    noisy = by["dismisses_exec_and_expansion"]
    er = SignalKind.EXPANSION_REFUSAL
    assert noisy.learned.factors[er] < 1.0
    assert noisy.with_signal(noisy.after, er) < noisy.with_signal(noisy.before, er)
    assert noisy.flagged(noisy.after) < noisy.flagged(noisy.before)
    eager = by["confirms_everything"]
    # small talk's default is already the budget's level: confirmations cannot move it
    st = SignalKind.SMALL_TALK_LOSS
    assert eager.learned.factors[st] == rule.bounds(st)[1] == 1.0  # stopped at its bound
    assert LEVELS[st].at(eager.learned.factors[st]) == LEVELS[st].most_eager
    pp = SignalKind.POLITE_PROCRASTINATION  # procrastination has room, and moves within it
    assert 1.0 < eager.learned.factors[pp] <= rule.bounds(pp)[1]
    assert LEVELS[pp].at(eager.learned.factors[pp]) <= LEVELS[pp].most_eager
    assert all(f >= 1.0 for f in eager.learned.factors.values())
    assert eager.flagged(eager.after) >= eager.flagged(eager.before)
    # the budget's level holds: confirmations add no false alarm on healthy accounts
    assert learning_demo.healthy_flagged(boxes, eager.after) == \
        learning_demo.healthy_flagged(boxes, eager.before)
    assert all(a.risk in (*learning_demo.FLAGGED, Risk.HEALTHY, Risk.INSUFFICIENT_DATA)
               for a in eager.after)
