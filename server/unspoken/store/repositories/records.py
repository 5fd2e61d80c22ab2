"""Derived per-message features and meetings, with the account keys that index them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Text,
    and_,
    cast,
    delete,
    func,
    literal,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals.markers import QUOTED_KINDS
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
from unspoken.store.models import MeetingKey, MeetingRow, MessageKey, MessageRow

_CHUNK = 500


def _addr(a: Address) -> list[str]:
    return [a.email, a.name]


def _unaddr(v: list[Any]) -> Address:
    return Address(email=v[0], name=v[1] if len(v) > 1 else "")


_JSON_COLS = ("sender", "to", "cc", "flags", "markers", "quotes")
_PLAIN_COLS = ("id", "ext_id", "thread_id", "date", "direction", "subject", "chars", "words",
               "sender_title", "sender_role", "message_id", "in_reply_to")


def _packed_columns() -> list[Any]:
    """Plain columns, then the six JSON columns as one JSON array in one text value: the
    driver decodes one document per row instead of six (the rescoring hot path)."""
    t = MessageRow.__table__
    packed: Any = literal("[")
    for i, name in enumerate(_JSON_COLS):
        packed = packed + cast(t.c[name], Text) + literal("," if i < len(_JSON_COLS) - 1 else "]")
    return [*(t.c[c] for c in _PLAIN_COLS), packed.label("packed")]


def _unpacked(r: Any) -> MessageFeatures:
    sender, to, cc, flags, markers, quotes = json.loads(r.packed)
    return MessageFeatures(
        id=r.ext_id, thread_id=r.thread_id, date=r.date, direction=Direction(r.direction),
        sender=_unaddr(sender), to=tuple(_unaddr(a) for a in to),
        cc=tuple(_unaddr(a) for a in cc), subject=r.subject,
        flags=frozenset(MessageFlag(x) for x in flags), chars=r.chars, words=r.words,
        markers=markers, quotes=quotes, sender_title=r.sender_title,
        sender_role=Role(r.sender_role), message_id=r.message_id, in_reply_to=r.in_reply_to)


def features_row(f: MessageFeatures, *, mailbox_id: str, user_id: str,
                 keep_quotes: bool) -> MessageRow:
    return MessageRow(
        mailbox_id=mailbox_id, user_id=user_id, ext_id=f.id, message_id=f.message_id,
        in_reply_to=f.in_reply_to, thread_id=f.thread_id, date=f.date,
        direction=f.direction.value, sender=_addr(f.sender), to=[_addr(a) for a in f.to],
        cc=[_addr(a) for a in f.cc], subject=f.subject, flags=sorted(x.value for x in f.flags),
        chars=f.chars, words=f.words, markers=dict(f.markers),
        quotes={k: v[:160] for k, v in f.quotes.items() if k in QUOTED_KINDS}
        if keep_quotes else {},
        sender_title=f.sender_title, sender_role=f.sender_role.value)


def row_features(r: MessageRow) -> MessageFeatures:
    return MessageFeatures(
        id=r.ext_id, thread_id=r.thread_id, date=r.date, direction=Direction(r.direction),
        sender=_unaddr(r.sender), to=tuple(_unaddr(a) for a in r.to),
        cc=tuple(_unaddr(a) for a in r.cc), subject=r.subject,
        flags=frozenset(MessageFlag(x) for x in r.flags), chars=r.chars, words=r.words,
        markers=dict(r.markers), quotes=dict(r.quotes), sender_title=r.sender_title,
        sender_role=Role(r.sender_role), message_id=r.message_id, in_reply_to=r.in_reply_to)


def meeting_row(m: Meeting, *, mailbox_id: str, user_id: str) -> MeetingRow:
    return MeetingRow(
        mailbox_id=mailbox_id, user_id=user_id, occurrence_id=m.occurrence_id, uid=m.uid,
        title=m.title, start=m.start, end=m.end, status=m.status.value,
        organizer=_addr(m.organizer) if m.organizer else None,
        attendees=[[a.email, a.name, a.response.value] for a in m.attendees],
        original_start=m.original_start, sequence=m.sequence, recurring=m.recurring)


def row_meeting(r: MeetingRow) -> Meeting:
    return Meeting(
        uid=r.uid, occurrence_id=r.occurrence_id, title=r.title, start=r.start, end=r.end,
        status=MeetingStatus(r.status), organizer=_unaddr(r.organizer) if r.organizer else None,
        attendees=tuple(Attendee(a[0], a[1], Response(a[2])) for a in r.attendees),
        original_start=r.original_start, sequence=r.sequence, recurring=r.recurring)


async def replace_messages(session: AsyncSession, rows: Sequence[MessageRow],
                           keys: Sequence[set[str]]) -> None:
    """Insert rows; a message stored before (same mailbox and id) is replaced, never doubled."""
    if not rows:
        return
    by_mailbox: dict[str, list[str]] = {}
    for r in rows:
        by_mailbox.setdefault(r.mailbox_id, []).append(r.ext_id)
    for mailbox_id, ext_ids in by_mailbox.items():
        for i in range(0, len(ext_ids), _CHUNK):
            await session.execute(delete(MessageRow).where(
                MessageRow.mailbox_id == mailbox_id,
                MessageRow.ext_id.in_(ext_ids[i:i + _CHUNK])))
    session.add_all(rows)
    await session.flush()
    session.add_all(MessageKey(user_id=r.user_id, key=k, message_row_id=r.id)
                    for r, ks in zip(rows, keys, strict=True) for k in ks)


async def replace_meetings(session: AsyncSession, rows: Sequence[MeetingRow],
                           keys: Sequence[set[str]]) -> None:
    if not rows:
        return
    mailbox_id = rows[0].mailbox_id
    occ = [r.occurrence_id for r in rows]
    for i in range(0, len(occ), _CHUNK):
        await session.execute(delete(MeetingRow).where(
            MeetingRow.mailbox_id == mailbox_id, MeetingRow.occurrence_id.in_(occ[i:i + _CHUNK])))
    session.add_all(rows)
    await session.flush()
    session.add_all(MeetingKey(user_id=r.user_id, key=k, meeting_row_id=r.id)
                    for r, ks in zip(rows, keys, strict=True) for k in ks)


async def delete_messages(session: AsyncSession, *, mailbox_id: str,
                          ext_ids: Sequence[str]) -> set[str]:
    """Delete; returns the account keys the deleted messages touched."""
    if not ext_ids:
        return set()
    q = (select(MessageKey.key).join(MessageRow, MessageRow.id == MessageKey.message_row_id)
         .where(MessageRow.mailbox_id == mailbox_id, MessageRow.ext_id.in_(ext_ids)))
    touched = set((await session.execute(q)).scalars().all())
    await session.execute(delete(MessageRow).where(MessageRow.mailbox_id == mailbox_id,
                                                   MessageRow.ext_id.in_(ext_ids)))
    return touched


async def delete_meetings(session: AsyncSession, *, mailbox_id: str,
                          occurrence_ids: Sequence[str]) -> set[str]:
    if not occurrence_ids:
        return set()
    q = (select(MeetingKey.key).join(MeetingRow, MeetingRow.id == MeetingKey.meeting_row_id)
         .where(MeetingRow.mailbox_id == mailbox_id,
                MeetingRow.occurrence_id.in_(occurrence_ids)))
    touched = set((await session.execute(q)).scalars().all())
    await session.execute(delete(MeetingRow).where(
        MeetingRow.mailbox_id == mailbox_id, MeetingRow.occurrence_id.in_(occurrence_ids)))
    return touched


async def unseen_messages(session: AsyncSession, *, mailbox_id: str, written_before: datetime,
                          since: datetime | None, until: datetime | None,
                          id_prefix: str = "") -> list[str]:
    """Ids of a mailbox's messages dated in [since, until) (bounds optional), whose ids start
    with `id_prefix`, not written since `written_before` (a full listing did not see them)."""
    q = select(MessageRow.ext_id).where(
        MessageRow.mailbox_id == mailbox_id,
        or_(MessageRow.synced_at.is_(None), MessageRow.synced_at < written_before))
    if since is not None:
        q = q.where(MessageRow.date >= since)
    if until is not None:
        q = q.where(MessageRow.date < until)
    if id_prefix:
        q = q.where(MessageRow.ext_id.startswith(id_prefix, autoescape=True))
    return list((await session.execute(q)).scalars().all())


async def unseen_meetings(session: AsyncSession, *, mailbox_id: str, written_before: datetime,
                          since: datetime | None, until: datetime | None) -> list[str]:
    """Occurrence ids of a mailbox's meetings starting in [since, until) not written since
    `written_before`."""
    q = select(MeetingRow.occurrence_id).where(
        MeetingRow.mailbox_id == mailbox_id,
        or_(MeetingRow.synced_at.is_(None), MeetingRow.synced_at < written_before))
    if since is not None:
        q = q.where(MeetingRow.start >= since)
    if until is not None:
        q = q.where(MeetingRow.start < until)
    return list((await session.execute(q)).scalars().all())


async def features_for_keys(session: AsyncSession, *, user_id: str,
                            keys: Iterable[str]) -> list[MessageFeatures]:
    """Every stored message of the user touching any of `keys`, each once."""
    keys = list(keys)
    seen: set[int] = set()
    out: list[MessageFeatures] = []
    for i in range(0, len(keys), _CHUNK):
        ids = (select(MessageKey.message_row_id)
               .where(MessageKey.user_id == user_id, MessageKey.key.in_(keys[i:i + _CHUNK])))
        q = (select(*_packed_columns()).where(MessageRow.id.in_(ids))
             .order_by(MessageRow.date, MessageRow.id))  # Core rows: no ORM bookkeeping
        for r in (await session.execute(q)).all():
            if r.id not in seen:
                seen.add(r.id)
                out.append(_unpacked(r))
    return _dedupe(out)


async def meetings_for_keys(session: AsyncSession, *, user_id: str,
                            keys: Iterable[str]) -> list[Meeting]:
    keys = list(keys)
    seen: set[int] = set()
    out: list[Meeting] = []
    for i in range(0, len(keys), _CHUNK):
        ids = (select(MeetingKey.meeting_row_id)
               .where(MeetingKey.user_id == user_id, MeetingKey.key.in_(keys[i:i + _CHUNK])))
        q = select(MeetingRow).where(MeetingRow.id.in_(ids)).order_by(MeetingRow.start,
                                                                        MeetingRow.id)
        for r in (await session.execute(q)).scalars():
            if r.id not in seen:
                seen.add(r.id)
                out.append(row_meeting(r))
    return _dedupe_meetings(out)


async def all_features(session: AsyncSession, user_id: str) -> list[MessageFeatures]:
    q = (select(*_packed_columns()).where(MessageRow.user_id == user_id)
         .order_by(MessageRow.date, MessageRow.id))
    return _dedupe([_unpacked(r) for r in (await session.execute(q)).all()])


async def all_meetings(session: AsyncSession, user_id: str) -> list[Meeting]:
    q = (select(MeetingRow).where(MeetingRow.user_id == user_id)
         .order_by(MeetingRow.start, MeetingRow.id))
    return _dedupe_meetings([row_meeting(r) for r in (await session.execute(q)).scalars()])


async def all_keys(session: AsyncSession, user_id: str) -> set[str]:
    a = await session.execute(select(MessageKey.key).where(MessageKey.user_id == user_id)
                              .distinct())
    b = await session.execute(select(MeetingKey.key).where(MeetingKey.user_id == user_id)
                              .distinct())
    return set(a.scalars().all()) | set(b.scalars().all())


async def purge_quotes(session: AsyncSession, *, user_ids: Sequence[str],
                       before: datetime | None) -> int:
    """Drop evidence quotes (all of them, or those older than `before`)."""
    q = update(MessageRow).where(MessageRow.user_id.in_(user_ids)).values(quotes={})
    if before is not None:
        q = q.where(MessageRow.date < before)
    return int((await session.execute(q)).rowcount or 0)  # type: ignore[attr-defined]


def _dedupe(features: list[MessageFeatures]) -> list[MessageFeatures]:
    """The same mail seen through two mailboxes (an import and a connector) counts once."""
    seen: set[str] = set()
    out = []
    for f in sorted(features, key=lambda f: (f.date, f.id)):
        key = f.message_id or f"id:{f.id}"
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _dedupe_meetings(meetings: list[Meeting]) -> list[Meeting]:
    seen: set[str] = set()
    out = []
    for m in sorted(meetings, key=lambda m: (m.start, m.occurrence_id)):
        if m.occurrence_id not in seen:
            seen.add(m.occurrence_id)
            out.append(m)
    return out


async def context_features(session: AsyncSession, user_id: str) -> list[MessageFeatures]:
    """All of a user's messages, only the columns the mailbox context reads (cheap)."""
    q = (select(MessageRow.ext_id, MessageRow.message_id, MessageRow.date, MessageRow.direction,
                MessageRow.sender, MessageRow.to, MessageRow.cc, MessageRow.flags,
                MessageRow.markers)
         .where(MessageRow.user_id == user_id))
    out = []
    for ext_id, message_id, date, direction, sender, to, cc, flags, markers in \
            (await session.execute(q)).all():
        out.append(MessageFeatures(
            id=ext_id, thread_id="", date=date, direction=Direction(direction),
            sender=_unaddr(sender), to=tuple(_unaddr(a) for a in to),
            cc=tuple(_unaddr(a) for a in cc), subject="",
            flags=frozenset(MessageFlag(x) for x in flags), chars=0, words=0,
            markers=dict(markers), message_id=message_id))
    return _dedupe(out)


