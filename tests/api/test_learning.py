"""Learning from the team's feedback: scripted "confirmed" / "not a risk" through the API move a
signal's learned factor the right way, one step at a time, and stop at its bounds (never looser
than the false-alarm budget's level); every move and every reset is in the audit log; orgs are
isolated; members can neither see nor reset; a move rescores the org."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from tests import service_support as support
from tests.service_support import make_user, run_task, synced_user
from tests.worker.helpers import full_rescan, stored
from unspoken.runtime import Runtime
from unspoken.services import feedback as feedback_service
from unspoken.services.policy import engine_policy
from unspoken.signals import learning as rule
from unspoken.signals.model import SignalKind
from unspoken.signals.policy import LEVELS
from unspoken.store.db import transaction
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow

PP, EX, FS = "polite_procrastination", "exec_access_loss", "feature_silence"


async def flagged_accounts(rt: Runtime, user: support.TestUser, kinds: list[str], n: int,
                           prefix: str) -> list[str]:
    """`n` accounts the engine flagged for `user` with `kinds` (as a rescore would store)."""
    names = [f"{prefix}{i}.test" for i in range(n)]
    async with transaction(rt.sessions) as s:
        for name in names:
            s.add(AccountAssessmentRow(
                user_id=user.id, account=name, risk="watch", score=40,
                signals=[{"kind": k, "severity": 0.6, "summary": f"{k} on {name}",
                          "evidence": []} for k in kinds],
                contact_count=1, computed_at=datetime.now(UTC)))
    return names


@asynccontextmanager
async def worker_busy(rt: Runtime) -> AsyncIterator[None]:
    """Hold the in-process worker (as if busy elsewhere): jobs enqueued meanwhile run after,
    so the scripted accounts are not rescored away between two feedbacks."""
    async with rt.queue._lock:  # type: ignore[attr-defined]
        yield


async def give(client: Any, user: support.TestUser, account: str, kind: str) -> None:
    r = await client.post("/v1/feedback", headers=user.auth,
                          json={"account": account, "kind": kind})
    assert r.status_code == 200, r.text


async def learning(client: Any, admin: support.TestUser) -> dict[str, dict[str, Any]]:
    r = await client.get("/v1/admin/learning", headers=admin.auth)
    assert r.status_code == 200, r.text
    return {s["signal"]: s for s in r.json()["signals"]}


async def audit(client: Any, admin: support.TestUser, action: str) -> list[dict[str, Any]]:
    entries = (await client.get("/v1/admin/audit", headers=admin.auth)).json()["entries"]
    return [e for e in entries if e["action"] == action]


async def team(rt: Runtime) -> tuple[support.TestUser, support.TestUser]:
    admin = await make_user(rt, admin=True, local="ada")
    member = await make_user(rt, org=admin.org, local="bo")
    return admin, member


class TestLearning:
    async def test_confirmations_make_a_signal_more_eager_until_the_budget_level(
            self, rt, client):
        admin, member = await team(rt)
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={"admins_see_team_risk": True})  # accounts named in audit
        assert r.status_code == 200
        await rt.queue.drain()  # the policy change's rescore, before the scripted accounts
        accounts = await flagged_accounts(rt, member, [PP], 10, "late")
        factors = []
        async with worker_busy(rt):
            await give(client, member, accounts[0], "confirmed")
            await give(client, member, accounts[0], "confirmed")  # the same account: once
            for acc in accounts[1:]:
                await give(client, member, acc, "confirmed")
                factors.append((await learning(client, admin))[PP]["factor"])
        # nothing before 5 judgements, then at most x1.25 per feedback, stopping at the bound
        assert factors == [1.0, 1.0, 1.0, 1.25, 1.5625, 1.9531, 2.0, 2.0, 2.0]
        pp = (await learning(client, admin))[PP]
        assert pp["confirmed"] == 10 and pp["dismissed"] == 0
        assert pp["bounds"] == {"low": 0.5, "high": 2.0}
        level = LEVELS[SignalKind.POLITE_PROCRASTINATION]
        assert pp["level"]["now"] == level.most_eager == pp["level"]["budget"]
        assert pp["level"]["at_budget"] is True
        moves = await audit(client, admin, "learning.adjusted")
        assert [(e["detail"]["from"], e["detail"]["to"]) for e in reversed(moves)] == [
            (1.0, 1.25), (1.25, 1.5625), (1.5625, 1.9531), (1.9531, 2.0)]
        first = moves[-1]["detail"]
        assert first["feedback"]["target"] == accounts[4] and first["confirmed"] == 5
        assert {c["target"] for c in first["counted"]} == set(accounts[:5])
        assert pp["last_change"]["audit_id"] == moves[0]["id"]
        assert all(m["actor"] == "" for m in moves)  # the system, after members' feedback
        await rt.queue.drain()

    async def test_dismissals_make_a_signal_quieter_down_to_its_bound(self, rt, client):
        admin, member = await team(rt)
        accounts = await flagged_accounts(rt, member, [EX, FS], 12, "noisy")
        async with worker_busy(rt):
            for acc in accounts:
                await give(client, member, acc, "not_a_risk")
            view = await learning(client, admin)
            assert view[EX]["factor"] == 0.5 == view[EX]["bounds"]["low"]
            assert view[EX]["level"]["now"] == LEVELS[SignalKind.EXEC_ACCESS_LOSS].quietest
            assert view[FS]["factor"] == 0.5 and view[FS]["dismissed"] == 12
            # mixed judgements walk the factor back towards 1, a step at a time
            for acc in await flagged_accounts(rt, member, [FS], 8, "quiet"):
                await give(client, member, acc, "confirmed")
            fs = (await learning(client, admin))[FS]
            assert fs["confirmed"] == 8 and fs["dismissed"] == 12
            assert 0.5 < fs["factor"] < 1.0 and fs["aim"] == 1.0
        # feature silence's default is already the budget's level: confirmations cannot make
        # it looser, so they move nothing and write nothing
        admin2, member2 = await team(rt)
        more = await flagged_accounts(rt, member2, [FS], 8, "quiet")
        async with worker_busy(rt):
            for acc in more:
                await give(client, member2, acc, "confirmed")
        fs2 = (await learning(client, admin2))[FS]
        assert fs2["factor"] == 1.0 and fs2["confirmed"] == 8 and fs2["bounds"]["high"] == 1.0
        assert await audit(client, admin2, "learning.adjusted") == []
        await rt.queue.drain()

    async def test_reset_is_audited_and_counts_afresh(self, rt, client):
        admin, member = await team(rt)
        accounts = await flagged_accounts(rt, member, [PP, EX], 9, "acct")
        async with worker_busy(rt):
            for acc in accounts[:6]:
                await give(client, member, acc, "confirmed")
            before = await learning(client, admin)
            assert before[PP]["factor"] == 1.5625 and before[EX]["factor"] == 1.0  # EX's top
            r = await client.post("/v1/admin/learning/reset", headers=admin.auth,
                                  json={"signal": PP})
            assert r.status_code == 200
            after = {s["signal"]: s for s in r.json()["signals"]}
            assert after[PP]["factor"] == 1.0 and after[PP]["confirmed"] == 0
            assert after[PP]["reset_at"] is not None
            for acc in accounts[6:]:  # 3 new judgements: under the minimum again
                await give(client, member, acc, "confirmed")
            assert (await learning(client, admin))[PP]["factor"] == 1.0
            r = await client.post("/v1/admin/learning/reset", headers=admin.auth, json={})
            assert r.status_code == 200
        moved = (await audit(client, admin, "learning.adjusted"))[-1]["detail"]
        assert [c["id"] for c in moved["counted"]] == sorted(c["id"] for c in moved["counted"])
        assert "target" not in moved["feedback"]  # members' accounts stay private by default
        assert all("target" not in c for c in moved["counted"]) and len(moved["counted"]) == 5
        resets = await audit(client, admin, "learning.reset")
        assert [e["target"] for e in resets] == ["signal:all", f"signal:{PP}"]
        assert resets[1]["actor"] == admin.email
        assert resets[1]["detail"]["signals"] == {PP: {"from": 1.5625, "to": 1.0}}
        assert set(resets[0]["detail"]["signals"]) == {k.value for k in SignalKind}
        bad = await client.post("/v1/admin/learning/reset", headers=admin.auth,
                                json={"signal": "nope"})
        assert bad.status_code == 422
        await rt.queue.drain()

    async def test_organisations_learn_apart(self, rt, client):
        admin_a, member_a = await team(rt)
        admin_b, member_b = await team(rt)
        accounts = await flagged_accounts(rt, member_a, [EX], 8, "shared")
        same_names = await flagged_accounts(rt, member_b, [EX], 8, "shared")
        async with worker_busy(rt):
            for acc in accounts:
                await give(client, member_a, acc, "not_a_risk")
            for acc in same_names[:4]:
                await give(client, member_b, acc, "confirmed")
        a, b = await learning(client, admin_a), await learning(client, admin_b)
        assert a[EX]["factor"] < 1.0 and a[EX]["dismissed"] == 8
        assert b[EX]["factor"] == 1.0 and b[EX]["confirmed"] == 4 and b[EX]["dismissed"] == 0
        assert await audit(client, admin_b, "learning.adjusted") == []
        r = await client.post("/v1/admin/learning/reset", headers=admin_b.auth, json={})
        assert r.status_code == 200
        assert (await learning(client, admin_a))[EX]["factor"] == a[EX]["factor"]
        async with rt.sessions() as s:
            pol_a = await engine_policy(s, org_id=admin_a.org_id)
            pol_b = await engine_policy(s, org_id=admin_b.org_id)
        assert pol_a.signal(SignalKind.EXEC_ACCESS_LOSS).sensitivity == a[EX]["factor"]
        assert pol_b.signal(SignalKind.EXEC_ACCESS_LOSS).sensitivity == 1.0
        await rt.queue.drain()

    async def test_contacts_count_and_snoozes_do_not(self, rt, client):
        admin, member = await team(rt)
        accounts = await flagged_accounts(rt, member, [EX], 6, "snoozed")
        emails = [f"vp{i}@people{i}.test" for i in range(5)]
        async with transaction(rt.sessions) as s:
            for i, email in enumerate(emails):
                s.add(ContactAssessmentRow(
                    user_id=member.id, email=email, account=f"people{i}.test", risk="watch",
                    score=40, signals=[{"kind": EX, "severity": 0.6, "summary": "out of reach",
                                        "evidence": []}], computed_at=datetime.now(UTC)))
        async with worker_busy(rt):
            for acc in accounts:
                await give(client, member, acc, "snooze")
            assert (await learning(client, admin))[EX]["dismissed"] == 0
            for email in emails:
                r = await client.post("/v1/feedback", headers=member.auth,
                                      json={"email": email, "kind": "not_a_risk"})
                assert r.status_code == 200
            ex = (await learning(client, admin))[EX]
            assert (ex["confirmed"], ex["dismissed"], ex["factor"]) == (0, 5, 0.8)
            moved = (await audit(client, admin, "learning.adjusted"))[0]["detail"]
            assert moved["feedback"]["target_kind"] == "contact"
        await rt.queue.drain()

    async def test_judgements_that_age_out_walk_the_factor_back_nightly(self, rt, client):
        admin, member = await team(rt)
        long_ago = datetime.now(UTC) - timedelta(days=rule.WINDOW_DAYS + 3)
        async with transaction(rt.sessions) as s:
            for i in range(6):
                s.add(AccountAssessmentRow(
                    user_id=member.id, account=f"old{i}.test", risk="watch", score=40,
                    signals=[{"kind": EX, "severity": 0.6, "summary": "s", "evidence": []}],
                    contact_count=1, computed_at=long_ago))
        async with transaction(rt.sessions) as s:
            for i in range(6):
                await feedback_service.record(s, user_id=member.id, org_id=member.org_id,
                                              kind="not_a_risk", email=None,
                                              account=f"old{i}.test", days=None, now=long_ago)
        ex = (await learning(client, admin))[EX]
        assert (ex["factor"], ex["dismissed"], ex["aim"]) == (0.64, 0, 1.0)  # aged out
        assert await run_task(rt, "learning.age", admin.org_id) == "ok moved=1"
        assert await run_task(rt, "learning.age", admin.org_id) == "ok moved=1"
        assert await run_task(rt, "learning.age", admin.org_id) == "ok moved=0"
        assert (await learning(client, admin))[EX]["factor"] == 1.0
        moves = await audit(client, admin, "learning.adjusted")
        assert [(m["detail"]["to"], m["detail"]["feedback"]) for m in moves[:2]] == \
            [(1.0, None), (0.8, None)]
        await rt.queue.drain()

    async def test_members_cannot_see_or_reset(self, rt, client):
        _, member = await team(rt)
        assert (await client.get("/v1/admin/learning", headers=member.auth)).status_code == 403
        r = await client.post("/v1/admin/learning/reset", headers=member.auth, json={})
        assert r.status_code == 403

    async def test_a_move_rescores_the_org_with_the_learned_factor(self, rt, client):
        owner, _ = await synced_user(rt)
        admin = await make_user(rt, org=owner.org, admin=True, local="ada")
        member = await make_user(rt, org=owner.org, local="bo")
        accounts = await flagged_accounts(rt, member, [EX], 5, "gone")
        await rt.queue.drain()
        async with worker_busy(rt):
            for acc in accounts:
                await give(client, member, acc, "not_a_risk")
        await rt.queue.drain()  # assess.org, then assess.user per member
        factor = (await learning(client, admin))[EX]["factor"]
        assert factor == 0.8
        async with rt.sessions() as s:
            pol = await engine_policy(s, org_id=owner.org_id)
        assert pol.signal(SignalKind.EXEC_ACCESS_LOSS).sensitivity == factor
        assert await stored(rt, owner.id) == await full_rescan(rt, owner.id)
        assert (await stored(rt, member.id))["accounts"] == {}  # rescored from its (no) mail
