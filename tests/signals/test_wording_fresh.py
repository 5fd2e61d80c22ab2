"""The fresh evaluation wordings are well-formed: known slots, no empty pool, truly new phrases.

Each fresh split must be new against every wording written before it (the team's and the
earlier fresh splits, which are spent once rules are tuned on their misses), so a later split
measures mail the detectors have not seen."""

from __future__ import annotations

import random
import re
import string
from types import ModuleType

import pytest

from tests.signals import wording as old
from tests.signals import wording_dev3 as dev3_module
from tests.signals import wording_dev4 as dev4_module
from tests.signals import wording_dev5 as dev5_module
from tests.signals import wording_dev6 as dev6_module
from tests.signals import wording_dev7 as dev7_module
from tests.signals import wording_dev8 as dev8_module
from tests.signals import wording_dev9 as dev9_module
from tests.signals import wording_dev10 as dev10_module
from tests.signals import wording_dev11 as dev11_module
from tests.signals import wording_dev12 as dev12_module
from tests.signals import wording_dev13 as dev13_module
from tests.signals import wording_dev14 as dev14_module
from tests.signals import wording_fresh as fresh
from tests.signals import wording_fresh2 as fresh2
from tests.signals import wording_fresh3 as fresh3

_CALENDAR = {"MONTHS", "DAYS"}  # calendar words are shared by nature
_RAW = {"EMOJI", "SIGNOFF_WARM", "SIGNOFF_PLAIN", "TOPICS", "FEATURES", "CITIES", "MONTHS",
        "DAYS"}  # drawn with rng.choice, never formatted: they must not carry slots


def _pools(module: ModuleType) -> dict[str, list[str]]:
    return {k: v for k, v in vars(module).items() if k.isupper() and isinstance(v, list)}


# module -> (the wordings it must not copy from, the one whose pool sizes it must reach, factor)
_SPLITS: dict[str, tuple[ModuleType, tuple[ModuleType, ...], ModuleType, int]] = {
    "fresh": (fresh, (old,), old, 2),
    "fresh2": (fresh2, (old, fresh), fresh, 1),
    "dev3": (dev3_module, (old, fresh, fresh2), fresh2, 2),
    "fresh3": (fresh3, (old, fresh, fresh2), fresh2, 1),
    "dev4": (dev4_module, (old, fresh, fresh2, dev3_module, fresh3), dev3_module, 1),
    "dev5": (dev5_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module), dev4_module,
             1),
    "dev6": (dev6_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module),
             dev5_module, 1),
    "dev7": (dev7_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                           dev6_module), dev6_module, 1),
    "dev8": (dev8_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                           dev6_module, dev7_module), dev7_module, 1),
    "dev9": (dev9_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                           dev6_module, dev7_module, dev8_module), dev8_module, 1),
    "dev10": (dev10_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                             dev6_module, dev7_module, dev8_module, dev9_module), dev9_module, 1),
    "dev11": (dev11_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                             dev6_module, dev7_module, dev8_module, dev9_module, dev10_module),
              dev10_module, 1),
    "dev12": (dev12_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                             dev6_module, dev7_module, dev8_module, dev9_module, dev10_module,
                             dev11_module), dev11_module, 1),
    "dev13": (dev13_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                             dev6_module, dev7_module, dev8_module, dev9_module, dev10_module,
                             dev11_module, dev12_module), dev12_module, 1),
    "dev14": (dev14_module, (old, fresh, fresh2, dev3_module, fresh3, dev4_module, dev5_module,
                             dev6_module, dev7_module, dev8_module, dev9_module, dev10_module,
                             dev11_module, dev12_module, dev13_module), dev13_module, 1),
}
_CASES = [(split, name) for split, (mod, _, _, _) in _SPLITS.items()
          for name in sorted(mod.POOLS)]
_SIZED = [(split, name) for split, (_, _, ref, _) in _SPLITS.items()
          for name in sorted(_pools(ref))]


