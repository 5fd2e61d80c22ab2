"""Small hand-written exports for the importer tests, and where the real samples live."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ME = frozenset({"sam@northwind-saas.com"})


def shared(*parts: str) -> Path:
    """A real sample under ../shared/data, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared sample {path} not present")
    return path


def mail(*, frm: str = "Dana Reyes <Dana.Reyes@Acme-Logistics.com>",
         to: str = "Sam <sam@northwind-saas.com>", subject: str = "Renewal",
         date: str | None = "Tue, 15 Sep 2026 10:00:00 +0000",
         body: str = "Hi Sam,\n\nSounds good.\n",
         headers: str = "", message_id: str | None = "<m1@acme-logistics.com>",
         content_type: str = "text/plain; charset=utf-8") -> str:
    lines = []
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    if date is not None:
        lines.append(f"Date: {date}")
    lines += [f"From: {frm}", f"To: {to}", f"Subject: {subject}", "MIME-Version: 1.0",
              f"Content-Type: {content_type}"]
    if headers:
        lines += headers.strip("\n").split("\n")
    return "\n".join(lines) + "\n\n" + body


def mbox(*messages: str, sep: str = "From sender@example.com Tue Sep 15 10:00:00 2026") -> bytes:
    return "".join(f"{sep}\n{m.rstrip(chr(10))}\n\n" for m in messages).encode("utf-8")
