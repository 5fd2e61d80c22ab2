"""`unspoken backtest`: how early would the engine have warned about the customers who left?

The exports are read once, as the scan reads them (`scan.read_inputs`: features only, text
dropped in the worker processes); the engine then replays every Friday over those same
features (`signals.replay`). Weeks are independent, so on a large mailbox they run in forked
processes that inherit the features instead of receiving them.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from unspoken.imports.errors import Skips
from unspoken.imports.ics import read_ics
from unspoken.scan import FUTURE_DAYS, Progress, ScanInputs, read_inputs
from unspoken.signals.accounts import registrable_domain
from unspoken.signals.model import Risk
from unspoken.signals.policy import Policy
from unspoken.signals.replay import (
    Outcome,
    Records,
    Week,
    fridays,
    outcome,
    replay_week,
    week_end,
)

MAX_WEEKS = 260
MAX_CHURNED = 10_000
PARALLEL_FROM = 5_000  # features: below this, forking costs more than it saves


class BadChurn(ValueError):
    pass


def parse_churned(values: Iterable[str]) -> dict[str, date]:
    """`acme.com:2026-09-30` (repeatable) -> {account: churn date}; ValueError names the bad one."""
    out: dict[str, date] = {}
    for v in values:
        account, sep, when = v.strip().rpartition(":")
        account = account.strip().lower()
        if not sep or not account or len(account) > 320 or any(c.isspace() for c in account):
            raise BadChurn(f"--churned {v!r}: expected ACCOUNT:YYYY-MM-DD (acme.com:2026-09-30)")
        try:
            out[account] = date.fromisoformat(when.strip())
        except ValueError:
            raise BadChurn(f"--churned {v!r}: {when!r} is not a YYYY-MM-DD date") from None
        if len(out) > MAX_CHURNED:
            raise BadChurn(f"--churned: at most {MAX_CHURNED} accounts")
    return out


@dataclass
class Backtest:
    weeks: list[date]
    outcomes: list[Outcome]
    timelines: dict[str, list[tuple[Risk, int] | None]]  # account -> one entry per week
    unknown: list[str]  # churned accounts the replay never saw
    skips: Skips
    messages: int
    meetings: int


def run_backtest(inputs: ScanInputs, *, weeks: int, churned: dict[str, date],
                 policy: Policy, until: datetime | None = None, progress: bool = False,
                 workers: int | None = None) -> Backtest:
    """Read the exports once, replay `weeks` Fridays ending before `until` (default: the day
    after the last message), and read each account's weeks."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"--weeks must be between 1 and {MAX_WEEKS}")
    for p in inputs.ics:
        if not p.is_file():
            raise FileNotFoundError(f"{p}: no such file")
    # The mail first: its last date ends the replay unless `until` is given; then the calendar
    # over exactly the span the replayed weeks can use.
    read = read_inputs(replace(inputs, ics=()), first=until or _now(), last=until or _now(),
                       policy=policy, progress=progress, workers=workers)
    mail = Records(read.features, ())
    until = until or (mail.last_date or _now()) + timedelta(days=1)
    days = fridays(until, weeks)
    start = week_end(days[0]) - timedelta(days=policy.recent_days + policy.baseline_days)
    end = week_end(days[-1]) + timedelta(days=FUTURE_DAYS)
    calendar = [m for p in inputs.ics for m in read_ics(p, start=start, end=end,
                                                        skips=read.skips)]
    records = Records(mail.features, calendar)
    replayed = replay(records, days, me=inputs.me, policy=policy, progress=progress,
                      workers=workers)
    accounts = sorted({a for w in replayed for a in w.accounts})
    found = set(accounts)
    aliases = {acc: _account_in(acc, found) for acc in churned}
    churn_of = {(aliases[acc] or acc): when for acc, when in churned.items()}
    outcomes = [outcome(a, replayed, churn_of.get(a)) for a in sorted({*accounts, *churn_of})]
    outcomes.sort(key=_rank)
    timelines = {o.account: [(s.risk, s.score) if (s := w.accounts.get(o.account)) else None
                             for w in replayed] for o in outcomes}
    return Backtest(weeks=days, outcomes=outcomes, timelines=timelines,
                    unknown=sorted(acc for acc, alias in aliases.items() if alias is None),
                    skips=read.skips, messages=len(records.features),
                    meetings=len(records.meetings))


