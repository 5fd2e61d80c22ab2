"""store.repositories.assessments: stored assessments are written in place, gone ones deleted."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from tests.service_support import make_user
from unspoken.store.db import transaction
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow
from unspoken.store.repositories import assessments as repo

AT = datetime(2026, 3, 6, tzinfo=UTC)


def _account(user_id: str, account: str, *, score: int = 10, risk: str = "healthy",
             contacts: int = 1) -> dict:
    return {"user_id": user_id, "account": account, "risk": risk, "score": score,
            "signals": [{"kind": "k", "severity": score}], "checkin": None,
            "contact_count": contacts, "computed_at": AT}


def _contact(user_id: str, email: str, account: str, *, score: int = 10,
             risk: str = "healthy") -> dict:
    return {"user_id": user_id, "email": email, "account": account, "name": "N", "title": "",
            "role": "unknown", "risk": risk, "score": score, "signals": [], "computed_at": AT}


async def _rows(rt, user_id: str) -> tuple[dict, dict]:
    """account -> (id, risk, score, signals), email -> (id, account, score)."""
    async with rt.sessions() as s:
        accs = (await s.execute(select(AccountAssessmentRow)
                                .where(AccountAssessmentRow.user_id == user_id))).scalars()
        cons = (await s.execute(select(ContactAssessmentRow)
                                .where(ContactAssessmentRow.user_id == user_id))).scalars()
        return ({a.account: (a.id, a.risk, a.score, a.signals) for a in accs},
                {c.email: (c.id, c.account, c.score) for c in cons})


async def _store(rt, user_id: str, accounts, account_rows, contact_rows) -> None:
    async with transaction(rt.sessions) as s:
        await repo.store_for_accounts(s, user_id=user_id, accounts=accounts,
                                      account_rows=account_rows, contact_rows=contact_rows)


async def _seed(rt, user_id: str) -> None:
    await _store(rt, user_id, ["a.test", "b.test", "c.test"],
                 [_account(user_id, "a.test"), _account(user_id, "b.test"),
                  _account(user_id, "c.test")],
                 [_contact(user_id, "ann@a.test", "a.test"),
                  _contact(user_id, "al@a.test", "a.test"),
                  _contact(user_id, "bo@b.test", "b.test"),
                  _contact(user_id, "cy@c.test", "c.test")])


class TestStoreForAccounts:
    async def test_a_changed_score_is_updated_in_place(self, rt):
        user = await make_user(rt)
        await _seed(rt, user.id)
        accs, cons = await _rows(rt, user.id)
        await _store(rt, user.id, ["a.test"],
                     [_account(user.id, "a.test", score=70, risk="at_risk")],
                     [_contact(user.id, "ann@a.test", "a.test", score=65),
                      _contact(user.id, "al@a.test", "a.test", score=5)])
        after, after_cons = await _rows(rt, user.id)
        assert after["a.test"] == (accs["a.test"][0], "at_risk", 70,
                                   [{"kind": "k", "severity": 70}])
        assert after_cons["ann@a.test"] == (cons["ann@a.test"][0], "a.test", 65)
        assert after_cons["al@a.test"] == (cons["al@a.test"][0], "a.test", 5)
        assert {a: after[a] for a in ("b.test", "c.test")} == \
            {a: accs[a] for a in ("b.test", "c.test")}  # outside the rescore: untouched

    async def test_an_account_gone_from_the_rescore_is_deleted_with_its_contacts(self, rt):
        user = await make_user(rt)
        await _seed(rt, user.id)
        accs, cons = await _rows(rt, user.id)
        # a.test loses one contact, b.test has no assessment any more, c.test is not rescored
        await _store(rt, user.id, ["a.test", "b.test"], [_account(user.id, "a.test")],
                     [_contact(user.id, "ann@a.test", "a.test")])
        after, after_cons = await _rows(rt, user.id)
        assert after == {"a.test": accs["a.test"], "c.test": accs["c.test"]}
        assert after_cons == {e: cons[e] for e in ("ann@a.test", "cy@c.test")}

    async def test_a_full_rescore_keeps_exactly_the_new_rows(self, rt):
        user = await make_user(rt)
        other = await make_user(rt)
        await _seed(rt, user.id)
        await _seed(rt, other.id)
        accs, cons = await _rows(rt, user.id)
        theirs = await _rows(rt, other.id)
        await _store(rt, user.id, None,
                     [_account(user.id, "c.test", score=40), _account(user.id, "d.test")],
                     [_contact(user.id, "cy@c.test", "c.test", score=40),
                      _contact(user.id, "bo@b.test", "d.test"),  # moved account
                      _contact(user.id, "di@d.test", "d.test")])
        after, after_cons = await _rows(rt, user.id)
        assert set(after) == {"c.test", "d.test"}
        assert after["c.test"] == (accs["c.test"][0], "healthy", 40,
                                   [{"kind": "k", "severity": 40}])
        assert set(after_cons) == {"cy@c.test", "bo@b.test", "di@d.test"}
        assert after_cons["cy@c.test"] == (cons["cy@c.test"][0], "c.test", 40)
        assert after_cons["bo@b.test"] == (cons["bo@b.test"][0], "d.test", 10)
        assert await _rows(rt, other.id) == theirs  # another user's rows: untouched
        await _store(rt, user.id, None, [], [])
        assert await _rows(rt, user.id) == ({}, {})
        assert await _rows(rt, other.id) == theirs

    async def test_rows_the_session_loaded_before_read_the_new_values(self, rt):
        user = await make_user(rt)
        await _seed(rt, user.id)
        async with transaction(rt.sessions) as s:
            held = await repo.account(s, user_id=user.id, account="a.test")
            contact = await repo.contact(s, user_id=user.id, email="ann@a.test")
            assert held is not None and contact is not None and held.score == 10
            await repo.store_for_accounts(
                s, user_id=user.id, accounts=["a.test"],
                account_rows=[_account(user.id, "a.test", score=55, risk="watch")],
                contact_rows=[_contact(user.id, "ann@a.test", "a.test", score=50)])
            assert (held.risk, held.score) == ("watch", 55)
            assert contact.score == 50
            again = await repo.accounts_by_name(s, user_id=user.id, accounts=["a.test"])
            assert [(a.risk, a.score) for a in again] == [("watch", 55)]
            assert await repo.levels(s, user_id=user.id) == {
                "a.test": ("watch", 55), "b.test": ("healthy", 10), "c.test": ("healthy", 10)}
