"""Scenario tests: whole mailboxes through the engine, levels and signal kinds per account."""

from __future__ import annotations

import json
from functools import cache

import pytest

from tests.signals.scenarios import AS_OF, ME, Mailbox, build_mailbox, standard_specs
from unspoken.signals import markers
from unspoken.signals.assess import assess, assess_account, group, mailbox_context
from unspoken.signals.model import Direction, Report, Risk, SignalKind
from unspoken.signals.policy import Policy
from unspoken.signals.report import report_json

POLICY = Policy(internal_domains=frozenset({"northwind.eu"}))
SEEDS = (1, 2, 3)
TEXT_KINDS = {SignalKind.SMALL_TALK_LOSS, SignalKind.FEATURE_SILENCE,
              SignalKind.EXPANSION_REFUSAL}


def _markers_ready() -> bool:
    found = markers.detect("Hi Dana! Thanks so much, hope the trip was great!",
                           direction=Direction.RECEIVED)
    return bool(found.counts)


@cache
def mailbox(seed: int, lull: bool = False) -> Mailbox:
    return build_mailbox(standard_specs(), seed=seed, split="tune", lull=lull)


@cache
def direct(seed: int, lull: bool = False) -> Report:
    mb = mailbox(seed, lull)
    return assess(mb.features(), mb.meetings(), me=mb.me, as_of=mb.as_of, policy=POLICY)


def by_label(mb: Mailbox, report: Report) -> dict[str, tuple[Risk, set[SignalKind]]]:
    got = {a.account: a for a in report.accounts}
    return {t.label: (got[acc].risk, {s.kind for s in got[acc].signals})
            for acc, t in mb.truth.items()}


@pytest.mark.parametrize("lull", [False, True], ids=["normal", "holiday_lull"])
@pytest.mark.parametrize("seed", SEEDS)
class TestScenariosFromLabelledRecords:
    def test_every_account_gets_its_level_and_signals(self, seed, lull):
        mb = mailbox(seed, lull)
        report = direct(seed, lull)
        got = by_label(mb, report)
        undecided = {mb.truth[a.account].label: set(a.undecided) for a in report.accounts
                     if a.account in mb.truth}
        wrong = {}
        for t in mb.truth.values():
            risk, kinds = got[t.label]
            # A holiday took the recent mail a test needed: it must say so for that signal
            # ("not enough data"), never pass the account as silently fine.
            missed = set(t.signals) - kinds
            if lull and kinds <= set(t.signals) and missed and missed <= undecided[t.label]:
                continue
            if (risk, kinds) != (t.expected, set(t.signals)):
                wrong[t.label] = (risk, kinds)
        assert not wrong

    def test_colleagues_and_newsletters_are_never_accounts(self, seed, lull):
        mb = mailbox(seed, lull)
        accounts = {a.account for a in direct(seed, lull).accounts}
        assert accounts == set(mb.truth)


class TestHardHealthyCases:
    @pytest.mark.parametrize("seed", SEEDS)
    def test_quiet_by_default(self, seed):
        mb = mailbox(seed)
        got = by_label(mb, direct(seed))
        for label in ("healthy_warm", "healthy_terse_by_habit", "healthy_one_off_move",
                      "healthy_concrete_decline", "healthy_accepted_upsell",
                      "healthy_exec_vacation", "healthy_freemail"):
            assert got[label] == (Risk.HEALTHY, set()), label

    def test_short_relationship_is_not_enough_data(self):
        mb = mailbox(1)
        assert by_label(mb, direct(1))["short_relationship"][0] is Risk.INSUFFICIENT_DATA

    def test_free_mail_contact_is_its_own_account(self):
        mb = mailbox(1)
        free = [acc for acc, t in mb.truth.items() if t.label == "healthy_freemail"]
        assert free and "@" in free[0]

    def test_holiday_lull_is_recognised_across_the_mailbox(self):
        mb = mailbox(2, lull=True)
        ctx = mailbox_context(mb.features(), mb.meetings(), me=mb.me, as_of=mb.as_of,
                              policy=POLICY)
        assert len([w for w in ctx.lull_weeks if w.year == 2026 and w.month in (9, 10)]) >= 2


