"""Graph JSON -> neutral records: messages (new text from `uniqueBody`) and calendar events.

Pure functions, no I/O. A message id is `<folder>:<graph id>`: Graph reports a message moved out
of a folder as `@removed` there, so the row belongs to the folder it was seen in and a move is a
deletion plus an addition, never a duplicate.

Message-IDs are normalised and threads built from Message-ID / In-Reply-To / References and the
subject exactly as the importers do (`imports.threads`), not from Graph's `conversationId`, so
the same mail threads (and de-duplicates) the same way through Graph, Gmail or an export.
Received mail carries `internetMessageHeaders` (selected in the delta query); Sent Items has
none, so a sent reply is threaded by its subject and correspondents, as an export without
references would be (`link_threads` joins it to the thread it answers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from unspoken.imports.threads import message_ids, provisional_thread
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

# Well-known folder names (Graph accepts them in place of ids); Sent Items carries no headers.
INBOX, SENT, ARCHIVE = "inbox", "sentitems", "archive"

# What the engine needs of a message, and nothing else (bodies are read in memory only).
MESSAGE_SELECT = ("id,conversationId,internetMessageId,subject,from,sender,toRecipients,"
                  "ccRecipients,receivedDateTime,sentDateTime,uniqueBody,isDraft,"
                  "internetMessageHeaders")
MAX_TEXT_CHARS = 100_000

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto:|"
    r"out of (?:the )?office|r[ée]ponse automatique|abwesenheitsnotiz|"
    r"respuesta autom[áa]tica|risposta automatica)|\bis out of the office\b",
    re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (?:failed|failure|subsystem)|returned mail|delivery failure|"
    r"failure notice|non remis|unzustellbar)", re.IGNORECASE)
_CALENDAR_SUBJECT = re.compile(
    r"^\s*(?:invitation|updated invitation|accepted|declined|tentative(?:ly accepted)?|"
    r"canceled|cancelled|new event)\s*:", re.IGNORECASE)
_BOUNCE_LOCAL = re.compile(
    r"^(?:mailer-daemon|postmaster|mail-daemon|microsoftexchange[0-9a-f]{32})(?:[-+._].*)?$")
_BULK_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|notify|newsletters?|mailer|"
    r"alerts?|news|marketing|updates|digest|automated)(?:[-+._].*)?$"
    r"|(?:^|[-_.])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)(?:$|[-+._])")
_AUTO_TEXT = re.compile(r"\b(?:out of (?:the )?office|automatic reply|auto-?reply|"
                        r"delivery has failed|could not be delivered|undeliverable)\b",
                        re.IGNORECASE)

_RESPONSES = {"accepted": Response.ACCEPTED, "organizer": Response.ACCEPTED,
              "declined": Response.DECLINED, "tentativelyaccepted": Response.TENTATIVE,
              "notresponded": Response.NEEDS_ACTION, "none": Response.NEEDS_ACTION}


def parse_time(value: str | None) -> datetime | None:
    """Graph's instants: `2026-05-04T09:47:53Z`, or 7 fraction digits and no zone (UTC when
    `Prefer: outlook.timezone="UTC"` is sent)."""
    if not value:
        return None
    v = value.strip().replace("Z", "+00:00")
    m = re.match(r"^(.*?T\d\d:\d\d:\d\d)(?:\.(\d+))?(.*)$", v)
    if m:  # Python's fromisoformat wants at most 6 fraction digits on 3.11
        frac = (m.group(2) or "")[:6]
        v = m.group(1) + (f".{frac}" if frac else "") + m.group(3)
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _zoned(value: Mapping[str, Any] | None) -> datetime | None:
    """A dateTimeTimeZone; we ask Graph for UTC, anything else is read as UTC too (logged by
    the caller's tests, not guessed)."""
    if not value:
        return None
    return parse_time(value.get("dateTime"))


def address(value: Mapping[str, Any] | None) -> Address | None:
    email_obj = (value or {}).get("emailAddress") or {}
    email = str(email_obj.get("address") or "").strip().lower()
    if "@" not in email:
        return None
    name = str(email_obj.get("name") or "").strip()
    return Address(email, "" if name.lower() == email else name)


def _addresses(values: Iterable[Mapping[str, Any]] | None) -> tuple[Address, ...]:
    out = []
    for v in values or ():
        a = address(v)
        if a is not None:
            out.append(a)
    return tuple(out)


def headers_dict(items: Iterable[Mapping[str, Any]] | None) -> dict[str, str]:
    """`internetMessageHeaders` ([{name, value}]) -> lower-case name -> value."""
    return {str(h.get("name", "")).lower(): str(h.get("value", "")) for h in items or ()}


def _text(raw: Mapping[str, Any]) -> str:
    body = raw.get("uniqueBody") or raw.get("body") or {}
    content = str(body.get("content") or "")[: MAX_TEXT_CHARS * 4]
    if str(body.get("contentType", "text")).lower() == "html":
        content = html_to_text(content)
    return content[:MAX_TEXT_CHARS]


def message_id_of(folder: str, graph_id: str) -> str:
    return f"{folder}:{graph_id}"


def needs_headers(raw: Mapping[str, Any], folder: str) -> bool:
    """Is this a likely automatic reply or bounce whose headers would settle it, and delta did
    not return them? Sent Items carries no headers."""
    if folder == SENT or raw.get("internetMessageHeaders"):
        return False
    sender = address(raw.get("from")) or address(raw.get("sender"))
    local = sender.email.partition("@")[0] if sender else ""
    subject = str(raw.get("subject") or "")
    return bool(_AUTO_SUBJECT.search(subject) or _BOUNCE_SUBJECT.match(subject)
                or _BOUNCE_LOCAL.match(local) or _AUTO_TEXT.search(_text(raw)[:2000]))


def flags(raw: Mapping[str, Any], sender: Address, headers: Mapping[str, str]) -> frozenset[
        MessageFlag]:
    out: set[MessageFlag] = set()
    local = sender.email.partition("@")[0]
    subject = str(raw.get("subject") or "")
    auto_submitted = headers.get("auto-submitted", "").strip().lower()
    precedence = headers.get("precedence", "").strip().lower()
    if ((auto_submitted and auto_submitted != "no") or "x-autoreply" in headers
            or "x-autorespond" in headers or precedence == "auto_reply"
            or _AUTO_SUBJECT.search(subject)):
        out.add(MessageFlag.AUTO_REPLY)
    ctype = headers.get("content-type", "").lower()
    if (_BOUNCE_LOCAL.match(local) or _BOUNCE_SUBJECT.match(subject)
            or "x-failed-recipients" in headers or "report-type=delivery-status" in ctype
            or "multipart/report" in ctype and "delivery" in ctype):
        out.add(MessageFlag.BOUNCE)
    if ("list-unsubscribe" in headers or "list-id" in headers
            or precedence in ("bulk", "list", "junk") or _BULK_LOCAL.search(local)):
        out.add(MessageFlag.BULK)
    odata_type = str(raw.get("@odata.type") or "").lower()
    if "eventmessage" in odata_type or _CALENDAR_SUBJECT.match(subject):
        out.add(MessageFlag.CALENDAR)
    return frozenset(out)


def message(raw: Mapping[str, Any], *, folder: str, me: frozenset[str],
            headers: Mapping[str, str] | None = None) -> Message | None:
    """One Graph message, or None for what is not correspondence (drafts, no sender/date)."""
    if raw.get("@removed") or raw.get("isDraft"):
        return None
    sender = address(raw.get("from")) or address(raw.get("sender"))
    if sender is None:
        return None
    sent = folder == SENT or sender.email in me
    date = parse_time(raw.get("sentDateTime") if sent else raw.get("receivedDateTime")) \
        or parse_time(raw.get("receivedDateTime") or raw.get("sentDateTime"))
    if date is None:
        return None
    hdrs = headers_dict(raw.get("internetMessageHeaders"))
    hdrs.update(headers or {})
    new_text, signature = split_reply(_text(raw))
    subject = str(raw.get("subject") or "")[:300]
    to, cc = _addresses(raw.get("toRecipients")), _addresses(raw.get("ccRecipients"))
    mid = (message_ids(str(raw.get("internetMessageId") or "")) or [""])[0]
    refs = message_ids(hdrs.get("references", ""))
    reply_to = (message_ids(hdrs.get("in-reply-to", "")) or [""])[0] or (refs[-1] if refs
                                                                         else "")
    return Message(
        id=message_id_of(folder, str(raw["id"])),
        thread_id=provisional_thread(
            gm_thrid="", references=refs, in_reply_to=reply_to, message_id=mid,
            subject=subject, participants=[sender.email, *(a.email for a in (*to, *cc))],
            fallback=str(raw.get("conversationId") or raw["id"])),
        date=date,
        sender=sender,
        to=to,
        cc=cc,
        subject=subject,
        direction=Direction.SENT if sent else Direction.RECEIVED,
        new_text=new_text,
        signature=signature,
        flags=flags(raw, sender, hdrs),
        message_id=mid,
        in_reply_to=reply_to,
        source=f"graph:{folder}",
    )


def meeting(raw: Mapping[str, Any]) -> Meeting | None:
    """One calendarView item (singleInstance, occurrence or exception). Series masters carry
    no instant of their own: calendarView expands them, so they are skipped."""
    if raw.get("@removed") or raw.get("type") == "seriesMaster":
        return None
    start = _zoned(raw.get("start"))
    if start is None:
        return None
    kind = str(raw.get("type") or "singleInstance")
    recurring = kind in ("occurrence", "exception")
    original = parse_time(raw.get("originalStart")) if recurring else None
    series = raw.get("seriesMasterId") if recurring else None
    attendees = []
    for a in raw.get("attendees") or ():
        addr = address(a)
        if addr is None:
            continue
        resp = str(((a.get("status") or {}).get("response")) or "none").lower()
        attendees.append(Attendee(addr.email, addr.name,
                                  _RESPONSES.get(resp, Response.NEEDS_ACTION)))
    return Meeting(
        uid=str(series or raw.get("iCalUId") or raw["id"]),
        occurrence_id=str(raw["id"]),  # what @removed names; stable for occurrences too
        title=str(raw.get("subject") or "")[:300],
        start=start,
        end=_zoned(raw.get("end")),
        status=MeetingStatus.CANCELLED if raw.get("isCancelled") else MeetingStatus.CONFIRMED,
        organizer=address(raw.get("organizer")),
        attendees=tuple(attendees),
        original_start=original if original is not None and original != start else None,
        recurring=recurring,
        source="graph:calendarView",
    )
