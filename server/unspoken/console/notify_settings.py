"""Settings → "Digest and alerts": the weekly digest's day, hour, time zone and off switch, the
alert channels (email, a Slack or Teams webhook, healthy → watch), and each webhook's health
("delivery failing", "removed"). The same service as GET/PUT /v1/me/notifications."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.console import settings_pages
from unspoken.console.session import ConsoleUser
from unspoken.notify import schedule
from unspoken.runtime import Runtime
from unspoken.services import notifications as service
from unspoken.services.users import Principal

router = APIRouter(include_in_schema=False)


async def _load(session: AsyncSession, rt: Runtime, user: Principal) -> dict[str, Any]:
    prefs = await service.prefs_json(session, user_id=user.user_id, org_id=user.org_id,
                                     settings=rt.settings, now=datetime.now(UTC))
    return {"prefs": prefs, "weekdays": schedule.WEEKDAYS, "hours": range(24)}


settings_pages.add_section(settings_pages.Section(
    "digest", "Digest and alerts", "settings/notifications.html", _load))

Short = Annotated[str, Form(max_length=64)]
HookUrl = Annotated[str, Form(max_length=2048)]


def hook_in(url: str, kind: str) -> dict[str, Any]:
    """A webhook form's URL and service ("" = infer it from the URL) as the service takes it."""
    return {"url": url.strip(), "kind": kind if kind in ("slack", "teams") else None}


def message(exc: service.InvalidPrefs) -> str:
    """The service's one line without the field's name, to sit next to that field."""
    text = str(exc).split(": ", 1)[-1]
    return text[:1].upper() + text[1:]


@router.post("/settings/notifications")
async def save(request: Request, user: ConsoleUser, session: SessionDep, rt: RuntimeDep,
               weekday: Short = "monday", hour: Short = "8", timezone: Short = "UTC",
               enabled: Short = "", alert_email: Short = "", alert_watch: Short = "",
               webhook_url: HookUrl = "",
               webhook_kind: Short = "", webhook_remove: Short = "") -> Response:
    errors: dict[str, str] = {}
    if weekday not in schedule.WEEKDAYS:
        errors["weekday"] = "Pick a day of the week."
    if not hour.isdigit() or not 0 <= int(hour) <= 23:
        errors["hour"] = "Pick an hour from 0 to 23."
    alerts: dict[str, Any] = {"email": bool(alert_email), "watch": bool(alert_watch)}
    if webhook_remove:
        alerts["webhook"] = None
    elif webhook_url.strip():
        alerts["webhook"] = hook_in(webhook_url, webhook_kind)
    if not errors:
        try:
            await service.update(
                session, user_id=user.user_id, digest={
                    "enabled": bool(enabled), "weekday": weekday, "hour": int(hour),
                    "timezone": timezone.strip()}, alerts=alerts, box=rt.box,
                settings=rt.settings, now=datetime.now(UTC))
        except service.InvalidPrefs as exc:
            field = "timezone" if str(exc).startswith("digest.timezone") else "webhook"
            errors[field] = message(exc)
        else:
            await session.commit()
            return RedirectResponse("/settings?done=notifications#digest", status_code=303)
    await session.rollback()
    return await settings_pages._render(request, session, rt, user, status=422, errors=errors,
                                        form={"timezone": timezone, "webhook_kind": webhook_kind})
