"""Small talk disappears: people who used to write warmly now send bare, transactional mail.

One pooled test over everyone on their side who used to be warm: each recent email gets a
grade (warm; plain: some politeness, or as long as its writer usually writes; bare: none of it,
and short for them) and is compared with its own writer's baseline share of each grade (so
someone always terse has lost nothing, and a colder colleague writing more often is no
change); the tail probability of so few warm emails, and among as few of so many bare ones,
is a graded Poisson-binomial tail whose shares carry their baseline uncertainty (a Dirichlet,
drawn as a Polya urn). A warm
writer's plain emails are common, their bare ones rare: three bare replies from someone whose
plainer emails still said thanks are evidence a warm/not-warm bit does not see. The change
rarely starts on the window's first day, so the start point is scanned and the tries are paid
for (the exact chance that any start would have looked as surprising), and so are each
writer's tests alone, which read the same emails as the pool (the exact chance that any start
of any of them would have). A contact with 3
recent emails and a colleague with 2 decide together what neither could alone. The
per-contact picture is kept for the summary and evidence."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day, median
from unspoken.signals.detectors.stats import (
    bonferroni,
    convolve,
    family_scan,
    urn_sums,
)
from unspoken.signals.model import MessageFeatures, Signal, SignalKind, Undecided

KIND = SignalKind.SMALL_TALK_LOSS
# A bare "Hi," or a "Thanks," sign-off is politeness, not warmth: alone they stay below 1; so
# does a warm sign-off ("Take care,", "Warmly,"), a habit as much as a feeling, until a
# greeting and thanks come with it.
WARM_WEIGHTS = {mk.SMALL_TALK: 1.0, mk.COMPLIMENT: 1.0, mk.EMOJI: 1.0, mk.EXCLAMATION: 0.5,
                mk.WARM_SIGNOFF: 0.5, mk.GREETING: 0.4, mk.THANKS: 0.4}
WRITER_MIN_BASELINE = 3  # a writer's baseline emails before their habit means anything
# ...and the (smoothed) share of them that was warm: "formerly warm". The test weighs each
# writer against their own habit, so a colleague warm two emails in five who now sends bare
# one-liners has lost something (0.5 left dev #7's colleagues of 3 warm emails in 7 out of the
# pool). Lower, writers warm one email in three or four join too and dilute more than they
# add: at 0.3 dev #6 lost a loss its champion showed (a colleague's one warm email of the
# recent window in the pool), at 0.4 no wording lost one (README, eighth round).
WARM_WRITER = 0.4
MIN_RECENT = 3  # recent emails a tail must hold: a lull leaves only a few, and 3 can decide
MIN_TAIL_DAYS = 14  # ...over at least this long (a cold afternoon is not a habit)
EFFECT = 0.5  # the tail's warm share must be at most this fraction of what was expected
PRIOR = 1.0  # Beta(1, 1) prior on each writer's warm rate (Dirichlet(1, 1, 1) on the grades)
# An email with no warmth at all is "bare" when it is also short for its writer: under this
# share of their median baseline email (or a terse one-liner), else "plain".
SHORT = 0.6
BARE, PLAIN, WARM = 0, 1, 2  # each email's grade
# The test orders outcomes by the count of warm emails first, and among equal counts by how
# few of the rest were still plain: a warm email weighs more than any number of plain ones
# (the grades' values are 0, 1 and one more than the emails tried), so the grade can only add
# to what the warm count shows, never dilute it with half credit for a polite "thanks".


def warmth(f: MessageFeatures) -> float:
    """A season's wish is small talk everyone sends, a customer gone cold as well: small talk
    counts only when some of it is more than that."""
    m = f.markers
    personal = m.get(mk.SMALL_TALK, 0) > m.get(mk.SEASONAL, 0)
    return sum(w for k, w in WARM_WEIGHTS.items() if m.get(k) and (k != mk.SMALL_TALK or personal))


def is_warm(f: MessageFeatures) -> bool:
    return warmth(f) >= 1.0


def grade(f: MessageFeatures, habit_words: float) -> int:
    """Warm; plain (some politeness, or as long as the writer usually writes); or bare (no
    greeting, thanks or note of any kind, and short for them). A warm writer's plain emails
    are common, their bare ones rare: the grade carries more than a warm/not-warm bit."""
    w = warmth(f)
    if w >= 1.0:
        return WARM
    if w > 0 or (not f.markers.get(mk.TERSE) and f.words >= SHORT * habit_words):
        return PLAIN
    return BARE


@dataclass(frozen=True, slots=True)
class _Writer:
    email: str
    warm: int  # warm baseline emails
    total: int  # baseline emails
    grades: tuple[int, int, int]  # baseline emails per grade (bare, plain, warm)
    words: float  # their median baseline email, in words

    @property
    def rate(self) -> float:
        return (self.warm + PRIOR) / (self.total + 2 * PRIOR)

    @property
    def shares(self) -> tuple[float, ...]:
        """Each grade's expected share at their habit (the Dirichlet's mean)."""
        return tuple((g + PRIOR) / (self.total + 3 * PRIOR) for g in self.grades)


@dataclass(frozen=True, slots=True)
class _Tail:
    p: float  # corrected for the start points tried
    start: int  # index of the tail's first email in the recent list
    warm: int
    expected: float


def _writers(h: History) -> dict[str, _Writer]:
    mail: defaultdict[str, list[MessageFeatures]] = defaultdict(list)
    for f in h.received(h.baseline):
        mail[f.sender.email].append(f)
    found = {}
    for e, fs in mail.items():
        if len(fs) < WRITER_MIN_BASELINE:
            continue
        words = median(f.words for f in fs) or 0.0
        g = [0, 0, 0]
        for f in fs:
            g[grade(f, words)] += 1
        found[e] = _Writer(e, g[WARM], len(fs), (g[0], g[1], g[2]), words)
    return {e: w for e, w in found.items() if w.rate >= WARM_WRITER}


def _values(recent: list[MessageFeatures]) -> tuple[int, int, int]:
    """Each grade's value in a tail's sum (see WARM): lexicographic over `recent`'s tails."""
    return (0, 1, len(recent) + 1)


