"""Provider-neutral records the whole product speaks: importers and connectors produce them,
the engine consumes them. Frozen, plain data, no I/O.

Two layers, on purpose:
- `Message` carries the new text of a mail. It lives in memory only, for the time it takes to
  turn it into `MessageFeatures`; nothing ever stores or logs a `Message`.
- `MessageFeatures` is what is derived from one message (lengths, participants, marker counts,
  short optional evidence quotes). The service stores these; detectors read only these, so a
  rescore never needs the mail again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Direction(StrEnum):
    SENT = "sent"  # written by the user (one of their own addresses)
    RECEIVED = "received"  # written by someone else


class MessageFlag(StrEnum):
    AUTO_REPLY = "auto_reply"  # out-of-office and other automatic answers
    BOUNCE = "bounce"  # delivery failure reports
    BULK = "bulk"  # newsletters, notifications, no-reply senders, mailing lists
    CALENDAR = "calendar"  # invitations and responses sent by a calendar system


class Role(StrEnum):
    EXECUTIVE = "executive"
    MANAGER = "manager"
    INDIVIDUAL = "individual"
    ASSISTANT = "assistant"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Address:
    email: str  # normalised: lower case, stripped
    name: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """One mail, as every source reads it. `new_text` and `signature` never leave memory."""

    id: str  # stable id within its source (Message-ID, provider id or file position)
    thread_id: str  # provider thread id, or one rebuilt from subject + participants
    date: datetime  # timezone-aware
    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    direction: Direction
    new_text: str  # what this message adds: quotes, forwarded history and signature removed
    signature: str = ""  # the signature block, for the sender's title and role
    flags: frozenset[MessageFlag] = frozenset()
    message_id: str = ""  # RFC 822 Message-ID when known
    in_reply_to: str = ""  # RFC 822 In-Reply-To when known
    source: str = ""  # where it came from, for error lines ("inbox.mbox#1204")


class MeetingStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class Response(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    NEEDS_ACTION = "needs_action"


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str = ""
    response: Response = Response.NEEDS_ACTION


@dataclass(frozen=True, slots=True)
class Meeting:
    """One occurrence of a calendar event (recurrences are expanded)."""

    uid: str  # the event's UID (shared by all occurrences of a series)
    occurrence_id: str  # uid + original start for occurrences; uid alone for single events
    title: str
    start: datetime  # timezone-aware; all-day events at 00:00 UTC
    end: datetime | None
    status: MeetingStatus
    organizer: Address | None
    attendees: tuple[Attendee, ...]
    original_start: datetime | None = None  # set when this occurrence was moved
    sequence: int = 0
    recurring: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class MessageFeatures:
    """Everything the engine keeps of one message: derived numbers, never the text.

    `quotes` holds at most one short quote (<= 160 chars) per marker kind, used as evidence;
    callers drop it when the org policy forbids storing quotes.
    """

    id: str
    thread_id: str
    date: datetime
    direction: Direction
    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    flags: frozenset[MessageFlag]
    chars: int  # length of the new text
    words: int
    markers: dict[str, int] = field(default_factory=dict)  # marker kind -> count (see markers.py)
    quotes: dict[str, str] = field(default_factory=dict)  # marker kind -> short quote
    sender_title: str = ""
    sender_role: Role = Role.UNKNOWN
    message_id: str = ""
    in_reply_to: str = ""


class Risk(StrEnum):
    HEALTHY = "healthy"
    WATCH = "watch"
    AT_RISK = "at_risk"
    INSUFFICIENT_DATA = "insufficient_data"


class SignalKind(StrEnum):
    POLITE_PROCRASTINATION = "polite_procrastination"
    SMALL_TALK_LOSS = "small_talk_loss"
    EXEC_ACCESS_LOSS = "exec_access_loss"
    FEATURE_SILENCE = "feature_silence"
    EXPANSION_REFUSAL = "expansion_refusal"


@dataclass(frozen=True, slots=True)
class Evidence:
    date: datetime
    contact: str
    source: str  # "email" | "calendar"
    text: str  # <= 160 characters


@dataclass(frozen=True, slots=True)
class Signal:
    kind: SignalKind
    severity: float  # 0..1
    summary: str  # plain English, checkable by a person
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Undecided:
    """A detector's "not enough data": the baseline shows the habit its test watches, but the
    recent window holds too little to decide either way (a year-end lull, a quiet account)."""

    kind: SignalKind
    reason: str  # plain English, for logs and the evaluation


@dataclass(frozen=True, slots=True)
class CheckIn:
    to: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class ContactAssessment:
    email: str
    name: str
    role: Role
    title: str
    risk: Risk
    score: int  # 0..100, higher is riskier
    signals: tuple[Signal, ...]


@dataclass(frozen=True, slots=True)
class AccountAssessment:
    account: str  # registrable domain, or the address itself for free-mail contacts
    risk: Risk
    score: int
    signals: tuple[Signal, ...]
    contacts: tuple[ContactAssessment, ...]
    suggested_checkin: CheckIn | None = None
    # Signals whose test had too little recent mail to decide either way (a lull, a quiet
    # account): "not enough data" for that signal, never a silent "healthy".
    undecided: tuple[SignalKind, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    as_of: datetime
    accounts: tuple[AccountAssessment, ...]
