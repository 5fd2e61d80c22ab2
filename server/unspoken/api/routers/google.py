"""Sign in with Google (start, callback) and Gmail's Pub/Sub push."""

from __future__ import annotations

import base64
import binascii
import html
import json
import logging
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.api.problems import Problem
from unspoken.api.routers import _signin
from unspoken.providers.google import auth, connect
from unspoken.providers.google.sync import GoogleCursor
from unspoken.store.repositories import mailboxes as mailboxes_repo

router = APIRouter(tags=["google"])
log = logging.getLogger("unspoken.google")
BROWSER_COOKIE = "unspoken_google_signin"  # binds a sign-in's state to the browser
_MAX_PUSH = 64_000


def _page(status: int, title: str, body_html: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
                        f"<h1>{html.escape(title)}</h1>{body_html}", status_code=status)


@router.get("/auth/google/start", include_in_schema=False)
async def start(request: Request, session: SessionDep, rt: RuntimeDep, client: str = "console",
                redirect: str = "") -> Response:
    """Send the browser to Google. `client=extension` with the extension's chromiumapp.org
    `redirect` ends the flow there with its API token in the fragment."""
    if not rt.settings.google_client_id:
        raise Problem(503, "Google sign-in is not configured on this server")
    return_to = _signin.extension_return_to(
        client, redirect, allowed_ids=rt.settings.extension_ids)
    user_id = await _signin.console_user(request, session, client)  # adds a mailbox
    browser = request.cookies.get(BROWSER_COOKIE) or secrets.token_urlsafe(32)
    url = await auth.begin(rt.kv, rt.settings, browser=browser, client=client,
                           return_to=return_to, user_id=user_id)
    response = RedirectResponse(url, status_code=302)
    response.set_cookie(BROWSER_COOKIE, browser, max_age=auth.STATE_TTL, httponly=True,
                        samesite="lax", secure=rt.settings.cookie_secure, path="/auth/google")
    return response


@router.get("/auth/google/callback", include_in_schema=False)
async def callback(request: Request, session: SessionDep, rt: RuntimeDep) -> Response:
    q = request.query_params
    try:
        pending = await auth.take(rt.kv, state=q.get("state", ""),
                                  browser=request.cookies.get(BROWSER_COOKIE, ""))
        if q.get("error"):  # the user said no on Google's page
            raise auth.SignInError("access was not granted")
        tokens = await auth.exchange(rt.settings, code=q.get("code", ""),
                                     verifier=pending.verifier)
        try:
            identity = await auth.verify_identity(rt.settings, tokens.id_token,
                                                  nonce=pending.nonce)
        except auth.SignInError:
            await auth.revoke_grant(rt.settings, tokens.refresh_token)  # not kept: given back
            raise
    except auth.SignInError as exc:
        return _page(400, "Google sign-in did not complete",
                     f"<p>{html.escape(str(exc))}.</p>"
                     "<p><a href=\"/auth/google/start\">Try again</a></p>")
    if not tokens.has_gmail:
        await auth.revoke_grant(rt.settings, tokens.refresh_token)
        return _page(403, "Gmail access is needed",
                     "<p>Unspoken reads your mail (read-only) to see how customers write to "
                     "you. Sign in again and keep the Gmail box ticked.</p>"
                     "<p><a href=\"/auth/google/start\">Try again</a></p>")
    linked = await connect.link(session, identity=identity, tokens=tokens, box=rt.box,
                                user_id=pending.user_id)
    if pending.user_id:  # already signed in: the mailbox joins their account, no new session
        await session.commit()
        await rt.queue.enqueue("sync.mailbox", linked.mailbox.id, first=True)
        response: Response = RedirectResponse(
            "/?calendar=" + ("on" if tokens.has_calendar else "off"), status_code=303)
        response.delete_cookie(BROWSER_COOKIE, path="/auth/google")
        return response
    token = await _signin.issue(session, rt.settings, user_id=linked.user.id,
                                client=pending.client, label="google")
    await session.commit()
    await rt.queue.enqueue("sync.mailbox", linked.mailbox.id, first=True)
    response = _signin.landing(rt.settings, client=pending.client, token=token,
                               return_to=pending.return_to,
                               console_to="/?calendar=" + ("on" if tokens.has_calendar
                                                           else "off"))
    response.delete_cookie(BROWSER_COOKIE, path="/auth/google")
    return response


def push_address(body: bytes) -> tuple[str, int]:
    """(emailAddress, historyId) of a Pub/Sub push; historyId arrives as a number (real
    deliveries) or a string (the docs)."""
    try:
        envelope = json.loads(body)
        data = json.loads(base64.b64decode(envelope["message"]["data"]))
        return str(data["emailAddress"]).lower(), int(data["historyId"])
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise Problem(400, "not a Gmail push notification") from None


def _covered(cursor: dict[str, Any] | None, history_id: int) -> bool:
    """The stored cursor is already past the pushed id (a late or repeated push)."""
    gmail = GoogleCursor.from_json(cursor).gmail if cursor else None
    return gmail is not None and not gmail.backfill and gmail.history_id >= history_id


@router.post("/webhooks/google/pubsub", include_in_schema=False)
async def pubsub(request: Request, session: SessionDep, rt: RuntimeDep) -> Response:
    """Verify the push's OIDC token before anything else, acknowledge at once and enqueue
    one incremental sync (the queue coalesces it). Google is never called here."""
    try:
        await auth.verify_push(rt.settings, request.headers.get("authorization", ""))
    except auth.SignInError:
        raise Problem(403, "push not authenticated") from None
    body = await request.body()
    if len(body) > _MAX_PUSH:
        raise Problem(413, "push too large")
    address, history_id = push_address(body)
    for b in await mailboxes_repo.by_address(session, "google", address):
        if not _covered(b.cursor, history_id):
            await rt.queue.enqueue("sync.mailbox", b.id)
    return Response(status_code=204)  # unknown address too: Pub/Sub must not redeliver


@router.post("/webhooks/google/calendar", include_in_schema=False)
async def calendar_push(request: Request, rt: RuntimeDep) -> Response:
    """A Calendar channel's ping: its token must be one we signed for a mailbox; the first
    ("sync") message only confirms the channel. A hint: the periodic sync is the safety net."""
    mailbox_id = auth.channel_mailbox(rt.settings,
                                      request.headers.get("x-goog-channel-token", ""))
    if mailbox_id is None:
        raise Problem(403, "unknown channel")
    if request.headers.get("x-goog-resource-state") != "sync":
        await rt.queue.enqueue("sync.mailbox", mailbox_id)
    return Response(status_code=200)
