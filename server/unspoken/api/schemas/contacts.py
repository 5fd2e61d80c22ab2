from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from unspoken.api.schemas.badges import Badge
from unspoken.api.schemas.common import CheckIn, Level, Signal, Storable


class TrendPoint(BaseModel):
    week: str
    score: int


class ContactFeedback(BaseModel):
    kind: str
    target: str
    muted_until: str | None
    at: str


class Contact(BaseModel):
    email: str
    name: str
    title: str
    role: str
    account: str
    level: Level
    score: int
    signals: list[Signal]
    account_signals: list[Signal]
    trend: list[TrendPoint]
    suggested_checkin: CheckIn | None
    computed_at: str
    feedback: ContactFeedback | None


Name = Annotated[str, StringConstraints(min_length=1, max_length=200), Storable]


class ResolveQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[Name] = Field(min_length=1, max_length=200)


class ResolveResult(BaseModel):
    matches: dict[str, str | None]
    # The badge of every matched address, so a name-only page needs no second round trip.
    badges: list[Badge] = []