def _sums(writers: dict[str, _Writer], recent: list[MessageFeatures],
          values: tuple[int, int, int]) -> dict[str, list[list[float]]]:
    """Per writer, the distribution of the values' sum of n of their emails, n = 0..recent."""
    n: defaultdict[str, int] = defaultdict(int)
    for f in recent:
        n[f.sender.email] += 1
    return {e: _urn(writers[e].grades, k, values) for e, k in n.items()}


@lru_cache(maxsize=4096)
def _urn(grades: tuple[int, int, int], n: int, values: tuple[int, int, int]
         ) -> list[list[float]]:
    """stats.urn_sums, once per habit and length (the pool and each writer alone share it)."""
    return urn_sums(grades, PRIOR, n, values)


@dataclass(frozen=True, slots=True)
class _Look:
    """One test of the family: the emails it reads (positions in the pool's list), its
    weight, each start's distribution of the tail's count at the writers' habits (as a CDF),
    and its most surprising tail before any correction."""
    members: list[int]
    weight: float
    cdfs: dict[int, list[float]]
    best: _Tail | None


def _look(recent: list[MessageFeatures], grades: list[int], members: list[int], weight: float,
          writers: dict[str, _Writer], h: History, values: tuple[int, int, int]) -> _Look:
    """The tails of one test (at least MIN_RECENT emails, MIN_TAIL_DAYS long)."""
    sums = _sums(writers, [recent[i] for i in members], values)
    cdfs: dict[int, list[float]] = {}
    best: _Tail | None = None
    for pos, i in enumerate(members[: len(members) - MIN_RECENT + 1]):
        if (h.as_of - recent[i].date).days < MIN_TAIL_DAYS:
            continue
        tail = members[pos:]
        per: defaultdict[str, int] = defaultdict(int)
        for j in tail:
            per[recent[j].sender.email] += 1
        cdf = list(accumulate(convolve(sums[e][n] for e, n in sorted(per.items()))))
        cdfs[i] = cdf
        k = sum(grades[j] == WARM for j in tail)
        expected = sum(n * writers[e].rate for e, n in per.items())
        if k > EFFECT * expected:
            continue  # colder by chance or by a little: not a loss of warmth
        s = sum(values[grades[j]] for j in tail)
        if best is None or cdf[s] < best.p:
            best = _Tail(cdf[s], i, k, expected)
    return _Look(members, weight, cdfs, best)


def _family(recent: list[MessageFeatures], grades: list[int], writers: dict[str, _Writer],
            h: History, values: tuple[int, int, int], tests: list[tuple[list[int], float]]
            ) -> tuple[_Tail, list[int]] | None:
    """The most surprising tail of any test of the family (a test of weight w is held to w
    times the threshold of a test of weight 1), its p-value corrected for every start of
    every test tried: the exact chance, at the writers' habits, that one of them would have
    looked as surprising (stats.family_scan). Also the tail's emails (positions)."""
    looks = [_look(recent, grades, m, w, writers, h, values)
             for m, w in tests if len(m) >= MIN_RECENT]
    found = [(lk.best.p / lk.weight, n, lk.best) for n, lk in enumerate(looks)
             if lk.best is not None]
    if not found:
        return None
    q, n, win = min(found, key=lambda x: (x[0], x[1]))
    critical = [(lk.members, {i: max((s for s, c in enumerate(cdf)
                                      if c <= q * lk.weight * (1 + 1e-9)), default=-1)
                              for i, cdf in lk.cdfs.items()}) for lk in looks]
    shares = [writers[f.sender.email].shares for f in recent]
    p = max(win.p, family_scan(shares, critical, values))
    return replace(win, p=p), [i for i in looks[n].members if i >= win.start]


def _tail(recent: list[MessageFeatures], grades: list[int], writers: dict[str, _Writer],
          h: History, values: tuple[int, int, int]) -> _Tail | None:
    """The pool alone: its most surprising tail, corrected for the start points tried."""
    found = _family(recent, grades, writers, h, values, [(list(range(len(recent))), 1.0)])
    return found[0] if found else None


