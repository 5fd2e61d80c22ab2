"""The fault and abuse suite prints its figures at the end of the run."""

from __future__ import annotations

from typing import Any

from tests.security.figures import FIGURES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES.faults or FIGURES.rows_checked or FIGURES.healthz_checks:
        terminalreporter.section("fault and abuse suite")
        for line in FIGURES.lines():
            terminalreporter.write_line(line)
