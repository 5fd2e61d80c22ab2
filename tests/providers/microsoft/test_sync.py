"""Mail and calendar delta against the fake Graph: paging, @removed, 410, windows, limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.providers.microsoft.conftest import connect_mailbox
from tests.providers.microsoft.fake_graph import FakeGraph
from unspoken.providers.base import ChangeSet, MailboxRef
from unspoken.providers.microsoft import parse
from unspoken.providers.microsoft.sync import MicrosoftProvider
from unspoken.store.repositories import mailboxes as mailboxes_repo

NOW = datetime.now(UTC).replace(microsecond=0)
CUSTOMER = "dana@acme.test"


async def _ref(rt, box: str) -> MailboxRef:
    async with rt.sessions() as s:
        mb = await mailboxes_repo.get(s, box)
        return MailboxRef(id=mb.id, address=mb.address, me=frozenset({mb.address}),
                          source=dict(mb.source))


async def _run(provider: MicrosoftProvider, ref: MailboxRef, cursor=None, page_size=50
               ) -> tuple[list[ChangeSet], object]:
    out = []
    async for cs in provider.changes(ref, cursor, page_size=page_size):
        out.append(cs)
        cursor = cs.next_cursor
    return out, cursor


def _fill(graph: FakeGraph, me: str, n: int = 30) -> None:
    for i in range(n):
        graph.add_message("inbox", when=NOW - timedelta(days=i * 3), sender=CUSTOMER, to=[me],
                          subject=f"Rollout {i}", text=f"Hi Sam, thanks! Question {i}?")
        graph.add_message("sentitems", when=NOW - timedelta(days=i * 3, hours=-2), sender=me,
                          to=[CUSTOMER], subject=f"RE: Rollout {i}", text="Sure, happy to.")
    for i in range(10):
        graph.add_event(start=NOW - timedelta(days=i * 7), subject="Weekly sync",
                        attendees=[(CUSTOMER, "accepted")])


class TestBackfill:
    async def test_every_folder_and_the_calendar_arrive_once(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user)
        sets, cursor = await _run(MicrosoftProvider(deps), await _ref(rt, box), page_size=7)
        msgs = [m for cs in sets for m in cs.messages]
        assert len(msgs) == 60 and len({m.id for m in msgs}) == 60
        assert sum(len(cs.meetings) for cs in sets) == 10
        sent = [m for m in msgs if m.id.startswith("sentitems:")]
        assert len(sent) == 30 and all(m.direction == "sent" for m in sent)
        assert all(c.synced for c in cursor.chains)
        assert graph.max_in_flight <= 4 and 429 not in graph.answers


class TestIncremental:
    async def test_new_updated_and_removed_mail_after_the_delta_link(self, rt, deps, identity,
                                                                      graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, n=5)
        provider, ref = MicrosoftProvider(deps), await _ref(rt, box)
        _, cursor = await _run(provider, ref)
        new = graph.add_message("inbox", when=NOW, sender=CUSTOMER, to=[identity.user],
                                text="We're slammed, let's reconnect next quarter.")
        gone = next(iter(graph.folders["inbox"]))
        graph.remove_message("inbox", gone)
        sets, cursor2 = await _run(provider, ref, cursor)
        assert [m.id for cs in sets for m in cs.messages] == [f"inbox:{new}"]
        assert [d for cs in sets for d in cs.deleted_messages] == [f"inbox:{gone}"]
        assert cursor2 != cursor
        sets, _ = await _run(provider, ref, cursor2)  # nothing new: empty rounds
        assert not any(cs.messages or cs.deleted_messages for cs in sets)

    async def test_a_moved_message_leaves_one_row(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        mid = graph.add_message("inbox", when=NOW, sender=CUSTOMER, to=[identity.user])
        provider, ref = MicrosoftProvider(deps), await _ref(rt, box)
        _, cursor = await _run(provider, ref)
        graph.move_message("inbox", "archive", mid)
        sets, _ = await _run(provider, ref, cursor)
        assert [m.id for cs in sets for m in cs.messages] == [f"archive:{mid}"]
        assert [d for cs in sets for d in cs.deleted_messages] == [f"inbox:{mid}"]

    async def test_expired_delta_restarts_only_that_folder(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, n=12)
        provider, ref = MicrosoftProvider(deps), await _ref(rt, box)
        _, cursor = await _run(provider, ref)
        graph.expire("inbox")
        new = graph.add_message("inbox", when=NOW, sender=CUSTOMER, to=[identity.user])
        sets, cursor2 = await _run(provider, ref, cursor)
        ids = [m.id for cs in sets for m in cs.messages]
        assert len(ids) == 13 and len(set(ids)) == 13 and f"inbox:{new}" in ids
        assert all(i.startswith("inbox:") for i in ids)  # Sent Items not read again
        assert [r.status_code for r in []] == []
        assert 410 in graph.answers and all(c.synced for c in cursor2.chains)

    async def test_mailbox_without_archive(self, rt, deps, identity, graph):
        graph.has_archive = False
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, n=3)
        sets, cursor = await _run(MicrosoftProvider(deps), await _ref(rt, box))
        assert sum(len(cs.messages) for cs in sets) == 6
        assert cursor.get("archive") is None


class TestCalendar:
    async def test_occurrences_exceptions_and_removals(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        occ = graph.add_event(start=NOW - timedelta(days=7), kind="occurrence", series="m1",
                              original_start=NOW - timedelta(days=7),
                              attendees=[(CUSTOMER, "accepted")])
        graph.add_event(start=NOW + timedelta(days=10), kind="exception", series="m1",
                        original_start=NOW + timedelta(days=0),
                        attendees=[(CUSTOMER, "declined")])
        graph.add_event(start=NOW - timedelta(days=400), subject="Too old")
        graph.add_event(start=NOW - timedelta(days=30), kind="seriesMaster")
        provider, ref = MicrosoftProvider(deps), await _ref(rt, box)
        sets, cursor = await _run(provider, ref)
        meetings = [m for cs in sets for m in cs.meetings]
        assert len(meetings) == 2 and all(m.uid == "m1" for m in meetings)
        moved = next(m for m in meetings if m.original_start)
        assert moved.start - moved.original_start == timedelta(days=10)
        graph.remove_event(occ)
        sets, _ = await _run(provider, ref, cursor)
        assert [d for cs in sets for d in cs.deleted_meetings] == [occ]

    async def test_window_moves_deliberately(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        provider, ref = MicrosoftProvider(deps), await _ref(rt, box)
        _, cursor = await _run(provider, ref)
        cal = cursor.get("calendar")
        # a few days later: same window, the delta link is followed
        assert provider.plan(ref, cursor, NOW + timedelta(days=5)).get("calendar") == cal
        # weeks later: a new initial round over the new window
        later = provider.plan(ref, cursor, NOW + timedelta(days=45)).get("calendar")
        assert later.window != cal.window and not later.synced
        assert "startDateTime=" in later.link and "$deltatoken" not in later.link


class TestLimits:
    async def test_retry_after_is_honoured_and_concurrency_errors_retried(
            self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, n=10)
        import httpx

        def throttled(req):
            return httpx.Response(429, headers={"Retry-After": "7"}, json={
                "error": {"code": "ApplicationThrottled",
                          "message": "Application is over its MailboxConcurrency limit."}})

        graph.faults += [throttled, throttled]
        sets, cursor = await _run(MicrosoftProvider(deps), await _ref(rt, box))
        assert sum(len(cs.messages) for cs in sets) == 20
        assert graph.answers.count(429) == 2 and deps.stats.gave_up == 0
        assert deps.throttle.waited >= 7  # the pause was asked for (test mode: not slept)

    async def test_expired_access_token_is_refreshed_once(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity, stale_token=True)
        _fill(graph, identity.user, n=3)
        sets, _ = await _run(MicrosoftProvider(deps), await _ref(rt, box))
        assert sum(len(cs.messages) for cs in sets) == 6
        assert identity.refreshes() == 1 and 401 not in graph.answers

    async def test_four_concurrent_requests_at_most(self, rt, deps, identity, graph):
        graph.latency = 0.01
        graph.delta_headers = False  # headers left out of delta: fetched per message
        box = await connect_mailbox(rt, deps, identity)
        for i in range(40):  # auto-reply candidates: header fetches run in parallel too
            graph.add_message("inbox", when=NOW - timedelta(hours=i), sender=CUSTOMER,
                              to=[identity.user], subject=f"Automatic reply: {i}",
                              headers=[{"name": "Auto-Submitted", "value": "auto-replied"}])
        sets, _ = await _run(MicrosoftProvider(deps), await _ref(rt, box), page_size=10)
        msgs = [m for cs in sets for m in cs.messages]
        assert len(msgs) == 40 and all("auto_reply" in m.flags for m in msgs)
        assert graph.header_fetches == 40
        assert graph.max_in_flight <= 4 and 429 not in graph.answers


class TestRequests:
    async def test_delta_queries_ask_only_what_is_needed(self, rt, deps, identity, graph):
        box = await connect_mailbox(rt, deps, identity)
        _fill(graph, identity.user, n=15)
        await _run(MicrosoftProvider(deps), await _ref(rt, box), page_size=10)
        inbox = [r for r in graph.requests if "inbox" in r.url.path]
        first = inbox[0]
        assert first.url.params["$select"] == parse.MESSAGE_SELECT
        assert first.url.params["$filter"].startswith("receivedDateTime ge ")
        prefer = first.headers["Prefer"]
        assert "odata.maxpagesize=10" in prefer and 'outlook.body-content-type="text"' in prefer
        assert 'IdType="ImmutableId"' in prefer
        # the next page is the nextLink, byte for byte
        assert "$skiptoken=" in str(inbox[1].url) and "$select" not in str(inbox[1].url)
        cal = next(r for r in graph.requests if "calendarView" in r.url.path)
        assert {"startDateTime", "endDateTime"} <= set(cal.url.params)
        assert "$select" not in cal.url.params
        assert 'outlook.timezone="UTC"' in cal.headers["Prefer"]


def test_a_full_rounds_start_and_bound_round_trip() -> None:
    from unspoken.providers.microsoft.sync import ChainCursor

    c = ChainCursor("inbox", "https://graph.test/x", started=1_700_000_000_123,
                    since="2026-01-01T00:00:00Z")
    assert ChainCursor.from_json(c.to_json()) == c
