"""Scenario builder: realistic mailbox and calendar exports of customers going quiet (or not).

`build_mailbox()` writes a seller's year with many customer accounts: threads with quoted
history and signatures, auto-replies, bounces, newsletters, colleagues, and a calendar of
recurring syncs and quarterly reviews. Each account carries its ground truth (which signals it
was built with, the level expected). Two ways to feed the engine, kept side by side:
- `Mailbox.write(dir)` -> `.mbox` + `.ics` for the real importers (`unspoken.scan.run_scan`);
- `Mailbox.features()` / `Mailbox.meetings()` -> records built directly, markers set from the
  wording's known labels (no importer or text layer involved).
"""

from __future__ import annotations

import hashlib
import quopri
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

from tests.signals import wording as W
from unspoken.signals import markers as mk
from unspoken.signals.features import extract
from unspoken.signals.model import (
    Address,
    Attendee,
    Direction,
    Meeting,
    MeetingStatus,
    Message,
    MessageFeatures,
    MessageFlag,
    Response,
    Risk,
    Role,
    SignalKind,
)

AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)
ME = "sam@northwind-saas.com"
ME_NAME = "Sam Whitaker"
OWN_DOMAIN = "northwind-saas.com"
RECENT_START = AS_OF - timedelta(days=60)
BASELINE_START = RECENT_START - timedelta(days=270)
# A two-week break everybody takes in lull mailboxes (inside the recent window).
LULL = (datetime(2026, 9, 28, tzinfo=UTC), datetime(2026, 10, 12, tzinfo=UTC))
XMAS = (datetime(2025, 12, 20, tzinfo=UTC), datetime(2026, 1, 4, tzinfo=UTC))
# New worlds over a year-end: the mailbox ends mid-January, the break is in the recent window.
YEAR_END_AS_OF = datetime(2027, 1, 15, 18, 0, tzinfo=UTC)
XMAS_NEXT = (datetime(2026, 12, 19, tzinfo=UTC), datetime(2027, 1, 4, tzinfo=UTC))

PP = SignalKind.POLITE_PROCRASTINATION
ST = SignalKind.SMALL_TALK_LOSS
EX = SignalKind.EXEC_ACCESS_LOSS
FS = SignalKind.FEATURE_SILENCE
ER = SignalKind.EXPANSION_REFUSAL
ALL_KINDS = (PP, ST, EX, FS, ER)

FIRST = ["Dana", "Chris", "Priya", "Marcus", "Elena", "Tom", "Aisha", "Jordan", "Mei", "Luis",
         "Hannah", "Omar", "Sofia", "Ben", "Nadia", "Kevin", "Claire", "Raj", "Julia", "Sam"]
LAST = ["Reyes", "Lee", "Patel", "Nguyen", "Rossi", "Brennan", "Okafor", "Klein", "Chen",
        "Garcia", "Moreau", "Haddad", "Silva", "Walsh", "Ivanova", "Park", "Dubois", "Shah",
        "Novak", "Fischer"]
EXEC_TITLES = ["VP of Operations", "Chief Operating Officer", "Director of IT",
               "Head of Customer Experience", "SVP, Finance", "Chief Technology Officer",
               "VP Engineering", "Managing Director"]
IC_TITLES = ["Operations Manager", "IT Administrator", "Project Manager", "Analyst",
             "Support Lead", "Procurement Specialist", "Systems Engineer"]
COMPANY_WORDS = ["acme", "bluefin", "cobalt", "delta", "evergreen", "fjord", "granite", "harbor",
                 "ionic", "juniper", "kestrel", "lumen", "meridian", "northstar", "orchid",
                 "pioneer", "quartz", "redwood", "summit", "tidal", "umber", "vertex", "willow",
                 "xenon", "yarrow", "zephyr"]
COMPANY_SUFFIX = ["logistics", "health", "foods", "labs", "retail", "energy", "freight",
                  "media", "systems", "partners"]
TLDS = ["com", "com", "com", "io", "co.uk", "de", "fr", "com.au"]


# Our invitations (new worlds), which the idioms declining for now answer: our own mail,
# not part of the labelled wording.
INVITATION = [
    "We're hosting a roadmap session for customers on {day}, would you like to join?",
    "Our customer advisory board meets next month and I'd love to have you there.",
    "Could we book an hour with your team to plan the next phase?",
    "I'm in {city} next week, would you have time for a coffee and a catch-up?",
    "We're running a workshop on the new reporting features, want me to save you a seat?",
    "Would your team like to join the beta walkthrough on {day}?",
]


@dataclass(frozen=True)
class Clock:
    """The dates of one world: when the mailbox ends and the breaks everybody takes."""

    as_of: datetime = AS_OF
    breaks: tuple[tuple[datetime, datetime], ...] = (XMAS,)
    lull: tuple[datetime, datetime] | None = None  # the break inside the recent window

    @property
    def recent_start(self) -> datetime:
        return self.as_of - timedelta(days=60)

    @property
    def baseline_start(self) -> datetime:
        return self.recent_start - timedelta(days=270)

    @classmethod
    def of(cls, *, lull: bool, year_end: bool) -> Clock:
        if year_end:
            return cls(YEAR_END_AS_OF, (XMAS, XMAS_NEXT), XMAS_NEXT)
        return cls(AS_OF, (XMAS, LULL) if lull else (XMAS,), LULL if lull else None)


class Wording:
    """The phrase pools a world is written with: one module, or a fresh one over ours.

    Pools the fresh module lacks fall back to ours and are recorded (the evaluation prints
    them, so a fresh split that is partly ours says so)."""

    def __init__(self, module, fallback=W) -> None:
        self._module = module
        self._fallback = fallback
        self.borrowed: set[str] = set()

    def pick(self, rng: random.Random, items: list[str], split: str, **slots: str) -> str:
        """A phrase with its slots filled by the module's own picker (its own slot values)."""
        picker = getattr(self._module, "pick", None) or W.pick
        return picker(rng, items, split, **slots)

    def __getattr__(self, name: str) -> list[str]:
        found = getattr(self._module, name, None)
        if found is None:
            self.borrowed.add(name)
            return getattr(self._fallback, name)
        return found


@dataclass
class Person:
    name: str
    email: str
    title: str = ""
    role: Role = Role.UNKNOWN
    company: str = ""
    warm: float = 0.75  # chance a message of theirs carries warmth
    terse: float = 0.1  # chance a reply of theirs is a bare one-liner
    latency_h: float = 6.0  # their habitual reply delay, hours

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def address(self) -> Address:
        return Address(self.email, self.name)

    def signature(self, rng: random.Random) -> str:
        if not self.title:
            return self.name
        lines = [self.name, self.title, self.company]
        if rng.random() < 0.6:
            lines.append(f"+1 {rng.randint(200, 989)} {rng.randint(200, 989)} "
                         f"{rng.randint(1000, 9999)}")
        return "\n".join(lines)


ME_PERSON = Person(ME_NAME, ME, "Account Executive", Role.INDIVIDUAL, "Northwind")


@dataclass
class Mail:
    id: str
    thread: str
    subject: str
    date: datetime
    sender: Person
    to: list[Person]
    cc: list[Person]
    text: str  # the new text
    markers: dict[str, int]
    quotes: dict[str, str]
    signature: str = ""
    flags: frozenset[MessageFlag] = frozenset()
    in_reply_to: str = ""
    quoted: Mail | None = None
    headers: dict[str, str] = field(default_factory=dict)
    account: str = ""
    styles: int = 2  # how many quoting styles this world's mail clients use

    @property
    def direction(self) -> Direction:
        return Direction.SENT if self.sender.email == ME else Direction.RECEIVED

    @property
    def message_id(self) -> str:
        return f"<{self.id}@mail.example>"


