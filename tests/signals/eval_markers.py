"""Per-marker precision / recall / F1 of the sentence grammar (and the optional classifier).

    .venv/bin/python -m tests.signals.eval_markers            # held-out split
    .venv/bin/python -m tests.signals.eval_markers train -v   # train split, with errors

Only the train split may be looked at while tuning rules; the held-out split is for reporting.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from tests.signals.marker_data import DONT_CARE, EVAL_KINDS, Row, split
from unspoken.signals import markers

Predict = Callable[[Row], set[str]]


def rules(row: Row) -> set[str]:
    return markers.classify_sentence(row.text, direction=row.direction)


Scores = dict[str, tuple[float, float, float, int]]


def scores(rows: Iterable[Row], predict: Predict, verbose: bool = False) -> Scores:
    rows = list(rows)
    preds = [predict(r) for r in rows]
    out = {}
    for kind, direction in EVAL_KINDS.items():
        tp = fp = fn = 0
        for row, pred in zip(rows, preds, strict=True):
            if row.direction is not direction or DONT_CARE.get(kind, set()) & row.labels:
                continue
            gold, got = kind in row.labels, kind in pred
            tp += gold and got
            fp += got and not gold
            fn += gold and not got
            if verbose and gold != got:
                print(f"  {'FP' if got else 'FN'} {kind:18} {row.text}")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = (p, r, f, tp + fn)
    return out


def table(title: str, result: Scores) -> str:
    lines = [title, f"  {'marker':20} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}"]
    for kind, (p, r, f, n) in result.items():
        lines.append(f"  {kind:20} {p:5.2f} {r:5.2f} {f:5.2f} {n:4d}")
    macro = sum(v[2] for v in result.values()) / len(result)
    lines.append(f"  {'macro F1':20} {'':5} {'':5} {macro:5.2f}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    train, heldout = split()
    rows = train if "train" in argv else heldout
    name = "train" if "train" in argv else "held-out"
    print(table(f"rules alone ({name}, {len(rows)} sentences)", scores(rows, rules, "-v" in argv)))
    try:
        from tests.signals import marker_model
    except ImportError:
        return
    if marker_model.available():
        def combined(row: Row) -> set[str]:
            return marker_model.combine(row.text, rules(row), direction=row.direction)

        print(table(f"rules + classifier ({name})", scores(rows, combined, "-v" in argv)))


if __name__ == "__main__":
    main(sys.argv[1:])
