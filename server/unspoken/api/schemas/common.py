"""Shapes shared by several endpoints."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, StringConstraints

Level = Literal["healthy", "watch", "at_risk", "insufficient_data"]
EmailStr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=320,
                                            pattern=r"^[^@\s]+@[^@\s]+$")]
AccountStr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                              max_length=320)]


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