class TestReport:
    def test_sorted_by_risk_then_score(self):
        order = {Risk.AT_RISK: 0, Risk.WATCH: 1, Risk.HEALTHY: 2, Risk.INSUFFICIENT_DATA: 3}
        accounts = direct(1).accounts
        keys = [(order[a.risk], -a.score) for a in accounts]
        assert keys == sorted(keys)

    def test_scores_follow_levels(self):
        for a in direct(1).accounts:
            assert 0 <= a.score <= 100
            if a.risk is Risk.AT_RISK:
                assert a.score >= 60
            elif a.risk is Risk.WATCH:
                assert 30 <= a.score < 60
            else:
                assert a.score < 30

    def test_evidence_is_dated_short_and_recent_enough(self):
        for a in direct(1).accounts:
            for s in a.signals:
                assert s.summary and s.evidence
                for e in s.evidence:
                    assert len(e.text) <= 160 and e.source in ("email", "calendar")
                    assert e.date <= AS_OF

    def test_at_risk_accounts_get_a_named_check_in(self):
        mb = mailbox(1)
        for a in direct(1).accounts:
            if a.risk is not Risk.AT_RISK:
                assert a.suggested_checkin is None
                continue
            c = a.suggested_checkin
            assert c is not None and c.to.endswith(a.account.split("@")[-1])
            first = next(x.name for x in a.contacts if x.email == c.to).split()[0]
            assert c.body.split()[1].strip(",") == first or first in c.body.split("\n")[0]
            assert "satisfied" not in c.body.lower()
        assert mb

    def test_json_shape(self):
        data = json.loads(json.dumps(report_json(direct(1))))
        a = data["accounts"][0]
        assert set(a) >= {"account", "level", "score", "signals", "contacts",
                          "suggested_checkin"}
        assert set(a["signals"][0]) >= {"kind", "severity", "summary", "evidence"}
        assert set(a["contacts"][0]) >= {"email", "name", "role", "title", "level", "signals"}

    def test_level_is_the_word_and_risk_its_deprecated_alias(self):
        """`/v1/accounts` says `level`; the scan's JSON says it too, and keeps `risk` (same
        value) for one release."""
        for a in report_json(direct(1))["accounts"]:
            assert a["level"] == a["risk"]
            assert all(c["level"] == c["risk"] for c in a["contacts"])

    def test_descriptions_replace_quotes_when_policy_forbids_them(self):
        mb = mailbox(1)
        quiet = Policy(internal_domains=POLICY.internal_domains, store_quotes=False)
        report = assess(mb.features(), mb.meetings(), me=mb.me, as_of=mb.as_of, policy=quiet)
        quotes = {q for f in mb.features() for q in f.quotes.values()}
        for a in report.accounts:
            for s in a.signals:
                assert not any(e.text in quotes for e in s.evidence)

    def test_disabled_signal_is_never_reported(self):
        mb = mailbox(1)
        from unspoken.signals.policy import SignalPolicy
        off = Policy(internal_domains=POLICY.internal_domains,
                     signals={SignalKind.SMALL_TALK_LOSS: SignalPolicy(enabled=False)})
        report = assess(mb.features(), mb.meetings(), me=mb.me, as_of=mb.as_of, policy=off)
        assert all(s.kind is not SignalKind.SMALL_TALK_LOSS
                   for a in report.accounts for s in a.signals)
        assert all(s.kind is not SignalKind.SMALL_TALK_LOSS
                   for a in report.accounts for c in a.contacts for s in c.signals)


class TestIncremental:
    def test_rescoring_one_account_matches_the_full_scan(self):
        mb = mailbox(3, lull=True)
        feats, meets = mb.features(), mb.meetings()
        full = {a.account: a for a in direct(3, True).accounts}
        ctx = mailbox_context(feats, meets, me=mb.me, as_of=AS_OF, policy=POLICY)
        groups = group(feats, meets, me=mb.me, as_of=AS_OF, policy=POLICY, context=ctx)
        for acc, (fs, ms) in groups.items():
            again = assess_account(acc, list(reversed(fs)), ms, context=ctx, me=mb.me,
                                   as_of=AS_OF, policy=POLICY)
            assert again == full[acc]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """The seed-1 scenarios written as .mbox + .ics and read by `unspoken.scan.run_scan`."""
    from unspoken.scan import ScanInputs, run_scan

    mb = mailbox(1)
    mbox, ics = mb.write(tmp_path_factory.mktemp("export"))
    result = run_scan(ScanInputs(me=frozenset({ME}), mbox=(mbox,), ics=(ics,)),
                      as_of=AS_OF, policy=POLICY)
    return mb, result


class TestThroughTheRealImporters:
    """The same scenarios through the importers and the real text layer."""

    def test_reads_everything_and_finds_the_same_accounts(self, scanned):
        mb, result = scanned
        if result.messages == 0:
            pytest.skip("importers not implemented yet")
        assert not result.skips.lines()
        assert {a.account for a in result.report.accounts} == set(mb.truth)

    def test_no_false_alarms_on_healthy_accounts(self, scanned):
        mb, result = scanned
        got = by_label(mb, result.report)
        for t in mb.truth.values():
            if t.expected is Risk.HEALTHY:
                assert got[t.label][0] is Risk.HEALTHY, t.label

    def test_levels_and_signals_mostly_survive_the_text_layer(self, scanned):
        """Strict per-account equality is the labelled-records test above; here the real text
        layer reads our wording, so we hold it to the same bar as `make eval` overall."""
        mb, result = scanned
        if result.messages == 0:
            pytest.skip("importers not implemented yet")
        got = by_label(mb, result.report)
        ready = _markers_ready()
        tp = fp = fn = 0
        for t in mb.truth.values():
            risk, kinds = got[t.label]
            if t.expected is Risk.INSUFFICIENT_DATA:
                assert risk is Risk.INSUFFICIENT_DATA, t.label
                continue
            want = set(t.signals) if ready else set(t.signals) - TEXT_KINDS
            have = kinds if ready else kinds - TEXT_KINDS
            tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
            if t.expected is Risk.AT_RISK:
                assert risk in (Risk.AT_RISK, Risk.WATCH), t.label
        assert tp / (tp + fp) >= 0.9
        assert tp / (tp + fn) >= 0.75
