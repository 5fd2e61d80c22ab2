from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class MailboxOut(BaseModel):
    id: str
    provider: str
    address: str
    label: str
    status: Literal["ok", "syncing", "needs_reauth", "error"]
    stage: Literal["backfill", "incremental", "idle"]
    progress: float
    items: int
    failure_count: int
    last_error: str | None
    # One line for the user when status is "error": which upload and why, what to do.
    error_detail: str | None = None
    stage_started_at: str
    last_synced_at: str | None


class Me(BaseModel):
    email: str
    name: str
    org: str
    role: Literal["member", "admin"]
    mailboxes: list[MailboxOut]


class MailboxList(BaseModel):
    mailboxes: list[MailboxOut]
