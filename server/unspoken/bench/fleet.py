"""`python -m unspoken.bench.fleet`: a fleet of mailboxes on real workers, PostgreSQL and Redis.

Issue 13's scale goals, measured on this machine. Run from the repository root (the fake Google
and Microsoft servers live in tests/, as for `bench.google` and `bench.microsoft`):

1. A throwaway PostgreSQL database (migrated) and Redis prefix; in one child process the fake
   Google server of the tests and the fake Microsoft identity platform and Graph served over
   HTTPS on loopback (tests/providers/microsoft/served.py), together holding `--mailboxes`
   small mailboxes, a `--microsoft-share` of them Microsoft (`bench.google.populate`,
   `bench.microsoft.populate`: the same mix). Each Google user has Google's per-user quota
   (15,000 units a minute: 429 + Retry-After beyond), each Graph mailbox Graph's limits (4
   concurrent requests, 10,000 requests per 10 minutes: 429 + Retry-After beyond). Plus one
   huge Google mailbox (`--huge` messages) that connects later.
2. Onboarding: every mailbox connects at once (Google: the rows the OAuth callback leaves,
   `bench.google.connect`; Microsoft: the real sign-in flow through MSAL against the served
   fake, `bench.microsoft.connect`; then its `sync.mailbox`), served by `--workers` real
   `unspoken worker` processes, until every mailbox's first sync ended or
   `--connect-timeout` passed (`connect.timed_out`). Time to first badges: from the connect
   to the end of the mailbox's first full sync and rescore; mailboxes/s; throughput: jobs run
   per second per worker in this phase (the queue is never empty). Then the weekly scores
   the first syncs queued run (`settle`, at most `--settle-timeout`; none after a timeout).
3. Steady state for `--seconds`: each mailbox receives a message every 5-15 minutes (office
   hours; `--speed` compresses time: 10 means every 30-90 s) and its push notification
   enqueues `sync.mailbox`, as the Pub/Sub and Graph webhooks do (their JWT and clientState
   checks are not part of the load: the notification is the enqueue itself, for both halves).
   Meanwhile one (Google) mailbox is in a 429 storm (every Gmail call refused) and
   the huge mailbox backfills (fairness). The poll runs every 30 minutes (push configured, as
   the sizing guide advises) or less often than once a run (`poll_minutes`): only pushes
   drive the syncs here. Sync lag: from the message
   reaching the provider to the mailbox's next completed sync that counted it (its badges and
   scores are fresh then); every change counts, one never served with its wait so far
   (`Ledger`). When the onboarding timed out, the changes of the mailboxes still waiting for
   their first sync are reported apart (`steady.by_phase`: onboarded / not_onboarded) as
   well as with the others, and `steady.goal` says whether issue 13's goal was met.
4. Storage per mailbox through `bench.storage` (PostgreSQL rows and bytes, Redis MEMORY USAGE).

Lag and first badges are reported for the whole fleet and per provider (`by_provider`).
Prints one JSON object; `--out FILE` appends it to a JSON lines file, and
`--plot FILE --svg OUT` draws the runs of such a file as an SVG.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from unspoken.bench.google import connect, populate
from unspoken.bench.microsoft import connect as ms_connect
from unspoken.bench.support import PG, REDIS, cleanup_redis, pct, pg_admin

OFFICE_INTERVAL = (300.0, 900.0)  # seconds between messages of one mailbox (5-15 minutes)
POLL = 1.0  # seconds between reads of the mailboxes' sync state
# With push, the poll is only the safety net: the sizing guide's 30 minutes, not the default 5
# (which alone would be 1,000 mailboxes / 300 s = 3.3 syncs/s around the clock).
POLL_MINUTES = 30


def poll_minutes(connect_timeout: float, seconds: float, settle_timeout: float = 60.0) -> int:
    """The poll's interval for a run: the sizing guide's 30 minutes, or longer than the whole
    run. Onboarding here gives every mailbox its first sync within minutes of the others, so
    30 minutes later the poll would come due for thousands at once, in the measured steady
    state; a real fleet's last syncs (and so its polls) are spread over the interval."""
    run = connect_timeout + settle_timeout + seconds + 120  # the phases, then the draining
    return max(POLL_MINUTES, int(run // 60) + 1)


def _serve(conn: Any, users: tuple[str, ...], messages: int, huge: str, huge_messages: int,
           days: int, ms_users: tuple[str, ...] = ()) -> None:
    """The fake Google (and, for `ms_users`, the served fake Microsoft) in this (child)
    process; adds messages and starts storms on request."""
    from tests.providers.google.fake_google import ALL_SCOPES, FakeGoogle
    from tests.providers.microsoft.served import ServedMicrosoft

    from unspoken.bench.microsoft import populate as ms_populate

    fake = FakeGoogle()  # Google's per-user quota: 15,000 units a minute, 429 beyond
    now = datetime.now(UTC)
    refreshes = {}
    for k, me in enumerate((*users, huge)):
        populate(fake, me, huge_messages if me == huge else messages, days, now)
        refreshes[me] = f"1//fleet{k}"
        fake.refresh_tokens[refreshes[me]] = {"email": me, "scopes": ALL_SCOPES}
    fake.start()
    ms: Any = None
    graphs: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        if ms_users:  # Graph's per-mailbox limits: 10,000 requests / 10 min, 4 concurrent
            ms = ServedMicrosoft(Path(folder), user=ms_users[0], name="Fleet 0")
            for k, me in enumerate(ms_users):
                graph = ms.graph if k == 0 else ms.add_user(me, f"Fleet {k}")[1]
                ms_populate(graph, me, messages, days, now)
                graphs[me] = graph
            ms.start()
        conn.send({"endpoints": fake.endpoints(), "refreshes": refreshes,
                   "microsoft": {"authority": ms.authority, "graph_root": ms.graph_root,
                                 "cert": str(ms.cert)} if ms else None})
        while True:
            cmd, arg = conn.recv()
            if cmd == "stop":
                break
            if cmd == "add":  # one new customer message per address: what a push announces
                for me in arg:
                    if me in graphs:
                        with ms.lock:
                            graphs[me].add_message(
                                "inbox", when=datetime.now(UTC), to=[me],
                                sender="Dana Reyes <dana@customer1.com>", subject="Renewal",
                                text="Hi, can we talk about the renewal?")
                    else:
                        fake.add_message(me, sender="Dana Reyes <dana@customer1.com>", to=me,
                                         subject="Renewal",
                                         body="Hi, can we talk about the renewal?",
                                         when=datetime.now(UTC))
                conn.send(len(arg))
            elif cmd == "storm":
                fake.box(arg).storm = True
                conn.send(1)
            elif cmd == "stats":
                conn.send({"rate_limited": fake.rate_limited, "units": fake.units_used,
                           "graph_429s": sum(g.answers.count(429) for g in graphs.values()),
                           "graph_requests": sum(len(g.answers) for g in graphs.values())})
        fake.stop()
        if ms:
            ms.stop()


class Fake:
    """The child process and its pipe; one command at a time."""

    def __init__(self, users: tuple[str, ...], messages: int, huge: str, huge_messages: int,
                 days: int, ms_users: tuple[str, ...] = ()) -> None:
        ctx = mp.get_context("spawn")
        self.pipe, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, users, messages, huge,
                                                     huge_messages, days, ms_users), daemon=True)
        self.proc.start()
        self.info: dict[str, Any] = self.pipe.recv()
        self.lock = asyncio.Lock()

    async def ask(self, cmd: str, arg: Any = None) -> Any:
        async with self.lock:
            def call() -> Any:
                self.pipe.send((cmd, arg))
                return self.pipe.recv()
            return await asyncio.to_thread(call)

    def stop(self) -> None:
        self.pipe.send(("stop", None))
        self.proc.join(20)


