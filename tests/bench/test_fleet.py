"""The fleet simulator, tiny: six mailboxes (half Google, half Microsoft), one real worker
process, a few seconds of steady state with a 429 storm and a huge backfill.
Checks that every part measured something, for both providers
(figures are the benchmark's business, not asserted here), and that the plot draws them."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import asyncpg
import pytest

from unspoken.bench.fleet import Ledger, poll_minutes, run
from unspoken.bench.fleet_plot import svg


class TestLedger:
    """The steady state's accounting: every change is in the lag, served or not."""

    def ledger(self) -> Ledger:
        kinds = {"a": "google", "b": "microsoft", "c": "google", "storm": "google"}
        return Ledger(kinds, onboarded={"a", "b", "storm"}, base=dict.fromkeys(kinds, 10),
                      storm="storm")

    def test_a_change_is_served_by_the_first_sync_that_stored_it(self) -> None:
        led = self.ledger()
        led.arrived("a", 100.0)
        led.synced("a", 101.0, 10)  # a sync that ended after it but did not store it
        led.synced("a", 99.0, 11)  # ...or ended before it arrived
        assert led.waiting()
        led.synced("a", 103.5, 11)
        assert not led.waiting()
        out = led.report(200.0)
        assert out["lag_s"]["n"] == 1 and out["lag_s"]["max"] == 3.5 and out["unserved"] == 0

    def test_changes_never_served_count_with_their_wait_and_by_phase(self) -> None:
        led = self.ledger()
        for box, at in (("a", 100.0), ("b", 100.0), ("c", 110.0), ("c", 120.0),
                        ("storm", 100.0)):
            led.arrived(box, at)
        led.synced("a", 102.0, 11)
        led.synced("b", 104.0, 11)
        led.synced("c", 125.0, 11)  # c's first sync stored the first of its two changes
        out = led.report(400.0)
        assert out["changes"] == 5 and out["storm_changes"] == 1
        assert out["lag_s"]["n"] == 4 and out["unserved"] == 1  # the storm's is not a lag
        assert out["lag_s"]["max"] == 280.0  # c's second change, still waiting
        on, off = out["by_phase"]["onboarded"], out["by_phase"]["not_onboarded"]
        assert (on["mailboxes"], on["changes"], on["lag_s"]["n"]) == (2, 2, 2)
        assert on["lag_s"]["max"] == 4.0
        assert (off["mailboxes"], off["changes"], off["unserved"]) == (1, 2, 1)
        assert off["lag_s"]["n"] == 2 and off["lag_s"]["p50"] == 15.0
        assert out["by_provider"]["microsoft"]["lag_s"]["n"] == 1
        goal = out["goal"]
        assert goal == {"all_onboarded": False, "p95_le_60s": False, "max_le_300s": True,
                        "met": False}

    def test_the_goal_is_met_only_with_everyone_onboarded_and_short_lags(self) -> None:
        kinds = {"a": "google", "b": "google"}
        led = Ledger(kinds, onboarded={"a", "b"}, base=dict.fromkeys(kinds, 0))
        led.arrived("a", 0.0)
        led.synced("a", 30.0, 1)
        assert led.report(1000.0)["goal"]["met"]
        led.arrived("b", 0.0)  # never served: waited 1,000 s by the report
        assert led.report(1000.0)["goal"] == {"all_onboarded": True, "p95_le_60s": False,
                                               "max_le_300s": False, "met": False}


def test_the_poll_does_not_come_due_for_every_mailbox_inside_the_run() -> None:
    assert poll_minutes(420, 60, 60) == 30  # the sizing guide's interval for a short run
    assert poll_minutes(2400, 120, 900) * 60 > 2400 + 900 + 120 + 120


