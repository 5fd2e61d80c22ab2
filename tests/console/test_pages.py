"""The console's pages over HTTP (in-process app, real PostgreSQL/SQLite and Redis): sign-in
ways, what each page shows, CSV export, CSRF on writes, lenient query parsing."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

from tests.service_support import AS_OF, run_task, synced_user
from unspoken.api.deps import CSRF_COOKIE, SESSION_COOKIE
from unspoken.console import policy_form
from unspoken.console.accounts_view import Filters
from unspoken.console.charts import line_chart, sparkline
from unspoken.console.views import SIGNALS
from unspoken.services import users as user_service
from unspoken.services.policy import OrgPolicy, PolicyIn
from unspoken.store.db import transaction
from unspoken.store.models import LevelTransition
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import users as users_repo


async def _signed_in(rt, client):
    user, box = await synced_user(rt, messages=400, accounts=8)
    r = await client.post("/signin/token", data={"token": user.token, "next": "/accounts"})
    assert r.status_code == 303 and r.headers["location"] == "/accounts"
    client.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])
    return user, r.cookies[CSRF_COOKIE]


class TestSignIn:
    async def test_pages_send_strangers_to_sign_in(self, client):
        r = await client.get("/accounts?level=watch")
        assert r.status_code == 303
        assert r.headers["location"] == "/signin?next=/accounts"
        page = await client.get("/signin")
        assert page.status_code == 200 and 'name="token"' in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]

    async def test_a_refused_token_says_so(self, client):
        r = await client.post("/signin/token", data={"token": "usk_nope"})
        assert r.headers["location"] == "/signin?error=token"
        assert "not accepted" in (await client.get(r.headers["location"])).text

    async def test_one_time_link_signs_in_once(self, rt, client):
        user, _ = await synced_user(rt)
        async with transaction(rt.sessions) as s:
            link = await user_service.issue_signin_link(
                s, user_id=user.id, now=datetime.now(UTC), ttl=timedelta(hours=1))
        r = await client.get(f"/signin/link?token={link}")
        assert r.status_code == 303 and r.headers["location"] == "/"
        client.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])
        home = await client.get("/")
        assert home.status_code == 200 and user.email in home.text
        client.cookies.clear()
        again = await client.get(f"/signin/link?token={link}")
        assert again.headers["location"] == "/signin?error=link"

    async def test_next_is_never_another_site(self, rt, client):
        user, _ = await synced_user(rt)
        r = await client.post("/signin/token", data={"token": user.token,
                                                     "next": "//evil.test/x"})
        assert r.headers["location"] == "/"


class TestAccounts:
    async def test_table_filters_and_csv_of_the_same_view(self, rt, client):
        await _signed_in(rt, client)
        all_rows = (await client.get("/accounts")).text
        assert "Export CSV" in all_rows
        r = await client.get("/accounts.csv")
        assert r.headers["content-type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8"))))
        assert rows and list(rows[0]) == ["account", "level", "score", "signals", "top_reason",
                                          "riskiest_contact", "contacts", "last_inbound",
                                          "last_outbound", "muted_until", "updated_at"]
        for row in rows:
            assert row["account"] in all_rows
            datetime.fromisoformat(row["updated_at"])
            if row["last_inbound"]:
                datetime.fromisoformat(row["last_inbound"])
        one = rows[0]["account"]
        found = list(csv.DictReader(io.StringIO(
            (await client.get(f"/accounts.csv?q={one}")).text)))
        assert [f["account"] for f in found] == [one]
        levels = {row["level"] for row in rows}
        for label in levels:
            key = {"At risk": "at_risk", "Watch": "watch", "Healthy": "healthy",
                   "Not enough data": "insufficient_data"}[label]
            part = list(csv.DictReader(io.StringIO(
                (await client.get(f"/accounts.csv?level={key}")).text)))
            assert {p["level"] for p in part} == {label}
            assert len(part) == sum(1 for row in rows if row["level"] == label)

    async def test_sparklines_draw_the_stored_weeks(self, rt, client):
        user, _ = await _signed_in(rt, client)
        def lines(page: str) -> int:  # sparklines drawn as a line, not a lone dot
            found = re.findall(r'<svg class="spark".*?</svg>', page, flags=re.S)
            assert found
            return sum("<path" in svg for svg in found)

        assert lines((await client.get("/accounts")).text) == 0  # today's score only
        assert (await run_task(rt, "scores.weekly", user.id)).startswith("ok weeks=")
        assert lines((await client.get("/accounts")).text) >= 1  # the stored Fridays

    async def test_signal_filter_keeps_only_accounts_with_that_signal(self, rt, client):
        await _signed_in(rt, client)
        rows = list(csv.DictReader(io.StringIO((await client.get("/accounts.csv")).text)))
        kinds = {k for row in rows for k in row["signals"].split(";") if k}
        assert kinds, "the fake mailbox plants signals"
        for kind in kinds:
            part = list(csv.DictReader(io.StringIO(
                (await client.get(f"/accounts.csv?signal={kind}")).text)))
            assert part and all(kind in p["signals"].split(";") for p in part)
            assert len(part) == sum(1 for row in rows if kind in row["signals"].split(";"))

    async def test_bad_query_values_fall_back_with_a_note(self, rt, client):
        await _signed_in(rt, client)
        r = await client.get("/accounts?level=nope&sort=%3Cx%3E&page=-3&signal=zzz")
        assert r.status_code == 200
        assert "Unknown level" in r.text and "Unknown sort" in r.text
        assert "Page must be a number" in r.text and "&lt;x&gt;" in r.text

    def test_filters_round_trip_their_query(self):
        f = Filters.parse(level="watch", q="  acme   corp ", sort="name", page="2")
        assert f.query() == {"level": "watch", "q": "acme corp", "sort": "name", "page": "2"}
        assert f.query(page=1) == {"level": "watch", "q": "acme corp", "sort": "name"}


class TestAccountPage:
    async def test_feedback_needs_the_form_token_and_is_listed(self, rt, client):
        _, csrf = await _signed_in(rt, client)
        rows = list(csv.DictReader(io.StringIO((await client.get("/accounts.csv")).text)))
        name = rows[0]["account"]
        page = await client.get(f"/accounts/{name}")
        assert page.status_code == 200 and "Risk score, last 12 weeks" in page.text
        assert "<svg class=\"chart\"" in page.text
        refused = await client.post(f"/accounts/{name}/feedback", data={"kind": "snooze"})
        assert refused.status_code == 403 and "expired" in refused.text
        ok = await client.post(f"/accounts/{name}/feedback",
                               data={"kind": "snooze", "csrf": csrf})
        assert ok.status_code == 303
        after = await client.get(ok.headers["location"])
        assert "Snoozed</strong>" in after.text and "Muted until" in after.text

    async def test_unknown_account_is_a_page_not_json(self, rt, client):
        await _signed_in(rt, client)
        r = await client.get("/accounts/nobody.example")
        assert r.status_code == 404 and "text/html" in r.headers["content-type"]
        assert "No such account" in r.text


class TestNeedsAttention:
    async def test_a_level_change_this_week_is_listed_with_its_move(self, rt, client):
        user, _ = await _signed_in(rt, client)
        rows = list(csv.DictReader(io.StringIO((await client.get("/accounts.csv")).text)))
        calm = next(r for r in rows if r["level"] == "Healthy")
        home = (await client.get("/")).text
        assert calm["account"] not in home
        async with transaction(rt.sessions) as s:
            s.add(LevelTransition(user_id=user.id, account=calm["account"], from_level="watch",
                                  to_level="healthy", to_score=0, signals=[],
                                  at=datetime.now(UTC) - timedelta(days=2), as_of=AS_OF))
            s.add(LevelTransition(user_id=user.id, account=rows[-1]["account"],
                                  from_level="watch", to_level="healthy", to_score=0,
                                  signals=[], at=datetime.now(UTC) - timedelta(days=9),
                                  as_of=AS_OF))  # too old for "this week"
        home = (await client.get("/")).text
        assert calm["account"] in home and "Watch → Healthy 2 days ago" in home
        if rows[-1]["level"] != "At risk":
            assert rows[-1]["account"] not in home


class TestSettings:
    async def test_token_is_shown_once_and_revoked(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        bad = await client.post("/settings/tokens", data={"csrf": csrf, "label": " ",
                                                          "days": "x"})
        assert bad.status_code == 422
        assert "Give the token a name" in bad.text and "whole number" in bad.text
        r = await client.post("/settings/tokens", data={"csrf": csrf, "label": "Chrome",
                                                        "days": "30"})
        assert r.status_code == 201
        secret = r.text.split('id="new-token-secret" class="secret">')[1].split("<")[0]
        assert secret.startswith("usk_")
        me = await client.get("/v1/me", headers={"Authorization": f"Bearer {secret}"})
        assert me.status_code == 200
        page = (await client.get("/settings")).text
        assert secret not in page and "Chrome" in page
        token_id = page.split('action="/settings/tokens/')[1].split("/revoke")[0]
        revoked = await client.post(f"/settings/tokens/{token_id}/revoke", data={"csrf": csrf})
        assert revoked.status_code == 303
        me = await client.get("/v1/me", headers={"Authorization": f"Bearer {secret}"})
        assert me.status_code == 401

    async def test_disconnect_erases_the_mailbox(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        async with rt.sessions() as s:
            box = (await mailboxes_repo.list_for_user(s, user.id))[0]
        page = (await client.get("/settings")).text
        assert "Sample mailbox" in page and "100%" in page
        r = await client.post(f"/settings/mailboxes/{box.id}/disconnect", data={"csrf": csrf})
        assert r.status_code == 303
        async with rt.sessions() as s:
            assert await mailboxes_repo.counts(s, box.id) == (0, 0)
            assert not await mailboxes_repo.list_for_user(s, user.id)
        assert "No mailbox connected yet" in (await client.get("/settings")).text

    async def test_delete_my_account_needs_my_address(self, rt, client):
        user, csrf = await _signed_in(rt, client)
        r = await client.post("/settings/delete", data={"csrf": csrf, "confirm": "nope"})
        assert r.status_code == 422 and f"Type {user.email} to confirm" in r.text
        r = await client.post("/settings/delete", data={"csrf": csrf, "confirm": user.email})
        assert r.status_code == 303 and r.headers["location"] == "/signin?error=erased"
        async with rt.sessions() as s:
            assert await users_repo.user(s, user.id) is None
        assert (await client.get("/v1/me", headers=user.auth)).status_code == 401


class TestAdmin:
    async def test_members_cannot_open_admin_pages(self, rt, client):
        await _signed_in(rt, client)  # synced_user is a member
        r = await client.get("/admin/policy")
        assert r.status_code == 403 and "Admins only" in r.text

    async def test_save_without_the_previewed_policy_previews_again(self, rt, client):
        user, _ = await synced_user(rt)
        async with transaction(rt.sessions) as s:
            (await users_repo.user(s, user.id)).role = "admin"  # type: ignore[union-attr]
        r = await client.post("/signin/token", data={"token": user.token})
        client.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])
        csrf = r.cookies[CSRF_COOKIE]
        form = {"csrf": csrf, "recent_days": "45", "baseline_days": "270",
                "retention_days": "365", "token_max_days": "90", "store_quotes": "on",
                **{f"signals.{k}.enabled": "on" for k in SIGNALS},
                **{f"signals.{k}.sensitivity": "1" for k in SIGNALS}}
        r = await client.post("/admin/policy", data={**form, "previewed": "stale"})
        assert r.status_code == 200 and "changed since its preview" in r.text
        fingerprint = r.text.split('name="previewed" value="')[1].split('"')[0]
        saved = await client.post("/admin/policy", data={**form, "previewed": fingerprint})
        assert saved.status_code == 303 and saved.headers["location"] == "/admin/policy?saved=1"
        audit = (await client.get("/admin/audit?action=policy.updated")).text
        assert "Recent window (days): 60 → 45" in audit


class TestPolicyForm:
    def test_messages_name_the_line_and_the_range(self):
        pol, _, errors = policy_form.parse({
            "internal_domains": "acme.com\nnot a domain", "recent_days": "3",
            "baseline_days": "270", "retention_days": "365", "token_max_days": "90",
            "executive_titles": "(?=look)", "signals.small_talk_loss.sensitivity": "9"})
        assert pol is None
        assert errors["internal_domains"] == \
            "Line 2: “not a domain” is not a domain name such as acme.com."
        assert errors["recent_days"] == "Enter a whole number from 7 to 365."
        assert errors["signals.small_talk_loss.sensitivity"] == \
            "Enter a number from 0.25 to 4.0."
        assert errors["executive_titles"].startswith("Line 1: cannot run in linear time")

    def test_a_rule_across_fields_sits_next_to_the_field_it_names(self):
        _, _, errors = policy_form.parse({"recent_days": "60", "baseline_days": "270",
                                          "retention_days": "100", "token_max_days": "90"})
        assert list(errors) == ["retention_days"]
        assert "shorter than the analysis window" in errors["retention_days"]

    def test_every_policy_field_has_an_input_and_round_trips(self):
        names = {s.name for s in policy_form.specs()}
        assert names == set(PolicyIn.model_fields) == set(OrgPolicy.model_fields)
        pol = OrgPolicy(internal_domains=["acme.io"], recent_days=45, store_quotes=False,
                        signals={"feature_silence": {"enabled": False, "sensitivity": 2.0}})
        shown = policy_form.values(pol)
        form = {k: v for k, v in shown.items() if not isinstance(v, (bool, dict))}
        form.update({k: "on" for k, v in shown.items() if v is True})
        for kind, sv in shown["signals"].items():
            if sv["enabled"]:
                form[f"signals.{kind}.enabled"] = "on"
            form[f"signals.{kind}.sensitivity"] = str(sv["sensitivity"])
        back, _, errors = policy_form.parse({k: str(v) for k, v in form.items()})
        assert errors == {} and back is not None
        got, want = back.model_dump(mode="json"), pol.model_dump(mode="json")
        assert got.pop("signals")["feature_silence"] == {"enabled": False, "sensitivity": 2.0}
        want.pop("signals")
        assert got == want


class TestCharts:
    def test_line_chart_draws_twelve_weeks_and_numbered_markers(self):
        last = date(2026, 10, 26)
        points = [(last - timedelta(weeks=11 - i), i * 9) for i in range(12)]
        svg = str(line_chart(points, markers=[(date(2026, 9, 9), "Small talk")],
                             label="score", last_week=last))
        assert svg.count("<circle") == 12 + 1  # the points and one marker
        assert "week of 2026-08-10: 0" in svg and "week of 2026-10-26: 99" in svg
        assert ">1</text>" in svg

    def test_sparkline_of_one_point_is_a_dot_at_the_latest_week(self):
        svg = str(sparkline([(date(2026, 10, 30), 80)], label="x"))
        assert "<path" not in svg and 'cx="93.0"' in svg
        assert "no history" in str(sparkline([], label="x"))
