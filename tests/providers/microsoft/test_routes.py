"""/auth/microsoft/* and /webhooks/microsoft through the app."""

from __future__ import annotations

import logging

import pytest

from tests.providers.microsoft.conftest import connect_mailbox
from tests.providers.microsoft.fake_graph import fixture
from tests.providers.microsoft.test_sync import _ref
from unspoken.providers.microsoft import subscriptions
from unspoken.providers.microsoft.sync import MicrosoftProvider
from unspoken.store.models import Mailbox


class TestSignInRoutes:
    async def test_start_redirects_to_the_authority_and_callback_connects(
            self, client, rt, deps, identity, graph):
        r = await client.get("/auth/microsoft/start", params={"return_to": "/console"})
        assert r.status_code == 302
        assert r.headers["location"].startswith("https://login.test/common/oauth2/v2.0/")
        answer = identity.authorize(r.headers["location"])
        r = await client.get("/auth/microsoft/callback", params=answer)
        assert r.status_code == 303 and r.headers["location"] == "/console"
        assert "unspoken_session" in r.headers.get("set-cookie", "")
        client.cookies.set("unspoken_session", r.cookies["unspoken_session"])
        me = await client.get("/v1/mailboxes")
        boxes = me.json()["mailboxes"]
        assert [b["provider"] for b in boxes] == ["microsoft"]

    async def test_replayed_callback_is_refused_without_token_request(
            self, client, deps, identity):
        r = await client.get("/auth/microsoft/start")
        answer = identity.authorize(r.headers["location"])
        assert (await client.get("/auth/microsoft/callback", params=answer)).status_code == 303
        r = await client.get("/auth/microsoft/callback", params=answer)
        assert r.status_code == 400 and "already used" in r.text
        assert len(identity.token_requests) == 1

    async def test_admin_consent_page_shows_the_link_not_a_trace(self, client, deps, identity):
        identity.consent_error = True
        r = await client.get("/auth/microsoft/start")
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.status_code == 403 and "administrator" in r.text
        assert "https://login.test/organizations/v2.0/adminconsent?client_id=" in r.text
        assert "Traceback" not in r.text

    async def test_a_user_who_declines_is_told_they_cancelled_not_sent_to_an_admin(
            self, client, deps, identity):
        identity.consent_answer = ("access_denied",
                                   "AADSTS65004: User declined to consent to access the app.")
        r = await client.get("/auth/microsoft/start", params={"return_to": "/console"})
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.status_code == 200 and "You cancelled the Microsoft sign-in" in r.text
        assert "administrator" not in r.text and "adminconsent" not in r.text
        assert 'href="/auth/microsoft/start?return_to=%2Fconsole"' in r.text
        assert identity.token_requests == []
        assert "unspoken_session" not in r.headers.get("set-cookie", "")

    async def test_a_decline_in_the_extension_retries_the_extension_flow(
            self, client, deps, identity):
        back = "https://" + "c" * 32 + ".chromiumapp.org/auth"
        identity.consent_answer = ("access_denied", "AADSTS65004: User declined to consent.")
        r = await client.get("/auth/microsoft/start",
                             params={"client": "extension", "redirect": back})
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.status_code == 200 and "Try again" in r.text
        assert ("/auth/microsoft/start?client=extension&amp;redirect="
                "https%3A%2F%2F" + "c" * 32 + ".chromiumapp.org%2Fauth") in r.text

    @pytest.mark.parametrize("description", [
        "AADSTS90094: The grant requires admin permission.",
        "AADSTS900941: Administrator consent is required. App is considered risky.",
        "AADSTS65001: The user or administrator has not consented to use the application."])
    async def test_admin_only_errors_lead_to_the_admin_page(self, client, deps, identity,
                                                            description):
        identity.consent_answer = ("access_denied", description)
        r = await client.get("/auth/microsoft/start")
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.status_code == 403 and "adminconsent?client_id=" in r.text

    @pytest.mark.parametrize("outage", ["refused", "503"])
    async def test_an_unreachable_login_host_is_a_503_that_recovers_by_itself(
            self, client, deps, identity, caplog, outage):
        caplog.set_level(logging.INFO, logger="unspoken.microsoft")
        identity.down = outage
        for _ in range(3):
            r = await client.get("/auth/microsoft/start")
            assert r.status_code == 503, r.text
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.headers["retry-after"] == "30"
            assert r.json()["detail"] == "Microsoft sign-in is unreachable, try again"
        assert identity.discovery_requests >= 3  # tried again each time, nothing kept broken
        said = [rec.getMessage() for rec in caplog.records if rec.name == "unspoken.microsoft"]
        assert said.count("Microsoft sign-in unreachable") == 1  # the cause, once
        identity.down = ""
        r = await client.get("/auth/microsoft/start")
        assert r.status_code == 302
        assert r.headers["location"].startswith("https://login.test/common/oauth2/v2.0/")
        assert "Microsoft sign-in reachable again" in [
            rec.getMessage() for rec in caplog.records if rec.name == "unspoken.microsoft"]

    async def test_open_redirects_are_refused(self, client, deps, identity):
        r = await client.get("/auth/microsoft/start",
                             params={"return_to": "//evil.test/x"})
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.headers["location"] == "/"

    async def test_extension_flow_ends_on_its_chromiumapp_page_with_a_token(
            self, client, rt, deps, identity, graph):
        back = "https://" + "a" * 32 + ".chromiumapp.org/auth"
        r = await client.get("/auth/microsoft/start",
                             params={"client": "extension", "redirect": back})
        assert r.status_code == 302
        assert r.headers["location"].startswith("https://login.test/common/oauth2/v2.0/")
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.status_code == 303 and r.headers["location"].startswith(back + "#token=usk_")
        assert "unspoken_session" not in r.headers.get("set-cookie", "")  # no console session
        token = r.headers["location"].split("#token=")[1]
        me = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200 and me.json()["email"] == identity.user
        boxes = await client.get("/v1/mailboxes", headers={"Authorization": f"Bearer {token}"})
        assert [b["provider"] for b in boxes.json()["mailboxes"]] == ["microsoft"]

    async def test_extension_redirect_must_be_chromiumapp_and_nothing_is_called(
            self, client, deps, identity, mocked):
        for params in ({"client": "extension", "redirect": "https://evil.test/auth"},
                       {"client": "extension", "redirect": "https://" + "a" * 32
                        + ".chromiumapp.org.evil.test/auth"},
                       {"client": "extension"},
                       {"client": "other", "redirect": "https://" + "a" * 32
                        + ".chromiumapp.org/auth"}):
            r = await client.get("/auth/microsoft/start", params=params)
            assert r.status_code == 422, params
        assert mocked.calls.call_count == 0 and identity.token_requests == []

    async def test_extension_sign_in_ignores_a_console_session_in_the_browser(
            self, client, rt, deps, identity, graph):
        from tests.service_support import make_user

        user = await make_user(rt)
        r = await client.post("/v1/auth/session", json={"token": user.token})
        assert r.status_code == 200, r.text
        back = "https://" + "b" * 32 + ".chromiumapp.org/auth"
        r = await client.get("/auth/microsoft/start",
                             params={"client": "extension", "redirect": back})
        r = await client.get("/auth/microsoft/callback",
                             params=identity.authorize(r.headers["location"]))
        assert r.status_code == 303 and r.headers["location"].startswith(back + "#token=usk_")
        token = r.headers["location"].split("#token=")[1]
        me = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200 and me.json()["email"] == identity.user



