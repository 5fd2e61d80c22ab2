"""Who is looking at a console page: the session cookie (HttpOnly) behind every page, the CSRF
token every form posts back, and the ways in: Google, Microsoft, a one-time link (the demo),
or a pasted API token (self-hosters)."""

from __future__ import annotations

import hmac
from datetime import UTC, datetime, timedelta
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from unspoken.api.deps import (
    CSRF_HEADER,
    SAFE_METHODS,
    SESSION_COOKIE,
    RuntimeDep,
    SessionDep,
    csrf_for,
    token_principal,
)
from unspoken.api.problems import Problem
from unspoken.api.routers import _signin
from unspoken.console.templating import page
from unspoken.services import tokens as token_service
from unspoken.services import users as user_service
from unspoken.services.users import Principal
from unspoken.store.models import TokenKind

router = APIRouter(include_in_schema=False)
_MAX_TOKEN = 100


class SignInRequired(Exception):  # noqa: N818 - a redirect, not a failure
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class ConsoleError(Exception):
    """A page that cannot be shown (unknown account, admins only): an HTML page, not JSON."""

    def __init__(self, status: int, title: str, detail: str = "") -> None:
        super().__init__(title)
        self.status, self.title, self.detail = status, title, detail


async def console_user(request: Request, rt: RuntimeDep, session: SessionDep) -> Principal:
    """The signed-in user; a write must carry the session's CSRF token (form field `csrf` or
    the X-CSRF-Token header)."""
    cookie = request.cookies.get(SESSION_COOKIE, "")
    path = request.url.path if request.method in SAFE_METHODS else "/"
    if not cookie or len(cookie) > _MAX_TOKEN:
        raise SignInRequired(path)
    try:
        p = await token_principal(rt, session, cookie, TokenKind.SESSION)
    except Problem as exc:
        if exc.status == 401:
            raise SignInRequired(path) from None
        raise
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent:
            form = await request.form()
            sent = str(form.get("csrf", ""))
        if not hmac.compare_digest(sent, csrf_for(cookie)):
            raise ConsoleError(403, "This form has expired",
                               "Reload the page and try again.")
    return p


ConsoleUser = Annotated[Principal, Depends(console_user)]


async def console_admin(user: ConsoleUser) -> Principal:
    if not user.is_admin:
        raise ConsoleError(403, "Admins only",
                           "Ask an administrator of your organisation for access.")
    return user


ConsoleAdmin = Annotated[Principal, Depends(console_admin)]


def signin_redirect(path: str) -> RedirectResponse:
    target = "/signin" if path in ("", "/") else f"/signin?next={quote(path)}"
    return RedirectResponse(target, status_code=303)


@router.get("/signin", response_class=HTMLResponse)
async def signin_page(request: Request, rt: RuntimeDep, next: str = "/",
                      error: str = "") -> Response:
    messages = {"token": "That token was not accepted: it may be mistyped, expired or revoked.",
                "link": "This sign-in link was already used or has expired. Sign in below.",
                "erased": "Your account and everything derived from your mail were erased."}
    return page(request, "signin.html", user=None, title="Sign in",
                next=_signin.local_path(next[:500]), message=messages.get(error, ""),
                erased=error == "erased", google=bool(rt.settings.google_client_id),
                microsoft=bool(rt.settings.microsoft_client_id))


@router.post("/signin/token")
async def signin_with_token(session: SessionDep, rt: RuntimeDep,
                            token: Annotated[str, Form(max_length=_MAX_TOKEN)] = "",
                            next: Annotated[str, Form(max_length=500)] = "/") -> Response:
    """The fallback: trade a pasted API token for a console session."""
    started = await token_service.start_session(
        session, token=token.strip(), ttl=timedelta(hours=rt.settings.session_ttl_hours),
        now=datetime.now(UTC))  # it ends when the pasted token does
    if started is None:
        return RedirectResponse("/signin?error=token", status_code=303)
    await session.commit()
    return _signin.landing(rt.settings, client="console", token=started[0], return_to="",
                           console_to=_signin.local_path(next))


@router.get("/signin/link")
async def signin_with_link(session: SessionDep, rt: RuntimeDep, token: str = "") -> Response:
    """A one-time link (printed by `unspoken demo`): used once, then it is dead."""
    p = await user_service.redeem_signin_link(session, token=token[:_MAX_TOKEN],
                                              now=datetime.now(UTC))
    if p is None:
        await session.rollback()
        return RedirectResponse("/signin?error=link", status_code=303)
    token = await _signin.issue(session, rt.settings, user_id=p.user_id, client="console",
                                label="link")
    await session.commit()
    return _signin.landing(rt.settings, client="console", token=token, return_to="",
                           console_to="/")


@router.post("/signout")
async def signout(user: ConsoleUser, session: SessionDep,
                  rt: RuntimeDep) -> Response:
    response = RedirectResponse("/signin", status_code=303)
    await _signin.end_console_session(session, rt.kv, user=user, response=response)
    return response
