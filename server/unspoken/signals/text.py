"""Quote and signature stripping (stub: text issue fills it in)."""

from __future__ import annotations


def split_reply(body: str) -> tuple[str, str]:
    """(new text, signature block) of a plain-text body: quoted history and signature removed."""
    return body.strip(), ""


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body (blockquotes kept as '>' lines for split_reply)."""
    return html
