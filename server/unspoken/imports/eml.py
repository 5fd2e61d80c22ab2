"""Folders of RFC 822 files (.eml, maildir, Enron) -> Message records (stub: importer work)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from unspoken.imports.errors import Skips
from unspoken.signals.model import Message


def read_eml_dir(path: Path, *, me: frozenset[str], skips: Skips) -> Iterator[Message]:
    return iter(())
