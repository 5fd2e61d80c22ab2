"""The detectors' distributions (signals/detectors/stats.py) against brute force."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from unspoken.signals.detectors import stats
from unspoken.signals.model import SignalKind
from unspoken.signals.policy import LEVELS, Level


class TestDistributions:
    @pytest.mark.parametrize(("k", "lam"), [(1, 0.1), (2, 0.11), (3, 2.5), (7, 3.0), (30, 20.0)])
    def test_poisson_tail_is_the_sum_of_the_mass_function(self, k: int, lam: float) -> None:
        exact = 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k))
        assert stats.poisson_sf(k, lam) == pytest.approx(exact, rel=1e-9, abs=1e-15)

    def test_weighted_counts_fall_between_whole_counts(self) -> None:
        assert stats.poisson_sf(3, 0.4) < stats.poisson_sf(2.5, 0.4) < stats.poisson_sf(2, 0.4)
        assert stats.poisson_sf(0, 0.4) == 1.0 and stats.poisson_sf(2, 0.0) == 0.0

    def test_beta_binomial_sums_to_one_and_is_wider_than_binomial(self) -> None:
        pmf = stats.beta_binomial_pmf(12, 8.0, 4.0)
        assert sum(pmf) == pytest.approx(1.0)
        binom = [math.comb(12, x) * (2 / 3) ** x * (1 / 3) ** (12 - x) for x in range(13)]
        assert pmf[0] > binom[0] and pmf[12] > binom[12]  # the rate's uncertainty widens it

    def test_pooled_tail_is_the_convolution_of_its_writers(self) -> None:
        parts = [(2, 3.0, 1.0), (3, 1.5, 2.5)]
        a, b = (stats.beta_binomial_pmf(n, x, y) for n, x, y in parts)
        for k in range(6):
            brute = sum(a[i] * b[j] for i in range(3) for j in range(4) if i + j <= k)
            assert stats.pooled_cdf(parts, k) == pytest.approx(brute)

    def test_a_dry_run_is_the_beta_binomials_zero(self) -> None:
        assert stats.no_hit_run(5, 3.0, 7.0) == pytest.approx(stats.beta_binomial_pmf(5, 3, 7)[0])
        assert stats.no_hit_run(0, 3.0, 7.0) == 1.0

    def test_sparse_tail_is_exact(self) -> None:
        # Brute force over every sequence of the latest 9 emails, drawn from the latest back
        # as a Polya urn: some tail with at most one hit as unlikely as the most unlikely seen.
        a, b, emails = 4.5, 7.5, 9
        for runs in ([3, 7], [5, 6], [2, 4]):
            seen = min(stats.beta_binomial_cdf(k, n, a, b) for k, n in enumerate(runs))
            brute = 0.0
            for hits in itertools.product((0, 1), repeat=emails):
                p, h = 1.0, 0
                for m, x in enumerate(hits):
                    q = (a + h) / (a + b + m)
                    p, h = p * (q if x else 1 - q), h + x
                if any(sum(hits[:m]) <= 1 and stats.beta_binomial_cdf(
                        sum(hits[:m]), m, a, b) <= seen * (1 + 1e-9) for m in range(1, emails + 1)):
                    brute += p
            assert stats.sparse_tail(runs, emails, a, b) == pytest.approx(brute)

    def test_sparse_tail_forgives_one_hit_at_a_price(self) -> None:
        a, b = 21.5, 21.5
        # a long run with one hit in it is surprising, a short dry run is not...
        assert stats.sparse_tail([7, 15], 60, a, b) < 0.004 < stats.no_hit_run(7, a, b)
        # ...and a dry run pays little for the tries
        assert stats.no_hit_run(12, a, b) <= stats.sparse_tail([12, 13], 60, a, b) < \
            1.5 * stats.no_hit_run(12, a, b)

    def test_scan_correction_is_exact(self) -> None:
        probs = [0.7, 0.8, 0.6, 0.75, 0.9, 0.7]
        critical = {0: 2, 1: 1, 2: 1, 3: 0}
        brute = 0.0
        for hits in itertools.product((0, 1), repeat=len(probs)):
            p = math.prod(q if h else 1 - q for h, q in zip(hits, probs, strict=True))
            if any(sum(hits[i:]) <= k for i, k in critical.items()):
                brute += p
        assert stats.scan_correction(probs, critical) == pytest.approx(brute)

    def test_urn_sums_with_two_grades_are_the_beta_binomial(self) -> None:
        sums = stats.urn_sums((5, 9), 1.0, 6)
        for n in range(7):
            assert sums[n] == pytest.approx(stats.beta_binomial_pmf(n, 10.0, 6.0))

    def test_urn_sums_of_graded_draws_match_brute_force(self) -> None:
        counts, prior = (1, 4, 12), 1.0
        alpha = [c + prior for c in counts]
        sums = stats.urn_sums(counts, prior, 4)
        for n in range(5):
            brute = [0.0] * (2 * n + 1)
            for seq in itertools.product(range(3), repeat=n):
                p, seen = 1.0, [0, 0, 0]
                for i, g in enumerate(seq):  # a Polya urn: each draw returns with a twin
                    p *= (alpha[g] + seen[g]) / (sum(alpha) + i)
                    seen[g] += 1
                brute[sum(seq)] += p
            assert sums[n] == pytest.approx(brute)

    def test_far_apart_values_order_outcomes_by_the_top_grade_first(self) -> None:
        counts, values = (2, 3, 9), (0, 1, 5)  # 5 > 4 draws: one top grade outweighs the rest
        alpha = [c + 1.0 for c in counts]
        dist = stats.urn_sums(counts, 1.0, 4, values)[4]
        for k in range(5):  # P(fewer than k top grades) is the mass below k * 5
            brute = 0.0
            for seq in itertools.product(range(3), repeat=4):
                if seq.count(2) < k:
                    p, seen = 1.0, [0, 0, 0]
                    for i, g in enumerate(seq):
                        p *= (alpha[g] + seen[g]) / (sum(alpha) + i)
                        seen[g] += 1
                    brute += p
            assert sum(dist[: 5 * k]) == pytest.approx(brute)

    def test_graded_scan_correction_is_exact(self) -> None:
        shares = [(0.1, 0.2, 0.7), (0.05, 0.25, 0.7), (0.2, 0.2, 0.6), (0.1, 0.1, 0.8),
                  (0.15, 0.35, 0.5)]
        critical = {0: 4, 1: 3, 2: 1}
        brute = 0.0
        for seq in itertools.product(range(3), repeat=len(shares)):
            p = math.prod(s[g] for g, s in zip(seq, shares, strict=True))
            if any(sum(seq[i:]) <= k for i, k in critical.items()):
                brute += p
        assert stats.scan_correction(shares, critical) == pytest.approx(brute)

    def test_scan_correction_costs_less_than_bonferroni_but_more_than_one_try(self) -> None:
        rng = random.Random(3)
        probs = [rng.uniform(0.6, 0.9) for _ in range(10)]
        tries = {0: 3, 2: 2, 4: 1, 6: 0}
        alone = [stats.scan_correction(probs, {i: k}) for i, k in tries.items()]
        together = stats.scan_correction(probs, tries)
        assert max(alone) < together < sum(alone)


class TestFamilies:
    SHARES = [(0.1, 0.2, 0.7), (0.05, 0.25, 0.7), (0.2, 0.2, 0.6), (0.1, 0.1, 0.8),
              (0.15, 0.35, 0.5), (0.3, 0.1, 0.6)]
    # a pool of six emails scanning three starts, and a writer alone (emails 1, 3, 4, 5)
    POOL = (range(6), {0: 4, 1: 3, 2: 1})
    WRITER = ([1, 3, 4, 5], {1: 1, 3: 0})

    def brute(self, tests) -> float:
        fired = 0.0
        for seq in itertools.product(range(3), repeat=len(self.SHARES)):
            p = math.prod(s[g] for g, s in zip(seq, self.SHARES, strict=True))
            if any(sum(seq[j] for j in members if j >= i) <= k
                   for members, critical in tests for i, k in critical.items()):
                fired += p
        return fired

    def test_family_scan_is_exact(self) -> None:
        tests = [self.POOL, self.WRITER]
        assert stats.family_scan(self.SHARES, tests) == pytest.approx(self.brute(tests))

    def test_one_test_is_the_scan_correction(self) -> None:
        assert stats.family_scan(self.SHARES, [self.WRITER]) == pytest.approx(
            self.brute([self.WRITER]))
        assert stats.family_scan(self.SHARES, [self.POOL]) == pytest.approx(
            stats.scan_correction(self.SHARES, self.POOL[1]))

    def test_overlapping_tests_cost_less_than_their_sum(self) -> None:
        alone = [stats.family_scan(self.SHARES, [t]) for t in (self.POOL, self.WRITER)]
        together = stats.family_scan(self.SHARES, [self.POOL, self.WRITER])
        assert max(alone) < together < sum(alone)

    def test_a_test_that_cannot_fire_costs_nothing(self) -> None:
        never = ([0, 2], {0: -1})
        assert stats.family_scan(self.SHARES, [self.POOL, never]) == pytest.approx(
            stats.family_scan(self.SHARES, [self.POOL]))

    def test_a_writer_who_wrote_everything_is_the_pool(self) -> None:
        same = (range(6), dict(self.POOL[1]))
        assert stats.family_scan(self.SHARES, [self.POOL, same]) == pytest.approx(
            stats.family_scan(self.SHARES, [self.POOL]))


class TestLevels:
    def test_every_signal_has_a_level_within_its_bounds(self) -> None:
        for kind in SignalKind:
            lv = LEVELS[kind]
            lo, hi = sorted((lv.quietest, lv.most_eager))
            assert lo <= lv.at() <= hi

    def test_sensitivity_moves_a_test_level_within_bounds(self) -> None:
        lv = Level(0.01, 0.001, 0.04)
        assert lv.at(2.0) == pytest.approx(0.02) and lv.at(0.5) == pytest.approx(0.005)
        assert lv.at(100.0) == 0.04 and lv.at(0.0) == 0.001

    def test_sensitivity_divides_the_evidence_a_scored_signal_needs(self) -> None:
        lv = Level(1.0, 2.0, 0.8, test=False)
        assert lv.at(0.5) == pytest.approx(2.0) and lv.at(1.1) == pytest.approx(1 / 1.1)
        assert lv.at(10.0) == 0.8 and lv.at(0.01) == 2.0
