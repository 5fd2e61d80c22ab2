"""Derived per-message features and meetings, with the account keys that index them.

Messages are stored compactly (models.MessageRow, store.packing): a mailbox is its small
number, addresses and account keys are ids into per-user tables, the rest is one packed value.
Every function here takes and returns the engine's plain records; nothing else sees the
encoding. Tenancy: a user's message rows are those whose `box` is one of the user's numbers
(`_boxes_of`); account and address ids are per user.

A message is either a row (`MessageRow`) or, once old and settled, folded into its mailbox's
chunk of its account and month (`MessageChunk`, `fold`): every read here reads both, every
write by provider id takes a folded copy out of its chunk first (a changed message goes back
to a row; the next fold takes it again). The engine sees the same records either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    LargeBinary,
    and_,
    delete,
    event,
    exists,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

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
    MessageChunk,
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
    got = await _box_and_fold(session, mailbox_id)
    return got[0] if got is not None else None


async def _folded_box(session: AsyncSession, mailbox_id: str) -> bool:
    """Whether the mailbox was ever folded (else no chunk holds any of its messages: writes
    by provider id look in no chunk). Read with the number, once per session: the fold
    runs under the mailbox's lock, which every write by provider id holds too."""
    got = await _box_and_fold(session, mailbox_id)
    return got is not None and got[1]


async def _box_and_fold(session: AsyncSession, mailbox_id: str) -> tuple[int, bool] | None:
    known: dict[str, tuple[int, bool]] = session.info.setdefault(_NUMBERS, {})
    if mailbox_id not in known:
        row = (await session.execute(
            select(MailboxNumber.num, MailboxNumber.folded_before)
            .where(MailboxNumber.mailbox_id == mailbox_id))).first()
        if row is None:
            return None
        known[mailbox_id] = (row.num, row.folded_before is not None)
    return known[mailbox_id]


_NUMBERS = "mailbox_numbers"


@event.listens_for(Session, "after_soft_rollback")
def _forget_numbers(session: Session, _previous: Any) -> None:
    """A rollback may have undone a number made in the session: read them again."""
    session.info.pop(_NUMBERS, None)
    session.info.pop(_NOT_FOLDED, None)


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
                             cols: Sequence[Any], versions: bool = False) -> list[Any]:
    """Rows (of `cols`, the first two being the key) of the user's messages touching any of
    these account ids, each once, by (date, key); folded messages as `_Entry` (with their
    chunk's version when `versions`)."""
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
        for e in await _folded(session, MessageChunk.account.in_(chunk),
                               MessageChunk.box.in_(_boxes_of(user_id)), versions=versions):
            if (e.box, e.ext_id) not in seen:  # a fold committed between two reads
                seen.add((e.box, e.ext_id))
                out.append(e)
    out.sort(key=_by_date)
    return out


def _by_date(r: Any) -> tuple[datetime, int, bytes]:
    return r.date, r[0], r[1]


# --- folded messages (models.MessageChunk) ----------------------------------------------------

class _Entry(NamedTuple):
    """A folded message read like a row of `_COLS` (key first), with its chunk's account."""

    box: int
    ext_id: bytes
    date: datetime
    sent: bool
    message_hash: int
    thread_hash: int
    packed: bytes
    account: int
    synced_at: datetime | None
    version: str  # "f" + the chunk's xmin (PostgreSQL, when asked), else ""


_CHUNK_COLS = (MessageChunk.box, MessageChunk.account, MessageChunk.period,
               MessageChunk.ext_keys, MessageChunk.hashes, MessageChunk.data)


def _chunk_version() -> Any:
    """A chunk's row version (`xmin`): a rewrite of the chunk gives each of its messages a
    new one, so a feature cache entry never outlives the content it stands for."""
    return literal_column(f"{MessageChunk.__tablename__}.xmin::text").label("version")


