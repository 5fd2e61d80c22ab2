"""The learned second stage of the marker grammar: per kind, a calibrated linear score.

Why: the rule grammar is precise but each writer has phrasings it has no rule for. A linear
model over hashed word 1-2-grams and character 4-grams generalises across phrasings; it was
trained (tests/signals/train_marker_lr.py) on all labelled wording except the blind split,
with real Enron sentences as negatives, and each kind's threshold was chosen so that on
held-out Enron sentences it fires at most ~1.5x as often as the rules do there. The rules stay;
the model may only ADD a kind the rules missed in the same sentence. Shipped as weights only
(data/marker_lr.json, loaded once): scoring is a hash and a dict lookup per n-gram.
"""

from __future__ import annotations

import json
import re
import zlib
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).parent / "data" / "marker_lr.json"
BITS = 18
_MASK = (1 << BITS) - 1
_TOKEN = re.compile(r"[a-z\u00e0-\u00ff]+(?:'[a-z]+)?|\d+|[?!$]")
_MONTHS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
])
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_MAX_CHARS = 400  # long "sentences" are lists or pasted text: the rules read them, not this


def features(text: str) -> set[int]:
    """Distinct hashed feature indexes of one sentence (binary features: a run of "????" or a
    repeated word counts once, as in training)."""
    low = text[:_MAX_CHARS].lower().replace("\u2019", "'")
    words = []
    for tok in _TOKEN.findall(low):
        if tok.isdigit():
            tok = "<num>"
        elif tok in _MONTHS:
            tok = "<month>"
        elif tok in _DAYS:
            tok = "<day>"
        words.append(tok)
    grams = [f"w {w}" for w in words]
    grams.extend(f"b {a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True))
    for w in words:
        if len(w) > 3:
            padded = f" {w} "
            grams.extend(f"c {padded[i:i + 4]}" for i in range(len(padded) - 3))
    return {zlib.crc32(g.encode()) & _MASK for g in grams}


@lru_cache(maxsize=1)
def _load() -> dict[str, tuple[float, float, dict[int, float], str]] | None:
    """kind -> (bias, threshold, weights, direction); None when the file is absent or bad."""
    try:
        raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        return {
            kind: (float(k["b"]), float(k["threshold"]),
                   {int(i): float(w) for i, w in k["w"].items()}, str(k["direction"]))
            for kind, k in raw["kinds"].items()
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None


def available() -> bool:
    return _load() is not None


def margins(text: str, direction: str) -> dict[str, float]:
    """Per kind of this direction: score minus its threshold (>= 0 means the model fires)."""
    model = _load()
    if not model:
        return {}
    idx = features(text)
    out = {}
    for kind, (bias, threshold, weights, kdir) in model.items():
        if kdir != direction:
            continue
        get = weights.get
        out[kind] = bias + sum(get(i, 0.0) for i in idx) - threshold
    return out


def extra_kinds(text: str, direction: str, already: set[str]) -> set[str]:
    """Kinds the model fires for that the rules did not already find in this sentence."""
    return {k for k, m in margins(text, direction).items() if m >= 0.0 and k not in already}
