"""The learned second stage of the markers (signals/marker_lr.py, weights from train_marker_lr)."""

from __future__ import annotations

import json
import math

import pytest

from tests.signals.enron_residue import ENRON
from unspoken.signals import marker_lr, markers
from unspoken.signals.model import Direction

R = Direction.RECEIVED


def test_weights_load_with_finite_thresholds_per_shipped_kind():
    raw = json.loads(marker_lr.WEIGHTS.read_text(encoding="utf-8"))
    assert marker_lr.available()
    assert raw["bits"] == marker_lr.BITS
    assert {"deferral", "vague_decline", "concrete_decline"} <= set(raw["kinds"])
    for table in raw["kinds"].values():
        assert math.isfinite(table["threshold"]) and table["threshold"] >= 0.0
        assert table["direction"] in ("received", "sent")
        assert all(0 <= int(i) < 1 << marker_lr.BITS for i in table["w"])


# Held-out sentences of the labelled set (never trained on) whose construction the rules miss.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("I'm afraid we need to delay the pilot review by another month.", "deferral"),
        ("We'll stay put for now.", "vague_decline"),
        ("Honestly, we're fine with the number of licenses we have.", "vague_decline"),
        ("Let's hold fire on extra seats for now.", "vague_decline"),
        ("The rollout to the sales team depends on the CRM migration, which completes in "
         "October.", "concrete_decline"),
    ],
)
def test_adds_a_kind_the_rules_miss(sentence, kind):
    rules = markers.classify_sentence(sentence, direction=R)
    assert kind not in rules
    assert kind in markers.learned_kinds(sentence, rules, direction=R)
    assert markers.detect(sentence, direction=R).counts.get(kind) == 1


def test_only_adds_and_keeps_the_rules_exclusions():
    s = "Let's hold fire on extra seats for now."
    assert markers.learned_kinds(s, {markers.DEFERRAL}, direction=R) == set()
    assert markers.learned_kinds(s, set(), direction=Direction.SENT) == set()
    assert markers.learned_kinds(" ".join([s] * 8), set(), direction=R) == set()  # too long


def test_quoted_speech_is_not_scored():
    text = 'Our CFO once wrote "Let\'s hold fire on extra seats for now." Anyway, see attached.'
    assert markers.VAGUE_DECLINE not in markers.detect(text, direction=R).counts


@pytest.mark.skipif(not ENRON.is_dir(), reason="no Enron data")
def test_silent_on_held_out_enron_sentences():
    """On real mail held out from training it adds at most half the rules' own hits."""
    from tests.signals.enron_markers import messages

    added = rules = 0
    for _direction, new in messages(400):
        for s in markers.split_sentences(new):
            found = markers.classify_sentence(s, direction=R)
            rules += len(found & {markers.DEFERRAL, markers.VAGUE_DECLINE,
                                  markers.CONCRETE_DECLINE, markers.SMALL_TALK})
            added += len(markers.learned_kinds(s, found, direction=R))
    assert rules > 0
    assert added <= max(1, rules // 2), (added, rules)


def test_training_is_deterministic():
    from tests.signals import train_marker_lr as t

    a = t.pool_examples(with_fresh1=False)
    b = t.pool_examples(with_fresh1=False)
    assert a == b
    small = a[::7]
    neg = [("received", "Please find the agenda attached."), ("received", "Call me at 5.")]
    assert t.fit_kind("deferral", small, neg) == t.fit_kind("deferral", small, neg)
