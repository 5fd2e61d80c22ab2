"""Leave one writer out at account level: the learned stage's feature asks and offers, trained
without the writer of the world measured, through the whole pipeline (a developer tool; issue
10's twelfth round).

For each world (a dev world, or `budget`, whose mail is the team's wording), the stage's kinds
(`--kinds`) are trained on every tunable writer but that world's (splits.TUNABLE; thresholds
chosen leaving one of the others out, as train_learned does), the shipped deferral table kept
as it is; the weights are swapped in (in-process, so `--jobs 1` only) and the world is
evaluated as `tests.signals.evaluate` does. `--ungated` counts the stage's asks and offers as
the rules' (markers.GATE_LEARNED = False: the eleventh round's reading); by default they are
gated at account level (markers.LEARNED_ASK, LEARNED_OFFER). Compare with evaluate on main.

    .venv/bin/python -m tests.signals.lowo_accounts --worlds dev9,budget [--ungated] [-v]
    .venv/bin/python -m tests.signals.lowo_accounts --worlds dev3,dev4 --in-sample

The blind wordings (splits.BLIND) are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.signals import evaluate as ev
from tests.signals.lowo_markers import (
    BACKGROUND,
    KINDS,
    collect,
    enron_sentences,
    featurise,
    lowo_threshold,
    trainer,
)
from tests.signals.splits import TUNABLE, refuse_blind
from tests.signals.train_learned import BUDGET, DRAWS
from unspoken.signals import learned
from unspoken.signals import markers as mk


def writer_of(world: ev.World) -> str:
    """The tunable writer whose phrases a world's mail is written in."""
    return world.wording.rsplit(".", 1)[-1] if world.wording else "wording"


def fold_weights(kinds: list[str], held: str, data: dict[str, Any], bgs: list) -> dict[str, Any]:
    """The shipped weights with `kinds` retrained without `held`."""
    shipped = json.loads(learned.WEIGHTS.read_text(encoding="utf-8"))
    fit_bg = [learned.features(s) for half, s in bgs if half]
    check_bg = [learned.features(s) for half, s in bgs if not half]
    train = [w for w in TUNABLE if w != held]
    for kind in kinds:
        model = trainer(data, kind, "word", fit_bg)
        thr = lowo_threshold(data, train, kind, "word", model, BUDGET, check_bg)
        b, w = model(train)
        shipped["kinds"][kind] = {"direction": KINDS[kind].value, "b": b, "t": thr, "w": w}
    return shipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worlds", default="dev7,dev8,dev9,dev10,budget")
    ap.add_argument("--kinds", default="feature_ask,expansion_proposal")
    ap.add_argument("--ungated", action="store_true")
    ap.add_argument("--in-sample", action="store_true",
                    help="train on every tunable writer (the world's too): what shipping would do")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    kinds = [k for k in a.kinds.split(",") if k]
    for name in a.worlds.split(","):
        refuse_blind(name)
    data = {w: collect(w, DRAWS, rules=False) for w in TUNABLE}
    featurise(data, "word")
    bgs = enron_sentences(BACKGROUND)
    mk.GATE_LEARNED = not a.ungated
    shipped_path = learned.WEIGHTS
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.worlds.split(","):
            world = ev.WORLDS[name]
            held = "" if a.in_sample else writer_of(world)
            path = Path(tmp) / f"{name}.json"
            path.write_text(json.dumps(fold_weights(kinds, held, data, bgs)), encoding="utf-8")
            learned.WEIGHTS = path
            learned._model.cache_clear()
            try:
                res = ev.evaluate_world(world, split="eval", direct=False, jobs=1)
            finally:
                learned.WEIGHTS = shipped_path
                learned._model.cache_clear()
            if res is None:
                continue
            print(f"== {world.title}: {', '.join(kinds)} trained without {held or 'nobody'} "
                  f"({'ungated' if a.ungated else 'gated'}; {res.seconds:.0f} s)")
            ev.print_results(res, verbose=a.verbose)
            if name == "budget":
                ok = ev.print_budget(res) and ok
            sys.stdout.flush()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
