"""Run one reader in a child process under CPU and memory limits.

The readers bound their own loops, but a parser library can still meet an input we did not
foresee; in a child with RLIMIT_CPU and RLIMIT_AS such an input costs that child only, never
the worker's event loop, its memory or the other jobs it runs. What comes back is the reader's
result (derived records, no raw input) or `OverLimit`, which the caller counts as a skip.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
# Imported once by the fork server rather than by every child (~1 s -> ~0.2 s a call).
_PRELOAD = ("__main__", "unspoken.imports.ics")


@dataclass(frozen=True, slots=True)
class Limits:
    cpu_seconds: int = 60
    memory_bytes: int = 1 << 30
    wall_seconds: float = 180.0  # a child that neither finishes nor burns CPU (never expected)


class OverLimit(Exception):  # noqa: N818 - names the outcome, like TimeoutError
    """The child went over a limit or died; the message says which, in a few words."""


def call_limited(fn: Callable[..., T], *args: Any, limits: Limits) -> T:
    """fn(*args) in a fresh child process; fn and args must pickle (module-level function)."""
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(list(_PRELOAD))
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, fn, args, limits), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(limits.wall_seconds):
            raise OverLimit(f"took over {limits.wall_seconds:.0f} s")
        outcome, value = receiver.recv()
    except EOFError:  # killed: SIGXCPU past the CPU limit, or the kernel
        raise OverLimit(f"over {limits.cpu_seconds} s of CPU or "
                        f"{limits.memory_bytes >> 20} MB of memory") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome == "over":
        raise OverLimit(value)
    if outcome == "error":
        raise value  # the reader's own error (not a calendar, missing file ...), as raised
    return value  # type: ignore[no-any-return]


def _child(sender: Connection, fn: Callable[..., Any], args: tuple[Any, ...],
           limits: Limits) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    try:
        result: tuple[str, Any] = ("ok", fn(*args))
    except MemoryError:
        result = ("over", f"over {limits.memory_bytes >> 20} MB of memory")
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
        result = ("error", exc)
    try:
        sender.send(result)
    finally:
        sender.close()
