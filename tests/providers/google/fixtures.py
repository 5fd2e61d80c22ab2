"""The recorded provider responses in ../shared/fixtures/providers (see SOURCES.md there)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[4] / "shared" / "fixtures" / "providers"


@cache
def _read(name: str) -> str:
    return (FIXTURES / name).read_text()


def load(name: str) -> Any:
    """A fresh copy each call: tests may change what they get."""
    return json.loads(_read(name))
