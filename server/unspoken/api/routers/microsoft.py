"""Sign in with Microsoft (start, callback) and Graph change notifications."""

from __future__ import annotations

import html
import json
import logging
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.api.problems import Problem
from unspoken.api.routers import _signin
from unspoken.providers.base import MailboxRef
from unspoken.providers.microsoft import connect, subscriptions
from unspoken.providers.microsoft.auth import (
    RETRY_AFTER,
    AdminConsentRequired,
    SignInCancelled,
    SignInFailed,
    SignInUnreachable,
)
from unspoken.providers.microsoft.deps import MicrosoftDeps, current
from unspoken.providers.microsoft.sync import MicrosoftProvider
from unspoken.store.repositories import mailboxes as mailboxes_repo

router = APIRouter(tags=["microsoft"])
log = logging.getLogger("unspoken.microsoft")
_MAX_BODY = 1_000_000


def _page(status: int, title: str, body_html: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
                        f"<h1>{html.escape(title)}</h1>{body_html}", status_code=status)


@router.get("/auth/microsoft/start", include_in_schema=False)
async def start(request: Request, session: SessionDep, rt: RuntimeDep, return_to: str = "/",
                client: str = "console", redirect: str = "") -> Response:
    """Send the browser to Microsoft; a signed-in console user connects this mailbox to
    their account, anyone else signs in (or up) with it. `client=extension` with the
    extension's chromiumapp.org `redirect` ends the flow there with its API token in the
    fragment."""
    deps = current()
    if not deps.settings.microsoft_client_id:
        raise Problem(503, "Microsoft sign-in is not configured on this server")
    extension_to = _signin.extension_return_to(
        client, redirect, allowed_ids=deps.settings.extension_ids)
    user_id = await _signin.console_user(request, session, client)
    try:
        url = await deps.auth.start(login_hint=request.query_params.get("login_hint", ""),
                                    return_to=extension_to or _signin.local_path(return_to),
                                    user_id=user_id, client=client)
    except SignInUnreachable:
        raise Problem(503, "Microsoft sign-in is unreachable, try again",
                      headers={"Retry-After": str(RETRY_AFTER)}) from None
    return RedirectResponse(url, status_code=302)


@router.get("/auth/microsoft/callback", include_in_schema=False)
async def callback(request: Request, session: SessionDep, rt: RuntimeDep) -> Response:
    deps = current()
    try:
        connected = await deps.auth.finish(dict(request.query_params))
    except AdminConsentRequired as exc:
        link = html.escape(exc.link, quote=True)
        return _page(403, "An administrator needs to approve Unspoken",
                     "<p>Your organisation only lets an administrator grant apps access to mail "
                     "and calendars. Send this link to your Microsoft 365 administrator, then "
                     f"sign in again:</p><p><a href=\"{link}\">{link}</a></p>")
    except SignInUnreachable:
        page = _page(503, "Microsoft sign-in is unreachable",
                     "<p>Microsoft's sign-in service did not answer. Nothing was stored.</p>"
                     "<p><a href=\"/auth/microsoft/start\">Try again</a> in a minute.</p>")
        page.headers["Retry-After"] = str(RETRY_AFTER)
        return page
    except SignInCancelled as exc:
        retry = html.escape(exc.retry, quote=True)
        return _page(200, "You cancelled the Microsoft sign-in",
                     "<p>Nothing was connected and nothing was stored. Unspoken only reads "
                     "your mail and calendar, never changes them; you can disconnect at any "
                     "time.</p>"
                     f"<p><a href=\"{retry}\" role=\"button\">Try again</a></p>")
    except SignInFailed as exc:
        return _page(400, "Microsoft sign-in did not complete",
                     f"<p>{html.escape(str(exc))}.</p><p><a href=\"/auth/microsoft/start\">"
                     "Try again</a></p>")
    linked = await connect.link(session, connected=connected, box=rt.box,
                                user_id=connected.user_id)
    token = ""
    if not connected.user_id:  # signed in with Microsoft: a console session or extension token
        token = await _signin.issue(session, rt.settings, user_id=linked.user.id,
                                    client=connected.client, label="microsoft")
    await session.commit()
    await deps.auth.clear_reauth(linked.mailbox.id)
    await rt.queue.enqueue("sync.mailbox", linked.mailbox.id, first=True)
    if not token:  # already signed in: the mailbox joins their account, no new session
        return RedirectResponse(_signin.local_path(connected.return_to or "/"), status_code=303)
    return _signin.landing(rt.settings, client=connected.client, token=token,
                           return_to=connected.return_to,
                           console_to=_signin.local_path(connected.return_to or "/"))


async def _lifecycle(deps: MicrosoftDeps, rt: Any, mailbox_id: str, event: str,
                     subscription_id: str) -> None:
    """After the acknowledgement: Graph calls the lifecycle event asks for."""
    async with rt.sessions() as s:
        mb = await mailboxes_repo.get(s, mailbox_id)
        if mb is None:
            return
        ref = MailboxRef(id=mb.id, address=mb.address, me=frozenset({mb.address}),
                         source=dict(mb.source))
    client = MicrosoftProvider(deps).client(ref)
    try:
        if event == "reauthorizationRequired":
            await subscriptions.reauthorize(deps, client, mailbox_id, subscription_id)
        elif event == "subscriptionRemoved":
            await subscriptions.recreate(deps, client, mailbox_id, subscription_id)
    except Exception:  # best effort: the next settle() renews, polling covers the gap
        log.warning("lifecycle handling failed", extra={"event": event})


@router.post("/webhooks/microsoft", include_in_schema=False)
async def webhook(request: Request, rt: RuntimeDep, background: BackgroundTasks) -> Response:
    """Validation handshake, then notifications: clientState checked on each, acknowledged at
    once, one coalesced sync per mailbox; Graph is never called before the answer."""
    token = request.query_params.get("validationToken")
    if token is not None:
        return PlainTextResponse(token[:1024], status_code=200)
    raw = await request.body()
    if len(raw) > _MAX_BODY:
        raise Problem(413, "notification batch too large")
    try:
        items = json.loads(raw or b"{}").get("value") or []
    except (ValueError, AttributeError):
        raise Problem(400, "not a Graph notification batch") from None
    deps = current()
    to_sync: set[str] = set()
    accepted = rejected = 0
    for n in items if isinstance(items, list) else []:
        mailbox_id = deps.mailbox_of(str((n or {}).get("clientState") or ""))
        if mailbox_id is None:
            rejected += 1
            continue
        accepted += 1
        event = n.get("lifecycleEvent")
        if event in ("reauthorizationRequired", "subscriptionRemoved"):
            background.add_task(_lifecycle, deps, rt, mailbox_id, event,
                                str(n.get("subscriptionId", "")))
        if event != "reauthorizationRequired":  # missed, removed, or a change: catch up
            to_sync.add(mailbox_id)
    if rejected and not accepted:
        log.warning("notifications with a wrong clientState", extra={"count": rejected})
        raise Problem(403, "unknown clientState")
    for mailbox_id in sorted(to_sync):
        await rt.queue.enqueue("sync.mailbox", mailbox_id)
    return Response(status_code=202)
