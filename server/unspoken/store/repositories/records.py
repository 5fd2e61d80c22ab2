"""Derived per-message features and meetings, with the account keys that index them.

Messages are stored compactly (models.MessageRow, store.packing): a mailbox is its small
number, addresses and account keys are ids into per-user tables, the rest is one packed value.
Every function here takes and returns the engine's plain records; nothing else sees the
encoding. Tenancy: a user's message rows are those whose `box` is one of the user's numbers
(`_boxes_of`); account and address ids are per user.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    and_,
    delete,
    event,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from unspoken.signals.markers import QUOTED_KINDS
from unspoken.signals.model import (
    Address,
    Attendee,
    Direction,
    Meeting,
    MeetingStatus,
    MessageFeatures,
    Response,
)
from unspoken.store import packing
from unspoken.store.models import (
    AccountKeyRow,
    AddressRow,
    MailboxNumber,
    MeetingKey,
    MeetingRow,
    MessageKey,
    MessageRow,
)

_CHUNK = 500
BOUNCE_KEY = "!bounce"  # every bounce is also indexed here: it may join any account
BOUNCE_LOOKBACK_HOURS = 3


def _addr(a: Address) -> list[str]:
    return [a.email, a.name]


def _unaddr(v: list[Any]) -> Address:
    return Address(email=v[0], name=v[1] if len(v) > 1 else "")


def stored_quotes(f: MessageFeatures, *, keep_quotes: bool) -> dict[str, str]:
    """The evidence quotes a row keeps: only kinds a detector shows, each cut to 160 chars,
    none when the policy forbids storing quotes."""
    if not keep_quotes:
        return {}
    return {k: v[:160] for k, v in f.quotes.items() if k in QUOTED_KINDS}


def as_stored(f: MessageFeatures, *, keep_quotes: bool) -> MessageFeatures:
    """What `f` reads back as once stored (ids hashed, quotes trimmed): for comparing fresh
    features with stored ones."""
    return replace(f, message_id=packing.canonical_id(f.message_id),
                   in_reply_to=packing.canonical_id(f.in_reply_to),
                   thread_id=packing.canonical_thread(f.thread_id),
                   quotes=stored_quotes(f, keep_quotes=keep_quotes))


# --- the per-user lookup tables --------------------------------------------------------------

def _boxes_of(user_id: str) -> Any:
    """The user's mailbox numbers, as a subquery: every read of message rows is inside it."""
    return select(MailboxNumber.num).where(MailboxNumber.user_id == user_id).scalar_subquery()


async def _box_number(session: AsyncSession, *, mailbox_id: str, user_id: str,
                      create: bool) -> int | None:
    """A mailbox's number; made on first use when `create` (a mailbox syncs one run at a
    time, but an import and its retry may race: the unique key settles it)."""
    num = await _box_of_mailbox(session, mailbox_id)
    if num is None and create:
        await _insert_missing(session, MailboxNumber, [{"mailbox_id": mailbox_id,
                                                        "user_id": user_id}])
        num = await _box_of_mailbox(session, mailbox_id)
    return num


async def _box_of_mailbox(session: AsyncSession, mailbox_id: str) -> int | None:
    """A mailbox's number, read once per session: a number, once made, is the mailbox's for
    as long as the mailbox exists (a sync asked for it four times a run). Not knowing one
    is not remembered: it may be made later in the session."""
    known: dict[str, int] = session.info.setdefault(_NUMBERS, {})
    if mailbox_id not in known:
        num = await session.scalar(select(MailboxNumber.num)
                                   .where(MailboxNumber.mailbox_id == mailbox_id))
        if num is None:
            return None
        known[mailbox_id] = num
    return known[mailbox_id]


_NUMBERS = "mailbox_numbers"


@event.listens_for(Session, "after_soft_rollback")
def _forget_numbers(session: Session, _previous: Any) -> None:
    """A rollback may have undone a number made in the session: read them again."""
    session.info.pop(_NUMBERS, None)


