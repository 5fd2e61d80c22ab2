"""What every "Sign in with …" provider does the same way around its own OAuth dance.

`client=console` ends in a console session cookie; `client=extension` (from
chrome.identity.launchWebAuthFlow) ends on the extension's chromiumapp.org page with an API
token in the fragment. The routers keep the provider-specific parts: the flow, its errors, and
where a console user lands.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.deps import CSRF_COOKIE, SESSION_COOKIE, csrf_for
from unspoken.api.problems import Problem
from unspoken.config import Settings
from unspoken.services import tokens as token_service
from unspoken.services import users as user_service
from unspoken.services.users import Principal
from unspoken.store.kv import KV
from unspoken.store.models import TokenKind
from unspoken.store.repositories import users as users_repo

CLIENTS = ("console", "extension")
# chrome.identity.launchWebAuthFlow lands on https://<extension id>.chromiumapp.org/...
EXTENSION_REDIRECT = re.compile(r"^https://[a-p]{32}\.chromiumapp\.org/[\w./-]*$")


def local_path(value: str) -> str:
    """Only paths of this site (no scheme, no host, no //): never an open redirect."""
    if value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def extension_return_to(client: str, redirect: str, *, allowed_ids: list[str]) -> str:
    """Check a start request's `client` and `redirect`: the chromiumapp.org URL to come back to
    for the extension (one of `allowed_ids` when the deployment pins them), "" for the console.
    422 before any provider is called."""
    if client not in CLIENTS:
        raise Problem(422, "client is console or extension")
    if client == "extension":
        if not EXTENSION_REDIRECT.match(redirect):
            raise Problem(422, "redirect must be the extension's chromiumapp.org URL")
        extension_id = redirect.removeprefix("https://").partition(".")[0]
        if allowed_ids and extension_id not in allowed_ids:
            raise Problem(422, "this extension is not allowed to sign in to this server")
        return redirect
    return ""


async def console_user(request: Request, session: AsyncSession, client: str) -> str:
    """The console user already signed in in this browser (who is adding a mailbox), else ""
    (always "" for the extension: it signs in on its own)."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie or client != "console":
        return ""
    found = await user_service.authenticate(session, token=cookie, kind=TokenKind.SESSION,
                                            now=datetime.now(UTC))
    return found[0].user_id if found else ""


async def issue(session: AsyncSession, settings: Settings, *, user_id: str, client: str,
                label: str) -> str:
    """The token the sign-in ends with: an extension API token, or a console session
    (`label` names the provider). Not committed: the caller commits."""
    now = datetime.now(UTC)
    if client == "extension":
        user = await users_repo.user(session, user_id)
        assert user is not None
        token, _ = await token_service.create_token(
            session, user_id=user_id, org_id=user.org_id, now=now, label="extension",
            days=settings.token_ttl_days, clamp=True)  # within the org's cap
        return token
    return await user_service.issue_token(session, user_id=user_id, now=now,
                                          ttl=timedelta(hours=settings.session_ttl_hours),
                                          kind=TokenKind.SESSION, label=label)


def landing(settings: Settings, *, client: str, token: str, return_to: str,
            console_to: str) -> RedirectResponse:
    """Where the browser goes with the issued token: the extension's page with `#token=`, or
    `console_to` with the session and CSRF cookies set."""
    if client == "extension":
        if not EXTENSION_REDIRECT.match(return_to):  # checked at start; never an open redirect
            raise Problem(400, "redirect must be the extension's chromiumapp.org URL")
        return RedirectResponse(f"{return_to}#token={token}", status_code=303)
    response = RedirectResponse(console_to, status_code=303)
    age = int(timedelta(hours=settings.session_ttl_hours).total_seconds())
    secure = settings.cookie_secure
    response.set_cookie(SESSION_COOKIE, token, max_age=age, httponly=True,
                        samesite="lax", secure=secure, path="/")
    response.set_cookie(CSRF_COOKIE, csrf_for(token), max_age=age, httponly=False,
                        samesite="strict", secure=secure, path="/")
    return response


async def end_console_session(session: AsyncSession, kv: KV, *, user: Principal,
                              response: Response) -> None:
    """Revoke the caller's console session (committed, and out of the auth cache at once) and
    clear the cookies on `response`."""
    await token_service.revoke(session, kv, user_id=user.user_id, token_id=user.token_id)
    await session.commit()
    clear_cookies(response)


def clear_cookies(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")
