from __future__ import annotations

from pydantic import BaseModel

from unspoken.api.schemas.common import CheckIn, Level, Signal, TopSignal


class Account(BaseModel):
    account: str
    level: Level
    score: int
    signal_count: int
    top_signal: TopSignal | None
    signals: list[Signal]
    contact_count: int
    suggested_checkin: CheckIn | None
    updated_at: str
    muted_until: str | None
    owner: str | None = None  # the member's address, in the admin team view only


class AccountList(BaseModel):
    accounts: list[Account]
