"""`python -m unspoken.bench.google`: a Gmail backfill against the fake Google under quota.

The fake Google of the tests (tests/providers/google/fake_google.py, so run this from the
repository root, as `make bench` does) runs in a child process with a per-user budget; this
process runs the real `sync.mailbox` task (SQLite, Redis when reachable) with the same budget
in Settings. Reports:
- the achieved share of the quota-limited rate: units the fake granted over the most it could
  grant in that time (its bucket starts full: capacity + rate x elapsed); goal >= 90 %;
- 429/403 rate answers and whether any went unhandled (the task failing or mail missing);
- when every customer message of the last 90 days was stored, and when the first rescore
  after that finished (the task rescores every few pages and at the end of its run);
- CPU time of this process (our side only) per message.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from unspoken.bench import redis_up

ME = "sam@northwind-saas.com"


def populate(fake: Any, me: str, n: int, days: int, now: datetime) -> tuple[int, int]:
    """Mailbox `me` of the fake Google: `n` messages over `days` (60 % customer mail in and
    out over 40 accounts, 25 % internal, 15 % newsletters). Returns (customer messages, of
    them in the last 90 days)."""
    user = me.split("@")[0].capitalize()
    customers = recent = 0
    for i in range(n):
        when = now - timedelta(days=days * i / n, seconds=i)
        kind = i % 20
        if kind < 12:  # customer mail, in and out
            acct = f"customer{i % 40}.com"
            if i % 2:
                fake.add_message(me, sender=f"Dana Reyes <dana@{acct}>", to=me,
                                 subject=f"Rollout {i}", when=when,
                                 body=f"Hi {user},\n\nThanks for the update! Can it export to "
                                      f"our lake? Item {i}.\n\nDana Reyes\nVP Operations")
            else:
                fake.add_message(me, sender=f"{user} <{me}>", to=f"dana@{acct}",
                                 subject=f"Re: Rollout {i}", when=when, labels=("SENT",),
                                 body="Hi Dana, would it help to add seats for Denver?")
            customers += 1
            recent += when >= now - timedelta(days=90)
        elif kind < 17:
            fake.add_message(me, sender="Kim <kim@northwind-saas.com>", to=me,
                             subject=f"Internal {i}", body="standup moved", when=when)
        else:
            fake.add_message(me, sender="News <news@mail.vendor.io>", to=me,
                             subject=f"Digest {i}", body="promo", when=when,
                             labels=("INBOX", "CATEGORY_PROMOTIONS"),
                             extra_headers={"List-Unsubscribe": "<https://x.test/u>"})
    return customers, recent


def _serve(conn: Any, n: int, units: int, window: float, get_units: int, days: int,
           users: tuple[str, ...] = (ME,)) -> None:
    """The fake Google in this (child) process, each of `users` holding `populate`'s mailbox;
    sends its endpoints and one refresh token per user, serves until told to stop."""
    from tests.providers.google.fake_google import ALL_SCOPES, FakeGoogle

    fake = FakeGoogle(quota_units=units, quota_window=window, get_units=get_units)
    now = datetime.now(UTC)
    refreshes = {}
    for k, me in enumerate(users):
        customers, recent = populate(fake, me, n, days, now)
        refreshes[me] = f"1//bench{k}"
        fake.refresh_tokens[refreshes[me]] = {"email": me, "scopes": ALL_SCOPES}
    fake.start()
    conn.send({"endpoints": fake.endpoints(), "refresh": refreshes[users[0]],
               "refreshes": refreshes, "customers": customers, "recent_customers": recent,
               "url": fake.url})
    conn.recv()  # until the parent is done
    fake.stop()


def start_fake(n: int, *, units: int, window: float, get_units: int, days: int,
               users: tuple[str, ...] = (ME,)) -> tuple[Any, Any, dict[str, Any]]:
    """`_serve` in a spawned child: (its process, the pipe to stop it, what it sent)."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(child, n, units, window, get_units, days, users),
                       daemon=True)
    proc.start()
    return proc, parent, parent.recv()


def stop_fake(proc: Any, pipe: Any) -> None:
    pipe.send("stop")
    proc.join(10)


async def connect(rt: Any, *, email: str, refresh: str, admin: bool = False) -> tuple[str, str]:
    """A user and their Google mailbox holding `refresh` (sealed), as the OAuth callback
    leaves them: (user id, mailbox id)."""
    from unspoken.providers.google.auth import CALENDAR_SCOPE, GMAIL_SCOPE
    from unspoken.providers.google.client import Grant
    from unspoken.services import users as user_service
    from unspoken.store.db import transaction
    from unspoken.store.repositories import mailboxes as mailboxes_repo

    async with transaction(rt.sessions) as s:
        user = await user_service.create_user(s, email=email, admin=admin)
        box = await mailboxes_repo.add(s, user_id=user.id, provider="google", address=email)
        box.credentials = rt.box.seal(Grant(refresh, ("openid", GMAIL_SCOPE,
                                                      CALENDAR_SCOPE)).to_bytes(),
                                      mailbox_id=box.id)
        return user.id, box.id


