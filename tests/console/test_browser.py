"""The console in real Chromium against a real running service: signing in with Google,
Microsoft and the demo's link; an account and its feedback; the policy editor's validation,
preview, save and rollback; the org's default alert channel (set by keyboard only, removed);
"Preview my next digest" from home (by keyboard) and Settings; the CSV export; the Accounts page
by keyboard only; axe-core on every page; screenshots of every page at desktop and 375 px
(test-artifacts/console/)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.console.conftest import (
    ARTIFACTS,
    AXE,
    GOOGLE_USER,
    MEMBER,
    MICROSOFT_USER,
    Console,
    new_page,
    sign_in,
)

SAMPLE_AT_RISK = ["northstar-logistics.com", "willowpartners.com", "kestrelfoods.fr"]


class TestSignIn:
    def test_google_sign_in_lands_in_the_console(self, browser, console: Console):
        page = new_page(browser, console)
        page.goto("/accounts")
        assert page.url.endswith("/signin?next=/accounts")
        page.get_by_role("link", name="Sign in with Google").click()
        page.wait_for_url(f"{console.url}/?calendar=on")
        assert page.get_by_role("heading", level=1).inner_text() == "Needs attention"
        assert GOOGLE_USER in page.locator(".signout").inner_text()
        # New and still learning: the empty state says how far the backfill is.
        assert "still learning" in page.locator(".empty").inner_text()
        assert page.locator(".learning li").inner_text().startswith(GOOGLE_USER)
        page.context.close()

    def test_microsoft_sign_in_lands_in_the_console(self, browser, console: Console):
        page = new_page(browser, console)
        page.goto("/signin")
        page.get_by_role("link", name="Sign in with Microsoft").click()
        page.wait_for_url(f"{console.url}/")
        assert MICROSOFT_USER in page.locator(".signout").inner_text()
        page.get_by_role("link", name="Settings", exact=True).click()
        assert "Microsoft (Outlook)" in page.locator("#mailboxes").inner_text()
        page.context.close()

    def test_demo_link_signs_the_admin_in_once(self, browser, console: Console):
        page = new_page(browser, console)
        page.goto(console.demo_link)
        page.wait_for_url(f"{console.url}/")
        cards = page.locator(".attention-item h2").all_inner_texts()
        assert cards == SAMPLE_AT_RISK
        assert page.get_by_role("link", name="Admin").is_visible()
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(f"{console.url}/signin")
        page.goto(console.demo_link)  # used: dead
        assert "already used or has expired" in page.locator(".notice").inner_text()
        page.context.close()

    def test_pasted_token_is_the_fallback(self, browser, console: Console):
        page = new_page(browser, console)
        page.goto("/signin")
        page.get_by_text("Sign in with an API token").click()
        page.get_by_label("API token").fill(console.admin_token)
        page.get_by_role("button", name="Sign in", exact=True).click()
        page.wait_for_url(f"{console.url}/")
        assert page.locator(".attention-item").count() == 3
        page.context.close()


class TestAccount:
    def test_open_an_account_and_give_feedback(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        page.get_by_role("link", name="Accounts", exact=True).click()
        page.get_by_role("link", name="cobalt-logistics.fr").click()
        assert page.get_by_role("heading", level=1).inner_text() == "cobalt-logistics.fr"
        assert page.locator("svg.chart circle").count() >= 12  # the 12 weekly points
        assert page.locator("#h-signals + ul .evidence li").count() >= 1
        assert "No feedback yet" in page.locator("#feedback").inner_text()
        page.get_by_role("button", name="Not a risk").click()
        page.wait_for_url("**/accounts/cobalt-logistics.fr?saved=not_a_risk#feedback")
        history = page.locator(".history li").all_inner_texts()
        assert len(history) == 1 and history[0].startswith("Not a risk on ")
        assert "(was watch)" in history[0]
        assert "Muted until" in page.locator(".account-head").inner_text()
        page.context.close()

    def test_check_in_copy_and_compose_links(self, browser, console: Console):
        page = new_page(browser, console)
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        sign_in(page, console)
        page.locator(".attention-item").first.get_by_role("link", name="See why").click()
        gmail = page.get_by_role("link", name="Open in Gmail").get_attribute("href")
        outlook = page.get_by_role("link", name="Open in Outlook").get_attribute("href")
        assert gmail.startswith("https://mail.google.com/mail/?view=cm&fs=1&to=marcus.")
        assert outlook.startswith("https://outlook.office.com/mail/deeplink/compose?to=")
        page.get_by_role("button", name="Copy").click()
        expect(page.locator(".copied")).to_have_text("Copied to the clipboard.")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("Subject: ") and "Hi Marcus," in copied
        page.context.close()


class TestAdmin:
    def test_policy_validation_preview_save_and_rollback(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        page.get_by_role("link", name="Admin").click()
        page.wait_for_url("**/admin/policy")
        # A bad value: the message sits next to its field, the field says it is invalid.
        page.get_by_label("Ignored domains").fill("not a domain")
        page.get_by_label("Recent window (days)").fill("3")
        page.get_by_role("button", name="Preview changes").click()
        assert "“not a domain” is not a domain name" in page.locator("#err-ignored_domains") \
            .inner_text()
        assert page.get_by_label("Recent window (days)").get_attribute("aria-invalid") == "true"
        assert "from 7 to 365" in page.locator("#err-recent_days").inner_text()
        assert page.get_by_role("button", name="Save as version 1").count() == 0
        # A real change: the preview recomputes the admin's accounts under it.
        page.get_by_label("Ignored domains").fill("kestrelfoods.fr")
        page.get_by_label("Recent window (days)").fill("60")
        page.get_by_role("button", name="Preview changes").click()
        figure = page.locator(".preview-figure").inner_text()
        assert figure.startswith("1 of your 10 accounts would change level")
        rows = page.locator(".preview tbody tr").all_inner_texts()
        assert len(rows) == 1 and rows[0].startswith("kestrelfoods.fr")
        assert "no longer an account" in rows[0]
        page.get_by_role("button", name="Save as version 1").click()
        page.wait_for_url("**/admin/policy?saved=1")
        assert page.get_by_label("Ignored domains").input_value() == "kestrelfoods.fr"
        # A second version, then back to the first: a new, audited version.
        page.get_by_label("Baseline window (days)").fill("300")
        page.get_by_role("button", name="Preview changes").click()
        page.get_by_role("button", name="Save as version 2").click()
        page.wait_for_url("**/admin/policy?saved=2")
        page.get_by_role("link", name="History").click()
        v2 = page.locator(".version").first
        assert "Version 2" in v2.inner_text() and "270" in v2.inner_text()
        assert "300" in v2.locator(".diff").inner_text()
        page.get_by_role("button", name="Roll back to version 1").click()
        page.wait_for_url("**/admin/policy/history?rolled=3")
        assert "Version 3" in page.locator(".version").first.inner_text()
        assert "a rollback to version 1" in page.locator(".version").first.inner_text()
        page.get_by_role("link", name="Audit log").click()
        page.get_by_label("Action").select_option("policy.rolled_back")
        page.get_by_role("button", name="Filter").click()
        entries = page.locator("table.audit tbody tr").all_inner_texts()
        assert len(entries) == 1 and "back to version 1" in entries[0]
        assert "Baseline window (days): 300 → 270" in entries[0]
        page.get_by_role("link", name="Policy", exact=True).click()
        assert page.get_by_label("Baseline window (days)").input_value() == "270"
        page.context.close()

    def test_members_show_their_sync_health(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        page.goto("/admin/members")
        row = page.locator("table.members tr", has_text=MEMBER)
        assert "Needs reconnecting" in row.inner_text() and "2 days ago" in row.inner_text()
        page.context.close()


HOOK = "https://hooks.slack.com/services/T0BROWSER/B0BROWSER/browserSecret4321"


class TestAlertsAndDigest:
    def test_org_default_channel_by_keyboard_then_removed(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        page.get_by_role("link", name="Admin").click()
        page.get_by_role("link", name="Alerts", exact=True).click()
        page.wait_for_url("**/admin/alerts")
        assert "Not set." in page.locator(".hook-status").inner_text()
        # A refused URL: the message sits next to its field, the field says it is invalid.
        page.get_by_label("Incoming webhook URL").fill("http://hooks.slack.com/services/x")
        page.get_by_role("button", name="Set the default channel").click()
        assert "Must start with https://" in page.locator("#o-hook-err").inner_text()
        assert page.get_by_label("Incoming webhook URL").get_attribute("aria-invalid") == "true"
        # By keyboard only: from the top of the page to the field, type, submit.
        page.goto("/admin/alerts")
        for _ in range(30):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == "o-hook":
                break
        assert page.evaluate("document.activeElement.id") == "o-hook"
        assert _outline(page) != "none"
        page.keyboard.type(HOOK)
        page.keyboard.press("Tab")
        assert _focused(page) == ("BUTTON", "Set the default channel")
        assert _outline(page) != "none"
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/alerts?done=set")
        status = page.locator(".hook-status").inner_text()
        assert "Working" in status and "hooks.slack.com/…4321" in status
        assert "browserSecret" not in page.content()
        page.get_by_role("link", name="Changes to the default channel").click()
        rows = page.locator("table.audit tbody tr").all_inner_texts()
        assert rows and "alerts.org_webhook.set" in rows[0] and "…4321" in rows[0]
        page.go_back()
        page.get_by_role("button", name="Remove the default channel").click()  # confirmed
        page.wait_for_url("**/admin/alerts?done=removed")
        assert "Not set." in page.locator(".hook-status").inner_text()
        page.context.close()

    def test_preview_my_next_digest_from_home_and_settings(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        for _ in range(60):  # keyboard only, from the top of the home page
            page.keyboard.press("Tab")
            if _focused(page) == ("A", "Preview my next digest"):
                break
        assert _focused(page) == ("A", "Preview my next digest")
        assert _outline(page) != "none"
        page.keyboard.press("Enter")
        page.wait_for_url("**/digest/preview")
        assert page.title().startswith("Unspoken weekly: ")
        assert page.get_by_role("heading", level=1).inner_text() == "Your week in Unspoken"
        assert "northstar-logistics.com" in page.locator("body").inner_text()
        page.goto("/settings")
        page.locator("#digest").get_by_role("link", name="Preview my next digest").click()
        page.wait_for_url("**/digest/preview")
        assert page.get_by_role("link", name="Open the console").count() == 1
        page.context.close()


class TestAccountsPage:
    def test_csv_export_of_the_current_view(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        page.goto("/accounts?level=at_risk")
        shown = page.locator("table.accounts tbody th a").all_inner_texts()
        with page.expect_download() as info:
            page.get_by_role("link", name="Export CSV").click()
        data = Path(info.value.path()).read_bytes().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(data)))
        assert [r["account"] for r in rows] == shown
        assert {r["level"] for r in rows} == {"At risk"}
        for r in rows:
            datetime.fromisoformat(r["last_inbound"])
            datetime.fromisoformat(r["updated_at"])
            assert r["signals"] and r["top_reason"]
        page.context.close()

    def test_keyboard_only(self, browser, console: Console):
        page = new_page(browser, console)
        sign_in(page, console)
        page.goto("/accounts")
        page.keyboard.press("Tab")
        assert _focused(page) == ("A", "Skip to content")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "f-q"
        assert _outline(page) != "none"  # a visible focus ring
        page.keyboard.type("kestrel")
        page.keyboard.press("Tab")  # level
        page.keyboard.press("Tab")  # signal
        page.keyboard.press("ArrowDown")  # keyboard selection of the first signal kind
        page.keyboard.press("Tab")  # sort
        page.keyboard.press("Tab")
        assert _focused(page) == ("BUTTON", "Apply")
        page.keyboard.press("Enter")
        page.wait_for_url("**/accounts?**")
        assert "q=kestrel" in page.url and "signal=polite_procrastination" in page.url
        assert page.locator("table.accounts tbody tr").count() == 1
        for _ in range(30):
            page.keyboard.press("Tab")
            if _focused(page) == ("A", "kestrelfoods.fr"):
                break
        assert _focused(page) == ("A", "kestrelfoods.fr")
        assert _outline(page) != "none"
        page.keyboard.press("Enter")
        page.wait_for_url("**/accounts/kestrelfoods.fr")
        page.context.close()


def _focused(page: Any) -> tuple[str, str]:
    return tuple(page.evaluate(
        "[document.activeElement.tagName, document.activeElement.innerText.trim()]"))


def _outline(page: Any) -> str:
    return str(page.evaluate("getComputedStyle(document.activeElement).outlineStyle"))


PAGES = [("signin", "/signin", False), ("home", "/", True), ("accounts", "/accounts", True),
         ("account", "/accounts/northstar-logistics.com", True), ("settings", "/settings", True),
         ("admin-policy", "/admin/policy", True), ("admin-preview", "/admin/policy", True),
         ("admin-history", "/admin/policy/history", True), ("admin-audit", "/admin/audit", True),
         ("admin-members", "/admin/members", True), ("admin-alerts", "/admin/alerts", True),
         ("admin-alerts-invalid", "/admin/alerts", True),
         ("admin-learning", "/admin/learning", True),
         ("digest-preview", "/digest/preview", True)]


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "375px"])
def test_every_page_passes_axe_and_is_captured(browser, console: Console, width: int):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `make extension` (npm ci installs axe-core)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = new_page(browser, console, width=width, bypass_csp=True)
    problems = []
    for name, path, signed_in in PAGES:
        if signed_in and "/signin" in page.url or not signed_in:
            page.context.clear_cookies()
        if signed_in and page.context.cookies() == []:
            sign_in(page, console)
        page.goto(path)
        if name == "admin-preview":
            page.get_by_label("Customer domains").fill("northstar-logistics.com\n"
                                                       "willowpartners.com")
            page.get_by_role("button", name="Preview changes").click()
            page.locator(".preview").wait_for()
        if name == "admin-alerts-invalid":
            page.get_by_label("URL").fill("https://example.com/not-a-hook")
            page.get_by_role("button", name="default channel").first.click()
            page.locator("#o-kind-err").wait_for()
        if page.url.endswith("/signin") and signed_in:
            problems.append(f"{name}: sent to sign in")
        page.add_script_tag(path=str(AXE))
        found = page.evaluate("""async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
                .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }""")
        problems += [f"{name} ({width}px): {f}" for f in found]
        overflow = page.evaluate("document.documentElement.scrollWidth")
        if overflow > width:
            problems.append(f"{name} ({width}px): the page is {overflow}px wide")
        page.screenshot(path=str(ARTIFACTS / f"{name}-{'desktop' if width > 400 else '375'}"
                                                 ".png"), full_page=True)
    page.context.close()
    assert not problems, "\n".join(problems)
