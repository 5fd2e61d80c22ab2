from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from unspoken.api.schemas.me import MailboxOut
from unspoken.services.policy import OrgPolicy
from unspoken.signals.model import SignalKind


class PolicyOut(BaseModel):
    version: int
    policy: OrgPolicy
    updated_at: str | None


class AuditEntryOut(BaseModel):
    id: int
    at: str
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


class AuditPage(BaseModel):
    entries: list[AuditEntryOut]
    next_before: int | None


class Member(BaseModel):
    id: str
    email: str
    name: str
    role: str
    mailboxes: list[MailboxOut]


class MemberList(BaseModel):
    members: list[Member]


class LearningBounds(BaseModel):
    low: float
    high: float


class LearningLevel(BaseModel):
    now: float
    default: float
    budget: float  # the false-alarm budget's loosest level: never passed
    quietest: float
    measure: Literal["false_alarm_probability", "evidence_needed"]
    at_budget: bool


class SignalLearningOut(BaseModel):
    signal: SignalKind
    factor: float
    bounds: LearningBounds
    admin_sensitivity: float
    sensitivity: float
    level: LearningLevel
    confirmed: int
    dismissed: int
    aim: float
    counting_since: str
    reset_at: str | None
    last_change: dict[str, Any] | None


class LearningRule(BaseModel):
    min_feedback: int
    confidence: float
    step: float
    window_days: int
    factor_min: float
    factor_max: float


class LearningOut(BaseModel):
    rule: LearningRule
    signals: list[SignalLearningOut]


class LearningResetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    signal: SignalKind | None = None  # None: every signal
