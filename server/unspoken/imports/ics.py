"""iCalendar exports -> Meeting occurrences, recurrences expanded (stub: importer work)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from unspoken.imports.errors import Skips
from unspoken.signals.model import Meeting


def read_ics(path: Path, *, start: datetime, end: datetime, skips: Skips) -> Iterator[Meeting]:
    """Occurrences between start and end (the analysis windows)."""
    return iter(())