def _entries_of(c: Any) -> list[_Entry]:
    version = "f" + c.version if "version" in c._fields else ""
    return [_Entry(c.box, e.ext_id, e.date, e.sent, e.message_hash, e.thread_hash, e.packed,
                   c.account, e.synced_at, version)
            for e in packing.unfold(c.ext_keys, c.hashes, c.data)]


async def _folded(session: AsyncSession, *where: Any, versions: bool = False) -> list[_Entry]:
    """The messages of the chunks matching `where`."""
    cols = [*_CHUNK_COLS, _chunk_version()] if versions else _CHUNK_COLS
    out: list[_Entry] = []
    for c in (await session.execute(select(*cols).where(*where))).all():
        out += _entries_of(c)
    return out


class _holds(FunctionElement[bool]):
    """holds(haystack, needle): the binary value contains the bytes (a chunk's `ext_keys` a
    key, its `hashes` a hash). A hit only says which chunks to read: the caller checks the
    decoded keys (a needle may straddle two keys)."""

    type = Boolean()
    name = "holds"
    inherit_cache = True


@compiles(_holds)
def _holds_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    hay, needle = list(element.clauses)
    return f"instr({compiler.process(hay, **kw)}, {compiler.process(needle, **kw)}) > 0"


@compiles(_holds, "postgresql")
def _holds_pg(element: Any, compiler: Any, **kw: Any) -> str:
    hay, needle = list(element.clauses)
    return f"position({compiler.process(needle, **kw)} IN {compiler.process(hay, **kw)}) > 0"


def _holding_any(column: Any, needles: Iterable[bytes]) -> Any:
    return or_(*(_holds(column, literal(n, LargeBinary)) for n in needles))


# Per session, per box: ext keys known to be in none of the box's chunks. A sync's page
# looks its ids up before it replaces and deletes them (services/sync): the replace and the
# delete then need no second search. Only a fold adds keys to chunks, and it clears this;
# the callers hold the box's lock (a sync page, a rescore), so no other fold runs meanwhile.
_NOT_FOLDED = "not_folded"


async def _chunks_holding(session: AsyncSession, *, box: int, keys: Sequence[bytes],
                          versions: bool = False) -> list[tuple[Any, list[_Entry]]]:
    """The box's chunks holding any of these ext keys: (chunk, all of its messages)."""
    absent: set[bytes] = session.info.setdefault(_NOT_FOLDED, {}).setdefault(box, set())
    wanted = set(keys) - absent
    cols = [*_CHUNK_COLS, _chunk_version()] if versions else _CHUNK_COLS
    found: dict[tuple[int, int], Any] = {}
    ordered = sorted(wanted)
    for i in range(0, len(ordered), _CHUNK):
        q = select(*cols).where(
            MessageChunk.box == box,
            _holding_any(MessageChunk.ext_keys, map(packing.chunk_key, ordered[i:i + _CHUNK])))
        for c in (await session.execute(q)).all():
            found[(c.account, c.period)] = c
    out = []
    held: set[bytes] = set()
    for c in found.values():
        entries = _entries_of(c)
        mine = {e.ext_id for e in entries} & wanted
        if mine:
            held |= mine
            out.append((c, entries))
    # Not known absent: what the caller takes out (`_unfold`) goes back to a row, or away.
    absent |= wanted - held
    return out


async def _write_chunk(session: AsyncSession, *, box: int, account: int, period: int,
                       entries: Sequence[_Entry], exists_: bool) -> None:
    """Store the chunk as `entries` (deleted when none)."""
    where = (MessageChunk.box == box, MessageChunk.account == account,
             MessageChunk.period == period)
    if not entries:
        if exists_:
            await session.execute(delete(MessageChunk).where(*where))
        return
    values = packing.chunk_columns([packing.Folded(
        ext_id=e.ext_id, date=e.date, synced_at=e.synced_at, message_hash=e.message_hash,
        thread_hash=e.thread_hash, sent=e.sent, packed=e.packed) for e in entries])
    if exists_:
        await session.execute(update(MessageChunk).where(*where).values(**values))
    else:
        await session.execute(insert(MessageChunk).values(box=box, account=account,
                                                          period=period, **values))


