"""The in-process queue (demo server, tests) closes without cutting a unit of work in two: the
running task ends its transaction, what only waits is cancelled, and the wait is bounded."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from unspoken.store.db import transaction
from unspoken.worker import tasks as tasks_module
from unspoken.worker.queue import InProcessQueue


def _slow_task(log: list[str], *, seconds: float):
    async def run(ctx, name: str) -> None:
        log.append(f"start {name}")
        async with transaction(ctx["runtime"].sessions) as s:
            await s.execute(text("SELECT 1"))
            await asyncio.sleep(seconds)
        log.append(f"done {name}")
    return run


class TestClose:
    async def test_the_running_task_ends_its_transaction_and_the_waiting_ones_are_cancelled(
            self, rt, monkeypatch):
        log: list[str] = []
        monkeypatch.setitem(tasks_module.TASKS, "test.slow", _slow_task(log, seconds=0.3))
        q = InProcessQueue(rt)
        await q.enqueue("test.slow", "a")
        await q.enqueue("test.slow", "b")
        while not log:
            await asyncio.sleep(0.01)
        await q.close()
        assert log == ["start a", "done a"]  # b never started; a was not cut off
        async with transaction(rt.sessions) as s:  # the write lock is free again
            assert (await s.execute(text("SELECT 1"))).scalar() == 1

    async def test_the_grace_is_bounded(self, rt, monkeypatch):
        log: list[str] = []
        monkeypatch.setitem(tasks_module.TASKS, "test.slow", _slow_task(log, seconds=60))
        q = InProcessQueue(rt)
        await q.enqueue("test.slow", "a")
        while not log:
            await asyncio.sleep(0.01)
        await asyncio.wait_for(q.close(grace=0.2), timeout=30)
        assert log == ["start a"]
        async with transaction(rt.sessions) as s:  # rolled back: the lock is free
            assert (await s.execute(text("SELECT 1"))).scalar() == 1