@dataclass
class Occurrence:
    original: datetime
    start: datetime | None = None  # moved to
    cancelled: bool = False
    declined_by: tuple[str, ...] = ()


@dataclass
class Series:
    uid: str
    title: str
    first: datetime
    every_days: int
    count: int
    attendees: list[Person]
    organizer: Person
    overrides: dict[datetime, Occurrence] = field(default_factory=dict)
    exec_absent_from: datetime | None = None  # executives no longer invited after this
    executives: tuple[str, ...] = ()

    def occurrences(self) -> list[datetime]:
        return [self.first + timedelta(days=self.every_days * i) for i in range(self.count)]


@dataclass
class AccountTruth:
    account: str
    label: str
    signals: frozenset[SignalKind]
    expected: Risk


@dataclass
class Mailbox:
    mails: list[Mail]
    series: list[Series]
    truth: dict[str, AccountTruth]
    non_accounts: set[str]  # domains/addresses that must never be accounts
    as_of: datetime = AS_OF
    me: frozenset[str] = frozenset({ME})

    # ---- direct path -------------------------------------------------------------------
    def features(self, *, text_layer: bool = False) -> list[MessageFeatures]:
        """Records built from the wording's labels; `text_layer`: markers and roles from the
        real text layer instead (the importers' quote stripping skipped: a quick check)."""
        if text_layer:
            return [extract(Message(
                id=m.id, thread_id=m.thread, date=m.date, sender=m.sender.address,
                to=tuple(p.address for p in m.to), cc=tuple(p.address for p in m.cc),
                subject=m.subject, direction=m.direction, new_text=m.text,
                signature=m.signature, flags=m.flags, message_id=m.message_id,
                in_reply_to=m.in_reply_to)) for m in sorted(self.mails, key=lambda m: m.date)]
        out = []
        for m in sorted(self.mails, key=lambda m: m.date):
            role, title = Role.UNKNOWN, ""
            if m.signature and m.sender.title and m.direction is Direction.RECEIVED:
                role, title = m.sender.role, m.sender.title
            out.append(MessageFeatures(
                id=m.id, thread_id=m.thread, date=m.date, direction=m.direction,
                sender=m.sender.address, to=tuple(p.address for p in m.to),
                cc=tuple(p.address for p in m.cc), subject=m.subject, flags=m.flags,
                chars=len(m.text), words=len(m.text.split()), markers=dict(m.markers),
                quotes=dict(m.quotes), sender_title=title, sender_role=role,
                message_id=m.message_id, in_reply_to=m.in_reply_to))
        return out

    def meetings(self) -> list[Meeting]:
        out: list[Meeting] = []
        for s in self.series:
            for when in s.occurrences():
                o = s.overrides.get(when, Occurrence(when))
                start = o.start or when
                if when >= self.as_of and start >= self.as_of:
                    continue
                people = [p for p in s.attendees if not (
                    s.exec_absent_from and when >= s.exec_absent_from
                    and p.email in s.executives)]
                attendees = tuple(Attendee(p.email, p.name, Response.DECLINED
                                           if p.email in o.declined_by else Response.ACCEPTED)
                                  for p in people)
                out.append(Meeting(
                    uid=s.uid, occurrence_id=f"{s.uid}/{when:%Y%m%dT%H%M%SZ}", title=s.title,
                    start=start, end=start + timedelta(minutes=45),
                    status=MeetingStatus.CANCELLED if o.cancelled else MeetingStatus.CONFIRMED,
                    organizer=s.organizer.address, attendees=attendees,
                    original_start=when if o.start else None,
                    sequence=1 if (o.start or o.cancelled or o.declined_by) else 0,
                    recurring=s.count > 1))
        return out

    # ---- export path -------------------------------------------------------------------
    def write(self, folder: Path, name: str = "export") -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        mbox = folder / f"{name}.mbox"
        ics = folder / f"{name}.ics"
        with mbox.open("wb") as fh:
            for m in sorted(self.mails, key=lambda m: m.date):
                fh.write(_mbox_entry(m))
        ics.write_text(_ics(self.series, self.as_of), encoding="utf-8")
        return mbox, ics


# ---- rendering ---------------------------------------------------------------------------

def _fmt_addr(p: Person) -> str:
    return f"{p.name} <{p.email}>" if p.name else p.email


def _quote_block(m: Mail, style: int) -> str:
    """Quoted history as five mail clients write it: Gmail, Outlook desktop, Outlook on the
    web, Apple Mail and Lotus Notes (old worlds use the first two)."""
    prior = m.text + ("\n\n" + m.signature if m.signature else "")
    quoted = "\n".join("> " + ln if ln else ">" for ln in prior.splitlines())
    if style == 0:
        head = f"On {format_datetime(m.date)}, {m.sender.name} <{m.sender.email}> wrote:"
        return head + "\n" + quoted
    if style == 2:
        return ("________________________________\n"
                f"From: {m.sender.name} <{m.sender.email}>\n"
                f"Sent: {m.date:%A, %B} {m.date.day}, {m.date:%Y %I:%M %p}\n"
                f"To: {', '.join(_fmt_addr(p) for p in m.to)}\n"
                f"Subject: {m.subject}\n\n{prior}")
    if style == 3:
        return (f"On {m.date.day} {m.date:%b %Y}, at {m.date:%H:%M}, {m.sender.name} "
                f"<{m.sender.email}> wrote:\n\n{quoted}")
    if style == 4:
        return (f"{m.sender.name} <{m.sender.email}> on {m.date:%m/%d/%Y %I:%M:%S %p}\n"
                f"To: {', '.join(_fmt_addr(p) for p in m.to)}\ncc:\n"
                f"Subject: {m.subject}\n\n{prior}")
    return ("-----Original Message-----\n"
            f"From: {m.sender.name} <{m.sender.email}>\n"
            f"Sent: {m.date:%A, %B %d, %Y %I:%M %p}\n"
            f"To: {', '.join(_fmt_addr(p) for p in m.to)}\n"
            f"Subject: {m.subject}\n\n{prior}")


def _header(name: str, value: str) -> str:
    """One header line; non-ASCII values as RFC 2047 encoded words (as mail clients write)."""
    if not value.isascii():
        value = Header(value, "utf-8").encode()
    return f"{name}: {value}\n"


def _mbox_entry(m: Mail) -> bytes:
    """One mbox entry, written directly (the stdlib's EmailMessage was most of `make eval`)."""
    head = [_header("From", _fmt_addr(m.sender))]
    if m.to:
        head.append(_header("To", ", ".join(_fmt_addr(p) for p in m.to)))
    if m.cc:
        head.append(_header("Cc", ", ".join(_fmt_addr(p) for p in m.cc)))
    head.append(_header("Subject", m.subject))
    head.append(_header("Date", format_datetime(m.date)))
    head.append(_header("Message-ID", m.message_id))
    if m.in_reply_to:
        head.append(_header("In-Reply-To", m.in_reply_to))
        head.append(_header("References", m.in_reply_to))
    head.append(_header("X-GM-THRID", str(int(hashlib.sha1(m.thread.encode()).hexdigest()[:15],
                                              16))))
    head.append(_header("X-Gmail-Labels", "Sent" if m.direction is Direction.SENT else
                        "Inbox,Category Updates" if MessageFlag.BULK in m.flags else "Inbox"))
    for k, v in m.headers.items():
        head.append(_header(k, v))
    body = m.text
    if m.signature:
        sep = "-- \n" if int(m.id[:4], 16) % 3 == 0 else ""
        body += "\n\n" + sep + m.signature
    if m.quoted is not None:
        body += "\n\n" + _quote_block(m.quoted, int(m.id[-1], 16) % m.styles)
    body += "\n"
    head.append('Content-Type: text/plain; charset="utf-8"\n')
    if body.isascii() and max(map(len, body.splitlines()), default=0) <= 78:
        head.append("Content-Transfer-Encoding: 7bit\n")
        raw = body.encode()
    else:  # long lines or non-ASCII text: quoted-printable, as most clients send it
        head.append("Content-Transfer-Encoding: quoted-printable\n")
        raw = quopri.encodestring(body.encode("utf-8"))
    head.append("MIME-Version: 1.0\n")
    raw = b"\n".join((b">" + ln if ln.startswith(b"From ") else ln) for ln in raw.split(b"\n"))
    envelope = f"From {m.sender.email} {m.date:%a %b %d %H:%M:%S %Y}\n"
    return (envelope + "".join(head) + "\n").encode() + raw.rstrip(b"\n") + b"\n\n"