BOUNCE_KEY = "!bounce"  # every bounce is also indexed here: it may join any account
BOUNCE_LOOKBACK_HOURS = 3


async def keys_near_bounces(session: AsyncSession, *, user_id: str,
                            bounces: Sequence[MessageFeatures]) -> set[str]:
    """Keys of the sent messages a bounce may belong to (same Message-ID, thread, or sent in
    the hours before it)."""
    out: set[str] = set()
    for b in bounces:
        cond = [MessageRow.thread_id == b.thread_id]
        if b.in_reply_to:
            cond.append(MessageRow.message_id == b.in_reply_to)
        cond.append(and_(MessageRow.date <= b.date,
                         MessageRow.date >= b.date - timedelta(hours=BOUNCE_LOOKBACK_HOURS)))
        q = (select(MessageKey.key).join(MessageRow, MessageRow.id == MessageKey.message_row_id)
             .where(MessageRow.user_id == user_id, MessageRow.direction == "sent", or_(*cond)))
        out |= set((await session.execute(q)).scalars().all())
    out.discard(BOUNCE_KEY)
    return out


async def sent_near_bounces(session: AsyncSession, *, user_id: str,
                            bounces: Sequence[MessageFeatures]) -> list[MessageFeatures]:
    """Sent messages in the hours before each bounce: what the engine may attach it to."""
    if not bounces:
        return []
    cond = [and_(MessageRow.date <= b.date,
                 MessageRow.date >= b.date - timedelta(hours=BOUNCE_LOOKBACK_HOURS))
            for b in bounces]
    q = select(MessageRow).where(MessageRow.user_id == user_id, MessageRow.direction == "sent",
                                 or_(*cond))
    return [row_features(r) for r in (await session.execute(q)).scalars()]