async def _insert_missing(session: AsyncSession, model: Any, values: list[dict[str, Any]]
                          ) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: rows another transaction made meanwhile are kept."""
    if not values:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        await session.execute(pg_insert(model).on_conflict_do_nothing(), values)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert
        await session.execute(sqlite_insert(model).on_conflict_do_nothing(), values)


async def _address_ids(session: AsyncSession, *, user_id: str,
                       addresses: Iterable[Address]) -> dict[Address, int]:
    """The user's address id of each (email, name), made for those not seen before."""
    wanted = {(a.email, a.name) for a in addresses}
    out: dict[Address, int] = {}

    async def known(pairs: list[tuple[str, str]]) -> None:
        for i in range(0, len(pairs), _CHUNK):
            chunk = pairs[i:i + _CHUNK]
            q = select(AddressRow.id, AddressRow.email, AddressRow.name).where(
                AddressRow.user_id == user_id,
                AddressRow.email.in_(sorted({e for e, _ in chunk})))
            for id_, email, name in (await session.execute(q)).all():
                if (email, name) in wanted:
                    out[Address(email, name)] = id_

    await known(sorted(wanted))
    missing = sorted(p for p in wanted if Address(*p) not in out)
    if missing:
        await _insert_missing(session, AddressRow, [{"user_id": user_id, "email": e, "name": n}
                                                    for e, n in missing])
        await known(missing)
    return out


async def _addresses_by_id(session: AsyncSession, ids: Iterable[int]) -> dict[int, Address]:
    ids = sorted(set(ids))
    out: dict[int, Address] = {}
    for i in range(0, len(ids), _CHUNK):
        q = select(AddressRow.id, AddressRow.email, AddressRow.name).where(
            AddressRow.id.in_(ids[i:i + _CHUNK]))
        for id_, email, name in (await session.execute(q)).all():
            out[id_] = Address(email, name)
    return out


async def _account_ids(session: AsyncSession, *, user_id: str, keys: Iterable[str],
                       create: bool) -> dict[str, int]:
    """The user's id of each account key (made for new ones when `create`)."""
    keys = sorted(set(keys))
    out: dict[str, int] = {}

    async def known(ks: list[str]) -> None:
        for i in range(0, len(ks), _CHUNK):
            q = select(AccountKeyRow.key, AccountKeyRow.id).where(
                AccountKeyRow.user_id == user_id, AccountKeyRow.key.in_(ks[i:i + _CHUNK]))
            for key, id_ in (await session.execute(q)).all():
                out[key] = id_

    await known(keys)
    missing = [k for k in keys if k not in out]
    if missing and create:
        await _insert_missing(session, AccountKeyRow,
                              [{"user_id": user_id, "key": k} for k in missing])
        await known(missing)
    return out


async def _account_names(session: AsyncSession, ids: Iterable[int]) -> set[str]:
    ids = sorted(set(ids) - {0})
    out: set[str] = set()
    for i in range(0, len(ids), _CHUNK):
        q = select(AccountKeyRow.key).where(AccountKeyRow.id.in_(ids[i:i + _CHUNK]))
        out |= set((await session.execute(q)).scalars().all())
    return out


# --- decoding ---------------------------------------------------------------------------------

_COLS = (MessageRow.box, MessageRow.ext_id, MessageRow.date, MessageRow.sent,
         MessageRow.message_hash, MessageRow.thread_hash, MessageRow.packed)
RowKey = tuple[int, bytes]  # a message row's key: (box, ext_id)
_BY_KEY = and_(MessageKey.box == MessageRow.box, MessageKey.ext_id == MessageRow.ext_id)
# The account index holds only rows with an account (models.MessageRow): a query reading by
# account says so, as a literal (a bound parameter would not let a generic plan use it).
_HAS_ACCOUNT = MessageRow.account > literal_column("0")


