"""The console's "Preview my next digest" (home page and Settings): the page it opens is the
digest the worker then sends to a real SMTP server process: the same HTML and plain text, line
for line (mail's CRLF line ends aside)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.notify.support import mailing_settings
from tests.service_support import make_user, run_task
from tests.services.helpers import drifted_user
from unspoken.api.deps import SESSION_COOKIE
from unspoken.store.db import transaction
from unspoken.store.repositories import notifications as repo

LINK = '<a href="/digest/preview">Preview my next digest</a>'


@pytest.fixture
def settings(settings, smtp_sink):
    return mailing_settings(settings, smtp_sink)


def words(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _lf(part: str) -> str:
    return part.replace("\r\n", "\n")


async def _sign_in(client, user) -> None:
    r = await client.post("/signin/token", data={"token": user.token, "next": "/"})
    client.cookies.set(SESSION_COOKIE, r.cookies[SESSION_COOKIE])


async def test_the_preview_is_the_digest_the_worker_sends(rt, client, smtp_sink):
    user = await drifted_user(rt)
    await _sign_in(client, user)
    home = await client.get("/")
    assert home.status_code == 200 and LINK in home.text
    assert "Your weekly digest: Mondays at 08:00 (UTC). Preview my next digest" in words(home.text)
    assert LINK in (await client.get("/settings")).text
    preview = await client.get("/digest/preview")
    assert preview.status_code == 200 and "umbrella-health.org" in preview.text
    text = await client.get("/digest/preview?format=text")

    async with transaction(rt.sessions) as s:  # the user's slot has come
        p = await repo.ensure_prefs(s, user_id=user.id, next_digest_at=datetime.now(UTC))
        p.next_digest_at = datetime.now(UTC) - timedelta(minutes=1)
    assert (await run_task(rt, "digest.due")).startswith("ok")
    await rt.queue.drain()
    [sent] = [m for m in smtp_sink.messages() if m["To"].addresses[0].addr_spec == user.email
              and m["Message-ID"].startswith("<digest.")]  # (alerts go there too)
    assert _lf(sent.get_body(("html",)).get_content()) == preview.text
    assert _lf(sent.get_body(("plain",)).get_content()) == text.text
    again = await client.get("/digest/preview")  # the next one starts where this one ended
    assert "Changed level" in preview.text and "Changed level" not in again.text


async def test_the_home_page_says_when_the_digest_is_off_and_still_links_the_preview(
        rt, client):
    user = await make_user(rt)  # no mailbox yet: the empty state
    await _sign_in(client, user)
    async with transaction(rt.sessions) as s:
        p = await repo.ensure_prefs(s, user_id=user.id, next_digest_at=datetime.now(UTC))
        p.digest_enabled = False
    home = await client.get("/")
    assert "Connect a mailbox" in home.text
    assert "Your weekly digest: off. Preview my next digest" in words(home.text)
    assert LINK in home.text
    preview = await client.get("/digest/preview")
    assert "Nothing changed and no account is at risk." in preview.text
