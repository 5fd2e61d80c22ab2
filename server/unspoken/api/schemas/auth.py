from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from unspoken.api.schemas.common import Storable


class SessionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: Annotated[str, StringConstraints(min_length=1, max_length=200), Storable]


class SessionOut(BaseModel):
    ok: bool = True
    csrf_token: str
    expires_at: str


class TokenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: Annotated[str, StringConstraints(max_length=64), Storable] = ""
    days: int = Field(default=90, ge=1, le=365)


class TokenOut(BaseModel):
    id: str
    token: str  # shown once
    expires_at: str
