"""Gmail messages and Calendar events (the API's JSON) to provider-neutral records.

Pure functions, no I/O. Gmail's `format=metadata` answer is enough to see who is involved and
whether a message is automated; `format=full` adds the body, read here once and never kept.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from unspoken.imports.rfc822 import decode_words, normalise_email
from unspoken.imports.threads import message_ids
from unspoken.signals.accounts import FREE_MAIL_DOMAINS, domain_of, is_automated_address
from unspoken.signals.model import (
    Address,
    Attendee,
    Direction,
    Meeting,
    MeetingStatus,
    Message,
    MessageFlag,
    Response,
)
from unspoken.signals.text import html_to_text, split_reply

# Labels that are not correspondence: never fetched in full, never stored.
SKIP_LABELS = frozenset({"CHAT", "SPAM", "TRASH", "DRAFT"})
_BULK_LABELS = frozenset({"CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL", "CATEGORY_FORUMS"})
# What `format=metadata` asks for (metadataHeaders): all parse.py reads, nothing more.
METADATA_HEADERS = ("From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To",
                    "References", "Auto-Submitted", "Precedence", "List-Unsubscribe", "List-Id",
                    "X-Autoreply", "X-Autorespond", "X-Failed-Recipients", "Content-Type")
MAX_TEXT_CHARS = 100_000  # of the body given to split_reply: the new text is at the top
MAX_PARTS = 200

_AUTO_SUBJECT = re.compile(r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|"
                           r"autoreply|out of (?:the )?office|r[ée]ponse automatique)",
                           re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(r"^\s*(?:undeliverable|undelivered mail|delivery status "
                             r"notification|mail delivery (?:failed|failure|subsystem)|"
                             r"returned mail|delivery failure|failure notice)", re.IGNORECASE)
_CALENDAR_SUBJECT = re.compile(r"^\s*(?:invitation|updated invitation|accepted|declined|"
                               r"tentatively accepted|canceled event|cancelled event)"
                               r"\s*(?:\(.*?\))?\s*:", re.IGNORECASE)
_BOUNCE_LOCAL = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon)(?:[-+._].*)?$")
_CHARSET = re.compile(r'charset\s*=\s*"?([\w.:-]+)"?', re.IGNORECASE)

_RESPONSES = {"accepted": Response.ACCEPTED, "declined": Response.DECLINED,
              "tentative": Response.TENTATIVE, "needsAction": Response.NEEDS_ACTION}
_STATUSES = {"confirmed": MeetingStatus.CONFIRMED, "tentative": MeetingStatus.TENTATIVE,
             "cancelled": MeetingStatus.CANCELLED}
# Calendar entries that are not meetings with anyone.
_NOT_MEETINGS = frozenset({"workingLocation", "outOfOffice", "focusTime", "birthday",
                           "fromGmail"})


# --- Gmail ---------------------------------------------------------------------------------

def headers(msg: Mapping[str, Any]) -> dict[str, str]:
    """Top-level headers, lower-case names; the first occurrence wins (Received repeats)."""
    out: dict[str, str] = {}
    for h in (msg.get("payload") or {}).get("headers") or ():
        name = str(h.get("name", "")).lower()
        if name and name not in out:
            out[name] = str(h.get("value", ""))
    return out


def labels(msg: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(msg.get("labelIds") or ())


def skipped(msg: Mapping[str, Any]) -> bool:
    """Chats, spam, trash and drafts are not correspondence."""
    return bool(labels(msg) & SKIP_LABELS)


def addresses(value: str) -> tuple[Address, ...]:
    out: list[Address] = []
    seen: set[str] = set()
    for name, raw in getaddresses([decode_words(value)]):
        email = normalise_email(raw)
        if email is None or email in seen:
            continue
        seen.add(email)
        name = name.strip().strip("\"'")
        out.append(Address(email, "" if name.lower() == email else name[:200]))
    return tuple(out)


def message_date(msg: Mapping[str, Any], h: Mapping[str, str]) -> datetime | None:
    """Gmail's internalDate (when it received the mail), else the Date header."""
    if msg.get("internalDate"):
        return datetime.fromtimestamp(int(msg["internalDate"]) / 1000, UTC)
    try:
        dt = parsedate_to_datetime(h.get("date", ""))
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def flags(msg: Mapping[str, Any], h: Mapping[str, str],
          sender: Address | None) -> frozenset[MessageFlag]:
    out: set[MessageFlag] = set()
    local = sender.email.partition("@")[0] if sender else ""
    subject = h.get("subject", "")
    ctype = h.get("content-type", "") or (msg.get("payload") or {}).get("mimeType", "")
    auto = h.get("auto-submitted", "").strip().lower()
    precedence = h.get("precedence", "").strip().lower()
    if ((auto and auto != "no") or "x-autoreply" in h or "x-autorespond" in h
            or precedence == "auto_reply" or _AUTO_SUBJECT.search(subject)):
        out.add(MessageFlag.AUTO_REPLY)
    if ("x-failed-recipients" in h or "report-type=delivery-status" in ctype.replace('"', "")
            or _BOUNCE_LOCAL.match(local) or _BOUNCE_SUBJECT.match(subject)):
        out.add(MessageFlag.BOUNCE)
    if ("list-unsubscribe" in h or "list-id" in h or precedence in ("bulk", "list", "junk")
            or labels(msg) & _BULK_LABELS or (sender and is_automated_address(sender.email))):
        out.add(MessageFlag.BULK)
    if _CALENDAR_SUBJECT.match(subject) or _has_part(msg.get("payload") or {}, "text/calendar"):
        out.add(MessageFlag.CALENDAR)
    if MessageFlag.BOUNCE in out:  # a bounce is automated, not a newsletter
        out.discard(MessageFlag.BULK)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Envelope:
    """Who and when, from `format=metadata`: enough to decide whether the body is needed."""

    sender: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime
    flags: frozenset[MessageFlag]
    sent: bool


