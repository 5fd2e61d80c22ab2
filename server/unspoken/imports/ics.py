"""iCalendar exports (Google, Outlook, Thunderbird) -> Meeting occurrences, recurrences expanded.

Each event (all components sharing a UID: the series and its RECURRENCE-ID overrides) is
expanded on its own, so a broken RRULE or a broken event costs that event only. Occurrences
deleted from a series with EXDATE come out as cancelled meetings: for "recurring syncs
cancelled" a deleted occurrence is the evidence. All times are UTC; floating times are read
as UTC, all-day events start at 00:00 UTC.

A 40 KB file of minutely rules once meant hundreds of millions of occurrences, so expansion is
bounded before and while it runs: a rule is costed from its own fields before the rule engine
walks it (more often than daily, more than a few times a day, or a walk from a DTSTART far
before the window: skipped), occurrences are pulled lazily with a cap per series, and the file
has a total budget of occurrences and rule steps; what is left out is counted, one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import recurring_ical_events

from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.isolate import Limits, OverLimit, call_limited
from unspoken.imports.rfc822 import normalise_email
from unspoken.signals.model import Address, Attendee, Meeting, MeetingStatus, Response

_STATUS = {"CANCELLED": MeetingStatus.CANCELLED, "CANCELED": MeetingStatus.CANCELLED,
           "TENTATIVE": MeetingStatus.TENTATIVE}
_PARTSTAT = {"ACCEPTED": Response.ACCEPTED, "DECLINED": Response.DECLINED,
             "TENTATIVE": Response.TENTATIVE}
_BLOCK = re.compile(rb"BEGIN:(VEVENT|VTIMEZONE)\r?\n.*?END:\1", re.DOTALL | re.IGNORECASE)
MAX_PER_SERIES = 2_000  # occurrences of one event in the window (daily for five years)
MAX_PER_FILE = 20_000  # occurrences of one calendar in the window
MAX_TIMES_A_DAY = 4  # BYHOUR x BYMINUTE x BYSECOND of a rule: more is not a meeting series
MAX_SERIES_STEPS = 50_000  # days the rule engine walks for one event (~0.2 s for a daily rule)
MAX_FILE_STEPS = 1_000_000  # and for the whole calendar
_DAY = 86_400
_PERIOD = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3_600, "DAILY": _DAY, "WEEKLY": 7 * _DAY,
           "MONTHLY": 28 * _DAY, "YEARLY": 365 * _DAY}  # seconds (shortest month and year)
# What one day of a rule's span costs the rule engine against a daily rule (measured with
# dateutil: ~4.4 us a day daily, 1.1 weekly, 0.5 monthly, 0.3 yearly).
_STEP_COST = {"DAILY": 1.0, "WEEKLY": 0.25, "MONTHLY": 0.125, "YEARLY": 0.1}


class _Budget:
    """What is left for the rest of one file."""

    def __init__(self) -> None:
        self.occurrences = MAX_PER_FILE
        self.steps = float(MAX_FILE_STEPS)


def read_ics(path: Path, *, start: datetime, end: datetime, skips: Skips) -> Iterator[Meeting]:
    """Occurrences starting between start and end (the analysis windows), sorted by start."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableSource(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data.strip() and b"BEGIN:VCALENDAR" not in data[:65_536].upper():
        raise UnreadableSource(f"{path}: not an iCalendar file (no BEGIN:VCALENDAR)")
    label = str(path)
    timezones, groups = _components(data, skips, label)
    out: list[Meeting] = []
    budget = _Budget()
    for uid, events in groups.items():
        try:
            out.extend(_occurrences(uid, events, timezones, start, end, path.name, budget))
        except Exception as exc:  # noqa: BLE001 - any failure costs this event only
            skips.skip(label, _reason(exc), what="event")
    out.sort(key=lambda m: (m.start, m.occurrence_id))
    yield from out


