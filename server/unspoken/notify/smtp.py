"""Sending mail over SMTP (aiosmtplib): `UNSPOKEN_SMTP_URL` parsed once, a few connections
kept open and checked with NOOP before reuse, and errors sorted into "try again later" and
"this message will never go" so callers can retry or give up."""

from __future__ import annotations

import asyncio
import ssl
import time
from dataclasses import dataclass
from email.message import Message
from email.utils import parseaddr
from urllib.parse import parse_qs, unquote, urlparse

import aiosmtplib

FRESH_SECONDS = 5.0  # an idle connection older than this is checked with NOOP before reuse


class SmtpConfigError(ValueError):
    pass


class SmtpTemporary(Exception):  # noqa: N818 - a kind of outcome, like providers' Transient
    """Not sent this time (connection, timeout, 4xx): safe to try again."""


class SmtpPermanent(Exception):  # noqa: N818
    """The server refused this message for good (5xx on sender, recipient or content)."""


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int
    use_tls: bool  # smtps: TLS from the first byte
    start_tls: bool | None  # smtp: True = required, None = if offered, False = never
    username: str | None
    password: str | None
    sender: str  # the From header
    timeout: float
    ca_file: str | None = None

    @property
    def envelope_from(self) -> str:
        return parseaddr(self.sender)[1]

    @property
    def domain(self) -> str:
        return self.envelope_from.rpartition("@")[2] or "unspoken.invalid"


def parse(url: str, *, sender: str = "", timeout: float = 30.0) -> SmtpConfig:
    """smtp://[user:pass@]host[:587][?starttls=required|optional|off][&ca=/path.pem] or
    smtps://[user:pass@]host[:465]; one-line SmtpConfigError naming what is wrong."""
    u = urlparse(url)
    if u.scheme not in ("smtp", "smtps"):
        raise SmtpConfigError(f"UNSPOKEN_SMTP_URL: scheme must be smtp or smtps, not "
                              f"{u.scheme or 'none'!r}")
    if not u.hostname:
        raise SmtpConfigError("UNSPOKEN_SMTP_URL: no host")
    query = {k: v[-1] for k, v in parse_qs(u.query).items()}
    mode = query.get("starttls", "required")
    if mode not in ("required", "optional", "off"):
        raise SmtpConfigError("UNSPOKEN_SMTP_URL: starttls must be required, optional or off")
    try:
        port = u.port or (465 if u.scheme == "smtps" else 587)
    except ValueError:
        raise SmtpConfigError("UNSPOKEN_SMTP_URL: the port is not a number") from None
    frm = sender or f"Unspoken <unspoken@{u.hostname}>"
    if "@" not in parseaddr(frm)[1]:
        raise SmtpConfigError(f"UNSPOKEN_SMTP_FROM: not an address: {frm!r}")
    return SmtpConfig(
        host=u.hostname, port=port, use_tls=u.scheme == "smtps",
        start_tls=None if u.scheme == "smtps" else
        {"required": True, "optional": None, "off": False}[mode],
        username=unquote(u.username) if u.username else None,
        password=unquote(u.password) if u.password else None, sender=frm, timeout=timeout,
        ca_file=query.get("ca"))


class Mailer:
    """Sends messages; keeps up to `pool` idle connections. One idle for a while is checked with
    NOOP first; either way a dead connection fails at MAIL FROM, before any data, so the
    caller's retry never doubles a message."""

    def __init__(self, config: SmtpConfig, *, pool: int = 4) -> None:
        self.config = config
        self._idle: list[tuple[aiosmtplib.SMTP, float]] = []  # (connection, last used)
        self._pool = pool

    def _client(self) -> aiosmtplib.SMTP:
        c = self.config
        ctx = ssl.create_default_context(cafile=c.ca_file) if c.ca_file else None
        return aiosmtplib.SMTP(hostname=c.host, port=c.port, use_tls=c.use_tls,
                               start_tls=c.start_tls, username=c.username, password=c.password,
                               timeout=c.timeout, tls_context=ctx)

    async def _connection(self) -> aiosmtplib.SMTP:
        while self._idle:
            smtp, since = self._idle.pop()
            if time.monotonic() - since < FRESH_SECONDS:
                return smtp  # just used: a failure now happens before DATA, so no double send
            try:
                await smtp.noop()
                return smtp
            except (TimeoutError, aiosmtplib.SMTPException, OSError):
                smtp.close()
        smtp = self._client()
        try:
            await smtp.connect()
        except aiosmtplib.SMTPResponseException as exc:
            smtp.close()
            raise (SmtpPermanent if exc.code == 535 else SmtpTemporary)(
                f"smtp {exc.code}") from None
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            smtp.close()
            raise SmtpTemporary(f"smtp connect: {type(exc).__name__}") from None
        return smtp

    async def send(self, message: Message, *, to: str) -> None:
        """Hand `message` to the server for `to`; returns once the server accepted it (250)."""
        data = message.as_bytes()
        smtp = await self._connection()
        try:
            errors, _ = await smtp.sendmail(self.config.envelope_from, [to], data)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            smtp.close()
            codes = [e.code for e in exc.recipients]
            raise (SmtpTemporary if all(400 <= c < 500 for c in codes) else SmtpPermanent)(
                f"smtp recipient refused {codes[0] if codes else ''}".strip()) from None
        except aiosmtplib.SMTPResponseException as exc:
            smtp.close()
            raise (SmtpTemporary if 400 <= exc.code < 500 else SmtpPermanent)(
                f"smtp {exc.code}") from None
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            smtp.close()
            raise SmtpTemporary(f"smtp: {type(exc).__name__}") from None
        if errors:  # a refused recipient among several (we send to one)
            smtp.close()
            raise SmtpPermanent("smtp recipient refused")
        if len(self._idle) < self._pool:
            self._idle.append((smtp, time.monotonic()))
        else:
            await _quit(smtp)

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        await asyncio.gather(*(_quit(s) for s, _ in idle), return_exceptions=True)


async def _quit(smtp: aiosmtplib.SMTP) -> None:
    try:
        await smtp.quit()
    except (TimeoutError, aiosmtplib.SMTPException, OSError):
        smtp.close()
