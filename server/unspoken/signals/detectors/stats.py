"""The few distributions the detectors' tests need, in plain Python (no SciPy at runtime).

Every test asks one question: how unlikely is what the recent window shows, if this contact or
account had kept its own baseline habit? Each answer is a probability (a p-value) that the
detector compares with its level (policy.LEVELS); the rates are estimated from the baseline
with their uncertainty (beta and gamma posteriors), so a short baseline proves less.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


def binom_tail(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p): how surprising so few hits would be at the old rate."""
    p = min(max(p, 0.0), 1.0)
    return sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(0, k + 1))


def _lbeta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def beta_binomial_pmf(n: int, a: float, b: float) -> list[float]:
    """P(X = x), x = 0..n, for X ~ BetaBinomial(n, a, b): hits in n tries at a rate known
    only as Beta(a, b) (the baseline's hits + prior, misses + prior)."""
    base = _lbeta(a, b)
    return [math.exp(math.lgamma(n + 1) - math.lgamma(x + 1) - math.lgamma(n - x + 1)
                     + _lbeta(x + a, n - x + b) - base) for x in range(n + 1)]


def pooled_cdf(parts: Iterable[tuple[int, float, float]], k: int) -> float:
    """P(X_1 + ... + X_m <= k), X_i ~ BetaBinomial(n_i, a_i, b_i) independent: each recent
    email judged against its own writer's baseline rate (a Poisson-binomial tail whose rates
    carry their uncertainty)."""
    return min(1.0, sum(pooled_pmf(parts)[: k + 1]))


def pooled_pmf(parts: Iterable[tuple[int, float, float]]) -> list[float]:
    """The distribution of X_1 + ... + X_m (see pooled_cdf)."""
    return convolve(beta_binomial_pmf(n, a, b) for n, a, b in parts if n > 0)


def urn_sums(counts: Sequence[float], prior: float, n_max: int,
             values: Sequence[int] | None = None) -> list[list[float]]:
    """For n = 0..n_max new draws of a grade 0..G-1 whose shares are known only from `counts`
    (the baseline's count of each grade, plus `prior` each: a Dirichlet, drawn as a Polya urn),
    the distribution of the sum of the drawn grades' `values` (default: the grades themselves):
    a graded Poisson-binomial part whose shares carry their uncertainty (with two grades, the
    beta-binomial). Values far apart order the outcomes lexicographically (the highest grade's
    count first, ties broken by the next)."""
    alpha = [c + prior for c in counts]
    total = sum(alpha)
    grades = len(alpha)
    vals = list(values) if values is not None else list(range(grades))
    states: dict[tuple[int, ...], float] = {(0,) * grades: 1.0}  # grade counts so far
    out = [[1.0]]
    for n in range(n_max):
        nxt: dict[tuple[int, ...], float] = {}
        for c, p in states.items():
            for g in range(grades):
                q = p * (alpha[g] + c[g]) / (total + n)
                key = c[:g] + (c[g] + 1,) + c[g + 1:]
                nxt[key] = nxt.get(key, 0.0) + q
        states = nxt
        dist = [0.0] * (max(vals) * (n + 1) + 1)
        for c, p in states.items():
            dist[sum(v * k for v, k in zip(vals, c, strict=True))] += p
        out.append(dist)
    return out


def convolve(pmfs: Iterable[Sequence[float]]) -> list[float]:
    """The distribution of a sum of independent parts, each given by its mass function (sparse
    ones cost only their non-zero terms)."""
    dist = [1.0]
    for pmf in pmfs:
        terms = [(j, q) for j, q in enumerate(pmf) if q]
        out = [0.0] * (len(dist) + len(pmf) - 1)
        for i, p in enumerate(dist):
            if p:
                for j, q in terms:
                    out[i + j] += p * q
        dist = out
    return dist


def scan_correction(probs: Sequence[float | Sequence[float]], critical: dict[int, int],
                    values: Sequence[int] | None = None) -> float:
    """P(some tail falls at or below its critical count), exactly, when email i is a hit with
    probability probs[i] independently (or, graded, takes grade g with probability
    probs[i][g] and a tail's count is the sum of its grades' `values`, default the grades
    themselves): the false-alarm probability of
    scanning the start points (`critical`: start index -> the largest count that would have
    been as surprising as what was seen). Far less than Bonferroni's price, as the tails
    overlap. One test of `family_scan`."""
    return family_scan(probs, [(range(len(probs)), critical)], values)


