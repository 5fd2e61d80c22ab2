"""The connector under the real sync task: stored once, resumable, revocation, rotation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from tests.providers.microsoft.conftest import connect_mailbox
from tests.providers.microsoft.fake_graph import FakeGraph
from tests.service_support import run_task
from tests.worker.helpers import full_rescan, stored
from unspoken.providers.registry import provider_for
from unspoken.store.models import Mailbox, MeetingRow
from unspoken.store.repositories import records as records_repo
from unspoken.worker.tasks import TASKS

NOW = datetime.now(UTC).replace(microsecond=0)


async def _counts(rt, box):
    async with rt.sessions() as s:
        m = await records_repo.message_count(s, box)
        d = len(set(await records_repo.message_ids(s, box)))
        c = await s.scalar(select(func.count()).select_from(MeetingRow)
                           .where(MeetingRow.mailbox_id == box))
        return m, d, c, await s.get(Mailbox, box)


async def _ids(rt, box) -> tuple[set[str], set[str]]:
    async with rt.sessions() as s:
        m = await records_repo.message_ids(s, box)
        c = await s.execute(select(MeetingRow.occurrence_id).where(MeetingRow.mailbox_id == box))
        return set(m), set(c.scalars())


def _fill(graph: FakeGraph, me: str, n: int) -> None:
    for i in range(n):
        who = f"contact{i % 5}@acme{i % 3}.test"
        graph.add_message("inbox", when=NOW - timedelta(hours=i * 20), sender=who, to=[me],
                          subject=f"Rollout {i}", conversation=f"c{i // 3}",
                          text="Hi Sam! Thanks so much. Can it export to our data lake?")
        if i % 2 == 0:
            graph.add_message("sentitems", when=NOW - timedelta(hours=i * 20 - 1), sender=me,
                              to=[who], subject=f"RE: Rollout {i}", conversation=f"c{i // 3}",
                              text="Happy to help. Would more seats help the Denver team?")
    for i in range(12):
        graph.add_event(start=NOW - timedelta(days=i * 14), subject="QBR",
                        attendees=[(f"contact{i % 5}@acme{i % 3}.test", "accepted")])


class TestSyncTask:
    async def test_backfill_stores_everything_once_and_scores(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, 120)
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        m, d, c, mb = await _counts(rt, box)
        assert (m, d, c) == (180, 180, 12)
        assert mb.status == "ok" and mb.cursor["kind"] == "microsoft"
        assert graph.subscriptions  # settle() subscribed to change notifications
        assert all(s["clientState"].startswith(box + ".") for s in graph.subscriptions.values())

    async def test_the_cursor_of_trailing_empty_pages_goes_with_the_sync(
            self, rt, deps, identity, graph, mocked, monkeypatch):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, 6)
        await run_task(rt, "sync.mailbox", box)
        graph.add_message("inbox", when=NOW, sender="new@acme1.test", to=[identity.user])
        provider = provider_for("microsoft")
        pages, stored = [], asyncio.Event()
        read = type(provider).changes

        async def changes(self, *args, **kwargs):
            async for page in read(self, *args, **kwargs):
                pages.append(page)
                if page.messages:
                    stored.set()
                yield page

        async def inbox_first(request):  # the other folders and the calendar answer after
            if "('inbox')" not in str(request.url):
                await stored.wait()
            return await graph.handle(request)

        monkeypatch.setattr(type(provider), "changes", changes)
        for route in mocked.routes:
            if route.side_effect == graph.handle:
                monkeypatch.setattr(route, "side_effect", inbox_first)
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        # the new message's page, then the other folders and the calendar with nothing new:
        # their cursor is stored by the final rescore's transaction, not lost
        assert [bool(p.messages) for p in pages] == [True, False, False, False]
        _, _, _, mb = await _counts(rt, box)
        assert mb.status == "ok" and mb.cursor == pages[-1].next_cursor.to_json()
        assert mb.cursor != pages[0].next_cursor.to_json()

    async def test_expired_delta_resyncs_once_without_duplicates(self, rt, deps, identity,
                                                                 graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, 60)
        await run_task(rt, "sync.mailbox", box)
        graph.expire("inbox")
        graph.expire("sentitems")
        graph.add_message("inbox", when=NOW, sender="new@acme1.test", to=[identity.user])
        before = len(graph.requests)
        await run_task(rt, "sync.mailbox", box)
        m, d, _, mb = await _counts(rt, box)
        assert (m, d) == (91, 91) and mb.status == "ok"
        assert graph.answers.count(410) == 2
        assert len(graph.requests) - before < 20  # one round per expired folder, no loop

    async def test_a_full_resync_drops_what_was_deleted_in_the_gap_and_nothing_else(
            self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, 30)
        await run_task(rt, "sync.mailbox", box)
        mail, meetings = await _ids(rt, box)
        gone_mail, gone_event = next(iter(graph.folders["inbox"])), next(iter(graph.events))
        graph.expire("inbox")  # the delta state is lost, then both go: no @removed for us
        graph.expire("calendar")
        graph.remove_message("inbox", gone_mail)
        graph.remove_event(gone_event)
        await run_task(rt, "sync.mailbox", box)
        assert graph.answers.count(410) == 2
        assert await _ids(rt, box) == (mail - {f"inbox:{gone_mail}"}, meetings - {gone_event})
        assert await stored(rt, (await _counts(rt, box))[3].user_id) == \
            await full_rescan(rt, (await _counts(rt, box))[3].user_id)

    async def test_killed_worker_resumes_with_nothing_missed_or_doubled(self, rt, deps,
                                                                        identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, 200)
        graph.hang_after = 4  # Graph stops answering mid-backfill; the worker then dies
        job = asyncio.create_task(TASKS["sync.mailbox"]({"runtime": rt}, box))
        seen = -1
        while (now := (await _counts(rt, box))[0]) != seen or now == 0:
            seen = now
            await asyncio.sleep(0.3)
        job.cancel()
        graph.hang_after = None
        await asyncio.gather(job, return_exceptions=True)
        partial = (await _counts(rt, box))[0]
        graph.add_message("inbox", when=NOW, sender="late@acme2.test", to=[identity.user])
        await run_task(rt, "sync.mailbox", box)  # resumes the round at its stored nextLink
        m, d, _, _ = await _counts(rt, box)
        assert m == d >= 300
        await run_task(rt, "sync.mailbox", box)  # its notification: the next delta round
        m, d, c, mb = await _counts(rt, box)
        assert 0 < partial < 300 and (m, d, c) == (301, 301, 12) and mb.status == "ok"

    async def test_revoked_grant_marks_needs_reauth_with_few_token_requests(
            self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity, stale_token=True)
        identity.revoked = True
        before = len(identity.token_requests)
        for _ in range(3):
            assert await run_task(rt, "sync.mailbox", box) == "needs_reauth"
        _, _, _, mb = await _counts(rt, box)
        assert mb.status == "needs_reauth"
        assert len(identity.token_requests) - before <= 3
        assert graph.requests == []

    async def test_twenty_concurrent_jobs_refresh_the_rotating_token_once(
            self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity, stale_token=True)
        _fill(graph, identity.user, 10)
        results = await asyncio.gather(*(TASKS["sync.mailbox"]({"runtime": rt}, box)
                                         for _ in range(20)), return_exceptions=True)
        assert identity.refreshes() == 1 and identity.invalid_grant_answers == 0
        assert not any(isinstance(r, Exception) and "Revoked" in type(r).__name__
                       for r in results)
        await run_task(rt, "sync.mailbox", box)
        m, d, _, mb = await _counts(rt, box)
        assert (m, d) == (15, 15) and mb.status == "ok"


class TestBackfillWindow:
    @staticmethod
    def _since(graph: FakeGraph) -> datetime:
        first = next(r for r in graph.requests if "/mailFolders/inbox/" in r.url.path)
        stamp = first.url.params["$filter"].removeprefix("receivedDateTime ge ")
        return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)

    async def _org_policy(self, rt, box: str, **body) -> None:
        from unspoken.store.db import transaction
        from unspoken.store.repositories import policies as policies_repo
        from unspoken.store.repositories import users as users_repo

        async with transaction(rt.sessions) as s:
            mb = await s.get(Mailbox, box)
            user = await users_repo.user(s, mb.user_id)
            await policies_repo.add_version(s, org_id=user.org_id, body=body, created_by=None)

    async def test_the_org_policy_sets_the_backfill_window(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        await self._org_policy(rt, box, recent_days=30, baseline_days=60)
        await run_task(rt, "sync.mailbox", box)
        days = (datetime.now(UTC) - self._since(graph)) / timedelta(days=1)
        assert 30 + 60 <= days <= 30 + 60 + 31  # the windows plus the margin

    async def test_the_provider_setting_caps_it(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        await self._org_policy(rt, box, recent_days=365, baseline_days=1095)
        await run_task(rt, "sync.mailbox", box)
        days = (datetime.now(UTC) - self._since(graph)) / timedelta(days=1)
        assert round(days) == deps.settings.microsoft_backfill_days
