"""One RFC 822 message (bytes) -> a Message record, shared by the mbox and eml readers.

A fast path on purpose: headers are unfolded by hand and MIME parts are found with
`bytes.find` on the boundary, so attachments are stepped over without being decoded or split
into lines (the stdlib parser walks every base64 line of every attachment). Only the chosen
text part is decoded. Header values use the stdlib helpers (encoded words, addresses, dates).
Nothing here raises on bad input: a message is either parsed or rejected with a reason.
"""

from __future__ import annotations

import binascii
import codecs
import contextlib
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime

from unspoken.imports.threads import message_ids, provisional_thread
from unspoken.signals.model import Address, Direction, Message, MessageFlag
from unspoken.signals.text import html_to_text, split_reply

MAX_PARTS = 200  # MIME parts looked at per message
MAX_DEPTH = 8  # nesting of multiparts
MAX_TEXT_BYTES = 2_000_000  # of the chosen body part, before decoding
MAX_TEXT_CHARS = 100_000  # of the body given to split_reply: the new text is at the top
MAX_HEADER_BYTES = 256_000
EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)  # this instant too: Lotus Notes' "no date" (Enron)

# Gmail Takeout labels that are not correspondence.
_IGNORED_LABELS = {"chat": "chat", "spam": "spam", "trash": "trash", "draft": "draft",
                   "drafts": "draft"}
_READ_ANYWAY = frozenset({MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE})
_BULK_LABELS = {"category promotions", "category social", "category forums"}

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto:|"
    r"out of (?:the )?office|r[ée]ponse automatique|r[ée]ponse\s+automatique|absence|"
    r"abwesenheitsnotiz|respuesta autom[áa]tica|risposta automatica)"
    r"|\bis out of the office\b|\bout of office autoreply\b",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (?:failed|failure|subsystem)|returned mail|delivery failure|"
    r"failure notice|non remis|message non remis|unzustellbar)",
    re.IGNORECASE,
)
_CALENDAR_SUBJECT = re.compile(
    r"^\s*(?:invitation|updated invitation|invitation updated|accepted|declined|"
    r"tentatively accepted|tentative|canceled event|cancelled event|canceled|cancelled|"
    r"event canceled|new event|accept[ée]|refus[ée]|annul[ée])\s*(?:\(.*?\))?\s*:",
    re.IGNORECASE,
)
_BULK_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|notify|newsletters?|mailer|"
    r"alerts?|news|marketing|updates|digest|bounces?|automated|auto[-_.]?confirm)(?:[-+._].*)?$"
)
_BOUNCE_LOCAL = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon)(?:[-+._].*)?$")
_ESP_HEADERS = ("x-campaign", "x-campaignid", "x-mc-user", "x-mailchimp-campaign",
                "x-sg-eid", "x-sfmc-stack", "x-mkto-tracking", "x-marketoid",
                "x-hs-cid", "x-pm-message-id", "x-ses-outgoing", "x-mailgun-tag",
                "x-sendgrid-id", "x-newsletter", "x-mailer-lid", "x-rpcampaign", "x-ems-stamp")
_ESP_MAILERS = re.compile(r"mailchimp|sendgrid|hubspot|marketo|mailgun|constant ?contact|"
                          r"campaign|newsletter|sendinblue|brevo|klaviyo|pardot|eloqua|"
                          r"salesforce marketing", re.IGNORECASE)
_PARAM = re.compile(r';\s*([\w.*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)')
_EMAIL = re.compile(r'^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:".]+$')
_ADDRESS = re.compile(
    r'(?:"(?P<q>(?:[^"\\]|\\.)*)"|(?P<n>[^,;"<>]*))\s*<(?P<a>[^<>]*)>'  # name <addr>
    r'|(?P<b>[^\s,;<>"()]+@[^\s,;<>"()]+)(?:\s*\((?P<c>[^()]*)\))?'  # addr (comment)
)
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_TEXT_ALIASES = {"us-ascii": "utf-8", "ascii": "utf-8", "ansi_x3.4-1968": "utf-8",
                 "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                 "unknown-8bit": "utf-8", "x-unknown": "utf-8", "utf8": "utf-8",
                 "": "utf-8", "gb2312": "gb18030", "gbk": "gb18030"}


@dataclass(frozen=True, slots=True)
class Parsed:
    message: Message
    content_key: str  # (date, sender, subject, body) digest: the same mail in two folders


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: str
    ignored: bool = False  # deliberately left out (spam, chat ...), not broken