async def stored_messages(session: AsyncSession, *, mailbox_id: str,
                          ext_ids: Sequence[str]) -> list[MessageFeatures]:
    """The stored versions of these messages (before a replace or a delete)."""
    out: list[MessageFeatures] = []
    for i in range(0, len(ext_ids), _CHUNK):
        q = select(MessageRow).where(MessageRow.mailbox_id == mailbox_id,
                                     MessageRow.ext_id.in_(ext_ids[i:i + _CHUNK]))
        out.extend(row_features(r) for r in (await session.execute(q)).scalars())
    return out


async def stored_meetings(session: AsyncSession, *, mailbox_id: str,
                          occurrence_ids: Sequence[str]) -> list[Meeting]:
    out: list[Meeting] = []
    for i in range(0, len(occurrence_ids), _CHUNK):
        q = select(MeetingRow).where(MeetingRow.mailbox_id == mailbox_id,
                                     MeetingRow.occurrence_id.in_(occurrence_ids[i:i + _CHUNK]))
        out.extend(row_meeting(r) for r in (await session.execute(q)).scalars())
    return out


async def known_elsewhere(session: AsyncSession, *, user_id: str, mailbox_id: str,
                          features: Sequence[MessageFeatures]) -> bool:
    """Whether any of these messages is already stored under another id or mailbox (the
    engine then sees it once: counts kept per row would differ)."""
    ids = [f.message_id for f in features if f.message_id]
    if len(ids) != len(set(ids)):
        return True
    ext = [f.id for f in features]
    for i in range(0, len(ids), _CHUNK):
        q = (select(MessageRow.id).where(
            MessageRow.user_id == user_id, MessageRow.message_id.in_(ids[i:i + _CHUNK]),
            ~and_(MessageRow.mailbox_id == mailbox_id, MessageRow.ext_id.in_(ext))).limit(1))
        if (await session.execute(q)).first() is not None:
            return True
    return False


