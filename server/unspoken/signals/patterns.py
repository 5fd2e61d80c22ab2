"""Admins' executive-title patterns, run with RE2: time linear in the title, whatever the pattern.

An admin's regular expression runs on every title the engine reads, in the API and in the
shared worker. With Python's backtracking `re`, `^(.|.)*\\d` took seconds a title and
`(.|.|.)*` hours, and nothing can interrupt CPU-bound code. RE2 never backtracks: it refuses
what would need to (lookaround, backreferences) and bounds each compiled pattern's memory, so a
policy costs at most patterns x title length.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import re2

MAX_PATTERNS = 100  # per policy
MAX_LENGTH = 200  # characters per pattern
_MAX_MEMORY = 1 << 20  # bytes of compiled program per pattern: `(a{999}){999}` is refused


def _options() -> Any:
    o = re2.Options()
    o.case_sensitive = False
    o.max_mem = _MAX_MEMORY
    o.log_errors = False  # RE2 would print the admin's pattern on stderr
    return o


_OPTIONS = _options()


def refusal(pattern: str) -> str | None:
    """Why `pattern` cannot be an executive-title pattern, or None when it can."""
    if len(pattern) > MAX_LENGTH:
        return f"longer than {MAX_LENGTH} characters"
    try:
        re2.compile(pattern, _OPTIONS)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else "invalid"
        return reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)
    return None


@lru_cache(maxsize=512)
def compiled(pattern: str) -> Any | None:
    """The RE2 pattern (case-insensitive), or None for one RE2 refuses: a stored policy made
    under older rules must not break a sync or a scan."""
    if refusal(pattern) is not None:
        return None
    return re2.compile(pattern, _OPTIONS)


def matches_any(text: str, patterns: Iterable[str]) -> bool:
    return any(p is not None and p.search(text) for p in map(compiled, patterns))