def _env(settings: Any, tmp: Path, k: int, cert: str = "", poll: int = POLL_MINUTES
         ) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    env.update({f"UNSPOKEN_{name.upper()}": str(value) for name, value in {
        "database_url": settings.database_url, "redis_url": settings.redis_url,
        "redis_prefix": settings.redis_prefix, "encryption_keys": settings.encryption_keys,
        "data_dir": tmp, "worker_heartbeat_file": tmp / f"heartbeat{k}", "log_level": "INFO",
        "log_json": "true", "google_backfill_days": settings.google_backfill_days,
        "sync_page_size": settings.sync_page_size, "auto_migrate": "false",
        "sync_poll_minutes": poll,
        **settings_endpoints(settings)}.items()})
    env["OAUTHLIB_INSECURE_TRANSPORT"] = "1"  # the fake listens on loopback http
    if cert:  # the served fake Microsoft: its self-signed certificate (httpx reads this)
        env["SSL_CERT_FILE"] = cert
    return env


def settings_endpoints(settings: Any) -> dict[str, str]:
    return {k: getattr(settings, k) for k in (
        "google_api_root", "google_auth_uri", "google_token_uri", "google_revoke_uri",
        "google_certs_uri", "google_client_id", "google_client_secret",
        "microsoft_client_id", "microsoft_client_secret", "microsoft_authority",
        "microsoft_graph_root", "microsoft_webhook_url")}