def _least(writers: dict[str, _Writer], recent: list[MessageFeatures],
           values: tuple[int, int, int]) -> float:
    """The smallest p-value `recent` could give: every email bare, at its writers' habits
    (known before the outcome, from how many emails each wrote)."""
    return math.prod(s[-1][0] for s in _sums(writers, recent, values).values())


def _powerless(recent: list[MessageFeatures], writers: dict[str, _Writer], level: float,
               values: tuple[int, int, int]) -> bool:
    """Even if every recent email had been bare, could the pool have fired? If not, too
    little recent mail to decide."""
    if len(recent) < MIN_RECENT:
        return True
    tries = max(1, len(recent) - MIN_RECENT + 1)
    return bonferroni(_least(writers, recent, values), tries) > level


def detect(h: History) -> Signal | Undecided | None:
    """The account's (or contact's) formerly warm writers, pooled, against their own habits."""
    writers = _writers(h)
    if not writers:
        return None  # never chatty with us: nothing to lose
    recent = [f for f in h.received(h.recent) if f.sender.email in writers]
    grades = [grade(f, writers[f.sender.email].words) for f in recent]
    level = h.level(KIND)
    values = _values(recent)
    # The family of tests: everyone pooled, and each writer alone (a champion gone cold next
    # to a colleague still warm is diluted in the pool). The pool is the test the account is
    # asked; the writers alone are a second look, together weighing as much as the pool
    # (each 1/k of it). They read the same emails as the pool, so the family is paid for
    # exactly, not by Bonferroni's sum: a writer who wrote nearly all recent mail costs the
    # pool almost nothing, one who wrote all of it is the pool itself, and a writer too thin
    # to fire costs nothing. Who takes part depends only on how many emails each wrote.
    alone = sorted(e for e in writers
                   if MIN_RECENT <= sum(f.sender.email == e for f in recent) < len(recent))
    tests = [(list(range(len(recent))), 1.0)]
    tests += [([i for i, f in enumerate(recent) if f.sender.email == e], 1 / len(alone))
              for e in alone]
    found = _family(recent, grades, writers, h, values, tests)
    if found is None or found[0].p > level:
        warm = sum(g == WARM for g in grades)
        cold = warm <= EFFECT * sum(writers[f.sender.email].rate for f in recent)
        if cold and _powerless(recent, writers, level, values):
            return Undecided(KIND, f"{len(recent)} recent emails from formerly warm writers")
        return None
    tail, tested = found
    return _signal(h, [recent[i] for i in tested], writers, tail)


def _signal(h: History, tail: list[MessageFeatures], writers: dict[str, _Writer],
            t: _Tail) -> Signal:
    by_writer: defaultdict[str, list[MessageFeatures]] = defaultdict(list)
    for f in tail:
        by_writer[f.sender.email].append(f)
    # The per-contact finding, clearest first: who cooled most against their own habit.
    order = sorted(by_writer, key=lambda e: (sum(map(is_warm, by_writer[e])) / len(by_writer[e])
                                             - writers[e].rate, e))
    parts = []
    for e in order[:2]:
        mine = by_writer[e]
        parts.append(f"{h.who(e)} {sum(map(is_warm, mine))} of {len(mine)} "
                     f"(was {round(100 * writers[e].warm / writers[e].total)}%)")
    names = " and ".join(h.who(e) for e in order[:2]) + (" and others" if len(order) > 2 else "")
    b_words = median(f.words for f in h.received(h.baseline) if f.sender.email in writers) or 1
    r_words = median(f.words for f in tail) or 0
    summary = (f"Emails from {names} turned transactional since {fmt_day(tail[0].date)}: "
               f"{t.warm} of {len(tail)} carry a greeting, thanks or personal note, about "
               f"{round(t.expected)} expected from their own habits ({'; '.join(parts)}); "
               f"typical email {round(r_words)} words (was {round(b_words)})")
    cold = [f for f in tail if not is_warm(f)]
    ev = []
    for f in sorted(cold, key=lambda f: (f.words, f.date))[:3]:
        ev.append(h.evidence(f.date, f.sender.email, "email",
                             f"Reply of {f.words} word{'s' if f.words != 1 else ''}, no greeting "
                             f"or thanks: '{f.subject[:60]}'", f.quotes.get(mk.TERSE, "")))
    warm_before = [f for f in h.received(h.baseline)
                   if f.sender.email == order[0] and warmth(f) >= 2]
    if warm_before:
        f = warm_before[-1]
        quote = next((f.quotes[k] for k in (mk.SMALL_TALK, mk.GREETING, mk.COMPLIMENT)
                      if f.quotes.get(k)), "")
        ev.append(h.evidence(f.date, f.sender.email, "email",
                             f"Earlier, a warm {f.words}-word email: '{f.subject[:60]}'", quote))
    ev.sort(key=lambda e: e.date)
    drop = 1 - t.warm / max(t.expected, 1e-9)
    return Signal(kind=KIND, severity=min(1.0, max(0.3, drop)), summary=summary,
                  evidence=tuple(ev[:4]))
