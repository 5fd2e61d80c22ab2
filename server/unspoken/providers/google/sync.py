"""The Google provider: Gmail backfill (newest first) then history, Calendar sync tokens.

Order of a run: Calendar (one cheap round), then the Gmail backfill if unfinished, then Gmail
history from the stored id. Every yielded `ChangeSet` carries a cursor that is true once its
records are stored, so a worker killed anywhere resumes with nothing missed and, since rows
are replaced by id, nothing doubled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from unspoken.config import Settings, get_settings
from unspoken.providers.base import (
    AuthRevoked,
    ChangeSet,
    Cursor,
    CursorExpired,
    FullListing,
    MailboxRef,
    ProviderError,
    RateLimited,
    Transient,
)
from unspoken.providers.google import parse
from unspoken.providers.google.auth import (
    CALENDAR_SCOPE,
    GMAIL_SCOPE,
    channel_token,
    revoke_grant,
)
from unspoken.providers.google.client import (
    BadRequest,
    Forbidden,
    Gone,
    GoogleClient,
    Grant,
    NotFound,
    Shared,
)
from unspoken.providers.google.quota import COSTS
from unspoken.signals.model import Meeting, Message

log = logging.getLogger("unspoken.google")
WATCH_RENEW_AFTER = 86400  # seconds: renew daily, Google drops a watch after 7 days
MAX_REMEMBERED_STARTS = 5000  # single events whose start we remember (moved-later detection)


@dataclass(frozen=True, slots=True)
class GmailCursor:
    # Every change up to `history_id` is stored once `backfill` is False. While backfilling,
    # `history_id` is the mailbox's id taken before the first list call, so history replayed
    # from it after the backfill covers whatever arrived meanwhile.
    history_id: int
    backfill: bool = False
    page_token: str | None = None  # backfill: the next messages.list page (None: the first)
    listed: int = 0  # backfill: messages listed so far (progress)
    started: int = 0  # backfill: epoch ms before its first list call (0: unknown, no sweep)

    def __post_init__(self) -> None:
        if self.history_id <= 0:
            raise ValueError("history ids are positive")
        if self.page_token is not None and not self.backfill:
            raise ValueError("a page token belongs to a backfill")
        if self.started and not self.backfill:
            raise ValueError("a start time belongs to a backfill")


@dataclass(frozen=True, slots=True)
class CalendarCursor:
    # Every event change up to `sync_token` is stored; `page_token` is the next page of the
    # round in progress (a round's token comes with its last page only).
    sync_token: str | None = None
    page_token: str | None = None
    starts: dict[str, int] = field(default_factory=dict)  # single event id -> start (epoch s)
    started: int = 0  # a full round (no sync token yet): epoch ms before its first page

    def __post_init__(self) -> None:
        if self.sync_token is None and self.page_token is None and self.starts:
            raise ValueError("remembered starts belong to a synced calendar")


@dataclass(frozen=True, slots=True)
class GoogleCursor:
    gmail: GmailCursor | None = None  # None: nothing synced yet
    calendar: CalendarCursor | None = None  # None: no calendar (not granted) or not started
    watch_expires: int = 0  # epoch ms of the Gmail push watch (0: none)
    watch_renewed: int = 0  # epoch s of the last renewal
    channel_id: str = ""  # the Calendar push channel ("" : none)
    channel_resource: str = ""
    channel_expires: int = 0  # epoch ms

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": "google", "watch_expires": self.watch_expires,
                               "watch_renewed": self.watch_renewed,
                               "channel_id": self.channel_id,
                               "channel_resource": self.channel_resource,
                               "channel_expires": self.channel_expires}
        if self.gmail is not None:
            g = self.gmail
            out["gmail"] = {"history_id": g.history_id, "backfill": g.backfill,
                            "page_token": g.page_token, "listed": g.listed,
                            "started": g.started}
        if self.calendar is not None:
            c = self.calendar
            out["calendar"] = {"sync_token": c.sync_token, "page_token": c.page_token,
                               "starts": c.starts, "started": c.started}
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> GoogleCursor:
        g, c = d.get("gmail"), d.get("calendar")
        return cls(
            gmail=GmailCursor(int(g["history_id"]), bool(g.get("backfill")), g.get("page_token"),
                              int(g.get("listed", 0)), int(g.get("started") or 0))
            if g else None,
            calendar=CalendarCursor(c.get("sync_token"), c.get("page_token"),
                                    {str(k): int(v) for k, v in (c.get("starts") or {}).items()},
                                    int(c.get("started") or 0))
            if c else None,
            watch_expires=int(d.get("watch_expires", 0)),
            watch_renewed=int(d.get("watch_renewed", 0)),
            channel_id=str(d.get("channel_id") or ""),
            channel_resource=str(d.get("channel_resource") or ""),
            channel_expires=int(d.get("channel_expires", 0)))


class GoogleProvider:
    kind: ClassVar[str] = "google"

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings
        self._shared: Shared | None = None

    @property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @property
    def shared(self) -> Shared:
        if self._shared is None:
            self._shared = Shared(self.settings)
        return self._shared

    def parse_cursor(self, data: dict[str, Any] | None) -> GoogleCursor | None:
        return GoogleCursor.from_json(data) if data else None

    def client(self, mailbox: MailboxRef) -> GoogleClient:
        if mailbox.credentials is None:
            raise AuthRevoked("no Google grant stored")
        return GoogleClient(self.settings, Grant.from_bytes(mailbox.credentials),
                            user=mailbox.id, shared=self.shared)

    async def changes(self, mailbox: MailboxRef, cursor: Cursor | None, *,
                      page_size: int) -> AsyncIterator[ChangeSet]:
        if cursor is not None and not isinstance(cursor, GoogleCursor):
            raise TypeError("not a Google cursor")
        client = self.client(mailbox)
        run = _Run(self.settings, client, mailbox, cursor or GoogleCursor(), page_size)
        try:
            async for cs in run.changes():
                yield cs
        except (NotFound, Gone) as exc:  # twice in one run: start over next run
            raise CursorExpired(str(exc)) from None
        except Forbidden as exc:
            raise AuthRevoked(f"Google refused access: {exc.reason}") from None
        except BadRequest as exc:
            raise Transient(f"Google refused a request: {exc}") from None
        finally:
            client.close()

    async def settle(self, mailbox: MailboxRef) -> None:
        return None

    async def revoke(self, mailbox: MailboxRef) -> None:
        if mailbox.credentials is not None:
            await revoke_grant(self.settings, Grant.from_bytes(mailbox.credentials).refresh_token)


class _Run:
    """One sync run of one mailbox."""

    def __init__(self, settings: Settings, client: GoogleClient, mailbox: MailboxRef,
                 cursor: GoogleCursor, page_size: int) -> None:
        self.s, self.c, self.mb, self.cur = settings, client, mailbox, cursor
        self.page_size = max(1, min(page_size, 500))
        self.me = frozenset(a.lower() for a in mailbox.me | {mailbox.address})
        self.own_domains = tuple(mailbox.source.get("internal_domains") or ())
        days = int(mailbox.source.get("backfill_days") or settings.google_backfill_days)
        self.since = datetime.now(UTC) - timedelta(days=min(days, settings.google_backfill_days))
        self.resynced = False

    def _cs(self, *, messages: Sequence[Message] = (), meetings: Sequence[Meeting] = (),
            deleted_messages: Sequence[str] = (), deleted_meetings: Sequence[str] = (),
            progress: float | None = None, done: bool = False,
            listing: FullListing | None = None) -> ChangeSet:
        return ChangeSet(messages=tuple(messages), meetings=tuple(meetings),
                         deleted_messages=tuple(deleted_messages),
                         deleted_meetings=tuple(deleted_meetings), next_cursor=self.cur,
                         progress=progress, done=done,
                         full_listings=(listing,) if listing is not None else ())

    async def changes(self) -> AsyncIterator[ChangeSet]:
        grant = self.c.grant
        if CALENDAR_SCOPE in grant.scopes or not grant.scopes:
            async for cs in self._calendar():
                yield cs
            await self._hint(self._channel())
        if GMAIL_SCOPE in grant.scopes or not grant.scopes:
            if self.cur.gmail is None or self.cur.gmail.backfill:
                async for cs in self._backfill():
                    yield cs
            async for cs in self._history():
                yield cs
            await self._hint(self._watch())
        yield self._cs(progress=1.0, done=True)

    async def _hint(self, setup: Awaitable[None]) -> None:
        """Push is a hint: a watch or channel Google refuses is logged, never fails the sync
        (polling covers it). A dead grant or the quota still stops the run."""
        try:
            await setup
        except (AuthRevoked, RateLimited):
            raise
        except ProviderError as exc:
            log.warning("push setup refused", extra={"mailbox_id": self.mb.id,
                                                     "error": type(exc).__name__})

    # --- Gmail backfill ----------------------------------------------------------------
    async def _backfill(self) -> AsyncIterator[ChangeSet]:
        """Pages of `messages.list`, newest first. The next page is fetched while the sync
        task stores this one, so the quota, not our storage, sets the pace."""
        if self.cur.gmail is None or self.resynced:
            profile = await self.c.call(
                lambda: self.c.gmail.users().getProfile(userId="me"), units=COSTS["getProfile"])
            started = int(time.time() * 1000)
            self.cur = replace(self.cur, gmail=GmailCursor(int(profile["historyId"]),
                                                           backfill=True, started=started))
        g = self.cur.gmail
        assert g is not None and g.backfill
        started = g.started
        task = asyncio.ensure_future(self._backfill_page(g, None))
        try:
            while True:
                messages, g, total = await task
                if g.backfill:
                    task = asyncio.ensure_future(self._backfill_page(g, total))
                self.cur = replace(self.cur, gmail=g)
                progress = min(0.99, g.listed / total) if total and g.backfill else 1.0
                # The listing is complete: what it did not see in its window is gone.
                listing = None
                if started and not g.backfill:
                    listing = FullListing("messages", datetime.fromtimestamp(started / 1000, UTC),
                                          since=self.since)
                yield self._cs(messages=messages, progress=progress, listing=listing)
                if not g.backfill:
                    return
        finally:
            task.cancel()

    async def _backfill_page(self, g: GmailCursor, total: int | None
                             ) -> tuple[list[Message], GmailCursor, int]:
        q = f"after:{int(self.since.timestamp())} -in:chats"
        try:
            listing = await self.c.call(self._list_page(q, g.page_token),
                                        units=COSTS["messages.list"])
        except BadRequest:
            if g.page_token is None:
                raise
            # Google forgot the page token (a long pause): list again from the newest;
            # what is stored again is replaced, not doubled.
            g = GmailCursor(g.history_id, backfill=True, started=g.started)
            listing = await self.c.call(self._list_page(q, None), units=COSTS["messages.list"])
        ids = [m["id"] for m in listing.get("messages") or ()]
        total = total or int(listing.get("resultSizeEstimate") or 0) + g.listed
        messages = await self._fetch(ids)
        nxt = listing.get("nextPageToken")
        return messages, GmailCursor(g.history_id, backfill=bool(nxt), page_token=nxt,
                                     listed=g.listed + len(ids),
                                     started=g.started if nxt else 0), total

    def _list_page(self, q: str, page: str | None) -> Callable[[], Any]:
        return lambda: self.c.gmail.users().messages().list(
            userId="me", q=q, maxResults=self.page_size, pageToken=page, includeSpamTrash=False)

    async def _fetch(self, ids: list[str]) -> list[Message]:
        """Headers of every id, then the body of those that involve a customer."""
        if not ids:
            return []
        units = self.s.google_get_units
        meta = await self.c.batch([(i, self._get(i, "metadata")) for i in ids], units=units)
        keep: dict[str, Message] = {}
        full_ids: list[str] = []
        for i in ids:
            m = meta.get(i)
            if isinstance(m, NotFound) or m is None:
                continue  # deleted since it was listed
            if isinstance(m, ProviderError):
                raise _as_sync_error(m)
            if parse.skipped(m):
                continue
            env = parse.envelope(m, me=self.me)
            if env is None:
                continue
            if parse.needs_body(env, me=self.me, own_domains=self.own_domains):
                full_ids.append(i)
            else:
                msg = parse.gmail_message(m, me=self.me)
                if msg is not None:
                    keep[i] = msg
        if full_ids:
            full = await self.c.batch([(i, self._get(i, "full")) for i in full_ids],
                                      units=units)
            for i in full_ids:
                m = full.get(i)
                if isinstance(m, NotFound) or m is None:
                    continue
                if isinstance(m, ProviderError):
                    raise _as_sync_error(m)
                msg = parse.gmail_message(m, me=self.me)
                if msg is not None:
                    keep[i] = msg
        return [keep[i] for i in ids if i in keep]  # newest first, as listed

    def _get(self, message_id: str, fmt: str) -> Callable[[], Any]:
        extra = {"metadataHeaders": list(parse.METADATA_HEADERS)} if fmt == "metadata" else {}
        return lambda: self.c.gmail.users().messages().get(userId="me", id=message_id,
                                                           format=fmt, **extra)

    # --- Gmail history -----------------------------------------------------------------
    async def _history(self) -> AsyncIterator[ChangeSet]:
        page: str | None = None
        while True:
            g = self.cur.gmail
            assert g is not None and not g.backfill
            try:
                resp = await self.c.call(self._history_page(g.history_id, page),
                                         units=COSTS["history.list"])
            except NotFound:
                if self.resynced:  # exactly one full resync per run
                    raise
                self.resynced = True
                async for cs in self._backfill():
                    yield cs
                page = None
                continue
            added: dict[str, None] = {}
            deleted: dict[str, None] = {}
            last = g.history_id
            for rec in resp.get("history") or ():
                last = max(last, int(rec["id"]))
                for a in rec.get("messagesAdded") or ():
                    added[a["message"]["id"]] = None
                    deleted.pop(a["message"]["id"], None)
                for d in rec.get("messagesDeleted") or ():
                    deleted[d["message"]["id"]] = None
                    added.pop(d["message"]["id"], None)
                for la in rec.get("labelsAdded") or ():
                    if set(la.get("labelIds") or ()) & parse.SKIP_LABELS:
                        deleted[la["message"]["id"]] = None
                        added.pop(la["message"]["id"], None)
                for lr in rec.get("labelsRemoved") or ():
                    if set(lr.get("labelIds") or ()) & parse.SKIP_LABELS:
                        added[lr["message"]["id"]] = None  # untrashed: read it again
                        deleted.pop(lr["message"]["id"], None)
            messages = await self._fetch(list(added))
            page = resp.get("nextPageToken")
            # Mid-round, only the records seen are covered; the round's id comes at its end.
            hid = last if page else max(last, int(resp.get("historyId") or last))
            self.cur = replace(self.cur, gmail=GmailCursor(hid))
            fetched = {m.id for m in messages}
            gone = [i for i in added if i not in fetched] + list(deleted)
            if messages or gone or not page:
                yield self._cs(messages=messages, deleted_messages=gone)
            if not page:
                return

    def _history_page(self, start: int, page: str | None) -> Callable[[], Any]:
        return lambda: self.c.gmail.users().history().list(
            userId="me", startHistoryId=str(start), pageToken=page, maxResults=self.page_size,
            historyTypes=["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"])

    async def _watch(self) -> None:
        """Renew the Gmail push watch daily when a topic is configured (one renewal at a
        time: a Redis lock per mailbox)."""
        topic = self.s.google_pubsub_topic
        now = int(time.time())
        if not topic or now - self.cur.watch_renewed < WATCH_RENEW_AFTER:
            return
        if not await self.c.shared.lock(f"watch:{self.mb.id}", ttl=120):
            return
        try:
            resp = await self.c.call(lambda: self.c.gmail.users().watch(
                userId="me", body={"topicName": topic, "labelFilterBehavior": "exclude",
                                   "labelIds": ["SPAM", "TRASH", "DRAFT"]}),
                units=COSTS["watch"])
        finally:
            await self.c.shared.unlock(f"watch:{self.mb.id}")
        self.cur = replace(self.cur, watch_expires=int(resp.get("expiration") or 0),
                           watch_renewed=now)

    # --- Calendar ----------------------------------------------------------------------
    async def _channel(self) -> None:
        """Keep a Calendar push channel open when a webhook URL is configured: a new one a
        day before the old one expires (one renewal at a time), the old one stopped."""
        url = self.s.google_calendar_webhook_url
        now_ms = int(time.time() * 1000)
        if not url or self.cur.channel_expires - now_ms > WATCH_RENEW_AFTER * 1000:
            return
        if not await self.c.shared.lock(f"channel:{self.mb.id}", ttl=120):
            return
        body: dict[str, Any] = {
            "id": f"{self.mb.id}-{uuid.uuid4().hex[:12]}", "type": "web_hook", "address": url,
            "token": channel_token(self.s, self.mb.id), "params": {"ttl": str(7 * 86400)}}
        try:
            resp = await self.c.call(lambda: self.c.calendar.events().watch(
                calendarId="primary", body=body), units=COSTS["events.watch"])
        finally:
            await self.c.shared.unlock(f"channel:{self.mb.id}")
        old = (self.cur.channel_id, self.cur.channel_resource)
        self.cur = replace(self.cur, channel_id=body["id"],
                           channel_resource=str(resp.get("resourceId") or ""),
                           channel_expires=int(resp.get("expiration") or 0))
        if old[0]:
            with contextlib.suppress(ProviderError):
                await self.c.call(lambda: self.c.calendar.channels().stop(
                    body={"id": old[0], "resourceId": old[1]}), units=1)

    def _events_page(self, params: dict[str, Any]) -> Callable[[], Any]:
        return lambda: self.c.calendar.events().list(**params)

    async def _calendar(self) -> AsyncIterator[ChangeSet]:
        cal = self.cur.calendar or CalendarCursor()
        restarted = False
        while True:
            if cal.sync_token is None and cal.page_token is None and not cal.started:
                cal = replace(cal, started=int(time.time() * 1000))  # a full round begins
            params: dict[str, Any] = {"calendarId": "primary", "singleEvents": True,
                                      "maxResults": min(2500, max(self.page_size, 50)),
                                      "showDeleted": True}
            if cal.page_token:
                params["pageToken"] = cal.page_token
            if cal.sync_token:
                params["syncToken"] = cal.sync_token
            else:  # a full round: the analysis window (incremental rounds may not say it)
                ahead = datetime.now(UTC) + timedelta(days=self.s.calendar_ahead_days)
                params["timeMin"] = self.since.isoformat().replace("+00:00", "Z")
                params["timeMax"] = ahead.isoformat().replace("+00:00", "Z")
            try:
                resp = await self.c.call(self._events_page(params), units=COSTS["events.list"])
            except Gone:
                if restarted:
                    raise
                restarted = True
                cal = CalendarCursor()  # token expired: one full round
                continue
            except Forbidden:
                return  # calendar access withdrawn: mail-only analysis
            meetings: list[Meeting] = []
            deleted: list[str] = []
            starts = dict(cal.starts)
            for ev in resp.get("items") or ():
                prev = starts.get(ev["id"])
                m = parse.calendar_event(
                    ev, previous_start=datetime.fromtimestamp(prev, UTC) if prev else None)
                if m is None:
                    if ev.get("status") == "cancelled" or not parse.is_meeting(ev):
                        deleted.append(str(ev["id"]))
                        starts.pop(str(ev["id"]), None)
                    continue
                meetings.append(m)
                if not m.recurring:
                    # keep the earliest start seen: a later move stays visible
                    first = m.original_start or m.start
                    starts[m.occurrence_id] = int(first.timestamp())
            if len(starts) > MAX_REMEMBERED_STARTS:
                starts = dict(sorted(starts.items(), key=lambda kv: -kv[1])
                              [:MAX_REMEMBERED_STARTS])
            nxt = resp.get("nextPageToken")
            token = None if nxt else resp.get("nextSyncToken")
            listing = None
            if cal.started and not nxt:  # a full round's last page: the window is complete
                began = datetime.fromtimestamp(cal.started / 1000, UTC)
                listing = FullListing("meetings", began, since=self.since,
                                      until=began + timedelta(days=self.s.calendar_ahead_days))
            cal = CalendarCursor(cal.sync_token if nxt else token, nxt,
                                 starts if (nxt or token) else {},
                                 cal.started if nxt else 0)
            self.cur = replace(self.cur, calendar=cal)
            yield self._cs(meetings=meetings, deleted_meetings=deleted, listing=listing)
            if not nxt:
                return


def _as_sync_error(err: ProviderError) -> ProviderError:
    if isinstance(err, Forbidden):
        return AuthRevoked(f"Gmail access refused: {err.reason}")
    return err
