"""Message -> MessageFeatures: the one place a message's text is read (stub: engine issue)."""

from __future__ import annotations

from unspoken.signals import markers as _markers
from unspoken.signals.model import Message, MessageFeatures


def extract(message: Message, *, executive_titles: tuple[str, ...] = ()) -> MessageFeatures:
    found = _markers.detect(message.new_text, direction=message.direction)
    return MessageFeatures(
        id=message.id,
        thread_id=message.thread_id,
        date=message.date,
        direction=message.direction,
        sender=message.sender,
        to=message.to,
        cc=message.cc,
        subject=message.subject,
        flags=message.flags,
        chars=len(message.new_text),
        words=len(message.new_text.split()),
        markers=dict(found.counts),
        quotes=dict(found.quotes),
        message_id=message.message_id,
        in_reply_to=message.in_reply_to,
    )
