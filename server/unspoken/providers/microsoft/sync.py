"""Outlook mail and calendar through Graph delta queries, as neutral change sets.

Four delta chains run side by side (Inbox, Sent Items, Archive when the mailbox has one, and
the calendar view), so the mailbox's concurrency allowance is used; their pages are yielded one
at a time and the cursor of each change set records exactly the pages yielded so far.
A 410 restarts that one chain from scratch (rows are replaced by id: no duplicates).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlencode

from unspoken.providers.base import ChangeSet, FullListing, MailboxRef, Transient
from unspoken.providers.microsoft import parse
from unspoken.providers.microsoft.client import GraphClient, NotFound, SyncStateGone
from unspoken.providers.microsoft.deps import MicrosoftDeps, current

FOLDERS = (parse.INBOX, parse.SENT, parse.ARCHIVE)
CALENDAR = "calendar"
REWINDOW_DAYS = 30  # the calendar window moves (a new initial round) once it lags this much
_HEADER_FETCH_CONCURRENCY = 4


@dataclass(frozen=True, slots=True)
class ChainCursor:
    """Where one delta chain stands. `link` is the next URL to GET, verbatim: the initial
    query, an `@odata.nextLink`, or (when `synced`) an `@odata.deltaLink`. Invariant: every
    page before `link` is stored."""

    name: str  # a folder's well-known name, or "calendar"
    link: str
    synced: bool = False  # True once a round reached its deltaLink
    window: tuple[str, str] | None = None  # calendar only: the dates baked into its tokens
    # A full (initial) round: epoch ms before its first request, until it reaches its
    # deltaLink; 0 for a round of changes (or one begun before this field existed).
    started: int = 0
    since: str = ""  # mail: the receivedDateTime bound of a full round's query (ISO, UTC)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "link": self.link, "synced": self.synced}
        if self.window:
            d["window"] = list(self.window)
        if self.started:
            d["started"] = self.started
        if self.since:
            d["since"] = self.since
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ChainCursor:
        w = d.get("window")
        return cls(name=str(d["name"]), link=str(d["link"]), synced=bool(d.get("synced")),
                   window=(str(w[0]), str(w[1])) if w else None,
                   started=int(d.get("started") or 0), since=str(d.get("since") or ""))


@dataclass(frozen=True, slots=True)
class GraphCursor:
    chains: tuple[ChainCursor, ...]  # each chain's position; the set is true as a whole

    def to_json(self) -> dict[str, Any]:
        return {"kind": "microsoft", "chains": [c.to_json() for c in self.chains]}

    def get(self, name: str) -> ChainCursor | None:
        return next((c for c in self.chains if c.name == name), None)

    def with_chain(self, name: str, chain: ChainCursor | None) -> GraphCursor:
        rest = tuple(c for c in self.chains if c.name != name)
        if chain is not None:
            rest += (chain,)
        return GraphCursor(chains=tuple(sorted(rest, key=lambda c: c.name)))


@dataclass(frozen=True, slots=True)
class _Page:
    name: str
    next: ChainCursor | None  # None: the chain does not exist here (no Archive folder)
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class _End:
    name: str
    error: BaseException | None = None


def _mail_prefer(page_size: int) -> dict[str, str]:
    return {"Prefer": f'odata.maxpagesize={page_size}, outlook.body-content-type="text", '
                      'IdType="ImmutableId"'}


def _cal_prefer(page_size: int) -> dict[str, str]:
    return {"Prefer": f'odata.maxpagesize={page_size}, outlook.timezone="UTC", '
                      'outlook.body-content-type="text", IdType="ImmutableId"'}


class MicrosoftProvider:
    kind: ClassVar[str] = "microsoft"

    def __init__(self, deps: MicrosoftDeps | None = None) -> None:
        self._deps = deps

    @property
    def deps(self) -> MicrosoftDeps:
        return self._deps or current()

    def parse_cursor(self, data: dict[str, Any] | None) -> GraphCursor | None:
        if not data or data.get("kind") != "microsoft":
            return None
        return GraphCursor(chains=tuple(ChainCursor.from_json(c) for c in data["chains"]))

    # --- initial queries ---------------------------------------------------------------

    def mail_since(self, mailbox: MailboxRef, now: datetime) -> datetime:
        cap = self.deps.settings.microsoft_backfill_days
        days = min(int(mailbox.source.get("backfill_days") or cap), cap)
        return now - timedelta(days=days)

    def initial_mail(self, mailbox: MailboxRef, folder: str, now: datetime) -> ChainCursor:
        since = self.mail_since(mailbox, now).strftime("%Y-%m-%dT%H:%M:%SZ")
        q = urlencode({"$select": parse.MESSAGE_SELECT,
                       "$filter": f"receivedDateTime ge {since}",
                       "$orderby": "receivedDateTime desc"})  # newest first: badges sooner
        root = self.deps.settings.microsoft_graph_root.rstrip("/")
        return ChainCursor(folder, f"{root}/me/mailFolders/{folder}/messages/delta?{q}",
                           started=int(time.time() * 1000), since=since)

    def calendar_window(self, now: datetime) -> tuple[str, str]:
        s = self.deps.settings
        start = (now - timedelta(days=s.microsoft_calendar_behind_days)).date()
        end = (now + timedelta(days=s.calendar_ahead_days)).date()
        return start.isoformat(), end.isoformat()

    def initial_calendar(self, window: tuple[str, str]) -> ChainCursor:
        q = urlencode({"startDateTime": f"{window[0]}T00:00:00Z",
                       "endDateTime": f"{window[1]}T00:00:00Z"})
        root = self.deps.settings.microsoft_graph_root.rstrip("/")
        return ChainCursor(CALENDAR, f"{root}/me/calendarView/delta?{q}", window=window,
                           started=int(time.time() * 1000))

    def listing(self, chain: ChainCursor) -> FullListing:
        """What a full round of `chain` covered: its folder since its query's bound, or the
        calendar window."""
        began = datetime.fromtimestamp(chain.started / 1000, UTC)
        if chain.name == CALENDAR:
            assert chain.window is not None
            return FullListing("meetings", began,
                               since=datetime.fromisoformat(chain.window[0]).replace(tzinfo=UTC),
                               until=datetime.fromisoformat(chain.window[1]).replace(tzinfo=UTC))
        since = datetime.strptime(chain.since, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) \
            if chain.since else None
        return FullListing("messages", began, since=since,
                           id_prefix=parse.message_id_of(chain.name, ""))

    def plan(self, mailbox: MailboxRef, cursor: GraphCursor | None,
             now: datetime) -> GraphCursor:
        """The chains this run follows: stored positions, new chains for what has none, and a
        new calendar round when its window lags (the old window's rows stay: history)."""
        chains = list(cursor.chains) if cursor else []
        names = {c.name for c in chains}
        for f in FOLDERS:
            if f not in names:
                chains.append(self.initial_mail(mailbox, f, now))
        cal = cursor.get(CALENDAR) if cursor else None
        want = self.calendar_window(now)
        if cal is None or cal.window is None or date.fromisoformat(cal.window[1]) < \
                date.fromisoformat(want[1]) - timedelta(days=REWINDOW_DAYS):
            chains = [c for c in chains if c.name != CALENDAR] + [self.initial_calendar(want)]
        return GraphCursor(chains=tuple(sorted(chains, key=lambda c: c.name)))

    # --- the Protocol -------------------------------------------------------------------

    def client(self, mailbox: MailboxRef) -> GraphClient:
        d = self.deps
        tokens = d.auth.tokens(mailbox.id,
                               home_account_id=str(mailbox.source.get("home_account_id", "")),
                               store=d.credentials)
        return GraphClient(http=d.http, root=d.settings.microsoft_graph_root,
                           mailbox_id=mailbox.id, token=tokens, throttle=d.throttle,
                           backoff=d.backoff, sleep=d.sleep, stats=d.stats)

    async def changes(self, mailbox: MailboxRef, cursor: GraphCursor | None, *,
                      page_size: int) -> AsyncIterator[ChangeSet]:
        now = datetime.now(UTC)
        state = self.plan(mailbox, cursor, now)
        client = self.client(mailbox)
        size = min(page_size, self.deps.settings.microsoft_page_size)
        out: asyncio.Queue[_Page | _End] = asyncio.Queue(maxsize=2 * len(state.chains))
        tasks = [asyncio.create_task(self._chain(client, mailbox, c, size, out, now))
                 for c in state.chains]
        running = len(tasks)
        try:
            while running:
                item = await out.get()
                if isinstance(item, _End):
                    running -= 1
                    if item.error is not None:
                        raise item.error
                    continue
                state = state.with_chain(item.name, item.next)
                synced = sum(1 for c in state.chains if c.synced)
                yield replace(item.changes, next_cursor=state,
                              progress=synced / max(1, len(state.chains)), done=False)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _chain(self, client: GraphClient, mailbox: MailboxRef, start: ChainCursor,
                     size: int, out: asyncio.Queue[_Page | _End], now: datetime) -> None:
        """Follow one chain's links; the next page is requested while this one is parsed
        (links are known before the items are read), so a chain keeps its slot busy."""
        prefer = _cal_prefer(size) if start.name == CALENDAR else _mail_prefer(size)

        def fetch(link: str) -> asyncio.Task[dict[str, Any]]:
            return asyncio.create_task(client.get(link, headers=prefer))

        chain, restarted = start, False
        pending = fetch(chain.link)
        try:
            while True:
                try:
                    page = await pending
                except SyncStateGone:
                    if restarted:
                        raise Transient(f"{chain.name}: delta state lost twice") from None
                    restarted = True  # one full round of this chain; rows replace by id
                    chain = (self.initial_calendar(self.calendar_window(now))
                             if chain.name == CALENDAR
                             else self.initial_mail(mailbox, chain.name, now))
                    pending = fetch(chain.link)
                    continue
                except NotFound:
                    if chain.name != parse.ARCHIVE:  # e.g. a mailbox not enabled for REST
                        raise Transient(f"{chain.name}: not found") from None
                    # No Archive folder in this mailbox: looked for again next run.
                    await out.put(_Page(chain.name, None, ChangeSet()))
                    break
                if "@odata.nextLink" in page:
                    nxt = replace(chain, link=page["@odata.nextLink"], synced=False)
                    pending = fetch(nxt.link)
                elif "@odata.deltaLink" in page:
                    nxt = replace(chain, link=page["@odata.deltaLink"], synced=True, started=0,
                                  since="")
                else:
                    raise Transient(f"{chain.name}: page without next or delta link")
                changes = await self._changes(client, mailbox, chain.name, page)
                if nxt.synced and chain.started:  # a full round ends: sweep what it missed
                    changes = replace(changes, full_listings=(self.listing(chain),))
                await out.put(_Page(chain.name, nxt, changes))
                chain = nxt
                if nxt.synced:
                    break
        except asyncio.CancelledError:
            pending.cancel()
            raise
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            pending.cancel()
            await out.put(_End(start.name, exc))
            return
        await out.put(_End(start.name))

    async def _changes(self, client: GraphClient, mailbox: MailboxRef, name: str,
                       page: dict[str, Any]) -> ChangeSet:
        items = page.get("value") or []
        if name == CALENDAR:
            meetings, deleted = [], []
            for raw in items:
                if raw.get("@removed"):
                    deleted.append(str(raw["id"]))
                elif (meeting := parse.meeting(raw)) is not None:
                    meetings.append(meeting)
            return ChangeSet(meetings=tuple(meetings), deleted_meetings=tuple(deleted))
        headers = await self._headers(client, [r for r in items if not r.get("@removed")
                                               and parse.needs_headers(r, name)])
        messages, removed = [], []
        for raw in items:
            if raw.get("@removed"):
                removed.append(parse.message_id_of(name, str(raw["id"])))
            elif (m := parse.message(raw, folder=name, me=mailbox.me,
                                     headers=headers.get(str(raw.get("id"))))) is not None:
                messages.append(m)
        return ChangeSet(messages=tuple(messages), deleted_messages=tuple(removed))

    async def _headers(self, client: GraphClient,
                       candidates: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
        """internetMessageHeaders of likely automatic replies and bounces, when delta did not
        return them."""
        sem = asyncio.Semaphore(_HEADER_FETCH_CONCURRENCY)

        async def one(raw: dict[str, Any]) -> tuple[str, dict[str, str]]:
            async with sem:
                try:
                    got = await client.get(f"me/messages/{raw['id']}",
                                           params={"$select": "internetMessageHeaders"},
                                           headers={"Prefer": 'IdType="ImmutableId"'})
                except NotFound:
                    return str(raw["id"]), {}
            return str(raw["id"]), parse.headers_dict(got.get("internetMessageHeaders"))

        return dict(await asyncio.gather(*(one(r) for r in candidates)))

    async def settle(self, mailbox: MailboxRef) -> None:
        """After a stored run: keep change-notification subscriptions alive (best effort)."""
        from unspoken.providers.microsoft import subscriptions

        with contextlib.suppress(Exception):
            await subscriptions.ensure(self.deps, self.client(mailbox), mailbox.id)

    async def revoke(self, mailbox: MailboxRef) -> None:
        """Microsoft has no per-grant revocation for this app: drop our subscriptions; the
        sealed token cache is erased with the mailbox row."""
        from unspoken.providers.microsoft import subscriptions

        with contextlib.suppress(Exception):
            await subscriptions.remove_all(self.deps, self.client(mailbox), mailbox.id)
