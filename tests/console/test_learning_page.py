"""Admin → Learning: the learned factors with their bounds and counts, reset per signal or all
(CSRF-checked, audited, the same service as the API), members refused; the audit log says what
moved a factor and which feedback did it."""

from __future__ import annotations

from tests.api.test_learning import flagged_accounts, give, worker_busy
from tests.console.test_notify_settings import _signed_in
from tests.service_support import make_user

EX = "exec_access_loss"


class TestLearningPage:
    async def test_shows_factors_resets_and_audits(self, rt, client):
        admin, csrf = await _signed_in(rt, client, await make_user(rt, admin=True))
        member = await make_user(rt, org=admin.org, local="bo")
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={"admins_see_team_risk": True})
        assert r.status_code == 200
        await rt.queue.drain()  # the policy change's rescore, before the scripted accounts
        async with worker_busy(rt):
            for acc in await flagged_accounts(rt, member, [EX], 6, "far"):
                await give(client, member, acc, "not_a_risk")
        page = await client.get("/admin/learning")
        assert page.status_code == 200
        assert 'href="/admin/learning" aria-current="page"' in page.text
        row = page.text[page.text.index("Decision makers out of reach"):]
        row = row[:row.index("</tr>")]
        assert "× 0.64" in row and "× 0.5 to × 1" in row and "0 / 6" in row
        assert "(feedback #" in row
        audit = await client.get("/admin/audit?action=learning.adjusted")
        assert "factor × 0.8 → × 0.64: 0 confirmed, 6 not a risk" in audit.text
        assert "not a risk on far5.test" in audit.text
        editor = await client.get("/admin/policy")  # the policy editor shows it too
        assert "Decision makers out of reach: learned from feedback × 0.64" in editor.text
        refused = await client.post("/admin/learning/reset", data={"signal": EX})
        assert refused.status_code == 403  # no CSRF token
        bad = await client.post("/admin/learning/reset", data={"csrf": csrf, "signal": "x"})
        assert bad.status_code == 422
        r = await client.post("/admin/learning/reset", data={"csrf": csrf, "signal": EX})
        assert r.status_code == 303 and r.headers["location"] == f"/admin/learning?reset={EX}"
        after = await client.get(r.headers["location"])
        assert "Reset: Decision makers out of reach is back" in after.text
        view = (await client.get("/v1/admin/learning", headers=admin.auth)).json()
        assert {s["signal"]: s["factor"] for s in view["signals"]}[EX] == 1.0
        audit = await client.get("/admin/audit?action=learning.reset")
        assert "exec access loss: × 0.64 → × 1.0" in audit.text
        r = await client.post("/admin/learning/reset", data={"csrf": csrf})
        assert r.headers["location"] == "/admin/learning?reset=all"
        await rt.queue.drain()

    async def test_members_cannot_open_it(self, rt, client):
        await _signed_in(rt, client, await make_user(rt))
        assert (await client.get("/admin/learning")).status_code == 403