async def _unfold(session: AsyncSession, *, box: int, keys: Sequence[bytes]) -> list[_Entry]:
    """Take these messages out of their chunks (rewritten, or deleted when emptied): the
    messages taken."""
    wanted = set(keys)
    taken: list[_Entry] = []
    for c, entries in await _chunks_holding(session, box=box, keys=keys):
        taken += [e for e in entries if e.ext_id in wanted]
        await _write_chunk(session, box=box, account=c.account, period=c.period,
                           entries=[e for e in entries if e.ext_id not in wanted],
                           exists_=True)
    session.info[_NOT_FOLDED][box] |= wanted
    return taken


async def fold(session: AsyncSession, *, mailbox_id: str, before: datetime) -> int:
    """Fold the mailbox's messages dated before `before` whose one account key is their
    row's (no MessageKey rows) into the chunks of their account and month, merged with
    what those chunks hold; the rows go. Returns how many moved: 0 when run again. Callers
    hold the user's locks (mailboxes, then the user): no sync or rescore reads or writes
    the box meanwhile."""
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return 0
    no_keys = ~exists().where(_BY_KEY)
    q = select(*_COLS, MessageRow.account, MessageRow.synced_at).where(
        MessageRow.box == box, MessageRow.date < before, no_keys)
    groups: dict[tuple[int, int], list[_Entry]] = {}
    for r in (await session.execute(q)).all():
        groups.setdefault((r.account, packing.period_of(r.date)), []).append(_Entry(
            r.box, r.ext_id, r.date, r.sent, r.message_hash, r.thread_hash, r.packed,
            r.account, r.synced_at, ""))
    have: dict[tuple[int, int], list[_Entry]] = {}
    places = sorted(groups)
    for i in range(0, len(places), _CHUNK):
        for c in (await session.execute(select(*_CHUNK_COLS).where(
                MessageChunk.box == box,
                tuple_(MessageChunk.account, MessageChunk.period).in_(
                    places[i:i + _CHUNK])))).all():
            have[(c.account, c.period)] = _entries_of(c)
    moved = []
    for (account, period), new in groups.items():
        fresh = {e.ext_id for e in new}
        old = [e for e in have.get((account, period), []) if e.ext_id not in fresh]
        await _write_chunk(session, box=box, account=account, period=period,
                           entries=old + new, exists_=(account, period) in have)
        moved += sorted(fresh)
    for i in range(0, len(moved), _CHUNK):
        await session.execute(delete(MessageRow).where(
            MessageRow.box == box, MessageRow.ext_id.in_(moved[i:i + _CHUNK])))
    session.info.pop(_NOT_FOLDED, None)
    if moved:
        await session.execute(update(MailboxNumber).where(
            MailboxNumber.num == box, or_(MailboxNumber.folded_before.is_(None),
                                          MailboxNumber.folded_before < before))
            .values(folded_before=before))
        session.info.get(_NUMBERS, {}).pop(mailbox_id, None)
    return len(moved)


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
    if await _folded_box(session, mailbox_id):
        await _unfold(session, box=box, keys=gone)
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
    if await _folded_box(session, mailbox_id):
        accounts |= {e.account for e in await _unfold(session, box=box, keys=keys)}
    return await _account_names(session, accounts)


