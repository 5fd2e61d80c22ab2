"""The tasks. Each takes ids, opens its own transactions, and is safe to run twice: a sync
stores a page and advances the cursor in one transaction, so a rerun resumes where the last
commit left off and replaces (never doubles) anything it sees again."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.observability import SYNC_ITEMS, SYNC_PAGES
from unspoken.providers.base import (
    AuthRevoked,
    ChangeSet,
    CursorExpired,
    MailboxRef,
    RateLimited,
    Transient,
    Unreadable,
)
from unspoken.providers.registry import polled_kinds, provider_for
from unspoken.runtime import Runtime
from unspoken.services import badges as badge_service
from unspoken.services import learning as learning_service
from unspoken.services import policy as policy_service
from unspoken.services import scoring
from unspoken.services import sync as sync_service
from unspoken.services import weekly as weekly_service
from unspoken.services.users import my_addresses
from unspoken.signals.policy import Policy
from unspoken.store import packing
from unspoken.store.crypto import SecretUnreadable
from unspoken.store.db import transaction
from unspoken.store.models import SyncError, SyncStage, SyncStatus
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import transitions as transitions_repo
from unspoken.store.repositories import users as users_repo
from unspoken.worker import notify_tasks
from unspoken.worker.queue import ArqQueue, RetryLater, SliceEnded, promote_aged

log = logging.getLogger("unspoken.worker")
MAX_TRANSIENT_FAILURES = 5
RESCORE_EVERY_PAGES = 10
# Seconds before the weekly scores follow a rescore: a burst of syncs makes one replay (arq
# drops an enqueue while the same job waits), and the trend may lag that much.
WEEKLY_DEFER = 3.0
# Mail read before the baseline window starts: earlier turns of its threads, first contacts.
BACKFILL_MARGIN_DAYS = 30

Task = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class _Scope:
    user_id: str
    org_id: str
    me: frozenset[str]
    policy: Policy
    store_quotes: bool
    retention_days: int


async def _scope(session: AsyncSession, user_id: str) -> _Scope | None:
    user = await users_repo.user(session, user_id)
    if user is None:
        return None
    org = await users_repo.org(session, user.org_id)
    assert org is not None
    _, pol = await policy_service.current(session, org_id=org.id)
    me = await my_addresses(session, user_id=user.id, email=user.email)
    learned = await policy_service.learned(session, org_id=org.id)
    return _Scope(user_id=user.id, org_id=org.id, me=me,
                  policy=pol.engine(org_domain=org.domain, learned=learned),
                  store_quotes=pol.store_quotes, retention_days=pol.retention_days)


def _rt(ctx: dict[str, Any]) -> Runtime:
    return ctx["runtime"]


async def _mark(rt: Runtime, mailbox_id: str, **values: Any) -> None:
    async with transaction(rt.sessions) as s:
        mb = await mailboxes_repo.locked(s, mailbox_id)
        if mb is not None:
            for k, v in values.items():
                setattr(mb, k, v)


@dataclass(slots=True)
class _Owed:
    """What a sync run owes when it ends, however it ends: the weekly scores of `user_id`
    when it stored something a past Friday depends on (a finished backfill always does)."""

    user_id: str = ""
    weekly: bool = False


async def sync_mailbox(ctx: dict[str, Any], mailbox_id: str) -> str:
    """sync.mailbox: pull change sets after the stored cursor until the provider is done, or
    until a backfill has run `sync_slice_seconds`: then it scores what it stored and raises
    SliceEnded, and the queue runs the rest later (fairness: no backfill holds a worker).

    An incremental sync of new mail is one job: `scores.weekly` follows only when a stored
    Friday's inputs changed (old mail, a meeting, a deletion; services/sync `Applied.past`),
    or when a backfill finished. Queued in `finally`, so a run that stored such a page and
    then failed or was superseded still queues it (its rerun would not see the page again)."""
    rt = _rt(ctx)
    owed = _Owed()
    try:
        return await _sync_mailbox(rt, mailbox_id, owed)
    finally:
        if owed.weekly:
            await rt.queue.enqueue("scores.weekly", owed.user_id, defer=WEEKLY_DEFER)


async def _sync_mailbox(rt: Runtime, mailbox_id: str, owed: _Owed) -> str:
    now = datetime.now(UTC)
    async with transaction(rt.sessions) as s:
        mb = await mailboxes_repo.get(s, mailbox_id)
        if mb is None:
            return "gone"
        scope = await _scope(s, mb.user_id)
        if scope is None:
            return "gone"
        owed.user_id = scope.user_id
        try:
            creds = rt.box.open(mb.credentials, mailbox_id=mb.id) if mb.credentials else None
        except SecretUnreadable:  # key retired, or a ciphertext copied from another row
            mb.status, mb.last_error = SyncStatus.NEEDS_REAUTH, SyncError.UNREADABLE
            return "needs_reauth"
        ref = MailboxRef(id=mb.id, address=mb.address, me=scope.me,
                         source=_with_backfill(mb.source, scope.policy), credentials=creds)
        provider = provider_for(mb.provider)
        cursor_json = mb.cursor
        stage = SyncStage.BACKFILL if cursor_json is None or mb.stage == SyncStage.BACKFILL \
            else SyncStage.INCREMENTAL
        if mb.status != SyncStatus.SYNCING or mb.stage != stage:
            mb.status, mb.stage, mb.stage_started_at = SyncStatus.SYNCING, stage, now
    as_of = scoring.as_of(rt.settings.as_of)
    pages = 0
    slice_ends = time.monotonic() + rt.settings.sync_slice_seconds
    sliced = False
    # The cursor of a page with nothing to store (a folder or calendar without changes) is
    # held and written with the next page that stores something, or after the last in the
    # final rescore's transaction: none of its own. Lost with the run, it only means those
    # empty pages are read again.
    held: dict[str, Any] | None = None
    try:
        cursor = provider.parse_cursor(cursor_json)
        async for changes in provider.changes(ref, cursor, page_size=rt.settings.sync_page_size):
            if _empty(changes):
                pages += 1
                SYNC_PAGES.inc()
                if changes.next_cursor is not None:
                    nxt = changes.next_cursor.to_json()
                    held = nxt if nxt != cursor_json else None
                continue
            async with transaction(rt.sessions) as s:
                mb = await mailboxes_repo.locked(s, mailbox_id)
                if mb is None:
                    return "gone"
                if mb.cursor != cursor_json:  # another run got further: let it finish
                    return "superseded"
                applied = await sync_service.apply_changes(
                    s, mailbox=mb, changes=changes, me=scope.me, policy=scope.policy,
                    as_of=as_of)
                mb.pending_keys = sorted(set(mb.pending_keys) | applied.touched)
                if changes.next_cursor is not None:
                    mb.cursor = changes.next_cursor.to_json()
                elif held is not None:
                    mb.cursor = held
                held = None
                mb.items_synced += applied.messages + applied.meetings
                owed.weekly |= stage == SyncStage.INCREMENTAL and applied.past
                if changes.progress is not None:
                    mb.progress = changes.progress
                cursor_json = mb.cursor
            pages += 1
            SYNC_PAGES.inc()
            SYNC_ITEMS.inc(applied.messages + applied.meetings)
            if stage == SyncStage.BACKFILL and time.monotonic() >= slice_ends \
                    and _progressed(changes):
                sliced = True  # the rest waits behind the urgent syncs
                break
            if pages % RESCORE_EVERY_PAGES == 0:  # a long backfill shows results as it goes
                await _rescore_pending(rt, mailbox_id, scope=scope, as_of=as_of, final=False,
                                       backfill=stage == SyncStage.BACKFILL)
    except AuthRevoked:
        await _mark(rt, mailbox_id, status=SyncStatus.NEEDS_REAUTH,
                    last_error=SyncError.AUTH_REVOKED)
        return "needs_reauth"
    except RateLimited as exc:
        await _mark(rt, mailbox_id, last_error=SyncError.RATE_LIMITED)
        raise RetryLater(exc.retry_after) from None
    except CursorExpired:
        await _mark(rt, mailbox_id, cursor=None, stage=SyncStage.BACKFILL, stage_started_at=now,
                    last_error=SyncError.CURSOR_EXPIRED, progress=0.0)
        raise RetryLater(0) from None
    except Transient:
        async with transaction(rt.sessions) as s:
            mb = await mailboxes_repo.locked(s, mailbox_id)
            if mb is None:
                return "gone"
            mb.failure_count += 1
            mb.last_error = SyncError.TRANSIENT
            failures = mb.failure_count
            if failures >= MAX_TRANSIENT_FAILURES:
                mb.status = SyncStatus.ERROR
                mb.error_detail = (f"the provider failed {failures} times in a row: "
                                   "sync again later")
        if failures >= MAX_TRANSIENT_FAILURES:
            return "error"
        raise RetryLater(min(2 ** failures * 5, 600)) from None
    except Unreadable as exc:  # the source is broken, not the network: a final error
        log.warning("source unreadable", extra={"mailbox_id": mailbox_id})
        if pages:  # what was stored before the bad part is scored
            await _rescore_pending(rt, mailbox_id, scope=scope, as_of=as_of, final=False)
        await _mark(rt, mailbox_id, status=SyncStatus.ERROR, last_error=SyncError.UNREADABLE,
                    error_detail=str(exc))
        return "error"
    if sliced:  # what this slice stored is scored now, the rest follows in the next slices
        await _rescore_pending(rt, mailbox_id, scope=scope, as_of=as_of, final=False,
                               backfill=stage == SyncStage.BACKFILL)
        raise SliceEnded
    # the cursor of trailing empty pages goes with the final rescore's transaction
    if not await _rescore_pending(rt, mailbox_id, scope=scope, as_of=as_of,
                                  backfill=stage == SyncStage.BACKFILL,
                                  cursor=(cursor_json, held) if held is not None else None):
        return "superseded"
    owed.weekly |= stage == SyncStage.BACKFILL
    await provider.settle(ref)
    return f"ok pages={pages}"


def _empty(changes: ChangeSet) -> bool:
    """Nothing to store but (maybe) a cursor: no records, deletions or completed listings."""
    return not (changes.messages or changes.meetings or changes.deleted_messages
                or changes.deleted_meetings or changes.full_listings)


def _progressed(changes: ChangeSet) -> bool:
    """Did this page store something and move the cursor past it? Only then may a slice end
    after it: a page that only re-reads (a calendar's unchanged first page) would be read
    again by every next slice, and the sync would never get further."""
    return changes.next_cursor is not None and bool(
        changes.messages or changes.meetings or changes.deleted_messages
        or changes.deleted_meetings)


def _with_backfill(source: dict[str, Any], policy: Policy) -> dict[str, Any]:
    """The mailbox's source with the backfill window the org's policy needs (recent + baseline
    + a margin) unless the source sets its own; the providers cap it by their settings."""
    days = policy.recent_days + policy.baseline_days + BACKFILL_MARGIN_DAYS
    return {"backfill_days": days, **source}


async def _rescore_pending(rt: Runtime, mailbox_id: str, *, scope: _Scope,
                           as_of: datetime, final: bool = True, backfill: bool = False,
                           cursor: tuple[Any, Any] | None = None) -> bool:
    """Score the user's pending keys; with `final`, the mailbox is marked synced. `cursor`
    (the stored one expected, the one to store) moves the mailbox's cursor in the same
    transaction. False when another run moved the cursor meanwhile (it finishes the sync)."""
    started = time.perf_counter()
    current = True
    async with transaction(rt.sessions) as s:
        boxes = await mailboxes_repo.lock_all_for_user(s, scope.user_id)  # the lock order
        if await users_repo.lock_user(s, scope.user_id) is None:  # one rescore at a time
            return True  # erased meanwhile
        pending: set[str] = set()
        for b in boxes:
            pending |= set(b.pending_keys)
            b.pending_keys = []
        n = await scoring.refresh(s, user_id=scope.user_id, touched=pending, me=scope.me,
                                  as_of=as_of, policy=scope.policy, backfill=backfill)
        alert = not backfill and await transitions_repo.has_new(s, scope.user_id)
        mb = next((b for b in boxes if b.id == mailbox_id), None)
        if cursor is not None:  # (a mailbox disconnected meanwhile is not current either)
            current = mb is not None and mb.cursor == cursor[0]
            if mb is not None and current:
                mb.cursor = cursor[1]
        if mb is not None and final and current:
            mb.status, mb.stage = SyncStatus.OK, SyncStage.IDLE
            mb.stage_started_at = mb.last_synced_at = datetime.now(UTC)
            mb.failure_count, mb.last_error, mb.progress = 0, None, 1.0
            mb.error_detail = None
    await badge_service.invalidate(rt.kv, user_id=scope.user_id)
    if alert:
        await rt.queue.enqueue("alerts.user", scope.user_id)
    log.info("rescored", extra={"mailbox_id": mailbox_id, "accounts": n,
                                "ms": round((time.perf_counter() - started) * 1000, 1)})
    return current


async def assess_user(ctx: dict[str, Any], user_id: str) -> str:
    """assess.user: rescore every account of a user (policy change, new day)."""
    rt = _rt(ctx)
    async with transaction(rt.sessions) as s:
        if await users_repo.lock_user(s, user_id) is None:
            return "gone"
        scope = await _scope(s, user_id)
        if scope is None:
            return "gone"
        n = await scoring.refresh(s, user_id=user_id, touched=(), me=scope.me,
                                  as_of=scoring.as_of(rt.settings.as_of), policy=scope.policy,
                                  full=True)
        alert = await transitions_repo.has_new(s, user_id)
    await badge_service.invalidate(rt.kv, user_id=user_id)
    if alert:
        await rt.queue.enqueue("alerts.user", user_id)
    await rt.queue.enqueue("scores.weekly", user_id, defer=WEEKLY_DEFER)
    return f"ok accounts={n}"


async def weekly_scores(ctx: dict[str, Any], user_id: str) -> str:
    """scores.weekly: replay the past Fridays whose inputs changed (services/weekly). Reads,
    replays off the event loop, then writes under the user's locks; safe to run twice."""
    rt = _rt(ctx)
    as_of = scoring.as_of(rt.settings.as_of)
    # The weekly run folds what settled since the last one (a stamp does not change by it:
    # records.records_stamps, so nothing replays for it).
    await _fold(rt, user_id, as_of=as_of)
    async with rt.sessions() as s:
        scope = await _scope(s, user_id)
        if scope is None:
            return "gone"
        plan = await weekly_service.plan(s, user_id=user_id, me=scope.me, as_of=as_of,
                                         policy=scope.policy)
        if not plan.todo:
            return "ok weeks=0"
        records = await weekly_service.load(s, user_id=user_id)
    weeks = await asyncio.to_thread(weekly_service.replay, records, plan.todo, me=scope.me,
                                    policy=scope.policy)
    async with transaction(rt.sessions) as s:
        await mailboxes_repo.lock_all_for_user(s, user_id)  # the lock order
        if await users_repo.lock_user(s, user_id) is None:
            return "gone"  # erased meanwhile
        await weekly_service.store(s, user_id=user_id, plan=plan, weeks=weeks,
                                   now=datetime.now(UTC))
    return f"ok weeks={len(weeks)}"


async def fold_records(ctx: dict[str, Any], user_id: str) -> str:
    """records.fold: fold the user's settled messages into chunks (store.models.MessageChunk,
    records.fold); safe to run twice (the second moves nothing). scores.weekly runs it too."""
    rt = _rt(ctx)
    n = await _fold(rt, user_id, as_of=scoring.as_of(rt.settings.as_of))
    return f"ok folded={n}"


async def _fold(rt: Runtime, user_id: str, *, as_of: datetime) -> int:
    """Fold every mailbox of the user, under the user's locks (the lock order of rescoring):
    no sync page or rescore sees a message half moved."""
    async with transaction(rt.sessions) as s:
        boxes = await mailboxes_repo.lock_all_for_user(s, user_id)
        if await users_repo.lock_user(s, user_id) is None:
            return 0  # erased meanwhile
        before = packing.fold_cutoff(as_of)
        return sum([await records_repo.fold(s, mailbox_id=b.id, before=before)
                    for b in boxes])


async def assess_org(ctx: dict[str, Any], org_id: str) -> str:
    """assess.org: one assess.user per member (after a policy change)."""
    rt = _rt(ctx)
    async with rt.sessions() as s:
        members = await users_repo.org_members(s, org_id)
    for m in members:
        await rt.queue.enqueue("assess.user", m.id)
    return f"ok members={len(members)}"


async def retention_purge(ctx: dict[str, Any], org_id: str) -> str:
    """retention.purge: drop evidence quotes past retention (all of them when quotes are off)."""
    rt = _rt(ctx)
    async with transaction(rt.sessions) as s:
        _, pol = await policy_service.current(s, org_id=org_id)
        members = [m.id for m in await users_repo.org_members(s, org_id)]
        before = None if not pol.store_quotes else \
            datetime.now(UTC) - timedelta(days=pol.retention_days)
        n = await records_repo.purge_quotes(s, user_ids=members, before=before)
    if n:
        await rt.queue.enqueue("assess.org", org_id)
    return f"ok purged={n}"


async def assess_daily(ctx: dict[str, Any]) -> str:
    """assess.daily (cron): every night, rescore everyone (time moved the windows) and apply
    retention."""
    rt = _rt(ctx)
    async with transaction(rt.sessions) as s:
        users = await users_repo.all_ids(s)
        orgs = await users_repo.all_org_ids(s)
    for o in orgs:
        await rt.queue.enqueue("retention.purge", o)
        await rt.queue.enqueue("learning.age", o)
    for u in users:
        await rt.queue.enqueue("assess.user", u)
    return f"ok users={len(users)}"


async def learning_age(ctx: dict[str, Any], org_id: str) -> str:
    """learning.age: learned factors whose judgements aged out step back towards 1 (audited);
    the org is rescored if one moved. Safe to run twice (a factor at its aim stays put)."""
    rt = _rt(ctx)
    async with transaction(rt.sessions) as s:
        moves = await learning_service.age(s, org_id=org_id, now=datetime.now(UTC))
    if moves:
        await learning_service.changed(rt.queue, org_id=org_id)
    return f"ok moved={len(moves)}"


async def poll_due(ctx: dict[str, Any]) -> str:
    """sync.poll (cron): the safety net under push. One coalesced sync.mailbox per connected
    remote mailbox not synced for `sync_poll_minutes`; subscriptions and watches are renewed
    by those runs."""
    rt = _rt(ctx)
    before = datetime.now(UTC) - timedelta(minutes=rt.settings.sync_poll_minutes)
    async with rt.sessions() as s:
        due = await mailboxes_repo.due_for_poll(s, kinds=polled_kinds(), synced_before=before)
    for mailbox_id in due:
        await rt.queue.enqueue("sync.mailbox", mailbox_id)
    return f"ok due={len(due)}"


SWEEP_BATCH = 500


async def sweep_stuck(ctx: dict[str, Any]) -> str:
    """jobs.sweep (cron): a mailbox left `syncing` with no job queued or running (its job
    failed or timed out, or Redis restarted empty) gets a new sync.mailbox, which resumes from
    its stored cursor. Nothing stays "syncing" forever."""
    rt = _rt(ctx)
    async with rt.sessions() as s:
        ids = await mailboxes_repo.syncing(s, limit=SWEEP_BATCH)
    live = await rt.queue.live("sync.mailbox", ids)
    stuck = [i for i in ids if i not in live]
    for mailbox_id in stuck:
        await rt.queue.enqueue("sync.mailbox", mailbox_id)
    if stuck:
        log.warning("stuck syncs restarted", extra={"count": len(stuck)})
    return f"ok stuck={len(stuck)}"


async def age_queue(ctx: dict[str, Any]) -> str:
    """queue.age (cron): the oldest jobs of the lower bands waiting over 5 minutes move ahead
    of the incremental syncs, a bounded number a minute (worker.queue): nothing starves."""
    rt = _rt(ctx)
    if not isinstance(rt.queue, ArqQueue):  # the in-process queue runs in order anyway
        return "ok moved=0"
    moved = await promote_aged(rt.queue, limit=rt.settings.queue_aged_per_minute)
    if moved:
        log.info("aged jobs moved up", extra={"count": moved})
    return f"ok moved={moved}"


TASKS: dict[str, Task] = {
    "sync.mailbox": sync_mailbox,
    "assess.user": assess_user,
    "assess.org": assess_org,
    "scores.weekly": weekly_scores,
    "records.fold": fold_records,
    "retention.purge": retention_purge,
    "learning.age": learning_age,
    **notify_tasks.TASKS,
}