def _ics_dt(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _vevent(s: Series, start: datetime, *, rrule: bool, rec_id: datetime | None,
            status: str, declined: tuple[str, ...], seq: int, absent: bool) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{s.uid}", f"SUMMARY:{s.title}",
             f"DTSTART:{_ics_dt(start)}", f"DTEND:{_ics_dt(start + timedelta(minutes=45))}",
             f"DTSTAMP:{_ics_dt(BASELINE_START)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
             f"ORGANIZER;CN={s.organizer.name}:mailto:{s.organizer.email}"]
    if rrule:
        lines.append(f"RRULE:FREQ=DAILY;INTERVAL={s.every_days};COUNT={s.count}")
    if rec_id is not None:
        lines.append(f"RECURRENCE-ID:{_ics_dt(rec_id)}")
    for p in s.attendees:
        if absent and p.email in s.executives:
            continue
        part = "DECLINED" if p.email in declined else "ACCEPTED"
        lines.append(f"ATTENDEE;CN={p.name};PARTSTAT={part}:mailto:{p.email}")
    lines.append("END:VEVENT")
    return lines


def _ics(series: list[Series], as_of: datetime) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Unspoken scenarios//EN",
             "CALSCALE:GREGORIAN"]
    for s in series:
        if s.count == 1:
            o = s.overrides.get(s.first, Occurrence(s.first))
            lines += _vevent(s, o.start or s.first, rrule=False, rec_id=None,
                             status="CANCELLED" if o.cancelled else "CONFIRMED",
                             declined=o.declined_by, seq=1 if o.start else 0, absent=False)
            continue
        # Executives dropped from the invite: the series is split at that date (as Outlook does).
        lines += _vevent(s, s.first, rrule=True, rec_id=None, status="CONFIRMED", declined=(),
                         seq=0, absent=False)
        for when, o in sorted(s.overrides.items()):
            lines += _vevent(s, o.start or when, rrule=False, rec_id=when,
                             status="CANCELLED" if o.cancelled else "CONFIRMED",
                             declined=o.declined_by, seq=1,
                             absent=bool(s.exec_absent_from and when >= s.exec_absent_from))
        if s.exec_absent_from:
            for when in s.occurrences():
                if when >= s.exec_absent_from and when not in s.overrides:
                    lines += _vevent(s, when, rrule=False, rec_id=when, status="CONFIRMED",
                                     declined=(), seq=1, absent=True)
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


# ---- generation --------------------------------------------------------------------------

@dataclass
class Spec:
    """One account to build: the signals it shows, or the healthy hard case it is."""

    label: str
    signals: frozenset[SignalKind] = frozenset()
    # terse | one_off_move | short | freemail | concrete | accepted | vacation | new
    hard: str = ""
    with_exec: bool = True
    pp_mode: str = ""  # new worlds: procrastination by "calendar", "email" or "both"

    @property
    def expected(self) -> Risk:
        if self.hard == "short":
            return Risk.INSUFFICIENT_DATA
        n = len(self.signals)
        return Risk.HEALTHY if n == 0 else Risk.WATCH if n == 1 else Risk.AT_RISK


class _Builder:
    def __init__(self, rng: random.Random, split: str, lull: bool, *, clock: Clock | None = None,
                 regime: str = "old", words: Wording | None = None) -> None:
        self.rng = rng
        self.split = split
        self.clock = clock or Clock.of(lull=lull, year_end=False)
        self.lull = self.clock.lull is not None
        self.new = regime == "new"
        self.W = words or Wording(W)
        self.mails: list[Mail] = []
        self.series: list[Series] = []
        self.truth: dict[str, AccountTruth] = {}
        self.non_accounts: set[str] = set()
        self._n = 0
        self._domains: set[str] = set()

    # -- small helpers
    def _id(self) -> str:
        self._n += 1
        return hashlib.sha1(f"{self.rng.random()}-{self._n}".encode()).hexdigest()[:16]

    def say(self, items: list[str], **slots: str) -> str:
        return self.W.pick(self.rng, items, self.split, **slots)

    def _in_lull(self, when: datetime) -> bool:
        return any(a <= when < b for a, b in self.clock.breaks)

    def _workday(self, when: datetime) -> datetime:
        while when.weekday() >= 5:
            when += timedelta(days=1)
        return when

    def domain(self) -> tuple[str, str]:
        while True:
            word = self.rng.choice(COMPANY_WORDS)
            suffix = self.rng.choice(COMPANY_SUFFIX)
            tld = self.rng.choice(TLDS)
            d = f"{word}-{suffix}.{tld}" if self.rng.random() < 0.6 else f"{word}{suffix}.{tld}"
            if d not in self._domains:
                self._domains.add(d)
                return d, f"{word.capitalize()} {suffix.capitalize()}"

    def person(self, domain: str, company: str, title: str, role: Role) -> Person:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        while first == "Sam":
            first = self.rng.choice(FIRST)
        local = self.rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}"]).lower()
        return Person(f"{first} {last}", f"{local}@{domain}", title, role, company,
                      latency_h=self.rng.lognormvariate(1.8, 0.6))

    # -- text composition (markers are the labels of the pieces used)
    def customer_text(self, p: Person, *, warm: bool, terse: bool, ask: bool = False,
                      extra: list[tuple[str, str]] = (), topic: str = "") -> tuple[
                          str, dict[str, int], dict[str, str]]:
        markers: dict[str, int] = {}
        quotes: dict[str, str] = {}
        w = self.W

        def add(kind: str, text: str) -> str:
            markers[kind] = markers.get(kind, 0) + 1
            quotes.setdefault(kind, text)
            return text

        parts: list[str] = []
        if terse and not extra:
            parts.append(add(mk.TERSE, self.say(w.TERSE)))
            if ask:
                parts.append(add(mk.FEATURE_ASK, self.say(w.FEATURE_ASK)))
        else:
            if warm:
                parts.append(add(mk.GREETING, self.say(w.WARM_GREETING)))
            elif self.rng.random() < 0.5:
                parts.append(self.rng.choice(["Sam,", "Hi,", "Hello,"]))
            if warm and self.rng.random() < 0.6:
                parts.append(add(mk.SMALL_TALK, self.say(w.SMALL_TALK)))
            if warm and self.rng.random() < 0.35:
                parts.append(add(mk.COMPLIMENT, self.say(w.COMPLIMENT)))
            for kind, text in extra:
                parts.append(add(kind, text))
            if not extra or self.rng.random() < 0.5:
                parts.append(self.say(w.BODY, topic=topic or self.rng.choice(self.W.TOPICS)))
            if ask:
                parts.append(add(mk.FEATURE_ASK, self.say(w.FEATURE_ASK)))
            if warm and self.rng.random() < 0.7:
                parts.append(add(mk.THANKS, self.say(w.THANKS)))
            if warm and self.rng.random() < 0.25:
                parts[-1] += add(mk.EMOJI, self.rng.choice(self.W.EMOJI))
            sign = self.rng.choice(self.W.SIGNOFF_WARM if warm else self.W.SIGNOFF_PLAIN)
            if warm and sign:  # labelled like the text layer reads it, so --direct sees it too
                add(mk.WARM_SIGNOFF, sign)
            parts.append(f"{sign}\n{p.first}" if sign else p.first)
        text = "\n\n".join(parts)
        if text.count("!"):
            markers[mk.EXCLAMATION] = text.count("!")
        if "?" in text:
            markers[mk.QUESTION] = text.count("?")
        return text, markers, quotes

    def our_text(self, contact: Person, *, proposal: bool = False, nudge: bool = False,
                 topic: str = "", body: str = "", style: str = "question") -> tuple[
                     str, dict[str, int], dict[str, str]]:
        """Our mail. A proposal is a question (old worlds), a plain statement of what more
        would look like or cost, or only the subject line ("subject": `body` points at it)."""
        markers: dict[str, int] = {}
        quotes: dict[str, str] = {}
        parts = [f"Hi {contact.first},"]
        if body:
            parts.append(body)
        elif nudge:
            parts.append(self.say(self.W.NUDGE))
        elif not (proposal and style == "subject"):
            parts.append(self.say(self.W.SENT_BODY, topic=topic or self.rng.choice(self.W.TOPICS)))
        if proposal and style != "subject":
            pool = self.W.EXPANSION_PROPOSAL if style == "question" \
                else self.W.PROPOSAL_STATEMENT
            q = self.say(pool)
            parts.append(q)
            markers[mk.EXPANSION_PROPOSAL] = 1
            quotes[mk.EXPANSION_PROPOSAL] = q
        parts.append("Best,\nSam")
        text = "\n\n".join(parts)
        if "?" in text:
            markers[mk.QUESTION] = text.count("?")
        return text, markers, quotes

    def mail(self, *, thread: str, subject: str, date: datetime, sender: Person,
             to: list[Person], cc: list[Person] | None = None, content: tuple, account: str,
             flags: frozenset[MessageFlag] = frozenset(), reply_to: Mail | None = None,
             signature: bool = True, headers: dict[str, str] | None = None) -> Mail:
        text, markers, quotes = content
        sig = ""
        if signature and sender.email != ME and sender.title:
            sig = sender.signature(self.rng)
        elif signature and sender.email == ME:
            sig = f"{ME_NAME}\nAccount Executive, Northwind\nnorthwind-saas.com"
        m = Mail(id=self._id(), thread=thread, subject=subject, date=date, sender=sender,
                 to=to, cc=cc or [], text=text, markers=markers, quotes=quotes, signature=sig,
                 flags=flags, in_reply_to=reply_to.message_id if reply_to else "",
                 quoted=reply_to, headers=headers or {}, account=account,
                 styles=5 if self.new else 2)
        self.mails.append(m)
        return m


