"""One generated mailbox three ways: as an export for `unspoken scan`, in the fake Gmail and in
the fake Outlook (Graph), each shaped as that provider shows the same mail, so a test can check
that every path threads, de-duplicates and scores it the same.

Each path gets what it would really see. A Gmail Takeout carries X-GM-THRID (Gmail's thread
id, which the API gives as `threadId` in hex); an Outlook export does not. Graph gives received
mail its internet headers (Message-ID, In-Reply-To, References, Auto-Submitted, ...), a Sent
Items copy none, `internetMessageId` in its own spelling (upper case here: the same id, another
spelling) and a `conversationId` by conversation topic, the way Exchange groups mail that
carries no Thread-Index: same-subject threads months apart share one.
"""

from __future__ import annotations

import email
import hashlib
import mailbox
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from tests.providers.google.fake_google import FakeGoogle
from tests.providers.microsoft.fake_graph import FakeGraph
from unspoken.imports.threads import normalise_subject

# What the providers show as headers of their own (never as internetMessageHeaders extras).
_OWN = {"from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references",
        "x-gm-thrid", "x-gmail-labels", "content-type", "content-transfer-encoding",
        "mime-version"}


@dataclass(frozen=True, slots=True)
class Mail:
    sender: str  # "Name <address>"
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime
    message_id: str
    in_reply_to: str
    references: str
    gm_thrid: str
    labels: str
    extra: tuple[tuple[str, str], ...]  # Auto-Submitted, List-Unsubscribe, ...
    text: str

    @property
    def address(self) -> str:
        return getaddresses([self.sender])[0][1].lower()


def read_export(path: Path) -> list[Mail]:
    """The messages of a generated .mbox, as the providers will be given them."""
    out = []
    for raw in mailbox.mbox(path, factory=None):
        msg = email.message_from_bytes(raw.as_bytes(), policy=default)
        assert isinstance(msg, EmailMessage)
        body = msg.get_body(preferencelist=("plain",))
        out.append(Mail(
            sender=str(msg["From"]), to=_list(msg, "To"), cc=_list(msg, "Cc"),
            subject=str(msg["Subject"] or ""), date=parsedate_to_datetime(str(msg["Date"])),
            message_id=str(msg["Message-ID"] or ""), in_reply_to=str(msg["In-Reply-To"] or ""),
            references=str(msg["References"] or ""), gm_thrid=str(msg["X-GM-THRID"] or ""),
            labels=str(msg["X-Gmail-Labels"] or ""),
            extra=tuple((k, str(v)) for k, v in msg.items() if k.lower() not in _OWN),
            text=body.get_content() if body is not None else ""))
    return out


def _list(msg: EmailMessage, name: str) -> tuple[str, ...]:
    return tuple(f"{n} <{a}>" if n else a for n, a in getaddresses(msg.get_all(name, [])))


def outlook_export(path: Path, to: Path) -> Path:
    """The same export as Outlook would give it: no Gmail thread ids or labels."""
    with path.open("rb") as src, to.open("wb") as dst:
        for line in src:
            if not line.lower().startswith((b"x-gm-thrid:", b"x-gmail-labels:")):
                dst.write(line)
    return to


def to_gmail(fake: FakeGoogle, address: str, mails: list[Mail]) -> None:
    for i, m in enumerate(mails):
        sent = m.address == address
        labels = ("SENT",) if sent else ("INBOX", "CATEGORY_UPDATES") \
            if "Category Updates" in m.labels else ("INBOX",)
        extra = dict(m.extra)
        if m.cc:
            extra["Cc"] = ", ".join(m.cc)
        if m.in_reply_to:
            extra["In-Reply-To"] = m.in_reply_to
        if m.references:
            extra["References"] = m.references
        fake.add_message(address, sender=m.sender, to=", ".join(m.to), subject=m.subject,
                         body=m.text, when=m.date, labels=labels, extra_headers=extra,
                         msg_id=f"{int(m.date.timestamp() * 1000):x}{i:05x}",
                         thread_id=f"{int(m.gm_thrid):x}", message_id=m.message_id)


def to_graph(graph: FakeGraph, address: str, mails: list[Mail]) -> None:
    for m in mails:
        sent = m.address == address
        topic = normalise_subject(m.subject)
        graph.add_message(
            "sentitems" if sent else "inbox", when=m.date, sent=m.date, sender=m.sender,
            to=list(m.to), cc=list(m.cc), subject=m.subject, text=m.text,
            conversation="AAQk" + hashlib.sha1(topic.encode()).hexdigest()[:24],
            message_id=m.message_id.upper(), in_reply_to=m.in_reply_to,
            references=m.references,
            headers=[{"name": k, "value": v} for k, v in m.extra])