def _slots(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name is not None}


def _norm(phrase: str) -> str:
    """Case, punctuation and spacing do not make a phrase new (emoji alone compare exactly)."""
    words = re.sub(r"[^a-z0-9{}]+", " ", phrase.lower()).strip()
    return words or phrase.strip()


class TestFreshWording:
    @pytest.mark.parametrize("split", sorted(_SPLITS))
    def test_has_every_pool_of_the_wordings_before(self, split: str) -> None:
        mod, before, ref, _ = _SPLITS[split]
        for earlier in before:
            assert set(_pools(earlier)) <= set(mod.POOLS), (split, earlier.__name__)

    @pytest.mark.parametrize(("split", "name"), _CASES)
    def test_pool_is_labelled_non_empty_and_uses_known_slots(self, split: str,
                                                             name: str) -> None:
        mod = _SPLITS[split][0]
        items = mod.POOLS[name]
        assert items.label and items.__doc__ == items.label
        assert items, name
        assert len(set(items)) == len(items), f"{name} repeats a phrase"
        for phrase in items:
            assert _slots(phrase) <= mod.SLOTS, (name, phrase)
            if name in _RAW:
                assert not _slots(phrase), (name, phrase)

    @pytest.mark.parametrize(("split", "name"), _SIZED)
    def test_enough_phrases_none_copied(self, split: str, name: str) -> None:
        mod, before, ref, factor = _SPLITS[split]
        new = mod.POOLS[name]
        assert len(new) >= factor * len(_pools(ref)[name]), name
        if name in _CALENDAR:
            return
        mine = {p.strip().lower() for p in new}
        for earlier in before:
            seen = {p.strip().lower() for p in _pools(earlier).get(name, []) if p.strip()}
            assert not seen & mine, (name, earlier.__name__, sorted(seen & mine))
        if split != "fresh":  # the first fresh split predates this stricter comparison
            seen = {_norm(p) for earlier in before for p in _pools(earlier).get(name, [])
                    if p.strip()}
            assert not seen & {_norm(p) for p in new if p.strip()}, name

    @pytest.mark.parametrize(("earlier", "later"), [(fresh, fresh2), (fresh2, fresh3)])
    def test_a_later_split_keeps_the_ground_truth_labels(self, earlier: ModuleType,
                                                         later: ModuleType) -> None:
        """Same pool, same meaning: the scenario builder records the same marker for both."""
        for name, items in earlier.POOLS.items():
            assert later.POOLS[name].label == items.label, (later.__name__, name)

    @pytest.mark.parametrize("dev", [dev3_module, dev4_module, dev5_module, dev6_module,
                                     dev7_module, dev8_module, dev9_module, dev10_module,
                                     dev11_module, dev12_module, dev13_module,
                                     dev14_module])
    def test_the_dev_split_keeps_the_ground_truth_labels(self, dev: ModuleType) -> None:
        """A development split labels every pool exactly as the second split does."""
        assert set(dev.POOLS) == set(fresh2.POOLS)
        for name, items in fresh2.POOLS.items():
            assert dev.POOLS[name].label == items.label, (dev.__name__, name)

    @pytest.mark.parametrize("split", sorted(_SPLITS))
    def test_pick_fills_every_slot_and_ignores_the_split(self, split: str) -> None:
        mod = _SPLITS[split][0]
        rng = random.Random(7)
        for name, items in mod.POOLS.items():
            for s in ("tune", "eval", "all"):
                assert mod.pool(items, s) == list(items)
            for _ in range(3 * len(items)):
                text = mod.pick(rng, items, "tune", exec="Dana", junior="Chris",
                                company="Acme Freight", date="November 9")
                assert "{" not in text and "}" not in text, (name, text)
            for phrase in items:  # with the module's own defaults too
                text = mod.pick(random.Random(phrase), [phrase], "eval")
                assert "{" not in text and "}" not in text, (name, text)
