"""The store keeps the quotes of `markers.QUOTED_KINDS` only: that set must be exactly the
kinds whose quote some detector shows, or evidence would silently go missing (or be kept for
nothing)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from unspoken.signals import markers as mk
from unspoken.signals.model import Address, Direction, MessageFeatures
from unspoken.store.repositories.records import stored_quotes

DETECTORS = Path(mk.__file__).parent / "detectors"


def test_quoted_kinds_are_the_kinds_detectors_quote() -> None:
    read: set[str] = set()
    for src in DETECTORS.glob("*.py"):
        text = src.read_text()
        read |= set(re.findall(r"quotes\.get\(mk\.([A-Z_]+)", text))
        for group in re.findall(r"quotes\[k\] for k in \(([^)]*)\)", text):
            read |= set(re.findall(r"mk\.([A-Z_]+)", group))
    assert read, "no detector reads a quote: the pattern above is stale"
    assert {getattr(mk, name) for name in read} == mk.QUOTED_KINDS


def test_a_stored_row_keeps_only_the_quoted_kinds() -> None:
    f = MessageFeatures(id="1", thread_id="t", date=datetime(2026, 11, 2, tzinfo=UTC),
                        direction=Direction.RECEIVED, sender=Address("d@y.test"), to=(), cc=(),
                        subject="", flags=frozenset(), chars=10, words=2,
                        markers={mk.GREETING: 1, mk.QUESTION: 1, mk.THANKS: 1},
                        quotes={mk.GREETING: "Hi Sam,", mk.QUESTION: "Hi Sam, when?",
                                mk.THANKS: "Thanks!"})
    assert stored_quotes(f, keep_quotes=True) == {mk.GREETING: "Hi Sam,"}
    assert stored_quotes(f, keep_quotes=False) == {}
