"""Level transitions: recorded by scoring in the same transaction as the new assessments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.service_support import AS_OF, add_fake_mailbox, make_user, run_task
from tests.services.helpers import EARLIER, drifted_user, levels
from unspoken.services import scoring
from unspoken.services.policy import engine_policy
from unspoken.services.users import my_addresses
from unspoken.store.db import transaction
from unspoken.store.models import User
from unspoken.store.repositories import users as users_repo
from unspoken.store.repositories.transitions import recent_transitions


async def _transitions(rt, user_id, *, since=None, **kw):
    since = since or datetime.now(UTC) - timedelta(hours=1)
    async with rt.sessions() as s:
        return list(await recent_transitions(s, user_id=user_id, since=since, **kw))


async def _refresh(rt, user_id, *, as_of, backfill=False, fail=False):
    async with transaction(rt.sessions) as s:
        await users_repo.lock_user(s, user_id)
        user = await s.get(User, user_id)
        me = await my_addresses(s, user_id=user.id, email=user.email)
        policy = await engine_policy(s, org_id=user.org_id)
        await scoring.refresh(s, user_id=user_id, touched=(), me=me, as_of=as_of,
                              policy=policy, full=True, backfill=backfill)
        if fail:
            raise RuntimeError("killed before commit")


class TestLevelTransitions:
    async def test_accounts_seen_for_the_first_time_are_not_transitions(self, rt):
        user = await make_user(rt)
        await run_task(rt, "sync.mailbox", await add_fake_mailbox(rt, user, messages=300))
        assert len(await levels(rt, user.id)) == 6
        assert await _transitions(rt, user.id, include_backfill=True) == []

    async def test_a_rescore_records_exactly_the_levels_that_changed_with_top_signals(self, rt):
        user = await make_user(rt)
        await run_task(rt, "sync.mailbox", await add_fake_mailbox(rt, user, messages=300))
        await _refresh(rt, user.id, as_of=EARLIER)  # (first sync was as of today)
        before = await levels(rt, user.id)
        since = datetime.now(UTC)
        await run_task(rt, "assess.user", user.id)
        after = await levels(rt, user.id)
        found = await _transitions(rt, user.id, since=since)
        assert {(t.account, t.from_level, t.to_level) for t in found} == {
            (a, before[a], after[a]) for a in after if before[a] != after[a]}
        assert {(t.account, t.to_level) for t in found} >= {("umbrella-health.org", "at_risk")}
        risky = next(t for t in found if t.to_level == "at_risk")
        assert 2 <= len(risky.signals) <= scoring.TOP_SIGNALS
        assert all(set(s) == {"kind", "severity", "summary"} for s in risky.signals)
        assert [s["severity"] for s in risky.signals] == \
            sorted((s["severity"] for s in risky.signals), reverse=True)
        assert (risky.as_of, risky.backfill, risky.alert_state) == (AS_OF, False, "new")
        assert since <= risky.at <= datetime.now(UTC)

        await run_task(rt, "assess.user", user.id)  # nothing changed: nothing recorded
        assert len(await _transitions(rt, user.id, since=since)) == len(found)

    async def test_a_rescore_that_does_not_commit_records_nothing(self, rt):
        user = await make_user(rt)
        await run_task(rt, "sync.mailbox", await add_fake_mailbox(rt, user, messages=300))
        await _refresh(rt, user.id, as_of=EARLIER)
        before = await levels(rt, user.id)
        with pytest.raises(RuntimeError):
            await _refresh(rt, user.id, as_of=AS_OF, fail=True)
        assert await levels(rt, user.id) == before
        found = await _transitions(rt, user.id, include_backfill=True)
        assert found and {t.as_of for t in found} == {EARLIER}  # none as of today

    async def test_changes_while_backfilling_are_flagged_and_left_out_by_default(self, rt):
        user = await drifted_user(rt)
        since = datetime.now(UTC)
        await _refresh(rt, user.id, as_of=EARLIER, backfill=True)
        flagged = await _transitions(rt, user.id, since=since, include_backfill=True)
        assert flagged and all(t.backfill and t.alert_state == "backfill" for t in flagged)
        assert await _transitions(rt, user.id, since=since) == []

    async def test_recent_transitions_is_scoped_to_the_user_and_the_window(self, rt):
        a, b = await drifted_user(rt), await make_user(rt)
        found = await _transitions(rt, a.id)
        assert found and all(t.user_id == a.id for t in found)
        assert [t.id for t in found] == sorted((t.id for t in found), reverse=True)
        assert await _transitions(rt, b.id) == []
        assert await _transitions(rt, a.id, since=datetime.now(UTC)) == []
        assert len(await _transitions(rt, a.id, limit=1)) == 1
