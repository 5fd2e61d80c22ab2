"""Before/after of learning from feedback on a generated world (signals.learning's rule).

A scripted team judges every account the engine flags, one by one, as services/learning would
count it: each "confirmed" / "not a risk" counts for every signal on the account, and after each
one the signal's factor takes one bounded step (signals.learning.step). The world is then
assessed again with the learned factors: how many accounts are flagged before and after.

    python -m tests.signals.learning_demo [--accounts 60] [--seed 4242]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.signals.scenarios import Mailbox, build_mailbox, new_random_specs
from unspoken.signals import learning as rule
from unspoken.signals.assess import assess
from unspoken.signals.model import AccountAssessment, Risk, SignalKind
from unspoken.signals.policy import LEVELS, Policy, SignalPolicy

FLAGGED = (Risk.WATCH, Risk.AT_RISK)
Flag = tuple[str, frozenset[SignalKind]]  # a flagged account and the signals on it
Judge = Callable[[Flag], str]  # -> "confirmed" | "not_a_risk"


def world(accounts: int, seed: int, per_mailbox: int = 20) -> list[Mailbox]:
    specs = new_random_specs(random.Random(seed), accounts)
    return [build_mailbox(specs[i:i + per_mailbox], seed=seed * 1000 + i, split="eval",
                          regime="new") for i in range(0, len(specs), per_mailbox)]


def run(boxes: list[Mailbox], factors: dict[SignalKind, float]) -> list[AccountAssessment]:
    policy = Policy(signals={k: SignalPolicy(sensitivity=f) for k, f in factors.items()})
    return [a for mb in boxes for a in assess(mb.features(), mb.meetings(), me=mb.me,
                                              as_of=mb.as_of, policy=policy).accounts]


@dataclass
class Learned:
    factors: dict[SignalKind, float] = field(default_factory=dict)
    confirmed: dict[SignalKind, int] = field(default_factory=dict)
    dismissed: dict[SignalKind, int] = field(default_factory=dict)
    moves: int = 0


def flags(accounts: list[AccountAssessment]) -> list[Flag]:
    return sorted((a.account, frozenset(s.kind for s in a.signals)) for a in accounts
                  if a.risk in FLAGGED)


def learn(flagged: list[Flag], judge: Judge) -> Learned:
    """The team's judgements, in account order, through the rule (admin sensitivity 1)."""
    out = Learned()
    for flag in sorted(flagged):
        agrees = rule.COUNTED[judge(flag)]
        for kind in sorted(flag[1], key=lambda k: k.value):
            side = out.confirmed if agrees else out.dismissed
            side[kind] = side.get(kind, 0) + 1
            low, high = rule.bounds(kind)
            old = out.factors.get(kind, 1.0)
            new = rule.step(old, out.confirmed.get(kind, 0), out.dismissed.get(kind, 0),
                            low=low, high=high)
            out.moves += new != old
            out.factors[kind] = new
    return out


def dismisses(*noisy: SignalKind) -> Judge:
    """A team for whom `noisy` signals are noise: "not a risk" wherever one shows."""
    return lambda f: "not_a_risk" if f[1] & set(noisy) else "confirmed"


TEAMS: dict[str, tuple[str, Judge]] = {
    "dismisses_exec_and_expansion": (
        "dismisses every flag showing executive access or expansion refusal, confirms the rest",
        dismisses(SignalKind.EXEC_ACCESS_LOSS, SignalKind.EXPANSION_REFUSAL)),
    "confirms_everything": ("confirms every flag", lambda f: "confirmed"),
}


@dataclass
class Outcome:
    team: str
    learned: Learned
    before: list[AccountAssessment]
    after: list[AccountAssessment]

    def flagged(self, which: list[AccountAssessment]) -> int:
        return sum(a.risk in FLAGGED for a in which)

    def with_signal(self, which: list[AccountAssessment], kind: SignalKind) -> int:
        return sum(any(s.kind == kind for s in a.signals) for a in which)

    def rightly(self, boxes: list[Mailbox], which: list[AccountAssessment],
                kind: SignalKind) -> int:
        """Accounts showing `kind` that the world built with it."""
        truth = {k: t for mb in boxes for k, t in mb.truth.items()}
        return sum(any(s.kind == kind for s in a.signals) and a.account in truth
                   and kind in truth[a.account].signals for a in which)


def demo(accounts: int = 60, seed: int = 4242) -> tuple[list[Mailbox], list[Outcome]]:
    boxes = world(accounts, seed)
    before = run(boxes, {})
    out = []
    for team, (_, judge) in TEAMS.items():
        learned = learn(flags(before), judge)
        out.append(Outcome(team, learned, before, run(boxes, learned.factors)))
    return boxes, out


def healthy_flagged(boxes: list[Mailbox], which: list[AccountAssessment]) -> int:
    truth = {k: t for mb in boxes for k, t in mb.truth.items()}
    return sum(a.risk in FLAGGED and a.account in truth and not truth[a.account].signals
               for a in which)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=60)
    ap.add_argument("--seed", type=int, default=4242)
    args = ap.parse_args(argv)
    boxes, outcomes = demo(args.accounts, args.seed)
    w = sys.stdout.write
    w(f"world: {args.accounts} accounts, new regime, seed {args.seed}; rule: >= "
      f"{rule.MIN_FEEDBACK} judgements, P >= {rule.CONFIDENCE}, step x{rule.STEP}\n")
    for o in outcomes:
        w(f"\nteam {o.team}: {TEAMS[o.team][0]}\n")
        w(f"  {'signal':<24}{'conf/dism':>10}{'factor':>8}{'bounds':>14}"
          f"{'level before -> after (budget)':>34}{'accounts (right)':>22}\n")
        for kind in SignalKind:
            lv = LEVELS[kind]
            f = o.learned.factors.get(kind, 1.0)
            lo, hi = rule.bounds(kind)
            c, d = o.learned.confirmed.get(kind, 0), o.learned.dismissed.get(kind, 0)
            levels = f"{lv.at(1.0):.4g} -> {lv.at(f):.4g} ({lv.most_eager:.4g})"
            counts = (f"{o.with_signal(o.before, kind)} ({o.rightly(boxes, o.before, kind)}) -> "
                      f"{o.with_signal(o.after, kind)} ({o.rightly(boxes, o.after, kind)})")
            w(f"  {kind.value:<24}{f'{c}/{d}':>10}{f:>8.4g}{f'[{lo:.4g}, {hi:.4g}]':>14}"
              f"{levels:>34}{counts:>22}\n")
        w(f"  flagged accounts (watch or at risk): {o.flagged(o.before)} -> "
          f"{o.flagged(o.after)}; healthy accounts flagged: "
          f"{healthy_flagged(boxes, o.before)} -> {healthy_flagged(boxes, o.after)}; "
          f"factor moves: {o.learned.moves}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
