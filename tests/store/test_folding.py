"""records.fold and the chunks it writes: the engine reads the same records before and after,
and a folded message can still change or go."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from tests.service_support import AS_OF, add_fake_mailbox, run_task, synced_user
from tests.worker.helpers import full_rescan, stored
from unspoken.services import feature_cache, scoring
from unspoken.services import weekly as weekly_service
from unspoken.services.policy import engine_policy
from unspoken.services.users import my_addresses
from unspoken.signals.model import Direction, MessageFlag
from unspoken.signals.replay import fridays
from unspoken.store import packing
from unspoken.store.db import transaction
from unspoken.store.models import (
    AccountKeyRow,
    MailboxNumber,
    MessageChunk,
    MessageKey,
    MessageRow,
    User,
)
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import users as users_repo

CUTOFF = packing.fold_cutoff(AS_OF)  # what records.fold folds before
FAR = datetime(2100, 1, 1, tzinfo=UTC)


async def _counts(rt, mailbox_id: str) -> tuple[int, int, int]:
    """(message rows, chunks, messages in chunks) of a mailbox."""
    async with rt.sessions() as s:
        num = select(MailboxNumber.num).where(MailboxNumber.mailbox_id == mailbox_id)\
            .scalar_subquery()
        rows = await s.scalar(select(func.count()).select_from(MessageRow)
                              .where(MessageRow.box == num))
        chunks, folded = (await s.execute(select(func.count(), func.sum(MessageChunk.count))
                                          .where(MessageChunk.box == num))).one()
    return int(rows or 0), int(chunks or 0), int(folded or 0)


def _bounce(f: Any) -> Any:
    """A bounce answering sent message `f`, an hour later (fresh ids, as a sync has them)."""
    return replace(f, id="bounce-of-" + f.id, direction=Direction.RECEIVED,
                   flags=frozenset({MessageFlag.BOUNCE}), date=f.date + timedelta(hours=1),
                   message_id="", in_reply_to="", thread_id="")


async def _reads(rt, user_id: str, boxes: list[str]) -> dict[str, Any]:
    """Every read of the records repository, as the engine and the services see them."""
    async with rt.sessions() as s:
        keys = await records_repo.all_keys(s, user_id)
        everything = await records_repo.all_features(s, user_id)
        sent = [f for f in everything if f.direction is Direction.SENT]
        bounces = [_bounce(sent[len(sent) // 3]), _bounce(sent[-1])]
        cache = feature_cache.FeatureCache()
        out: dict[str, Any] = {
            "keys": keys, "all": everything,
            "context": await records_repo.context_features(s, user_id),
            "by_key": await records_repo.features_for_keys(s, user_id=user_id,
                                                           keys=sorted(keys)),
            "cached": [await feature_cache.features_for_keys(s, user_id=user_id,
                                                             keys=sorted(keys), cache=cache)
                       for _ in range(2)],
            "one_key": {k: await records_repo.features_for_keys(s, user_id=user_id, keys=[k])
                        for k in sorted(keys)[:4]},
            "dates": await records_repo.last_dates(s, user_id=user_id, keys=sorted(keys)),
            "dates_few": await records_repo.last_dates(s, user_id=user_id,
                                                       keys=sorted(keys)[:2]),
            "near": await records_repo.keys_near_bounces(s, user_id=user_id, bounces=bounces),
            "sent_near": await records_repo.sent_near_bounces(s, user_id=user_id,
                                                              bounces=bounces),
            "stamp_counts": [n for n, _ in await records_repo.records_stamps(
                s, user_id=user_id, befores=[FAR])]}
        for b in boxes:
            ids = sorted(await records_repo.message_ids(s, b))
            out[b] = {
                "count": await records_repo.message_count(s, b), "ids": ids,
                "texts": await records_repo.text_counts(s, mailbox_id=b),
                "texts_since": await records_repo.text_counts(s, mailbox_id=b,
                                                              since=CUTOFF - timedelta(days=60)),
                "stored": sorted(await records_repo.stored_messages(s, mailbox_id=b,
                                                                    ext_ids=ids[::7]),
                                 key=lambda f: f.id),
                "unseen": sorted(await records_repo.unseen_messages(
                    s, mailbox_id=b, written_before=FAR, since=None, until=None)),
                "unseen_window": sorted(await records_repo.unseen_messages(
                    s, mailbox_id=b, written_before=FAR, since=CUTOFF - timedelta(days=90),
                    until=CUTOFF - timedelta(days=30))),
                "none_unseen": await records_repo.unseen_messages(
                    s, mailbox_id=b, written_before=datetime(2000, 1, 1, tzinfo=UTC),
                    since=None, until=None)}
    return out


class _Held:
    """A queue that only keeps what is enqueued: the weekly run a sync queues folds, and
    these tests fold when they mean to."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[str, ...]]] = []

    async def enqueue(self, task: str, *args: str, **_: Any) -> None:
        self.jobs.append((task, args))


