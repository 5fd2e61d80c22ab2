"""The same mail through Gmail, through Outlook, through both at once, and through
`unspoken scan`: the same threads, the same mail counted once, the same scores, account by
account (issue 11: Message-IDs normalised and replies threaded on Outlook, mail seen through two
mailboxes counted once; issue 14: the service and the scan thread alike).

Mail only (no calendars): what differs between the paths is how mail is threaded and matched.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import respx

from tests.providers.google.fake_google import ALL_SCOPES, FakeGoogle
from tests.providers.microsoft.fake_graph import AUTHORITY, CLIENT_ID, GRAPH, FakeGraph, Identity
from tests.providers.same_mail import Mail, outlook_export, read_export, to_gmail, to_graph
from tests.service_support import AS_OF, make_user, run_task
from tests.signals.scenarios import ME, build_mailbox, standard_specs
from tests.worker.helpers import stored
from unspoken.config import Settings
from unspoken.providers.google.client import Grant
from unspoken.providers.google.sync import GoogleProvider
from unspoken.providers.microsoft import connect
from unspoken.providers.microsoft.deps import MicrosoftDeps, use
from unspoken.providers.registry import register
from unspoken.runtime import Runtime
from unspoken.scan import ScanInputs, run_scan
from unspoken.services.policy import engine_policy
from unspoken.store.db import transaction
from unspoken.store.repositories import mailboxes as mailboxes_repo

if TYPE_CHECKING:
    from tests.service_support import TestUser

# A healthy account, a watch, one at risk: every level, threads of every depth.
SPECS = ("healthy_warm", "watch_procrastination", "at_risk_pp_er")
DAYS = 4000  # the generated year is older than "now": backfill all of it


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Mail]]:
    mb = build_mailbox([s for s in standard_specs() if s.label in SPECS], seed=1111,
                       split="all", other_internal_domain=False)
    folder = tmp_path_factory.mktemp("same-mail")
    takeout, _ics = mb.write(folder, "takeout")
    return takeout, outlook_export(takeout, folder / "outlook.mbox"), read_export(takeout)


@pytest.fixture
def identity() -> Identity:
    return Identity(user=ME)


@pytest.fixture
def graph(identity: Identity) -> FakeGraph:
    return FakeGraph(identity)


@pytest.fixture
def settings(settings: Settings, fake_google: FakeGoogle,
             monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake Google is loopback http
    s = settings.model_copy(update={
        **fake_google.endpoints(), "google_backfill_days": DAYS,
        "microsoft_client_id": CLIENT_ID, "microsoft_client_secret": "s3cret",
        "microsoft_authority": AUTHORITY, "microsoft_graph_root": GRAPH,
        "microsoft_redirect_uri": "http://testserver/auth/microsoft/callback",
        "microsoft_backfill_days": DAYS})
    register(GoogleProvider(s))
    return s


@pytest.fixture
async def deps(settings: Settings, rt: Runtime, identity: Identity, graph: FakeGraph
               ) -> AsyncIterator[MicrosoftDeps]:
    with respx.mock(assert_all_called=False) as router:
        identity.install(router)
        graph.install(router)
        d = MicrosoftDeps.build(settings, sessions=rt.sessions, box=rt.box)
        use(d)
        yield d
        use(None)
        await d.close()


async def _connect_google(rt: Runtime, fake: FakeGoogle, user: TestUser) -> str:
    refresh = "1//same-mail-" + user.id
    fake.refresh_tokens[refresh] = {"email": ME, "scopes": ALL_SCOPES}
    grant = Grant(refresh_token=refresh, scopes=tuple(
        s.split("/")[-1] if s.startswith("https://www.googleapis.com/auth/userinfo") else s
        for s in ALL_SCOPES))
    async with transaction(rt.sessions) as s:
        box = await mailboxes_repo.add(s, user_id=user.id, provider="google", address=ME,
                                       source={"backfill_days": DAYS})
        box.credentials = rt.box.seal(grant.to_bytes(), mailbox_id=box.id)
        return box.id


async def _connect_microsoft(rt: Runtime, deps: MicrosoftDeps, identity: Identity,
                             user: TestUser) -> str:
    connected = await deps.auth.finish(identity.authorize(await deps.auth.start()))
    async with transaction(rt.sessions) as s:
        linked = await connect.link(s, connected=connected, box=rt.box, user_id=user.id)
        linked.mailbox.source = {**linked.mailbox.source, "backfill_days": DAYS}
        return linked.mailbox.id


def _accounts(report_or_stored: Any) -> dict[str, tuple[str, int, list[tuple[str, str]]]]:
    """Account -> (level, score, [(signal, summary)]): what the user is shown."""
    if isinstance(report_or_stored, dict):
        return {a: (risk, score, [(x["kind"], x["summary"]) for x in signals])
                for a, (risk, score, signals, _c) in report_or_stored["accounts"].items()}
    return {a.account: (a.risk.value, a.score, [(x.kind.value, x.summary) for x in a.signals])
            for a in report_or_stored.accounts}


async def _scan(rt: Runtime, user: TestUser, mbox: Path) -> dict[str, Any]:
    async with rt.sessions() as s:
        policy = await engine_policy(s, org_id=user.org_id)
    result = run_scan(ScanInputs(me=frozenset({ME}), mbox=(mbox,)), as_of=AS_OF, policy=policy,
                      workers=1)
    return _accounts(result.report)


def _diff(got: dict[str, Any], want: dict[str, Any]) -> str:
    rows = [f"{a}: {got.get(a)} != {want.get(a)}" for a in sorted(set(got) | set(want))
            if got.get(a) != want.get(a)]
    return json.dumps(rows, indent=1, default=str)


@pytest.fixture(autouse=True)
def _one_backend(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("threading and matching happen above the database; PostgreSQL is enough "
                    "for these end-to-end runs (each syncs a generated year of mail)")


class TestSameMail:
    async def test_gmail_scores_as_its_takeout_and_adding_outlook_changes_nothing(
            self, rt, fake_google, deps, identity, graph, export):
        """One user, the same mail in Gmail and in Outlook: every message counted once, so
        the scores with both mailboxes are the scores with Gmail alone, which are the scan's
        of the Takeout."""
        takeout, _outlook, mails = export
        to_gmail(fake_google, ME, mails)
        to_graph(graph, ME, mails)
        user = await make_user(rt)
        gmail = await _connect_google(rt, fake_google, user)
        assert (await run_task(rt, "sync.mailbox", gmail)).startswith("ok")
        single, scan = _accounts(await stored(rt, user.id)), await _scan(rt, user, takeout)
        assert {lvl for lvl, _s, _x in scan.values()} >= {"healthy", "watch", "at_risk"}
        assert single == scan, _diff(single, scan)

        outlook = await _connect_microsoft(rt, deps, identity, user)
        assert (await run_task(rt, "sync.mailbox", outlook)).startswith("ok")
        both = _accounts(await stored(rt, user.id))
        assert both == single, _diff(both, single)

    async def test_outlook_threads_and_scores_as_the_scan_of_its_export(
            self, rt, deps, identity, graph, export):
        _takeout, outlook, mails = export
        to_graph(graph, ME, mails)
        user = await make_user(rt)
        box = await _connect_microsoft(rt, deps, identity, user)
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        service, scan = _accounts(await stored(rt, user.id)), await _scan(rt, user, outlook)
        assert {lvl for lvl, _s, _x in scan.values()} >= {"healthy", "watch", "at_risk"}
        assert service == scan, _diff(service, scan)
