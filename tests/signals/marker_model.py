"""The second-stage experiment for the marker grammar: per-kind naive Bayes over n-grams.

Not shipped: on the held-out split it adds recall (macro F1 0.90 -> 0.93), but on real Enron
mail its extra hits are almost all false alarms (3-30x the rules' firing rate), so the engine
runs the rules alone (see eval_markers / enron_markers). Kept to re-run the comparison.
The weights (data/marker_nb.json, from train_markers.py on the TRAIN split) are log-odds
tables; the model can only *add* a kind the rules missed when it is confident (`threshold`,
chosen by cross-validated precision of the model alone).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from unspoken.signals.model import Direction

WEIGHTS = Path(__file__).parent / "data" / "marker_nb.json"
_TOKEN = re.compile(r"[a-z\u00e0-\u00ff]+(?:'[a-z]+)?|\d+|[?!$]")
_MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
)


def tokens(text: str) -> list[str]:
    """Word unigrams and bigrams, numbers and months generalised."""
    words = []
    for tok in _TOKEN.findall(text.lower().replace("\u2019", "'")):
        if tok.isdigit():
            tok = "<num>"
        elif tok in _MONTHS:
            tok = "<month>"
        words.append(tok)
    grams = list(words)
    grams.extend(f"{a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True))
    return grams


@lru_cache(maxsize=1)
def _load() -> dict | None:
    try:
        return json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def available() -> bool:
    return _load() is not None


def scores(text: str) -> dict[str, float]:
    """Probability per kind that the sentence carries it (empty when no model)."""
    model = _load()
    if model is None:
        return {}
    grams = tokens(text)
    out = {}
    for kind, table in model["kinds"].items():
        weights = table["w"]
        z = table["b"] + sum(weights.get(g, 0.0) for g in grams)
        out[kind] = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
    return out


def combine(text: str, rule_kinds: set[str], *, direction: Direction) -> set[str]:
    """Rule kinds plus any kind the model is confident about and the rules missed."""
    model = _load()
    if model is None:
        return set(rule_kinds)
    out = set(rule_kinds)
    threshold = model["threshold"]
    for kind, p in scores(text).items():
        if model["kinds"][kind]["direction"] != direction.value:
            continue
        if p >= threshold and kind not in out:
            out.add(kind)
    return out
