"""`unspoken backtest` as a user runs it: the bundled sample, one churned account, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest

from unspoken.scan import ScanInputs, run_scan
from unspoken.signals.policy import Policy
from unspoken.signals.replay import week_end

SAMPLE = Path(__file__).resolve().parents[1] / "server" / "unspoken" / "sample"
ME = "sam@northwind-saas.com"
INPUTS = ["--me", ME, "--mbox", str(SAMPLE / "sample.mbox"), "--ics", str(SAMPLE / "sample.ics")]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unspoken.cli", *args], capture_output=True,
                          text=True, timeout=300)


def _scan_level(account: str, friday: date) -> str:
    """What a scan of the same export says about an account as of the end of a Friday."""
    result = run_scan(ScanInputs(me=frozenset({ME}), mbox=(SAMPLE / "sample.mbox",),
                                 ics=(SAMPLE / "sample.ics",)),
                      as_of=week_end(friday), policy=Policy())
    found = [a for a in result.report.accounts if a.account == account]
    return found[0].risk.value if found else "absent"


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, Path]:
    svg = tmp_path_factory.mktemp("svg")
    done = _cli("backtest", *INPUTS, "--weeks", "16", "--churned", "KESTRELFOODS.FR:2026-10-30",
                "--churned", "gone-customer.com:2026-09-01", "--format", "json", "--svg",
                str(svg))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done.stderr, svg


class TestBacktest:
    def test_json_has_the_documented_shape(self, replayed):
        body, _, _ = replayed
        assert set(body) == {"weeks", "accounts"}
        weeks = [date.fromisoformat(w) for w in body["weeks"]]
        assert len(weeks) == 16 and all(w.weekday() == 4 for w in weeks)
        assert weeks[-1] == date(2026, 10, 30)  # the last Friday the sample's mail covers
        assert all(b - a == timedelta(days=7) for a, b in zip(weeks, weeks[1:], strict=False))
        for a in body["accounts"]:
            assert set(a) == {"account", "churned_on", "first_watch", "first_at_risk",
                              "lead_days", "flagged_weeks"}

    def test_churned_account_first_flags_agree_with_a_scan_on_those_days(self, replayed):
        body, _, _ = replayed
        kestrel = next(a for a in body["accounts"] if a["account"] == "kestrelfoods.fr")
        first = date.fromisoformat(kestrel["first_watch"])
        assert kestrel["churned_on"] == "2026-10-30"
        assert kestrel["lead_days"] == (date(2026, 10, 30) - first).days > 0
        assert kestrel["flagged_weeks"][0] == kestrel["first_watch"]
        assert _scan_level("kestrelfoods.fr", first) in ("watch", "at_risk")
        assert _scan_level("kestrelfoods.fr", first - timedelta(days=7)) in (
            "healthy", "insufficient_data", "absent")
        at_risk = date.fromisoformat(kestrel["first_at_risk"])
        assert _scan_level("kestrelfoods.fr", at_risk) == "at_risk"

    def test_other_accounts_list_their_flagged_weeks(self, replayed):
        body, _, _ = replayed
        others = [a for a in body["accounts"] if a["churned_on"] is None]
        assert others and all(a["lead_days"] is None for a in others)
        flagged = next(a for a in others if a["flagged_weeks"])
        week = date.fromisoformat(flagged["flagged_weeks"][-1])
        assert _scan_level(flagged["account"], week) in ("watch", "at_risk")
        quiet = next(a for a in others if not a["flagged_weeks"])
        assert quiet["first_watch"] is None and quiet["first_at_risk"] is None

    def test_an_unknown_churned_account_is_reported_not_invented(self, replayed):
        body, stderr, _ = replayed
        gone = next(a for a in body["accounts"] if a["account"] == "gone-customer.com")
        assert gone["first_watch"] is None and gone["lead_days"] is None
        assert "--churned gone-customer.com: no such account in these exports" in stderr

    def test_svg_timelines_for_churned_and_flagged_accounts(self, replayed):
        body, _, svg = replayed
        files = sorted(p.name for p in svg.glob("*.svg"))
        wanted = sorted(f"{a['account']}.svg" for a in body["accounts"]
                        if a["churned_on"] or a["flagged_weeks"])
        assert files == wanted
        root = ET.parse(svg / "kestrelfoods.fr.svg").getroot()
        assert len(root.findall("{http://www.w3.org/2000/svg}rect")) == 16

    def test_table_names_the_lead_time(self):
        done = _cli("backtest", *INPUTS, "--weeks", "2", "--churned", "kestrelfoods.fr:2026-10-30")
        assert done.returncode == 0, done.stderr
        assert "kestrelfoods.fr" in done.stdout and "churned accounts flagged" in done.stdout


class TestBadInput:
    @pytest.mark.parametrize(("args", "message"), [
        (["--churned", "acme.com"], "expected ACCOUNT:YYYY-MM-DD"),
        (["--churned", "acme.com:30/09/2026"], "is not a YYYY-MM-DD date"),
        (["--weeks", "0"], "--weeks must be between 1 and 260"),
        (["--format", "xml"], "--format must be table or json"),
        (["--as-of", "yesterday"], "--as-of: not an ISO-8601"),
    ])
    def test_one_line_and_exit_2(self, args, message):
        done = _cli("backtest", *INPUTS, *args)
        assert done.returncode == 2
        assert message in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1

    def test_missing_export(self, tmp_path):
        done = _cli("backtest", "--me", ME, "--mbox", str(tmp_path / "none.mbox"))
        assert done.returncode == 2 and "Traceback" not in done.stderr
        done = _cli("backtest", "--me", ME, "--mbox", str(SAMPLE / "sample.mbox"), "--ics",
                    str(tmp_path / "none.ics"))
        assert done.returncode == 2 and "none.ics: no such file" in done.stderr
