"""`make eval`: precision, recall and F1 of the engine on a large generated population.

Held out from tuning: a seed the tests never use and the other half of every wording pool
(`split="eval"`). By default the exports go through the real pipeline (mbox + ics written to a
temporary folder, read by the importers, text layer, features, assess); `--direct` skips the
importers and text layer and feeds records built from the wording's labels, isolating the
detectors. Usage: python -m tests.signals.evaluate [--accounts 200] [--seed 9001] [--direct]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.signals.scenarios import (
    ALL_KINDS,
    OWN_DOMAIN,
    AccountTruth,
    Mailbox,
    build_mailbox,
    random_specs,
)
from unspoken.signals.assess import assess
from unspoken.signals.model import Report, Risk, SignalKind
from unspoken.signals.policy import Policy

POLICY = Policy(internal_domains=frozenset({"northwind.eu"}))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, truth: bool, predicted: bool) -> None:
        if truth and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif truth:
            self.fn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Results:
    at_risk: Tally = field(default_factory=Tally)
    signals: dict[SignalKind, Tally] = field(default_factory=lambda: {k: Tally() for k in
                                                                      ALL_KINDS})
    levels: Counter = field(default_factory=Counter)  # (expected, got)
    healthy: int = 0
    false_alarms: list[str] = field(default_factory=list)  # healthy accounts flagged
    leaked: list[str] = field(default_factory=list)  # non-accounts that became accounts
    missing: list[str] = field(default_factory=list)
    mistakes: list[str] = field(default_factory=list)


def score(mailbox: Mailbox, report: Report, results: Results) -> None:
    got = {a.account: a for a in report.accounts}
    for acc in got:
        if acc.endswith(OWN_DOMAIN) or any(acc.endswith(d) for d in mailbox.non_accounts):
            results.leaked.append(acc)
    for acc, truth in mailbox.truth.items():
        a = got.get(acc)
        if a is None:
            results.missing.append(acc)
            continue
        _score_one(truth, a.risk, {s.kind for s in a.signals}, results)


def _score_one(truth: AccountTruth, risk: Risk, kinds: set[SignalKind], results: Results) -> None:
    results.levels[(truth.expected.value, risk.value)] += 1
    if truth.expected is Risk.INSUFFICIENT_DATA:
        return
    results.at_risk.add(truth.expected is Risk.AT_RISK, risk is Risk.AT_RISK)
    for k in ALL_KINDS:
        results.signals[k].add(k in truth.signals, k in kinds)
    if truth.expected is Risk.HEALTHY:
        results.healthy += 1
        if risk in (Risk.WATCH, Risk.AT_RISK):
            results.false_alarms.append(f"{truth.account} ({truth.label}): "
                                        f"{', '.join(sorted(k.value for k in kinds))}")
    if risk is not truth.expected or kinds != set(truth.signals):
        results.mistakes.append(
            f"{truth.account} [{truth.label}] want {truth.expected.value} "
            f"{sorted(k.value for k in truth.signals)} got {risk.value} "
            f"{sorted(k.value for k in kinds)}")


def run_mailbox(mailbox: Mailbox, *, direct: bool, workdir: Path) -> Report:
    if direct:
        return assess(mailbox.features(), mailbox.meetings(), me=mailbox.me,
                      as_of=mailbox.as_of, policy=POLICY)
    from unspoken.scan import ScanInputs, run_scan

    mbox, ics = mailbox.write(workdir)
    inputs = ScanInputs(me=mailbox.me, mbox=(mbox,), ics=(ics,))
    return run_scan(inputs, as_of=mailbox.as_of, policy=POLICY).report


def evaluate(*, accounts: int, seed: int, split: str, direct: bool,
             per_mailbox: int = 20) -> Results:
    rng = random.Random(seed)
    results = Results()
    specs = random_specs(rng, accounts)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(0, len(specs), per_mailbox):
            chunk = specs[i:i + per_mailbox]
            lull = (i // per_mailbox) % 3 == 2  # every third mailbox has a holiday lull
            mb = build_mailbox(chunk, seed=seed * 1000 + i, split=split, lull=lull)
            report = run_mailbox(mb, direct=direct, workdir=Path(tmp) / f"m{i}")
            score(mb, report, results)
    return results


def _pct(x: float) -> str:
    return f"{x:6.3f}"


def print_results(r: Results, *, verbose: bool = False, out=sys.stdout) -> None:
    def row(name: str, t: Tally) -> None:
        print(f"  {name:<24}{_pct(t.precision)}{_pct(t.recall)}{_pct(t.f1)}"
              f"   tp={t.tp} fp={t.fp} fn={t.fn}", file=out)

    print(f"  {'':<24}{'prec':>6}{'recall':>7}{'F1':>5}", file=out)
    row("at_risk level", r.at_risk)
    for k, t in r.signals.items():
        row(k.value, t)
    print(f"  false alarms on healthy accounts: {len(r.false_alarms)} of {r.healthy}", file=out)
    for line in r.false_alarms:
        print(f"    {line}", file=out)
    ins = r.levels[("insufficient_data", "insufficient_data")]
    ins_all = sum(n for (e, _), n in r.levels.items() if e == "insufficient_data")
    print(f"  short relationships marked insufficient_data: {ins} of {ins_all}", file=out)
    print(f"  non-accounts leaked (colleagues, newsletters): {len(r.leaked)}", file=out)
    if r.missing:
        print(f"  accounts missing from the report: {len(r.missing)}", file=out)
    if verbose:
        for line in r.mistakes:
            print(f"    {line}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=200)
    ap.add_argument("--seed", type=int, default=9001)
    ap.add_argument("--split", default="eval", choices=["eval", "tune", "all"])
    ap.add_argument("--direct", action="store_true",
                    help="skip importers and text layer: records built from labels")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    mode = "labelled records (detectors only)" if args.direct else "real exports (mbox + ics)"
    print(f"Unspoken eval: {args.accounts} accounts, seed {args.seed}, wording split "
          f"'{args.split}', {mode}")
    r = evaluate(accounts=args.accounts, seed=args.seed, split=args.split, direct=args.direct)
    print_results(r, verbose=args.verbose)
    print(f"  ({time.monotonic() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
