"""Uploaded exports (.mbox, .eml, .ics) as a provider: one import is one file mailbox.

The upload folder is read in a fixed order; the cursor counts items read so far, so a job that
dies resumes after the last stored page. The folder is deleted once the import is complete.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, ClassVar

from unspoken.imports.eml import read_eml_dir
from unspoken.imports.errors import Skips
from unspoken.imports.ics import read_ics_limited
from unspoken.imports.mbox import read_mbox
from unspoken.providers.base import ChangeSet, MailboxRef, Transient
from unspoken.signals.model import Meeting, Message

MAIL_SUFFIXES = (".mbox", ".mbx")
EML_SUFFIXES = (".eml",)
CALENDAR_SUFFIXES = (".ics",)
EML_FOLDER = "eml"  # single .eml uploads are gathered here and read as one folder


@dataclass(frozen=True, slots=True)
class FileCursor:
    part: int  # index into the sorted list of parts (mbox files, the eml folder, ics files)
    item: int  # every item of `part` before this index is stored (and every earlier part)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "file", "part": self.part, "item": self.item}


def parts_of(folder: Path) -> list[Path]:
    """Mail before calendars so meetings meet their contacts' mail; names sorted: stable."""
    mail = sorted(p for p in folder.iterdir() if p.suffix.lower() in MAIL_SUFFIXES)
    eml = [folder / EML_FOLDER] if (folder / EML_FOLDER).is_dir() else []
    cal = sorted(p for p in folder.iterdir() if p.suffix.lower() in CALENDAR_SUFFIXES)
    return [*mail, *eml, *cal]


def _take(it: Iterator[Message | Meeting], n: int) -> list[Message | Meeting]:
    return list(islice(it, n))


class FileProvider:
    kind: ClassVar[str] = "file"

    def parse_cursor(self, data: dict[str, Any] | None) -> FileCursor | None:
        if not data:
            return None
        return FileCursor(part=int(data["part"]), item=int(data["item"]))

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
            if cursor is not None:  # read to the end, then settled (folder removed)
                yield ChangeSet(next_cursor=pos, progress=1.0, done=True)
                return
            raise Transient("upload folder missing")
        parts = parts_of(folder)
        skips = Skips()
        for index in range(pos.part, len(parts)):
            it = self._items(parts[index], mailbox, skips)
            done_items = pos.item if index == pos.part else 0
            if done_items:
                await asyncio.to_thread(_take, it, done_items)  # stored before: skipped
            while True:
                page = await asyncio.to_thread(_take, it, page_size)
                done_items += len(page)
                last = len(page) < page_size
                nxt = FileCursor(index + 1, 0) if last else FileCursor(index, done_items)
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
            yield ChangeSet(next_cursor=FileCursor(len(parts), 0), progress=1.0, done=True)

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
