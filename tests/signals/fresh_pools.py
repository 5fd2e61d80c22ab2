"""What every fresh (held-out) wording module shares: the labelled `Pool`, the slots, and the
`pick` that fills them. Each module brings only its phrases and its own slot defaults, so two
writers' splits differ in wording alone, never in how a phrase is drawn."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Any

SLOTS = frozenset({"me", "topic", "month", "day", "feature", "junior", "exec", "company", "date",
                   "city", "n"})


class Pool(list[str]):
    """A list of phrases with its ground-truth label (also its `__doc__`)."""

    def __init__(self, label: str, phrases: list[str]) -> None:
        super().__init__(phrases)
        self.label = label
        self.__doc__ = label


def pools_of(namespace: Mapping[str, Any]) -> dict[str, Pool]:
    """A module's pools by name (call with `globals()` after the last pool)."""
    return {k: v for k, v in namespace.items() if isinstance(v, Pool)}


def pool(items: list[str], split: str) -> list[str]:
    """Every phrase, whatever the split: a fresh module is held out whole for evaluation."""
    return list(items)


def picker(pools: Mapping[str, Pool], *, counts: list[int],
           date: str) -> Callable[..., str]:
    """The module's `pick(rng, items, split, **slots)` (the call shape of `wording.pick`): one
    phrase with its slots filled from the module's own slot pools, `counts` and `date`."""

    def pick(rng: random.Random, items: list[str], split: str, **slots: str) -> str:
        text = rng.choice(pool(items, split))
        defaults = {"me": "Sam", "topic": rng.choice(pools["TOPICS"]),
                    "month": rng.choice(pools["MONTHS"]), "day": rng.choice(pools["DAYS"]),
                    "feature": rng.choice(pools["FEATURES"]),
                    "city": rng.choice(pools["CITIES"]), "n": str(rng.choice(counts)),
                    "junior": "my colleague", "exec": "our director", "company": "the company",
                    "date": date}
        defaults.update(slots)
        return text.format(**defaults)

    return pick
