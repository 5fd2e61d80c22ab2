"""Hostile calendars: expansion is bounded per rule, per series and per file before the rule
engine walks anything, and a reader that still runs away is stopped by its child's limits."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.security import hostile
from tests.service_support import make_user
from unspoken.imports import ics as ics_module
from unspoken.imports.errors import Skips
from unspoken.imports.ics import read_ics, read_ics_limited
from unspoken.imports.isolate import Limits, OverLimit, call_limited
from unspoken.store.db import transaction
from unspoken.store.repositories import records as records_repo

SAMPLE = Path(__file__).resolve().parents[2] / "server" / "unspoken" / "sample"
AS_OF = datetime(2026, 10, 30, 18, tzinfo=UTC)
START, END = AS_OF - timedelta(days=330), AS_OF + timedelta(days=120)


def calendar(n: int, rule: str, *, dtstart: str = "20250106T150000Z",
             dtend: str = "20250106T153000Z") -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:ev{i}@hostile.test\r\nDTSTART:{dtstart}\r\nDTEND:{dtend}\r\n"
        f"RRULE:{rule}\r\nSUMMARY:Sync {i}\r\nORGANIZER:mailto:a@cust.test\r\n"
        f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:b@cust.test\r\nEND:VEVENT\r\n" for i in range(n))
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{events}"
            "END:VCALENDAR\r\n").encode()


def read(path: Path) -> tuple[list, Skips]:
    skips = Skips()
    return list(read_ics(path, start=START, end=END, skips=skips)), skips


class TestExpansionIsBounded:
    def test_issue_file_200_minutely_series_is_one_skip_line_through_scan(self, tmp_path):
        """The issue's 40 KB file: minutes at 1.5 GB before; now one line, nothing read."""
        path = tmp_path / "minutely.ics"
        path.write_bytes(calendar(200, "FREQ=MINUTELY"))
        assert 38_000 < path.stat().st_size < 45_000
        cmd = [sys.executable, "-m", "unspoken.cli", "scan", "--me", "sam@northwind-saas.com",
               "--mbox", str(SAMPLE / "sample.mbox"), "--ics", str(path),
               "--as-of", AS_OF.isoformat(), "--format", "json"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONHASHSEED": "0"})
        assert done.returncode == 0, done.stderr[-2000:]
        lines = [ln for ln in done.stderr.splitlines() if "minutely.ics" in ln]
        assert lines == [f"skipped 200 unreadable events in {path} "
                         "(recurs more often than daily: 200)"]
        assert '"accounts"' in done.stdout

    @pytest.mark.parametrize(("rule", "dtstart", "reason"), [
        ("FREQ=HOURLY;INTERVAL=2", "20250106T150000Z", "recurs more often than daily"),
        ("FREQ=DAILY;BYHOUR=0,6,12,18;BYMINUTE=0,30", "20250106T150000Z",
         "recurs more than 4 times a day"),
        ("FREQ=DAILY", "00010101T090000Z", "recurrence starts too long before the window"),
        ("FREQ=FORTNIGHTLY", "20250106T150000Z", "broken recurrence rule"),
    ])
    def test_runaway_rules_are_refused_from_their_fields(self, tmp_path, rule, dtstart,
                                                         reason):
        path = tmp_path / "r.ics"
        path.write_bytes(calendar(3, rule, dtstart=dtstart, dtend=dtstart))
        meetings, skips = read(path)
        assert meetings == []
        assert skips.by_reason[str(path)] == {reason: 3}

    def test_a_series_over_its_cap_stops_early_and_is_skipped(self, tmp_path):
        # DTEND a year after DTSTART: every daily occurrence of 2024-2025 overlaps the window.
        path = tmp_path / "long.ics"
        path.write_bytes(calendar(1, "FREQ=DAILY;BYHOUR=9,15", dtstart="20200106T090000Z",
                                  dtend="20260106T090000Z"))
        meetings, skips = read(path)
        assert meetings == [] and skips.by_reason[str(path)] == {"too many occurrences": 1}

    def test_the_file_budget_keeps_what_fits_and_counts_the_rest(self, tmp_path):
        path = tmp_path / "daily.ics"
        path.write_bytes(calendar(60, "FREQ=DAILY"))
        meetings, skips = read(path)
        per_series = len({m.start for m in meetings if m.uid == "ev0@hostile.test"})
        kept = ics_module.MAX_PER_FILE // per_series
        assert len(meetings) == kept * per_series <= ics_module.MAX_PER_FILE
        assert skips.by_reason[str(path)] == {"calendar over its expansion budget": 60 - kept}

    def test_real_calendars_are_unchanged(self, tmp_path):
        meetings, skips = read(SAMPLE / "sample.ics")
        assert meetings and not skips.lines()


class TestChildLimits:
    def test_cpu_and_memory_limits_stop_the_child_not_the_caller(self):
        with pytest.raises(OverLimit, match="1 s of CPU"):
            call_limited(hostile.spin, limits=Limits(cpu_seconds=1, wall_seconds=60))
        with pytest.raises(OverLimit, match="256 MB of memory"):
            call_limited(hostile.hog, limits=Limits(memory_bytes=256 << 20))

    def test_a_calendar_over_the_limits_is_one_skip_and_errors_pass_through(self, tmp_path):
        path = tmp_path / "big.ics"
        path.write_bytes(calendar(60, "FREQ=DAILY"))
        skips = Skips()
        out = list(read_ics_limited(path, start=START, end=END, skips=skips,
                                    limits=Limits(memory_bytes=64 << 20)))
        assert out == [] and skips.counts[str(path)] == 1
        assert skips.nouns[str(path)] == "calendar"
        with pytest.raises(FileNotFoundError, match="no such file"):
            list(read_ics_limited(tmp_path / "missing.ics", start=START, end=END,
                                  skips=Skips()))
        meetings = list(read_ics_limited(SAMPLE / "sample.ics", start=START, end=END,
                                         skips=Skips()))
        assert meetings == read(SAMPLE / "sample.ics")[0]


class TestUploadedCalendar:
    async def test_the_worker_stores_nothing_from_the_hostile_file_and_finishes(self, rt,
                                                                              client):
        user = await make_user(rt)
        r = await client.post("/v1/imports", headers=user.auth,
                              files=[("files", ("cal.ics", calendar(200, "FREQ=MINUTELY"),
                                                "text/calendar"))])
        assert r.status_code == 202, r.text
        await rt.queue.drain()
        box = (await client.get(f"/v1/imports/{r.json()['id']}", headers=user.auth)).json()
        assert box["mailbox"]["status"] == "ok"
        async with transaction(rt.sessions) as s:
            assert await records_repo.all_meetings(s, user.id) == []
