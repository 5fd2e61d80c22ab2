"""Sign in with Google and the Pub/Sub webhook, through the app, against the fake Google."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.providers.google.fake_google import GMAIL_SCOPE, FakeGoogle, auth_url_params
from tests.providers.google.fixtures import load
from tests.service_support import make_user
from unspoken.api.routers.google import BROWSER_COOKIE
from unspoken.providers.google.client import Grant
from unspoken.runtime import Runtime
from unspoken.store.models import Mailbox, Org, User

AUD = "https://unspoken.test/webhooks/google/pubsub"
SA = "push@project.iam.gserviceaccount.com"


async def _start(http: httpx.AsyncClient, **params: str) -> str:
    r = await http.get("/auth/google/start", params=params)
    assert r.status_code == 302, r.text
    return r.headers["location"]


async def _mailboxes(rt: Runtime, *addresses: str) -> list[Mailbox]:
    async with rt.sessions() as s:
        return list((await s.execute(select(Mailbox).where(
            Mailbox.provider == "google", Mailbox.address.in_(addresses)))).scalars())


@pytest.fixture(autouse=True)
def _recorded_queue(rt: Runtime) -> None:
    rt.queue = _Recorder()  # sign-ins enqueue a sync: recorded, not run


class TestSignIn:
    async def test_start_sends_pkce_state_and_pinned_scopes(
            self, client: httpx.AsyncClient, fake_google: FakeGoogle) -> None:
        q = auth_url_params(await _start(client))
        assert q["code_challenge_method"] == "S256" and len(q["code_challenge"]) == 43
        assert len(base64.urlsafe_b64decode(q["state"] + "==")) >= 16
        assert q["access_type"] == "offline" and q["include_granted_scopes"] == "true"
        assert set(q["scope"].split()) == {"openid", "email", "profile", GMAIL_SCOPE,
                                           "https://www.googleapis.com/auth/calendar.readonly"}
        assert q["redirect_uri"] == "http://testserver/auth/google/callback"

    async def test_callback_creates_admin_user_org_from_hd_and_sealed_grant(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        code, state = fake_google.consent(await _start(client), email="ana@acme.test",
                                          hd="acme.test", name="Ana")
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 303, r.text
        assert "unspoken_session" in r.cookies
        async with rt.sessions() as s:
            user = (await s.execute(select(User).where(User.email == "ana@acme.test"))).scalar_one()
            org = await s.get(Org, user.org_id)
        assert user.role == "admin" and org is not None and org.domain == "acme.test"
        (mb,) = await _mailboxes(rt, "ana@acme.test")
        # its first sync, queued below the pushes' incremental ones (worker.queue bands)
        assert rt.queue.first == rt.queue.jobs == [("sync.mailbox", (mb.id,))]
        assert mb.credentials and "1//" not in mb.credentials  # sealed, not in the clear
        grant = Grant.from_bytes(rt.box.open(mb.credentials, mailbox_id=mb.id))
        assert grant.refresh_token in fake_google.refresh_tokens
        assert mb.source["calendar"] is True
        # a colleague signs in: same org, not admin
        client.cookies.clear()
        code, state = fake_google.consent(await _start(client), email="bo@acme.test",
                                          hd="acme.test")
        await client.get("/auth/google/callback", params={"code": code, "state": state})
        async with rt.sessions() as s:
            bo = (await s.execute(select(User).where(User.email == "bo@acme.test"))).scalar_one()
        assert bo.org_id == user.org_id and bo.role == "member"

    async def test_personal_account_gets_an_org_of_one_and_calendar_unticked_is_mail_only(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        code, state = fake_google.consent(
            await _start(client), email="solo@gmail.com",
            scopes=("openid", "https://www.googleapis.com/auth/userinfo.email", GMAIL_SCOPE))
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 303 and r.headers["location"].endswith("calendar=off")
        (mb,) = await _mailboxes(rt, "solo@gmail.com")
        assert mb.source["calendar"] is False
        async with rt.sessions() as s:
            user = (await s.execute(select(User).where(User.email == "solo@gmail.com"))
                    ).scalar_one()
            assert (await s.get(Org, user.org_id)).domain == "solo@gmail.com"  # type: ignore[union-attr]

    async def test_forged_replayed_missing_state_or_other_browser_store_nothing(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        code, state = fake_google.consent(await _start(client), email="eve@acme.test")
        for params in ({"code": code}, {"code": code, "state": "forged" + state[6:]}):
            r = await client.get("/auth/google/callback", params=params)
            assert r.status_code == 400
        cookie = client.cookies.get(BROWSER_COOKIE)
        client.cookies.set(BROWSER_COOKIE, "another-browser", path="/auth/google")
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 400
        # the state is used up even by a failed attempt: a replay from the right browser fails
        client.cookies.set(BROWSER_COOKIE, cookie or "", path="/auth/google")
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 400
        assert fake_google.calls["token"] == 0 and await _mailboxes(rt, "eve@acme.test") == []

    async def test_wrong_verifier_is_refused_and_stores_nothing(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        code, state = fake_google.consent(await _start(client), email="eve@acme.test")
        fake_google.codes[code]["challenge"] = "A" * 43  # Google saw another challenge
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 400
        assert fake_google.calls["token"] == 1 and await _mailboxes(rt, "eve@acme.test") == []
        async with rt.sessions() as s:
            assert await s.scalar(select(func.count()).select_from(User)
                                  .where(User.email == "eve@acme.test")) == 0

    async def test_id_token_from_another_sign_in_is_refused(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        code, state = fake_google.consent(await _start(client), email="mallory@acme.test")
        fake_google.codes[code]["nonce"] = "nonce-of-another-sign-in"
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 400 and await _mailboxes(rt, "mallory@acme.test") == []
        assert fake_google.calls["revoke"] == 1  # the grant it got was given back

    async def test_extension_flow_ends_on_its_chromiumapp_page_with_a_token(
            self, client: httpx.AsyncClient, fake_google: FakeGoogle) -> None:
        back = "https://" + "a" * 32 + ".chromiumapp.org/cb"
        bad = await client.get("/auth/google/start",
                               params={"client": "extension", "redirect": "https://evil.test/"})
        assert bad.status_code == 422
        code, state = fake_google.consent(await _start(client, client="extension",
                                                       redirect=back), email="ext@acme.test")
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 303 and r.headers["location"].startswith(back + "#token=usk_")
        token = r.headers["location"].split("#token=")[1]
        me = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200

    async def test_pinned_extension_ids_refuse_other_extensions(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        rt.settings.extension_ids = ["b" * 32]
        other = "https://" + "a" * 32 + ".chromiumapp.org/cb"
        r = await client.get("/auth/google/start", params={"client": "extension",
                                                           "redirect": other})
        assert r.status_code == 422 and fake_google.calls["token"] == 0
        pinned = "https://" + "b" * 32 + ".chromiumapp.org/cb"
        r = await client.get("/auth/google/start", params={"client": "extension",
                                                           "redirect": pinned})
        assert r.status_code == 302


class TestConnectWhileSignedIn:
    async def test_signed_in_user_adds_a_google_mailbox_to_their_account(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        user = await make_user(rt)
        r = await client.post("/v1/auth/session", json={"token": user.token})
        assert r.status_code == 200, r.text
        code, state = fake_google.consent(await _start(client), email="side@gmail.com")
        r = await client.get("/auth/google/callback", params={"code": code, "state": state})
        assert r.status_code == 303, r.text
        (mb,) = await _mailboxes(rt, "side@gmail.com")
        assert mb.user_id == user.id
        async with rt.sessions() as s:
            assert await s.scalar(select(func.count()).select_from(User)
                                  .where(User.email == "side@gmail.com")) == 0


class _Recorder:
    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[str, ...]]] = []
        self.first: list[tuple[str, tuple[str, ...]]] = []  # queued as a first sync

    async def enqueue(self, task: str, *args: str, defer: float = 0,
                      first: bool = False) -> None:
        if (task, args) not in self.jobs:  # the queue coalesces by job id
            self.jobs.append((task, args))
            if first:
                self.first.append((task, args))

    async def close(self) -> None:
        return None


def _push(body_name: str, address: str | None = None, history_id: Any = None) -> bytes:
    body = load(body_name)
    data = json.loads(base64.b64decode(body["message"]["data"]))
    if address:
        data["emailAddress"] = address
    if history_id is not None:
        data["historyId"] = history_id
    body["message"]["data"] = base64.b64encode(json.dumps(data).encode()).decode()
    return json.dumps(body).encode()


class TestPubSub:
    async def _connected(self, client: httpx.AsyncClient, rt: Runtime,
                         fake: FakeGoogle) -> str:
        async with rt.sessions() as s:  # the shared test database may know this user already
            if await s.scalar(select(User).where(User.email == "user@example.com")) is None:
                code, state = fake.consent(await _start(client), email="user@example.com")
                await client.get("/auth/google/callback", params={"code": code, "state": state})
        (mb,) = await _mailboxes(rt, "user@example.com")
        return mb.id

    async def test_verified_push_enqueues_one_sync_number_or_string_history_id(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        box = await self._connected(client, rt, fake_google)
        rec = _Recorder()
        rt.queue = rec
        auth = {"Authorization": "Bearer " + fake_google.id_token(email=SA, aud=AUD)}
        for body in (_push("gmail_pubsub_push_docs_sample.json"),  # "1234567890"
                     _push("gmail_pubsub_push_real_capture.json", "user@example.com")):
            r = await client.post("/webhooks/google/pubsub", content=body, headers=auth)
            assert r.status_code == 204, r.text
        assert rec.jobs == [("sync.mailbox", (box,))] and rec.first == []  # incremental

    async def test_push_for_a_mailbox_added_by_another_user_enqueues_its_sync(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        from unspoken.store.db import transaction
        from unspoken.store.repositories import mailboxes as mailboxes_repo

        owner = await make_user(rt)  # signed in as owner, then connected another address
        address = f"second.{owner.id[:8]}@gmail.example"
        async with transaction(rt.sessions) as s:
            box = await mailboxes_repo.add(s, user_id=owner.id, provider="google",
                                           address=address)
            box_id = box.id
        rec = _Recorder()
        rt.queue = rec
        auth = {"Authorization": "Bearer " + fake_google.id_token(email=SA, aud=AUD)}
        r = await client.post("/webhooks/google/pubsub", headers=auth,
                              content=_push("gmail_pubsub_push_docs_sample.json", address))
        assert r.status_code == 204, r.text
        assert rec.jobs == [("sync.mailbox", (box_id,))]

    async def test_push_older_than_the_stored_history_is_not_enqueued(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        box = await self._connected(client, rt, fake_google)
        async with rt.sessions() as s:
            mb = await s.get(Mailbox, box)
            assert mb is not None
            saved = mb.cursor
            mb.cursor = {"kind": "google", "gmail": {"history_id": 1234567890}}
            await s.commit()
        rec = _Recorder()
        rt.queue = rec
        auth = {"Authorization": "Bearer " + fake_google.id_token(email=SA, aud=AUD)}
        r = await client.post("/webhooks/google/pubsub", headers=auth,
                              content=_push("gmail_pubsub_push_docs_sample.json"))
        assert r.status_code == 204 and rec.jobs == []
        async with rt.sessions() as s:
            mb = await s.get(Mailbox, box)
            assert mb is not None
            mb.cursor = saved
            await s.commit()

    async def test_forged_pushes_are_rejected_with_no_provider_call(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        await self._connected(client, rt, fake_google)
        rec = _Recorder()
        rt.queue = rec
        api_before = {k: v for k, v in fake_google.calls.items() if k != "certs"}
        other = FakeGoogle()  # signed with a key Google never published
        body = _push("gmail_pubsub_push_docs_sample.json")
        for headers in ({},
                        {"Authorization": "Bearer " + other.id_token(email=SA, aud=AUD)},
                        {"Authorization": "Bearer " + fake_google.id_token(email=SA,
                                                                           aud="other")},
                        {"Authorization": "Bearer " + fake_google.id_token(
                            email="evil@x.iam.gserviceaccount.com", aud=AUD)},
                        {"Authorization": "Bearer " + fake_google.id_token(
                            email=SA, aud=AUD, iss="https://evil.test")}):
            r = await client.post("/webhooks/google/pubsub", content=body, headers=headers)
            assert r.status_code == 403
        assert rec.jobs == []
        assert {k: v for k, v in fake_google.calls.items() if k != "certs"} == api_before


class TestCalendarChannel:
    async def test_signed_channel_token_enqueues_forged_is_refused(
            self, client: httpx.AsyncClient, rt: Runtime, fake_google: FakeGoogle) -> None:
        from unspoken.providers.google.auth import channel_token

        rec = _Recorder()
        rt.queue = rec
        good = channel_token(rt.settings, "mbx1")
        for token in ("", "mbx1.forged", good.replace("mbx1", "mbx2")):
            r = await client.post("/webhooks/google/calendar",
                                  headers={"X-Goog-Channel-Token": token,
                                           "X-Goog-Resource-State": "exists"})
            assert r.status_code == 403
        r = await client.post("/webhooks/google/calendar",
                              headers={"X-Goog-Channel-Token": good,
                                       "X-Goog-Resource-State": "sync"})
        assert r.status_code == 200 and rec.jobs == []  # the channel's hello
        r = await client.post("/webhooks/google/calendar",
                              headers={"X-Goog-Channel-Token": good,
                                       "X-Goog-Resource-State": "exists"})
        assert r.status_code == 200 and rec.jobs == [("sync.mailbox", ("mbx1",))]