def parse_message(raw: bytes, *, me: frozenset[str], source: str, fallback_id: str,
                  latest: datetime | None = None) -> Parsed | Rejected:
    """Parse one message; never raises (an unexpected failure is a rejection).

    `me`: the user's own addresses, already lower case; `latest`: dates after it are absurd
    (default: a year from now)."""
    try:
        return _parse(raw, me=me, source=source, fallback_id=fallback_id,
                      latest=latest or datetime.now(UTC) + timedelta(days=366))
    except RecursionError:
        return Rejected("broken MIME")
    except Exception:  # noqa: BLE001 - one bad message must not stop a scan
        return Rejected("unparseable message")


def _parse(raw: bytes, *, me: frozenset[str], source: str, fallback_id: str,
           latest: datetime) -> Parsed | Rejected:
    split = split_head(raw)
    if split is None:
        return Rejected("truncated message" if raw.strip() else "empty message")
    head, body = split
    h = parse_headers(head)
    if not h:
        return Rejected("no headers")

    labels = _labels(h.get("x-gmail-labels", ""))
    for label in labels:
        if label in _IGNORED_LABELS:
            return Rejected(_IGNORED_LABELS[label], ignored=True)

    date = _date(h, latest)
    if isinstance(date, Rejected):
        return date
    sender = _sender(h)
    if sender is None:
        return Rejected("no sender address")
    to = _addresses(h.get("to", ""))
    cc = _addresses(h.get("cc", ""))
    subject = decode_words(h.get("subject", ""))[:1000]

    parts = _Parts()
    _walk(h, body, 0, parts)
    flags = _flags(h, sender, subject, labels, parts)
    # Newsletters and notifications only count as what they are: their text is never read
    # (the cheap path: about a fifth of a real mailbox). Auto-replies and bounces are read.
    skim = MessageFlag.BULK in flags and not flags & _READ_ANYWAY
    text = "" if skim else parts.text()

    message_id = (message_ids(h.get("message-id", "")) or [""])[0]
    references = message_ids(h.get("references", ""))
    in_reply_to = (message_ids(h.get("in-reply-to", "")) or [""])[0]
    thread_id = provisional_thread(
        gm_thrid=h.get("x-gm-thrid", "").strip(), references=references,
        in_reply_to=in_reply_to, message_id=message_id, subject=subject,
        participants=[sender.email, *(a.email for a in to), *(a.email for a in cc)],
        fallback=fallback_id,
    )
    sent = sender.email in me or "sent" in labels
    new_text, signature = split_reply(text) if text else ("", "")
    content = hashlib.blake2b(f"{date.isoformat()}\x00{sender.email}\x00{subject}\x00".encode(
        "utf-8", "replace"), digest_size=16)
    content.update(body if skim else text.strip().encode("utf-8", "replace"))
    content_key = content.hexdigest()
    msg = Message(
        id=message_id or fallback_id, thread_id=thread_id, date=date, sender=sender, to=to, cc=cc,
        subject=subject, direction=Direction.SENT if sent else Direction.RECEIVED,
        new_text=new_text, signature=signature, flags=flags, message_id=message_id,
        in_reply_to=in_reply_to or (references[-1] if references else ""), source=source,
    )
    return Parsed(msg, content_key)


# --- headers -------------------------------------------------------------------------------

def split_head(raw: bytes) -> tuple[bytes, bytes] | None:
    """(header block, body) at the first empty line; None when there is no header end."""
    if raw.startswith((b"\n", b"\r\n")):
        return b"", raw
    a = raw.find(b"\n\n")
    b = raw.find(b"\n\r\n")
    ends = [(i, n) for i, n in ((a, 2), (b, 3)) if i >= 0]
    if not ends:
        if raw.rstrip().count(b"\n") < 200 and b":" in raw[:200]:
            return raw, b""  # headers only, e.g. a message with an empty body at EOF
        return None
    i, n = min(ends)
    return raw[: i + 1], raw[i + n:]


def parse_headers(head: bytes) -> dict[str, str]:
    """Unfolded headers, lower-case names, first occurrence wins (Received: the top one)."""
    if len(head) > MAX_HEADER_BYTES:
        head = head[:MAX_HEADER_BYTES]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = head.decode("cp1252", "replace")
    out: dict[str, str] = {}
    name = ""
    value: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line[:1] in (" ", "\t"):
            if name:
                value.append(line.strip())
            continue
        if name and name not in out:
            out[name] = " ".join(value)
        name, sep, rest = line.partition(":")
        name = name.strip().lower()
        if not sep or not name or " " in name or name.startswith("from "):
            name = ""  # not a header line (an mbox "From " line, noise)
            continue
        value = [rest.strip()]
    if name and name not in out:
        out[name] = " ".join(value)
    return out


def decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded; anything undecodable kept as it is."""
    if "=?" in value:
        with contextlib.suppress(Exception):  # bad charsets, bad base64: keep the raw text
            value = str(make_header(decode_header(value)))
    return " ".join(value.split())


def _labels(value: str) -> set[str]:
    return {lab.strip().strip('"').lower() for lab in value.split(",") if lab.strip()}


def _date(h: dict[str, str], latest: datetime) -> datetime | Rejected:
    raw = h.get("date", "")
    dt = _parse_date(raw)
    if dt is None:
        received = h.get("received", "")
        dt = _parse_date(received.rpartition(";")[2]) if ";" in received else None
    if dt is None:
        return Rejected("bad date" if raw.strip() else "no date")
    if dt <= EARLIEST or dt > latest:
        return Rejected("absurd date")
    return dt


def _parse_date(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def normalise_email(value: str) -> str | None:
    """'  Dana.Reyes@ACME.com. ' -> 'dana.reyes@acme.com'; None when it is not an address."""
    email = value.strip().strip("<>\"'").strip().rstrip(".").lower()
    if email.startswith("mailto:"):
        email = email[7:]
    email = email.lstrip(".")
    return email if _EMAIL.match(email) else None


def _addresses(value: str, limit: int = 500) -> tuple[Address, ...]:
    """Addresses of a To/Cc/From value. A regex, not `getaddresses`: it is 10x faster on the
    long recipient lists of corporate mail, and whatever it cannot read is skipped."""
    if "@" not in value:
        return ()
    out: list[Address] = []
    seen: set[str] = set()
    for m in _ADDRESS.finditer(value[:50_000]):
        email = m.group("a") if m.group("a") is not None else m.group("b")
        norm = normalise_email(email)
        if norm is None or norm in seen:
            continue
        seen.add(norm)
        name = m.group("q") or m.group("n") or m.group("c") or ""
        if m.group("q"):
            name = name.replace('\\"', '"')
        out.append(Address(norm, _clean_name(decode_words(name), norm)))
        if len(out) >= limit:
            break
    return tuple(out)


def _clean_name(name: str, email: str) -> str:
    name = name.strip().strip("\"'").strip()
    return "" if name.lower() == email else name[:200]


def _sender(h: dict[str, str]) -> Address | None:
    for key in ("from", "sender", "return-path"):
        found = _addresses(h.get(key, ""), limit=1)
        if found:
            addr = found[0]
            if not addr.name and h.get("x-from"):  # Enron: the name lives in X-From
                name = re.sub(r"<[^>]*>|@[A-Z]+$", "", decode_words(h["x-from"])).strip(" \"'")
                if name and "@" not in name:
                    addr = Address(addr.email, name[:200])
            return addr
    return None


# --- MIME ----------------------------------------------------------------------------------

class _Parts:
    """What the walk found: the first plain and HTML text parts, and structural flags."""

    __slots__ = ("plain", "html", "calendar", "bounce", "count")

    def __init__(self) -> None:
        self.plain: tuple[dict[str, str], bytes] | None = None
        self.html: tuple[dict[str, str], bytes] | None = None
        self.calendar = False
        self.bounce = False
        self.count = 0

    def text(self) -> str:
        if self.plain is not None:
            text = decode_body(*self.plain)
            if text.strip() or self.html is None:
                return text[:MAX_TEXT_CHARS]
        if self.html is not None:
            html = decode_body(*self.html)[: MAX_TEXT_CHARS * 3]
            return html_to_text(html)[:MAX_TEXT_CHARS]
        return ""


def content_type(h: dict[str, str]) -> tuple[str, dict[str, str]]:
    value = h.get("content-type", "")
    main = value.split(";", 1)[0].strip().lower()
    params: dict[str, str] = {}
    for k, v in _PARAM.findall(value):
        if v.startswith('"'):
            v = v[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        params.setdefault(k.lower(), v)
    if "/" not in main:
        main = "text/plain"  # RFC 2045 default, also for garbage
    return main, params


def _walk(h: dict[str, str], body: bytes, depth: int, out: _Parts) -> None:
    out.count += 1
    if out.count > MAX_PARTS:
        return
    ctype, params = content_type(h)
    if ctype.startswith("multipart/"):
        if ctype == "multipart/report" and params.get("report-type", "").lower() in (
                "delivery-status", "disposition-notification"):
            out.bounce = True
        boundary = params.get("boundary", "")
        if not boundary or depth >= MAX_DEPTH:
            return
        for part in split_multipart(body, boundary):
            split = split_head(part)
            if split is None:
                continue
            _walk(parse_headers(split[0]), split[1], depth + 1, out)
        return
    if ctype in ("text/calendar", "application/ics"):
        out.calendar = True
        return
    if ctype == "message/delivery-status":
        out.bounce = True
        return
    if ctype not in ("text/plain", "text/html"):
        return  # attachments, images, forwarded messages: not this message's own words
    if h.get("content-disposition", "").lstrip().lower().startswith("attachment"):
        return
    if ctype == "text/plain" and out.plain is None:
        out.plain = (h, body)
    elif ctype == "text/html" and out.html is None:
        out.html = (h, body)


def split_multipart(body: bytes, boundary: str) -> list[bytes]:
    """The parts between '--boundary' lines; a missing close delimiter ends at the body's end."""
    delim = b"--" + boundary.encode("latin-1", "replace")
    parts: list[bytes] = []
    start = -1  # where the current part's content begins
    pos = 0
    while len(parts) < MAX_PARTS:
        i = body.find(delim, pos)
        if i < 0:
            break
        pos = i + len(delim)
        if i > 0 and body[i - 1] != 0x0A:
            continue  # not at the start of a line
        if start >= 0:
            end = i - 1
            if end > start and body[end - 1] == 0x0D:
                end -= 1
            parts.append(body[start:max(start, end)])
        if body[pos:pos + 2] == b"--":
            return parts  # close delimiter
        eol = body.find(b"\n", pos)
        if eol < 0:
            return parts
        start = eol + 1
    if start >= 0 and len(parts) < MAX_PARTS:
        parts.append(body[start:])  # truncated: no close delimiter
    return parts


