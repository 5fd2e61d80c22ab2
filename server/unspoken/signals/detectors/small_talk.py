"""Small talk disappears: people who used to write warmly now send bare, transactional mail.

One pooled test over everyone on their side who used to be warm: each recent email is compared
with its own writer's baseline warm rate (so someone always terse has lost nothing, and a
colder colleague writing more often is no change), and the tail probability of so few warm
emails is a Poisson-binomial tail whose rates carry their baseline uncertainty. The change
rarely starts on the window's first day, so the start point is scanned and the tries are paid
for (the exact chance that any start would have looked as surprising). A contact with 3
recent emails and a colleague with 2 decide together what neither could alone. The
per-contact picture is kept for the summary and evidence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import accumulate

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day, median
from unspoken.signals.detectors.stats import bonferroni, pooled_cdf, pooled_pmf, scan_correction
from unspoken.signals.model import MessageFeatures, Signal, SignalKind, Undecided

KIND = SignalKind.SMALL_TALK_LOSS
# A bare "Hi," or a "Thanks," sign-off is politeness, not warmth: alone they stay below 1.
WARM_WEIGHTS = {mk.SMALL_TALK: 1.0, mk.COMPLIMENT: 1.0, mk.EMOJI: 1.0, mk.EXCLAMATION: 0.5,
                mk.GREETING: 0.4, mk.THANKS: 0.4}
WRITER_MIN_BASELINE = 3  # a writer's baseline emails before their habit means anything
WARM_WRITER = 0.5  # ...and the (smoothed) share of them that was warm: "formerly warm"
MIN_RECENT = 3  # recent emails a tail must hold: a lull leaves only a few, and 3 can decide
MIN_TAIL_DAYS = 14  # ...over at least this long (a cold afternoon is not a habit)
EFFECT = 0.5  # the tail's warm share must be at most this fraction of what was expected
PRIOR = 1.0  # Beta(1, 1) prior on each writer's warm rate


def warmth(f: MessageFeatures) -> float:
    return sum(w for k, w in WARM_WEIGHTS.items() if f.markers.get(k))


def is_warm(f: MessageFeatures) -> bool:
    return warmth(f) >= 1.0


@dataclass(frozen=True, slots=True)
class _Writer:
    email: str
    warm: int  # warm baseline emails
    total: int  # baseline emails

    @property
    def rate(self) -> float:
        return (self.warm + PRIOR) / (self.total + 2 * PRIOR)


@dataclass(frozen=True, slots=True)
class _Tail:
    p: float  # corrected for the start points tried
    start: int  # index of the tail's first email in the recent list
    warm: int
    expected: float


def _writers(h: History) -> dict[str, _Writer]:
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f in h.received(h.baseline):
        c = counts[f.sender.email]
        c[0] += is_warm(f)
        c[1] += 1
    found = {e: _Writer(e, w, n) for e, (w, n) in counts.items() if n >= WRITER_MIN_BASELINE}
    return {e: w for e, w in found.items() if w.rate >= WARM_WRITER}


def _tail(recent: list[MessageFeatures], warm: list[bool], writers: dict[str, _Writer],
          h: History) -> _Tail | None:
    """The most surprising tail of recent emails (at least MIN_RECENT, MIN_TAIL_DAYS long),
    its p-value corrected for the start points tried (exactly, see stats.scan_correction)."""
    starts = [i for i in range(len(recent) - MIN_RECENT + 1)
              if (h.as_of - recent[i].date).days >= MIN_TAIL_DAYS]
    cdfs: dict[int, list[float]] = {}
    best: _Tail | None = None
    for i in starts:
        per: defaultdict[str, int] = defaultdict(int)
        for f in recent[i:]:
            per[f.sender.email] += 1
        parts = [(n, writers[e].warm + PRIOR, writers[e].total - writers[e].warm + PRIOR)
                 for e, n in sorted(per.items())]
        cdf = list(accumulate(pooled_pmf(parts)))
        cdfs[i] = cdf
        k = sum(warm[i:])
        expected = sum(n * writers[e].rate for e, n in per.items())
        if k > EFFECT * expected:
            continue  # colder by chance or by a little: not a loss of warmth
        if best is None or cdf[k] < best.p:
            best = _Tail(cdf[k], i, k, expected)
    if best is None:
        return None
    # Every start tried could have looked this surprising: the chance that one would, at the
    # writers' habits, is the tail's real p-value.
    critical = {i: max((k for k, c in enumerate(cdf) if c <= best.p * (1 + 1e-9)), default=-1)
                for i, cdf in cdfs.items()}
    rates = [writers[f.sender.email].rate for f in recent]
    return _Tail(max(best.p, scan_correction(rates, critical)), best.start, best.warm,
                 best.expected)


def _powerless(recent: list[MessageFeatures], writers: dict[str, _Writer], h: History,
               level: float) -> bool:
    """Even if every recent email had been cold, could the test have fired? If not, too
    little recent mail to decide."""
    per: defaultdict[str, int] = defaultdict(int)
    for f in recent:
        per[f.sender.email] += 1
    parts = [(n, writers[e].warm + PRIOR, writers[e].total - writers[e].warm + PRIOR)
             for e, n in per.items()]
    tries = max(1, len(recent) - MIN_RECENT + 1)
    return len(recent) < MIN_RECENT or bonferroni(pooled_cdf(parts, 0), tries) > level


def detect(h: History) -> Signal | Undecided | None:
    """The account's (or contact's) formerly warm writers, pooled, against their own habits."""
    writers = _writers(h)
    if not writers:
        return None  # never chatty with us: nothing to lose
    recent = [f for f in h.received(h.recent) if f.sender.email in writers]
    warm = [is_warm(f) for f in recent]
    level = h.level(KIND)
    # The family of tests: everyone pooled, and each writer alone (a champion gone cold next
    # to a colleague still warm is diluted in the pool); the family pays for its size.
    family: list[tuple[list[MessageFeatures], list[bool]]] = [(recent, warm)]
    alone = {e for e in writers if sum(f.sender.email == e for f in recent) >= MIN_RECENT}
    if len(writers) > 1:
        for e in sorted(alone):
            mine = [i for i, f in enumerate(recent) if f.sender.email == e]
            family.append(([recent[i] for i in mine], [warm[i] for i in mine]))
    tails = [(t, r) for r, w in family if len(r) >= MIN_RECENT
             and (t := _tail(r, w, writers, h)) is not None]
    tail, tested = min(tails, key=lambda x: x[0].p) if tails else (None, recent)
    if tail is not None:
        tail = replace(tail, p=bonferroni(tail.p, len(family)))
    if tail is None or tail.p > level:
        cold = sum(warm) <= EFFECT * sum(writers[f.sender.email].rate for f in recent)
        if cold and _powerless(recent, writers, h, level):
            return Undecided(KIND, f"{len(recent)} recent emails from formerly warm writers")
        return None
    return _signal(h, tested[tail.start:], writers, tail)


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
