"""They stop asking for things: feature, integration and roadmap questions, frequent in the
baseline, have dried up while the customer still writes.

One test: how unlikely is the dry run of emails since their last question, at the rate they
used to ask, with that rate's uncertainty (a beta-binomial)? Emails written in mailbox-wide
lulls count on neither side; a customer who stopped writing has not "stopped asking" (that
is another signal), and a lull that took the emails which would have decided makes the
signal undecided rather than healthy.

A second reading forgives one stray question (a neutral "is that supported?" read as an ask,
or one last ask) — only once another signal of the account has passed its level, and at a
stricter level of its own: the run since their last-but-one question, holding one, is judged
the same way and the tries are paid for exactly (stats.sparse_tail, which also counts the dry
run itself). The plain test keeps its level and its p-value, so a lone dry run is exactly as
powerful as it is without the second reading; the pair's false-alarm rate at corroboration is
at most the plain level plus the forgiving one (Bonferroni).
"""

from __future__ import annotations

from datetime import date

from unspoken.signals import markers as mk
from unspoken.signals.detectors.base import History, fmt_day
from unspoken.signals.detectors.stats import no_hit_run, sparse_tail
from unspoken.signals.model import MessageFeatures, Signal, SignalKind, Undecided

KIND = SignalKind.FEATURE_SILENCE
MIN_ASKS = 3  # a baseline with fewer questions has nothing to fall silent
MIN_ASK_SHARE = 0.1  # ...nor one where fewer than this share of their emails asked
PRIOR = 0.5  # Beta(0.5, 0.5) prior on the share of their emails that ask for something
SUGGESTIVE = 0.05  # a dry run this unlikely, cut short by a lull, is "not enough data"
# The forgiving reading's level as a share of the plain test's level, alone and corroborated
# (0 = never): paid on top of the plain test's false alarms, not taken from them.
FORGIVING_ALONE = 0.0
FORGIVING_CORROBORATED = 0.5


def _emails(feats: list[MessageFeatures], h: History) -> list[tuple[date, bool]]:
    """Their emails outside lulls, in order: (day, whether it asked for something). An ask the
    learned stage alone read counts in the baseline window only: there it can find a habit the
    rules missed, while in the recent weeks a false one would hide the very silence we look
    for (issue 10's twelfth round)."""
    start = h.recent.start
    return [(f.date.date(), bool(f.markers.get(mk.FEATURE_ASK)
                                 or f.markers.get(mk.LEARNED_ASK) and f.date < start))
            for f in feats if not h.context.in_lull(f.date)]


def detect(h: History) -> Signal | Undecided | None:
    every = h.received()
    emails = _emails(every, h)
    recent_start = h.recent.start.date()
    asked = [i for i, (_d, a) in enumerate(emails) if a]
    if not asked:
        return None
    last = emails[asked[-1]][0]
    # Their habit: every email of the baseline window, its quiet stretches included (ending
    # it at their last question would make every habit look keener than it was).
    habit = [a for d, a in emails if d < recent_start]
    hits = sum(habit)
    if hits < MIN_ASKS or hits / max(len(habit), 1) < MIN_ASK_SHARE:
        return None  # a baseline without real questions has nothing to fall silent
    since = len(emails) - 1 - asked[-1]
    a, b = hits + PRIOR, len(habit) - hits + PRIOR
    p = no_hit_run(since, a, b)
    level = h.level(KIND)
    recent = [d for d, _a in emails if d >= recent_start]
    stray = _forgiven(h, emails, asked, a, b, level) if p > level else None
    if stray is not None:
        return _signal(h, every, hits, habit, stray, emails[asked[-2]][0], forgiven=True)
    if p > level:
        room = _room(h, len(recent))
        if room and (p <= SUGGESTIVE or no_hit_run(since + room, a, b) <= level):
            # A lull took emails that could have decided, and what is left points that way:
            # say so ("not enough data" for this signal), not "healthy".
            return Undecided(KIND, f"{since} emails without a question since {last:%b} {last.day}, "
                             "too few after the holidays to tell")
        return None
    return _signal(h, every, hits, habit, since, last, forgiven=False)


def _forgiven(h: History, emails: list[tuple[date, bool]], asked: list[int], a: float,
              b: float, level: float) -> int | None:
    """The emails since their last-but-one question when the forgiving reading (one stray
    question allowed) passes its own, stricter level; None otherwise."""
    share = FORGIVING_CORROBORATED if h.corroborated else FORGIVING_ALONE
    if not share or len(asked) < 2:
        return None
    runs = [len(emails) - 1 - i for i in reversed(asked[-2:])]
    if runs[1] < 2 or sparse_tail(runs, len(emails), a, b) > share * level:
        return None
    return runs[1]


def _signal(h: History, every: list[MessageFeatures], hits: int, habit: list[bool],
            since: int, first: date, *, forgiven: bool) -> Signal:
    asks = [f for f in every if f.markers.get(mk.FEATURE_ASK)]
    ev = [h.evidence(f.date, f.sender.email, "email", f"Asked about the product: "
                     f"'{f.subject[:70]}'", f.quotes.get(mk.FEATURE_ASK, ""))
          for f in asks[-2:]]
    latest = every[-1]
    held = "one" if forgiven else "none"
    ev.append(h.evidence(latest.date, latest.sender.email, "email",
                         f"{since} emails since {first:%b} {first.day}, {held} asking for a "
                         f"feature, an integration or the roadmap"))
    summary = (f"No longer asking about features or the roadmap: {held} in the {since} emails "
               f"since {first:%b} {first.day}, against questions in {hits} of {len(habit)} "
               f"emails before {fmt_day(h.recent.start)}")
    return Signal(kind=KIND, severity=min(1.0, 0.4 + 0.05 * (since - forgiven)),
                  summary=summary, evidence=tuple(ev))


def _room(h: History, recent: int) -> int:
    """Emails the mailbox-wide lulls took from the recent window, at their pace."""
    return max(0, round(recent / h.open_days(h.recent) * h.recent.days) - recent)