# --- row versions: what a process may keep of decoded features (services/feature_cache) ----

def _row_version() -> Any:
    """PostgreSQL's `xmin` of the row: the transaction that wrote this version of it. Every
    write gives the row a new one (an update in place included; a replaced row is a new row)."""
    return literal_column(f"{MessageRow.__tablename__}.xmin::text").label("version")


async def feature_versions_for_keys(session: AsyncSession, *, user_id: str, keys: Iterable[str]
                                    ) -> list[tuple[int, str]] | None:
    """(row id, row version) of each message `features_for_keys` reads, in its order (before
    `dedupe`); None where the database keeps no row versions (SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    keys = list(keys)
    seen: set[int] = set()
    out: list[tuple[int, str]] = []
    for i in range(0, len(keys), _CHUNK):
        ids = (select(MessageKey.message_row_id)
               .where(MessageKey.user_id == user_id, MessageKey.key.in_(keys[i:i + _CHUNK])))
        q = (select(MessageRow.id, _row_version()).where(MessageRow.id.in_(ids))
             .order_by(MessageRow.date, MessageRow.id))
        for row_id, version in (await session.execute(q)).all():
            if row_id not in seen:
                seen.add(row_id)
                out.append((row_id, version))
    return out


async def features_by_row_ids(session: AsyncSession, *, ids: Sequence[int]
                              ) -> dict[int, tuple[str, MessageFeatures]]:
    """Row id -> (row version, features) of these rows (PostgreSQL)."""
    out: dict[int, tuple[str, MessageFeatures]] = {}
    for i in range(0, len(ids), _CHUNK):
        q = select(*_packed_columns(), _row_version()).where(
            MessageRow.id.in_(ids[i:i + _CHUNK]))
        for r in (await session.execute(q)).all():
            out[r.id] = (r.version, _unpacked(r))
    return out


def dedupe(features: list[MessageFeatures]) -> list[MessageFeatures]:
    """What `features_for_keys` does with the rows it read: the same mail stored twice, once."""
    return _dedupe(features)


async def last_dates(session: AsyncSession, *, user_id: str, keys: Sequence[str]
                     ) -> dict[str, dict[str, datetime]]:
    """Account key -> {"received": last inbound date, "sent": last outbound date}. A page's
    few keys go through the (user, key) index; many keys (an export) are one pass over the
    user's index rows instead of thousands of probes."""
    wanted = set(keys)
    q = (select(MessageKey.key, MessageRow.direction, func.max(MessageRow.date))
         .join(MessageRow, MessageRow.id == MessageKey.message_row_id)
         .where(MessageKey.user_id == user_id)
         .group_by(MessageKey.key, MessageRow.direction))
    if len(wanted) <= _CHUNK:
        q = q.where(MessageKey.key.in_(sorted(wanted)))
    out: dict[str, dict[str, datetime]] = {}
    for key, direction, last in (await session.execute(q)).all():
        if key in wanted and last is not None:
            out.setdefault(key, {})[direction] = last  # max() keeps the column's type
    return out
