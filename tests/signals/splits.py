"""Which wordings the developer tools may read: one list, so a wording turns from blind to
tunable in one place once the coordinator has measured it (README, "The blind measure").

TUNABLE: the team's wording and those written blind by others whose misses rules have since
been tuned on (spent as measures, kept as regression checks and tuning material). BLIND: never
read, never tuned on; only the coordinator evaluates them, once per round."""

from __future__ import annotations

import sys

TUNABLE = ("wording", "wording_fresh", "wording_dev3", "wording_dev4", "wording_dev5",
           "wording_dev6", "wording_dev7", "wording_dev8", "wording_dev9", "wording_dev10",
           "wording_dev11", "wording_dev12")
BLIND = ("fresh2", "fresh3", "dev13", "dev14")


def refuse_blind(name: str) -> None:
    """Exit with a one-line reason when `name` (a module or world name) is a blind wording."""
    if any(b in name for b in BLIND):
        sys.exit(f"{name} is a blind split: only the coordinator evaluates it")
