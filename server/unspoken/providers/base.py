"""What every mail/calendar source gives the sync task: neutral change sets and typed errors.

A provider pages through changes after a typed cursor. Each `ChangeSet` carries the cursor that
is true once its records are stored; the sync task stores records and cursor in one transaction.
`Message` records hold text in memory only: the sync task turns them into features at once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal, Protocol

from unspoken.signals.model import Meeting, Message


class ProviderError(Exception):
    """Base of the typed errors a provider raises; messages never include secrets or text."""


class AuthRevoked(ProviderError):
    """The grant is gone (revoked, expired, password changed): the user must reconnect."""


class RateLimited(ProviderError):
    def __init__(self, retry_after: float, detail: str = "rate limited") -> None:
        super().__init__(detail)
        self.retry_after = retry_after  # seconds


class CursorExpired(ProviderError):
    """The provider no longer knows the cursor (history too old, 410): start a full sync."""


class Transient(ProviderError):
    """Network trouble, 5xx, timeouts: try again later with backoff."""


class Unreadable(ProviderError):
    """The source itself cannot be read (an upload that is no mailbox or calendar): the sync
    ends in `error` and the message, one line naming the file and why (never a path or any
    text of the mail), is shown to the user."""


class Cursor(Protocol):
    """A provider's position; `to_json` round-trips through its provider's `parse_cursor`."""

    def to_json(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class FullListing:
    """A full listing of one scope (not a change feed) ended with the change set carrying it:
    a stored record of the scope neither written since `started_at` nor in this change set is
    gone at the provider (deleted while its feed had forgotten us: Gmail 404, Graph or
    Calendar 410, a new calendar window). The store deletes those in the same transaction."""

    kind: Literal["messages", "meetings"]
    started_at: datetime  # taken before the listing's first request
    since: datetime | None = None  # the listing covered records dated from here (None: all)
    until: datetime | None = None  # ... up to here (None: no end)
    id_prefix: str = ""  # ... whose ids start with this (one Graph folder: "inbox:")


@dataclass(frozen=True, slots=True)
class ChangeSet:
    messages: tuple[Message, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    deleted_messages: tuple[str, ...] = ()  # Message.id values
    deleted_meetings: tuple[str, ...] = ()  # Meeting.occurrence_id values
    next_cursor: Cursor | None = None  # true once this change set is stored
    progress: float | None = None  # 0..1 of the backfill, when the provider can tell
    done: bool = False  # no more changes right now
    full_listings: tuple[FullListing, ...] = ()  # scopes whose full listing ends here


@dataclass(frozen=True, slots=True)
class MailboxRef:
    """What a provider needs to know of a mailbox: never a database row."""

    id: str
    address: str
    me: frozenset[str]
    source: dict[str, Any] = field(default_factory=dict)  # non-secret configuration
    credentials: bytes | None = None  # decrypted secret, in memory only


class MailProvider(Protocol):
    kind: ClassVar[str]

    def parse_cursor(self, data: dict[str, Any] | None) -> Cursor | None: ...

    def changes(self, mailbox: MailboxRef, cursor: Any, *,
                page_size: int) -> AsyncIterator[ChangeSet]:
        """Change sets after `cursor` (what this provider's `parse_cursor` returned; None: from
        the beginning), oldest first."""
        ...

    async def settle(self, mailbox: MailboxRef) -> None:
        """Called once a run has stored everything up to the provider's last cursor."""
        ...

    async def revoke(self, mailbox: MailboxRef) -> None:
        """Give the grant back to the provider (best effort; erasing the user calls it)."""
        ...


class CalendarProvider(Protocol):
    """Calendar-only sources; mail providers that also serve calendars put meetings in their
    change sets, so the sync task needs no second loop."""

    kind: ClassVar[str]

    def parse_cursor(self, data: dict[str, Any] | None) -> Cursor | None: ...

    def changes(self, mailbox: MailboxRef, cursor: Any, *,
                page_size: int) -> AsyncIterator[ChangeSet]: ...
