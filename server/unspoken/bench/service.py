"""`python -m unspoken.bench.service`: the service's speed on real PostgreSQL and Redis.

1. Seeds a 10,000-message mailbox (fake provider) for a user, through the real sync task.
2. Incremental rescoring: one new message arrives; times the whole `sync.mailbox` run and the
   rescoring work inside it (mailbox context + the touched account), median of several.
3. Load: `unspoken serve` in its own process on loopback; this process sends POST /v1/badges
   with batches of 50 addresses (warm cache) and, in the same run, GET /healthz (the floor),
   and reports throughput and p50/p95/p99 for both.
Bounded: a fixed number of requests; the temporary database and Redis keys are removed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

PG = "postgresql+asyncpg://postgres@127.0.0.1:5432/"
REDIS = "redis://127.0.0.1:6379/0"
AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


async def _admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(host="127.0.0.1", port=5432, user="postgres",
                                 database="postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _seed(settings: Any, messages: int, accounts: int) -> dict[str, Any]:
    from unspoken.providers.fake import default_source
    from unspoken.runtime import Runtime
    from unspoken.services import scoring
    from unspoken.services import users as user_service
    from unspoken.services.policy import engine_policy
    from unspoken.store.db import transaction
    from unspoken.store.models import Mailbox
    from unspoken.store.repositories import mailboxes as mailboxes_repo
    from unspoken.worker.queue import InProcessQueue
    from unspoken.worker.tasks import TASKS

    rt = await Runtime.start(settings, queue=None)
    await rt.queue.close()
    rt.queue = InProcessQueue(rt)
    ctx = {"runtime": rt}
    async with transaction(rt.sessions) as s:
        user = await user_service.create_user(s, email="bench@northwind-saas.com")
        token = await user_service.issue_token(s, user_id=user.id, now=datetime.now(UTC),
                                               ttl=timedelta(days=1))
        src = default_source(messages=messages + 50, accounts=accounts, end=AS_OF)
        src["messages"] = messages
        box = await mailboxes_repo.add(s, user_id=user.id, provider="fake",
                                       address=user.email, source=src)
        user_id, org_id, box_id = user.id, user.org_id, box.id
    t0 = time.perf_counter()
    await TASKS["sync.mailbox"](ctx, box_id)
    backfill_s = time.perf_counter() - t0

    runs, context_ms, rescore_ms = [], [], []
    for k in range(1, 8):  # one new message each time
        async with transaction(rt.sessions) as s:
            mb = await s.get(Mailbox, box_id)
            assert mb is not None
            mb.source = {**mb.source, "messages": messages + k}
        t0 = time.perf_counter()
        await TASKS["sync.mailbox"](ctx, box_id)
        runs.append((time.perf_counter() - t0) * 1000)
    # the rescoring work alone, on the same data: the mailbox context from its running counts,
    # loading the touched account's records, the engine on that account
    from unspoken.services import context as context_service

    me = frozenset({"bench@northwind-saas.com"})
    load_ms: list[float] = []
    for _ in range(7):
        async with rt.sessions() as s:
            policy = await engine_policy(s, org_id=org_id)
            t0 = time.perf_counter()
            stats = await context_service.load(s, user_id=user_id, me=me, as_of=AS_OF,
                                               policy=policy)
            assert stats is not None, "running counts missing"
            ctx_ = context_service.context(stats, as_of=AS_OF, policy=policy)
            t1 = time.perf_counter()
            feats, meets = await scoring.account_records(s, user_id=user_id,
                                                         keys=["acme-logistics.com"])
            t2 = time.perf_counter()
            scoring.run_engine(feats, meets, me=me, as_of=AS_OF, policy=policy, context=ctx_,
                               only={"acme-logistics.com"})
            t3 = time.perf_counter()
        context_ms.append((t1 - t0) * 1000)
        load_ms.append((t2 - t1) * 1000)
        rescore_ms.append((t3 - t2) * 1000)
    async with rt.sessions() as s:
        from sqlalchemy import select

        from unspoken.store.models import ContactAssessmentRow
        emails = list((await s.execute(select(ContactAssessmentRow.email).where(
            ContactAssessmentRow.user_id == user_id))).scalars())
    await rt.close()
    return {"token": token, "emails": emails, "backfill_s": backfill_s,
            "sync_one_message_ms": statistics.median(runs),
            "context_ms": statistics.median(context_ms), "load_ms": statistics.median(load_ms),
            "account_messages": len(feats),
            "rescore_account_ms": statistics.median(rescore_ms)}


async def _load(base: str, token: str, emails: list[str], *, requests: int,
                concurrency: int) -> dict[str, dict[str, float]]:
    known = emails[:30]
    batch = known + [f"someone{i}@unknown-{i}.example" for i in range(50 - len(known))]
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    out: dict[str, dict[str, float]] = {}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def badges() -> httpx.Response:
            return await client.post("/v1/badges", json={"emails": batch}, headers=headers)

        async def floor() -> httpx.Response:
            return await client.get("/healthz")

        for _ in range(50):  # warm: caches, connections, JIT-less paths
            (await badges()).raise_for_status()
            (await floor()).raise_for_status()
        plan = [(f"{label} c={c}", call, c)
                for c in (1, concurrency)
                for label, call in (("floor GET /healthz", floor),
                                    ("POST /v1/badges x50", badges))]
        for name, call, conc in plan:
            lat: list[float] = []
            todo = iter(range(requests))

            async def worker(call: Any = call, lat: list[float] = lat, todo: Any = todo) -> None:
                for _ in todo:
                    t = time.perf_counter()
                    r = await call()
                    lat.append((time.perf_counter() - t) * 1000)
                    assert r.status_code == 200, r.text

            t0 = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(conc)))
            took = time.perf_counter() - t0
            out[name] = {"rps": len(lat) / took, "p50": _pct(lat, 50), "p95": _pct(lat, 95),
                         "p99": _pct(lat, 99)}
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m unspoken.bench.service")
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--accounts", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    from unspoken.config import Settings
    from unspoken.store.migrate import upgrade

    db = f"unspoken_bench_{secrets.token_hex(4)}"
    prefix = f"unspoken-bench-{secrets.token_hex(4)}:"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{db}"'))
    except OSError:
        sys.exit("unspoken bench: PostgreSQL is not reachable at 127.0.0.1:5432 — run "
                 "`bash .ci/run` or `pg_ctlcluster $(ls /etc/postgresql) main start`")
    url = PG + db
    data_dir = Path(".unspoken/bench")
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    keys = "bench1:" + "A" * 43
    env.update({"UNSPOKEN_DATABASE_URL": url, "UNSPOKEN_REDIS_URL": REDIS,
                "UNSPOKEN_REDIS_PREFIX": prefix, "UNSPOKEN_ENCRYPTION_KEYS": keys,
                "UNSPOKEN_AS_OF": AS_OF.isoformat(), "UNSPOKEN_DATA_DIR": str(data_dir),
                "UNSPOKEN_LOG_LEVEL": "WARNING", "UNSPOKEN_RATE_LIMIT_PER_MINUTE": "10000000",
                "UNSPOKEN_SYNC_PAGE_SIZE": "500"})
    proc = None
    try:
        upgrade(url)
        settings = Settings(database_url=url, redis_url=REDIS, redis_prefix=prefix,
                            encryption_keys=keys, as_of=AS_OF, data_dir=data_dir,
                            sync_page_size=500, log_level="WARNING")
        print(f"seeding {args.messages} messages over {args.accounts} accounts ...",
              file=sys.stderr)
        seed = asyncio.run(_seed(settings, args.messages, args.accounts))
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "unspoken.cli", "serve", "--port",
                                 str(port)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        load = asyncio.run(_load(base, seed["token"], seed["emails"], requests=args.requests,
                                 concurrency=args.concurrency))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        asyncio.run(_cleanup_redis(prefix))
    floor = load[f"floor GET /healthz c={args.concurrency}"]
    b = load[f"POST /v1/badges x50 c={args.concurrency}"]
    result = {"messages": args.messages, "backfill_s": round(seed["backfill_s"], 2),
              "sync_one_new_message_ms": round(seed["sync_one_message_ms"], 1),
              "rescoring_context_ms": round(seed["context_ms"], 1),
              "rescoring_load_account_ms": round(seed["load_ms"], 1),
              "rescoring_engine_account_ms": round(seed["rescore_account_ms"], 1),
              "touched_account_messages": seed["account_messages"],
              "load": {k: {m: round(v, 2) for m, v in d.items()} for k, d in load.items()},
              "badges_vs_floor_throughput": round(b["rps"] / floor["rps"], 3),
              "requests": args.requests, "concurrency": args.concurrency}
    print(f"backfill of {args.messages} messages: {seed['backfill_s']:.1f} s "
          f"({args.messages / seed['backfill_s']:.0f} msg/s)")
    print(f"one new message in a {args.messages}-message mailbox: whole sync.mailbox run "
          f"{seed['sync_one_message_ms']:.1f} ms; of which rescoring: mailbox context from "
          f"its running counts {seed['context_ms']:.1f} ms + loading the touched account "
          f"({seed['account_messages']} messages) {seed['load_ms']:.1f} ms + the engine on it "
          f"{seed['rescore_account_ms']:.1f} ms")
    print(f"{'endpoint':34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, d in load.items():
        print(f"{name:34} {d['rps']:8.0f} {d['p50']:8.2f} {d['p95']:8.2f} {d['p99']:8.2f}")
    print(f"badges throughput / floor at c={args.concurrency}: "
          f"{result['badges_vs_floor_throughput']:.0%}  ({args.requests} requests per line, "
          "warm cache; c=1 lines measure latency, the others throughput)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


async def _cleanup_redis(prefix: str) -> None:
    from redis.asyncio import Redis

    r = Redis.from_url(REDIS)
    keys = [k async for k in r.scan_iter(match=f"{prefix}*", count=1000)]
    if keys:
        await r.delete(*keys)
    await r.aclose()


if __name__ == "__main__":
    main()
