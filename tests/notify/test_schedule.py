"""The weekly slot in the user's time zone, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspoken.notify import schedule

ZONES = ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"]


class TestSlots:
    def test_monday_8am_paris_in_winter_and_summer(self):
        winter = schedule.next_slot(datetime(2026, 1, 7, tzinfo=UTC), weekday=0, hour=8,
                                    tz="Europe/Paris")
        summer = schedule.next_slot(datetime(2026, 7, 8, tzinfo=UTC), weekday=0, hour=8,
                                    tz="Europe/Paris")
        assert winter == datetime(2026, 1, 12, 7, tzinfo=UTC)
        assert summer == datetime(2026, 7, 13, 6, tzinfo=UTC)

    def test_the_week_that_clocks_change_keeps_the_local_hour(self):
        # Europe/Paris moves to summer time on Sunday 2026-03-29.
        before = schedule.latest_slot(datetime(2026, 3, 28, 12, tzinfo=UTC), weekday=0,
                                      hour=9, tz="Europe/Paris")
        after = schedule.next_slot(before, weekday=0, hour=9, tz="Europe/Paris")
        assert after - before == timedelta(days=7) - timedelta(hours=1)
        assert after.astimezone(schedule.zone("Europe/Paris")).hour == 9

    @given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                        timezones=st.just(UTC)),
           st.integers(0, 6), st.integers(0, 23), st.sampled_from(ZONES))
    def test_latest_and_next_bracket_now_at_the_local_weekday_and_hour(self, now, wd, hour, tz):
        last = schedule.latest_slot(now, weekday=wd, hour=hour, tz=tz)
        nxt = schedule.next_slot(now, weekday=wd, hour=hour, tz=tz)
        assert last <= now < nxt
        assert timedelta(days=6) < nxt - last < timedelta(days=8)
        assert schedule.period_of(last, tz=tz) != schedule.period_of(nxt, tz=tz)
        for slot in (last, nxt):
            local = slot.astimezone(schedule.zone(tz))
            assert local.weekday() == wd
            assert local.hour in (hour, (hour + 1) % 24)  # +1 only in a spring-forward gap

    @pytest.mark.parametrize("name", ["Mars/Base", "", "../../etc/passwd", "/etc/localtime",
                                      "x" * 65, "Europe/../UTC"])
    def test_unknown_zones_are_refused(self, name):
        with pytest.raises(schedule.UnknownTimeZone):
            schedule.zone(name)
