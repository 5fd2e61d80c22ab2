"""How importers report what they could not read: counted per file, one line each, never raised."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class UnreadableSource(FileNotFoundError):
    """A whole input is missing or is not a mailbox/calendar: the CLI says so and exits 2.

    A FileNotFoundError on purpose: every caller that already turns a missing file into one
    clear line (the CLI does) handles "this file is not a mailbox" the same way.
    """


@dataclass
class Skips:
    """Items skipped per source file, counted by reason.

    Two kinds, kept apart so the line on stderr does not call a spam folder "unreadable":
    - `skip`: broken items (bad date, truncated, broken MIME, broken RRULE ...);
    - `ignore`: items deliberately left out (Gmail Chat/Spam/Trash, duplicates, non-mail files).
    """

    counts: Counter[str] = field(default_factory=Counter)  # source -> broken items
    reasons: dict[str, str] = field(default_factory=dict)  # source -> first reason seen
    by_reason: dict[str, Counter[str]] = field(default_factory=dict)  # source -> reason -> n
    ignored: dict[str, Counter[str]] = field(default_factory=dict)  # source -> reason -> n
    nouns: dict[str, str] = field(default_factory=dict)  # source -> "message" | "event" ...

    def skip(self, source_file: str, reason: str, *, what: str = "message", n: int = 1) -> None:
        self.counts[source_file] += n
        self.reasons.setdefault(source_file, reason)
        self.by_reason.setdefault(source_file, Counter())[reason] += n
        self.nouns.setdefault(source_file, what)

    def ignore(self, source_file: str, reason: str, *, what: str = "message", n: int = 1) -> None:
        self.ignored.setdefault(source_file, Counter())[reason] += n
        self.nouns.setdefault(source_file, what)

    def merge(self, other: Skips) -> None:
        """Add another tally (from a worker process) into this one."""
        for src, reasons in sorted(other.by_reason.items()):
            for reason, n in reasons.items():
                self.skip(src, reason, what=other.nouns.get(src, "message"), n=n)
        for src, reasons in sorted(other.ignored.items()):
            for reason, n in reasons.items():
                self.ignore(src, reason, what=other.nouns.get(src, "message"), n=n)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        """One line per file, e.g. 'skipped 3 unreadable messages in inbox.mbox (bad date: 3)'."""
        out = []
        for src in sorted(set(self.counts) | set(self.ignored)):
            noun = self.nouns.get(src, "item")
            parts = []
            n = self.counts.get(src, 0)
            if n:
                parts.append(f"skipped {n} unreadable {_plural(noun, n)} in {src} "
                             f"({_detail(self.by_reason[src])})")
            ignored = self.ignored.get(src)
            if ignored:
                m = sum(ignored.values())
                where = "" if n else f" in {src}"
                parts.append(f"ignored {m} {_plural(noun, m)}{where} ({_detail(ignored)})")
            out.append("; ".join(parts))
        return out


def _plural(noun: str, n: int) -> str:
    return noun if n == 1 else noun + "s"


def _detail(reasons: Counter[str]) -> str:
    ordered = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{r}: {n}" for r, n in ordered)