def envelope(msg: Mapping[str, Any], *, me: frozenset[str]) -> Envelope | None:
    h = headers(msg)
    found = addresses(h.get("from", ""))
    date = message_date(msg, h)
    if not found or date is None:
        return None
    sender = found[0]
    return Envelope(sender=sender, to=addresses(h.get("to", "")), cc=addresses(h.get("cc", "")),
                    date=date, flags=flags(msg, h, sender),
                    sent=sender.email in me or "SENT" in labels(msg))


def needs_body(env: Envelope, *, me: frozenset[str], own_domains: Iterable[str] = ()) -> bool:
    """Fetch the full message only for mail with an external person that is not automated:
    the body feeds the text signals, which are about customers writing (or being written to)."""
    if env.flags & {MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE, MessageFlag.BULK,
                    MessageFlag.CALENDAR}:
        return False
    # a gmail.com user does not make every gmail.com contact a colleague
    own = ({domain_of(e) for e in me} - FREE_MAIL_DOMAINS) | {d.lower() for d in own_domains}
    people = [env.sender, *env.to, *env.cc]
    return any(domain_of(a.email) not in own and a.email not in me
               and not is_automated_address(a.email) for a in people)


def body_text(payload: Mapping[str, Any]) -> str:
    """The first plain-text part (HTML converted when there is none); attachments skipped."""
    plain: str | None = None
    html: str | None = None
    for part in _walk(payload):
        mime = str(part.get("mimeType", "")).lower()
        if part.get("filename") or mime not in ("text/plain", "text/html"):
            continue
        data = (part.get("body") or {}).get("data")
        if not data:
            continue
        text = _decode(data, _charset(part))
        if mime == "text/plain" and plain is None:
            plain = text
        elif mime == "text/html" and html is None:
            html = text
    if plain is not None and (plain.strip() or html is None):
        return plain[:MAX_TEXT_CHARS]
    if html is not None:
        return html_to_text(html[: MAX_TEXT_CHARS * 3])[:MAX_TEXT_CHARS]
    return ""


def gmail_message(msg: Mapping[str, Any], *, me: frozenset[str]) -> Message | None:
    """A Gmail message (metadata or full) as a `Message`; None when it is not correspondence.
    From metadata the text is empty: the message still counts (dates, people, flags)."""
    if skipped(msg):
        return None
    env = envelope(msg, me=me)
    if env is None:
        return None
    h = headers(msg)
    payload = msg.get("payload") or {}
    text = body_text(payload) if "parts" in payload or "body" in payload else ""
    new_text, signature = split_reply(text) if text else ("", "")
    mid = (message_ids(h.get("message-id", "")) or [""])[0]
    refs = message_ids(h.get("references", ""))
    reply_to = (message_ids(h.get("in-reply-to", "")) or [""])[0] or (refs[-1] if refs else "")
    return Message(
        id=str(msg["id"]), thread_id=thread_key(str(msg.get("threadId") or msg["id"])),
        date=env.date, sender=env.sender, to=env.to, cc=env.cc,
        subject=decode_words(h.get("subject", ""))[:1000],
        direction=Direction.SENT if env.sent else Direction.RECEIVED,
        new_text=new_text, signature=signature, flags=env.flags, message_id=mid,
        in_reply_to=reply_to, source=f"gmail#{msg['id']}")


