"""`python -m unspoken.bench.sync_cost`: CPU per incremental sync job, on every side.

The fleet's steady state in miniature: `--mailboxes` small mailboxes (half Google, half
Microsoft, the fleet's mix) on the fake servers of the tests in a child process, real
PostgreSQL and Redis, and the real tasks run in this process as a worker runs them. Each
round a message arrives in every mailbox and its `sync.mailbox` runs (then any job the sync
queued, e.g. `scores.weekly`). Per job it reports the CPU of this process, of the PostgreSQL
backends serving it and of the fake servers, SQL statements, and the jobs a message costs,
as ratios against a bare database round trip measured in the same run (shared machine).
`--profile FILE` writes a cProfile of the rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any

CLK = os.sysconf("SC_CLK_TCK")


def _cpu_of(pids: list[int]) -> float:
    """CPU seconds (user + system) used so far by these processes."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / CLK


async def _backends(url: str, db: str) -> list[int]:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        rows = await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1", db)
        return [r["pid"] for r in rows]
    finally:
        await conn.close()


def _profiler(profile: Path | None) -> Any:
    """cProfile on CPU time; pyinstrument (if installed) when the file ends in .txt."""
    if profile is None:
        return None
    if profile.suffix == ".txt":
        from pyinstrument import Profiler

        prof = Profiler(async_mode="disabled", interval=0.0005)
        prof.enable, prof.disable = prof.start, prof.stop
        return prof
    return cProfile.Profile(time.process_time)


def _dump(prof: Any, profile: Path | None) -> None:
    assert profile is not None
    if profile.suffix == ".txt":
        profile.write_text(prof.output_text(unicode=False, show_all=False))
    else:
        prof.dump_stats(str(profile))


