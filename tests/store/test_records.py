"""store.repositories.records: tenancy and disconnect over the compact message rows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from tests.service_support import add_fake_mailbox, run_task, statements, synced_user
from unspoken.store.db import transaction
from unspoken.store.models import AccountKeyRow, AddressRow
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import records as records_repo


async def _lookups(rt, user_id: str) -> tuple[int, int]:
    async with rt.sessions() as s:
        a = await s.scalar(select(func.count()).select_from(AddressRow)
                           .where(AddressRow.user_id == user_id))
        k = await s.scalar(select(func.count()).select_from(AccountKeyRow)
                           .where(AccountKeyRow.user_id == user_id))
    return int(a or 0), int(k or 0)


class TestRecords:
    async def test_one_user_never_reads_another_users_messages(self, rt):
        alice, _ = await synced_user(rt, messages=60)
        bob, _ = await synced_user(rt, messages=60)  # the same fake correspondents and keys
        async with rt.sessions() as s:
            keys = await records_repo.all_keys(s, alice.id)
            assert keys and keys == await records_repo.all_keys(s, bob.id)
            mine = await records_repo.features_for_keys(s, user_id=alice.id, keys=keys)
            theirs = await records_repo.features_for_keys(s, user_id=bob.id, keys=keys)
            dates = await records_repo.last_dates(s, user_id=alice.id, keys=sorted(keys))
        assert mine and theirs and len(mine) == len(theirs)
        everyone = [f.sender.email for f in mine] + [f.sender.email for f in theirs]
        assert alice.email in everyone and bob.email in everyone
        assert bob.email not in {a.email for f in mine for a in (f.sender, *f.to, *f.cc)}
        assert set(dates) <= keys and dates

    async def test_disconnecting_forgets_the_addresses_only_that_mailbox_named(self, rt):
        user, first = await synced_user(rt, messages=60)
        second = await add_fake_mailbox(rt, user, messages=40, accounts=2, seed=7)
        await run_task(rt, "sync.mailbox", second)
        both = await _lookups(rt, user.id)
        async with rt.sessions() as s:
            kept = await records_repo.message_count(s, second)
        async with transaction(rt.sessions) as s:
            await mailboxes_repo.delete_one(s, user_id=user.id, mailbox_id=first)
        left = await _lookups(rt, user.id)
        assert 0 < left[0] < both[0] and 0 < left[1] <= both[1]
        async with rt.sessions() as s:  # what remains still reads back whole
            rest = await records_repo.all_features(s, user.id)
            assert rest and kept and await records_repo.message_count(s, second) == kept
        async with transaction(rt.sessions) as s:
            await mailboxes_repo.delete_one(s, user_id=user.id, mailbox_id=second)
        assert await _lookups(rt, user.id) == (0, 0)


class TestMailboxNumbers:
    async def test_a_session_reads_a_mailboxs_number_once(self, rt):
        _, box = await synced_user(rt, messages=20)
        with statements(rt) as sent:
            async with rt.sessions() as s:
                n = await records_repo.message_count(s, box)
                ids = await records_repo.message_ids(s, box)
                texts = await records_repo.text_counts(s, mailbox_id=box)
        lookups = [q for q, _ in sent if "FROM mailbox_numbers" in q
                   and "message_features" not in q]
        # the count is one statement; the ids and the text counts read rows, then chunks
        assert len(lookups) == 1 and len(sent) == 6
        assert n == len(ids) == texts[0] > 0

    async def test_a_number_a_rollback_undid_is_read_again(self, rt):
        user, _ = await synced_user(rt)
        second = await add_fake_mailbox(rt, user, messages=5, accounts=1, seed=3)
        async with rt.sessions() as s:  # not synced yet: no number
            assert await records_repo._box_number(s, mailbox_id=second, user_id=user.id,
                                                  create=False) is None
            made = await records_repo._box_number(s, mailbox_id=second, user_id=user.id,
                                                  create=True)
            assert made is not None and await records_repo.message_count(s, second) == 0
            await s.rollback()
            assert await records_repo._box_number(s, mailbox_id=second, user_id=user.id,
                                                  create=False) is None


def _literal(v: object) -> str:
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


class TestAccountIndex:
    async def test_reads_by_account_use_the_partial_index_in_a_generic_plan(self, rt):
        """The account index holds only rows with an account (WHERE account > 0): a prepared
        statement's generic plan can use it only if the query says so in its text."""
        if rt.engine.dialect.name != "postgresql":
            pytest.skip("plans are PostgreSQL's")
        user, _ = await synced_user(rt, messages=300)
        with statements(rt) as sent:
            async with rt.sessions() as s:
                keys = sorted(await records_repo.all_keys(s, user.id))
                assert await records_repo.features_for_keys(s, user_id=user.id, keys=keys[:2])
        seen = [(q, p) for q, p in sent if "message_features.account IN" in q]
        assert seen
        async with rt.engine.connect() as conn:
            await conn.execute(text("SET plan_cache_mode = force_generic_plan"))
            await conn.execute(text("SET enable_seqscan = off"))
            for i, (statement, params) in enumerate(seen):
                await conn.exec_driver_sql(f"PREPARE by_account_{i} AS {statement}")
                plan = "\n".join(r[0] for r in (await conn.exec_driver_sql(
                    f"EXPLAIN EXECUTE by_account_{i}({', '.join(map(_literal, params))})")))
                assert "ix_message_features_account" in plan, plan
