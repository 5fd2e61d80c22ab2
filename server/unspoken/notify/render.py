"""Digest and alert messages: Jinja2 templates (notify/templates) rendered to a multipart
plain-text + HTML message with the headers mail clients rely on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

LEVELS = {"at_risk": "at risk", "watch": "watch", "healthy": "healthy",
          "insufficient_data": "not enough data"}


@dataclass(frozen=True, slots=True)
class Item:
    """One account in a digest or an alert."""

    account: str
    level: str
    reasons: tuple[str, ...]
    contact: str  # "Dana Reyes (VP of Operations) <dana@acme.com>", or ""
    link: str
    was: str | None = None  # the previous level, for a change

    @property
    def label(self) -> str:
        return LEVELS.get(self.level, self.level)

    @property
    def was_label(self) -> str:
        return LEVELS.get(self.was or "", self.was or "")


@dataclass(frozen=True, slots=True)
class Digest:
    to: str
    name: str
    period: str
    since: datetime
    until: datetime
    changed: tuple[Item, ...]
    at_risk: tuple[Item, ...]
    console: str
    unsubscribe: str  # one-click, signed
    settings: str
    more: int = 0  # at-risk accounts left out of a long list

    @property
    def empty(self) -> bool:
        return not (self.changed or self.at_risk)

    @property
    def subject(self) -> str:
        parts = []
        if self.changed:
            parts.append(f"{len(self.changed)} account{'s' * (len(self.changed) != 1)} "
                         "changed level")
        n = len(self.at_risk) + self.more + sum(i.level == "at_risk" for i in self.changed)
        if n:
            parts.append(f"{n} at risk")
        return "Unspoken weekly: " + (", ".join(parts) or "nothing changed")


@dataclass(frozen=True, slots=True)
class Alert:
    to: str
    item: Item
    settings: str
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def subject(self) -> str:
        return f"Unspoken: {self.item.account} is now {self.item.label}"

    @property
    def lines(self) -> list[str]:
        i = self.item
        out = [f"Was {i.was_label}, now {i.label}."]
        out += [f"• {r}" for r in i.reasons]
        if i.contact:
            out.append(f"Contact: {i.contact}")
        return out


def account_url(public_url: str, account: str) -> str:
    return f"{public_url.rstrip('/')}/accounts/{quote(account, safe='')}"


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def html(name: str, **ctx: object) -> str:
    return _env().get_template(f"{name}.html").render(**ctx)


def text(name: str, **ctx: object) -> str:
    return _env().get_template(f"{name}.txt").render(**ctx)


_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP  # readable in the source, unlike base64


def _header(value: str) -> str:
    """RFC 2047-encoded when not ASCII."""
    return value if value.isascii() else Header(value, "utf-8").encode()


def _message(*, sender: str, to: str, subject: str, message_id: str, when: datetime,
             plain: str, rich: str) -> MIMEMultipart:
    """multipart/alternative, plain text first. Built with the compat32 classes: no header
    re-parsing, a few times cheaper than EmailMessage (the digest run sends thousands)."""
    m = MIMEMultipart("alternative")
    m["From"] = sender
    m["To"] = to
    m["Subject"] = _header(subject)
    m["Date"] = format_datetime(when)
    m["Message-ID"] = message_id
    m["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to us
    m.attach(MIMEText(plain, "plain", _UTF8))  # type: ignore[arg-type]  # a Charset is allowed
    m.attach(MIMEText(rich, "html", _UTF8))  # type: ignore[arg-type]
    return m


def digest_message(d: Digest, *, sender: str, message_id: str, when: datetime
                   ) -> MIMEMultipart:
    m = _message(sender=sender, to=formataddr((d.name, d.to)), subject=d.subject,
                 message_id=message_id, when=when, plain=text("digest", d=d),
                 rich=html("digest", d=d))
    m["List-Unsubscribe"] = f"<{d.unsubscribe}>"
    m["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    return m


def alert_message(a: Alert, *, sender: str, message_id: str, when: datetime
                  ) -> MIMEMultipart:
    return _message(sender=sender, to=a.to, subject=a.subject, message_id=message_id,
                    when=when, plain=text("alert", a=a), rich=html("alert", a=a))
