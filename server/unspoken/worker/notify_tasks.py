"""The digest and alert tasks (named digest.* and alerts.*). Each takes ids, opens its own
transactions and is safe to run twice: the records they lock decide what is left to send."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from unspoken.notify.smtp import SmtpTemporary
from unspoken.services import alerts as alert_service
from unspoken.services import digest as digest_service
from unspoken.store.db import transaction
from unspoken.store.repositories import notifications as notifications_repo
from unspoken.store.repositories import transitions as transitions_repo
from unspoken.store.repositories import users as users_repo
from unspoken.worker.queue import RetryLater

if TYPE_CHECKING:
    from unspoken.runtime import Runtime

log = logging.getLogger("unspoken.worker")
SMTP_RETRY_SECONDS = 60.0


def _rt(ctx: dict[str, Any]) -> Runtime:
    return ctx["runtime"]  # type: ignore[no-any-return]


BATCH = 25  # users per digest.batch job: arq takes jobs in polls, so one per user is slow
BATCH_CONCURRENCY = 5  # digests of a batch in flight (x 4 jobs: within the DB pool of 20)


async def digest_due(ctx: dict[str, Any]) -> str:
    """digest.due (cron): digest.batch jobs for the users whose weekly slot has come."""
    rt = _rt(ctx)
    if rt.mailer is None:
        return "no smtp"  # nothing to send with: the console previews the digest instead
    async with transaction(rt.sessions) as s:
        due = await digest_service.due_users(s, now=datetime.now(UTC))
    for i in range(0, len(due), BATCH):
        await rt.queue.enqueue("digest.batch", *due[i:i + BATCH])
    return f"ok due={len(due)}"


async def _send(rt: Runtime, user_ids: list[str]) -> dict[str, str | Exception]:
    """The users' due digests, exactly once per period (services/digest), a few at a time;
    user -> the record's status, "not due", or the SmtpTemporary that stopped it."""
    assert rt.mailer is not None
    mailer = rt.mailer
    now = datetime.now(UTC)
    async with transaction(rt.sessions) as s:
        periods = await digest_service.claim(s, user_ids=user_ids, now=now)
    gate = asyncio.Semaphore(BATCH_CONCURRENCY)

    async def one(user_id: str, period: str) -> str | Exception:
        async with gate:
            try:
                async with transaction(rt.sessions) as s:
                    return await digest_service.deliver(s, user_id=user_id, period=period,
                                                        now=now, mailer=mailer,
                                                        settings=rt.settings)
            except SmtpTemporary as exc:
                return exc

    done = await asyncio.gather(*(one(u, p) for u, p in periods.items()))
    out: dict[str, str | Exception] = dict.fromkeys(user_ids, "not due")
    out.update(zip(periods, done, strict=True))
    return out


def _outcome(rt: Runtime, results: dict[str, str | Exception]) -> str:
    """The batch's summary, or RetryLater when a temporary SMTP failure stopped one: the
    rerun finds the others done ("not due")."""
    failed = [r for r in results.values() if isinstance(r, Exception)]
    if failed:
        log.warning("digest not sent, will retry", extra={"error": str(failed[0])})
        raise RetryLater(0 if rt.settings.test_mode else SMTP_RETRY_SECONDS)
    if len(results) == 1:
        return str(next(iter(results.values())))
    counts: dict[str, int] = {}
    for r in results.values():
        counts[str(r)] = counts.get(str(r), 0) + 1
    return "ok " + " ".join(f"{k}={v}" for k, v in sorted(counts.items()))


async def digest_send(ctx: dict[str, Any], user_id: str) -> str:
    """digest.send: one user's due digest."""
    rt = _rt(ctx)
    if rt.mailer is None:
        return "no smtp"
    return _outcome(rt, await _send(rt, [user_id]))


async def digest_batch(ctx: dict[str, Any], *user_ids: str) -> str:
    """digest.batch: the due digests of these users. Safe to run again (a retry, a restart):
    users already done are "not due"."""
    rt = _rt(ctx)
    if rt.mailer is None:
        return "no smtp"
    return _outcome(rt, await _send(rt, list(user_ids)))


async def alerts_user(ctx: dict[str, Any], user_id: str) -> str:
    """alerts.user: plan alerts for the user's new transitions, then deliver what is due."""
    rt = _rt(ctx)
    now = datetime.now(UTC)
    async with transaction(rt.sessions) as s:
        user = await users_repo.user(s, user_id)
        if user is None:
            return "gone"
        await alert_service.plan(s, user_id=user_id, org_id=user.org_id, now=now,
                                 email=rt.mailer is not None, box=rt.box)
    async with rt.sessions() as s:
        due = await notifications_repo.due_deliveries(s, user_id=user_id, now=now)
    soonest: float | None = None
    counts: dict[str, int] = {}
    async with httpx.AsyncClient(timeout=rt.settings.webhook_timeout_seconds) as http:
        for delivery_id in due:
            async with transaction(rt.sessions) as s:
                out = await alert_service.deliver(
                    s, delivery_id=delivery_id, now=datetime.now(UTC), mailer=rt.mailer,
                    http=http, settings=rt.settings, box=rt.box)
            counts[out.status] = counts.get(out.status, 0) + 1
            if out.retry_in is not None:
                soonest = out.retry_in if soonest is None else min(soonest, out.retry_in)
    if soonest is not None:
        raise RetryLater(soonest)
    return "ok " + " ".join(f"{k}={v}" for k, v in sorted(counts.items()))


async def alerts_sweep(ctx: dict[str, Any]) -> str:
    """alerts.sweep (cron): the safety net. An alerts.user for every user with transitions not
    yet planned (a worker died after rescoring) or deliveries due for another attempt."""
    rt = _rt(ctx)
    now = datetime.now(UTC)
    async with rt.sessions() as s:
        users = set(await transitions_repo.users_with_new(s))
        users |= set(await notifications_repo.users_with_due_deliveries(s, now=now))
    for user_id in sorted(users):
        await rt.queue.enqueue("alerts.user", user_id)
    return f"ok users={len(users)}"


TASKS: dict[str, Callable[..., Awaitable[Any]]] = {
    "digest.send": digest_send, "digest.batch": digest_batch, "digest.due": digest_due,
    "alerts.user": alerts_user, "alerts.sweep": alerts_sweep}