async def _synced(rt, **source: Any) -> tuple[Any, str]:
    queue, rt.queue = rt.queue, _Held()
    try:
        return await synced_user(rt, messages=300, accounts=6, **source)
    finally:
        rt.queue = queue


async def _two_mailboxes(rt) -> tuple[Any, list[str]]:
    user, first = await _synced(rt)
    queue, rt.queue = rt.queue, _Held()
    try:
        second = await add_fake_mailbox(rt, user, messages=80, accounts=2, seed=7)
        await run_task(rt, "sync.mailbox", second)
    finally:
        rt.queue = queue
    return user, [first, second]


class TestFold:
    async def test_every_read_is_the_same_after_folding_and_folding_twice(self, rt):
        user, boxes = await _two_mailboxes(rt)
        before = await _reads(rt, user.id, boxes)
        rows_before = await _counts(rt, boxes[0])
        assert rows_before[1:] == (0, 0)
        await run_task(rt, "records.fold", user.id)
        rows, chunks, folded = await _counts(rt, boxes[0])
        assert chunks and folded > rows and rows + folded == rows_before[0]
        after = await _reads(rt, user.id, boxes)
        assert after == before
        # the checks are not vacuous: old and new mail, bounces near sent mail, unseen ids
        assert before["near"] and before["sent_near"] and before["dates"]
        assert before[boxes[0]]["unseen_window"] and not before[boxes[0]]["none_unseen"]
        assert await run_task(rt, "records.fold", user.id) == "ok folded=0"
        assert await _counts(rt, boxes[0]) == (rows, chunks, folded)
        assert await _reads(rt, user.id, boxes) == before

    async def test_only_old_messages_with_one_account_key_fold(self, rt):
        user, box = await _synced(rt)
        await run_task(rt, "records.fold", user.id)
        async with rt.sessions() as s:
            num = await s.scalar(select(MailboxNumber.num)
                                 .where(MailboxNumber.mailbox_id == box))
            live = (await s.execute(select(MessageRow.date, MessageRow.ext_id)
                                    .where(MessageRow.box == num))).all()
            multi = set((await s.execute(select(MessageKey.ext_id)
                                         .where(MessageKey.box == num))).scalars().all())
            chunks = (await s.execute(select(MessageChunk.first_date, MessageChunk.last_date)
                                      .where(MessageChunk.box == num))).all()
        assert all(d >= CUTOFF or k in multi for d, k in live)
        assert any(d >= CUTOFF for d, _ in live)
        assert chunks and all(last < CUTOFF for _, last in chunks)
        assert all(packing.period_of(first) == packing.period_of(last)
                   for first, last in chunks)

    async def test_a_message_of_another_user_is_known_elsewhere_only_to_that_user(self, rt):
        user, boxes = await _two_mailboxes(rt)
        other, other_box = await _synced(rt)
        await run_task(rt, "records.fold", user.id)
        async with rt.sessions() as s:
            mine = [f for f in await records_repo.all_features(s, user.id) if f.date < CUTOFF]
            copied = [replace(mine[5], id="copy-elsewhere", message_id="copy@x.test")]
        async with transaction(rt.sessions) as s:  # same Message-ID under another id
            await records_repo.replace_messages(s, mailbox_id=boxes[1], user_id=user.id,
                                                features=copied, keys=[set()],
                                                keep_quotes=True)
        await run_task(rt, "records.fold", user.id)
        async with rt.sessions() as s:
            fresh = [replace(copied[0], id="another-id")]
            assert await records_repo.known_elsewhere(s, user_id=user.id, mailbox_id=boxes[0],
                                                      features=fresh)
            assert not await records_repo.known_elsewhere(s, user_id=other.id,
                                                          mailbox_id=other_box, features=fresh)
            # its own folded copy is not "elsewhere"
            assert not await records_repo.known_elsewhere(s, user_id=user.id,
                                                          mailbox_id=boxes[1], features=copied)


