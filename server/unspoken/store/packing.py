"""The compact encodings of a stored message (`message_features`): pure functions, no I/O.

A message row keeps as columns only what a query filters on; the rest of
`signals.model.MessageFeatures` is one binary value (`pack`/`unpack`) of varints and short
strings, ~30 bytes where JSON columns took ~250. Addresses are ids into the user's
`addresses` table (resolved by the repository); the enum values, flags and marker kinds are
small codes from the tables below.

The code tables are APPEND-ONLY: stored rows hold the codes. A marker kind missing from
`MARKER_CODES` is stored as its name (code 0), so a new marker kind works before it gets a
code; a new `MessageFlag`, `Direction` or `Role` needs a code (tests/store/test_packing.py
checks every member has one).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from unspoken.signals.model import Direction, MessageFlag, Role

FORMAT = 1  # the first byte of every packed value

DIRECTION_CODES = (Direction.SENT, Direction.RECEIVED)
ROLE_CODES = (Role.UNKNOWN, Role.EXECUTIVE, Role.MANAGER, Role.INDIVIDUAL, Role.ASSISTANT)
FLAG_BITS = (MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE, MessageFlag.BULK, MessageFlag.CALENDAR)
MARKER_CODES = (  # code = index + 1; 0 = the kind's name follows
    "greeting", "small_talk", "compliment", "exclamation", "emoji", "thanks", "terse",
    "question", "feature_ask", "deferral", "expansion_proposal", "vague_decline",
    "concrete_decline", "assistant_redirect", "left_company", "out_of_office",
    "points_elsewhere", "exact_date", "seasonal", "acceptance", "warm_signoff",
    "holiday_break", "learned_feature_ask", "learned_expansion_proposal")
_MARKER_INDEX = {k: i + 1 for i, k in enumerate(MARKER_CODES)}
_DIRECTION_INDEX = {d: i for i, d in enumerate(DIRECTION_CODES)}
_ROLE_INDEX = {r: i for i, r in enumerate(ROLE_CODES)}


# --- provider message ids: exact, shorter -------------------------------------------------

_EXT_TEXT, _EXT_HEX, _EXT_HEX_DOWN = 0, 1, 2
_U64 = (1 << 64) - 1


def ext_key(ext_id: str) -> bytes:
    """A provider message id as stored in the unique key (box, ext_id): exact (two ids never
    share a key, so a replace never touches another message), and a Gmail id (a 64-bit number
    in lowercase hex, 15-16 characters) in 9 bytes instead of 16.

    A Gmail id grows with time and Gmail lists newest first, so a backfill would insert each
    key below the last: every index page would split half-empty. The number is stored
    complemented (tag 2), which turns the backfill into appends (pages ~90 % full). Rows
    written by 0009 as it first landed hold tag 1 (not complemented): `ext_keys` finds both."""
    if 0 < len(ext_id) <= 16 and ext_id[0] != "0" and _is_lower_hex(ext_id):
        return bytes([_EXT_HEX_DOWN]) + (_U64 ^ int(ext_id, 16)).to_bytes(8, "big")
    return bytes([_EXT_TEXT]) + ext_id.encode()


def ext_keys(ext_id: str) -> list[bytes]:
    """Every stored key `ext_id` may have (look-ups and deletes match all of them)."""
    key = ext_key(ext_id)
    if key[0] == _EXT_HEX_DOWN:
        return [key, bytes([_EXT_HEX]) + int(ext_id, 16).to_bytes(8, "big")]
    return [key]


def ext_id_of(key: bytes) -> str:
    if key[0] == _EXT_HEX_DOWN:
        return format(_U64 ^ int.from_bytes(key[1:], "big"), "x")
    if key[0] == _EXT_HEX:
        return format(int.from_bytes(key[1:], "big"), "x")
    return key[1:].decode()


def _is_lower_hex(s: str) -> bool:
    return all(c in "0123456789abcdef" for c in s)


# --- Message-ID, In-Reply-To and thread ids: only ever compared ---------------------------

_HASH_PREFIX = "#"


def id_hash(value: str) -> int:
    """A signed 64-bit hash of an id the engine only compares for equality; 0 for none ("").

    Within one user's mail, two different ids hash alike with probability ~n^2 / 2^65
    (~3e-10 for 100,000 messages). Such a collision never merges stored data (rows are keyed
    by the exact provider id); at worst the engine would take two messages for one thread, or
    one of two messages with colliding Message-IDs for a copy of the other."""
    if not value:
        return 0
    h = int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big",
                       signed=True)
    return h or 1


def hashed_id(h: int) -> str:
    """The string the engine sees for a stored hash: equal ids stay equal, "" stays ""."""
    if not h:
        return ""
    return _HASH_PREFIX + h.to_bytes(8, "big", signed=True).hex()


def canonical_id(value: str) -> str:
    """What a fresh id reads as once stored (compare fresh features with stored ones)."""
    return hashed_id(id_hash(value))


# A thread id's kind is part of its meaning (imports.threads: "id:" + a Message-ID joins the
# message of that Message-ID; "gm:" and "s:" threads are told apart): the prefix is kept as a
# code, the rest hashed like a Message-ID, so "id:" + a stored Message-ID is the stored thread.
THREAD_PREFIXES = ("id:", "gm:", "s:")  # code = index + 1; 0: no known prefix


def split_thread(thread_id: str) -> tuple[int, int]:
    """(prefix code, id_hash of the rest) of a thread id."""
    for i, p in enumerate(THREAD_PREFIXES):
        if thread_id.startswith(p):
            return i + 1, id_hash(thread_id[len(p):])
    return 0, id_hash(thread_id)


def thread_of(prefix: int, rest: int) -> str:
    return (THREAD_PREFIXES[prefix - 1] if prefix else "") + hashed_id(rest)


def canonical_thread(thread_id: str) -> str:
    """What a fresh thread id reads as once stored."""
    return thread_of(*split_thread(thread_id))


# --- the packed value -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Packed:
    """A packed value decoded, addresses still ids (`addresses` table)."""

    direction: Direction
    role: Role
    flags: frozenset[MessageFlag]
    chars: int
    words: int
    thread_prefix: int  # THREAD_PREFIXES code (the rest is MessageRow.thread_hash)
    sender: int
    to: tuple[int, ...]
    cc: tuple[int, ...]
    subject: str
    sender_title: str
    in_reply_to: int  # id_hash
    markers: dict[str, int]
    quotes: dict[str, str]


def pack(*, direction: Direction, role: Role, flags: frozenset[MessageFlag], chars: int,
         words: int, thread_prefix: int, sender: int, to: list[int], cc: list[int], subject: str,
         sender_title: str, in_reply_to: int, markers: dict[str, int],
         quotes: dict[str, str]) -> bytes:
    out = bytearray((FORMAT,))
    out.append(_DIRECTION_INDEX[direction] | _ROLE_INDEX[role] << 1
               | sum(1 << i for i, f in enumerate(FLAG_BITS) if f in flags) << 4)
    for n in (chars, words, thread_prefix, sender, len(to), *to, len(cc), *cc):
        _varint(out, n)
    _text(out, subject)
    _text(out, sender_title)
    if in_reply_to:
        out.append(1)
        out += in_reply_to.to_bytes(8, "big", signed=True)
    else:
        out.append(0)
    _varint(out, len(markers))
    for kind, count in markers.items():
        _kind(out, kind)
        _varint(out, count)
    # One message's quotes are often the same sentence under two kinds: each text once.
    texts = list(dict.fromkeys(quotes.values()))
    _varint(out, len(texts))
    for t in texts:
        _text(out, t)
    _varint(out, len(quotes))
    for kind, t in quotes.items():
        _kind(out, kind)
        _varint(out, texts.index(t))
    return bytes(out)


def repack(p: Packed, *, quotes: dict[str, str]) -> bytes:
    """`p` packed again with other quotes (a retention purge)."""
    return pack(direction=p.direction, role=p.role, flags=p.flags, chars=p.chars,
                words=p.words, thread_prefix=p.thread_prefix, sender=p.sender, to=list(p.to),
                cc=list(p.cc),
                subject=p.subject, sender_title=p.sender_title, in_reply_to=p.in_reply_to,
                markers=p.markers, quotes=quotes)


def unpack(data: bytes) -> Packed:
    if data[0] != FORMAT:
        raise ValueError(f"unknown packed format {data[0]}")
    head = data[1]
    pos = 2
    chars, pos = _read_varint(data, pos)
    words, pos = _read_varint(data, pos)
    thread_prefix, pos = _read_varint(data, pos)
    sender, pos = _read_varint(data, pos)
    to, pos = _read_ids(data, pos)
    cc, pos = _read_ids(data, pos)
    subject, pos = _read_text(data, pos)
    title, pos = _read_text(data, pos)
    in_reply_to = 0
    if data[pos]:
        in_reply_to = int.from_bytes(data[pos + 1:pos + 9], "big", signed=True)
        pos += 9
    else:
        pos += 1
    n, pos = _read_varint(data, pos)
    markers: dict[str, int] = {}
    for _ in range(n):
        kind, pos = _read_kind(data, pos)
        markers[kind], pos = _read_varint(data, pos)
    n, pos = _read_varint(data, pos)
    texts = []
    for _ in range(n):
        t, pos = _read_text(data, pos)
        texts.append(t)
    n, pos = _read_varint(data, pos)
    quotes: dict[str, str] = {}
    for _ in range(n):
        kind, pos = _read_kind(data, pos)
        i, pos = _read_varint(data, pos)
        quotes[kind] = texts[i]
    return Packed(
        direction=DIRECTION_CODES[head & 1], role=ROLE_CODES[head >> 1 & 7],
        flags=frozenset(f for i, f in enumerate(FLAG_BITS) if head >> 4 & 1 << i),
        chars=chars, words=words, thread_prefix=thread_prefix, sender=sender, to=to, cc=cc,
        subject=subject,
        sender_title=title, in_reply_to=in_reply_to, markers=markers, quotes=quotes)


def chars_of(data: bytes) -> int:
    """Only `chars` of a packed value (how much new text the message had)."""
    return _read_varint(data, 2)[0]


def _varint(out: bytearray, n: int) -> None:
    if n < 0:
        raise ValueError("negative")
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    b = data[pos]
    if b < 0x80:
        return b, pos + 1
    n, shift = 0, 0
    while True:
        b = data[pos]
        pos += 1
        n |= (b & 0x7F) << shift
        if b < 0x80:
            return n, pos
        shift += 7


def _text(out: bytearray, s: str) -> None:
    b = s.encode()
    _varint(out, len(b))
    out += b


def _read_text(data: bytes, pos: int) -> tuple[str, int]:
    n, pos = _read_varint(data, pos)
    return data[pos:pos + n].decode(), pos + n


def _kind(out: bytearray, kind: str) -> None:
    code = _MARKER_INDEX.get(kind, 0)
    _varint(out, code)
    if not code:
        _text(out, kind)


def _read_kind(data: bytes, pos: int) -> tuple[str, int]:
    code, pos = _read_varint(data, pos)
    if code:
        return MARKER_CODES[code - 1], pos
    return _read_text(data, pos)


def _read_ids(data: bytes, pos: int) -> tuple[tuple[int, ...], int]:
    n, pos = _read_varint(data, pos)
    out = []
    for _ in range(n):
        v, pos = _read_varint(data, pos)
        out.append(v)
    return tuple(out), pos


# --- folded messages: many old messages of one (box, account, month) in one row ------------

@dataclass(frozen=True, slots=True)
class Folded:
    """One message inside a chunk (models.MessageChunk): a MessageRow's columns but `box`
    and `account`, which are the chunk's."""

    ext_id: bytes  # ext_key
    date: datetime
    synced_at: datetime | None
    message_hash: int
    thread_hash: int
    sent: bool
    packed: bytes


