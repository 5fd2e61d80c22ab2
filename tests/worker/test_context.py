"""The running mailbox-context counts give the engine's own mailbox_context."""

from __future__ import annotations

from tests.service_support import add_fake_mailbox, make_user, run_task, set_source
from unspoken.services import context as context_service
from unspoken.services import scoring
from unspoken.services.policy import engine_policy
from unspoken.services.users import my_addresses
from unspoken.signals.assess import mailbox_context
from unspoken.store.models import User
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import records as records_repo


async def _both(rt, user_id):
    async with rt.sessions() as s:
        user = await s.get(User, user_id)
        me = await my_addresses(s, user_id=user.id, email=user.email)
        policy = await engine_policy(s, org_id=user.org_id)
        as_of = scoring.as_of(rt.settings.as_of)
        engine = mailbox_context(await records_repo.all_features(s, user.id),
                                 await records_repo.all_meetings(s, user.id), me=me,
                                 as_of=as_of, policy=policy)
        row = await assessments_repo.context(s, user.id)
        stats = row.body["stats"]
        assert stats is not None
        # The stored counts themselves, not only what they give: stale counts can give the
        # same lull weeks and median for a while, then drift.
        assert stats == await context_service.rebuild(s, user_id=user.id, me=me,
                                                      as_of=as_of, policy=policy)
        return engine, context_service.context(stats, as_of=as_of, policy=policy)


class TestRunningContext:
    async def test_counts_follow_new_and_replayed_mail(self, rt):
        user = await make_user(rt)
        box = await add_fake_mailbox(rt, user, messages=260, accounts=4)
        await set_source(rt, box, messages=200)
        await run_task(rt, "sync.mailbox", box)
        engine, ours = await _both(rt, user.id)
        assert engine == ours
        for n in (205, 230, 260):  # incremental pages, counts updated in place
            await set_source(rt, box, messages=n)
            await run_task(rt, "sync.mailbox", box)
            engine, ours = await _both(rt, user.id)
            assert engine == ours
        async with rt.sessions() as s:  # a replay of everything: replaced, not doubled
            from unspoken.store.models import Mailbox
            mb = await s.get(Mailbox, box)
            mb.cursor = None
            await s.commit()
        await run_task(rt, "sync.mailbox", box)
        engine, ours = await _both(rt, user.id)
        assert engine == ours

    async def test_a_second_mailbox_with_the_same_mail_is_counted_once(self, rt):
        user = await make_user(rt)
        a = await add_fake_mailbox(rt, user, messages=120)
        await run_task(rt, "sync.mailbox", a)
        b = await add_fake_mailbox(rt, user, messages=120)  # same seed: same Message-IDs
        await run_task(rt, "sync.mailbox", b)
        engine, ours = await _both(rt, user.id)
        assert engine == ours
