"""`python -m unspoken.bench.console`: the console's Accounts page for a user with 2,000
accounts, on real PostgreSQL and Redis, `unspoken serve` in its own process.

1. Seeds a mailbox of the fake provider with 2,000 customer accounts through the real sync
   task (messages, contacts, assessments: what a real user's page reads).
2. Signs in with a console session and, in the same run, times GET /healthz (the floor) and
   the Accounts page in four views (the default first page, a level filter, a search, the
   20th page sorted by name) and the CSV export of every account, one request at a time.
Latency is measured at the client on loopback, so it includes HTTP on both sides: an upper
bound of the server's time. Target: p95 of the Accounts page <= 150 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from unspoken.bench.support import PG, REDIS, cleanup_redis, pct, pg_admin, served

AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)
TARGET_P95_MS = 150.0


async def _seed(settings: Any, *, accounts: int, messages: int) -> dict[str, Any]:
    from unspoken.providers.fake import default_source
    from unspoken.runtime import Runtime
    from unspoken.services import users as user_service
    from unspoken.store.db import transaction
    from unspoken.store.models import TokenKind
    from unspoken.store.repositories import assessments as assessments_repo
    from unspoken.store.repositories import mailboxes as mailboxes_repo
    from unspoken.worker.queue import InProcessQueue
    from unspoken.worker.tasks import TASKS

    rt = await Runtime.start(settings, queue=None)
    await rt.queue.close()
    rt.queue = InProcessQueue(rt)
    try:
        async with transaction(rt.sessions) as s:
            user = await user_service.create_user(s, email="bench@northwind-saas.com")
            session_token = await user_service.issue_token(
                s, user_id=user.id, now=datetime.now(UTC), ttl=timedelta(hours=2),
                kind=TokenKind.SESSION, label="bench")
            box = await mailboxes_repo.add(
                s, user_id=user.id, provider="fake", address=user.email,
                source=default_source(messages=messages, accounts=accounts, end=AS_OF))
            user_id, box_id = user.id, box.id
        t0 = time.perf_counter()
        await TASKS["sync.mailbox"]({"runtime": rt}, box_id)
        seeded_s = time.perf_counter() - t0
        async with rt.engine.connect() as c:  # what autovacuum would have done by now
            await c.execute(text("ANALYZE"))
            await c.commit()
        async with rt.sessions() as s:
            counts = await assessments_repo.level_counts(s, user_id=user_id)
    finally:
        await rt.close()
    return {"cookie": session_token, "seed_s": seeded_s, "counts": counts}


async def _measure(base: str, cookie: str, *, requests: int) -> dict[str, dict[str, float]]:
    views = [("floor GET /healthz", "/healthz"),
             ("GET /accounts (page 1)", "/accounts"),
             ("GET /accounts?level=at_risk", "/accounts?level=at_risk"),
             ("GET /accounts?q=acme", "/accounts?q=acme"),
             ("GET /accounts?sort=name&page=20", "/accounts?sort=name&page=20"),
             ("GET /accounts.csv (every account)", "/accounts.csv")]
    out: dict[str, dict[str, float]] = {}
    async with httpx.AsyncClient(base_url=base, timeout=60,
                                 cookies={"unspoken_session": cookie}) as client:
        for _, path in views:  # warm: templates, connections, caches
            for _ in range(10):
                r = await client.get(path)
                assert r.status_code == 200, (path, r.status_code, r.text[:200])
        for name, path in views:
            n = requests if "csv" not in path else max(20, requests // 10)
            lat = []
            for _ in range(n):
                t = time.perf_counter()
                r = await client.get(path)
                lat.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200
            out[name] = {"n": n, "p50": pct(lat, 50), "p95": pct(lat, 95), "p99": pct(lat, 99),
                         "bytes": len(r.content)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m unspoken.bench.console")
    ap.add_argument("--accounts", type=int, default=2000)
    ap.add_argument("--messages", type=int, default=24_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    from unspoken.config import Settings
    from unspoken.store.migrate import upgrade

    db = f"unspoken_bench_{secrets.token_hex(4)}"
    prefix = f"unspoken-bench-{secrets.token_hex(4)}:"
    try:
        asyncio.run(pg_admin(f'CREATE DATABASE "{db}"'))
    except OSError:
        sys.exit("unspoken bench: PostgreSQL is not reachable at 127.0.0.1:5432 — run "
                 "`bash .ci/run` or `pg_ctlcluster $(ls /etc/postgresql) main start`")
    url, keys, data_dir = PG + db, "bench1:" + "A" * 43, Path(".unspoken/bench")
    env = {"UNSPOKEN_DATABASE_URL": url, "UNSPOKEN_REDIS_URL": REDIS,
           "UNSPOKEN_REDIS_PREFIX": prefix, "UNSPOKEN_ENCRYPTION_KEYS": keys,
           "UNSPOKEN_AS_OF": AS_OF.isoformat(), "UNSPOKEN_DATA_DIR": str(data_dir),
           "UNSPOKEN_LOG_LEVEL": "WARNING", "UNSPOKEN_RATE_LIMIT_PER_MINUTE": "10000000"}
    try:
        upgrade(url)
        settings = Settings(database_url=url, redis_url=REDIS, redis_prefix=prefix,
                            encryption_keys=keys, as_of=AS_OF, data_dir=data_dir,
                            sync_page_size=1000, log_level="WARNING")
        print(f"seeding {args.accounts} accounts ({args.messages} messages) ...",
              file=sys.stderr)
        seed = asyncio.run(_seed(settings, accounts=args.accounts, messages=args.messages))
        with served(env) as base:
            found = asyncio.run(_measure(base, seed["cookie"], requests=args.requests))
    finally:
        asyncio.run(pg_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        asyncio.run(cleanup_redis(prefix))
    total = sum(seed["counts"].values())
    floor = found["floor GET /healthz"]
    page = found["GET /accounts (page 1)"]
    print(f"{total} accounts ({', '.join(f'{k} {v}' for k, v in sorted(seed['counts'].items()))})"
          f", seeded through the sync task in {seed['seed_s']:.1f} s")
    print(f"{'request (one at a time)':36} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
          f" {'KB':>7}")
    for name, d in found.items():
        print(f"{name:36} {d['n']:5.0f} {d['p50']:8.2f} {d['p95']:8.2f} {d['p99']:8.2f}"
              f" {d['bytes'] / 1024:7.1f}")
    worst = max(v["p95"] for k, v in found.items() if k.startswith("GET /accounts?") or
                k == "GET /accounts (page 1)")
    print(f"Accounts page p95 {page['p95']:.1f} ms (worst view {worst:.1f} ms; target "
          f"<= {TARGET_P95_MS:.0f} ms) = {page['p95'] / floor['p95']:.1f}x the /healthz "
          f"floor's p95 ({floor['p95']:.2f} ms) in the same run")
    if args.json:
        args.json.write_text(json.dumps({"accounts": total, "counts": seed["counts"],
                                         "requests": found}, indent=2))


if __name__ == "__main__":
    main()