def _now() -> datetime:
    return datetime.now(UTC)


def _account_in(given: str, found: set[str]) -> str | None:
    """The account the engine names for what the user typed (mail.acme.com -> acme.com)."""
    if given in found:
        return given
    domain = given.split("@")[-1]
    for candidate in (domain, registrable_domain(domain)):
        if candidate in found:
            return candidate
    return None


def _rank(o: Outcome) -> tuple[int, str, int, str]:
    if o.churned_on is not None:
        return (0, o.churned_on.isoformat(), 0, o.account)
    return (1 if o.flagged_weeks else 2, "", -len(o.flagged_weeks), o.account)


# --- the replay, in parallel when it pays -------------------------------------------------------

_SHARED: tuple[Records, frozenset[str], Policy] | None = None


def replay(records: Records, days: Sequence[date], *, me: frozenset[str], policy: Policy,
           progress: bool = False, workers: int | None = None) -> list[Week]:
    """Every Friday in `days`, in order. Forked workers inherit `records` (no pickling)."""
    global _SHARED
    n = _workers(len(records.features), len(days), workers)
    bar = Progress(len(days), enabled=progress, label="replaying weeks")
    out: list[Week] = []
    try:
        if n <= 1:
            for d in days:
                out.append(replay_week(records, friday=d, me=me, policy=policy))
                bar.advance(1)
            return out
        _SHARED = (records, me, policy)
        pool = mp.get_context("fork").Pool(n)
        try:
            for week in pool.imap(_replay_shared, days):
                out.append(week)
                bar.advance(1)
        finally:
            pool.terminate()
            pool.join()
            _SHARED = None
        return out
    finally:
        bar.close()


def _replay_shared(day: date) -> Week:
    assert _SHARED is not None
    records, me, policy = _SHARED
    return replay_week(records, friday=day, me=me, policy=policy)


def _workers(features: int, weeks: int, wanted: int | None) -> int:
    if wanted is not None:
        return max(1, min(wanted, weeks))
    if features < PARALLEL_FROM or weeks < 4 or "fork" not in mp.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8, weeks))


# --- output ------------------------------------------------------------------------------------

def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def backtest_json(bt: Backtest) -> dict[str, Any]:
    """The documented shape: weeks, then one entry per account."""
    return {"weeks": [d.isoformat() for d in bt.weeks],
            "accounts": [{"account": o.account, "churned_on": _iso(o.churned_on),
                          "first_watch": _iso(o.first_watch),
                          "first_at_risk": _iso(o.first_at_risk), "lead_days": o.lead_days,
                          "flagged_weeks": [d.isoformat() for d in o.flagged_weeks]}
                         for o in bt.outcomes]}


_CELL = {Risk.AT_RISK: "[bold red]█[/]", Risk.WATCH: "[yellow]▆[/]", Risk.HEALTHY: "[green]▁[/]",
         Risk.INSUFFICIENT_DATA: "[dim]·[/]"}