def decode_body(h: dict[str, str], body: bytes) -> str:
    """The text of one part: transfer encoding undone, charset decoded, errors replaced."""
    if len(body) > MAX_TEXT_BYTES:
        body = body[:MAX_TEXT_BYTES]
    cte = h.get("content-transfer-encoding", "").strip().lower()
    if cte == "base64":
        data = _b64(body)
    elif cte == "quoted-printable":
        data = binascii.a2b_qp(body)
    else:
        data = body
    charset = content_type(h)[1].get("charset", "").strip().lower()
    return _decode(data, charset)


def _b64(body: bytes) -> bytes:
    try:
        return binascii.a2b_base64(body)
    except binascii.Error:
        clean = _B64_JUNK.sub(b"", body)
        clean = clean[: len(clean) - len(clean) % 4]
        try:
            return binascii.a2b_base64(clean)
        except binascii.Error:
            return b""


def _decode(data: bytes, charset: str) -> str:
    name = _TEXT_ALIASES.get(charset, charset)
    try:
        info = codecs.lookup(name)
        if not getattr(info, "_is_text_encoding", True):
            raise LookupError(name)
    except LookupError:
        name = "utf-8"
    try:
        text = data.decode(name, "replace")
    except Exception:  # noqa: BLE001 - broken codecs (e.g. some CJK ones on odd bytes)
        text = data.decode("utf-8", "replace")
    if name == "utf-8" and "\ufffd" in text and charset in ("", "us-ascii", "ascii"):
        text = data.decode("cp1252", "replace")  # undeclared 8-bit text is usually Windows
    return text.replace("\r\n", "\n").replace("\x00", "")


# --- flags ---------------------------------------------------------------------------------

def _flags(h: dict[str, str], sender: Address, subject: str, labels: set[str],
           parts: _Parts) -> frozenset[MessageFlag]:
    flags: set[MessageFlag] = set()
    local = sender.email.partition("@")[0]
    precedence = h.get("precedence", "").strip().lower()
    auto_submitted = h.get("auto-submitted", "").strip().lower()
    if ((auto_submitted and auto_submitted != "no") or "x-autoreply" in h
            or "x-autorespond" in h or precedence == "auto_reply"
            or _AUTO_SUBJECT.search(subject)):
        flags.add(MessageFlag.AUTO_REPLY)
    if parts.bounce or _BOUNCE_LOCAL.match(local) or _BOUNCE_SUBJECT.match(subject):
        flags.add(MessageFlag.BOUNCE)
    if ("list-unsubscribe" in h or "list-id" in h or precedence in ("bulk", "list", "junk")
            or _BULK_LOCAL.match(local) or labels & _BULK_LABELS
            or any(k in h for k in _ESP_HEADERS)
            or _ESP_MAILERS.search(h.get("x-mailer", ""))):
        flags.add(MessageFlag.BULK)
    if parts.calendar or _CALENDAR_SUBJECT.match(subject):
        flags.add(MessageFlag.CALENDAR)
    return frozenset(flags)


class Seen:
    """Which messages were already read: the same mail in two folders (Enron keeps copies in
    inbox, all_documents, discussion_threads ... with different Message-IDs) counts once."""

    __slots__ = ("ids", "contents")

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.contents: set[str] = set()

    def first_time(self, message_id: str, content_key: str) -> bool:
        new = not ((message_id and message_id in self.ids) or content_key in self.contents)
        if message_id:  # a copy's keys are remembered too: a third copy may share either
            self.ids.add(message_id)
        self.contents.add(content_key)
        return new