CHUNK_FORMAT = 1  # the first byte of a chunk's `data` (before compression)
# A message folds once its month ended at least this long ago: the live rows are the last
# one to two months, where new mail, replies and relabels happen.
FOLD_AFTER = timedelta(days=30)


def fold_cutoff(as_of: datetime) -> datetime:
    """Messages dated before this fold: the start of the month `FOLD_AFTER` before `as_of`
    (whole months: a chunk is its account's month)."""
    d = (as_of - FOLD_AFTER).astimezone(UTC)
    return datetime(d.year, d.month, 1, tzinfo=UTC)


def period_of(d: datetime) -> int:
    """A chunk's month: year * 12 + month - 1 (UTC)."""
    d = d.astimezone(UTC)
    return d.year * 12 + d.month - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def fold(entries: Sequence[Folded]) -> tuple[bytes, bytes, bytes]:
    """(ext_keys, hashes, data) of a chunk, entries by (date, ext_id). `ext_keys` (each key
    length-prefixed) and `hashes` (8 bytes each, the Message-ID hashes) stay uncompressed:
    queries look for a key or a hash in them (records.folded_with_*); `data` is zlib of the
    rest, one entry after another, dates as differences."""
    entries = sorted(entries, key=lambda e: (e.date, e.ext_id))
    keys, hashes, out = bytearray(), bytearray(), bytearray((CHUNK_FORMAT,))
    _varint(out, len(entries))
    last_date = last_synced = 0
    for e in entries:
        keys += chunk_key(e.ext_id)
        hashes += e.message_hash.to_bytes(8, "big", signed=True)
        date = _micros(e.date)
        _varint(out, _zigzag(date - last_date))
        last_date = date
        if e.synced_at is None:
            out.append(0)
        else:
            synced = _micros(e.synced_at)
            out.append(1)
            _varint(out, _zigzag(synced - last_synced))
            last_synced = synced
        out += e.thread_hash.to_bytes(8, "big", signed=True)
        out.append(1 if e.sent else 0)
        _varint(out, len(e.packed))
        out += e.packed
    return bytes(keys), bytes(hashes), zlib.compress(bytes(out), 9)