@pytest.mark.slow
async def test_a_tiny_fleet_measures_every_figure() -> None:
    out = await run(mailboxes=6, workers=1, seconds=6, speed=200, messages=5,
                    huge_messages=250, connect_timeout=120, seed=1, microsoft_share=0.5,
                    settle_timeout=60)
    connect, steady, fair = out["connect"], out["steady"], out["fairness"]
    assert connect["synced"] == 6 and connect["first_badges_s"]["n"] == 6
    assert not connect["timed_out"] and connect["never_synced"] == 0
    assert connect["jobs"] >= 4 and connect["jobs_per_s_per_worker"] > 0
    assert out["settle"]["queued_at_end"] == 0  # the weekly scores ran before the steady state
    assert steady["changes"] > 0 and steady["unserved"] == 0
    # every change but the storm mailbox's is in the lag, all of them onboarded
    assert steady["lag_s"]["n"] == steady["changes"] - steady["storm_changes"]
    assert steady["lag_s"]["p50"] <= steady["lag_s"]["max"]
    assert steady["onboarded"] == {"at_start": 6, "not_at_start": 0, "at_end": 6}
    assert steady["by_phase"]["onboarded"]["lag_s"]["n"] == steady["lag_s"]["n"]
    assert steady["by_phase"]["not_onboarded"]["changes"] == 0
    assert steady["goal"]["all_onboarded"] and steady["goal"]["met"]
    assert fair["storm_429s"] > 0  # the storm mailbox was refused...
    assert fair["huge_backfill_done_s"] is not None  # ...and the huge one finished
    google, microsoft = out["by_provider"]["google"], out["by_provider"]["microsoft"]
    assert google["mailboxes"] == microsoft["mailboxes"] == 3
    assert google["first_badges_s"]["n"] == microsoft["first_badges_s"]["n"] == 3
    assert microsoft["lag_s"]["n"] > 0 and google["lag_s"]["n"] > 0
    assert google["lag_s"]["n"] + microsoft["lag_s"]["n"] == steady["lag_s"]["n"]
    assert fair["graph_requests"] > 0  # the Microsoft half went through the served Graph
    store = out["storage_per_mailbox"]
    assert store["pg_rows"] > 0 and store["pg_bytes"] > 0 and store["redis_bytes"] > 0
    drawn = svg([out, {**out, "workers": 2}])
    root = ET.fromstring(drawn)  # well-formed SVG
    assert root.tag.endswith("svg") and drawn.count("<polyline") == 2


@pytest.mark.slow
async def test_a_fleet_whose_onboarding_timed_out_reports_those_waiting_apart() -> None:
    out = await run(mailboxes=4, workers=1, seconds=5, speed=200, messages=5,
                    huge_messages=20, connect_timeout=0, seed=2, microsoft_share=0.5,
                    settle_timeout=60)
    connect, steady = out["connect"], out["steady"]
    assert connect["timed_out"] and connect["synced"] == 0
    assert out["settle"]["seconds"] == 0  # no settling after a timeout: straight on
    assert steady["onboarded"]["at_start"] == 0 and steady["onboarded"]["not_at_start"] == 4
    assert connect["synced_later"] == steady["onboarded"]["at_end"] >= 3  # all but the storm
    waiting = steady["by_phase"]["not_onboarded"]
    offered = steady["changes"] - steady["storm_changes"]  # the storm's are only counted
    assert waiting["changes"] == offered > 0
    assert waiting["lag_s"]["n"] == steady["lag_s"]["n"] == offered
    assert steady["by_phase"]["onboarded"]["lag_s"]["n"] == 0
    assert not steady["goal"]["all_onboarded"] and not steady["goal"]["met"]


def _children(pid: int) -> dict[int, str]:
    """pid -> command line of the processes whose parent is `pid` (Linux /proc)."""
    out = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                out[int(d.name)] = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
    return out


def _database_of(pid: int) -> str:
    env = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    url = next(e for e in env if e.startswith(b"UNSPOKEN_DATABASE_URL=")).decode()
    return url.rsplit("/", 1)[1]


@pytest.mark.slow
async def test_a_run_stopped_with_kill_stops_its_workers_and_drops_its_database(
        tmp_path: Path) -> None:
    """`kill` (SIGTERM) on a run used to end it at once: its workers, in their own sessions,
    went on polling the run's database on the cores of the next run."""
    log = tmp_path / "fleet.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "unspoken.bench.fleet", "--mailboxes", "4", "--workers", "1",
         "--seconds", "600", "--speed", "200", "--messages", "5", "--huge", "20",
         "--connect-timeout", "600"],
        stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    try:
        workers: dict[int, str] = {}
        for _ in range(600):  # the worker is up once the run has connected the mailboxes
            workers = {p: c for p, c in _children(proc.pid).items() if "cli worker" in c}
            if workers or proc.poll() is not None:
                break
            await asyncio.sleep(0.2)
        assert workers, log.read_text()
        await asyncio.sleep(1)  # well inside the run
        database = _database_of(next(iter(workers)))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(120) != 0  # stopped, not finished
    finally:
        if proc.poll() is None:
            proc.kill()
    states = {pid: _state(pid) for pid in workers}
    conn = await asyncpg.connect(host="127.0.0.1", port=5432, user="postgres",
                                 database="postgres")
    try:
        left = await conn.fetchval("SELECT count(*) FROM pg_database WHERE datname = $1",
                                   database)
        if left or "running" in states.values():  # the bug: leave nothing behind
            for pid, state in states.items():
                if state == "running":
                    os.kill(pid, signal.SIGKILL)
            await conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await conn.close()
    assert set(states.values()) <= {"gone", "zombie"}, states
    assert left == 0


def _state(pid: int) -> str:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "gone"
    return "zombie" if stat.rsplit(")", 1)[1].split()[0] == "Z" else "running"