@pytest.fixture
def enqueued(rt, monkeypatch) -> list[tuple[str, tuple[str, ...]]]:
    """What the webhook enqueues, recorded instead of run."""
    jobs: list[tuple[str, tuple[str, ...]]] = []

    async def enqueue(task: str, *args: str, defer: float = 0, first: bool = False) -> None:
        jobs.append((task, args))

    monkeypatch.setattr(rt.queue, "enqueue", enqueue)
    return jobs


class TestWebhook:
    async def test_validation_token_is_echoed_as_text(self, client, deps):
        r = await client.post("/webhooks/microsoft?validationToken=Validation%3A%20Token%20x")
        assert r.status_code == 200 and r.text == "Validation: Token x"
        assert r.headers["content-type"].startswith("text/plain")

    async def test_forged_client_state_is_rejected_without_graph_call(
            self, client, rt, deps, identity, graph, enqueued):
        box = await connect_mailbox(rt, deps, identity)
        body = fixture("graph_change_notification_message_created_docs_sample.json")
        body["value"][0]["clientState"] = f"{box}.{'0' * 40}"
        r = await client.post("/webhooks/microsoft", json=body)
        assert r.status_code == 403 and enqueued == [] and graph.requests == []

    async def test_notifications_are_acknowledged_and_coalesced(
            self, client, rt, deps, identity, graph, enqueued):
        box = await connect_mailbox(rt, deps, identity)
        one = fixture("graph_change_notification_message_created_docs_sample.json")["value"][0]
        batch = {"value": [{**one, "clientState": deps.client_state(box)} for _ in range(5)]}
        r = await client.post("/webhooks/microsoft", json=batch)
        assert r.status_code == 202 and enqueued == [("sync.mailbox", (box,))]
        assert graph.requests == []

    async def test_lifecycle_missed_resyncs_and_reauthorization_extends(
            self, client, rt, deps, identity, graph, enqueued):
        box = await connect_mailbox(rt, deps, identity)
        missed = fixture("graph_lifecycle_missed_docs_sample.json")
        missed["value"][0]["clientState"] = deps.client_state(box)
        assert (await client.post("/webhooks/microsoft", json=missed)).status_code == 202
        assert enqueued == [("sync.mailbox", (box,))]
        await subscriptions.ensure(deps, MicrosoftProvider(deps).client(await _ref(rt, box)),
                                   box)
        sub_id = next(iter(graph.subscriptions))
        reauth = fixture("graph_lifecycle_reauthorization_required_docs_sample.json")
        reauth["value"][0].update(clientState=deps.client_state(box), subscriptionId=sub_id)
        assert (await client.post("/webhooks/microsoft", json=reauth)).status_code == 202
        paths = [(r.method, r.url.path) for r in graph.requests]
        assert ("POST", f"/v1.0/subscriptions/{sub_id}/reauthorize") in paths
        assert ("PATCH", f"/v1.0/subscriptions/{sub_id}") in paths
        async with rt.sessions() as s:
            assert (await s.get(Mailbox, box)) is not None

    async def test_subscription_removed_is_recreated_and_resynced(
            self, client, rt, deps, identity, graph, enqueued):
        box = await connect_mailbox(rt, deps, identity)
        await subscriptions.ensure(deps, MicrosoftProvider(deps).client(await _ref(rt, box)),
                                   box)
        gone = next(iter(graph.subscriptions))
        del graph.subscriptions[gone]  # Graph dropped it
        body = {"value": [{"lifecycleEvent": "subscriptionRemoved", "subscriptionId": gone,
                           "clientState": deps.client_state(box),
                           "subscriptionExpirationDateTime": "2026-12-01T00:00:00Z"}]}
        assert (await client.post("/webhooks/microsoft", json=body)).status_code == 202
        assert enqueued == [("sync.mailbox", (box,))] and len(graph.subscriptions) == 3
        assert gone not in graph.subscriptions