async def forget_unreferenced(session: AsyncSession, *, user_id: str) -> None:
    """Delete the user's addresses and account keys no stored message names any more (after a
    mailbox is disconnected: its correspondents go with it). Callers hold the user's mailbox
    locks, so no sync writes a row naming one of them meanwhile."""
    mine = MessageRow.box.in_(_boxes_of(user_id))
    await session.execute(delete(AccountKeyRow).where(
        AccountKeyRow.user_id == user_id,
        ~exists().where(MessageRow.account == AccountKeyRow.id, _HAS_ACCOUNT, mine),
        ~exists().where(MessageKey.account == AccountKeyRow.id),
        ~exists().where(MessageChunk.account == AccountKeyRow.id,
                        MessageChunk.box.in_(_boxes_of(user_id)))))
    used: set[int] = set()
    packed = [*(await session.execute(select(MessageRow.packed).where(mine))).scalars().all(),
              *(e.packed for e in await _folded(session,
                                                MessageChunk.box.in_(_boxes_of(user_id))))]
    for data in packed:
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
    cq = select(*_CHUNK_COLS).where(MessageChunk.box.in_(boxes))
    if before is not None:
        cq = cq.where(MessageChunk.first_date < before)
    for c in (await session.execute(cq)).all():
        entries, n = [], 0
        for e in _entries_of(c):
            p = packing.unpack(e.packed)
            if p.quotes and (before is None or e.date < before):
                e = e._replace(packed=packing.repack(p, quotes={}))
                n += 1
            entries.append(e)
        if n:
            await _write_chunk(session, box=c.box, account=c.account, period=c.period,
                               entries=entries, exists_=True)
            changed += n
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
    keys = list((await session.execute(q)).scalars().all())
    if await _folded_box(session, mailbox_id):
        where = [MessageChunk.box == box]
        if since is not None:
            where.append(MessageChunk.last_date >= since)
        if until is not None:
            where.append(MessageChunk.first_date < until)
        keys += [e.ext_id for e in await _folded(session, *where)
                 if (e.synced_at is None or e.synced_at < written_before)
                 and (since is None or e.date >= since) and (until is None or e.date < until)]
    ids = (packing.ext_id_of(k) for k in keys)
    return [i for i in ids if i.startswith(id_prefix)]


async def features_for_keys(session: AsyncSession, *, user_id: str,
                            keys: Iterable[str]) -> list[MessageFeatures]:
    """Every stored message of the user touching any of `keys`, each once."""
    accounts = await _account_ids(session, user_id=user_id, keys=keys, create=False)
    rows = await _rows_for_accounts(session, user_id=user_id,
                                    accounts=sorted(accounts.values()), cols=_COLS)
    return _dedupe(await _decoded(session, rows))


async def all_features(session: AsyncSession, user_id: str) -> list[MessageFeatures]:
    q = select(*_COLS).where(MessageRow.box.in_(_boxes_of(user_id)))
    rows: list[Any] = [*(await session.execute(q)).all(),
                       *await _folded(session, MessageChunk.box.in_(_boxes_of(user_id)))]
    rows.sort(key=_by_date)
    return _dedupe(await _decoded(session, rows))


async def context_features(session: AsyncSession, user_id: str) -> list[MessageFeatures]:
    """All of a user's messages, for the mailbox context (which reads addresses, flags and
    dates)."""
    return await all_features(session, user_id)


async def all_keys(session: AsyncSession, user_id: str) -> set[str]:
    """The account keys any of the user's stored messages or meetings touch."""
    mine = MessageRow.box.in_(_boxes_of(user_id))
    q = select(AccountKeyRow.key).where(AccountKeyRow.user_id == user_id, or_(
        exists().where(MessageRow.account == AccountKeyRow.id, _HAS_ACCOUNT, mine),
        exists().where(MessageKey.account == AccountKeyRow.id),
        exists().where(MessageChunk.account == AccountKeyRow.id,
                       MessageChunk.box.in_(_boxes_of(user_id)))))
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


def _is_near(e: _Entry, b: MessageFeatures) -> bool:
    """`_near` for a folded message."""
    return (e.thread_hash == packing.split_thread(b.thread_id)[1]
            or _in_lookback(e.date, b)
            or bool(b.in_reply_to) and e.message_hash == packing.id_hash(b.in_reply_to))


