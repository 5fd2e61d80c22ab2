"""Admin policy: validated, versioned, audited; changes rescore the org."""

from __future__ import annotations

from tests.service_support import make_user, synced_user
from tests.worker.helpers import full_rescan, stored


class TestAdminPolicy:
    async def test_every_change_is_a_version_and_an_audit_entry(self, rt, client):
        admin = await make_user(rt, admin=True)
        r = await client.get("/v1/admin/policy", headers=admin.auth)
        assert r.json()["version"] == 0 and r.json()["policy"]["store_quotes"] is True
        body = {**r.json()["policy"], "internal_domains": ["Sub.Example.COM"], "recent_days": 45,
                "signals": {"small_talk_loss": {"enabled": False, "sensitivity": 1.0}}}
        r = await client.put("/v1/admin/policy", headers=admin.auth, json=body)
        assert r.status_code == 200 and r.json()["version"] == 1
        assert r.json()["policy"]["internal_domains"] == ["sub.example.com"]
        same = await client.put("/v1/admin/policy", headers=admin.auth, json=body)
        assert same.json()["version"] == 1  # unchanged: no new version
        audit = (await client.get("/v1/admin/audit", headers=admin.auth)).json()["entries"]
        assert len(audit) == 1 and audit[0]["action"] == "policy.updated"
        assert audit[0]["actor"] == admin.email
        assert audit[0]["detail"]["changes"]["recent_days"] == {"from": 60, "to": 45}

    async def test_invalid_policies_are_422(self, rt, client):
        admin = await make_user(rt, admin=True)
        for body in ({"recent_days": 0}, {"internal_domains": ["not a domain"]},
                     {"executive_titles": ["(unclosed"]}, {"unknown_field": 1},
                     {"signals": {"nope": {"enabled": True}}},
                     {"signals": {"feature_silence": {"sensitivity": 99}}}):
            r = await client.put("/v1/admin/policy", headers=admin.auth, json=body)
            assert r.status_code == 422, body
            assert r.headers["content-type"] == "application/problem+json"

    async def test_members_cannot_touch_the_policy(self, rt, client):
        member = await make_user(rt)
        assert (await client.get("/v1/admin/policy", headers=member.auth)).status_code == 403
        assert (await client.put("/v1/admin/policy", headers=member.auth,
                                 json={})).status_code == 403

    async def test_policy_change_rescores_members_like_a_full_rescan(self, rt, client):
        owner, _ = await synced_user(rt)
        admin = await make_user(rt, org=owner.org, admin=True, local="ada")
        accounts = sorted((await stored(rt, owner.id))["accounts"])
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={"ignored_domains": [accounts[0]], "store_quotes": False})
        assert r.status_code == 200
        await rt.queue.drain()
        after = await stored(rt, owner.id)
        assert accounts[0] not in after["accounts"]
        assert after == await full_rescan(rt, owner.id)
        from unspoken.store.repositories import records as records_repo
        async with rt.sessions() as s:
            kept = [f.quotes for f in await records_repo.all_features(s, owner.id)]
        assert kept and all(q == {} for q in kept)  # retention.purge dropped stored quotes

    async def test_members_list_shows_sync_health_only(self, rt, client):
        owner, box = await synced_user(rt)
        admin = await make_user(rt, org=owner.org, admin=True, local="ada")
        members = (await client.get("/v1/admin/members", headers=admin.auth)).json()["members"]
        mine = next(m for m in members if m["email"] == owner.email)
        assert mine["mailboxes"][0]["id"] == box and mine["mailboxes"][0]["status"] == "ok"
        assert set(mine) == {"id", "email", "name", "role", "mailboxes"}