def _jobs(logs: list[Path]) -> list[int]:
    """Jobs each worker has run so far (arq logs one line per finished or retried run)."""
    out = []
    for log in logs:
        text = log.read_text(errors="replace") if log.exists() else ""
        out.append(sum(1 for line in text.splitlines() if " \\u2190 " in line
                       or " \u2190 " in line or "\\u21bb" in line or "\u21bb" in line))
    return out


# A sync's end is read back by its `last_synced_at`, set just before its transaction commits:
# each read asks only for rows synced since the previous read began, minus this margin (the
# simulator shares the cores it measures: reading 10,000 rows a second was its own load).
STATE_MARGIN = 30.0


class _States:
    """The mailboxes' sync state, read incrementally."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, float | None, int]] = {}
        self.since: float | None = None

    async def read(self, rt: Any) -> dict[str, tuple[str, float | None, int]]:
        """Every mailbox's (status, last sync end, items synced); returns the rows read now."""
        from sqlalchemy import select

        from unspoken.store.models import Mailbox

        began = time.time()
        q = select(Mailbox.id, Mailbox.status, Mailbox.last_synced_at, Mailbox.items_synced)
        if self.since is not None:
            q = q.where(Mailbox.last_synced_at >= datetime.fromtimestamp(self.since, UTC))
        async with rt.sessions() as s:
            fresh = {i: (st, at.timestamp() if at else None, n)
                     for i, st, at, n in await s.execute(q)}
        self.rows.update(fresh)
        self.since = began - STATE_MARGIN
        return fresh

    def reset(self) -> None:
        """The next read is a full one (statuses change without a sync's end)."""
        self.since = None


def _summary(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "p99": None, "max": None, "n": 0}
    return {"p50": round(pct(values, 50), 2), "p95": round(pct(values, 95), 2),
            "p99": round(pct(values, 99), 2), "max": round(max(values), 2), "n": len(values)}


def _microsoft(k: int, share: float) -> bool:
    """Mailbox k is a Microsoft one: spread evenly, `share` of them (mailbox 0 is Google)."""
    return int((k + 1) * share) > int(k * share)


GOAL_P95_S = 60.0  # issue 13: p95 sync lag in steady state...
GOAL_MAX_S = 300.0  # ...and no mailbox starved


