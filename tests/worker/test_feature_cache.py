"""services.feature_cache: the same features as the plain read, never a stale row, bounded."""

from __future__ import annotations

from sqlalchemy import select, update

from tests.service_support import run_task, set_source, synced_user
from unspoken.services import feature_cache
from unspoken.services.feature_cache import FeatureCache
from unspoken.store import packing
from unspoken.store.db import transaction
from unspoken.store.models import MailboxNumber, MessageRow
from unspoken.store.repositories import records as records_repo

KEYS = ["acme-logistics.com", records_repo.BOUNCE_KEY]


async def _both(rt, user_id, cache):
    async with rt.sessions() as s:
        plain = await records_repo.features_for_keys(s, user_id=user_id, keys=KEYS)
        cached = await feature_cache.features_for_keys(s, user_id=user_id, keys=KEYS,
                                                       cache=cache)
    return plain, cached


class TestFeatureCache:
    async def test_equals_the_plain_read_as_rows_come_change_and_go(self, rt):
        user, box = await synced_user(rt, messages=150)
        cache = FeatureCache()
        plain, cached = await _both(rt, user.id, cache)
        assert plain and cached == plain
        postgres = rt.engine.dialect.name == "postgresql"
        assert len(cache) == (len(plain) if postgres else 0)  # SQLite: no row versions

        await set_source(rt, box, messages=160)  # new rows
        await run_task(rt, "sync.mailbox", box)
        plain, cached = await _both(rt, user.id, cache)
        assert cached == plain

        async with transaction(rt.sessions) as s:  # written in place: quotes purged
            await records_repo.purge_quotes(s, user_ids=[user.id], before=None)
        plain, cached = await _both(rt, user.id, cache)
        assert cached == plain and not any(f.quotes for f in cached)

        async with transaction(rt.sessions) as s:  # and again
            boxes = select(MailboxNumber.num).where(MailboxNumber.user_id == user.id)
            await s.execute(update(MessageRow).where(MessageRow.box.in_(boxes))
                            .values(thread_hash=7))
        plain, cached = await _both(rt, user.id, cache)
        assert cached == plain and {f.thread_id for f in cached} == {packing.hashed_id(7)}

    def test_bounded_in_entries_and_age(self):
        now = [0.0]
        cache = FeatureCache(max_entries=3, max_age_s=10, clock=lambda: now[0])
        f = object()
        for i in range(5):
            cache.put(("db", i, "v"), f)  # type: ignore[arg-type]
        assert len(cache) == 3 and cache.get(("db", 0, "v")) is None
        assert cache.get(("db", 4, "v")) is f
        now[0] = 11
        assert cache.get(("db", 4, "v")) is None
        cache.put(("db", 9, "v"), f)  # type: ignore[arg-type]
        assert len(cache) == 1
