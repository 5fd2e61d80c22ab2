"""Train the optional marker classifier on the TRAIN split and write its weights.

    .venv/bin/python -m tests.signals.train_markers

Per kind, a binary multinomial naive Bayes over unigrams + bigrams (sentences of that kind's
direction only). The threshold for letting the model add a kind is picked by 5-fold
cross-validation inside the train split; the held-out split is never read here.
"""

from __future__ import annotations

import json
import math
from collections import Counter

from tests.signals import marker_model
from tests.signals.marker_data import EVAL_KINDS, Row, split

ALPHA = 0.5
MIN_COUNT = 2


def fit(rows: list[Row]) -> dict:
    kinds = {}
    for kind, direction in EVAL_KINDS.items():
        pos, neg = Counter(), Counter()
        npos = nneg = 0
        for row in rows:
            if row.direction is not direction:
                continue
            grams = marker_model.tokens(row.text)
            if kind in row.labels:
                pos.update(grams)
                npos += 1
            else:
                neg.update(grams)
                nneg += 1
        vocab = {g for g in pos | neg if pos[g] + neg[g] >= MIN_COUNT}
        tp = sum(pos[g] for g in vocab) + ALPHA * len(vocab)
        tn = sum(neg[g] for g in vocab) + ALPHA * len(vocab)
        w = {}
        for g in vocab:
            lr = math.log((pos[g] + ALPHA) / tp) - math.log((neg[g] + ALPHA) / tn)
            if abs(lr) >= 0.5:
                w[g] = round(lr, 3)
        kinds[kind] = {
            "direction": direction.value,
            "b": round(math.log((npos + 1) / (nneg + 1)), 3),
            "w": dict(sorted(w.items())),
        }
    return {"kinds": kinds}


def choose_threshold(train: list[Row], target_precision: float = 0.9) -> float:
    """Lowest threshold at which the model ALONE reaches `target_precision` (micro, over
    kinds) in 5-fold cross-validation on train. Judged on the model alone because the rules
    were tuned on all of train, so rules+model in-fold would always favour the rules."""
    folds = [[r for i, r in enumerate(train) if i % 5 == k] for k in range(5)]
    probs: list[tuple[Row, dict[str, float]]] = []
    for k in range(5):
        model = fit([r for j, f in enumerate(folds) if j != k for r in f])
        original = marker_model._load
        marker_model._load = lambda m=model: m  # type: ignore[assignment]
        try:
            probs.extend((r, marker_model.scores(r.text)) for r in folds[k])
        finally:
            marker_model._load = original
    chosen = 1.01
    for t in (0.999, 0.99, 0.95, 0.9, 0.8, 0.7, 0.5):
        tp = fp = fn = 0
        for row, p in probs:
            for kind, direction in EVAL_KINDS.items():
                if row.direction is not direction:
                    continue
                gold, got = kind in row.labels, p[kind] >= t
                tp += gold and got
                fp += got and not gold
                fn += gold and not got
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(f"  threshold {t:5}: model alone cv P {precision:.3f} R {recall:.3f}")
        if precision >= target_precision:
            chosen = t
    return chosen


def main() -> None:
    train, _ = split()
    threshold = choose_threshold(train)
    model = fit(train) | {"threshold": threshold}
    marker_model.WEIGHTS.write_text(json.dumps(model, separators=(",", ":"), ensure_ascii=False))
    size = marker_model.WEIGHTS.stat().st_size
    print(f"threshold {threshold}; wrote {marker_model.WEIGHTS} ({size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
