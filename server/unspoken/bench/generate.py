"""A realistic Google Takeout export for the benchmark: an .mbox and a calendar, generated.

Several customer accounts and colleagues, threads whose replies quote the previous message and
end with a signature, multipart/alternative and HTML-only mail, quoted-printable and base64
bodies, encoded-word subjects, attachments, newsletters and notifications, auto-replies,
bounces, invitations, and Gmail labels including Chat/Spam/Trash. Deterministic for a seed.
"""

from __future__ import annotations

import base64
import quopri
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ME = "sam@northwind-saas.com"
AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)
_FIRST = ["Dana", "Alex", "Priya", "Marc", "Chloé", "Tom", "Ines", "Jordan", "Mei", "Lucas",
          "Sofia", "Omar", "Hannah", "Kenji", "Élodie", "Ravi", "Grace", "Noah", "Zoé", "Sam"]
_LAST = ["Reyes", "Kim", "Patel", "Dubois", "Martin", "Nguyen", "Garcia", "Smith", "Müller",
         "Rossi", "Chen", "Haddad", "Okafor", "Larsen", "Bernard", "Silva", "Cohen", "Ito"]
_WORDS = ["acme", "blue", "river", "north", "peak", "logistics", "health", "retail", "cloud",
          "harbor", "summit", "orbit", "maple", "cobalt", "delta", "prairie", "atlas", "nova"]
_TITLES = ["VP of Operations", "Director of IT", "Head of Procurement", "Operations Manager",
           "Senior Analyst", "CTO", "Account Coordinator", "Executive Assistant to the CEO"]
_TOPICS = ["renewal", "Q3 business review", "rollout plan", "invoice", "SSO integration",
           "training session", "seat count", "API limits", "roadmap", "support ticket"]
_LINES = [
    "Thanks for the update, this is really helpful.",
    "Hope you had a great weekend! The team enjoyed the workshop.",
    "Can you tell me whether the reporting module supports custom fields?",
    "We're slammed right now, let's reconnect next month.",
    "Attached is the revised order form.",
    "Could we move our sync to next Thursday? Something came up.",
    "Let's keep the current scope for now.",
    "I wanted to follow up on the proposal to add the analytics module for the EMEA team.",
    "Noted.",
    "When will you support the Salesforce integration?",
    "Great news about the launch, congratulations to everyone!",
    "Je reviens vers vous la semaine prochaine, merci beaucoup.",
    "Please find the meeting notes below; the action items are on our side.",
    "Our CFO asked me to check the invoice totals before we sign.",
]


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    title: str
    company: str


