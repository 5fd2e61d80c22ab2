"""Tenant isolation: every endpoint that names an object, called by another user of the same
org and by an admin of another org with the owner's ids, answers 404 (and changes nothing);
collection endpoints never show the owner's data."""

from __future__ import annotations

from sqlalchemy import select

from tests.service_support import make_user, run_task, synced_user
from tests.worker.helpers import stored
from unspoken.store.models import AuthToken, Mailbox


async def _owner(rt, client):
    owner, box = await synced_user(rt)
    accounts = (await client.get("/v1/accounts", headers=owner.auth)).json()["accounts"]
    account = accounts[0]["account"]
    contact = accounts[0]["signals"][0]["evidence"][0]["contact"] if accounts[0]["signals"] \
        else None
    if contact is None:
        contact = next(iter((await stored(rt, owner.id))["contacts"]))
    r = await client.post("/v1/imports", headers=owner.auth,
                          files=[("files", ("c.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                                            "text/calendar"))])
    import_id = r.json()["id"]
    async with rt.sessions() as s:
        token_id = (await s.execute(select(AuthToken.id).where(AuthToken.user_id == owner.id))
                    ).scalars().first()
    return owner, box, account, contact, import_id, token_id


def _named_object_calls(app, owner, box, account, contact, import_id, token_id):
    """Every operation of the OpenAPI schema that names an object in its path, filled with the
    owner's ids (a new endpoint with a new kind of id fails here until it is mapped), plus the
    operations that name one in their body."""
    ids = {"email": contact, "mailbox_id": box, "import_id": import_id, "token_id": token_id,
           "user_id": owner.id}
    calls = []
    for path, ops in app.openapi()["paths"].items():
        if "{" not in path:
            continue
        for method, op in ops.items():
            params = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
            missing = [p for p in params if p not in ids]
            assert not missing, f"map {missing} of {method.upper()} {path} in the matrix"
            url = path
            for name in params:
                url = url.replace("{" + name + "}", ids[name])
            calls.append((method.upper(), url, None))
    calls.append(("GET", f"/v1/imports/{box}", None))  # a mailbox id that is not an import
    calls.append(("POST", "/v1/feedback", {"email": contact, "kind": "snooze"}))
    calls.append(("POST", "/v1/feedback", {"account": account, "kind": "not_a_risk"}))
    assert len(calls) >= 10
    return calls


async def _check(client, attacker, calls, *, admin: bool):
    failures = []
    for method, url, body in calls:
        r = await client.request(method, url, headers=attacker.auth, json=body)
        # a member calling an admin route is refused before any lookup (403 names nothing)
        expected = {404} if admin or not url.startswith("/v1/admin/") else {403}
        if r.status_code not in expected:
            failures.append((method, url, body, r.status_code))
    return failures


class TestIsolation:
    async def test_same_org_member_and_other_org_admin_get_404(self, rt, client):
        owner, box, account, contact, import_id, token_id = await _owner(rt, client)
        colleague = await make_user(rt, org=owner.org, admin=False, local="lee")
        outsider = await make_user(rt, admin=True, local="max")
        from unspoken.api.app import create_app

        calls = _named_object_calls(create_app(rt.settings, runtime=rt), owner, box, account,
                                    contact, import_id, token_id)
        before = await stored(rt, owner.id)
        for attacker in (colleague, outsider):
            assert await _check(client, attacker, calls,
                                admin=attacker is outsider) == []
            badge = (await client.post("/v1/badges", headers=attacker.auth,
                                       json={"emails": [contact]})).json()["badges"][0]
            assert badge["level"] == "unknown"
            accs = (await client.get("/v1/accounts", headers=attacker.auth)).json()["accounts"]
            assert accs == []
            names = [c for c in before["contacts"]]
            r = await client.post("/v1/contacts/resolve", headers=attacker.auth,
                                  json={"names": ["Dana Reyes"]})
            assert r.json()["matches"]["Dana Reyes"] is None
            me = (await client.get("/v1/me", headers=attacker.auth)).json()
            assert me["mailboxes"] == [] and names
        # the outsider is an admin, of another org
        assert (await client.get(f"/v1/admin/members/{owner.id}",
                                 headers=outsider.auth)).status_code == 404
        members = (await client.get("/v1/admin/members", headers=outsider.auth)).json()
        assert [m["email"] for m in members["members"]] == [outsider.email]
        assert (await client.get("/v1/admin/audit", headers=outsider.auth)).json()["entries"] \
            == []
        assert (await client.get("/v1/admin/policy", headers=outsider.auth)).json()["version"] \
            == 0
        # nothing the attackers tried changed the owner's data
        assert await stored(rt, owner.id) == before
        async with rt.sessions() as s:
            assert await s.get(Mailbox, box) is not None
        assert (await client.get(f"/v1/contacts/{contact}", headers=owner.auth)).status_code \
            == 200
        assert (await client.get(f"/v1/imports/{import_id}", headers=owner.auth)).status_code \
            == 200

    async def test_admins_see_team_risk_only_when_the_policy_allows(self, rt, client):
        owner, _ = await synced_user(rt)
        admin = await make_user(rt, org=owner.org, admin=True, local="ada")
        outsider = await make_user(rt, admin=True, local="max")
        assert (await client.get("/v1/admin/accounts", headers=admin.auth)).status_code == 403
        assert (await client.get("/v1/admin/members", headers=owner.auth)).status_code == 403
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={"admins_see_team_risk": True})
        assert r.status_code == 200 and r.json()["version"] == 1
        await rt.queue.drain()
        team = (await client.get("/v1/admin/accounts", headers=admin.auth)).json()["accounts"]
        assert team and {a["owner"] for a in team} == {owner.email}
        # another org's admin turning the policy on for their org sees nothing of ours
        await client.put("/v1/admin/policy", headers=outsider.auth,
                         json={"admins_see_team_risk": True})
        assert (await client.get("/v1/admin/accounts",
                                 headers=outsider.auth)).json()["accounts"] == []
        # members' own contacts stay private to admins: no endpoint exposes them by user id
        assert (await client.get(f"/v1/admin/members/{owner.id}",
                                 headers=admin.auth)).json()["email"] == owner.email
        await run_task(rt, "assess.org", owner.org_id)
