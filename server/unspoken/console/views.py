"""Words and shapes the console shows for the engine's values: level labels (never colour
alone), signal names and icons, "2 min ago", ISO dates. Pure functions, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from unspoken.signals.model import SignalKind


@dataclass(frozen=True, slots=True)
class Level:
    key: str
    label: str
    rank: int  # 0 = riskiest


LEVELS = {
    "at_risk": Level("at_risk", "At risk", 0),
    "watch": Level("watch", "Watch", 1),
    "healthy": Level("healthy", "Healthy", 2),
    "insufficient_data": Level("insufficient_data", "Not enough data", 3),
}


def level(key: str) -> Level:
    return LEVELS.get(key, Level(key, key.replace("_", " ").capitalize(), 9))


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    label: str
    icon: str  # id of an SVG <symbol> in base.html


SIGNALS = {
    SignalKind.POLITE_PROCRASTINATION.value: Kind("polite_procrastination",
                                                  "Polite procrastination", "i-clock"),
    SignalKind.SMALL_TALK_LOSS.value: Kind("small_talk_loss", "Small talk disappears",
                                           "i-chat"),
    SignalKind.EXEC_ACCESS_LOSS.value: Kind("exec_access_loss", "Decision makers out of reach",
                                            "i-person"),
    SignalKind.FEATURE_SILENCE.value: Kind("feature_silence", "They stopped asking",
                                           "i-question"),
    SignalKind.EXPANSION_REFUSAL.value: Kind("expansion_refusal", "Expansion politely refused",
                                             "i-down"),
}


def signal(key: str) -> Kind:
    return SIGNALS.get(key, Kind(key, key.replace("_", " ").capitalize(), "i-question"))


ROLES = {"executive": "Executive", "manager": "Manager", "individual": "Individual contributor",
         "assistant": "Assistant", "unknown": "Role not known"}


def role(key: str) -> str:
    return ROLES.get(key, key.replace("_", " ").capitalize())


def ago(when: datetime | None, now: datetime) -> str:
    """"just now", "2 min ago", "3 h ago", "5 days ago"; "never" for None."""
    if when is None:
        return "never"
    s = int((now - when).total_seconds())
    if s < 45:
        return "just now"
    if s < 3600:
        return f"{max(1, round(s / 60))} min ago"
    if s < 86400:
        return f"{s // 3600} h ago"
    d = s // 86400
    return "yesterday" if d == 1 else f"{d} days ago"


def days_between(earlier: datetime | None, later: datetime) -> int | None:
    return None if earlier is None else max(0, (later - earlier).days)


def iso_date(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def feedback_label(kind: str) -> str:
    return {"not_a_risk": "Not a risk", "snooze": "Snoozed",
            "confirmed": "Confirmed at risk"}.get(kind, kind)


def signal_started(s: dict[str, Any]) -> date | None:
    """The first dated evidence of a signal: when it began, as far as the evidence shows."""
    dates = [e["date"] for e in s.get("evidence", []) if e.get("date")]
    return date.fromisoformat(min(dates)) if dates else None