def family_scan(probs: Sequence[float | Sequence[float]],
                tests: Sequence[tuple[Iterable[int], dict[int, int]]],
                values: Sequence[int] | None = None) -> float:
    """P(some test of a family fires), exactly, each test scanning its start points: a test
    reads some of the emails (its members, indices into `probs`) and fires when the count of
    its members from one of its starts on is at or below that start's critical count
    (`critical`: start index -> count; emails as in scan_correction). The tests overlap (a
    pool and each writer alone read the same emails), so the family's false alarms are far
    below the sum of its tests' (Bonferroni's price): this is what a family of overlapping
    tests costs, no more. Counts above every critical count of their test can no longer fire
    (counts only grow towards earlier starts) and are merged, so the state stays small."""
    members = [frozenset(m) for m, _ in tests]
    criticals = [c for _, c in tests]
    caps = [max(c.values(), default=-1) + 1 for c in criticals]
    states: dict[tuple[int, ...], float] = {(0,) * len(tests): 1.0}  # counts, not fired
    fired = 0.0
    for i in range(len(probs) - 1, -1, -1):
        p = probs[i]
        shares = (1 - p, p) if isinstance(p, (int, float)) else p
        grades = [(v, min(max(r, 0.0), 1.0))
                  for v, r in zip(values or range(len(shares)), shares, strict=False)]
        step: dict[tuple[int, ...], float] = {}
        for counts, q in states.items():
            for v, r in grades:
                if r:
                    key = tuple(min(n + v, cap) if i in m else n
                                for n, cap, m in zip(counts, caps, members, strict=True))
                    step[key] = step.get(key, 0.0) + q * r
        states = {}
        for counts, q in step.items():
            if any(n <= c.get(i, -1) for n, c in zip(counts, criticals, strict=True)):
                fired += q
            else:
                states[counts] = q
    return min(1.0, fired)


def beta_binomial_cdf(k: int, n: int, a: float, b: float) -> float:
    """P(X <= k) for X ~ BetaBinomial(n, a, b): so few hits in n tries, at a rate known only
    as Beta(a, b)."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, sum(beta_binomial_pmf(n, a, b)[: k + 1]))


def no_hit_run(n: int, a: float, b: float) -> float:
    """P(no hit in n tries) at a rate known as Beta(a, b): how unlikely a dry run of n is."""
    if n <= 0:
        return 1.0
    return math.exp(_lbeta(a, b + n) - _lbeta(a, b))


def sparse_tail(runs: Sequence[int], emails: int, a: float, b: float) -> float:
    """How unlikely the latest emails' few hits are at a rate known as Beta(a, b), one stray
    hit forgiven: `runs[k]` is the count of emails since the (k+1)-th latest hit (holding k
    hits), the tail of each is judged by its beta-binomial tail P(X <= k), and the most
    unlikely of them is paid for exactly: the chance that, the emails drawn from the latest
    back as a Polya urn, some tail of the last m (m <= `emails`) with at most len(runs) - 1
    hits was as unlikely. A dry run cut short by one false hit still counts; its price is
    the tries (a lone dry run pays little more than `no_hit_run`)."""
    top = len(runs) - 1
    seen = min(beta_binomial_cdf(k, n, a, b) if n > k else 1.0 for k, n in enumerate(runs))
    if seen >= 1.0:
        return 1.0
    seen *= 1 + 1e-9
    states = [1.0] + [0.0] * top  # hits so far among the latest m emails, not yet fired
    fired = 0.0
    low = [1.0] * (top + 1)  # P(X <= k) for the current m, found by the pmf's recurrence
    for m in range(1, emails + 1):
        nxt = [0.0] * (top + 1)
        for h, q in enumerate(states):
            if q:
                hit = (a + h) / (a + b + m - 1)
                nxt[h] += q * (1 - hit)
                if h < top:
                    nxt[h + 1] += q * hit
        states = nxt
        pmf = [math.exp(math.lgamma(m + 1) - math.lgamma(x + 1) - math.lgamma(m - x + 1)
                        + _lbeta(x + a, m - x + b) - _lbeta(a, b)) for x in range(min(top, m) + 1)]
        low = [min(1.0, sum(pmf[: k + 1])) if k < m else 1.0 for k in range(top + 1)]
        for h in range(top + 1):
            if states[h] and low[h] <= seen:
                fired += states[h]
                states[h] = 0.0
    return min(1.0, fired)


def _gamma_p(a: float, x: float) -> float:
    """Regularized lower incomplete gamma P(a, x) (series, or continued fraction for Q)."""
    if x <= 0:
        return 0.0
    lead = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:
        term = total = 1.0 / a
        ap = a
        for _ in range(500):
            ap += 1
            term *= x / ap
            total += term
            if abs(term) < abs(total) * 1e-14:
                break
        return min(1.0, total * math.exp(lead))
    # Lentz's continued fraction for Q(a, x)
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 500):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-14:
            break
    return max(0.0, 1.0 - math.exp(lead) * h)


def poisson_sf(k: float, lam: float) -> float:
    """P(N >= k) for N ~ Poisson(lam). `k` may be fractional (weighted events): the same
    formula, P(N >= k) = P(k, lam), interpolates smoothly between whole counts."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    return _gamma_p(k, lam)


def bonferroni(p: float, tries: int) -> float:
    """A p-value found by trying `tries` start points, paid for (never above 1)."""
    return min(1.0, p * max(tries, 1))


def smallest(values: Sequence[float]) -> float:
    return min(values) if values else 1.0
