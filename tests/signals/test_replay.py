"""signals.replay: Fridays, one week's replay against the engine, and reading an account's weeks."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.signals.scenarios import AS_OF, ER, ME, PP, Spec, build_mailbox
from unspoken.signals import assess as assess_module
from unspoken.signals.assess import assess
from unspoken.signals.model import Risk
from unspoken.signals.policy import Policy
from unspoken.signals.replay import Records, Score, Week, fridays, outcome, replay_week, week_end


class TestFridays:
    @pytest.mark.parametrize(("until", "last"), [
        ("2026-10-30T18:00", "2026-10-23"),  # Friday not over yet
        ("2026-10-31T00:00", "2026-10-30"),  # just over
        ("2026-11-06T23:59", "2026-10-30"),
        ("2026-11-07T00:00", "2026-11-06"),
    ])
    def test_last_friday_is_the_last_one_over(self, until, last):
        at = datetime.fromisoformat(until).replace(tzinfo=UTC)
        days = fridays(at, 3)
        assert days[-1] == date.fromisoformat(last) and week_end(days[-1]) <= at
        assert [d.weekday() for d in days] == [4, 4, 4]
        assert days[0] == days[-1] - timedelta(days=14)


def _week_is_the_engine(records: Records, feats: list, meets: list, friday: date) -> Week:
    """Replay `friday` and check it equals the engine run on the mail before its end."""
    week = replay_week(records, friday=friday, me=frozenset({ME}), policy=Policy())
    at = week_end(friday)
    report = assess([f for f in feats if f.date < at], meets, me=frozenset({ME}), as_of=at,
                    policy=Policy())
    assert week.accounts == {a.account: Score(a.risk, a.score) for a in report.accounts}
    assert week.contacts == {c.email: (a.account, Score(c.risk, c.score))
                             for a in report.accounts for c in a.contacts}
    return week


class TestReplayWeek:
    def test_a_week_is_the_engine_on_the_mail_before_its_end(self):
        mb = build_mailbox([Spec("healthy"), Spec("pp_er", frozenset({PP, ER}))], seed=5)
        feats, meets = mb.features(), mb.meetings()
        records = Records(reversed(feats), meets)  # any order in, sorted once
        for friday in fridays(AS_OF, 3):
            week = _week_is_the_engine(records, feats, meets, friday)
        assert any(s.flagged for s in week.accounts.values())  # the last Friday sees the drift

    def test_fridays_before_the_first_record_are_empty_without_running_the_engine(
            self, monkeypatch):
        mb = build_mailbox([Spec("healthy"), Spec("pp_er", frozenset({PP, ER}))], seed=5)
        feats, meets = mb.features(), mb.meetings()
        first_mail = min(f.date for f in feats)
        # a meeting a week before the first message, another moved from before it
        early = dataclasses.replace(meets[0], start=first_mail - timedelta(days=9),
                                    end=first_mail - timedelta(days=9, hours=-1),
                                    original_start=None)
        moved = dataclasses.replace(meets[-1], original_start=first_mail - timedelta(days=16))
        meets = [early, *meets[1:-1], moved]
        records = Records(feats, meets)
        assert records.first_date == first_mail - timedelta(days=16)
        runs = []
        group = assess_module.group
        monkeypatch.setattr(assess_module, "group", lambda *a, **k: runs.append(1) or
                            group(*a, **k))
        days = fridays(first_mail + timedelta(days=21), 8)
        for friday in days:
            _week_is_the_engine(records, feats, meets, friday)
        # the engine ran once per Friday that had a record before its end (and once per assess)
        replayed = sum(1 for d in days if week_end(d) > records.first_date)
        assert 0 < replayed < len(days) and len(runs) == replayed + len(days)
        empty = Records((), ())
        assert empty.first_date is None and replay_week(
            empty, friday=days[-1], me=frozenset({ME}), policy=Policy()).accounts == {}

    def test_only_limits_the_accounts(self):
        mb = build_mailbox([Spec("a"), Spec("b")], seed=6)
        records = Records(mb.features(), mb.meetings())
        friday = fridays(AS_OF, 1)[0]
        every = replay_week(records, friday=friday, me=frozenset({ME}), policy=Policy())
        one = sorted(every.accounts)[0]
        some = replay_week(records, friday=friday, me=frozenset({ME}), policy=Policy(),
                           only={one})
        assert some.accounts == {one: every.accounts[one]}


def _weeks(levels: list[Risk | None]) -> list[Week]:
    start = date(2026, 9, 4)
    return [Week(start + timedelta(days=7 * i), {} if r is None else {"acme.com": Score(r, 50)},
                 {}) for i, r in enumerate(levels)]


class TestOutcome:
    H, W, R = Risk.HEALTHY, Risk.WATCH, Risk.AT_RISK

    def test_churned_account_lead_time_from_its_first_flag(self):
        o = outcome("acme.com", _weeks([None, self.H, self.W, self.R, self.H]), date(2026, 10, 1))
        assert (o.first_watch, o.first_at_risk) == (date(2026, 9, 18), date(2026, 9, 25))
        assert o.lead_days == 13 and o.flagged_weeks == (date(2026, 9, 18), date(2026, 9, 25))

    def test_weeks_after_the_churn_do_not_count(self):
        o = outcome("acme.com", _weeks([self.H, self.H, self.R]), date(2026, 9, 12))
        assert o.first_watch is None and o.lead_days is None and o.flagged_weeks == ()

    def test_other_accounts_keep_every_flagged_week_and_no_lead(self):
        o = outcome("acme.com", _weeks([self.W, self.H, Risk.INSUFFICIENT_DATA, self.W]), None)
        assert o.flagged_weeks == (date(2026, 9, 4), date(2026, 9, 25))
        assert o.lead_days is None and o.first_at_risk is None
