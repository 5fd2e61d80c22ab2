"""Scenarios shared by the notification tests."""

from __future__ import annotations

from datetime import timedelta

from tests.service_support import AS_OF, TestUser, add_fake_mailbox, make_user, run_task
from unspoken.runtime import Runtime
from unspoken.store.repositories import assessments as assessments_repo

# The fake mailbox's drifting accounts (every third) went quiet in the last 60 days: seen 75
# days earlier they are healthy, so moving the engine's "now" forward changes their level.
EARLIER = AS_OF - timedelta(days=75)


async def levels(rt: Runtime, user_id: str) -> dict[str, str]:
    async with rt.sessions() as s:
        return {a: lv for a, (lv, _) in
                (await assessments_repo.levels(s, user_id=user_id)).items()}


async def scored_earlier(rt: Runtime, *, user: TestUser | None = None,
                         org: str | None = None) -> TestUser:
    """A user whose fake mailbox was synced and assessed as of 75 days ago."""
    user = user or await make_user(rt, org=org)
    box = await add_fake_mailbox(rt, user, messages=300)
    today = rt.settings
    rt.settings = today.model_copy(update={"as_of": EARLIER})
    try:
        await run_task(rt, "sync.mailbox", box)
    finally:
        rt.settings = today
    return user


async def drifted_user(rt: Runtime, *, user: TestUser | None = None,
                       org: str | None = None) -> TestUser:
    """A user whose accounts were assessed 75 days ago, then again today (as a nightly rescore
    would): umbrella-health.org healthy → at_risk, acme-logistics.com healthy → watch."""
    user = await scored_earlier(rt, user=user, org=org)
    await run_task(rt, "assess.user", user.id)
    return user