class Ledger:
    """Every change of the steady state, from its arrival at the provider to the end of the
    mailbox's sync that stored it. A change never served counts with its wait so far, so the
    lag covers every change offered (but the storm mailbox's, which no sync can store: its
    changes are only counted). Each mailbox is `onboarded` or not when the steady state
    begins: a change to one not yet onboarded waits for its first sync, and the two are
    reported apart (`by_phase`) as well as together."""

    def __init__(self, kinds: dict[str, str], onboarded: set[str], base: dict[str, int],
                 storm: str | None = None) -> None:
        self.kinds, self.onboarded, self.base, self.storm = kinds, onboarded, base, storm
        self.sent = dict.fromkeys(kinds, 0)
        self.pending: dict[str, deque[tuple[float, int]]] = {b: deque() for b in kinds}
        self.served: dict[str, list[float]] = {b: [] for b in kinds}

    def arrived(self, box: str, at: float) -> None:
        self.sent[box] += 1
        if box != self.storm:
            self.pending[box].append((at, self.sent[box]))

    def synced(self, box: str, at: float | None, items: int) -> None:
        """The mailbox's sync ended at `at` with `items` stored in all: the changes that had
        arrived by then and are counted in `items` are served."""
        q = self.pending.get(box)
        while q and at is not None and at >= q[0][0] and items - self.base[box] >= q[0][1]:
            self.served[box].append(at - q.popleft()[0])

    def waiting(self) -> bool:
        return any(self.pending.values())

    def report(self, now: float) -> dict[str, Any]:
        lags = {b: self.served[b] + [now - t for t, _ in self.pending[b]]
                for b in self.kinds if b != self.storm}
        unserved = {b: len(self.pending[b]) for b in lags}

        def part(boxes: list[str]) -> dict[str, Any]:
            return {"mailboxes": len(boxes), "changes": sum(self.sent[b] for b in boxes),
                    "unserved": sum(unserved[b] for b in boxes),
                    "lag_s": _summary([x for b in boxes for x in lags[b]])}

        every = part(list(lags))
        return {"changes": sum(self.sent.values()),
                "storm_changes": self.sent[self.storm] if self.storm else 0,
                "lag_s": every["lag_s"], "unserved": every["unserved"],
                "by_phase": {"onboarded": part([b for b in lags if b in self.onboarded]),
                             "not_onboarded": part([b for b in lags
                                                    if b not in self.onboarded])},
                "by_provider": {k: part([b for b in lags if self.kinds[b] == k])
                                for k in sorted(set(self.kinds.values()))},
                "goal": _goal(every["lag_s"], onboarded=len(self.onboarded),
                              mailboxes=len(self.kinds))}


def _goal(lag: dict[str, Any], *, onboarded: int, mailboxes: int) -> dict[str, Any]:
    """Issue 13's steady-state goal, read off the run: every mailbox onboarded before the
    steady state, p95 lag <= 60 s and max <= 5 min over every change."""
    p95_ok = lag["p95"] is not None and lag["p95"] <= GOAL_P95_S
    max_ok = lag["max"] is not None and lag["max"] <= GOAL_MAX_S
    everyone = onboarded == mailboxes
    return {"all_onboarded": everyone, "p95_le_60s": p95_ok, "max_le_300s": max_ok,
            "met": everyone and p95_ok and max_ok}


