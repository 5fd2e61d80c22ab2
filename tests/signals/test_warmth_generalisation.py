"""The warmth generalisation report (tests/signals/warmth_generalisation.py) measures what it
says."""

from __future__ import annotations

import pytest

from tests.signals import warmth_generalisation as wg
from unspoken.signals import markers as mk


def test_a_wish_is_attributed_to_the_pleasantry_alternative_that_took_it() -> None:
    got, taken = wg.read("Hope the quarter is treating you well.\n\nBest,\nDana")
    assert mk.SMALL_TALK in got
    keys = taken[mk.SMALL_TALK]
    assert keys and all(k.startswith("_PLEASANTRY#") for k in keys)
    assert all("treat" in wg.piece_label(k) or "hope" in wg.piece_label(k) for k in keys)


def test_a_device_footer_is_no_warmth() -> None:
    got, _ = wg.read("Hi,\n\nThe export ran fine.\n\n- sent from phone, sorry for typos\nDana")
    assert wg.warm_weight(got) < 1.0 and mk.SMALL_TALK not in got


@pytest.mark.parametrize("name", ["wording_fresh2", "wording_fresh3"])
def test_blind_wordings_are_refused(name: str) -> None:
    with pytest.raises(SystemExit):
        wg.measure(name, draws=1, emails=1)


def test_warm_emails_read_warm_and_plain_ones_do_not() -> None:
    r = wg.measure("wording", draws=1, emails=60)
    warm = sum(x >= 1 for x in r.emails["warm"]) / len(r.emails["warm"])
    plain = sum(x >= 1 for x in r.emails["plain"]) / len(r.emails["plain"])
    assert warm >= 0.9 and plain <= 0.05
    assert all(r.recall[p] for p in ("WARM_GREETING", "SMALL_TALK", "THANKS"))