def chunk_columns(entries: Sequence[Folded]) -> dict[str, Any]:
    """A chunk's columns but its key (box, account, period): its dates, its count and the
    three values of `fold` (models.MessageChunk)."""
    keys, hashes, data = fold(entries)
    sent = [e.date for e in entries if e.sent]
    received = [e.date for e in entries if not e.sent]
    return {"first_date": min(e.date for e in entries),
            "last_date": max(e.date for e in entries), "last_sent": max(sent, default=None),
            "last_received": max(received, default=None),
            "last_synced": max((e.synced_at for e in entries if e.synced_at is not None),
                               default=None),
            "count": len(entries), "ext_keys": keys, "hashes": hashes, "data": data}


def unfold(keys: bytes, hashes: bytes, data: bytes) -> list[Folded]:
    raw = zlib.decompress(data)
    if raw[0] != CHUNK_FORMAT:
        raise ValueError(f"unknown chunk format {raw[0]}")
    n, pos = _read_varint(raw, 1)
    out: list[Folded] = []
    kpos = 0
    last_date = last_synced = 0
    for i in range(n):
        klen, kpos = _read_varint(keys, kpos)
        ext = keys[kpos:kpos + klen]
        kpos += klen
        delta, pos = _read_varint(raw, pos)
        last_date += _unzigzag(delta)
        synced: datetime | None = None
        has_synced = raw[pos]
        pos += 1
        if has_synced:
            delta, pos = _read_varint(raw, pos)
            last_synced += _unzigzag(delta)
            synced = _at(last_synced)
        thread = int.from_bytes(raw[pos:pos + 8], "big", signed=True)
        sent = raw[pos + 8] == 1
        plen, pos = _read_varint(raw, pos + 9)
        out.append(Folded(
            ext_id=ext, date=_at(last_date), synced_at=synced,
            message_hash=int.from_bytes(hashes[8 * i:8 * i + 8], "big", signed=True),
            thread_hash=thread, sent=sent, packed=raw[pos:pos + plen]))
        pos += plen
    return out


def chunk_key(key: bytes) -> bytes:
    """An ext_key as a chunk's `ext_keys` holds it: its length, then it (what a look-up
    searches for)."""
    out = bytearray()
    _varint(out, len(key))
    return bytes(out + key)


def folded_keys(keys: bytes) -> list[bytes]:
    """The ext_keys of a chunk, from its `ext_keys` alone (no decompression)."""
    out, pos = [], 0
    while pos < len(keys):
        n, pos = _read_varint(keys, pos)
        out.append(keys[pos:pos + n])
        pos += n
    return out


def folded_hashes(hashes: bytes) -> list[int]:
    return [int.from_bytes(hashes[i:i + 8], "big", signed=True)
            for i in range(0, len(hashes), 8)]


def _micros(d: datetime) -> int:
    delta = d - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _at(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def _zigzag(n: int) -> int:
    return n << 1 if n >= 0 else (-n << 1) - 1


def _unzigzag(n: int) -> int:
    return n >> 1 if not n & 1 else -((n + 1) >> 1)
