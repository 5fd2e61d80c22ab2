from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.imports.exports import shared
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.ics import read_ics
from unspoken.signals.model import MeetingStatus, Response

START = datetime(2000, 1, 1, tzinfo=UTC)
END = datetime(2030, 1, 1, tzinfo=UTC)


def read(path, start=START, end=END):
    skips = Skips()
    return list(read_ics(path, start=start, end=end, skips=skips)), skips


def ics(*events: str) -> str:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{body}END:VCALENDAR\n"


class TestReadIcs:
    def test_google_moved_occurrences_keep_new_start_and_original_start(self):
        meetings, skips = read(shared("calendar", "google_weekly_moved_occurrences.ics"))
        assert not skips.lines()
        timed = [m for m in meetings if m.title == "Datetime"]
        assert [m.start.isoformat() for m in timed] == [
            "2023-08-08T04:00:00+00:00", "2023-08-14T04:00:00+00:00", "2023-08-22T04:00:00+00:00"]
        moved = timed[1]
        assert moved.original_start == datetime(2023, 8, 15, 4, 0, tzinfo=UTC)
        assert moved.recurring and moved.occurrence_id.endswith(moved.original_start.isoformat())
        assert timed[0].original_start is None

    def test_all_day_events_start_at_midnight_utc(self):
        meetings, _ = read(shared("calendar", "google_weekly_moved_occurrences.ics"))
        all_day = [m for m in meetings if m.title == "All Day"]
        assert [m.start for m in all_day][:2] == [datetime(2023, 8, 10, tzinfo=UTC),
                                                  datetime(2023, 8, 16, tzinfo=UTC)]
        assert all_day[1].original_start == datetime(2023, 8, 17, tzinfo=UTC)

    def test_zimbra_exdates_are_cancelled_occurrences_and_partstat_is_read(self):
        meetings, skips = read(shared("calendar", "icaljs_zimbra_recur_instances.ics"),
                               end=datetime(2013, 6, 1, tzinfo=UTC))
        assert not skips.lines()
        cancelled = [m.start.date().isoformat() for m in meetings
                     if m.status is MeetingStatus.CANCELLED]
        assert cancelled == ["2012-12-04", "2013-02-05", "2013-04-02"]
        moved = [m for m in meetings if m.original_start]
        assert len(moved) == 2 and all(m.start > m.original_start for m in moved)
        plain = next(m for m in meetings if m.attendees)
        assert plain.organizer is not None and plain.organizer.email == "jlal@mozilla.com"
        responses = {a.email: a.response for a in plain.attendees}
        assert responses["calmozilla1@gmail.com"] is Response.ACCEPTED
        assert Response.NEEDS_ACTION in responses.values()

    def test_thunderbird_daily_series_with_a_moved_occurrence(self):
        meetings, skips = read(shared("calendar", "thunderbird_daily_modified_occurrences.ics"))
        assert not skips.lines() and len(meetings) == 5
        moved = [m for m in meetings if m.original_start]
        assert len(moved) == 1
        assert (moved[0].start - moved[0].original_start).total_seconds() == 7200

    def test_cancelled_series_and_cancelled_occurrence(self, tmp_path):
        path = tmp_path / "c.ics"
        path.write_text(ics(
            "UID:a\nDTSTART:20260105T150000Z\nRRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:Sync",
            "UID:a\nRECURRENCE-ID:20260112T150000Z\nDTSTART:20260112T150000Z\nSTATUS:CANCELLED",
            "UID:b\nDTSTART:20260107T100000Z\nSTATUS:CANCELLED\nSUMMARY:QBR",
        ))
        meetings, _ = read(path)
        status = {(m.uid, m.start.day): m.status for m in meetings}
        assert status == {("a", 5): MeetingStatus.CONFIRMED, ("a", 12): MeetingStatus.CANCELLED,
                          ("a", 19): MeetingStatus.CONFIRMED, ("b", 7): MeetingStatus.CANCELLED}

    def test_floating_times_are_utc_and_sequence_is_kept(self, tmp_path):
        path = tmp_path / "f.ics"
        path.write_text(ics("UID:f\nDTSTART:20260301T090000\nSEQUENCE:4\nSUMMARY:Call"))
        (meeting,), _ = read(path)
        assert meeting.start == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
        assert meeting.sequence == 4 and not meeting.recurring and meeting.occurrence_id == "f"

    def test_broken_rrule_skips_that_event_only(self, tmp_path):
        path = tmp_path / "b.ics"
        path.write_text(ics(
            "UID:bad\nDTSTART:20260105T150000Z\nRRULE:FREQ=SOMETIMES;BYDAY=XX",
            "UID:nostart\nSUMMARY:No start",
            "UID:good\nDTSTART:20260106T150000Z\nSUMMARY:Fine",
        ))
        meetings, skips = read(path)
        assert [m.uid for m in meetings] == ["good"]
        assert skips.counts[str(path)] == 2
        assert "unreadable events" in skips.lines()[0]

    def test_window_limits_the_expansion(self, tmp_path):
        path = tmp_path / "w.ics"
        path.write_text(ics("UID:d\nDTSTART:20200101T090000Z\nRRULE:FREQ=DAILY"))
        meetings, _ = read(path, start=datetime(2026, 1, 1, tzinfo=UTC),
                           end=datetime(2026, 1, 11, tzinfo=UTC))
        assert len(meetings) == 10

    def test_missing_and_non_calendar_files_are_clear_errors(self, tmp_path):
        with pytest.raises(FileNotFoundError, match="nope.ics"):
            read(tmp_path / "nope.ics")
        (tmp_path / "x.ics").write_text("From: a@b\n\nhello")
        with pytest.raises(UnreadableSource, match="not an iCalendar"):
            read(tmp_path / "x.ics")
