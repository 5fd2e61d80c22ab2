"""The hand-written labelled sentence set (tests/signals/data/sentences.tsv) and its split.

Each row: comma-separated labels ("none" for hard negatives), the direction of the message
the sentence would sit in, and the sentence. The held-out split is fixed by a hash of the
text (md5 % 10 < 3), so nobody picks which sentences are held out; tune on "train" only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from unspoken.signals.model import Direction

DATA = Path(__file__).parent / "data" / "sentences.tsv"
# Sentence kinds the set is labelled for, with the direction each is judged in.
EVAL_KINDS = {
    "deferral": Direction.RECEIVED,
    "vague_decline": Direction.RECEIVED,
    "concrete_decline": Direction.RECEIVED,
    "feature_ask": Direction.RECEIVED,
    "small_talk": Direction.RECEIVED,
    "expansion_proposal": Direction.SENT,
}
# A concrete decline usually also postpones ("let's revisit then"): not an error either way.
DONT_CARE = {"deferral": {"concrete_decline"}}


@dataclass(frozen=True, slots=True)
class Row:
    labels: frozenset[str]
    direction: Direction
    text: str

    @property
    def heldout(self) -> bool:
        return int(hashlib.md5(self.text.encode()).hexdigest(), 16) % 10 < 3


def load() -> list[Row]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, direction, text = line.split("\t", 2)
        rows.append(Row(frozenset(labels.split(",")) - {"none"}, Direction(direction), text))
    return rows


def split() -> tuple[list[Row], list[Row]]:
    rows = load()
    return [r for r in rows if not r.heldout], [r for r in rows if r.heldout]
