"""A fake Graph and identity platform per test, the connector pointed at them, and a helper that
connects a mailbox through the real sign-in flow (MSAL against the fake identity side)."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterator

import pytest
import respx

from tests.providers.microsoft.fake_graph import AUTHORITY, CLIENT_ID, GRAPH, FakeGraph, Identity
from tests.service_support import make_user
from unspoken.config import Settings
from unspoken.providers.microsoft import connect
from unspoken.providers.microsoft.deps import MicrosoftDeps, use
from unspoken.runtime import Runtime
from unspoken.store.db import transaction
from unspoken.store.repositories import mailboxes as mailboxes_repo


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={
        "microsoft_client_id": CLIENT_ID, "microsoft_client_secret": "s3cret",
        "microsoft_authority": AUTHORITY, "microsoft_graph_root": GRAPH,
        "microsoft_redirect_uri": "http://testserver/auth/microsoft/callback",
        "microsoft_webhook_url": "https://unspoken.test/webhooks/microsoft"})


@pytest.fixture
def identity() -> Identity:
    return Identity()


@pytest.fixture
def graph(identity: Identity) -> FakeGraph:
    return FakeGraph(identity)


@pytest.fixture
def mocked(identity: Identity, graph: FakeGraph) -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        identity.install(router)
        graph.install(router)
        yield router


@pytest.fixture
async def deps(settings: Settings, rt: Runtime, mocked: respx.MockRouter
               ) -> AsyncIterator[MicrosoftDeps]:
    d = MicrosoftDeps.build(settings, sessions=rt.sessions, box=rt.box)
    use(d)
    yield d
    use(None)
    await d.close()


async def connect_mailbox(rt: Runtime, deps: MicrosoftDeps, identity: Identity, *,
                          stale_token: bool = False) -> str:
    """Sign in as the fake identity's user (start -> authorize -> callback exchange) and store
    the mailbox; `stale_token`: its access token has expired, the refresh token is alive."""
    user = await make_user(rt)
    identity.user = user.email
    url = await deps.auth.start()
    connected = await deps.auth.finish(identity.authorize(url))
    async with transaction(rt.sessions) as s:
        linked = await connect.link(s, connected=connected, box=rt.box, user_id=user.id)
        if stale_token:
            cache = json.loads(connected.token_cache)
            for at in cache["AccessToken"].values():
                identity.access_tokens.pop(at["secret"], None)
                at["expires_on"] = at["extended_expires_on"] = str(int(time.time()) - 60)
            mb = await mailboxes_repo.get(s, linked.mailbox.id)
            assert mb is not None
            mb.credentials = rt.box.seal(json.dumps(cache).encode(), mailbox_id=mb.id)
        return linked.mailbox.id