def read_ics_limited(path: Path, *, start: datetime, end: datetime, skips: Skips,
                     limits: Limits = Limits()) -> Iterator[Meeting]:  # noqa: B008 - frozen
    """`read_ics` in a child process under CPU and memory limits: what the worker and the scan
    use, so no calendar can take more than `limits` from them; over a limit, the file is one
    skip."""
    try:
        meetings, found = call_limited(_read_all, path, start, end, limits=limits)
    except OverLimit as exc:
        skips.skip(str(path), f"calendar {exc}", what="calendar")
        return
    skips.merge(found)
    yield from meetings


def _read_all(path: Path, start: datetime, end: datetime) -> tuple[list[Meeting], Skips]:
    skips = Skips()
    return list(read_ics(path, start=start, end=end, skips=skips)), skips


def _components(data: bytes, skips: Skips, label: str
                ) -> tuple[list[Any], dict[str, list[Any]]]:
    """(VTIMEZONEs, VEVENTs grouped by UID); one broken component does not sink the file."""
    try:
        cals = icalendar.Calendar.from_ical(data, multiple=True)
        comps = [c for cal in cals for c in cal.walk() if c.name in ("VEVENT", "VTIMEZONE")]
    except Exception:  # noqa: BLE001 - fall back to reading block by block
        comps = []
        for m in _BLOCK.finditer(data):
            try:
                comps.extend(c for c in icalendar.Calendar.from_ical(m.group(0)).walk()
                             if c.name in ("VEVENT", "VTIMEZONE"))
            except Exception:  # noqa: BLE001
                skips.skip(label, "broken event", what="event")
    timezones = [c for c in comps if c.name == "VTIMEZONE"]
    groups: dict[str, list[Any]] = {}
    for n, c in enumerate(comps):
        if c.name != "VEVENT":
            continue
        uid = str(c.get("UID", "") or "").strip() or f"{Path(label).name}#event{n}"
        groups.setdefault(uid, []).append(c)
    return timezones, groups


def _occurrences(uid: str, events: list[Any], timezones: list[Any], start: datetime,
                 end: datetime, source: str, budget: _Budget) -> list[Meeting]:
    if any("DTSTART" not in e for e in events):
        raise _Broken("event without start")
    if budget.occurrences <= 0 or budget.steps <= 0:
        raise _Broken("calendar over its expansion budget")
    steps = sum(_rule_steps(e, end) for e in events)
    if steps > MAX_SERIES_STEPS:
        raise _Broken("recurrence starts too long before the window")
    if steps > budget.steps:
        raise _Broken("calendar over its expansion budget")
    budget.steps -= steps
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//unspoken//")
    cal.add("VERSION", "2.0")
    for tz in timezones:
        cal.add_component(tz)
    for e in events:
        cal.add_component(e)
    recurring = any(("RRULE" in e or "RDATE" in e or "RECURRENCE-ID" in e) for e in events)
    overridden = {_utc(e.decoded("RECURRENCE-ID")) for e in events if "RECURRENCE-ID" in e}
    out: list[Meeting] = []
    cap = min(MAX_PER_SERIES, budget.occurrences)
    for series in recurring_ical_events.of(cal).series:
        for occ in series.between(start, end):  # lazy: stops at the cap, not after expanding
            out.append(_meeting(uid, occ.as_component(False), recurring, source))
            if len(out) > cap:
                raise _Broken("too many occurrences" if cap == MAX_PER_SERIES
                              else "calendar over its expansion budget")
    for master in events:
        if "RRULE" in master and "RECURRENCE-ID" not in master:
            out.extend(_deleted(uid, master, overridden, start, end, source))
    budget.occurrences -= len(out)
    return out


def _rule_steps(e: Any, end: datetime) -> float:
    """What the rule engine would walk for this component's RRULEs, from their own fields,
    before it walks anything; raises for a rule that is not a meeting series."""
    rules = e.get("RRULE")
    if rules is None:
        return 0.0
    begin = _utc(e.decoded("DTSTART"))
    total = 0.0
    for rule in rules if isinstance(rules, list) else [rules]:
        freq = str((rule.get("FREQ") or [""])[0]).upper()
        interval = _int((rule.get("INTERVAL") or [1])[0]) or 1
        if freq not in _PERIOD or interval < 1:
            raise _Broken("broken recurrence rule")
        if _PERIOD[freq] * interval < _DAY:
            raise _Broken("recurs more often than daily")
        times = 1
        for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            times *= max(1, len(rule.get(part) or ()))
        if times > MAX_TIMES_A_DAY:
            raise _Broken(f"recurs more than {MAX_TIMES_A_DAY} times a day")
        until = rule.get("UNTIL")
        stop = min(end, _utc(until[0])) if until else end
        days = max(0.0, (stop - begin).total_seconds() / _DAY)
        total += days * _STEP_COST[freq] * times / interval  # periods skipped cost ~nothing
    return total


