"""The human-readable risk table of `unspoken scan` (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from unspoken.signals.model import Report, Risk

_STYLE = {Risk.AT_RISK: "bold red", Risk.WATCH: "yellow", Risk.HEALTHY: "green",
          Risk.INSUFFICIENT_DATA: "dim"}
_LABEL = {Risk.AT_RISK: "AT RISK", Risk.WATCH: "watch", Risk.HEALTHY: "healthy",
          Risk.INSUFFICIENT_DATA: "not enough data"}


def print_table(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"Customer risk as of {report.as_of:%Y-%m-%d}", show_lines=True)
    table.add_column("account", overflow="fold")
    table.add_column("level")
    table.add_column("score", justify="right")
    table.add_column("signals")
    table.add_column("top evidence", overflow="fold")
    for a in report.accounts:
        signals = "\n".join(f"• {s.summary}" for s in a.signals) or "—"
        top = next((e for s in a.signals for e in s.evidence), None)
        evidence = f"{top.date:%Y-%m-%d} {top.contact}: “{top.text}”" if top else ""
        table.add_row(a.account, f"[{_STYLE[a.risk]}]{_LABEL[a.risk]}[/]", str(a.score), signals,
                      evidence)
    console.print(table)
    if not report.accounts:
        console.print("No customer accounts found in these exports.")
