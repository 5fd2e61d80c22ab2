"""`python -m unspoken.bench [--messages N]`: the scan's speed against a bare stdlib parse,
and the backtest's against the scan.

Generates (once, cached) a Takeout-like export, then runs, each in its own child process:
(a) the bare parse: every message through `email.message_from_bytes(policy=default)` and its
best body decoded with get_body/get_content, the same splitting of the file as the scan;
(b) the whole `run_scan` (parse, text, features, threads, calendar, assessment);
(c) `run_backtest` over 52 Fridays of the same export (one read, 52 replays).
Prints messages/s, the peak RSS of each child's process tree, and the ratios scan/bare and
backtest/scan.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from unspoken.bench.generate import AS_OF, ME, generate


def _bare(mbox: Path) -> dict[str, float]:
    from unspoken.imports.mbox import iter_raw

    t0 = time.perf_counter()
    n = chars = 0
    for _offset, raw in iter_raw(mbox):
        if raw is None:
            continue
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
        if body is not None:
            with contextlib.suppress(LookupError, ValueError):  # unknown charset, broken part
                chars += len(body.get_content())
        n += 1
    return {"messages": n, "seconds": time.perf_counter() - t0}


def _scan(mbox: Path, ics: Path, workers: int | None) -> dict[str, float]:
    from unspoken.scan import ScanInputs, run_scan
    from unspoken.signals.policy import Policy

    t0 = time.perf_counter()
    result = run_scan(ScanInputs(me=frozenset({ME}), mbox=(mbox,), ics=(ics,)), as_of=AS_OF,
                      policy=Policy(), workers=workers)
    return {"messages": result.messages, "meetings": result.meetings,
            "accounts": len(result.report.accounts), "skipped": result.skips.total,
            "seconds": time.perf_counter() - t0}


def _backtest(mbox: Path, ics: Path, workers: int | None) -> dict[str, float]:
    from unspoken.backtest import run_backtest
    from unspoken.scan import ScanInputs
    from unspoken.signals.policy import Policy

    t0 = time.perf_counter()
    bt = run_backtest(ScanInputs(me=frozenset({ME}), mbox=(mbox,), ics=(ics,)), weeks=52,
                      churned={}, policy=Policy(), until=AS_OF, workers=workers)
    return {"weeks": len(bt.weeks), "accounts": len(bt.outcomes),
            "flagged": sum(1 for o in bt.outcomes if o.flagged_weeks),
            "seconds": time.perf_counter() - t0}


def _run_child(args: list[str]) -> tuple[dict[str, float], float, float]:
    """Run this module as a child: its JSON answer, and, sampled over its whole process tree
    (the scan's worker processes included), the peak RSS in MB and the CPU seconds."""
    import psutil

    proc = subprocess.Popen([sys.executable, "-m", "unspoken.bench", *args],
                            stdout=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        rss = 0
        for p in tree:
            try:
                with p.oneshot():
                    rss += p.memory_info().rss
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
            except psutil.Error:
                pass
        peak = max(peak, rss)
        time.sleep(0.05)
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"bench child {args[:2]} failed with exit code {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1]), peak / 1e6, sum(cpu.values())


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m unspoken.bench", description=__doc__)
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--data", type=Path, default=Path("bench-data"),
                        help="where the generated export is cached (default ./bench-data)")
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        kind, *paths = args.child
        if kind == "bare":
            answer = _bare(Path(paths[0]))
        elif kind == "backtest":
            answer = _backtest(Path(paths[0]), Path(paths[1]), args.workers)
        else:
            answer = _scan(Path(paths[0]), Path(paths[1]), args.workers)
        print(json.dumps(answer))
        return

    t0 = time.perf_counter()
    mbox, ics = generate(args.data, messages=args.messages)
    size = mbox.stat().st_size / 1e6
    print(f"export: {mbox} ({size:.0f} MB, {args.messages} messages) + {ics.name}, "
          f"ready in {time.perf_counter() - t0:.1f} s; {os.cpu_count()} cores")
    bare, bare_rss, bare_cpu = _run_child(["--child", "bare", str(mbox)])
    extra = ["--workers", str(args.workers)] if args.workers else []
    scan, scan_rss, scan_cpu = _run_child([*extra, "--child", "scan", str(mbox), str(ics)])
    bt, bt_rss, bt_cpu = _run_child([*extra, "--child", "backtest", str(mbox), str(ics)])
    total = bare["messages"]
    rows = [("bare stdlib parse", bare["seconds"], bare_cpu, bare_rss),
            ("unspoken scan", scan["seconds"], scan_cpu, scan_rss),
            ("backtest 52 weeks", bt["seconds"], bt_cpu, bt_rss)]
    print(f"\n{'':<20}{'wall s':>8}{'messages/s':>12}{'CPU s':>8}{'peak RSS MB':>13}")
    for name, secs, cpu, rss in rows:
        print(f"{name:<20}{secs:>8.1f}{total / secs:>12.0f}{cpu:>8.1f}{rss:>13.0f}")
    load = os.getloadavg()[0]
    print(f"\nratio scan/bare: {scan['seconds'] / bare['seconds']:.2f} wall time (target <= 2.0, "
          f"goal <= 1.0), {scan_cpu / bare_cpu:.2f} CPU time; load average {load:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"ratio backtest/scan: {bt['seconds'] / scan['seconds']:.2f} wall time (target <= 3.0), "
          f"{bt_cpu / scan_cpu:.2f} CPU time; {bt['weeks']:.0f} Fridays, {bt['accounts']:.0f} "
          f"accounts, {bt['flagged']:.0f} flagged at least once")
    print(f"scan kept {scan['messages']:.0f} of {total:.0f} messages "
          f"({scan['skipped']:.0f} unreadable; Chat/Spam/Trash ignored), "
          f"{scan['meetings']:.0f} meeting occurrences, {scan['accounts']:.0f} accounts")

if __name__ == "__main__":
    main()
