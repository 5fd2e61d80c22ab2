"""The console's pages over HTTP (in-process app, real PostgreSQL/SQLite and Redis): sign-in
ways, what each page shows, CSV export, CSRF on writes, lenient query parsing."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from tests.service_support import synced_user
from unspoken.api.deps import CSRF_COOKIE, SESSION_COOKIE
from unspoken.console.accounts_view import Filters
from unspoken.services import users as user_service
from unspoken.store.db import transaction


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