async def _decoded(session: AsyncSession, rows: Sequence[Any]) -> list[MessageFeatures]:
    """Rows of `_COLS` as the engine's records, in their order."""
    unpacked = [packing.unpack(r.packed) for r in rows]
    addresses = await _addresses_by_id(
        session, (i for p in unpacked for i in (p.sender, *p.to, *p.cc)))
    return [MessageFeatures(
        id=packing.ext_id_of(r.ext_id), thread_id=packing.thread_of(p.thread_prefix,
                                                                    r.thread_hash),
        date=r.date, direction=Direction.SENT if r.sent else Direction.RECEIVED,
        sender=addresses[p.sender], to=tuple(addresses[i] for i in p.to),
        cc=tuple(addresses[i] for i in p.cc), subject=p.subject, flags=p.flags,
        chars=p.chars, words=p.words, markers=p.markers, quotes=p.quotes,
        sender_title=p.sender_title, sender_role=p.role,
        message_id=packing.hashed_id(r.message_hash),
        in_reply_to=packing.hashed_id(p.in_reply_to)) for r, p in zip(rows, unpacked, strict=True)]


async def _rows_for_accounts(session: AsyncSession, *, user_id: str, accounts: Sequence[int],
                             cols: Sequence[Any]) -> list[Any]:
    """Rows (of `cols`, the first two being the key) of the user's messages touching any of
    these account ids, each once, by (date, key)."""
    seen: set[RowKey] = set()
    out: list[Any] = []
    for i in range(0, len(accounts), _CHUNK):
        chunk = accounts[i:i + _CHUNK]
        first = select(*cols).where(MessageRow.account.in_(chunk), _HAS_ACCOUNT,
                                    MessageRow.box.in_(_boxes_of(user_id)))
        more = (select(*cols).join(MessageKey, _BY_KEY)
                .where(MessageKey.account.in_(chunk), MessageRow.box.in_(_boxes_of(user_id))))
        for q in (first, more):
            for r in (await session.execute(q)).all():
                if (r[0], r[1]) not in seen:
                    seen.add((r[0], r[1]))
                    out.append(r)
    out.sort(key=lambda r: (r.date, r[0], r[1]))
    return out


# --- writing ----------------------------------------------------------------------------------

async def replace_messages(session: AsyncSession, *, mailbox_id: str, user_id: str,
                           features: Sequence[MessageFeatures], keys: Sequence[set[str]],
                           keep_quotes: bool) -> None:
    """Store these messages with their account keys; a message stored before (same mailbox
    and provider id) is replaced, never doubled."""
    if not features:
        return
    box = await _box_number(session, mailbox_id=mailbox_id, user_id=user_id, create=True)
    assert box is not None
    addresses = await _address_ids(session, user_id=user_id,
                                   addresses=(a for f in features
                                              for a in (f.sender, *f.to, *f.cc)))
    accounts = await _account_ids(session, user_id=user_id,
                                  keys=(k for ks in keys for k in ks), create=True)
    new_keys = [packing.ext_key(f.id) for f in features]
    gone = [k for f in features for k in packing.ext_keys(f.id)]
    for i in range(0, len(gone), _CHUNK):
        await session.execute(delete(MessageRow).where(
            MessageRow.box == box, MessageRow.ext_id.in_(gone[i:i + _CHUNK])))
    rows, extra = [], []
    for f, ext, ks in zip(features, new_keys, keys, strict=True):
        ids = sorted(accounts[k] for k in ks)
        prefix, thread = packing.split_thread(f.thread_id)
        rows.append(dict(
            box=box, ext_id=ext, date=f.date, sent=f.direction is Direction.SENT,
            message_hash=packing.id_hash(f.message_id), thread_hash=thread,
            account=ids[0] if ids else 0,
            packed=packing.pack(
                direction=f.direction, role=f.sender_role, flags=f.flags, chars=f.chars,
                words=f.words, thread_prefix=prefix, sender=addresses[f.sender],
                to=[addresses[a] for a in f.to],
                cc=[addresses[a] for a in f.cc], subject=f.subject,
                sender_title=f.sender_title, in_reply_to=packing.id_hash(f.in_reply_to),
                markers=dict(f.markers), quotes=stored_quotes(f, keep_quotes=keep_quotes))))
        extra += [{"box": box, "ext_id": ext, "account": a} for a in ids[1:]]
    await session.execute(insert(MessageRow), rows)  # synced_at: the column's default, now
    if extra:
        await session.execute(insert(MessageKey), extra)


