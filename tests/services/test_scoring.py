"""services.scoring: a rescore rewrites the stored assessments in place and drops gone ones."""

from __future__ import annotations

from sqlalchemy import select

from tests.service_support import AS_OF, make_user, run_task
from tests.services.helpers import EARLIER, scored_earlier
from tests.worker.helpers import full_rescan, stored
from unspoken.services import scoring
from unspoken.services.policy import engine_policy
from unspoken.services.users import my_addresses
from unspoken.store.db import transaction
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, User
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import users as users_repo

DRIFTING = "umbrella-health.org"  # healthy as of EARLIER, at risk as of AS_OF


async def _ids(rt, user_id: str) -> tuple[dict[str, int], dict[str, int]]:
    async with rt.sessions() as s:
        accs = (await s.execute(select(AccountAssessmentRow.account, AccountAssessmentRow.id)
                                .where(AccountAssessmentRow.user_id == user_id))).all()
        cons = (await s.execute(select(ContactAssessmentRow.email, ContactAssessmentRow.id)
                                .where(ContactAssessmentRow.user_id == user_id))).all()
    return dict(accs), dict(cons)  # type: ignore[arg-type]


async def _rescore(rt, user_id: str, *, keys: list[str]) -> None:
    """An incremental rescore of `keys` as of today, in the stored mailbox context."""
    async with transaction(rt.sessions) as s:
        await users_repo.lock_user(s, user_id)
        user = await s.get(User, user_id)
        me = await my_addresses(s, user_id=user.id, email=user.email)
        policy = await engine_policy(s, org_id=user.org_id)
        ctx = await scoring.stored_context(s, user_id=user_id)
        assert ctx is not None
        await scoring.rescore(s, user_id=user_id, keys=keys, me=me, as_of=AS_OF, policy=policy,
                              context=ctx)


class TestRescoreWritesInPlace:
    async def test_a_changed_score_keeps_its_rows_and_reads_back_new(self, rt, client):
        user = await scored_earlier(rt)
        ids, contact_ids = await _ids(rt, user.id)
        before = await stored(rt, user.id)
        assert before["accounts"][DRIFTING][0] == "healthy"
        await _rescore(rt, user.id, keys=[DRIFTING])
        after = await stored(rt, user.id)
        assert await _ids(rt, user.id) == (ids, contact_ids)  # same primary keys
        risk, score = after["accounts"][DRIFTING][:2]
        assert risk == "at_risk" and score != before["accounts"][DRIFTING][1]
        assert {a: v for a, v in after["accounts"].items() if a != DRIFTING} == \
            {a: v for a, v in before["accounts"].items() if a != DRIFTING}
        async with rt.sessions() as s:
            row = await assessments_repo.account(s, user_id=user.id, account=DRIFTING)
            assert row is not None and (row.risk, row.score, row.computed_at) == \
                (risk, score, AS_OF)
            people = await assessments_repo.contacts_of_account(s, user_id=user.id,
                                                               account=DRIFTING)
        assert people and all(c.computed_at == AS_OF for c in people)
        accounts = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
        shown = next(a for a in accounts if a["account"] == DRIFTING)
        assert (shown["level"], shown["score"]) == (risk, score)
        detail = (await client.get(f"/v1/contacts/{people[0].email}", headers=user.auth)).json()
        assert (detail["account"], detail["level"], detail["computed_at"]) == \
            (DRIFTING, "at_risk", AS_OF.isoformat())
        assert detail["signals"] == people[0].signals

    async def test_a_full_rescore_updates_in_place_and_equals_a_full_scan(self, rt):
        user = await scored_earlier(rt)
        ids, contact_ids = await _ids(rt, user.id)
        await run_task(rt, "assess.user", user.id)  # as of today: every account rescored
        assert await _ids(rt, user.id) == (ids, contact_ids)
        now = await stored(rt, user.id)
        assert now == await full_rescan(rt, user.id)
        assert now["accounts"][DRIFTING][0] == "at_risk"

    async def test_an_account_made_internal_is_deleted_with_its_contacts(self, rt, client):
        user = await scored_earlier(rt)
        admin = await make_user(rt, org=user.org, admin=True)
        assert admin.org_id == user.org_id
        ids, contact_ids = await _ids(rt, user.id)
        before = await stored(rt, user.id)
        gone = {e for e, c in before["contacts"].items() if c[0] == DRIFTING}
        assert gone
        policy = (await client.get("/v1/admin/policy", headers=admin.auth)).json()["policy"]
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={**policy, "internal_domains": [DRIFTING]})
        assert r.status_code == 200
        await rt.queue.drain()  # the policy change rescored the org's users
        after = await stored(rt, user.id)
        assert DRIFTING not in after["accounts"] and not gone & set(after["contacts"])
        assert after == await full_rescan(rt, user.id)
        kept, kept_contacts = await _ids(rt, user.id)
        assert kept == {a: i for a, i in ids.items() if a != DRIFTING}
        assert kept_contacts == {e: i for e, i in contact_ids.items() if e not in gone}
        async with rt.sessions() as s:
            assert await assessments_repo.account(s, user_id=user.id, account=DRIFTING) is None
        accounts = (await client.get("/v1/accounts", headers=user.auth)).json()["accounts"]
        assert DRIFTING not in {a["account"] for a in accounts}

    async def test_an_incremental_rescore_of_an_account_without_records_deletes_it(self, rt):
        user = await scored_earlier(rt)
        ids, _ = await _ids(rt, user.id)
        async with transaction(rt.sessions) as s:  # a row left from mail since deleted
            await assessments_repo.store_for_accounts(
                s, user_id=user.id, accounts=["gone.test"],
                account_rows=[{"user_id": user.id, "account": "gone.test", "risk": "healthy",
                               "score": 3, "signals": [], "checkin": None,
                               "contact_count": 0, "computed_at": EARLIER}],
                contact_rows=[])
        assert "gone.test" in (await stored(rt, user.id))["accounts"]
        await _rescore(rt, user.id, keys=["gone.test"])
        assert await _ids(rt, user.id) == (ids, (await _ids(rt, user.id))[1])
