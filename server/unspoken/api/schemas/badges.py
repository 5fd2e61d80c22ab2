from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from unspoken.api.schemas.common import Storable, TopSignal

AnyAddress = Annotated[str, StringConstraints(min_length=1, max_length=320), Storable]


class BadgeQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    emails: list[AnyAddress] = Field(min_length=1, max_length=200)


class Badge(BaseModel):
    email: str
    level: Literal["healthy", "watch", "at_risk", "insufficient_data", "unknown"]
    score: int | None
    account: str | None
    signal_count: int
    top_signal: TopSignal | None
    updated_at: str | None
    muted_until: str | None


class BadgeBatch(BaseModel):
    badges: list[Badge]