def _in_lookback(d: datetime, b: MessageFeatures) -> bool:
    return b.date - timedelta(hours=BOUNCE_LOOKBACK_HOURS) <= d <= b.date


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
    # Folded messages: all of the user's (bounces are few; a thread may be old).
    for e in await _folded(session, MessageChunk.box.in_(_boxes_of(user_id))):
        if e.sent and any(_is_near(e, b) for b in bounces):
            accounts.add(e.account)
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
    rows: list[Any] = list((await session.execute(q)).all())
    spans = [and_(MessageChunk.first_date <= b.date,
                  MessageChunk.last_date >= b.date - timedelta(hours=BOUNCE_LOOKBACK_HOURS))
             for b in bounces]
    rows += [e for e in await _folded(session, MessageChunk.box.in_(_boxes_of(user_id)),
                                      or_(*spans))
             if e.sent and any(_in_lookback(e.date, b) for b in bounces)]
    rows.sort(key=_by_date)
    return await _decoded(session, rows)


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
    if await _folded_box(session, mailbox_id):
        wanted = set(keys)
        out.extend(await _decoded(session, [
            e for _, entries in await _chunks_holding(session, box=box, keys=keys)
            for e in entries if e.ext_id in wanted]))
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
    wanted, own = set(hashes), set(ext)
    for i in range(0, len(hashes), _CHUNK):
        some = hashes[i:i + _CHUNK]
        # One statement: a row (its chunk columns empty), or the chunks holding a hash.
        q = select(MessageRow.box, literal(b"", LargeBinary).label("ext_keys"),
                   literal(b"", LargeBinary).label("hashes")).where(
            MessageRow.box.in_(_boxes_of(user_id)), MessageRow.message_hash.in_(some))
        if box is not None:
            q = q.where(~and_(MessageRow.box == box, MessageRow.ext_id.in_(ext)))
        folded = select(MessageChunk.box, MessageChunk.ext_keys, MessageChunk.hashes).where(
            MessageChunk.box.in_(_boxes_of(user_id)),
            _holding_any(MessageChunk.hashes,
                         (h.to_bytes(8, "big", signed=True) for h in some)))
        for c in (await session.execute(union_all(select(q.limit(1).subquery()),
                                                  folded))).all():
            if not c.hashes:
                return True
            for key, h in zip(packing.folded_keys(c.ext_keys),
                              packing.folded_hashes(c.hashes), strict=True):
                if h in wanted and not (c.box == box and key in own):
                    return True
    return False


async def message_count(session: AsyncSession, mailbox_id: str) -> int:
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return 0
    rows = select(func.count()).select_from(MessageRow).where(MessageRow.box == box)
    folded = select(func.coalesce(func.sum(MessageChunk.count), 0)).where(
        MessageChunk.box == box)
    return int(await session.scalar(select(rows.scalar_subquery()
                                            + folded.scalar_subquery())) or 0)


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
    packed = list((await session.execute(q)).scalars().all())
    packed += [e.packed for e in await _folded(session, MessageChunk.box == box)
               if since is None or e.date >= since]
    return len(packed), sum(1 for p in packed if packing.chars_of(p) > 0)


async def message_ids(session: AsyncSession, mailbox_id: str) -> list[str]:
    """The provider ids of a mailbox's stored messages (unordered)."""
    box = await _box_of_mailbox(session, mailbox_id)
    if box is None:
        return []
    q = select(MessageRow.ext_id).where(MessageRow.box == box)
    keys = list((await session.execute(q)).scalars().all())
    for folded in (await session.execute(select(MessageChunk.ext_keys)
                                         .where(MessageChunk.box == box))).scalars().all():
        keys += packing.folded_keys(folded)
    return [packing.ext_id_of(k) for k in keys]


