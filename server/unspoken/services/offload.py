"""CPU-bound work off the API's event loop: a small process pool with a bounded queue.

The engine replays a contact's weeks in ~100-200 ms of pure Python; on the event loop that
stalled every other request (4 clients pushed /healthz to 195 ms). Threads share the GIL, so
only another process keeps the loop answering. At most WORKERS run at once and WAITING more
wait their turn; past that, Busy (a 503 with Retry-After), never an unbounded queue.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from unspoken.imports.isolate import forkserver

T = TypeVar("T")
WORKERS = 1  # the API's own loop keeps the other core
WAITING = 8

_pool: ProcessPoolExecutor | None = None
_in_flight = 0


class Busy(Exception):  # noqa: N818 - an answer ("busy, retry"), not a failure
    pass


async def run(fn: Callable[..., T], *args: Any) -> T:
    """fn(*args) in the pool (fn and args must pickle); Busy when the queue is full."""
    global _pool, _in_flight
    if _in_flight >= WORKERS + WAITING:
        raise Busy
    if _pool is None:
        _pool = ProcessPoolExecutor(WORKERS, mp_context=forkserver())
    _in_flight += 1
    try:
        return await asyncio.get_running_loop().run_in_executor(_pool, fn, *args)
    finally:
        _in_flight -= 1
