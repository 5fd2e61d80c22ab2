"""Digest and alert preferences (JSON), the digest preview and the one-click unsubscribe."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from unspoken.api.deps import SESSION_COOKIE, AdminUser, CurrentUser, RuntimeDep, SessionDep
from unspoken.api.problems import Problem
from unspoken.api.schemas.notifications import (
    NotificationsIn,
    NotificationsOut,
    OrgNotificationsIn,
    OrgNotificationsOut,
)
from unspoken.notify import render, signing
from unspoken.services import digest as digest_service
from unspoken.services import notifications as service
from unspoken.services.users import authenticate
from unspoken.store.models import TokenKind

router = APIRouter(tags=["notifications"])
_PAGE_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
                 "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                            "img-src 'self'; form-action 'self'; "
                                            "frame-ancestors 'none'"}


@router.get("/v1/me/notifications", response_model=NotificationsOut)
async def get_prefs(user: CurrentUser, session: SessionDep, rt: RuntimeDep) -> dict[str, Any]:
    out = await service.prefs_json(session, user_id=user.user_id, org_id=user.org_id,
                                   settings=rt.settings, now=datetime.now(UTC))
    await session.commit()  # the defaults row, made on first read
    return out


@router.put("/v1/me/notifications", response_model=NotificationsOut)
async def put_prefs(body: NotificationsIn, user: CurrentUser, session: SessionDep,
                    rt: RuntimeDep) -> dict[str, Any]:
    """Change the fields given; a new webhook URL starts healthy; `webhook: null` removes it."""
    now = datetime.now(UTC)
    try:
        await service.update(
            session, user_id=user.user_id,
            digest=body.digest.model_dump(exclude_unset=True) if body.digest else None,
            alerts=body.alerts.model_dump(exclude_unset=True) if body.alerts else None,
            box=rt.box, settings=rt.settings, now=now)
    except service.InvalidPrefs as exc:
        raise Problem(422, str(exc)) from None
    out = await service.prefs_json(session, user_id=user.user_id, org_id=user.org_id,
                                   settings=rt.settings, now=now)
    await session.commit()
    return out


@router.get("/v1/admin/notifications", response_model=OrgNotificationsOut)
async def get_org(user: AdminUser, session: SessionDep) -> dict[str, Any]:
    return await service.org_json(session, org_id=user.org_id)


@router.put("/v1/admin/notifications", response_model=OrgNotificationsOut)
async def put_org(body: OrgNotificationsIn, user: AdminUser, session: SessionDep,
                  rt: RuntimeDep) -> dict[str, Any]:
    """The org's default alert webhook, for members without their own (audited)."""
    try:
        await service.set_org_webhook(
            session, org_id=user.org_id, actor_id=user.user_id, actor_email=user.email,
            hook=body.webhook.model_dump() if body.webhook else None, box=rt.box,
            settings=rt.settings)
    except service.InvalidPrefs as exc:
        raise Problem(422, str(exc)) from None
    out = await service.org_json(session, org_id=user.org_id)
    await session.commit()
    return out


@router.get("/digest/preview", include_in_schema=False, response_model=None)
async def preview(request: Request, session: SessionDep, rt: RuntimeDep,
                  format: Annotated[str, Query(pattern="^(html|text)$")] = "html",
                  ) -> Response:
    """The digest as it would go out now (the demo shows it here instead of sending)."""
    cookie = request.cookies.get(SESSION_COOKIE)
    found = await authenticate(session, token=cookie, kind=TokenKind.SESSION,
                               now=datetime.now(UTC)) if cookie else None
    if found is None:
        return RedirectResponse("/", status_code=303)
    d = await digest_service.preview(session, user_id=found[0].user_id, settings=rt.settings,
                                     now=datetime.now(UTC))
    await session.commit()
    if format == "text":
        return PlainTextResponse(render.text("digest", d=d), headers=_PAGE_HEADERS)
    return HTMLResponse(render.html("digest", d=d), headers=_PAGE_HEADERS)


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' "
        f"content='width=device-width'><title>{escape(title)}</title></head><body style='font:"
        f"16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem'>"
        f"<h1 style='font-size:1.3rem'>{escape(title)}</h1>{body}</body></html>",
        status_code=status, headers=_PAGE_HEADERS)


def _user_of(rt: RuntimeDep, t: str) -> str | None:
    return signing.verify(rt.settings.key_ring(), t, purpose=digest_service.UNSUBSCRIBE)


_BAD_LINK = ("This unsubscribe link is not valid", "<p>It may have been cut when copied. Open "
             "Settings in the Unspoken console to turn the weekly digest off.</p>")


@router.get("/digest/unsubscribe", include_in_schema=False)
async def unsubscribe_page(rt: RuntimeDep,
                           t: Annotated[str, Query(max_length=256)] = "") -> HTMLResponse:
    """A confirmation button, not an unsubscribe: link scanners follow GETs."""
    if _user_of(rt, t) is None:
        return _page(*_BAD_LINK, status=400)
    return _page("Stop the weekly digest?",
                 f"<form method='post' action='/digest/unsubscribe?t={escape(t)}'>"
                 "<input type='hidden' name='List-Unsubscribe' value='One-Click'>"
                 "<button type='submit' style='font-size:1rem;padding:.5rem 1rem'>"
                 "Unsubscribe</button></form><p>Alerts about accounts at risk are not "
                 "affected; change them in Settings.</p>")


@router.post("/digest/unsubscribe", include_in_schema=False)
async def unsubscribe(session: SessionDep, rt: RuntimeDep,
                      t: Annotated[str, Query(max_length=256)] = "") -> HTMLResponse:
    """RFC 8058 one-click: a POST with the signed token turns the digest off, no sign-in."""
    user_id = _user_of(rt, t)
    if user_id is None:
        return _page(*_BAD_LINK, status=400)
    if not await service.unsubscribe(session, user_id=user_id, now=datetime.now(UTC)):
        return _page("Nothing to unsubscribe", "<p>This account no longer exists.</p>")
    await session.commit()
    return _page("You are unsubscribed",
                 "<p>No more weekly digests. Turn them back on any time in Settings.</p>")
