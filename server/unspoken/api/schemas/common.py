"""Shapes shared by several endpoints."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, StringConstraints

from unspoken.text_input import storable

Storable = AfterValidator(storable)

Level = Literal["healthy", "watch", "at_risk", "insufficient_data"]
EmailStr = Annotated[str, StringConstraints(min_length=3, max_length=320,
                                            pattern=r"^[^@\s]+@[^@\s]+$"), Storable]
AccountStr = Annotated[str, StringConstraints(min_length=1, max_length=320), Storable]


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str


class TopSignal(BaseModel):
    kind: str
    summary: str


class Evidence(BaseModel):
    date: str
    contact: str
    source: str
    text: str


class Signal(BaseModel):
    kind: str
    severity: float
    summary: str
    evidence: list[Evidence]


class CheckIn(BaseModel):
    to: str
    subject: str
    body: str


class Ok(BaseModel):
    ok: bool = True
