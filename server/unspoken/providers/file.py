"""Uploaded exports (.mbox, .eml, .ics) as a provider: one import is one file mailbox.

The upload folder is read in a fixed order; the cursor counts items read so far, so a job that
dies resumes after the last stored page. The folder is deleted once the import is complete, or
as soon as a file proves unreadable (the import then ends in `error` saying which and why).
"""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, ClassVar, NoReturn

from unspoken.imports.eml import read_eml_dir
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.ics import read_ics_limited
from unspoken.imports.mbox import read_mbox
from unspoken.providers.base import ChangeSet, MailboxRef, Unreadable
from unspoken.signals.model import Meeting, Message

MAIL_SUFFIXES = (".mbox", ".mbx")
EML_SUFFIXES = (".eml",)
CALENDAR_SUFFIXES = (".ics",)
EML_FOLDER = "eml"  # single .eml uploads are gathered here and read as one folder
_ORDER_PREFIX = re.compile(r"^\d{3}-")  # services.imports.safe_name keeps uploads in order


@dataclass(frozen=True, slots=True)
class FileCursor:
    part: int  # index into the sorted list of parts (mbox files, the eml folder, ics files)
    item: int  # every item of `part` before this index is stored (and every earlier part)
    parts: int | None = None  # how many parts the upload has (None: written before it was kept)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "file", "part": self.part, "item": self.item, "parts": self.parts}

    @property
    def complete(self) -> bool:
        return self.parts is None or self.part >= self.parts


def parts_of(folder: Path) -> list[Path]:
    """Mail before calendars so meetings meet their contacts' mail; names sorted: stable."""
    mail = sorted(p for p in folder.iterdir() if p.suffix.lower() in MAIL_SUFFIXES)
    eml = [folder / EML_FOLDER] if (folder / EML_FOLDER).is_dir() else []
    cal = sorted(p for p in folder.iterdir() if p.suffix.lower() in CALENDAR_SUFFIXES)
    return [*mail, *eml, *cal]


def _take(it: Iterator[Message | Meeting], n: int) -> list[Message | Meeting]:
    return list(islice(it, n))


def shown_name(part: Path) -> str:
    """The name the user uploaded (without our ordering prefix); never a server path."""
    if part.name == EML_FOLDER:
        return "the .eml files"
    return _ORDER_PREFIX.sub("", part.name)


def _archive(part: Path) -> str | None:
    """Why a part is an archive rather than what its name says, or None."""
    try:
        with open(part, "rb") as f:
            head = f.read(8)
    except OSError:  # the eml folder, or gone
        return None
    name = shown_name(part)
    if head.startswith(b"\x1f\x8b"):
        return f"{name} is gzip-compressed: decompress it and upload the file inside"
    if head.startswith(b"PK\x03\x04"):
        return f"{name} is a zip archive: extract it and upload the .mbox, .eml or .ics inside"
    return None


def _why(part: Path, exc: Exception) -> str:
    """One line for the user: which upload, and why it cannot be read."""
    if archive := _archive(part):
        return archive
    if isinstance(exc, UnreadableSource) and part.name == EML_FOLDER:
        return "the .eml files: none of them is a readable email"
    if isinstance(exc, UnreadableSource):  # "<path>: why" -> "name: why"
        return f"{shown_name(part)}: {str(exc).removeprefix(f'{part}: ')}"
    return f"{shown_name(part)} could not be read ({type(exc).__name__})"


def _give_up(folder: Path, reason: str) -> NoReturn:
    """An unreadable upload ends the import: its files are deleted now, the reason shown."""
    shutil.rmtree(folder, ignore_errors=True)
    raise Unreadable(reason[:200])


async def _read(folder: Path, part: Path, it: Iterator[Message | Meeting],
                n: int) -> list[Message | Meeting]:
    """The next `n` items of a part, read off the event loop. Any failure of a reader on an
    uploaded file means the file is not what its name says: Unreadable, never a crash."""
    try:
        return await asyncio.to_thread(_take, it, n)
    except Exception as exc:  # noqa: BLE001 - hostile input: every failure is "unreadable"
        _give_up(folder, _why(part, exc))


class FileProvider:
    kind: ClassVar[str] = "file"

    def parse_cursor(self, data: dict[str, Any] | None) -> FileCursor | None:
        if not data:
            return None
        parts = data.get("parts")
        return FileCursor(part=int(data["part"]), item=int(data["item"]),
                          parts=None if parts is None else int(parts))

    def _items(self, path: Path, mailbox: MailboxRef,
               skips: Skips) -> Iterator[Message | Meeting]:
        if path.is_dir():
            return read_eml_dir(path, me=mailbox.me, skips=skips)
        if path.suffix.lower() in CALENDAR_SUFFIXES:
            start = datetime.fromisoformat(mailbox.source["window_start"])
            end = datetime.fromisoformat(mailbox.source["window_end"])
            return read_ics_limited(path, start=start, end=end, skips=skips)
        return read_mbox(path, me=mailbox.me, skips=skips)

    async def changes(self, mailbox: MailboxRef, cursor: FileCursor | None, *,
                      page_size: int) -> AsyncIterator[ChangeSet]:
        folder = Path(mailbox.source.get("dir", ""))
        pos = cursor or FileCursor(0, 0)
        if not folder.is_dir():
            if cursor is not None and cursor.complete:  # read to the end, then settled
                yield ChangeSet(next_cursor=pos, progress=1.0, done=True)
                return
            raise Unreadable("the uploaded files are no longer on the server (deleted after an "
                             "error): upload them again")
        parts = parts_of(folder)
        skips = Skips()
        for index in range(pos.part, len(parts)):
            part = parts[index]
            if archive := _archive(part):
                _give_up(folder, archive)
            it = self._items(part, mailbox, skips)
            done_items = pos.item if index == pos.part else 0
            if done_items:
                await _read(folder, part, it, done_items)  # stored before: skipped
            while True:
                page = await _read(folder, part, it, page_size)
                done_items += len(page)
                last = len(page) < page_size
                # mail of which nothing parses is not mail (a calendar whose every series is
                # over the limits is a readable calendar, skipped: the import goes on)
                if last and not done_items and skips.counts.get(str(part)) \
                        and part.suffix.lower() not in CALENDAR_SUFFIXES:
                    _give_up(folder, f"{shown_name(part)}: nothing readable in it "
                                     f"({skips.reasons[str(part)]})")
                nxt = FileCursor(index + 1, 0, len(parts)) if last else \
                    FileCursor(index, done_items, len(parts))
                yield ChangeSet(
                    messages=tuple(x for x in page if isinstance(x, Message)),
                    meetings=tuple(x for x in page if isinstance(x, Meeting)),
                    next_cursor=nxt,
                    progress=min(1.0, (nxt.part + (0.5 if not last else 0)) / max(1, len(parts))),
                    done=last and index == len(parts) - 1,
                )
                if last:
                    break
        if not parts or pos.part >= len(parts):
            yield ChangeSet(next_cursor=FileCursor(len(parts), 0, len(parts)), progress=1.0,
                            done=True)

    async def settle(self, mailbox: MailboxRef) -> None:
        """Everything is stored: the export itself (raw mail) is deleted now."""
        folder = mailbox.source.get("dir")
        if folder:
            shutil.rmtree(folder, ignore_errors=True)

    async def revoke(self, mailbox: MailboxRef) -> None:
        """Nothing to give back; the upload (if still there) is removed."""
        folder = mailbox.source.get("dir")
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
