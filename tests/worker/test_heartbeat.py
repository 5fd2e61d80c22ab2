"""A real `unspoken worker` beats; `unspoken worker --check` (the liveness probe) passes while
it runs, fails once it is stopped or frozen. A schedule-only worker never takes a task."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.service_support import REDIS_URL
from tests.worker.test_kill import worker_env
from unspoken.ops_cli import probe_target
from unspoken.store.models import new_id
from unspoken.worker import heartbeat
from unspoken.worker.queue import ArqQueue, arq_pool, job_id, queue_name

pytestmark = pytest.mark.slow


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unspoken.cli", "worker", "--check"], env=env,
                          capture_output=True, text=True, timeout=60)


def _start(env: dict[str, str], *args: str, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "unspoken.cli", "worker", *args], env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT,
                            start_new_session=True)


async def _until(pred, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("timed out")


def _env(settings, tmp_path: Path, stale: str = "3") -> dict[str, str]:
    return {**worker_env(settings),
            "UNSPOKEN_WORKER_HEARTBEAT_FILE": str(tmp_path / "beat"),
            "UNSPOKEN_WORKER_HEARTBEAT_STALE_SECONDS": stale}


class TestHeartbeat:
    def test_a_missing_or_old_beat_is_one_line(self, tmp_path: Path) -> None:
        beat = tmp_path / "beat"
        assert "not running" in (heartbeat.problem(beat, stale_after=60) or "")
        heartbeat.write(beat, now=time.time() - 300)
        assert "stuck" in (heartbeat.problem(beat, stale_after=60) or "")
        heartbeat.write(beat)
        assert heartbeat.problem(beat, stale_after=60) is None

    async def test_check_follows_a_real_worker(self, settings, tmp_path: Path) -> None:
        if not settings.database_url.startswith("postgresql"):
            pytest.skip("one backend is enough for a process test")
        env = _env(settings, tmp_path)
        r = _check(env)
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and "not running" in r.stderr
        proc = _start(env, log=tmp_path / "w.log")
        try:
            await _until(lambda: _check(env).returncode == 0)
            os.killpg(proc.pid, signal.SIGSTOP)  # frozen: the beat stops
            await _until(lambda: "stuck" in _check(env).stderr, timeout=30)
            os.killpg(proc.pid, signal.SIGCONT)
            await _until(lambda: _check(env).returncode == 0)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
        assert not (tmp_path / "beat").exists()  # a stopped worker is not alive
        assert "not running" in _check(env).stderr

    async def test_a_schedule_only_worker_leaves_tasks_queued(self, settings,
                                                             tmp_path: Path) -> None:
        if not settings.database_url.startswith("postgresql"):
            pytest.skip("one backend is enough for a process test")
        # A queue of its own: other tests' leftovers in the session's queue are not ours.
        prefix = f"{settings.redis_prefix}hb{new_id()[:8]}:"
        env = {**_env(settings, tmp_path, stale="60"), "UNSPOKEN_REDIS_PREFIX": prefix}
        pool = arq_pool(REDIS_URL, prefix)
        q = queue_name(prefix)
        proc = None
        try:
            await ArqQueue(pool, prefix).enqueue("assess.user", "nobody")
            assert await pool.zcard(q) == 1
            proc = _start(env, "--no-jobs", log=tmp_path / "s.log")
            await _until(lambda: _check(env).returncode == 0)
            await asyncio.sleep(2)  # ten of its polls (0.2 s in test mode)
            # still there for a task worker (its sweep may queue other tests' lost syncs:
            # with its own cron lock, it runs its schedule for real)
            mine = job_id(prefix, "assess.user", ("nobody",)).encode()
            assert mine in await pool.zrange(q, 0, -1)
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
            # Those other tests' syncs are not ours: their fake servers are gone, so a burst
            # worker would retry them (deferred, still queued) long after ours ran — in the
            # full suite, past the wait below (CI saw it time out). Only our job stays.
            others = [j for j in await pool.zrange(q, 0, -1) if j != mine]
            if others:
                await pool.zrem(q, *others)
            proc = _start(env, "--no-cron", "--burst", log=tmp_path / "w.log")
            assert proc.wait(60) == 0
            assert mine not in await pool.zrange(q, 0, -1)  # a task worker took it
        finally:
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(30)
            await pool.aclose()


class TestProbeTarget:
    @pytest.mark.parametrize(("argv", "target"), [
        (["unspoken", "serve", "--host", "0.0.0.0", "--port", "8080"], ("api", 8080)),
        (["/app/.venv/bin/python", "/app/.venv/bin/unspoken", "serve"], ("api", 8000)),
        (["unspoken", "worker", "--no-cron"], ("worker", 0)),
        (["unspoken", "migrate"], ("other", 0)),
        (["unspoken", "serve", "--port", "x"], ("api", 8000)),
    ])
    def test_the_main_command_decides_what_is_probed(self, argv, target) -> None:
        assert probe_target(argv) == target