async def run(*, mailboxes: int, workers: int, seconds: float, speed: float, messages: int,
              huge_messages: int, connect_timeout: float, seed: int,
              settle_timeout: float = 900.0,
              microsoft_share: float = 0.5) -> dict[str, Any]:
    from unspoken.bench.microsoft import _fake_graph
    from unspoken.bench.storage import measure, snapshot
    from unspoken.config import Settings
    from unspoken.providers.microsoft.deps import MicrosoftDeps
    from unspoken.runtime import Runtime
    from unspoken.store.migrate import upgrade_async

    CLIENT_ID = _fake_graph().CLIENT_ID  # noqa: N806 - also puts tests/ on the path
    rnd = random.Random(seed)
    load_start = os.getloadavg()
    db = f"unspoken_fleet_{secrets.token_hex(4)}"
    prefix = f"unspoken-fleet-{secrets.token_hex(4)}:"
    microsoft = {k for k in range(mailboxes) if _microsoft(k, microsoft_share)}
    users = tuple(f"user{k}@msfleet{k % 50}.test" if k in microsoft else
                  f"user{k}@fleet{k % 50}.test" for k in range(mailboxes))
    ms_users = tuple(users[k] for k in sorted(microsoft))
    huge = "huge@fleet-huge.test"
    await pg_admin(f'CREATE DATABASE "{db}"')
    url = PG + db
    fake = await asyncio.to_thread(Fake, tuple(u for u in users if u not in ms_users), messages,
                                   huge, huge_messages, 60, ms_users)
    ms_info = fake.info["microsoft"]
    cert = ms_info["cert"] if ms_info else ""
    old_cert = os.environ.get("SSL_CERT_FILE")
    procs: list[subprocess.Popen[bytes]] = []
    rt = None
    ms_deps: Any = None
    try:
        await upgrade_async(url)
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            settings = Settings(database_url=url, redis_url=REDIS, redis_prefix=prefix,
                                encryption_keys="fleet1:" + "A" * 43, data_dir=tmp,
                                google_backfill_days=61, sync_page_size=200,
                                log_level="WARNING", **fake.info["endpoints"],
                                **({"microsoft_client_id": CLIENT_ID,
                                    "microsoft_client_secret": "s3cret",
                                    "microsoft_authority": ms_info["authority"],
                                    "microsoft_graph_root": ms_info["graph_root"],
                                    "microsoft_webhook_url": ""} if ms_info else {}))
            rt = await Runtime.start(settings)
            before = await snapshot(url, REDIS, prefix, compact=False)
            refreshes = fake.info["refreshes"]
            if ms_info:  # MSAL and Graph in this process trust the served fake too
                os.environ["SSL_CERT_FILE"] = cert
                ms_deps = MicrosoftDeps.build(settings, sessions=rt.sessions, box=rt.box)

            async def connect_one(e: str) -> str:
                if e in ms_users:
                    return await ms_connect(rt, ms_deps, email=e, cert=cert)
                return (await connect(rt, email=e, refresh=refreshes[e]))[1]

            boxes: list[str] = []
            for i in range(0, mailboxes, 50):
                boxes += await asyncio.gather(*(connect_one(e) for e in users[i:i + 50]))
            kinds = {b: "microsoft" if e in ms_users else "google"
                     for b, e in zip(boxes, users, strict=True)}
            logs = [tmp / f"worker{k}.log" for k in range(workers)]
            poll = poll_minutes(connect_timeout, seconds, settle_timeout)
            for k in range(workers):
                procs.append(subprocess.Popen(
                    [sys.executable, "-m", "unspoken.cli", "worker"],
                    env=_env(settings, tmp, k, cert, poll),
                    stdout=logs[k].open("ab"), stderr=subprocess.STDOUT,
                    start_new_session=True))
            for _ in range(300):  # every worker up (its heartbeat written)
                if all((tmp / f"heartbeat{k}").exists() for k in range(workers)):
                    break
                await asyncio.sleep(0.2)

            # --- onboarding: every mailbox connects at once ---------------------------------
            t0 = time.time()
            for b in boxes:
                await rt.queue.enqueue("sync.mailbox", b, first=True)
            first: dict[str, float] = {}  # mailbox -> its first sync's end, from t0
            states = _States()

            async def read_states() -> dict[str, tuple[str, float | None, int]]:
                fresh = await states.read(rt)
                for b, (_, at, _) in fresh.items():
                    if at is not None and b not in first and b in kinds:
                        first[b] = at - t0
                return fresh

            while len(first) < len(boxes) and time.time() - t0 < connect_timeout:
                await asyncio.sleep(POLL)
                await read_states()
            connect_s = time.time() - t0
            connect_jobs = _jobs(logs)
            # then the weekly scores the first syncs queued: the steady state starts quiet.
            # Not after a timeout: the queue then still holds first syncs, and waiting for
            # them would only stretch the timeout.
            s1 = time.time()
            while len(first) == len(boxes) and await _queued(rt) \
                    and time.time() - s1 < settle_timeout:
                await asyncio.sleep(POLL)
                await read_states()
            settle = {"seconds": round(time.time() - s1, 1), "queued_at_end": await _queued(rt)}

            # --- steady state, with a storm and a huge backfill ---------------------------
            storm_box, storm_user = boxes[0], users[0]
            await fake.ask("storm", storm_user)
            await rt.queue.enqueue("sync.mailbox", storm_box)
            # connected only now: a mailbox never synced is due for the poll at once
            _, huge_box = await connect(rt, email=huge, refresh=refreshes[huge])
            await rt.queue.enqueue("sync.mailbox", huge_box, first=True)
            states.reset()
            await read_states()
            state = states.rows
            ledger = Ledger(kinds, onboarded=set(first), base={b: state[b][2] for b in boxes},
                            storm=storm_box)
            onboarded_at_start = len(first)
            addr = dict(zip(boxes, users, strict=True))
            interval = {b: rnd.uniform(*OFFICE_INTERVAL) / speed for b in boxes}
            jobs0, s0 = _jobs(logs), time.time()
            huge_done: float | None = None
            next_poll = last_tick = s0
            while True:
                now = time.time()
                if now - s0 < seconds:  # each mailbox's arrivals: a Poisson process
                    dt, last_tick = now - last_tick, now
                    due = [b for b in boxes if rnd.random() < dt / interval[b]]
                    if due:
                        await fake.ask("add", [addr[b] for b in due])
                        at = time.time()
                        for b in due:
                            ledger.arrived(b, at)
                            await rt.queue.enqueue("sync.mailbox", b)
                elif not ledger.waiting() or now - s0 > seconds + 120:
                    break
                if now >= next_poll:
                    next_poll = now + POLL
                    for b in await read_states():  # only the mailboxes synced since
                        ledger.synced(b, state[b][1], state[b][2])
                    huge_at = state[huge_box][1]
                    if huge_done is None and state[huge_box][0] == "ok" and huge_at:
                        huge_done = huge_at - s0
                await asyncio.sleep(0.5)
            steady_s = time.time() - s0
            steady_jobs = [b - a for a, b in zip(jobs0, _jobs(logs), strict=True)]
            steady = ledger.report(time.time())
            storm_stats = await fake.ask("stats")
            load_end = os.getloadavg()
            for p in procs:
                os.killpg(p.pid, signal.SIGTERM)
            for p in procs:
                p.wait(30)
            procs = []
            storage = await measure(url, REDIS, prefix, mailboxes=mailboxes + 1, before=before,
                                    compact=False)
            pg_rows = sum(t.rows for t in storage.tables.values())
    finally:
        for p in procs:
            os.killpg(p.pid, signal.SIGKILL)
        if ms_deps is not None:
            await ms_deps.close()
        if rt is not None:
            await rt.close()
        if old_cert is None:
            os.environ.pop("SSL_CERT_FILE", None)
        else:
            os.environ["SSL_CERT_FILE"] = old_cert
        await asyncio.to_thread(fake.stop)
        await pg_admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        await cleanup_redis(prefix)
    in_time = [t for t in first.values() if t <= connect_s]
    lag = steady["lag_s"]
    return {
        "mailboxes": mailboxes, "workers": workers, "speed": speed,
        "microsoft_share": microsoft_share,
        "messages_per_mailbox": messages, "cores": os.cpu_count(),
        "poll_minutes": poll,
        "load_average": [round(x, 2) for x in load_start], "load_average_end":
        [round(x, 2) for x in load_end],
        # onboarding: the connect phase, until every first sync ended or the timeout
        "connect": {"seconds": round(connect_s, 1), "synced": len(in_time),
                    "timed_out": len(in_time) < mailboxes,
                    "first_badges_s": _summary(in_time),
                    "jobs": sum(connect_jobs),
                    "jobs_per_s_per_worker": round(sum(connect_jobs) / connect_s / workers, 2),
                    "mailboxes_per_s": round(len(in_time) / connect_s, 2),
                    # first syncs that ended later (settling, steady state), and never
                    "synced_later": len(first) - len(in_time),
                    "never_synced": mailboxes - len(first),
                    "first_badges_all_s": _summary(list(first.values()))},
        "settle": settle,
        "steady": {"seconds": round(steady_s, 1), "changes": steady["changes"],
                   "changes_per_s": round(steady["changes"] / max(1.0, min(steady_s, seconds)),
                                          2),
                   "lag_s": lag, "unserved": steady["unserved"],
                   "storm_changes": steady["storm_changes"],
                   "onboarded": {"at_start": onboarded_at_start,
                                 "not_at_start": mailboxes - onboarded_at_start,
                                 "at_end": len(first)},
                   "by_phase": steady["by_phase"], "goal": steady["goal"],
                   "jobs_per_s_per_worker": round(sum(steady_jobs) / steady_s / workers, 2)},
        "fairness": {"storm_429s": storm_stats["rate_limited"],
                     "huge_messages": huge_messages,
                     "huge_backfill_done_s": round(huge_done, 1) if huge_done else None,
                     "others_lag_p95_s": lag["p95"], "others_lag_max_s": lag["max"],
                     "graph_429s": storm_stats["graph_429s"],
                     "graph_requests": storm_stats["graph_requests"]},
        "by_provider": {k: {"mailboxes": sum(1 for x in kinds.values() if x == k),
                            "first_badges_s": _summary([t for b, t in first.items()
                                                        if kinds[b] == k and t <= connect_s]),
                            "lag_s": v["lag_s"]}
                        for k, v in steady["by_provider"].items()},
        "storage_per_mailbox": {"pg_rows": round(pg_rows, 1),
                                "pg_bytes": round(storage.pg_bytes),
                                "messages": round(storage.messages, 1),
                                "redis_bytes": round(storage.redis_bytes)},
    }


