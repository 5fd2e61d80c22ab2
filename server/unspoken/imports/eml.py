"""Folders of RFC 822 files (.eml, maildir, the Enron `inbox/10_` files) -> Message records.

Walked recursively in sorted order. Files without an extension or with `.eml` are read when
their first bytes look like mail headers; other files are counted as "not a mail file". The
same message filed in several folders is read once (the first in sorted path order).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.rfc822 import (
    Parsed,
    Rejected,
    Seen,
    parse_headers,
    parse_message,
    split_head,
)
from unspoken.imports.threads import message_ids
from unspoken.signals.model import Message

MAX_FILE = 48 << 20  # a larger file keeps only its first KEEP bytes
KEEP = 4 << 20
_MAIL_HEADER = re.compile(rb"(?im)^(from|date|message-id|received|subject|to|return-path):")
_NOT_MAIL = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg", ".png", ".gif",
    ".zip", ".gz", ".tar", ".7z", ".exe", ".dll", ".mp3", ".mp4", ".mov", ".ics", ".json", ".csv",
    ".tsv", ".html", ".htm", ".xml", ".py", ".md", ".db", ".sqlite", ".pst", ".ost", ".mbox",
}


def read_eml_dir(path: Path, *, me: frozenset[str], skips: Skips,
                 latest: datetime | None = None) -> Iterator[Message]:
    """Every distinct readable message under `path` (a folder, or one .eml file)."""
    files = list_files(path)
    label = str(path)
    me = frozenset(a.strip().lower() for a in me)
    found = 0
    for parsed in parse_files(first_copies(files, Seen(), skips, label), me=me, skips=skips,
                              label=label, latest=latest):
        found += 1
        yield parsed.message
    if not found and not skips.counts.get(label):
        raise UnreadableSource(f"{path}: no mail files in this folder")


def first_copies(files: Iterable[Path], seen: Seen, skips: Skips, label: str
                 ) -> Iterator[Path]:
    """Files whose message was not seen earlier, by Message-ID or by (Date, From, Subject,
    body) as written in the file. Done before parsing: a copy is never read twice."""
    for file in files:
        try:
            with open(file, "rb") as f:
                raw = f.read(KEEP)
        except OSError:
            yield file  # the reader counts it
            continue
        split = split_head(raw)
        if split is None:
            yield file
            continue
        h = parse_headers(split[0])
        digest = hashlib.blake2b(digest_size=16)
        for name in ("date", "from", "subject"):
            digest.update(h.get(name, "").encode("utf-8", "replace") + b"\x00")
        digest.update(split[1].strip())
        if seen.first_time((message_ids(h.get("message-id", "")) or [""])[0],
                           digest.hexdigest()):
            yield file
        else:
            skips.ignore(label, "duplicate", what="file")


def list_files(path: Path) -> list[Path]:
    """Candidate files under `path`, sorted; raises FileNotFoundError when it does not exist."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: no such folder")
    out: list[Path] = []
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                out.append(Path(root) / name)
    return out


def parse_files(files: Iterable[Path], *, me: frozenset[str], skips: Skips, label: str,
                latest: datetime | None = None) -> Iterator[Parsed]:
    for file in files:
        raw = _read(file, skips, label)
        if raw is None:
            continue
        result = parse_message(raw, me=me, source=str(file), fallback_id=str(file), latest=latest)
        if isinstance(result, Rejected):
            if result.ignored:
                skips.ignore(label, result.reason, what="file")
            else:
                skips.skip(label, result.reason, what="file")
            continue
        yield result


def _read(file: Path, skips: Skips, label: str) -> bytes | None:
    suffix = file.suffix.lower()
    if suffix in _NOT_MAIL:
        skips.ignore(label, "not a mail file", what="file")
        return None
    try:
        with open(file, "rb") as f:
            raw = f.read(MAX_FILE + 1)
    except OSError:
        skips.skip(label, "cannot read file", what="file")
        return None
    if len(raw) > MAX_FILE:
        raw = raw[:KEEP]
    if not looks_like_mail(raw):
        skips.ignore(label, "not a mail file", what="file")
        return None
    return raw


def looks_like_mail(raw: bytes) -> bool:
    """At least two of the usual headers at the start of a line in the first 16 KB."""
    head = raw[:16_384]
    if b"\x00" in head[:1024]:
        return False
    return len({m.lower() for m in _MAIL_HEADER.findall(head)}) >= 2
