"""Real processes for the fault suite, all on loopback: `unspoken serve` and `unspoken worker`,
a `/healthz` prober, and throwaway Redis and PostgreSQL servers (own port, own temp dir) that a
test may kill and restart without touching the shared ones on 6379 and 5432."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tests.security.figures import FIGURES
from tests.worker.test_kill import worker_env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, *, timeout: float, proc: subprocess.Popen[bytes] | None = None,
               what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what} exited with {proc.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), 0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"{what} not listening on 127.0.0.1:{port} after {timeout}s")


def env_for(settings: Any, **overrides: str) -> dict[str, str]:
    env = worker_env(settings)
    env.update({"UNSPOKEN_LOG_LEVEL": "INFO", "UNSPOKEN_PERIODIC_SECONDS": "2"})
    env.update(overrides)
    return env


class Proc:
    """A child process in its own session (killed as a group), output to a log file."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self.p = subprocess.Popen(args, env=env, stdout=log.open("ab"),
                                  stderr=subprocess.STDOUT, start_new_session=True)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.p.poll() is None:
            os.killpg(self.p.pid, sig)
        self.p.wait(30)

    def stop(self) -> None:
        self.kill(signal.SIGTERM)


def start_worker(env: dict[str, str], log: Path) -> Proc:
    return Proc([sys.executable, "-m", "unspoken.cli", "worker"], env, log)


def start_api(env: dict[str, str], log: Path) -> tuple[Proc, str]:
    """`unspoken serve` on a free loopback port; returns it with its base URL once up."""
    port = free_port()
    proc = Proc([sys.executable, "-m", "unspoken.cli", "serve", "--port", str(port)], env, log)
    _wait_port(port, timeout=60, proc=proc.p, what="unspoken serve")
    return proc, f"http://127.0.0.1:{port}"


class HealthProbe:
    """GET /healthz every 50 ms from a thread, for the whole block; records the worst latency
    (into FIGURES too). `worst_ms` covers failed probes as their full timeout."""

    def __init__(self, base_url: str, *, interval: float = 0.05, timeout: float = 5.0) -> None:
        self.url, self.interval, self.timeout = f"{base_url}/healthz", interval, timeout
        self.worst_ms, self.probes, self.failures = 0.0, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout) as c:
            while not self._stop.is_set():
                start = time.perf_counter()
                try:
                    ok = c.get(self.url).status_code == 200
                except httpx.HTTPError:
                    ok = False
                ms = (time.perf_counter() - start) * 1000
                if not ok:
                    self.failures += 1
                    ms = max(ms, self.timeout * 1000)
                self.probes += 1
                self.worst_ms = max(self.worst_ms, ms)
                FIGURES.healthz(ms)
                self._stop.wait(self.interval)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def check(self) -> None:
        assert self.probes > 10, "the prober did not run"
        assert self.failures == 0 and self.worst_ms < 1000, \
            f"/healthz: {self.failures} failures, worst {self.worst_ms:.0f} ms"


class ThrowawayRedis:
    """A redis-server of our own on a free loopback port, without persistence (a restart
    comes back empty, the hardest case for a queue)."""

    def __init__(self, workdir: Path) -> None:
        self.dir = workdir
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is not installed"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.dir), "--maxmemory-policy", "noeviction"],
            stdout=(self.dir / "redis.log").open("ab"), stderr=subprocess.STDOUT,
            start_new_session=True)
        _wait_port(self.port, timeout=20, proc=self.proc, what="redis-server")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(20)

    def restart(self, *, down_for: float = 1.0) -> None:
        self.kill()
        time.sleep(down_for)
        self.start()


class ThrowawayPostgres:
    """A PostgreSQL cluster of our own (initdb in a temp dir, a free loopback port, trust
    auth), run as the `postgres` OS user when we are root (initdb refuses root)."""

    def __init__(self) -> None:
        # not under pytest's tmp dir: that is private to root, and the server runs as postgres
        self.dir = Path(tempfile.mkdtemp(prefix="unspoken-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"
        self.bin = _pg_bindir()

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, timeout=timeout, stdout=subprocess.DEVNULL,
                       stderr=subprocess.STDOUT)

    def init(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-sync", "-E", "UTF8")
        self.start()

    def start(self) -> None:
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
                "-c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "pg.log"),
                  "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self, *, down_for: float = 1.0) -> None:
        self.stop("immediate")  # like a crash: sessions cut, no goodbye
        time.sleep(down_for)
        self.start()

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


def _pg_bindir() -> Path:
    """The newest installed server binaries (Debian: /usr/lib/postgresql/<v>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    if which:
        return Path(which).parent
    raise FileNotFoundError("no PostgreSQL server binaries (initdb) on this machine")