async def _queued(rt: Any) -> int:
    from unspoken.worker.queue import ArqQueue, queue_name

    q = rt.queue
    assert isinstance(q, ArqQueue)
    return int(await q.pool.zcard(queue_name(q.prefix)))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mailboxes", type=int, default=1000)
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    p.add_argument("--seconds", type=float, default=120.0, help="steady state, seconds")
    p.add_argument("--speed", type=float, default=10.0,
                   help="time compression of the office day (1: real rate)")
    p.add_argument("--messages", type=int, default=10, help="per (small) mailbox")
    p.add_argument("--huge", type=int, default=3000, help="messages of the huge mailbox")
    p.add_argument("--connect-timeout", type=float, default=600.0,
                   help="seconds onboarding may take before the steady state starts anyway")
    p.add_argument("--settle-timeout", type=float, default=900.0,
                   help="seconds the first syncs' weekly scores may take after onboarding")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--microsoft-share", type=float, default=0.5,
                   help="share of the mailboxes on Microsoft (0: Google only)")
    p.add_argument("--out", type=Path, help="append each run's JSON to this file")
    p.add_argument("--plot", type=Path, help="draw the runs of this JSON lines file...")
    p.add_argument("--svg", type=Path, help="...into this SVG file")
    args = p.parse_args(argv)
    # A run is long (10,000 mailboxes: ~40 min), so it gets stopped with `kill`: by default
    # SIGTERM ends Python at once, skipping `run`'s cleanup, and its worker processes (own
    # sessions, so the signal does not reach them) would go on polling a database nobody reads,
    # on the cores the next run measures. As Ctrl-C, it cancels the run and the cleanup stops
    # the workers and the fakes and drops the database and the Redis prefix.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    if args.plot:
        from unspoken.bench.fleet_plot import svg

        runs = [json.loads(x) for x in args.plot.read_text().splitlines() if x.strip()]
        (args.svg or args.plot.with_suffix(".svg")).write_text(svg(runs))
        return
    for w in args.workers:
        out = asyncio.run(run(mailboxes=args.mailboxes, workers=w, seconds=args.seconds,
                              speed=args.speed, messages=args.messages,
                              huge_messages=args.huge, connect_timeout=args.connect_timeout,
                              settle_timeout=args.settle_timeout,
                              seed=args.seed, microsoft_share=args.microsoft_share))
        print(json.dumps(out), flush=True)
        if args.out:
            with args.out.open("a") as f:
                f.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