async def records_stamps(session: AsyncSession, *, user_id: str, befores: Sequence[datetime]
                         ) -> list[tuple[int, datetime | None]]:
    """For each of `befores`, (count, last write time) of the user's messages dated before
    it: changes whenever one is written or deleted. Rows are replaced, never updated, and a
    write's time is later than every earlier write's: a write (a replace included) raises
    the last write time, a delete alone lowers the count.

    Folded messages keep their write times, so folding changes no stamp. One statement
    reads the rows and the chunks wholly before each `before` (their count and
    `last_synced`); a second, the few chunks of a month that contains one of `befores`,
    whose messages are counted one by one."""
    if not befores:
        return []
    rows: list[Any] = []
    chunks: list[Any] = []
    for i, b in enumerate(befores):
        early = MessageRow.date < b
        rows += [func.count().filter(early).label(f"n{i}"),
                 func.max(MessageRow.synced_at).filter(early).label(f"t{i}")]
        early = MessageChunk.last_date < b
        chunks += [func.sum(MessageChunk.count).filter(early).label(f"n{i}"),
                   func.max(MessageChunk.last_synced).filter(early).label(f"t{i}")]
    mine = _boxes_of(user_id)
    live = select(*rows).where(MessageRow.box.in_(mine)).subquery()
    whole = select(*chunks).where(MessageChunk.box.in_(mine)).subquery()
    row = (await session.execute(select(live, whole).select_from(
        live.join(whole, literal_column("1") == literal_column("1"))))).one()
    n = len(befores) * 2
    counts = [int(row[2 * i] or 0) + int(row[n + 2 * i] or 0) for i in range(len(befores))]
    times = [[t for t in (row[2 * i + 1], row[n + 2 * i + 1]) if t is not None]
             for i in range(len(befores))]
    across = or_(*(and_(MessageChunk.first_date < b, MessageChunk.last_date >= b)
                   for b in befores))
    q = select(*_CHUNK_COLS, MessageChunk.first_date, MessageChunk.last_date).where(
        MessageChunk.box.in_(mine), across)
    for c in (await session.execute(q)).all():
        entries = _entries_of(c)
        for i, b in enumerate(befores):
            if c.first_date < b <= c.last_date:
                before = [e for e in entries if e.date < b]
                counts[i] += len(before)
                times[i] += [e.synced_at for e in before if e.synced_at is not None]
    return [(counts[i], max(times[i], default=None)) for i in range(len(befores))]


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
                                          _row_version()), versions=True)
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
    by_box: dict[int, list[bytes]] = {}
    for box, ext in keys:
        if (box, ext) not in out:
            by_box.setdefault(box, []).append(ext)
    for box, exts in by_box.items():  # folded (or gone: then not in the answer)
        wanted = set(exts)
        found = [e for _, entries in await _chunks_holding(session, box=box, keys=exts,
                                                           versions=True)
                 for e in entries if e.ext_id in wanted]
        for e, f in zip(found, await _decoded(session, found), strict=True):
            out[(e.box, e.ext_id)] = (e.version, f)
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
    folded = (select(AccountKeyRow.key, func.max(MessageChunk.last_sent),
                     func.max(MessageChunk.last_received))
              .join(MessageChunk, MessageChunk.account == AccountKeyRow.id)
              .where(AccountKeyRow.user_id == user_id,
                     MessageChunk.box.in_(_boxes_of(user_id)))
              .group_by(AccountKeyRow.key))
    if len(wanted) <= _CHUNK:
        first = first.where(AccountKeyRow.key.in_(sorted(wanted)))
        more = more.where(AccountKeyRow.key.in_(sorted(wanted)))
        folded = folded.where(AccountKeyRow.key.in_(sorted(wanted)))
    found: list[tuple[str, bool, datetime | None]] = []
    for q in (first, more):
        found += [(key, sent, last) for key, sent, last in (await session.execute(q)).all()]
    for key, last_sent, last_received in (await session.execute(folded)).all():
        found += [(key, True, last_sent), (key, False, last_received)]
    out: dict[str, dict[str, datetime]] = {}
    for key, sent, last in found:
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