def print_backtest(bt: Backtest, console: Any = None) -> None:
    """Churned accounts with their lead time, then every account flagged at least once."""
    from rich.console import Console
    from rich.markup import escape as escape_markup
    from rich.table import Table

    console = console or Console()
    span = f"{bt.weeks[0]:%Y-%m-%d} … {bt.weeks[-1]:%Y-%m-%d}" if bt.weeks else "no weeks"
    table = Table(title=f"Backtest: {len(bt.weeks)} Fridays, {span}", show_lines=False)
    table.add_column("account", overflow="fold", min_width=16)
    for col in ("churned", "first\nwatch", "first\nat risk"):
        table.add_column(col, no_wrap=True)
    for col in ("lead\ndays", "weeks\nflagged"):
        table.add_column(col, no_wrap=True, justify="right")
    shown = [o for o in bt.outcomes if o.churned_on is not None or o.flagged_weeks]
    for o in shown:
        table.add_row(o.account, _iso(o.churned_on) or "—", _iso(o.first_watch) or "never",
                      _iso(o.first_at_risk) or "never",
                      "—" if o.lead_days is None else str(o.lead_days),
                      str(len(o.flagged_weeks)))
    console.print(table)
    if shown:
        console.print("Each Friday, oldest first: [green]▁[/] healthy  [yellow]▆[/] watch  "
                      "[bold red]█[/] at risk  [dim]·[/] not enough data  (blank: no mail yet)")
        width = max(len(o.account) for o in shown)
        for o in shown:
            line = "".join(" " if s is None else _CELL[s[0]] for s in bt.timelines[o.account])
            console.print(f"{escape_markup(o.account):<{width}}  {line}", soft_wrap=True)
    quiet = len(bt.outcomes) - len(shown)
    churned = [o for o in bt.outcomes if o.churned_on is not None]
    warned = [o for o in churned if o.lead_days is not None and o.lead_days > 0]
    false_alarms = [o for o in bt.outcomes if o.churned_on is None and o.flagged_weeks]
    console.print(f"{len(warned)} of {len(churned)} churned accounts flagged before they left; "
                  f"{len(false_alarms)} other accounts flagged at least once "
                  f"({sum(len(o.flagged_weeks) for o in false_alarms)} account-weeks); "
                  f"{quiet} never flagged.")


_SVG_FILL = {Risk.AT_RISK: "#c62828", Risk.WATCH: "#f9a825", Risk.HEALTHY: "#2e7d32",
             Risk.INSUFFICIENT_DATA: "#bdbdbd"}


def write_svgs(bt: Backtest, folder: Path) -> list[Path]:
    """One timeline per churned or flagged account: a cell per Friday coloured by level, the
    score as a line, the churn date as a rule."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for o in bt.outcomes:
        if o.churned_on is None and not o.flagged_weeks:
            continue
        path = folder / (re.sub(r"[^a-z0-9@._-]+", "_", o.account.lower())[:120] + ".svg")
        path.write_text(_svg(o, bt.weeks, bt.timelines[o.account]), encoding="utf-8")
        written.append(path)
    return written


def _svg(o: Outcome, weeks: list[date], line: list[tuple[Risk, int] | None]) -> str:
    cell, top, height = 12, 28, 60
    width = cell * len(weeks) + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + height + 30}"'
             f' font-family="sans-serif" font-size="11">',
             f'<text x="10" y="16">{escape(o.account)}'
             + (f' — churned {o.churned_on}, lead {o.lead_days} days' if o.churned_on else "")
             + "</text>"]
    points = []
    for i, (d, s) in enumerate(zip(weeks, line, strict=True)):
        x = 10 + i * cell
        fill = "#ffffff" if s is None else _SVG_FILL[s[0]]
        parts.append(f'<rect x="{x}" y="{top + height + 4}" width="{cell - 1}" height="10" '
                     f'fill="{fill}"><title>{d} {s[0].value if s else "no mail yet"}'
                     f'</title></rect>')
        if s is not None:
            points.append(f"{x + cell / 2:.0f},{top + height - s[1] * height / 100:.0f}")
    parts.append(f'<polyline fill="none" stroke="#37474f" points="{" ".join(points)}"/>')
    if o.churned_on is not None and weeks:
        cx = 10 + cell * ((o.churned_on - weeks[0]).days / 7) + cell / 2
        parts.append(f'<line x1="{cx:.0f}" x2="{cx:.0f}" y1="{top}" y2="{top + height + 14}" '
                     f'stroke="#000" stroke-dasharray="3,2"/>')
    parts.append(f'<text x="10" y="{top + height + 28}">{weeks[0] if weeks else ""} … '
                 f'{weeks[-1] if weeks else ""}</text></svg>')
    return "\n".join(parts) + "\n"
