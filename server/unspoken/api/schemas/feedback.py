from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from unspoken.api.schemas.common import AccountStr, EmailStr


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: EmailStr | None = None
    account: AccountStr | None = None
    kind: Literal["not_a_risk", "snooze", "confirmed"]
    days: int | None = Field(default=None, ge=1, le=365)

    @model_validator(mode="after")
    def _one_target(self) -> FeedbackIn:
        if (self.email is None) == (self.account is None):
            raise ValueError("give exactly one of email or account")
        return self


class FeedbackOut(BaseModel):
    ok: bool = True
    muted_until: str | None
