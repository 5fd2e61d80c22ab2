"""Digest and alert preferences (GET/PUT /v1/me/notifications, /v1/admin/notifications)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from unspoken.api.schemas.common import Storable

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
HookKind = Literal["slack", "teams"]


class WebhookIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: Annotated[str, StringConstraints(min_length=8, max_length=2048), Storable]
    kind: HookKind | None = Field(default=None, description="Inferred from Slack's and "
                                  "Microsoft's webhook hosts when omitted.")


class DigestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool | None = None
    weekday: Weekday | None = None
    hour: int | None = Field(default=None, ge=0, le=23)
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64), Storable] | None \
        = Field(default=None, description="IANA time zone, e.g. Europe/Paris")


class AlertsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: bool | None = None
    watch: bool | None = Field(default=None, description="Also alert on healthy → watch.")
    webhook: WebhookIn | None = Field(default=None, description="null removes the webhook.")


class NotificationsIn(BaseModel):
    """Only the fields present change."""

    model_config = ConfigDict(extra="forbid")
    digest: DigestIn | None = None
    alerts: AlertsIn | None = None


class HookOut(BaseModel):
    kind: HookKind | None
    hint: str = Field(description="Host and last characters: the URL itself is a secret.")
    status: Literal["ok", "failing", "removed"]
    error: str | None
    failing_since: str | None


class LastDigest(BaseModel):
    period: str
    status: str
    sent_at: str | None


class DigestOut(BaseModel):
    enabled: bool
    weekday: Weekday
    hour: int
    timezone: str
    next_at: str | None
    sending: bool = Field(description="False: no SMTP configured, the digest is only previewed")
    preview_url: str
    last: LastDigest | None


class AlertsOut(BaseModel):
    email: bool
    watch: bool
    webhook: HookOut | None
    org_webhook: HookOut | None


class NotificationsOut(BaseModel):
    digest: DigestOut
    alerts: AlertsOut


class OrgNotificationsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    webhook: WebhookIn | None


class OrgNotificationsOut(BaseModel):
    webhook: HookOut | None
