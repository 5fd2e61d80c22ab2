"""Train the learned second stage of the marker grammar (server/unspoken/signals/learned.py)
on the tunable writers it ships with (TRAINED_ON: the first six of splits.TUNABLE) and write
its weights (deterministic: same pools, same file).

    .venv/bin/python -m tests.signals.train_learned [--check]
    .venv/bin/python -m tests.signals.train_learned --all [--without wording_dev9] --out W.json

Per shipped kind: a Bernoulli naive Bayes over word unigrams and bigrams of each labelled
phrase (slot values masked) of all the writers plus the sentences.tsv train split, with half
of the Enron skilling-j mailbox's sentences as negatives (real prose); its threshold is chosen
leaving one writer out (train on the others, score the one left out, pool them) at `BUDGET` false
positives of the model alone on the pools and BG_BUDGET on the other half of skilling-j.
Which kinds ship, and why, is measured by tests/signals/lowo_markers.py. `--check` fails when
the committed weights differ from a fresh training. The blind wordings are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tests.signals.lowo_markers import (
    BACKGROUND,
    BG_BUDGET,
    KINDS,
    collect,
    enron_sentences,
    featurise,
    lowo_threshold,
    trainer,
)
from tests.signals.splits import TUNABLE
from unspoken.signals import learned

SHIPPED: tuple[str, ...] = ("deferral",)
# The writers the shipped weights are trained on: the first six tunable ones (the team's, fresh
# #1, dev #3-#6). Trained on all nine, the stage read dev #9's worlds no better with dev #9 left
# out (polite procrastination 1.000 -> 0.958; README, eleventh round), so it stays as shipped;
# lowo_markers measures on all of splits.TUNABLE.
TRAINED_ON: tuple[str, ...] = TUNABLE[:6]
BUDGET = 0.005
DRAWS = 2


def fit(kinds: tuple[str, ...] = SHIPPED, writers: tuple[str, ...] = TRAINED_ON) -> dict[str, Any]:
    data = {w: collect(w, DRAWS, rules=False) for w in writers}
    featurise(data, "word")
    bgs = enron_sentences(BACKGROUND)
    if not bgs:
        raise SystemExit(f"no Enron mailbox {BACKGROUND}: the background negatives are missing")
    fit_bg = [learned.features(s) for half, s in bgs if half]
    check_bg = [learned.features(s) for half, s in bgs if not half]
    out: dict[str, Any] = {}
    for kind in kinds:
        model = trainer(data, kind, "word", fit_bg)
        thr = lowo_threshold(data, list(writers), kind, "word", model, BUDGET, check_bg)
        b, w = model(writers)
        out[kind] = {"direction": KINDS[kind].value, "b": b, "t": thr, "w": w}
    return {"trained_on": [*writers, f"enron/{BACKGROUND} (negatives)"], "budget": BUDGET,
            "background_budget": BG_BUDGET, "kinds": out}


def dump(model: dict[str, Any]) -> str:
    return json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed weights")
    ap.add_argument("--without", default="", help="leave this writer out (to measure worlds "
                    "of a writer the model never saw); writes to --out")
    ap.add_argument("--all", action="store_true", help="train on every tunable writer "
                    "(splits.TUNABLE) instead of TRAINED_ON; with --out, to measure")
    ap.add_argument("--out", default="", help="weights path (default: the shipped file)")
    a = ap.parse_args(argv)
    text = dump(fit(writers=tuple(w for w in (TUNABLE if a.all else TRAINED_ON)
                                  if w != a.without)))
    if a.out:
        Path(a.out).write_text(text, encoding="utf-8")
        print(f"wrote {a.out}")
        return 0
    if a.check:
        same = learned.WEIGHTS.is_file() and learned.WEIGHTS.read_text(encoding="utf-8") == text
        print("weights reproduce" if same else "weights differ from a fresh training")
        return 0 if same else 1
    learned.WEIGHTS.parent.mkdir(exist_ok=True)
    learned.WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {learned.WEIGHTS} ({learned.WEIGHTS.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
