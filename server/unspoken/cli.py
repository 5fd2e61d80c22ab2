"""`unspoken scan | ...`: the command line. Errors are one line on stderr, never a traceback."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from unspoken.scan import ScanInputs, run_scan
from unspoken.signals.policy import Policy
from unspoken.signals.report import report_json

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Unspoken: see which customers are quietly walking away.")


def _as_of(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        _die(f"--as-of: not an ISO-8601 date or time: {value!r}")
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _die(line: str) -> None:
    typer.echo(f"unspoken: {line}", err=True)
    raise typer.Exit(2)


# Options `scan` and `backtest` share.
Me = Annotated[list[str], typer.Option("--me", help="Your own address (repeatable).")]
Mbox = Annotated[list[Path], typer.Option("--mbox", help=".mbox export (repeatable).")]
EmlDir = Annotated[list[Path], typer.Option("--eml-dir", help="Folder of .eml/maildir files.")]
Ics = Annotated[list[Path], typer.Option("--ics", help=".ics calendar export.")]
InternalDomain = Annotated[
    list[str], typer.Option("--internal-domain", help="Your organisation's other domains.")]
Format = Annotated[str, typer.Option("--format", help="table or json.")]
RecentDays = Annotated[int, typer.Option("--recent-days")]
BaselineDays = Annotated[int, typer.Option("--baseline-days")]


def _inputs(me: list[str], mbox: list[Path], eml_dir: list[Path], ics: list[Path],
            internal_domain: list[str], recent_days: int, baseline_days: int,
            fmt: str) -> tuple[ScanInputs, Policy]:
    if fmt not in ("table", "json"):
        _die(f"--format must be table or json, not {fmt!r}")
    policy = Policy(recent_days=recent_days, baseline_days=baseline_days,
                    internal_domains=frozenset(d.lower().strip() for d in internal_domain))
    inputs = ScanInputs(mbox=tuple(mbox), eml_dirs=tuple(eml_dir), ics=tuple(ics),
                        me=frozenset(a.lower().strip() for a in me))
    return inputs, policy


@app.command()
def scan(
    me: Me,
    mbox: Mbox = [],  # noqa: B006
    eml_dir: EmlDir = [],  # noqa: B006
    ics: Ics = [],  # noqa: B006
    internal_domain: InternalDomain = [],  # noqa: B006
    as_of: Annotated[str | None, typer.Option("--as-of", help="ISO-8601; default now.")] = None,
    fmt: Format = "table",
    recent_days: RecentDays = 60,
    baseline_days: BaselineDays = 270,
) -> None:
    """Scan mailbox and calendar exports and print each customer account's risk."""
    inputs, policy = _inputs(me, mbox, eml_dir, ics, internal_domain, recent_days,
                             baseline_days, fmt)
    if not (mbox or eml_dir or ics):
        _die("nothing to scan: give at least one --mbox, --eml-dir or --ics")
    when = _as_of(as_of)
    try:
        result = run_scan(inputs, as_of=when, policy=policy, progress=sys.stderr.isatty())
    except FileNotFoundError as exc:
        _die(str(exc))
    for line in result.skips.lines():
        typer.echo(line, err=True)
    if fmt == "json":
        typer.echo(json.dumps(report_json(result.report), indent=2, ensure_ascii=False))
    else:
        from unspoken.table import print_table

        print_table(result.report)


@app.command()
def backtest(
    me: Me,
    churned: Annotated[list[str], typer.Option(
        "--churned", help="ACCOUNT:YYYY-MM-DD, a customer that left and when (repeatable).")
    ] = [],  # noqa: B006
    mbox: Mbox = [],  # noqa: B006
    eml_dir: EmlDir = [],  # noqa: B006
    ics: Ics = [],  # noqa: B006
    internal_domain: InternalDomain = [],  # noqa: B006
    weeks: Annotated[int, typer.Option("--weeks", help="Fridays to replay (1-260).")] = 52,
    until: Annotated[str | None, typer.Option(
        "--as-of", help="ISO-8601: replay the Fridays before this; default the day after the "
        "last message.")] = None,
    fmt: Format = "table",
    svg: Annotated[Path | None, typer.Option(
        "--svg", help="Write one SVG timeline per churned or flagged account here.")] = None,
    recent_days: RecentDays = 60,
    baseline_days: BaselineDays = 270,
) -> None:
    """Replay the engine week by week over an export: how early were churned customers flagged,
    and which other accounts were flagged (false alarms)?"""
    from unspoken.backtest import (
        MAX_WEEKS,
        BadChurn,
        backtest_json,
        parse_churned,
        print_backtest,
        run_backtest,
        write_svgs,
    )

    inputs, policy = _inputs(me, mbox, eml_dir, ics, internal_domain, recent_days,
                             baseline_days, fmt)
    if not (mbox or eml_dir):
        _die("nothing to replay: give at least one --mbox or --eml-dir")
    if not 1 <= weeks <= MAX_WEEKS:
        _die(f"--weeks must be between 1 and {MAX_WEEKS}, not {weeks}")
    try:
        churn = parse_churned(churned)
    except BadChurn as exc:
        _die(str(exc))
    try:
        bt = run_backtest(inputs, weeks=weeks, churned=churn, policy=policy,
                          until=_as_of(until) if until else None,
                          progress=sys.stderr.isatty())
    except FileNotFoundError as exc:
        _die(str(exc))
    for line in bt.skips.lines():
        typer.echo(line, err=True)
    for account in bt.unknown:
        typer.echo(f"unspoken: --churned {account}: no such account in these exports", err=True)
    if svg is not None:
        written = write_svgs(bt, svg)
        typer.echo(f"wrote {len(written)} SVG timelines to {svg}", err=True)
    if fmt == "json":
        typer.echo(json.dumps(backtest_json(bt), indent=2))
    else:
        print_backtest(bt)


from unspoken.service_cli import register as _register_service_commands  # noqa: E402

_register_service_commands(app)  # serve, worker, demo, users create

from unspoken.ops_cli import register as _register_ops_commands  # noqa: E402

_register_ops_commands(app)  # migrate, keys new, keys rotate


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)




if __name__ == "__main__":
    main()
