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
    # Lifetime; default and maximum: the organisation's `token_max_days` policy.
    days: int | None = Field(default=None, ge=1, le=365)


class TokenOut(BaseModel):
    id: str
    token: str  # shown once
    label: str = ""
    expires_at: str


class TokenInfo(BaseModel):
    """A token or console session as listed: never its secret (only a hash is stored)."""

    id: str
    label: str
    kind: str  # bearer (API / extension) | session (console)
    created_at: str
    expires_at: str
    last_used_at: str | None  # to the minute; null when not used since the cache was empty
    current: bool  # the token or session making this request


class TokenList(BaseModel):
    tokens: list[TokenInfo]
    max_days: int  # the organisation's cap on a new token's lifetime
