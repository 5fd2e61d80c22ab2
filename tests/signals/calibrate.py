"""How each detector's level was chosen from the false-alarm budget (run by hand; its output
set the defaults and the `most_eager` bounds of `signals.policy.LEVELS`).

For every detector, sweep its level (x0.25 .. x4 of the default) with the others at their
defaults, and count on healthy accounts the false flags of that detector, and on accounts
with that signal its recall. Both populations are built with the *tuning* half of the
wording and seeds `make eval` never uses, and are read through the real text layer (each
mail's own text; quote stripping is measured elsewhere). The budget
(`make eval`): at most 1 `watch` and no `at_risk` on 500 healthy accounts; the defaults keep
each detector's false flags near zero on the healthy population here, and `most_eager` is the
loosest level of the sweep that still kept the whole budget.

Usage: python -m tests.signals.calibrate [--healthy 1000] [--risky 300]
"""

from __future__ import annotations

import argparse
import pickle
import random
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from tests.signals.evaluate import POLICY
from tests.signals.scenarios import (
    ALL_KINDS,
    Mailbox,
    build_mailbox,
    healthy_specs,
    new_random_specs,
)
from unspoken.signals import policy as P
from unspoken.signals.assess import assess
from unspoken.signals.model import Meeting, MessageFeatures, Risk, SignalKind

FACTORS = (0.25, 0.5, 1.0, 2.0, 4.0)
Read = tuple[Mailbox, list[MessageFeatures], list[Meeting]]


def _read(mb: Mailbox) -> Read:
    return mb, mb.features(text_layer=True), mb.meetings()


def population(specs_of, n: int, seed: int, per: int) -> list[Read]:
    rng = random.Random(seed)
    specs = specs_of(rng, n)
    out = []
    for i in range(0, len(specs), per):
        year_end = (i // per) % 2 == 1
        mb = build_mailbox(specs[i:i + per], seed=seed * 1000 + i, split="tune", regime="new",
                           year_end=year_end)
        out.append(_read(mb))
    return out


def _run(reads: list[Read], wrong: Counter | None = None
         ) -> tuple[Counter, Counter, Counter, Counter]:
    """Flags per kind on healthy accounts, (tp, positives) per kind, and levels of healthy
    (`wrong`, when given, counts per kind the flags on any account without that signal)."""
    false_flags: Counter = Counter()
    found: Counter = Counter()
    wanted: Counter = Counter()
    healthy_levels: Counter = Counter()
    for mb, feats, meets in reads:
        report = assess(feats, meets, me=mb.me, as_of=mb.as_of, policy=POLICY)
        got = {a.account: a for a in report.accounts}
        for acc, truth in mb.truth.items():
            a = got.get(acc)
            if a is None or truth.expected is Risk.INSUFFICIENT_DATA:
                continue
            kinds = {s.kind for s in a.signals}
            if truth.expected is Risk.HEALTHY:
                healthy_levels[a.risk] += 1
            for k in ALL_KINDS:
                if k in truth.signals:
                    wanted[k] += 1
                    found[k] += k in kinds
                elif k in kinds:
                    if wrong is not None:
                        wrong[k] += 1
                    if truth.expected is Risk.HEALTHY:
                        false_flags[k] += 1
    return false_flags, found, wanted, healthy_levels


def _with(lv: P.Level, factor: float) -> P.Level:
    if lv.test:
        return replace(lv, default=lv.default * factor, quietest=0.0, most_eager=1.0)
    return replace(lv, default=lv.default / factor, quietest=1e9, most_eager=0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--healthy", type=int, default=1000)
    ap.add_argument("--risky", type=int, default=300)
    ap.add_argument("--only", default="", help="comma-separated signal kinds to sweep")
    ap.add_argument("--cache", default="", help="pickle the read populations here (reruns)")
    ap.add_argument("--corroborated", default="",
                    help="comma-separated corroborated levels to sweep for the tests instead")
    ap.add_argument("--factors", default=",".join(f"{f:g}" for f in FACTORS),
                    help="comma-separated multiples of each default level to sweep")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        healthy, risky = pickle.loads(cache.read_bytes())
    else:
        healthy = population(healthy_specs, args.healthy, 7301, 25)
        risky = population(new_random_specs, args.risky, 7401, 12)
        if cache is not None:
            cache.write_bytes(pickle.dumps((healthy, risky)))
    print(f"read {args.healthy} healthy and {args.risky} mixed accounts "
          f"({time.monotonic() - t0:.0f} s)")
    saved = dict(P.LEVELS)
    false_flags, found, wanted, levels = _run(healthy)
    print("at the defaults: false flags " + ", ".join(
        f"{k.value} {false_flags[k]}" for k in ALL_KINDS) + f"; healthy accounts flagged "
        f"{levels[Risk.WATCH]} watch / {levels[Risk.AT_RISK]} at_risk")
    print(f"{'signal':<24}{'factor':>7}{'level':>9}   false flags on healthy   "
          f"budget (watch/at_risk)   recall")
    if args.corroborated:
        return _sweep_corroborated(healthy, risky, args, t0)
    try:
        only = {k.strip() for k in args.only.split(",") if k.strip()}
        factors = [float(x) for x in args.factors.split(",") if x.strip()]
        for kind in ALL_KINDS:
            if only and kind.value not in only:
                continue
            for factor in factors:
                P.LEVELS[kind] = _with(saved[kind], factor)
                false_flags, _, _, levels = _run(healthy)
                _, found, wanted, _ = _run(risky)
                print(f"{kind.value:<24}{factor:>7g}{P.LEVELS[kind].at():>9.4g}   "
                      f"{false_flags[kind]:>21}   {levels[Risk.WATCH]:>10}/"
                      f"{levels[Risk.AT_RISK]:<12}   "
                      f"{found[kind] / max(wanted[kind], 1):.3f}")
            P.LEVELS[kind] = saved[kind]
    finally:
        P.LEVELS.clear()
        P.LEVELS.update(saved)
    print(f"({time.monotonic() - t0:.0f} s)")
    return 0


TESTS = (SignalKind.POLITE_PROCRASTINATION, SignalKind.SMALL_TALK_LOSS,
         SignalKind.FEATURE_SILENCE)


def _sweep_corroborated(healthy: list[Read], risky: list[Read], args, t0: float) -> int:
    """The level each test gets once another signal of the account has passed its own
    (policy.Level.corroborated), swept with the other tests' corroborated levels at 0: on
    healthy accounts the budget, on the mixed accounts the wrong flags of that kind (a second
    signal the account does not have: watch read as at risk) and its recall."""
    saved = dict(P.LEVELS)
    values = [float(x) for x in args.corroborated.split(",") if x.strip()]
    only = {k.strip() for k in args.only.split(",") if k.strip()}
    print(f"{'signal':<24}{'corroborated':>13}   budget (watch/at_risk)   wrong flags on "
          f"mixed   recall")
    try:
        for kind in TESTS:
            if only and kind.value not in only:
                continue
            for value in values:
                for k in TESTS:
                    P.LEVELS[k] = replace(saved[k], corroborated=value if k is kind else 0.0)
                _, _, _, levels = _run(healthy)
                wrong: Counter = Counter()
                _, found, wanted, _ = _run(risky, wrong)
                print(f"{kind.value:<24}{value:>13g}   {levels[Risk.WATCH]:>10}/"
                      f"{levels[Risk.AT_RISK]:<12}   {wrong[kind]:>19}   "
                      f"{found[kind] / max(wanted[kind], 1):.3f}")
    finally:
        P.LEVELS.clear()
        P.LEVELS.update(saved)
    print(f"({time.monotonic() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
