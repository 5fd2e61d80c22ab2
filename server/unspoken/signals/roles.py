"""Role and title from a signature block or a title string (stub: text issue fills it in)."""

from __future__ import annotations

from unspoken.signals.model import Role


def role_from_signature(signature: str, *, extra_patterns: tuple[str, ...] = ()) -> tuple[Role, str]:
    """(role, title line) found in a signature block; (UNKNOWN, "") when none."""
    return Role.UNKNOWN, ""


def role_from_title(title: str, *, extra_patterns: tuple[str, ...] = ()) -> Role:
    return Role.UNKNOWN
