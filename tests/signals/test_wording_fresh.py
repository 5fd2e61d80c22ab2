"""The fresh evaluation wording is well-formed: known slots, no empty pool, truly new phrases."""

from __future__ import annotations

import random
import string

import pytest

from tests.signals import wording as old
from tests.signals import wording_fresh as fresh

_OLD_POOLS = {k: v for k, v in vars(old).items() if k.isupper() and isinstance(v, list)}


def _slots(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name is not None}


class TestFreshWording:
    def test_has_every_pool_of_the_tuned_module(self) -> None:
        assert set(_OLD_POOLS) <= set(fresh.POOLS)

    @pytest.mark.parametrize("name", sorted(fresh.POOLS))
    def test_pool_is_labelled_non_empty_and_uses_known_slots(self, name: str) -> None:
        items = fresh.POOLS[name]
        assert items.label and items.__doc__ == items.label
        assert items, name
        assert len(set(items)) == len(items), f"{name} repeats a phrase"
        for phrase in items:
            assert _slots(phrase) <= fresh.SLOTS, (name, phrase)

    @pytest.mark.parametrize("name", sorted(_OLD_POOLS))
    def test_twice_as_many_phrases_none_copied(self, name: str) -> None:
        new, before = fresh.POOLS[name], _OLD_POOLS[name]
        assert len(new) >= 2 * len(before), name
        if name not in {"MONTHS", "DAYS"}:  # calendar words are shared by nature
            seen = {p.strip().lower() for p in before if p.strip()}
            assert not seen & {p.strip().lower() for p in new}, name

    def test_pick_fills_every_slot_and_ignores_the_split(self) -> None:
        rng = random.Random(7)
        for name, items in fresh.POOLS.items():
            for split in ("tune", "eval", "all"):
                assert fresh.pool(items, split) == list(items)
            for _ in range(3 * len(items)):
                text = fresh.pick(rng, items, "tune", exec="Dana", junior="Chris",
                                  company="Acme Freight", date="November 9")
                assert "{" not in text and "}" not in text, (name, text)