async def delete_messages(session: AsyncSession, *, mailbox_id: str,
                          ext_ids: Sequence[str]) -> set[str]:
    """Delete; returns the account keys the deleted messages touched."""
    box = await _box_of_mailbox(session, mailbox_id)
    if not ext_ids or box is None:
        return set()
    accounts: set[int] = set()
    keys = [k for e in ext_ids for k in packing.ext_keys(e)]
    for i in range(0, len(keys), _CHUNK):
        where = (MessageRow.box == box, MessageRow.ext_id.in_(keys[i:i + _CHUNK]))
        accounts |= set((await session.execute(select(MessageRow.account).where(*where)))
                        .scalars().all())
        accounts |= set((await session.execute(select(MessageKey.account).where(
            MessageKey.box == box, MessageKey.ext_id.in_(keys[i:i + _CHUNK])))).scalars().all())
        await session.execute(delete(MessageRow).where(*where))
    return await _account_names(session, accounts)


async def forget_unreferenced(session: AsyncSession, *, user_id: str) -> None:
    """Delete the user's addresses and account keys no stored message names any more (after a
    mailbox is disconnected: its correspondents go with it). Callers hold the user's mailbox
    locks, so no sync writes a row naming one of them meanwhile."""
    mine = MessageRow.box.in_(_boxes_of(user_id))
    await session.execute(delete(AccountKeyRow).where(
        AccountKeyRow.user_id == user_id,
        ~exists().where(MessageRow.account == AccountKeyRow.id, _HAS_ACCOUNT, mine),
        ~exists().where(MessageKey.account == AccountKeyRow.id)))
    used: set[int] = set()
    for (data,) in (await session.execute(select(MessageRow.packed).where(mine))).all():
        p = packing.unpack(data)
        used.add(p.sender)
        used.update(p.to)
        used.update(p.cc)
    ids = list((await session.execute(select(AddressRow.id).where(
        AddressRow.user_id == user_id))).scalars().all())
    gone = [i for i in ids if i not in used]
    for i in range(0, len(gone), _CHUNK):
        await session.execute(delete(AddressRow).where(AddressRow.id.in_(gone[i:i + _CHUNK])))


async def purge_quotes(session: AsyncSession, *, user_ids: Sequence[str],
                       before: datetime | None) -> int:
    """Drop evidence quotes (all of them, or those of messages dated before `before`); the
    rows are rewritten in place (keys and write times kept, new row versions)."""
    boxes = select(MailboxNumber.num).where(MailboxNumber.user_id.in_(user_ids))
    q = select(MessageRow.box, MessageRow.ext_id, MessageRow.packed).where(
        MessageRow.box.in_(boxes))
    if before is not None:
        q = q.where(MessageRow.date < before)
    changed = 0
    for box, ext, data in (await session.execute(q)).all():
        p = packing.unpack(data)
        if p.quotes:
            await session.execute(update(MessageRow).where(
                MessageRow.box == box, MessageRow.ext_id == ext).values(
                packed=packing.repack(p, quotes={})))
            changed += 1
    return changed


# --- reading ----------------------------------------------------------------------------------

async def unseen_messages(session: AsyncSession, *, mailbox_id: str, written_before: datetime,
                          since: datetime | None, until: datetime | None,
                          id_prefix: str = "") -> list[str]:
    """Ids of a mailbox's messages dated in [since, until) (bounds optional), whose ids start
    with `id_prefix`, not written since `written_before` (a full listing did not see them)."""
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return []
    q = select(MessageRow.ext_id).where(
        MessageRow.box == box,
        or_(MessageRow.synced_at.is_(None), MessageRow.synced_at < written_before))
    q = _in_window(q, MessageRow.date, since, until)
    ids = (packing.ext_id_of(k) for k in (await session.execute(q)).scalars().all())
    return [i for i in ids if i.startswith(id_prefix)]


async def features_for_keys(session: AsyncSession, *, user_id: str,
                            keys: Iterable[str]) -> list[MessageFeatures]:
    """Every stored message of the user touching any of `keys`, each once."""
    accounts = await _account_ids(session, user_id=user_id, keys=keys, create=False)
    rows = await _rows_for_accounts(session, user_id=user_id,
                                    accounts=sorted(accounts.values()), cols=_COLS)
    return _dedupe(await _decoded(session, rows))