async def _run(info: dict[str, Any], args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    from sqlalchemy import func, select

    from unspoken.config import Settings
    from unspoken.providers.google.sync import GoogleProvider
    from unspoken.providers.registry import register
    from unspoken.runtime import Runtime
    from unspoken.store.migrate import upgrade_async
    from unspoken.store.models import AccountAssessmentRow
    from unspoken.store.repositories import records as records_repo
    from unspoken.worker.queue import RetryLater
    from unspoken.worker.tasks import TASKS

    url = f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
    await upgrade_async(url)
    redis = "redis://127.0.0.1:6379/0" if redis_up() else ""
    settings = Settings(
        database_url=url, redis_url=redis, redis_prefix=f"unspoken-bench-{int(time.time())}:",
        encryption_keys="b1:" + "a" * 43,
        data_dir=tmp, sync_page_size=args.page, google_quota_units=args.units,
        google_quota_window_seconds=args.window, google_get_units=args.get_units,
        google_backfill_days=args.days + 1, log_json=True, log_level="WARNING",
        **info["endpoints"])
    register(GoogleProvider(settings))
    rt = await Runtime.start(settings)
    user_id, box_id = await connect(rt, email=ME, refresh=info["refresh"], admin=True)
    since = datetime.now(UTC) - timedelta(days=90)
    stored_90: float | None = None
    scored_90: float | None = None
    stored_at: datetime | None = None
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    done = asyncio.Event()

    async def watch() -> None:
        """Every customer message of the last 90 days stored; then the first rescore after
        that (assessments computed later than that moment)."""
        nonlocal stored_90, scored_90, stored_at
        while not done.is_set() and scored_90 is None:
            async with rt.sessions() as s:
                if stored_90 is None:
                    n = (await records_repo.text_counts(s, mailbox_id=box_id, since=since))[1]
                    if n >= info["recent_customers"]:
                        stored_90, stored_at = time.perf_counter() - t0, datetime.now(UTC)
                else:
                    last = await s.scalar(select(func.max(AccountAssessmentRow.computed_at))
                                          .where(AccountAssessmentRow.user_id == user_id))
                    if last is not None and stored_at and last.replace(tzinfo=UTC) >= stored_at:
                        scored_90 = time.perf_counter() - t0
            await asyncio.sleep(0.25)

    watcher = asyncio.create_task(watch())
    result = ""
    for _ in range(50):
        try:
            result = await TASKS["sync.mailbox"]({"runtime": rt}, box_id)
            break
        except RetryLater as r:  # a worker runs it again after `defer`
            await asyncio.sleep(r.defer)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    done.set()
    await watcher
    async with rt.sessions() as s:
        stored, with_text = await records_repo.text_counts(s, mailbox_id=box_id)
    await rt.close()
    stats = json.loads(urllib.request.urlopen(info["url"] + "/_stats", timeout=10).read())
    rate = args.units / args.window
    possible = args.units + rate * elapsed
    return {
        "messages": args.messages, "stored": stored, "customer_messages": info["customers"],
        "with_text": with_text, "result": result,
        "seconds": round(elapsed, 2), "quota": f"{args.units} units / {args.window:g}s",
        "units_granted": stats["units_used"],
        "quota_share": round(stats["units_used"] / possible, 3),
        "rate_limited_answers": stats["rate_limited"],
        "unhandled_429": 0 if result.startswith("ok") and stored == args.messages else 1,
        "first_90_days_stored_s": round(stored_90, 2) if stored_90 else None,
        "first_90_days_scored_s": round(scored_90, 2) if scored_90 else round(elapsed, 2),
        "cpu_ms_per_message": round(cpu * 1000 / max(1, stored), 3),
        "calls": stats["calls"], "redis_limiter": bool(redis),
    }


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=5000)
    p.add_argument("--units", type=int, default=15_000,
                   help="quota units per window per user (Google: 15,000, new projects 6,000)")
    p.add_argument("--window", type=float, default=60.0, help="quota window, seconds")
    p.add_argument("--get-units", type=int, default=5)
    p.add_argument("--days", type=int, default=365)
    p.add_argument("--page", type=int, default=100)
    args = p.parse_args(argv)
    proc, pipe, info = start_fake(args.messages, units=args.units, window=args.window,
                                  get_units=args.get_units, days=args.days)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = asyncio.run(_run(info, args, Path(tmp)))
    finally:
        stop_fake(proc, pipe)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