async def run(*, mailboxes: int, rounds: int, microsoft_share: float,
              profile: Path | None = None, profile_connect: bool = False,
              show: bool = False) -> dict[str, Any]:
    from sqlalchemy import event, text

    from unspoken.bench.fleet import Fake, _env, _microsoft
    from unspoken.bench.google import connect
    from unspoken.bench.microsoft import _fake_graph
    from unspoken.bench.microsoft import connect as ms_connect
    from unspoken.bench.support import PG, REDIS, cleanup_redis, pg_admin
    from unspoken.config import Settings, get_settings
    from unspoken.providers.microsoft.deps import MicrosoftDeps
    from unspoken.runtime import Runtime
    from unspoken.store.migrate import upgrade_async
    from unspoken.worker.queue import ArqQueue, arq_pool
    from unspoken.worker.tasks import TASKS

    client_id = _fake_graph().CLIENT_ID
    db = f"unspoken_cost_{secrets.token_hex(4)}"
    prefix = f"unspoken-cost-{secrets.token_hex(4)}:"
    ms = {k for k in range(mailboxes) if _microsoft(k, microsoft_share)}
    users = tuple(f"user{k}@ms{k}.test" if k in ms else f"user{k}@g{k}.test"
                  for k in range(mailboxes))
    ms_users = tuple(users[k] for k in sorted(ms))
    await pg_admin(f'CREATE DATABASE "{db}"')
    url = PG + db
    fake = await asyncio.to_thread(Fake, tuple(u for u in users if u not in ms_users), 10,
                                   "huge@h.test", 1, 60, ms_users)
    info = fake.info["microsoft"]
    cert = info["cert"] if info else ""
    if cert:
        os.environ["SSL_CERT_FILE"] = cert
    rt: Any = None
    deps: Any = None
    try:
        await upgrade_async(url)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                database_url=url, redis_url=REDIS, redis_prefix=prefix,
                encryption_keys="cost1:" + "A" * 43, data_dir=Path(tmp),
                google_backfill_days=61, sync_page_size=200, log_level="WARNING",
                **fake.info["endpoints"],
                **({"microsoft_client_id": client_id, "microsoft_client_secret": "s3cret",
                    "microsoft_authority": info["authority"],
                    "microsoft_graph_root": info["graph_root"],
                    "microsoft_webhook_url": ""} if info else {}))
            # the providers read the settings a worker's environment gives them
            os.environ.update(_env(settings, Path(tmp), 0, cert))
            get_settings.cache_clear()
            queue = ArqQueue(arq_pool(REDIS, prefix), prefix)
            rt = await Runtime.start(settings, queue=queue)
            if info:
                deps = MicrosoftDeps.build(settings, sessions=rt.sessions, box=rt.box)
            refreshes = fake.info["refreshes"]
            boxes = []
            for e in users:
                boxes.append(await ms_connect(rt, deps, email=e, cert=cert) if e in ms_users
                             else (await connect(rt, email=e, refresh=refreshes[e]))[1])
            statements = 0

            trace: list[str] | None = None

            @event.listens_for(rt.engine.sync_engine, "before_cursor_execute")
            def _count(_conn: Any, _cur: Any, sql: str, *_: Any) -> None:
                nonlocal statements
                statements += 1
                if trace is not None:
                    trace.append(" ".join(sql.split())[:150])

            ctx = {"runtime": rt, "queue": queue}
            jobs: dict[str, int] = {}
            per_task: dict[str, list[float]] = {}

            async def drain(first: list[tuple[str, str]]) -> None:
                """Run these jobs, then whatever they queued, as a worker would."""
                todo = list(first)
                while todo:
                    task, arg = todo.pop(0)
                    await queue.take_dirty(task, arg)
                    jobs[task] = jobs.get(task, 0) + 1
                    c, n = time.process_time(), statements
                    await TASKS[task](ctx, arg)
                    per_task.setdefault(task, [0.0, 0])
                    per_task[task][0] += time.process_time() - c
                    per_task[task][1] += statements - n
                    queued = await queue.pool.zrange(f"{prefix}arq:queue", 0, -1)
                    if queued:
                        await queue.pool.delete(f"{prefix}arq:queue",
                                                *[f"{prefix}arq:job:{j.decode()}"
                                                  for j in queued])
                    for j in queued:
                        name, _, rest = j.decode()[len(prefix):].partition(":")
                        if (name, rest) not in todo:
                            todo.append((name, rest))

            c0 = time.process_time()
            cprof = _profiler(profile) if profile_connect else None
            if cprof:
                cprof.enable()
            shown = (boxes[0], boxes[-1]) if show else ()
            for b in shown:  # the statements of one first sync (and its weekly scores) each
                trace = []
                await drain([("sync.mailbox", b)])
                print(f"--- first sync: {len(trace)} statements", *trace, sep="\n")
            trace = None
            # connect: the backfills
            await drain([("sync.mailbox", b) for b in boxes if b not in shown])
            if cprof:
                cprof.disable()
                _dump(cprof, profile)
            onboard = {"cpu_ms_per_mailbox": round((time.process_time() - c0) * 1000
                                                   / len(boxes), 1),
                       "per_job": {t: {"cpu_ms": round(c * 1000 / jobs[t], 2),
                                       "sql_statements": round(n / jobs[t], 1)}
                                   for t, (c, n) in per_task.items()}}
            pids = [fake.proc.pid or 0]
            backends = await _backends(PG + "postgres", db)
            # a bare round trip, the baseline
            n_base = 2000
            c0, p0 = time.process_time(), _cpu_of(backends)
            for _ in range(n_base):
                async with rt.sessions() as s:
                    await s.execute(text("SELECT 1"))
            base_ms = (time.process_time() - c0) * 1000 / n_base
            base_pg_ms = (_cpu_of(backends) - p0) * 1000 / n_base
            jobs.clear()
            per_task.clear()
            statements = 0
            prof = _profiler(profile) if profile and not profile_connect else None
            c0, f0, p0, w0 = (time.process_time(), _cpu_of(pids), _cpu_of(backends),
                              time.perf_counter())
            fake_add = 0.0
            for _ in range(rounds):
                fa = _cpu_of(pids)
                await fake.ask("add", users)  # the fake's cost of adding is not the sync's
                fake_add += _cpu_of(pids) - fa
                if prof:
                    prof.enable()
                await drain([("sync.mailbox", b) for b in boxes])
                if prof:
                    prof.disable()
            ours = time.process_time() - c0
            if show:  # the statements of one more incremental sync of each provider
                await fake.ask("add", users)
                for b in (boxes[0], boxes[-1]):
                    trace = []
                    await drain([("sync.mailbox", b)])
                    print(f"--- {len(trace)} statements", *trace, sep="\n")
                trace = None
            fakes = _cpu_of(pids) - f0 - fake_add
            backends = await _backends(PG + "postgres", db)
            pg = _cpu_of(backends) - p0
            wall = time.perf_counter() - w0
            if prof:
                _dump(prof, profile)
            messages = rounds * len(boxes)
            n_jobs = sum(jobs.values())
            return {
                "mailboxes": mailboxes, "rounds": rounds, "messages": messages,
                "jobs": jobs, "jobs_per_message": round(n_jobs / messages, 2),
                "cpu_ms_per_message": {
                    "worker": round(ours * 1000 / messages, 2),
                    "postgres": round(pg * 1000 / messages, 2),
                    "fake_servers": round(fakes * 1000 / messages, 2)},
                "sql_statements_per_message": round(statements / messages, 1),
                "per_job": {t: {"cpu_ms": round(c * 1000 / jobs[t], 2),
                                "sql_statements": round(n / jobs[t], 1)}
                            for t, (c, n) in per_task.items()},
                "baseline_round_trip_ms": {"worker": round(base_ms, 3),
                                           "postgres": round(base_pg_ms, 3)},
                "worker_cpu_in_round_trips": round(ours * 1000 / messages / base_ms, 1),
                "wall_s": round(wall, 1), "connect": onboard,
                "load_average": [round(x, 2) for x in os.getloadavg()]}
    finally:
        if deps is not None:
            await deps.close()
        if rt is not None:
            await rt.close()
        await asyncio.to_thread(fake.stop)
        await pg_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        await cleanup_redis(prefix)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mailboxes", type=int, default=20)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--microsoft-share", type=float, default=0.5)
    p.add_argument("--profile", type=Path,
                   help="profile the rounds into this file (cProfile; .txt: pyinstrument)")
    p.add_argument("--profile-connect", action="store_true",
                   help="profile the connect (backfills) instead of the rounds")
    p.add_argument("--show-sql", action="store_true",
                   help="print the statements of one first and one incremental sync per "
                   "provider")
    args = p.parse_args(argv)
    print(json.dumps(asyncio.run(run(mailboxes=args.mailboxes, rounds=args.rounds,
                                     microsoft_share=args.microsoft_share,
                                     profile=args.profile,
                                     profile_connect=args.profile_connect,
                                     show=args.show_sql)),
                     indent=2))


if __name__ == "__main__":
    main()