async def all_features(session: AsyncSession, user_id: str) -> list[MessageFeatures]:
    q = (select(*_COLS).where(MessageRow.box.in_(_boxes_of(user_id)))
         .order_by(MessageRow.date, MessageRow.box, MessageRow.ext_id))
    return _dedupe(await _decoded(session, (await session.execute(q)).all()))


async def context_features(session: AsyncSession, user_id: str) -> list[MessageFeatures]:
    """All of a user's messages, for the mailbox context (which reads addresses, flags and
    dates)."""
    return await all_features(session, user_id)


async def all_keys(session: AsyncSession, user_id: str) -> set[str]:
    """The account keys any of the user's stored messages or meetings touch."""
    mine = MessageRow.box.in_(_boxes_of(user_id))
    q = select(AccountKeyRow.key).where(AccountKeyRow.user_id == user_id, or_(
        exists().where(MessageRow.account == AccountKeyRow.id, _HAS_ACCOUNT, mine),
        exists().where(MessageKey.account == AccountKeyRow.id)))
    b = await session.execute(select(MeetingKey.key).where(MeetingKey.user_id == user_id)
                              .distinct())
    return set((await session.execute(q)).scalars().all()) | set(b.scalars().all())


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


def dedupe(features: list[MessageFeatures]) -> list[MessageFeatures]:
    """What `features_for_keys` does with the rows it read: the same mail stored twice, once."""
    return _dedupe(features)


def _near(b: MessageFeatures) -> Any:
    """A sent message a bounce may belong to: same thread, the Message-ID it answers, or sent
    in the hours before it."""
    # The thread's prefix is not compared: a few more candidates, never one missed.
    cond = [MessageRow.thread_hash == packing.split_thread(b.thread_id)[1],
            and_(MessageRow.date <= b.date,
                 MessageRow.date >= b.date - timedelta(hours=BOUNCE_LOOKBACK_HOURS))]
    if b.in_reply_to:
        cond.append(MessageRow.message_hash == packing.id_hash(b.in_reply_to))
    return or_(*cond)


async def keys_near_bounces(session: AsyncSession, *, user_id: str,
                            bounces: Sequence[MessageFeatures]) -> set[str]:
    """Keys of the sent messages a bounce may belong to (same Message-ID, thread, or sent in
    the hours before it). `bounces` are fresh (ids not yet hashed)."""
    accounts: set[int] = set()
    for b in bounces:
        where = (MessageRow.box.in_(_boxes_of(user_id)), MessageRow.sent.is_(True), _near(b))
        accounts |= set((await session.execute(select(MessageRow.account).where(*where)))
                        .scalars().all())
        accounts |= set((await session.execute(
            select(MessageKey.account).join(MessageRow, _BY_KEY).where(*where))).scalars().all())
    out = await _account_names(session, accounts)
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
    q = select(*_COLS).where(MessageRow.box.in_(_boxes_of(user_id)), MessageRow.sent.is_(True),
                             or_(*cond))
    return await _decoded(session, (await session.execute(q)).all())


async def stored_messages(session: AsyncSession, *, mailbox_id: str,
                          ext_ids: Sequence[str]) -> list[MessageFeatures]:
    """The stored versions of these messages (before a replace or a delete)."""
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return []
    keys = [k for e in ext_ids for k in packing.ext_keys(e)]
    out: list[MessageFeatures] = []
    for i in range(0, len(keys), _CHUNK):
        q = select(*_COLS).where(MessageRow.box == box,
                                 MessageRow.ext_id.in_(keys[i:i + _CHUNK]))
        out.extend(await _decoded(session, (await session.execute(q)).all()))
    return out


