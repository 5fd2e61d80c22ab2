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
from dataclasses import dataclass

from unspoken.signals.model import Direction, MessageFlag, Role

FORMAT = 1  # the first byte of every packed value

DIRECTION_CODES = (Direction.SENT, Direction.RECEIVED)
ROLE_CODES = (Role.UNKNOWN, Role.EXECUTIVE, Role.MANAGER, Role.INDIVIDUAL, Role.ASSISTANT)
FLAG_BITS = (MessageFlag.AUTO_REPLY, MessageFlag.BOUNCE, MessageFlag.BULK, MessageFlag.CALENDAR)
MARKER_CODES = (  # code = index + 1; 0 = the kind's name follows
    "greeting", "small_talk", "compliment", "exclamation", "emoji", "thanks", "terse",
    "question", "feature_ask", "deferral", "expansion_proposal", "vague_decline",
    "concrete_decline", "assistant_redirect", "left_company", "out_of_office",
    "points_elsewhere", "exact_date", "seasonal", "acceptance")
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
