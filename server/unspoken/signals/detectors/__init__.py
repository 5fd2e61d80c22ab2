"""One detector per silent signal, same shape each: `detect(History) -> Signal | None`, or
`Undecided` when its test had too little recent mail to decide (the level of each is
`policy.LEVELS[kind]`, moved by the organisation's sensitivity within bounds)."""

from __future__ import annotations

from collections.abc import Callable

from unspoken.signals.detectors import (
    exec_access,
    expansion_refusal,
    feature_silence,
    procrastination,
    small_talk,
)
from unspoken.signals.detectors.base import History
from unspoken.signals.model import Signal, SignalKind, Undecided

Detector = Callable[[History], Signal | Undecided | None]

DETECTORS: dict[SignalKind, Detector] = {
    SignalKind.POLITE_PROCRASTINATION: procrastination.detect,
    SignalKind.SMALL_TALK_LOSS: small_talk.detect,
    SignalKind.EXEC_ACCESS_LOSS: exec_access.detect,
    SignalKind.FEATURE_SILENCE: feature_silence.detect,
    SignalKind.EXPANSION_REFUSAL: expansion_refusal.detect,
}

__all__ = ["DETECTORS", "Detector", "History"]
