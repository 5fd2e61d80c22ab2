"""Check that the marker grammar's speed gates never change its answers (a developer tool).

    .venv/bin/python -m tests.signals.check_marker_gates

Each family of rules only runs when the sentence has one of its trigger words (markers.py
`*_WORDS` / `*_ANCHORS` sets, and the windowed time-expression search `_far`). This re-runs
every labelled sentence, and a sample of Enron sentences, with every gate widened to the
sentence's own words, and reports any difference; held-out sentences are reported without
their text. Then whole Enron messages through detect() (message-level prefilters: emoji, the
two-sentence concrete decline's reason gate).
"""

from __future__ import annotations

import re

from tests.signals.enron_markers import messages, sentences
from tests.signals.marker_data import split
from unspoken.signals import markers as m
from unspoken.signals.lexicon import _EMOJI
from unspoken.signals.model import Direction

GATES = [
    name for name in dir(m)
    if name.endswith(("_WORDS", "_ANCHORS")) and isinstance(getattr(m, name), frozenset)
]
_far = m._far


def _far_ungated(s: str, words: set[str]) -> re.Match[str] | None:
    return m._FAR_RX.search(s) or m._FAR_EVENT_RX.search(s)


def ungated(text: str, direction: Direction, only: str | None = None) -> set[str]:
    s = text.translate(m._APOSTROPHE).lower()
    own = frozenset(m._words_of(s)) | frozenset(s.replace("'", " ").split()) | {"n't"}
    saved = {name: getattr(m, name) for name in GATES}
    if only in (None, "far"):
        m._far = _far_ungated
    for name in GATES:
        if only in (None, name):
            setattr(m, name, saved[name] | own)
    try:
        return m.classify_sentence(text, direction=direction)
    finally:
        m._far = _far
        for name, value in saved.items():
            setattr(m, name, value)


def _count_emoji_ungated(text: str) -> int:
    return len(_EMOJI.findall(text))


def ungated_detect(text: str, direction: Direction) -> m.Markers:
    """detect() with every word gate widened to the whole message's words, the time-expression
    search unwindowed, and the emoji count read by the single combined regex."""
    s = text.translate(m._APOSTROPHE).lower()
    own = frozenset(m._words_of(s)) | frozenset(s.replace("'", " ").split()) | {"n't"}
    saved = {name: getattr(m, name) for name in GATES}
    count_emoji, m._far = m._count_emoji, _far_ungated
    m._count_emoji = _count_emoji_ungated
    for name in GATES:
        setattr(m, name, saved[name] | own)
    try:
        return m.detect(text, direction=direction)
    finally:
        m._far, m._count_emoji = _far, count_emoji
        for name, value in saved.items():
            setattr(m, name, value)


def culprits(text: str, direction: Direction) -> list[str]:
    want = ungated(text, direction)
    return [g for g in [*GATES, "far"] if ungated(text, direction, only=g) == want]


def main() -> None:
    train, heldout = split()
    for name, rows in (("train", train), ("held-out", heldout)):
        diff = [r for r in rows if m.classify_sentence(r.text, direction=r.direction)
                != ungated(r.text, r.direction)]
        print(f"{name}: {len(diff)} differences")
        for r in diff:
            shown = r.text if name == "train" else "<held-out>"
            print(f"    {shown} {culprits(r.text, r.direction)}")
    enron = sentences(1500)
    diff_e = [(d, x) for d, x in enron if m.classify_sentence(x, direction=d) != ungated(x, d)]
    print(f"enron: {len(diff_e)} differences in {len(enron)} sentences")
    for d, x in diff_e[:15]:
        print(f"    {x[:100]} {culprits(x, d)}")
    # Message-level gates (the two-sentence concrete decline, the emoji prefilter).
    msgs = messages(1500)
    diff_m = [
        x for d, x in msgs
        for direction in (d, Direction.SENT)
        if m.detect(x, direction=direction) != ungated_detect(x, direction)
    ]
    print(f"enron messages: {len(diff_m)} detect() differences in {2 * len(msgs)} runs")
    for x in diff_m[:5]:
        print(f"    {x[:100]!r}")


if __name__ == "__main__":
    main()