def _re(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


class _Account:
    """One customer account's year with the seller, shaped by its Spec.

    Old worlds: the change starts with the recent window, a thread every 3-9 days, the
    champion writes most replies. New worlds (issue 10): the change starts 6-8 weeks before
    the end, a thread every 8-12 days, replies split ~70/30 between the champion and a
    colleague who both cool down, feature asks that stopped 3-5 months before, procrastination
    by calendar only, email only or both, proposals as plain statements or subject lines."""

    def __init__(self, b: _Builder, spec: Spec) -> None:
        self.b = b
        self.spec = spec
        self.new = b.new
        c = b.clock
        rng = b.rng
        if spec.hard == "freemail":
            first, last = rng.choice(FIRST[:-1]), rng.choice(LAST)
            prov = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])
            self.champion = Person(f"{first} {last}", f"{first}.{last}{rng.randint(1, 99)}@"
                                   f"{prov}".lower(), "", Role.UNKNOWN, "")
            self.champion.latency_h = rng.lognormvariate(1.8, 0.6)
            self.account = self.champion.email
            self.company = "freelance"
            self.exec = None
        else:
            d, self.company = b.domain()
            self.account = d
            self.champion = b.person(d, self.company, rng.choice(IC_TITLES), Role.INDIVIDUAL)
            self.exec = b.person(d, self.company, rng.choice(EXEC_TITLES), Role.EXECUTIVE) \
                if spec.with_exec or EX in spec.signals else None
            if self.exec is not None and self.exec.first == self.champion.first:
                self.exec.name = "Alex " + self.exec.name.split()[1]
        self.colleague = b.person(self.account.split("@")[-1], self.company,
                                  rng.choice(IC_TITLES), Role.INDIVIDUAL) \
            if spec.hard != "freemail" else None
        warm = spec.hard != "terse"
        self.champion.warm = rng.uniform(0.75, 0.95) if warm else rng.uniform(0.0, 0.12)
        self.champion.terse = rng.uniform(0.0, 0.15) if warm else rng.uniform(0.5, 0.8)
        if FS in spec.signals:
            self.ask_rate = rng.uniform(0.4, 0.55)
        else:
            self.ask_rate = rng.choice([0.0, 0.05, 0.1, 0.2, 0.3])
        if spec.hard == "short":
            self.start = c.as_of - timedelta(days=rng.randint(35, 75))
        elif spec.hard == "new" and self.new:  # a relationship a few months old
            self.start = c.recent_start - timedelta(days=rng.randint(45, 110))
        else:
            self.start = c.baseline_start - timedelta(days=rng.randint(0, 60))
        # New worlds only (old worlds draw nothing more, so they stay as they were).
        self.change_at = c.recent_start
        self.asks_stop = c.recent_start
        self.pp_mode = "both"
        self.deferrals_left = 0
        if self.new:
            self.change_at = c.as_of - timedelta(days=rng.uniform(42, 56))
            self.asks_stop = c.as_of - timedelta(days=rng.uniform(90, 150))
            self.pp_mode = spec.pp_mode or rng.choice(["calendar", "email", "both"])
            self.deferrals_left = rng.randint(1, 2)
            if self.colleague is not None:
                self.colleague.warm = rng.uniform(0.6, 0.9) if warm else rng.uniform(0.0, 0.15)
                self.colleague.terse = rng.uniform(0.0, 0.15) if warm else rng.uniform(0.5, 0.8)
        b.truth[self.account] = AccountTruth(self.account, spec.label, spec.signals,
                                             spec.expected)

    # which behaviour applies at a given date
    def recent(self, when: datetime) -> bool:
        return when >= self.b.clock.recent_start

    def has(self, kind: SignalKind, when: datetime) -> bool:
        if kind not in self.spec.signals:
            return False
        if self.new:
            return when >= (self.asks_stop if kind is FS else self.change_at)
        # Signals start a little after the recent window opens, as they do in life.
        delay = timedelta(days=0 if kind is EX else 3)
        return when >= self.b.clock.recent_start + delay

    def pp(self, channel: str) -> bool:
        """Procrastination shows on this channel ("calendar" or "email")."""
        return PP in self.spec.signals and self.pp_mode in (channel, "both")

    def build(self) -> None:
        self._calendar()
        self._threads()
        s = self.spec
        if ER in s.signals:
            self._proposal(refused=True)
        elif s.hard == "concrete":
            self._proposal(concrete=True)
        elif s.hard == "accepted" or self.b.rng.random() < 0.2:
            self._proposal()
        if EX in s.signals:
            self._exec_extras()
        if s.hard == "vacation" and self.exec is not None:
            self._auto_reply(self.exec, self.b.clock.recent_start + timedelta(
                days=self.b.rng.randint(5, 40)))
        if self.new and self.pp("email") and self.b.rng.random() < 0.5:
            self._invitation_declined()
        if self.b.lull:
            self._lull()

    # -- calendar
    def _calendar(self) -> None:
        b, rng, s, c = self.b, self.b.rng, self.spec, self.b.clock
        first = self.start + timedelta(days=rng.randint(7, 14))
        first = b._workday(first.replace(hour=rng.choice([14, 15, 16, 17]), minute=0))
        every = rng.choice([7, 14, 14])
        count = int((c.as_of + timedelta(days=30) - first).days / every) + 1
        people = [ME_PERSON, self.champion] + ([self.colleague] if self.colleague else [])
        sync = Series(f"{b._id()}@northwind", f"{self.company} / Northwind sync", first, every,
                      count, people, ME_PERSON)
        b.series.append(sync)
        occ = sync.occurrences()
        # Ordinary life: a couple of baseline reschedules and cancellations.
        base_occ = [o for o in occ if o < c.recent_start and not b._in_lull(o)]
        for o in rng.sample(base_occ, k=min(len(base_occ), rng.randint(0, 2))):
            if rng.random() < 0.5:
                sync.overrides[o] = Occurrence(o, start=o + timedelta(days=rng.choice([1, 2, 7])))
            else:
                sync.overrides[o] = Occurrence(o, cancelled=True)
        since = self.change_at if self.new else c.recent_start + timedelta(days=3)
        recent_occ = [o for o in occ if since <= o < c.as_of
                      and not b._in_lull(o) and not b._in_lull(o + timedelta(days=9))]
        if s.hard == "one_off_move" and recent_occ and self.new:
            o = rng.choice(recent_occ)  # one reschedule, a week or two later, once
            sync.overrides[o] = Occurrence(o, start=o + timedelta(days=rng.choice([7, 8, 14])))
        elif s.hard == "one_off_move" and recent_occ:
            o1, o2 = rng.sample(recent_occ, k=2) if len(recent_occ) >= 2 else (recent_occ[0],) * 2
            sync.overrides[o1] = Occurrence(o1, start=o1 + timedelta(days=1))
            if o2 != o1:
                sync.overrides[o2] = Occurrence(o2, start=o2 + timedelta(days=7))
        if self.pp("calendar") and recent_occ:
            k = rng.randint(2, 3) if not self.new or self.pp_mode == "calendar" \
                else rng.randint(1, 2)
            for o in rng.sample(recent_occ, k=min(len(recent_occ), k)):
                r = rng.random()
                if r < 0.45:
                    sync.overrides[o] = Occurrence(o, start=o + timedelta(days=rng.choice(
                        [7, 8, 14, 9] if not self.new else [7, 10, 14, 21])))
                elif r < 0.75:
                    sync.overrides[o] = Occurrence(o, cancelled=True)
                else:
                    sync.overrides[o] = Occurrence(o, declined_by=(self.champion.email,))
        if self.exec is None:
            self.qbr = None
            return
        # Quarterly business review with the executive: a recurring series whose pushed
        # occurrence is an exception of the series (RECURRENCE-ID).
        q_first = b._workday((self.start + timedelta(days=rng.randint(20, 40))).replace(
            hour=16, minute=0))
        q_count = int((c.as_of + timedelta(days=120) - q_first).days / 91) + 1
        qbr = Series(f"{b._id()}@northwind", rng.choice(
            ["QBR", "Quarterly business review", "Q review", "Business review"]) +
            f" – {self.company}", q_first, 91, q_count,
            [ME_PERSON, self.champion, self.exec], ME_PERSON, executives=(self.exec.email,))
        b.series.append(qbr)
        self.qbr = qbr
        q_since = self.change_at if self.new else c.recent_start + timedelta(days=3)
        recent_q = [o for o in qbr.occurrences() if q_since <= o
                    < c.as_of - timedelta(days=2) and not b._in_lull(o)]
        exec_declines = EX in s.signals and rng.random() < 0.5
        if exec_declines:  # the executive's change starts with the window, like has(EX)
            recent_q = [o for o in qbr.occurrences() if self.change_at <= o < c.as_of
                        and not b._in_lull(o)]
        for o in recent_q:
            if self.pp("calendar"):
                qbr.overrides[o] = Occurrence(o, start=o + timedelta(days=rng.choice(
                    [21, 28, 35])), declined_by=(self.exec.email,) if exec_declines else ())
            elif exec_declines:
                qbr.overrides[o] = Occurrence(o, declined_by=(self.exec.email,))
        if EX in s.signals and not exec_declines:
            qbr.exec_absent_from = self.change_at

    # -- mail threads
    def _threads(self) -> None:
        b, rng = self.b, self.b.rng
        when = self.start
        while True:
            if self.new:
                gap = rng.uniform(8, 12)
            else:
                gap = rng.uniform(3, 9) if self.spec.hard != "terse" else rng.uniform(4, 10)
            when = b._workday(when + timedelta(days=gap))
            if when >= b.clock.as_of - timedelta(days=2):
                break
            if b._in_lull(when):
                continue
            self._thread(when.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59)))

    def _customer_people(self, when: datetime) -> tuple[Person, list[Person]]:
        """Who writes from their side, and who they copy (executives fade out of EX accounts)."""
        rng = self.b.rng
        cc: list[Person] = []
        exec_here = self.exec is not None and not self.has(EX, when)
        if exec_here and rng.random() < 0.3:
            cc.append(self.exec)
        if self.colleague and rng.random() < 0.2:
            cc.append(self.colleague)
        writer = self.champion
        if self.new:
            r = rng.random()
            if exec_here and r < 0.08:
                writer = self.exec
            elif self.colleague and r > 0.7:
                writer = self.colleague
        elif exec_here and rng.random() < 0.12:
            writer = self.exec
        elif self.colleague and rng.random() < 0.1:
            writer = self.colleague
        return writer, [p for p in cc if p is not writer]

    def _reply_delay(self, p: Person, depth: int, when: datetime) -> timedelta:
        rng = self.b.rng
        hours = p.latency_h * rng.lognormvariate(0, 0.5) * (0.6 if depth >= 2 else 1.0)
        if self.has(PP, when) and self.pp("email") and rng.random() < 0.8:
            hours = hours * rng.uniform(8, 15) + 30
        return timedelta(hours=hours)

    def _thread(self, when: datetime) -> None:
        b, rng = self.b, self.b.rng
        topic = rng.choice(b.W.TOPICS)
        subject = topic[0].upper() + topic[1:]
        thread = b._id()
        writer, cc = self._customer_people(when)
        ours_first = rng.random() < 0.5
        length = rng.randint(2, 5)
        prev: Mail | None = None
        depth = 0
        sender_is_us = ours_first
        t = when
        for depth in range(length):
            if t >= b.clock.as_of:
                break
            if sender_is_us:
                to = [writer]
                m = b.mail(thread=thread, subject=subject if prev is None else _re(subject),
                           date=t, sender=ME_PERSON, to=to, cc=cc if prev is None else cc,
                           content=b.our_text(writer, topic=topic), account=self.account,
                           reply_to=prev)
                # Executives on EX accounts stop answering what we send them.
                if (self.exec is not None and writer is self.exec and self.has(EX, t)):
                    break
                t = t + self._reply_delay(writer, depth + 1, t)
            else:
                m = self._customer_mail(writer, cc, thread, subject, t, prev, depth, topic)
                t = t + timedelta(hours=rng.lognormvariate(1.2, 0.7))
            if b._in_lull(t):
                break
            prev = m
            sender_is_us = not sender_is_us

    def _cold(self, writer: Person, t: datetime) -> bool:
        if not self.has(ST, t):
            return False
        # Old worlds: the champion cools; new worlds: the account does (both who write).
        return writer is self.champion or (self.new and writer is self.colleague)

    def _deferral(self) -> str:
        b = self.b
        if self.new and b.rng.random() < 0.5:
            return b.say(b.W.DEFERRAL_NO_VERB)
        return b.say(b.W.DEFERRAL)

    def _customer_mail(self, writer: Person, cc: list[Person], thread: str, subject: str,
                       t: datetime, prev: Mail | None, depth: int, topic: str) -> Mail:
        b, rng = self.b, self.b.rng
        cold = self._cold(writer, t)
        warm = rng.random() < (0.05 if cold else writer.warm)
        terse = depth > 0 and rng.random() < (0.65 if cold else writer.terse)
        ask_rate = 0.0 if self.has(FS, t) else self.ask_rate
        ask = rng.random() < ask_rate
        extra: list[tuple[str, str]] = []
        if self.new:
            if self.has(PP, t) and self.pp("email") and depth > 0 and self.deferrals_left \
                    and rng.random() < 0.5:
                self.deferrals_left -= 1
                extra.append((mk.DEFERRAL, self._deferral()))
        elif self.has(PP, t) and depth > 0 and rng.random() < 0.3:
            extra.append((mk.DEFERRAL, b.say(b.W.DEFERRAL)))
        content = b.customer_text(writer, warm=warm, terse=terse, ask=ask, extra=extra,
                                  topic=topic)
        to = [ME_PERSON]
        return b.mail(thread=thread, subject=subject if prev is None else _re(subject), date=t,
                      sender=writer, to=to, cc=cc, content=content, account=self.account,
                      reply_to=prev, signature=not terse or rng.random() < 0.3)

    def _invitation_declined(self) -> None:
        """New worlds: we invite them to something and they decline it for now (an idiom)."""
        b, rng = self.b, self.b.rng
        t = b._workday(self.change_at + timedelta(days=rng.randint(3, 30)))
        while b._in_lull(t) or b._in_lull(t + timedelta(days=2)):
            t = b._workday(t + timedelta(days=5))
        if t >= b.clock.as_of - timedelta(days=3):
            return
        t = t.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
        subject = rng.choice(["Invitation: roadmap session", "Customer advisory board",
                              "Planning the next phase", "Workshop next month"])
        sent = b.mail(thread=b._id(), subject=subject, date=t, sender=ME_PERSON,
                      to=[self.champion], content=b.our_text(
                          self.champion, body=b.say(INVITATION)), account=self.account)
        text = b.say(b.W.INVITE_DECLINE_IDIOM)
        content = b.customer_text(self.champion, warm=False, terse=False,
                                  extra=[(mk.DEFERRAL, text)])
        b.mail(thread=sent.thread, subject=_re(subject), date=t + self._reply_delay(
               self.champion, 1, t), sender=self.champion, to=[ME_PERSON], content=content,
               account=self.account, reply_to=sent)

    # -- expansion proposals
    def _proposal(self, *, refused: bool = False, concrete: bool = False) -> None:
        b, rng, c = self.b, self.b.rng, self.b.clock
        if self.new:
            t = b._workday(self.change_at + timedelta(days=rng.randint(2, 25)))
        else:
            t = b._workday(c.recent_start + timedelta(days=rng.randint(8, 35)))
        while b._in_lull(t) or b._in_lull(t + timedelta(days=3)):
            t = b._workday(t + timedelta(days=5))
        t = t.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
        style = rng.choice(["question", "statement", "subject"]) if self.new else "question"
        if style == "subject":
            subject = b.say(b.W.PROPOSAL_SUBJECT, company=self.company)
        elif self.new:
            subject = rng.choice(["Next steps", "Following up", "Your plan for next year",
                                  "A few numbers", "Thoughts after our call"])
        else:
            subject = rng.choice(["Next steps for your team", "Extending the rollout",
                                  "A thought on your plan", "More seats for the new hires?",
                                  "Upgrade options", "Bringing the London office on board"])
        thread = b._id()
        if style == "subject":
            content = b.our_text(self.champion, proposal=True, style=style,
                                 body=b.say(b.W.PROPOSAL_SUBJECT_BODY))
            content[1][mk.EXPANSION_PROPOSAL] = 1
            content[2][mk.EXPANSION_PROPOSAL] = subject
        else:
            content = b.our_text(self.champion, proposal=True, style=style)
        p = b.mail(thread=thread, subject=subject, date=t, sender=ME_PERSON,
                   to=[self.champion], content=content, account=self.account)
        reply_t = t + timedelta(hours=self.champion.latency_h * rng.uniform(1, 3))
        silent = refused and rng.random() < 0.3
        if silent:
            nudge_t = b._workday(t + timedelta(days=rng.randint(6, 9)))
            if nudge_t < c.as_of:
                b.mail(thread=thread, subject=_re(subject), date=nudge_t, sender=ME_PERSON,
                       to=[self.champion], content=b.our_text(self.champion, nudge=True),
                       account=self.account, reply_to=p)
            return  # no answer at all
        if refused and self.new and rng.random() < 0.35:
            kind, text = mk.DEFERRAL, b.say(b.W.DEFERRAL_NO_VERB)
        elif refused:
            kind, text = mk.VAGUE_DECLINE, b.say(b.W.VAGUE_DECLINE)
        elif concrete:
            kind, text = mk.CONCRETE_DECLINE, b.say(b.W.CONCRETE_DECLINE)
        else:
            kind, text = "", b.say(b.W.ACCEPT)
        cold = self._cold(self.champion, reply_t) if self.new else ST in self.spec.signals
        warm = rng.random() < (0.05 if cold else self.champion.warm)
        extra = [(kind, text)] if kind else [("accept", text)]
        content = b.customer_text(self.champion, warm=warm, terse=False, extra=extra)
        content[1].pop("accept", None)
        content[2].pop("accept", None)
        b.mail(thread=thread, subject=_re(subject), date=reply_t, sender=self.champion,
               to=[ME_PERSON], content=content, account=self.account, reply_to=p)

    # -- executives out of reach
    def _auto_reply(self, p: Person, when: datetime, *, left: bool = False) -> None:
        b = self.b
        sent = b.mail(thread=b._id(), subject=b.rng.choice(["Quick question", "Agenda for our "
                      "review", "Your feedback on the pilot", "Planning for next year"]),
                      date=when, sender=ME_PERSON, to=[p],
                      content=b.our_text(p), account=self.account)
        junior = self.champion.name
        items = b.W.LEFT_COMPANY if left else b.W.OUT_OF_OFFICE
        text = b.say(items, exec=p.name, junior=junior, company=self.company,
                     date=f"{(when + timedelta(days=10)):%B %d}")
        kind = mk.LEFT_COMPANY if left else mk.OUT_OF_OFFICE
        prefix = b.rng.choice(["Automatic reply: ", "Out of Office: ", "Auto: "])
        b.mail(thread=sent.thread, subject=prefix + sent.subject,
               date=when + timedelta(minutes=1), sender=p, to=[ME_PERSON],
               content=(text, {kind: 1}, {kind: text}), account=self.account,
               flags=frozenset({MessageFlag.AUTO_REPLY}), signature=False,
               headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

    def _exec_extras(self) -> None:
        b, rng, c = self.b, self.b.rng, self.b.clock
        assert self.exec is not None
        options = ["unanswered", "redirect", "auto", "bounce", "left"]
        if self.new:  # one sign, most often an assistant pointing elsewhere
            picks = rng.choices(options, weights=[2, 4, 1, 1, 1],
                                k=1 if rng.random() < 0.7 else 2)
            picks = list(dict.fromkeys(picks))
        else:
            picks = rng.sample(options, k=rng.randint(1, 2))
        for what in picks:
            if self.new:
                t = b._workday(self.change_at + timedelta(days=rng.randint(3, 35)))
            else:
                t = b._workday(c.recent_start + timedelta(days=rng.randint(6, 45)))
            while b._in_lull(t):
                t = b._workday(t + timedelta(days=4))
            # New worlds: the signs must have happened by the end (a second unanswered note
            # 8 days after the first, and a week for an answer to be overdue).
            latest = c.as_of - timedelta(days=16 if what == "unanswered" else 4)
            while self.new and (t >= latest or b._in_lull(t)):
                t = b._workday(t - timedelta(days=rng.randint(3, 6)) - timedelta(days=2))
            t = t.replace(hour=rng.randint(9, 16))
            if what == "unanswered":
                for i in range(2):
                    ti = b._workday(t + timedelta(days=8 * i))
                    while b._in_lull(ti):
                        ti = b._workday(ti + timedelta(days=4))
                    if self.new and ti > c.as_of - timedelta(days=7):
                        ti = b._workday(t + timedelta(days=2))
                    b.mail(thread=b._id(), subject=rng.choice(
                        ["Roadmap preview for your team", "Executive briefing next month",
                         "Your priorities for next year", "Quick sync on the partnership"]),
                        date=ti, sender=ME_PERSON, to=[self.exec], cc=[self.champion],
                        content=b.our_text(self.exec), account=self.account)
            elif what == "redirect":
                assistant = b.person(self.account, self.company, "Executive Assistant to the "
                                     + self.exec.title, Role.ASSISTANT)
                sent = b.mail(thread=b._id(), subject="Following up on our renewal plans",
                              date=t, sender=ME_PERSON, to=[self.exec],
                              content=b.our_text(self.exec), account=self.account)
                pool = b.W.ASSISTANT_UNAVAILABLE if self.new and rng.random() < 0.5 \
                    else b.W.ASSISTANT_REDIRECT
                text = b.say(pool, exec=self.exec.first, junior=self.champion.first)
                b.mail(thread=sent.thread, subject=_re(sent.subject),
                       date=t + timedelta(hours=rng.uniform(3, 30)), sender=assistant,
                       to=[ME_PERSON], content=(text, {mk.ASSISTANT_REDIRECT: 1},
                                                {mk.ASSISTANT_REDIRECT: text}),
                       account=self.account, reply_to=sent)
            elif what == "auto":
                self._auto_reply(self.exec, t)
                self._auto_reply(self.exec, b._workday(t + timedelta(days=9)))
            elif what == "left":
                self._auto_reply(self.exec, t, left=True)
            else:  # bounce
                sent = b.mail(thread=b._id(), subject="Checking in before the QBR", date=t,
                              sender=ME_PERSON, to=[self.exec], content=b.our_text(self.exec),
                              account=self.account)
                daemon = Person("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")
                text = (f"Address not found\n\nYour message wasn't delivered to "
                        f"{self.exec.email} because the address couldn't be found, or is "
                        f"unable to receive mail.")
                b.mail(thread=sent.thread, subject="Delivery Status Notification (Failure)",
                       date=t + timedelta(minutes=2), sender=daemon, to=[ME_PERSON],
                       content=(text, {}, {}), account=self.account, reply_to=sent,
                       flags=frozenset({MessageFlag.BOUNCE}), signature=False,
                       headers={"Auto-Submitted": "auto-replied"})

    # -- everyone's holiday
    def _lull(self) -> None:
        b, rng = self.b, self.b.rng
        lull = b.clock.lull
        assert lull is not None
        t = b._workday(lull[0] + timedelta(days=rng.randint(0, 4))).replace(hour=10)
        target = self.exec if (self.exec is not None and rng.random() < 0.5) else self.champion
        if rng.random() < 0.7:
            self._auto_reply(target, t)
        if rng.random() < 0.4:
            sent = b.mail(thread=b._id(), subject="Before the break", date=t - timedelta(
                days=rng.randint(3, 5)), sender=ME_PERSON, to=[self.champion],
                content=b.our_text(self.champion), account=self.account)
            text, markers, quotes = b.customer_text(
                self.champion, warm=rng.random() < self.champion.warm, terse=False,
                extra=[(mk.DEFERRAL, b.say(b.W.HOLIDAY_DEFERRAL))])
            # New worlds: the answer often comes the week before everyone leaves.
            when = lull[0] + timedelta(days=rng.randint(0, 5), hours=9)
            if self.new and rng.random() < 0.6:
                when = lull[0] - timedelta(days=rng.randint(1, 6), hours=-9)
                when = max(when, sent.date + timedelta(hours=2))
            b.mail(thread=sent.thread, subject=_re(sent.subject), date=when,
                   sender=self.champion, to=[ME_PERSON], content=(text, markers, quotes),
                   account=self.account, reply_to=sent)


def _lull_calendar(b: _Builder) -> None:
    """Every recurring meeting inside the break is cancelled (everyone is away)."""
    lull = b.clock.lull
    assert lull is not None
    for s in b.series:
        for o in s.occurrences():
            if lull[0] <= o < lull[1] and o not in s.overrides:
                s.overrides[o] = Occurrence(o, cancelled=True)


def _noise(b: _Builder, *, other_internal_domain: bool = True) -> None:
    """Newsletters, notifications and colleagues: never accounts."""
    rng, c = b.rng, b.clock
    senders = [Person("SaaS Weekly", "news@saasweekly.com"),
               Person("Jira", "jira@northwind-saas.atlassian.net"),
               Person("LinkedIn", "messages-noreply@linkedin.com"),
               Person("Vendor Digest", "digest@vendor-digest.io")]
    b.non_accounts |= {"saasweekly.com", "atlassian.net", "linkedin.com", "vendor-digest.io",
                       OWN_DOMAIN, "northwind.eu"}
    when = c.baseline_start
    while when < c.as_of:
        s = rng.choice(senders)
        text = f"This week's highlights and product updates. Don't miss out!\n\n{rng.random()}"
        b.mail(thread=b._id(), subject=rng.choice(["Your weekly digest", "Top stories",
                                                   "New activity", "You have new updates"]),
               date=when, sender=s, to=[ME_PERSON], content=(text, {}, {}), account="",
               flags=frozenset({MessageFlag.BULK}), signature=False,
               headers={"List-Unsubscribe": f"<mailto:unsubscribe@{s.email.split('@')[1]}>",
                        "Precedence": "bulk"})
        when += timedelta(days=rng.uniform(2, 5))
    colleagues = [Person("Jamie Cole", "jamie.cole@northwind-saas.com", "VP Sales",
                         Role.EXECUTIVE, "Northwind"),
                  Person("Ravi Menon", "ravi@northwind.eu" if other_internal_domain
                         else "ravi@northwind-saas.com", "Solutions Engineer",
                         Role.INDIVIDUAL, "Northwind")]
    when = c.baseline_start
    while when < c.as_of:
        p = rng.choice(colleagues)
        warm = rng.random() < 0.5 or when < c.recent_start
        content = b.customer_text(p, warm=warm, terse=not warm)
        m = b.mail(thread=b._id(), subject=rng.choice(["Pipeline review", "Deal desk",
                                                       "Team offsite", "Forecast"]),
                   date=b._workday(when).replace(hour=11), sender=p, to=[ME_PERSON],
                   content=content, account="")
        if rng.random() < 0.5:
            b.mail(thread=m.thread, subject=_re(m.subject), date=m.date + timedelta(hours=2),
                   sender=ME_PERSON, to=[p], content=b.our_text(p), account="", reply_to=m)
        when += timedelta(days=rng.uniform(2, 6))


# ---- the scenario sets -------------------------------------------------------------------

def standard_specs() -> list[Spec]:
    """The named cases the tests assert, one account each."""
    return [
        Spec("healthy_warm"),
        Spec("healthy_terse_by_habit", hard="terse"),
        Spec("healthy_one_off_move", hard="one_off_move"),
        Spec("healthy_concrete_decline", hard="concrete"),
        Spec("healthy_accepted_upsell", hard="accepted"),
        Spec("healthy_exec_vacation", hard="vacation"),
        Spec("healthy_freemail", hard="freemail", with_exec=False),
        Spec("short_relationship", hard="short"),
        Spec("watch_procrastination", frozenset({PP})),
        Spec("watch_small_talk", frozenset({ST})),
        Spec("watch_exec_access", frozenset({EX})),
        Spec("watch_feature_silence", frozenset({FS})),
        Spec("watch_expansion", frozenset({ER})),
        Spec("at_risk_pp_er", frozenset({PP, ER})),
        Spec("at_risk_st_fs", frozenset({ST, FS})),
        Spec("at_risk_ex_pp_st", frozenset({EX, PP, ST})),
        Spec("at_risk_all", frozenset(ALL_KINDS)),
        Spec("freemail_at_risk", frozenset({ST, ER}), hard="freemail", with_exec=False),
    ]


def new_standard_specs() -> list[Spec]:
    """The named cases of the new worlds: each signal alone (procrastination on each channel),
    pairs, and the healthy hard cases, including a relationship a few months old."""
    return [
        Spec("healthy_warm"),
        Spec("healthy_terse_by_habit", hard="terse"),
        Spec("healthy_one_off_move", hard="one_off_move"),
        Spec("healthy_new_relationship", hard="new"),
        Spec("healthy_concrete_decline", hard="concrete"),
        Spec("healthy_accepted_upsell", hard="accepted"),
        Spec("healthy_exec_vacation", hard="vacation"),
        Spec("watch_pp_calendar", frozenset({PP}), pp_mode="calendar"),
        Spec("watch_pp_email", frozenset({PP}), pp_mode="email"),
        Spec("watch_pp_both", frozenset({PP}), pp_mode="both"),
        Spec("watch_small_talk", frozenset({ST})),
        Spec("watch_exec_access", frozenset({EX})),
        Spec("watch_feature_silence", frozenset({FS})),
        Spec("watch_expansion", frozenset({ER})),
        Spec("at_risk_st_fs", frozenset({ST, FS})),
        Spec("at_risk_pp_er", frozenset({PP, ER})),
    ]


_CODES = {PP: "pp", ST: "st", EX: "ex", FS: "fs", ER: "er"}


def random_specs(rng: random.Random, n: int) -> list[Spec]:
    """A mixed population: about half healthy (many hard cases), the rest with 1-4 signals."""
    hard = ["", "", "terse", "one_off_move", "concrete", "accepted", "vacation", "freemail",
            "short"]
    out: list[Spec] = []
    for i in range(n):
        r = rng.random()
        if r < 0.5:
            h = rng.choice(hard)
            out.append(Spec(f"healthy_{h or 'plain'}_{i}", hard=h, with_exec=h != "freemail"
                            and rng.random() < 0.8))
        else:
            k = rng.choices([1, 2, 3, 4], weights=[4, 3, 2, 1])[0]
            kinds = frozenset(rng.sample(ALL_KINDS, k))
            h = "freemail" if (EX not in kinds and rng.random() < 0.1) else ""
            out.append(Spec(f"risk_{'_'.join(sorted(_CODES[x] for x in kinds))}_{i}", kinds,
                            hard=h, with_exec=h != "freemail"))
    return out


def new_random_specs(rng: random.Random, n: int) -> list[Spec]:
    """The new worlds' population: ~40% healthy hard cases, the rest with 1-3 signals,
    procrastination on one channel or both."""
    hard = ["", "terse", "one_off_move", "concrete", "accepted", "vacation", "freemail", "new",
            "short"]
    out: list[Spec] = []
    for i in range(n):
        if rng.random() < 0.4:
            h = rng.choice(hard)
            out.append(Spec(f"healthy_{h or 'plain'}_{i}", hard=h, with_exec=h != "freemail"
                            and rng.random() < 0.8))
            continue
        k = rng.choices([1, 2, 3], weights=[5, 3, 1])[0]
        kinds = frozenset(rng.sample(ALL_KINDS, k))
        mode = rng.choice(["calendar", "email", "both"]) if PP in kinds else ""
        h = "freemail" if (EX not in kinds and rng.random() < 0.1) else ""
        name = "_".join(sorted(_CODES[x] for x in kinds)) + (f"_{mode}" if mode else "")
        out.append(Spec(f"risk_{name}_{i}", kinds, hard=h, with_exec=h != "freemail",
                        pp_mode=mode))
    return out


def healthy_specs(rng: random.Random, n: int) -> list[Spec]:
    """The false-alarm budget's population: healthy accounts only, the hard kinds of healthy
    (terse by habit, a one-off reschedule, an executive's holiday, a new relationship) and
    plain ones."""
    hard = ["", "terse", "one_off_move", "vacation", "new", "concrete", "accepted", "freemail"]
    weights = [3, 2, 2, 2, 2, 1, 1, 1]
    out = []
    for i in range(n):
        h = rng.choices(hard, weights=weights)[0]
        out.append(Spec(f"healthy_{h or 'plain'}_{i}", hard=h,
                        with_exec=h != "freemail" and rng.random() < 0.8))
    return out


def build_mailbox(specs: list[Spec], *, seed: int, split: str = "tune",
                  lull: bool = False, other_internal_domain: bool = True,
                  regime: str = "old", year_end: bool = False,
                  wording: Wording | None = None) -> Mailbox:
    """One mailbox. `regime="new"` builds the new worlds; `year_end` (new worlds) ends the
    mailbox in mid-January with everyone's year-end break inside the recent window;
    `wording` swaps the phrase pools (a fresh split)."""
    rng = random.Random(seed)
    clock = Clock.of(lull=lull, year_end=year_end)
    b = _Builder(rng, split, lull, clock=clock, regime=regime, words=wording)
    accounts = [_Account(b, s) for s in specs]
    for a in accounts:
        a.build()
    if b.lull:
        _lull_calendar(b)
    _noise(b, other_internal_domain=other_internal_domain)
    return Mailbox(mails=b.mails, series=b.series, truth=b.truth, non_accounts=b.non_accounts,
                   as_of=clock.as_of)


SAMPLE_SEED = 20261030


def sample_specs() -> list[Spec]:
    """The bundled demo: a few healthy hard cases, a watch or two, three accounts at risk."""
    keep = {"healthy_warm", "healthy_terse_by_habit", "healthy_one_off_move", "healthy_freemail",
            "short_relationship", "watch_procrastination", "watch_expansion", "at_risk_pp_er",
            "at_risk_ex_pp_st", "at_risk_st_fs"}
    return [s for s in standard_specs() if s.label in keep]


def write_sample(folder: Path) -> tuple[Path, Path]:
    """Regenerate server/unspoken/sample/ (committed; `make demo` scans it)."""
    mb = build_mailbox(sample_specs(), seed=SAMPLE_SEED, split="all",
                       other_internal_domain=False)
    return mb.write(folder, name="sample")


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "server/unspoken/sample")
    for p in write_sample(target):
        print(f"wrote {p} ({p.stat().st_size // 1024} KiB)")
