from __future__ import annotations

from pydantic import BaseModel

from unspoken.api.schemas.me import MailboxOut


class ImportOut(BaseModel):
    id: str
    mailbox: MailboxOut
