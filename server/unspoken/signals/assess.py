"""Baseline vs recent window per contact and account -> risk levels (stub: engine issue)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from unspoken.signals.model import Meeting, MessageFeatures, Report
from unspoken.signals.policy import Policy


def assess(
    features: Iterable[MessageFeatures],
    meetings: Iterable[Meeting],
    *,
    me: frozenset[str],
    as_of: datetime,
    policy: Policy,
) -> Report:
    """Assess every customer account and contact seen in `features` and `meetings`."""
    return Report(as_of=as_of, accounts=())