class TestChangesToFoldedMessages:
    async def test_a_changed_folded_message_goes_back_to_a_row(self, rt):
        user, box = await _synced(rt)
        await run_task(rt, "records.fold", user.id)
        rows, chunks, folded = await _counts(rt, box)
        me = frozenset({user.email})
        async with rt.sessions() as s:
            old = next(f for f in await records_repo.all_features(s, user.id)
                       if f.date < CUTOFF and f.direction is Direction.RECEIVED)
            stamps = await records_repo.records_stamps(s, user_id=user.id, befores=[FAR])
        changed = replace(old, subject="Relabelled", message_id="", in_reply_to="",
                          thread_id="")
        async with transaction(rt.sessions) as s:
            await records_repo.replace_messages(
                s, mailbox_id=box, user_id=user.id, features=[changed],
                keys=[scoring.message_keys(old, me=me, own=scoring.own_keys(me))],
                keep_quotes=True)
        now_rows, now_chunks, now_folded = await _counts(rt, box)
        assert (now_rows, now_folded) == (rows + 1, folded - 1)
        assert now_chunks in (chunks, chunks - 1)  # (its chunk goes if it was alone)
        async with rt.sessions() as s:
            now = await records_repo.all_features(s, user.id)
            mine = [f for f in now if f.id == old.id]
            assert [f.subject for f in mine] == ["Relabelled"]
            assert len(now) == rows + folded
            after = await records_repo.records_stamps(s, user_id=user.id, befores=[FAR])
            assert after[0][0] == stamps[0][0] and after[0][1] > stamps[0][1]
        await run_task(rt, "records.fold", user.id)  # and it folds again, changed
        assert await _counts(rt, box) == (rows, chunks, folded)
        async with rt.sessions() as s:
            again = await records_repo.stored_messages(s, mailbox_id=box, ext_ids=[old.id])
        assert [f.subject for f in again] == ["Relabelled"]

    async def test_deleting_folded_messages_empties_and_drops_their_chunk(self, rt):
        user, box = await _synced(rt)
        await run_task(rt, "records.fold", user.id)
        rows, chunks, folded = await _counts(rt, box)
        async with rt.sessions() as s:
            num = await s.scalar(select(MailboxNumber.num)
                                 .where(MailboxNumber.mailbox_id == box))
            account, period, keys = (await s.execute(
                select(MessageChunk.account, MessageChunk.period, MessageChunk.ext_keys)
                .where(MessageChunk.box == num, MessageChunk.account > 0)
                .order_by(MessageChunk.count.desc()).limit(1))).one()
            name = (await s.execute(select(AccountKeyRow.key)
                                    .where(AccountKeyRow.id == account))).scalar()
            live = await s.scalar(select(MessageRow.ext_id).where(MessageRow.box == num)
                                  .limit(1))
            stamps = await records_repo.records_stamps(s, user_id=user.id, befores=[FAR])
        ids = [packing.ext_id_of(k) for k in packing.folded_keys(keys)]
        async with transaction(rt.sessions) as s:  # one folded, one row, one never stored
            touched = await records_repo.delete_messages(
                s, mailbox_id=box, ext_ids=[ids[0], packing.ext_id_of(live), "no-such-id"])
        assert name in touched
        assert await _counts(rt, box) == (rows - 1, chunks, folded - 1)
        async with transaction(rt.sessions) as s:  # the rest of the chunk
            assert name in await records_repo.delete_messages(s, mailbox_id=box,
                                                              ext_ids=ids[1:])
        assert await _counts(rt, box) == (rows - 1, chunks - 1, folded - len(ids))
        async with rt.sessions() as s:
            left = {f.id for f in await records_repo.all_features(s, user.id)}
            assert not left & set(ids) and len(left) == rows - 1 + folded - len(ids)
            gone = await s.scalar(select(func.count()).select_from(MessageChunk).where(
                MessageChunk.box == num, MessageChunk.account == account,
                MessageChunk.period == period))
            after = await records_repo.records_stamps(s, user_id=user.id, befores=[FAR])
        assert gone == 0 and after[0][0] == stamps[0][0] - 1 - len(ids)

    async def test_purging_quotes_reaches_folded_messages(self, rt):
        user, box = await _synced(rt)
        await run_task(rt, "records.fold", user.id)
        async with rt.sessions() as s:
            quoted = [f for f in await records_repo.all_features(s, user.id) if f.quotes]
        assert any(f.date < CUTOFF for f in quoted) and any(f.date >= CUTOFF for f in quoted)
        async with transaction(rt.sessions) as s:
            n = await records_repo.purge_quotes(s, user_ids=[user.id], before=CUTOFF)
        assert n == sum(1 for f in quoted if f.date < CUTOFF)
        async with rt.sessions() as s:
            left = [f for f in await records_repo.all_features(s, user.id) if f.quotes]
        assert left and {f.id for f in left} == {f.id for f in quoted if f.date >= CUTOFF}

    async def test_a_full_listing_sweeps_folded_messages_it_did_not_see(self, rt):
        user, box = await _synced(rt)
        await run_task(rt, "records.fold", user.id)
        async with rt.sessions() as s:
            ids = await records_repo.unseen_messages(s, mailbox_id=box, written_before=FAR,
                                                     since=None, until=CUTOFF)
            seen = await records_repo.stored_messages(s, mailbox_id=box, ext_ids=ids[:5])
        assert len(ids) >= (await _counts(rt, box))[2] > 0  # every folded one among them
        stamp = datetime.now(UTC)
        async with transaction(rt.sessions) as s:  # a listing rewrote five of them
            me = frozenset({user.email})
            await records_repo.replace_messages(
                s, mailbox_id=box, user_id=user.id, features=seen,
                keys=[scoring.message_keys(f, me=me, own=scoring.own_keys(me)) for f in seen],
                keep_quotes=True)
        async with rt.sessions() as s:
            unseen = await records_repo.unseen_messages(s, mailbox_id=box,
                                                        written_before=stamp, since=None,
                                                        until=CUTOFF)
        assert sorted(unseen) == sorted(set(ids) - {f.id for f in seen})


