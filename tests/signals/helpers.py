"""Tiny builders of MessageFeatures and Meeting records for detector unit tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count

from tests.signals.scenarios import AS_OF, ME
from unspoken.signals.model import (
    Address,
    Attendee,
    Direction,
    Meeting,
    MeetingStatus,
    MessageFeatures,
    MessageFlag,
    Response,
    Role,
)

_ids = count()


def day(days_before: float) -> datetime:
    return AS_OF - timedelta(days=days_before)


def feat(*, sender: str = "dana@acme.com", to: tuple[str, ...] = (ME,), cc: tuple[str, ...] = (),
         when: datetime = AS_OF - timedelta(days=10), words: int = 30, thread: str = "",
         markers: dict[str, int] | None = None, quotes: dict[str, str] | None = None,
         bulk: bool = False, flags: frozenset[MessageFlag] = frozenset(),
         role: Role = Role.UNKNOWN, title: str = "", subject: str = "Project update",
         message_id: str = "", in_reply_to: str = "") -> MessageFeatures:
    n = next(_ids)
    direction = Direction.SENT if sender == ME else Direction.RECEIVED
    if bulk:
        flags = flags | {MessageFlag.BULK}
    return MessageFeatures(
        id=f"m{n}", thread_id=thread or f"t{n}", date=when, direction=direction,
        sender=Address(sender), to=tuple(Address(a) for a in to),
        cc=tuple(Address(a) for a in cc), subject=subject, flags=flags, chars=words * 5,
        words=words, markers=markers or {}, quotes=quotes or {}, sender_title=title,
        sender_role=role, message_id=message_id or f"<m{n}@x>", in_reply_to=in_reply_to)


def meeting(*, start: datetime, people: tuple[str, ...] = ("dana@acme.com",),
            title: str = "Weekly sync", original: datetime | None = None,
            cancelled: bool = False, declined: tuple[str, ...] = (),
            recurring: bool = True, uid: str = "sync") -> Meeting:
    return Meeting(
        uid=uid, occurrence_id=f"{uid}/{(original or start).isoformat()}", title=title,
        start=start, end=start + timedelta(minutes=30),
        status=MeetingStatus.CANCELLED if cancelled else MeetingStatus.CONFIRMED,
        organizer=Address(ME), attendees=tuple(
            Attendee(p, response=Response.DECLINED if p in declined else Response.ACCEPTED)
            for p in (ME, *people)),
        original_start=original, sequence=1 if original else 0, recurring=recurring)
