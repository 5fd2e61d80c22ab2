"""Webhook URLs (validated, never shown), and what each answer of a hook means."""

from __future__ import annotations

import httpx
import pytest

from unspoken.notify import webhooks
from unspoken.notify.webhooks import BadWebhook, Outcome


class TestValidate:
    def test_slack_and_teams_hosts_are_recognised(self):
        assert webhooks.validate("https://hooks.slack.com/services/T/B/x", kind=None,
                                 allow_private=False)[1] == "slack"
        assert webhooks.validate("https://acme.webhook.office.com/webhookb2/x", kind=None,
                                 allow_private=False)[1] == "teams"
        assert webhooks.validate("https://prod-01.westus.logic.azure.com/workflows/x",
                                 kind=None, allow_private=False)[1] == "teams"

    @pytest.mark.parametrize("url,kind,field", [
        ("http://hooks.slack.com/services/x", None, "https"),
        ("https://127.0.0.1/hook", "slack", "private"),
        ("https://10.1.2.3/hook", "slack", "private"),
        ("https://[::1]/hook", "slack", "private"),
        ("https://user:pw@hooks.slack.com/x", None, "user:password"),
        ("https://example.com/hook", None, "webhook.kind"),
        ("https://hooks.slack.com/" + "x" * 2100, None, "longer")])
    def test_refusals_name_the_field(self, url, kind, field):
        with pytest.raises(BadWebhook, match=field) as e:
            webhooks.validate(url, kind=kind, allow_private=False)
        assert str(e.value).startswith("webhook.")

    def test_the_hint_never_holds_the_secret_path(self):
        h = webhooks.hint("https://hooks.slack.com/services/T0/B0/abcdefSECRETwxyz")
        assert h == "hooks.slack.com/…wxyz" and "SECRET" not in h


class TestPost:
    @pytest.mark.parametrize("answer,outcome,error", [
        ((200, "ok"), Outcome.SENT, ""),
        ((500, "x"), Outcome.RETRY, "http 500"),
        ((429, "x"), Outcome.RETRY, "http 429"),
        ((404, "no_service"), Outcome.REMOVED, "no_service"),
        ((410, "Gone"), Outcome.REMOVED, "http 410"),
        ((403, "invalid_token"), Outcome.REMOVED, "invalid_token"),
        ((400, "invalid_payload"), Outcome.REFUSED, "http 400")])
    async def test_answers(self, hooks, answer, outcome, error):
        hooks.script = [answer]
        async with httpx.AsyncClient() as http:
            r = await webhooks.post(http, hooks.url(), {"text": "x"}, allow_private=True)
        assert (r.outcome, r.error) == (outcome, error)

    async def test_a_hook_that_resolves_to_a_private_address_is_not_called(self, hooks):
        async with httpx.AsyncClient() as http:
            r = await webhooks.post(http, hooks.url().replace("127.0.0.1", "localhost"),
                                    {"text": "x"}, allow_private=False)
        assert r.outcome == Outcome.REFUSED and hooks.requests == []

    async def test_nobody_listening_is_retried(self):
        async with httpx.AsyncClient() as http:
            r = await webhooks.post(http, "http://127.0.0.1:9/hook", {"text": "x"},
                                    allow_private=True)
        assert r.outcome == Outcome.RETRY

    def test_slack_text_is_escaped(self):
        p = webhooks.payload("slack", title="a <b> & c", lines=["<!channel>"], link="https://x")
        assert "<!channel>" not in p["text"] and "&lt;b&gt; &amp; c" in p["text"]