class TestEngineAfterFolding:
    async def test_rescoring_and_the_weekly_replay_are_the_same(self, rt):
        user, boxes = await _two_mailboxes(rt)
        assessed = await stored(rt, user.id)
        assert assessed == await full_rescan(rt, user.id)
        async with rt.sessions() as s:
            u = await s.get(User, user.id)
            me = await my_addresses(s, user_id=u.id, email=u.email)
            policy = await engine_policy(s, org_id=u.org_id)
            records = await weekly_service.load(s, user_id=user.id)
            keys = await records_repo.all_keys(s, user.id)
        days = fridays(AS_OF, 12)
        weeks = weekly_service.replay(records, days, me=me, policy=policy)
        await run_task(rt, "records.fold", user.id)
        assert (await _counts(rt, boxes[0]))[2]
        async with rt.sessions() as s:
            folded = await weekly_service.load(s, user_id=user.id)
        assert (folded.features, folded.meetings) == (records.features, records.meetings)
        assert weekly_service.replay(folded, days, me=me, policy=policy) == weeks
        async with transaction(rt.sessions) as s:  # every account rescored by its key
            await users_repo.lock_user(s, user.id)
            ctx = await scoring.stored_context(s, user_id=user.id)
            assert ctx is not None
            n = await scoring.rescore(s, user_id=user.id, keys=keys, me=me, as_of=AS_OF,
                                      policy=policy, context=ctx)
        assert n and await stored(rt, user.id) == assessed
        assert (await run_task(rt, "assess.user", user.id)).startswith("ok")
        assert await stored(rt, user.id) == assessed == await full_rescan(rt, user.id)
