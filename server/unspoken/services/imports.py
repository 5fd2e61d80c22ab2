"""Uploaded exports: saved for the worker under the new file mailbox's folder, then read by
the file provider like any other mailbox (and deleted once stored)."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.file import CALENDAR_SUFFIXES, EML_FOLDER, EML_SUFFIXES, MAIL_SUFFIXES
from unspoken.store.models import Mailbox, new_id
from unspoken.store.repositories import mailboxes as mailboxes_repo

ACCEPTED = MAIL_SUFFIXES + EML_SUFFIXES + CALENDAR_SUFFIXES


class BadUpload(Exception):
    pass


def safe_name(name: str, index: int) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]", "_", Path(name or "").name)[:80] or "upload"
    return f"{index:03d}-{base}"


def check_names(names: list[str]) -> None:
    if not names:
        raise BadUpload("no file")
    for n in names:
        if Path(n or "").suffix.lower() not in ACCEPTED:
            raise BadUpload(f"unsupported file type (expected {', '.join(ACCEPTED)})")


def target_path(folder: Path, name: str, index: int) -> Path:
    suffix = Path(name).suffix.lower()
    if suffix in EML_SUFFIXES:
        return folder / EML_FOLDER / safe_name(name, index)
    return folder / safe_name(name, index)


def open_private(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)


async def create(session: AsyncSession, *, user_id: str, address: str, folder: Path,
                 mailbox_id: str, as_of: datetime, window_days: int,
                 ahead_days: int) -> Mailbox:
    return await mailboxes_repo.add(
        session, user_id=user_id, provider="file", address=address,
        label=f"import-{mailbox_id[:8]}", mailbox_id=mailbox_id,
        source={"dir": str(folder.resolve()),
                "window_start": (as_of - timedelta(days=window_days)).isoformat(),
                "window_end": (as_of + timedelta(days=ahead_days)).isoformat()})


def new_import_id() -> str:
    return new_id()
