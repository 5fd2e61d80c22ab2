"""Message -> MessageFeatures: the one place a message's text is read; the text stops here."""

from __future__ import annotations

from unspoken.signals import markers as _markers
from unspoken.signals import roles as _roles
from unspoken.signals.model import Message, MessageFeatures, Role

QUOTE_MAX = 160


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= QUOTE_MAX:
        return text
    cut = text[: QUOTE_MAX - 1].rsplit(" ", 1)[0]
    return cut + "…"


def extract(message: Message, *, executive_titles: tuple[str, ...] = (),
            store_quotes: bool = True) -> MessageFeatures:
    """Derived numbers and marker counts of one message; at most one short quote per marker."""
    found = _markers.detect(message.new_text, direction=message.direction,
                            subject=message.subject)
    role, title = Role.UNKNOWN, ""
    if message.signature:
        role, title = _roles.role_from_signature(message.signature,
                                                 extra_patterns=executive_titles)
    quotes = {k: _short(q) for k, q in found.quotes.items() if q} if store_quotes else {}
    return MessageFeatures(
        id=message.id,
        thread_id=message.thread_id,
        date=message.date,
        direction=message.direction,
        sender=message.sender,
        to=message.to,
        cc=message.cc,
        subject=message.subject[:300],
        flags=message.flags,
        chars=len(message.new_text),
        words=len(message.new_text.split()),
        markers={k: int(v) for k, v in found.counts.items() if v},
        quotes=quotes,
        sender_title=_short(title) if title else "",
        sender_role=role,
        message_id=message.message_id,
        in_reply_to=message.in_reply_to,
    )
