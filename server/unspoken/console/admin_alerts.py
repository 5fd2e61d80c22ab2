"""Admin → Alerts: the organisation's default Slack or Microsoft Teams incoming webhook, where
alerts go for members without a webhook of their own. The same service (and the same audit
entries, `alerts.org_webhook.set` / `.removed`) as PUT /v1/admin/notifications; its health
("delivery failing", "hook removed") is the one a member's Settings shows."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.console.notify_settings import HookUrl, Short, hook_in, message
from unspoken.console.session import ConsoleAdmin
from unspoken.console.templating import page
from unspoken.runtime import Runtime
from unspoken.services import notifications as service
from unspoken.services.users import Principal

router = APIRouter(include_in_schema=False)
_DONE = {"set": "Default channel saved: members without their own webhook get alerts there.",
         "removed": "Default channel removed: members without their own webhook get alerts "
                    "by email only."}


async def _render(request: Request, session: AsyncSession, user: Principal, *,
                  status: int = 200, errors: dict[str, str] | None = None,
                  form: dict[str, str] | None = None) -> HTMLResponse:
    org = await service.org_json(session, org_id=user.org_id)
    return page(request, "admin/alerts.html", user=user, title="Alerts", tab="alerts",
                hook=org["webhook"], errors=errors or {}, form=form or {}, status=status,
                done=_DONE.get(request.query_params.get("done", ""), ""))


@router.get("/admin/alerts", response_class=HTMLResponse)
async def alerts(request: Request, user: ConsoleAdmin, session: SessionDep) -> Response:
    return await _render(request, session, user)


async def _change(session: AsyncSession, rt: Runtime, user: Principal,
                  hook: dict[str, Any] | None) -> None:
    await service.set_org_webhook(session, org_id=user.org_id, actor_id=user.user_id,
                                  actor_email=user.email, hook=hook, box=rt.box,
                                  settings=rt.settings)


@router.post("/admin/alerts", response_class=HTMLResponse)
async def save(request: Request, user: ConsoleAdmin, session: SessionDep, rt: RuntimeDep,
               webhook_url: HookUrl = "", webhook_kind: Short = "") -> Response:
    """Set or replace the default webhook (a new URL starts healthy)."""
    form = {"webhook_url": webhook_url.strip(), "webhook_kind": webhook_kind}
    if not webhook_url.strip():
        return await _render(request, session, user, status=422, form=form, errors={
            "url": "Paste the channel's incoming webhook URL (it starts with https://)."})
    try:
        await _change(session, rt, user, hook_in(webhook_url, webhook_kind))
    except service.InvalidPrefs as exc:
        await session.rollback()
        errors = {"kind": "Pick Slack or Microsoft Teams: the service cannot be told from "
                          "this URL."} if str(exc).startswith("webhook.kind") \
            else {"url": message(exc)}
        return await _render(request, session, user, status=422, form=form, errors=errors)
    await session.commit()
    return RedirectResponse("/admin/alerts?done=set", status_code=303)


@router.post("/admin/alerts/remove")
async def remove(user: ConsoleAdmin, session: SessionDep, rt: RuntimeDep) -> Response:
    await _change(session, rt, user, None)
    await session.commit()
    return RedirectResponse("/admin/alerts?done=removed", status_code=303)