async def known_elsewhere(session: AsyncSession, *, user_id: str, mailbox_id: str,
                          features: Sequence[MessageFeatures]) -> bool:
    """Whether any of these messages is already stored under another id or mailbox (the
    engine then sees it once: counts kept per row would differ). `features` are fresh."""
    hashes = [packing.id_hash(f.message_id) for f in features if f.message_id]
    if len(hashes) != len(set(hashes)):
        return True
    box = await _box_of_mailbox(session, mailbox_id)
    ext = [k for f in features for k in packing.ext_keys(f.id)]
    for i in range(0, len(hashes), _CHUNK):
        q = select(MessageRow.box).where(MessageRow.box.in_(_boxes_of(user_id)),
                                        MessageRow.message_hash.in_(hashes[i:i + _CHUNK]))
        if box is not None:
            q = q.where(~and_(MessageRow.box == box, MessageRow.ext_id.in_(ext)))
        if (await session.execute(q.limit(1))).first() is not None:
            return True
    return False


async def message_count(session: AsyncSession, mailbox_id: str) -> int:
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return 0
    return int(await session.scalar(select(func.count()).select_from(MessageRow)
                                    .where(MessageRow.box == box)) or 0)


async def text_counts(session: AsyncSession, *, mailbox_id: str,
                      since: datetime | None = None) -> tuple[int, int]:
    """(messages, messages with new text) of a mailbox, dated since `since` if given (the
    Google benchmark's progress)."""
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return 0, 0
    q = select(MessageRow.packed).where(MessageRow.box == box)
    if since is not None:
        q = q.where(MessageRow.date >= since)
    packed = (await session.execute(q)).scalars().all()
    return len(packed), sum(1 for p in packed if packing.chars_of(p) > 0)


async def message_ids(session: AsyncSession, mailbox_id: str) -> list[str]:
    """The provider ids of a mailbox's stored messages (unordered)."""
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return []
    q = select(MessageRow.ext_id).where(MessageRow.box == box)
    return [packing.ext_id_of(k) for k in (await session.execute(q)).scalars().all()]


async def records_stamps(session: AsyncSession, *, user_id: str, befores: Sequence[datetime]
                         ) -> list[tuple[int, datetime | None]]:
    """For each of `befores`, (count, last write time) of the user's messages dated before
    it, in one statement (one pass over the rows): changes whenever one is written or
    deleted. Rows are replaced, never updated, and a write's time is later than every
    earlier write's: a write (a replace included) raises the last write time, a delete alone
    lowers the count."""
    if not befores:
        return []
    cols: list[Any] = []
    for b in befores:
        early = MessageRow.date < b
        cols += [func.count().filter(early), func.max(MessageRow.synced_at).filter(early)]
    row = (await session.execute(select(*cols).select_from(MessageRow).where(
        MessageRow.box.in_(_boxes_of(user_id))))).one()
    return [(int(row[2 * i] or 0), row[2 * i + 1]) for i in range(len(befores))]


# --- row versions: what a process may keep of decoded features (services/feature_cache) ----

def _row_version() -> Any:
    """PostgreSQL's `xmin` of the row: the transaction that wrote this version of it. Every
    write gives the row a new one (an update in place included; a replaced row is a new row)."""
    return literal_column(f"{MessageRow.__tablename__}.xmin::text").label("version")


