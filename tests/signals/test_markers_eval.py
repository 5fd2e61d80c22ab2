"""Held-out evaluation of the marker grammar: prints per-marker P/R/F1 (run with -s to see).

The sentence set is tests/signals/data/sentences.tsv; the held-out split is fixed by a hash of
the text (marker_data.py) and never used for tuning. Thresholds are regression guards set
below the measured figures, not targets.
"""

from __future__ import annotations

from tests.signals import eval_markers, marker_model
from tests.signals.marker_data import EVAL_KINDS, split


class TestHeldOutEvaluation:
    def test_rules_alone_on_held_out_split(self) -> None:
        _train, heldout = split()
        result = eval_markers.scores(heldout, eval_markers.rules)
        print()
        print(eval_markers.table(f"rules alone (held-out, {len(heldout)} sentences)", result))
        if marker_model.available():

            def combined(row):  # type: ignore[no-untyped-def]
                rules = eval_markers.rules(row)
                return marker_model.combine(row.text, rules, direction=row.direction)

            both = eval_markers.scores(heldout, combined)
            print(eval_markers.table("rules + NB classifier (not shipped)", both))
        macro = sum(f for _p, _r, f, _n in result.values()) / len(result)
        assert macro >= 0.85
        assert all(f >= 0.65 for _p, _r, f, _n in result.values()), result

    def test_precision_stays_high_on_held_out_split(self) -> None:
        # Quiet by default: a marker that fires should be right.
        _train, heldout = split()
        result = eval_markers.scores(heldout, eval_markers.rules)
        assert all(p >= 0.8 for p, _r, _f, _n in result.values()), result

    def test_every_labelled_kind_has_held_out_examples(self) -> None:
        _train, heldout = split()
        for kind in EVAL_KINDS:
            assert sum(kind in r.labels for r in heldout) >= 15, kind

    def test_split_is_stable_and_disjoint(self) -> None:
        train, heldout = split()
        assert not {r.text for r in train} & {r.text for r in heldout}
        assert 0.2 < len(heldout) / (len(train) + len(heldout)) < 0.4
