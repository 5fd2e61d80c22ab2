from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from unspoken.api.schemas.me import MailboxOut
from unspoken.services.policy import OrgPolicy


class PolicyOut(BaseModel):
    version: int
    policy: OrgPolicy
    updated_at: str | None


class AuditEntryOut(BaseModel):
    id: int
    at: str
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


class AuditPage(BaseModel):
    entries: list[AuditEntryOut]
    next_before: int | None


class Member(BaseModel):
    id: str
    email: str
    name: str
    role: str
    mailboxes: list[MailboxOut]


class MemberList(BaseModel):
    members: list[Member]