async def feature_versions_for_keys(session: AsyncSession, *, user_id: str, keys: Iterable[str]
                                    ) -> list[tuple[RowKey, str]] | None:
    """(row key, row version) of each message `features_for_keys` reads, in its order (before
    `dedupe`); None where the database keeps no row versions (SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    accounts = await _account_ids(session, user_id=user_id, keys=keys, create=False)
    rows = await _rows_for_accounts(session, user_id=user_id, accounts=sorted(accounts.values()),
                                    cols=(MessageRow.box, MessageRow.ext_id, MessageRow.date,
                                          _row_version()))
    return [((r.box, r.ext_id), r.version) for r in rows]


async def features_by_row_keys(session: AsyncSession, *, keys: Sequence[RowKey]
                               ) -> dict[RowKey, tuple[str, MessageFeatures]]:
    """Row key -> (row version, features) of these rows (PostgreSQL; the keys come from
    `feature_versions_for_keys`, within one user's rows)."""
    out: dict[RowKey, tuple[str, MessageFeatures]] = {}
    for i in range(0, len(keys), _CHUNK):
        q = select(*_COLS, _row_version()).where(
            tuple_(MessageRow.box, MessageRow.ext_id).in_(keys[i:i + _CHUNK]))
        rows = (await session.execute(q)).all()
        for r, f in zip(rows, await _decoded(session, rows), strict=True):
            out[(r.box, r.ext_id)] = (r.version, f)
    return out


async def last_dates(session: AsyncSession, *, user_id: str, keys: Sequence[str]
                     ) -> dict[str, dict[str, datetime]]:
    """Account key -> {"received": last inbound date, "sent": last outbound date}. A page's
    few keys go through the account index; many keys (an export) are one pass over the
    user's rows instead of thousands of probes."""
    wanted = set(keys)
    mine = MessageRow.box.in_(_boxes_of(user_id))
    first = (select(AccountKeyRow.key, MessageRow.sent, func.max(MessageRow.date))
             .join(MessageRow, MessageRow.account == AccountKeyRow.id)
             .where(AccountKeyRow.user_id == user_id, _HAS_ACCOUNT, mine)
             .group_by(AccountKeyRow.key, MessageRow.sent))
    more = (select(AccountKeyRow.key, MessageRow.sent, func.max(MessageRow.date))
            .join(MessageKey, MessageKey.account == AccountKeyRow.id)
            .join(MessageRow, _BY_KEY)
            .where(AccountKeyRow.user_id == user_id, mine)
            .group_by(AccountKeyRow.key, MessageRow.sent))
    if len(wanted) <= _CHUNK:
        first = first.where(AccountKeyRow.key.in_(sorted(wanted)))
        more = more.where(AccountKeyRow.key.in_(sorted(wanted)))
    out: dict[str, dict[str, datetime]] = {}
    for q in (first, more):
        for key, sent, last in (await session.execute(q)).all():
            if key in wanted and last is not None:
                direction = Direction.SENT.value if sent else Direction.RECEIVED.value
                have = out.setdefault(key, {})
                if direction not in have or have[direction] < last:
                    have[direction] = last  # max() keeps the column's type
    return out


# --- meetings (few per mailbox: plain columns) ------------------------------------------------

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


def _in_window(q: Any, column: Any, since: datetime | None, until: datetime | None) -> Any:
    """`q` limited to rows whose `column` falls in [since, until); either bound may be open
    (the sweeps after a full listing, for messages and for meetings alike)."""
    if since is not None:
        q = q.where(column >= since)
    if until is not None:
        q = q.where(column < until)
    return q


async def unseen_meetings(session: AsyncSession, *, mailbox_id: str, written_before: datetime,
                          since: datetime | None, until: datetime | None) -> list[str]:
    """Occurrence ids of a mailbox's meetings starting in [since, until) not written since
    `written_before`."""
    q = select(MeetingRow.occurrence_id).where(
        MeetingRow.mailbox_id == mailbox_id,
        or_(MeetingRow.synced_at.is_(None), MeetingRow.synced_at < written_before))
    q = _in_window(q, MeetingRow.start, since, until)
    return list((await session.execute(q)).scalars().all())


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


async def all_meetings(session: AsyncSession, user_id: str) -> list[Meeting]:
    q = (select(MeetingRow).where(MeetingRow.user_id == user_id)
         .order_by(MeetingRow.start, MeetingRow.id))
    return _dedupe_meetings([row_meeting(r) for r in (await session.execute(q)).scalars()])


async def stored_meetings(session: AsyncSession, *, mailbox_id: str,
                          occurrence_ids: Sequence[str]) -> list[Meeting]:
    out: list[Meeting] = []
    for i in range(0, len(occurrence_ids), _CHUNK):
        q = select(MeetingRow).where(MeetingRow.mailbox_id == mailbox_id,
                                     MeetingRow.occurrence_id.in_(occurrence_ids[i:i + _CHUNK]))
        out.extend(row_meeting(r) for r in (await session.execute(q)).scalars())
    return out


def _dedupe_meetings(meetings: list[Meeting]) -> list[Meeting]:
    seen: set[str] = set()
    out = []
    for m in sorted(meetings, key=lambda m: (m.start, m.occurrence_id)):
        if m.occurrence_id not in seen:
            seen.add(m.occurrence_id)
            out.append(m)
    return out
