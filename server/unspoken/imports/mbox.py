"""Google Takeout / Thunderbird .mbox files -> Message records, streamed (stub: importer work)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from unspoken.imports.errors import Skips
from unspoken.signals.model import Message


def read_mbox(path: Path, *, me: frozenset[str], skips: Skips) -> Iterator[Message]:
    return iter(())