def _meeting(uid: str, e: Any, recurring: bool, source: str) -> Meeting:
    begin = _utc(e.decoded("DTSTART"))
    original = _utc(e.decoded("RECURRENCE-ID")) if "RECURRENCE-ID" in e else None
    finish = _end(e, begin)
    return Meeting(
        uid=uid,
        occurrence_id=f"{uid}/{(original or begin).isoformat()}" if recurring else uid,
        title=str(e.get("SUMMARY", "") or "")[:300],
        start=begin,
        end=finish,
        status=_STATUS.get(str(e.get("STATUS", "")).upper(), MeetingStatus.CONFIRMED),
        organizer=_organizer(e.get("ORGANIZER")),
        attendees=_attendees(e.get("ATTENDEE")),
        original_start=original if original is not None and original != begin else None,
        sequence=_int(e.get("SEQUENCE")),
        recurring=recurring,
        source=source,
    )


def _deleted(uid: str, master: Any, overridden: set[datetime], start: datetime,
             end: datetime, source: str) -> Iterator[Meeting]:
    """EXDATE occurrences inside the window: a deleted occurrence is a cancelled meeting."""
    exdates = master.get("EXDATE")
    if exdates is None:
        return
    begin = _utc(master.decoded("DTSTART"))
    duration = (_end(master, begin) or begin) - begin
    for prop in exdates if isinstance(exdates, list) else [exdates]:
        for value in getattr(prop, "dts", []):
            when = _utc(value.dt)
            if when in overridden or not (start <= when < end):
                continue
            yield Meeting(
                uid=uid, occurrence_id=f"{uid}/{when.isoformat()}",
                title=str(master.get("SUMMARY", "") or "")[:300], start=when,
                end=when + duration if duration else None, status=MeetingStatus.CANCELLED,
                organizer=_organizer(master.get("ORGANIZER")),
                attendees=_attendees(master.get("ATTENDEE")), original_start=None,
                sequence=_int(master.get("SEQUENCE")), recurring=True, source=source,
            )


def _end(e: Any, begin: datetime) -> datetime | None:
    if "DTEND" in e:
        return _utc(e.decoded("DTEND"))
    if "DURATION" in e:
        d = e.decoded("DURATION")
        return begin + d if isinstance(d, timedelta) else None
    return None


def _utc(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise _Broken("bad date")


def _organizer(value: Any) -> Address | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    email = normalise_email(str(value))
    if email is None:
        return None
    return Address(email, str(getattr(value, "params", {}).get("CN", "")).strip('"')[:200])


def _attendees(value: Any) -> tuple[Attendee, ...]:
    if value is None:
        return ()
    out: list[Attendee] = []
    seen: set[str] = set()
    for a in value if isinstance(value, list) else [value]:
        email = normalise_email(str(a))
        if email is None or email in seen:
            continue
        seen.add(email)
        params = getattr(a, "params", {})
        out.append(Attendee(
            email=email, name=str(params.get("CN", "")).strip('"')[:200],
            response=_PARTSTAT.get(str(params.get("PARTSTAT", "")).upper(),
                                   Response.NEEDS_ACTION),
        ))
    return tuple(out)


def _int(value: Any) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return 0


class _Broken(ValueError):
    """An event we cannot read; the message is the reason counted."""


def _reason(exc: Exception) -> str:
    if isinstance(exc, _Broken):
        return str(exc)
    text = f"{type(exc).__name__} {exc}".lower()
    if "rrule" in text or "freq" in text or "recur" in text or "until" in text:
        return "broken recurrence rule"
    return "broken event"