def generate(out_dir: Path, *, messages: int, seed: int = 7) -> tuple[Path, Path]:
    """Write export.mbox and calendar.ics under out_dir (reused when already there)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    mbox = out_dir / f"export-{messages}.mbox"
    ics = out_dir / f"calendar-{messages}.ics"
    done = out_dir / f".done-{messages}-{seed}"
    if done.exists() and mbox.exists() and ics.exists():
        return mbox, ics
    rng = random.Random(seed)
    people = _people(rng)
    with open(mbox, "wb") as f:
        n = 0
        thread_no = 0
        while n < messages:
            thread_no += 1
            for raw in _thread(rng, people, thread_no, min(messages - n, rng.randint(1, 8))):
                f.write(raw)
                n += 1
    ics.write_text(_calendar(rng, people), encoding="utf-8")
    done.touch()
    return mbox, ics


def _people(rng: random.Random) -> dict[str, list[Person]]:
    def person(domain: str, company: str) -> Person:
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        local = f"{first}.{last}".lower().replace("é", "e").replace("ü", "u")
        return Person(f"{local}@{domain}", f"{first} {last}", rng.choice(_TITLES), company)

    customers: list[Person] = []
    for i in range(60):
        a, b = rng.sample(_WORDS, 2)
        domain = f"{a}-{b}{i}.com"
        company = f"{a.title()} {b.title()}"
        customers.extend(person(domain, company) for _ in range(rng.randint(2, 6)))
    customers.extend(person("gmail.com", "") for _ in range(10))
    colleagues = [person("northwind-saas.com", "Northwind") for _ in range(6)]
    bulk = [Person(f"{w}@{d}", d.split(".")[0].title(), "", "") for w, d in
            [("newsletter", "saasweekly.com"), ("no-reply", "github.com"),
             ("notifications", "linear.app"), ("news", "techdigest.io"),
             ("updates", "conference-hub.com"), ("noreply", "zoom.us")]]
    return {"customers": customers, "colleagues": colleagues, "bulk": bulk}


_me = Person(ME, "Sam Carter", "Account Executive", "Northwind SaaS")


def _thread(rng: random.Random, people: dict[str, list[Person]], no: int, length: int
            ) -> list[bytes]:
    kind = rng.random()
    start = AS_OF - timedelta(days=rng.uniform(0, 365), minutes=rng.randint(0, 1440))
    if kind < 0.22:  # newsletters and notifications
        sender = rng.choice(people["bulk"])
        return [_bulk(rng, sender, start + timedelta(days=i * 7), no, i) for i in range(length)]
    other = rng.choice(people["colleagues"] if kind < 0.32 else people["customers"])
    topic = rng.choice(_TOPICS)
    subject = f"{topic.title()} – {other.company or other.name}".strip(" –")
    out: list[bytes] = []
    previous = ""
    when = start
    ids: list[str] = []
    for i in range(length):
        sender, receiver = (_me, other) if (i % 2 == 0) == (rng.random() < 0.5) else (other, _me)
        body = _body(rng, sender, receiver, previous, when)
        mid = f"<{no}.{i}.{rng.getrandbits(40):x}@mail.{sender.email.split('@')[1]}>"
        out.append(_mail(rng, sender, receiver, ("Re: " if i else "") + subject, body, when,
                         mid, ids, no, labels=_labels(rng, sender)))
        ids.append(mid)
        previous = body
        when += timedelta(hours=rng.expovariate(1 / 20))
        if when > AS_OF:
            break
    if rng.random() < 0.03:  # an invitation in the thread
        out.append(_invite(rng, _me, other, start, no))
    if rng.random() < 0.015:
        out.append(_auto_reply(rng, other, start, no))
    if rng.random() < 0.008:
        out.append(_bounce(rng, start, no))
    return out


def _labels(rng: random.Random, sender: Person) -> str:
    r = rng.random()
    if r < 0.02:
        return "Chat"
    if r < 0.04:
        return "Spam"
    if r < 0.05:
        return "Trash"
    return "Sent" if sender is _me else "Inbox,Important,Opened,Category Personal"


def _body(rng: random.Random, sender: Person, receiver: Person, previous: str,
          when: datetime) -> str:
    greeting = rng.choice([f"Hi {receiver.name.split()[0]},", f"Hello {receiver.name.split()[0]}!",
                           f"{receiver.name.split()[0]},", "Bonjour,"])
    lines = [greeting, ""]
    for _ in range(rng.randint(1, 5)):
        lines.append(" ".join(rng.sample(_LINES, rng.randint(1, 3))))
        lines.append("")
    lines.append(rng.choice(["Best,", "Thanks!", "Cheers,", "Regards,", "Merci,"]))
    lines.append(sender.name.split()[0])
    lines += ["", "--", sender.name, sender.title, sender.company, "+1 415 555 0100"]
    if previous:
        if rng.random() < 0.15:
            lines += ["", f"Le {when:%d/%m/%Y} à {when:%H:%M}, {receiver.name} a écrit :"]
        else:
            lines += ["", f"On {when:%a, %b %d, %Y at %I:%M %p} {receiver.name} "
                          f"<{receiver.email}> wrote:"]
        lines += ["> " + line if line else ">" for line in previous.splitlines()[:120]]
    return "\n".join(lines) + "\n"


def _html(text: str) -> str:
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f"<html><head><style>p{{margin:0}}</style></head><body><div>{paras}</div></body></html>"


def _header(name: str, email: str) -> str:
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>'
    encoded = base64.b64encode(name.encode()).decode()
    return f"=?UTF-8?B?{encoded}?= <{email}>"


def _subject(subject: str) -> str:
    if all(ord(c) < 128 for c in subject):
        return subject
    return "=?UTF-8?Q?" + quopri.encodestring(subject.encode(), header=True).decode() + "?="


def _mail(rng: random.Random, sender: Person, receiver: Person, subject: str, body: str,
          when: datetime, mid: str, refs: list[str], thread: int, *, labels: str) -> bytes:
    head = [
        f"From {thread}{rng.getrandbits(30)}@xxx {when:%a %b %d %H:%M:%S} +0000 {when:%Y}",
        f"X-GM-THRID: {1700000000000000000 + thread}",
        f"X-Gmail-Labels: {labels}",
        f"Message-ID: {mid}",
        f"Date: {format_datetime(when)}",
        f"From: {_header(sender.name, sender.email)}",
        f"To: {_header(receiver.name, receiver.email)}",
        f"Subject: {_subject(subject)}",
        "MIME-Version: 1.0",
    ]
    if rng.random() < 0.3:
        head.append(f"Cc: {_header(_me.name, 'sam.carter@northwind-saas.com')}")
    if refs:
        head += [f"In-Reply-To: {refs[-1]}", f"References: {' '.join(refs[-10:])}"]
    shape = rng.random()
    boundary = f"000000000000{rng.getrandbits(48):012x}"
    if shape < 0.25:
        part = _text_part(rng, body, "text/plain")
        mime = part
    elif shape < 0.35:
        mime = _text_part(rng, _html(body), "text/html")
    else:
        mime = (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
                f"--{boundary}\n{_text_part(rng, body, 'text/plain')}\n"
                f"--{boundary}\n{_text_part(rng, _html(body), 'text/html')}\n--{boundary}--\n")
    if rng.random() < 0.04:
        outer = f"mixed{rng.getrandbits(48):012x}"
        size = int(rng.lognormvariate(10.5, 1.0))  # median ~36 KB
        blob = base64.encodebytes(rng.randbytes(min(size, 3_000_000))).decode()
        mime = (f'Content-Type: multipart/mixed; boundary="{outer}"\n\n--{outer}\n{mime}\n'
                f"--{outer}\nContent-Type: application/pdf; name=\"report.pdf\"\n"
                f"Content-Disposition: attachment; filename=\"report.pdf\"\n"
                f"Content-Transfer-Encoding: base64\n\n{blob}\n--{outer}--\n")
    text = "\n".join(head) + "\n" + mime
    text = text.replace("\nFrom ", "\n>From ")  # mboxrd escaping of body lines
    return text.encode("utf-8") + b"\n"


def _text_part(rng: random.Random, text: str, ctype: str) -> str:
    r = rng.random()
    if r < 0.5:
        return (f"Content-Type: {ctype}; charset=\"UTF-8\"\nContent-Transfer-Encoding: "
                f"quoted-printable\n\n{quopri.encodestring(text.encode()).decode()}\n")
    if r < 0.7:
        b64 = base64.encodebytes(text.encode()).decode()
        return f"Content-Type: {ctype}; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n{b64}"
    return f"Content-Type: {ctype}; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"


def _bulk(rng: random.Random, sender: Person, when: datetime, no: int, i: int) -> bytes:
    body = "\n\n".join(rng.sample(_LINES, 6)) + "\n\nUnsubscribe: https://example.com/u\n"
    label = "Inbox,Category Promotions" if rng.random() < 0.7 else "Inbox,Category Updates"
    raw = _mail(rng, sender, _me, f"Weekly digest #{no}-{i}", body, when,
                f"<bulk.{no}.{i}@{sender.email.split('@')[1]}>", [], no, labels=label)
    return raw.replace(b"MIME-Version: 1.0\n", b"MIME-Version: 1.0\nList-Unsubscribe: "
                       b"<mailto:unsubscribe@example.com>\nPrecedence: bulk\n", 1)


def _invite(rng: random.Random, me: Person, other: Person, when: datetime, no: int) -> bytes:
    start = when + timedelta(days=3)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
           f"UID:invite-{no}@northwind\nDTSTART:{start:%Y%m%dT%H%M%SZ}\n"
           f"ORGANIZER:mailto:{me.email}\nATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:{other.email}\n"
           "SUMMARY:Check-in\nEND:VEVENT\nEND:VCALENDAR\n")
    boundary = f"inv{no:08d}"
    return (f"From invite@xxx {when:%a %b %d %H:%M:%S} +0000 {when:%Y}\n"
            f"X-GM-THRID: {1800000000000000000 + no}\nX-Gmail-Labels: Sent\n"
            f"Message-ID: <invite.{no}@northwind>\nDate: {format_datetime(when)}\n"
            f"From: {me.email}\nTo: {other.email}\nSubject: Invitation: Check-in @ "
            f"{start:%a %b %d, %Y}\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n--{boundary}\n'
            f"Content-Type: text/plain; charset=UTF-8\n\nYou have been invited.\n--{boundary}\n"
            f"Content-Type: text/calendar; method=REQUEST; charset=UTF-8\n\n{ics}"
            f"--{boundary}--\n\n").encode()


def _auto_reply(rng: random.Random, other: Person, when: datetime, no: int) -> bytes:
    when += timedelta(minutes=1)
    return (f"From auto@xxx {when:%a %b %d %H:%M:%S} +0000 {when:%Y}\n"
            f"X-GM-THRID: {1700000000000000000 + no}\nX-Gmail-Labels: Inbox\n"
            f"Message-ID: <auto.{no}@{other.email.split('@')[1]}>\n"
            f"Date: {format_datetime(when)}\nFrom: {other.email}\nTo: {ME}\n"
            "Subject: Automatic reply: your message\nAuto-Submitted: auto-replied\n"
            "Content-Type: text/plain; charset=UTF-8\n\nI am out of the office until Monday.\n\n"
            ).encode()


def _bounce(rng: random.Random, when: datetime, no: int) -> bytes:
    when += timedelta(minutes=2)
    b = f"bounce{no:08d}"
    return (f"From MAILER-DAEMON {when:%a %b %d %H:%M:%S} +0000 {when:%Y}\n"
            f"X-Gmail-Labels: Inbox\nMessage-ID: <bounce.{no}@mx.google.com>\n"
            f"Date: {format_datetime(when)}\nFrom: Mail Delivery Subsystem "
            f"<mailer-daemon@googlemail.com>\nTo: {ME}\nSubject: Delivery Status Notification "
            f'(Failure)\nContent-Type: multipart/report; report-type=delivery-status; '
            f'boundary="{b}"\n\n--{b}\nContent-Type: text/plain\n\nAddress not found.\n'
            f"--{b}\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n--{b}--\n\n"
            ).encode()


def _calendar(rng: random.Random, people: dict[str, list[Person]]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//unspoken bench//EN"]
    start = AS_OF - timedelta(days=330)
    for i, other in enumerate(people["customers"][:120]):
        first = start + timedelta(days=rng.randint(0, 30), hours=rng.randint(8, 17))
        uid = f"sync-{i}@northwind"
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTART:{first:%Y%m%dT%H%M00Z}",
                  f"DTEND:{first + timedelta(minutes=30):%Y%m%dT%H%M00Z}",
                  "RRULE:FREQ=WEEKLY;INTERVAL=2", f"SUMMARY:Sync with {other.company or 'you'}",
                  f"ORGANIZER;CN=Sam Carter:mailto:{ME}",
                  f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{other.email}"]
        if rng.random() < 0.3:
            ex = first + timedelta(weeks=2 * rng.randint(5, 20))
            lines.append(f"EXDATE:{ex:%Y%m%dT%H%M00Z}")
        lines.append("END:VEVENT")
        if rng.random() < 0.3:
            orig = first + timedelta(weeks=2 * rng.randint(1, 20))
            moved = orig + timedelta(days=rng.choice([1, 7, 14]))
            lines += ["BEGIN:VEVENT", f"UID:{uid}", f"RECURRENCE-ID:{orig:%Y%m%dT%H%M00Z}",
                      f"DTSTART:{moved:%Y%m%dT%H%M00Z}", "SEQUENCE:1",
                      f"SUMMARY:Sync with {other.company or 'you'}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
