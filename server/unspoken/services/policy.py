"""An organisation's policy: the validated value admins edit, mapped onto the engine's Policy."""

from __future__ import annotations

from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals import patterns
from unspoken.signals.model import SignalKind
from unspoken.signals.policy import Policy, SignalPolicy
from unspoken.store.repositories import learning as learning_repo
from unspoken.store.repositories import policies as repo
from unspoken.text_input import storable


def _lower(v: object) -> object:
    return v.strip().lower() if isinstance(v, str) else v


Domain = Annotated[str, StringConstraints(
    min_length=3, max_length=253,
    pattern=r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"),
    BeforeValidator(_lower)]
Email = Annotated[str, StringConstraints(min_length=3, max_length=320,
                                         pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
                  AfterValidator(storable), BeforeValidator(_lower)]


class SignalSetting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    sensitivity: float = Field(default=1.0, ge=0.25, le=4.0)


class OrgPolicy(BaseModel):
    """An organisation's policy as stored: every version an admin made reads back, even one
    written under older, looser rules (see PolicyIn for what a new version must satisfy)."""

    model_config = ConfigDict(extra="forbid")
    internal_domains: list[Domain] = Field(default_factory=list, max_length=100)
    customer_domains: list[Domain] = Field(default_factory=list, max_length=5000)
    ignored_domains: list[Domain] = Field(default_factory=list, max_length=5000)
    executive_titles: list[Annotated[str, StringConstraints(
        min_length=1, max_length=patterns.MAX_LENGTH), AfterValidator(storable)]] = \
        Field(default_factory=list, max_length=patterns.MAX_PATTERNS)
    executive_emails: list[Email] = Field(default_factory=list, max_length=5000)
    signals: dict[SignalKind, SignalSetting] = Field(default_factory=dict)
    recent_days: int = Field(default=60, ge=7, le=365)
    baseline_days: int = Field(default=270, ge=30, le=1095)
    store_quotes: bool = True
    retention_days: int = Field(default=365, ge=1, le=3650)
    admins_see_team_risk: bool = False
    # The longest an API token may live (days): nobody, not even a token, mints a longer one.
    token_max_days: int = Field(default=90, ge=1, le=365)

    @property
    def window_days(self) -> int:
        """How far back the engine reads: the recent window and the baseline before it."""
        return self.recent_days + self.baseline_days

    def engine(self, *, org_domain: str,
               learned: dict[SignalKind, float] | None = None) -> Policy:
        """The engine's policy; `learned` factors (services/learning) multiply the admin's
        sensitivity, and the engine's levels keep the result within their bounds."""
        learned = learned or {}
        default = SignalSetting()
        return Policy(
            recent_days=self.recent_days, baseline_days=self.baseline_days,
            internal_domains=frozenset({*self.internal_domains, org_domain}),
            customer_domains=frozenset(self.customer_domains),
            ignored_domains=frozenset(self.ignored_domains),
            executive_titles=tuple(self.executive_titles),
            executive_emails=frozenset(self.executive_emails),
            signals={k: SignalPolicy(enabled=v.enabled,
                                     sensitivity=v.sensitivity * learned.get(k, 1.0))
                     for k in SignalKind if k in self.signals or k in learned
                     for v in [self.signals.get(k, default)]},
            store_quotes=self.store_quotes)


class PolicyIn(OrgPolicy):
    """What an admin may set; every change is a new version and an audit entry."""

    @field_validator("executive_titles")
    @classmethod
    def _titles_are_re2(cls, v: list[str]) -> list[str]:
        for i, pattern in enumerate(v):
            reason = patterns.refusal(pattern)
            if reason is not None:
                raise ValueError(f"executive_titles[{i}] cannot run in linear time (RE2: "
                                 f"{reason[:60]}): use words, alternatives and classes, "
                                 "no lookaround or backreferences")
        return v

    @model_validator(mode="after")
    def _retention_covers_the_window(self) -> Self:
        if self.retention_days < self.window_days:
            raise ValueError(
                f"retention_days ({self.retention_days}) is shorter than the analysis window "
                f"(recent_days {self.recent_days} + baseline_days {self.baseline_days} = "
                f"{self.window_days} days), so evidence in use would be purged: set at least "
                f"{self.window_days}")
        return self


async def current(session: AsyncSession, *, org_id: str) -> tuple[int, OrgPolicy]:
    """(version, policy); version 0 is the built-in default."""
    row = await repo.current(session, org_id)
    if row is None:
        return 0, OrgPolicy()
    return row.version, OrgPolicy.model_validate(row.body)


def diff(old: OrgPolicy, new: OrgPolicy) -> dict[str, Any]:
    """Changed fields, old and new, for the audit log."""
    a, b = old.model_dump(mode="json"), new.model_dump(mode="json")
    return {k: {"from": a[k], "to": b[k]} for k in b if a.get(k) != b[k]}


async def learned(session: AsyncSession, *, org_id: str) -> dict[SignalKind, float]:
    """The org's learned sensitivity factors (services/learning); absent means 1."""
    factors = await learning_repo.factors(session, org_id)
    return {SignalKind(k): f for k, f in factors.items()
            if k in SignalKind._value2member_map_ and f != 1.0}


async def engine_policy(session: AsyncSession, *, org_id: str) -> Policy:
    from unspoken.store.repositories import users as users_repo

    org = await users_repo.org(session, org_id)
    _, pol = await current(session, org_id=org_id)
    return pol.engine(org_domain=org.domain if org else "",
                      learned=await learned(session, org_id=org_id))
