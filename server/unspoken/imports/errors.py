"""How importers report what they could not read: counted per file, one line each, never raised."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class UnreadableSource(Exception):
    """A whole input is missing or is not a mailbox/calendar: the CLI says so and exits 2."""


@dataclass
class Skips:
    """Items skipped per source file, with the first reason seen for each file."""

    counts: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)

    def skip(self, source_file: str, reason: str) -> None:
        self.counts[source_file] += 1
        self.reasons.setdefault(source_file, reason)

    def lines(self) -> list[str]:
        """One line per file, e.g. 'skipped 3 unreadable messages in inbox.mbox (bad date)'."""
        return [
            f"skipped {n} unreadable item{'s' if n != 1 else ''} in {src} ({self.reasons[src]})"
            for src, n in sorted(self.counts.items())
        ]