def thread_key(thread_id: str) -> str:
    """Gmail's hex thread id as the importers spell it (`gm:` + X-GM-THRID, decimal), so a
    Takeout import and the connector agree on threads."""
    try:
        return "gm:" + str(int(thread_id, 16))
    except ValueError:
        return "gm:" + thread_id


def _walk(part: Mapping[str, Any], depth: int = 0) -> Iterable[Mapping[str, Any]]:
    stack = [(part, depth)]
    seen = 0
    while stack and seen < MAX_PARTS:
        p, d = stack.pop(0)
        seen += 1
        yield p
        if d < 8:
            stack[0:0] = [(c, d + 1) for c in p.get("parts") or ()]


def _has_part(payload: Mapping[str, Any], mime: str) -> bool:
    return any(str(p.get("mimeType", "")).lower() == mime for p in _walk(payload))


def _charset(part: Mapping[str, Any]) -> str:
    for h in part.get("headers") or ():
        if str(h.get("name", "")).lower() == "content-type":
            m = _CHARSET.search(str(h.get("value", "")))
            if m:
                return m.group(1).lower()
    return "utf-8"


def _decode(data: str, charset: str) -> str:
    raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    try:
        text = raw.decode(charset, "replace")
    except LookupError:
        text = raw.decode("utf-8", "replace")
    return text.replace("\r\n", "\n").replace("\x00", "")


# --- Calendar ------------------------------------------------------------------------------

def event_time(value: Mapping[str, Any] | None) -> datetime | None:
    """A Calendar `start`/`end`/`originalStartTime`: dateTime in UTC, all-day at 00:00 UTC."""
    if not value:
        return None
    if value.get("dateTime"):
        dt = datetime.fromisoformat(str(value["dateTime"]).replace("Z", "+00:00"))
        return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    if value.get("date"):
        return datetime.fromisoformat(str(value["date"])).replace(tzinfo=UTC)
    return None


def is_meeting(ev: Mapping[str, Any]) -> bool:
    return ev.get("eventType", "default") not in _NOT_MEETINGS and "recurrence" not in ev


def calendar_event(ev: Mapping[str, Any], *,
                   previous_start: datetime | None = None) -> Meeting | None:
    """One `events.list(singleEvents=true)` item as a `Meeting`; None when it is not one or
    carries no time (a deleted event: the caller deletes by id).

    `occurrence_id` is Google's event id (instances are `<series>_<start>`), the one key a
    deletion carries. A moved instance keeps `originalStartTime`; a single event whose start
    moved later since the last sync keeps `previous_start` (Google forgets it)."""
    if not is_meeting(ev):
        return None
    start = event_time(ev.get("start")) or event_time(ev.get("originalStartTime"))
    if start is None:
        return None
    series = str(ev.get("recurringEventId") or "")
    uid = str(ev.get("iCalUID") or (series or ev["id"]))
    original = event_time(ev.get("originalStartTime"))
    if original is None and previous_start is not None and start > previous_start:
        original = previous_start
    org = ev.get("organizer") or {}
    org_email = normalise_email(str(org.get("email", ""))) if org else None
    attendees = []
    for a in ev.get("attendees") or ():
        email = normalise_email(str(a.get("email", "")))
        if email is None or a.get("resource"):
            continue
        attendees.append(Attendee(email, str(a.get("displayName", ""))[:200],
                                  _RESPONSES.get(str(a.get("responseStatus")),
                                                 Response.NEEDS_ACTION)))
    return Meeting(
        uid=uid, occurrence_id=str(ev["id"]), title=str(ev.get("summary", ""))[:1000],
        start=start, end=event_time(ev.get("end")),
        status=_STATUSES.get(str(ev.get("status", "confirmed")), MeetingStatus.CONFIRMED),
        organizer=Address(org_email, str(org.get("displayName", ""))[:200]) if org_email
        else None,
        attendees=tuple(attendees),
        original_start=original if original is not None and original != start else None,
        sequence=int(ev.get("sequence") or 0), recurring=bool(series),
        source=f"gcal#{ev['id']}")
