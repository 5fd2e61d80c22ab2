"""The worker's liveness: its event loop rewrites a small file every few seconds, and
`unspoken worker --check` (a container's liveness probe) says whether the file is fresh.

A worker has no HTTP server to probe. A hung process, or a loop blocked by CPU-bound work for
minutes, stops the beat, and the orchestrator restarts it; a Redis or PostgreSQL outage does
not (restarting would not bring them back, and arq reconnects by itself).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from pathlib import Path

INTERVAL_SECONDS = 5.0


def write(path: Path, *, now: float | None = None) -> None:
    """Atomically replace the file with the current time (a probe never reads half a file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(f"{time.time() if now is None else now:.3f} {os.getpid()}\n")
    os.replace(tmp, path)


async def beat(path: Path, *, interval: float = INTERVAL_SECONDS) -> None:
    """Run until cancelled; removes the file on the way out (a stopped worker is not alive)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        while True:
            write(path)
            await asyncio.sleep(interval)
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def problem(path: Path, *, stale_after: float, now: float | None = None) -> str | None:
    """None when a beat is fresh, else one line saying what is wrong."""
    try:
        stamp = float(path.read_text().split()[0])
    except FileNotFoundError:
        return f"no heartbeat at {path}: the worker is not running (or not started yet)"
    except (OSError, ValueError, IndexError):
        return f"unreadable heartbeat at {path}"
    age = (time.time() if now is None else now) - stamp
    if age > stale_after:
        return f"last heartbeat {age:.0f} s ago (limit {stale_after:.0f} s): the worker is stuck"
    return None
