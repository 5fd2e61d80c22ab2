"""`unspoken scan` as a user runs it: the same export gives the same report in any process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "server" / "unspoken" / "sample"


def _scan(hash_seed: str) -> str:
    cmd = [sys.executable, "-m", "unspoken.cli", "scan", "--me", "sam@northwind-saas.com",
           "--mbox", str(SAMPLE / "sample.mbox"), "--ics", str(SAMPLE / "sample.ics"),
           "--as-of", "2026-10-30T18:00:00+00:00", "--format", "json"]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=True)
    return done.stdout


class TestScanIsDeterministic:
    def test_report_does_not_depend_on_the_hash_seed(self):
        first = _scan("1")
        assert '"at_risk"' in first
        assert _scan("2") == first
