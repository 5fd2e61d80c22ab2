"""`python -m unspoken.bench.digest`: the weekly digest run for 1,000 users.

Real PostgreSQL and Redis, a real `unspoken worker` process (arq, 4 jobs at a time) and the
local SMTP sink process (`unspoken.bench.smtp_sink --discard`) on loopback. Each user has 12
accounts, 3 at risk and 2 that changed level this week. Every user is due: the run is timed
from the digest.due enqueue until the last digest is recorded sent. The baseline, in the same
run: bare SMTP sends of a digest-sized message to the same sink (one connection, one at a time).
Bounded; the temporary database, Redis keys and sink folder are removed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from unspoken.bench.service import PG, REDIS, _admin, _cleanup_redis

ACCOUNTS, AT_RISK, CHANGED = 12, 3, 2


def _signal(n: int) -> dict[str, Any]:
    return {"kind": "polite_procrastination", "severity": 0.8, "evidence": [],
            "summary": f"{n + 2} meetings moved a week or more; replies putting things off"}


async def _seed(url: str, users: int) -> None:
    from sqlalchemy import insert

    from unspoken.store.db import make_engine
    from unspoken.store.models import (
        AccountAssessmentRow,
        ContactAssessmentRow,
        LevelTransition,
        NotificationPrefs,
        Org,
        User,
        new_id,
    )

    now = datetime.now(UTC)
    engine = make_engine(url)
    org = new_id()
    ids = [new_id() for _ in range(users)]
    accs, contacts, trans = [], [], []
    for u in ids:
        for a in range(ACCOUNTS):
            risk = "at_risk" if a < AT_RISK + CHANGED else "healthy"
            account = f"customer{a}-{u[:6]}.test"
            accs.append({"user_id": u, "account": account, "risk": risk, "score": 80 - a,
                         "signals": [_signal(a), _signal(a + 1)] if risk == "at_risk" else [],
                         "checkin": None, "contact_count": 1, "computed_at": now})
            contacts.append({"user_id": u, "email": f"dana@{account}", "account": account,
                             "name": "Dana Reyes", "title": "VP of Operations", "role": "exec",
                             "risk": risk, "score": 80 - a, "signals": [], "computed_at": now})
            if a < CHANGED:
                trans.append({"user_id": u, "account": account, "from_level": "watch",
                              "to_level": "at_risk", "from_score": 40, "to_score": 80,
                              "signals": [_signal(a)], "at": now - timedelta(days=2),
                              "as_of": now, "backfill": False, "alert_state": "planned"})
    async with engine.begin() as c:
        await c.execute(insert(Org).values(id=org, domain="bench.test", name="", created_at=now))
        await c.execute(insert(User).values([
            {"id": u, "org_id": org, "email": f"user{i}@bench.test", "name": f"User {i}",
             "role": "member", "created_at": now} for i, u in enumerate(ids)]))
        for table, rows in ((AccountAssessmentRow, accs), (ContactAssessmentRow, contacts),
                            (LevelTransition, trans)):
            for i in range(0, len(rows), 2000):
                await c.execute(insert(table).values(rows[i:i + 2000]))
        await c.execute(insert(NotificationPrefs).values([
            {"user_id": u, "digest_enabled": True, "digest_weekday": 0, "digest_hour": 8,
             "timezone": "UTC", "next_digest_at": now - timedelta(minutes=1),
             "alert_email": False, "alert_watch": False, "updated_at": now,
             "webhook_hint": "", "webhook_status": "ok"} for u in ids]))
    await engine.dispose()


async def _baseline(smtp_url: str, n: int) -> float:
    """Bare SMTP sends/s of a digest-sized message to the same sink."""
    from email.message import EmailMessage

    from unspoken.notify.smtp import Mailer, parse

    mailer = Mailer(parse(smtp_url, sender="Unspoken <bench@bench.test>"))
    body = "Changed level\n" + "account.test: watch -> at risk\n  - reason\n" * 30
    t0 = time.perf_counter()
    for i in range(n):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = "bench@bench.test", "user@bench.test", f"b{i}"
        m["Message-ID"] = f"<baseline.{i}@bench.test>"
        m.set_content(body)
        m.add_alternative(f"<p>{body}</p>", subtype="html")
        await mailer.send(m, to="user@bench.test")
    took = time.perf_counter() - t0
    await mailer.close()
    return n / took


async def _run(url: str, prefix: str, users: int, pid: int
               ) -> tuple[float, dict[str, int], float]:
    import psutil
    from arq.connections import create_pool
    from sqlalchemy import func, select

    from unspoken.store.db import make_engine
    from unspoken.store.models import DigestRecord
    from unspoken.worker.queue import ArqQueue, queue_name, redis_settings

    pool = await create_pool(redis_settings(REDIS))
    engine = make_engine(url)
    proc = psutil.Process(pid)
    try:
        ready = queue_name(prefix) + ":health-check"
        for _ in range(600):
            if await pool.exists(ready):
                break
            await asyncio.sleep(0.1)
        t0 = time.perf_counter()
        cpu0 = sum(proc.cpu_times()[:2])
        await ArqQueue(pool, prefix).enqueue("digest.due")
        statuses: dict[str, int] = {}
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            async with engine.connect() as c:
                rows = (await c.execute(select(DigestRecord.status, func.count())
                                        .group_by(DigestRecord.status))).all()
            statuses = {str(s): int(n) for s, n in rows}
            if statuses.get("sent", 0) >= users:
                break
            await asyncio.sleep(0.05)
        took = time.perf_counter() - t0
        cpu_ms = (sum(proc.cpu_times()[:2]) - cpu0) * 1000 / users
        return users / took, statuses, cpu_ms
    finally:
        await pool.aclose()
        await engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m unspoken.bench.digest")
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--baseline", type=int, default=500, help="bare SMTP sends")
    args = ap.parse_args()

    from unspoken.store.migrate import upgrade

    db = f"unspoken_bench_{secrets.token_hex(4)}"
    prefix = f"unspoken-bench-{secrets.token_hex(4)}:"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{db}"'))
    except OSError:
        sys.exit("unspoken bench: PostgreSQL is not reachable at 127.0.0.1:5432 — run "
                 "`bash .ci/run` or `pg_ctlcluster $(ls /etc/postgresql) main start`")
    url = PG + db
    folder = Path(tempfile.mkdtemp(prefix="unspoken-smtp-"))
    sink = worker = None
    try:
        upgrade(url)
        print(f"seeding {args.users} users x {ACCOUNTS} accounts ...", file=sys.stderr)
        asyncio.run(_seed(url, args.users))
        sink = subprocess.Popen([sys.executable, "-m", "unspoken.bench.smtp_sink", "--dir",
                                 str(folder), "--discard"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        for _ in range(200):
            if (folder / "port").exists():
                break
            time.sleep(0.05)
        smtp_url = f"smtp://127.0.0.1:{(folder / 'port').read_text()}/?starttls=off"
        raw = asyncio.run(_baseline(smtp_url, args.baseline))
        env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
        env.update({"UNSPOKEN_DATABASE_URL": url, "UNSPOKEN_REDIS_URL": REDIS,
                    "UNSPOKEN_REDIS_PREFIX": prefix,
                    "UNSPOKEN_ENCRYPTION_KEYS": "bench1:" + "A" * 43,
                    "UNSPOKEN_LOG_LEVEL": "WARNING", "UNSPOKEN_SMTP_URL": smtp_url,
                    "UNSPOKEN_SMTP_FROM": "Unspoken <digest@bench.test>"})
        log = folder / "worker.log"
        worker = subprocess.Popen([sys.executable, "-m", "unspoken.cli", "worker"], env=env,
                                  stdout=log.open("ab"), stderr=subprocess.STDOUT)
        rate, statuses, cpu_ms = asyncio.run(_run(url, prefix, args.users, worker.pid))
    finally:
        for p in (worker, sink):
            if p is not None:
                p.terminate()
                p.wait(20)
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        asyncio.run(_cleanup_redis(prefix))
        shutil.rmtree(folder, ignore_errors=True)
    sent = statuses.get("sent", 0)
    print(f"{'weekly digest':34} {'per s':>8}")
    print(f"{'floor: bare SMTP sends (1 conn)':34} {raw:8.1f}")
    print(f"{f'digest run, {args.users} users':34} {rate:8.1f}   ({sent} sent, "
          f"{ACCOUNTS} accounts each; target >= 20 users/s)")
    print(f"digest users/s / bare SMTP sends/s: {rate / raw:.0%}; worker CPU per digest "
          f"{cpu_ms:.1f} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if sent < args.users:
        sys.exit(f"unspoken bench: only {sent} of {args.users} digests were sent: {statuses}")


if __name__ == "__main__":
    main()
