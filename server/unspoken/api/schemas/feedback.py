from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from unspoken.api.schemas.common import AccountStr, EmailStr

Kind = Literal["not_a_risk", "snooze", "confirmed"]


class ContactFeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: EmailStr
    kind: Kind
    days: int | None = Field(default=None, ge=1, le=365)


class AccountFeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account: AccountStr
    kind: Kind
    days: int | None = Field(default=None, ge=1, le=365)


FeedbackIn = ContactFeedbackIn | AccountFeedbackIn


class FeedbackOut(BaseModel):
    ok: bool = True
    muted_until: str | None
