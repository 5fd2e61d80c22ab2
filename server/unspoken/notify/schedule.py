"""The weekly digest slot: a weekday and hour in the user's time zone, as UTC instants.

A period is the ISO week of the slot's local date ("2026-W45"): one digest per user per period,
so moving the slot within a week that already had its digest does not send a second one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class UnknownTimeZone(ValueError):
    pass


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA zone `name` (e.g. "Europe/Paris"); UnknownTimeZone when there is none."""
    if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        raise UnknownTimeZone(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownTimeZone(name) from None


def _slot(week_monday: date, weekday: int, hour: int, tz: ZoneInfo) -> datetime:
    local = datetime.combine(week_monday + timedelta(days=weekday), datetime.min.time(),
                             tzinfo=tz).replace(hour=hour)
    return local.astimezone(UTC)


def latest_slot(now: datetime, *, weekday: int, hour: int, tz: str) -> datetime:
    """The most recent slot at or before `now` (UTC)."""
    z = zone(tz)
    local = now.astimezone(z)
    monday = local.date() - timedelta(days=local.weekday())
    slot = _slot(monday, weekday, hour, z)
    return slot if slot <= now else _slot(monday - timedelta(days=7), weekday, hour, z)


def next_slot(now: datetime, *, weekday: int, hour: int, tz: str) -> datetime:
    """The first slot strictly after `now` (UTC)."""
    z = zone(tz)
    last = latest_slot(now, weekday=weekday, hour=hour, tz=tz)
    monday = last.astimezone(z).date() - timedelta(days=weekday)
    return _slot(monday + timedelta(days=7), weekday, hour, z)


def period_of(slot: datetime, *, tz: str) -> str:
    year, week, _ = slot.astimezone(zone(tz)).isocalendar()
    return f"{year}-W{week:02d}"
