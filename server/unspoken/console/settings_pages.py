"""Settings: connected mailboxes (sync health, reconnect, disconnect and erase), API tokens and
sessions (create, revoke), delete my account — and any section another feature adds.

The page is a list of `Section`s: a template under templates/settings/ and the loader of what
it shows. A feature adds its own with `add_section` (e.g. the digest and alert preferences)
and its own POST routes; nothing here needs to change.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.api.problems import Problem
from unspoken.api.routers import _signin
from unspoken.api.routers.me import erase_account
from unspoken.console import views
from unspoken.console.session import ConsoleError, ConsoleUser
from unspoken.console.templating import page
from unspoken.providers import registry
from unspoken.runtime import Runtime
from unspoken.services import me as me_service
from unspoken.services import tokens as token_service
from unspoken.services.users import Principal
from unspoken.store.models import TokenKind
from unspoken.store.repositories import mailboxes as mailboxes_repo

router = APIRouter(include_in_schema=False)
Loader = Callable[[AsyncSession, Runtime, Principal], Awaitable[dict[str, Any]]]
MailboxId = Annotated[str, Path(min_length=1, max_length=64)]


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # the section's id (its anchor on the page)
    title: str
    template: str  # under templates/, e.g. "settings/mailboxes.html"
    load: Loader  # what the template sees as `data`


SECTIONS: list[Section] = []


def add_section(section: Section, *, before: str | None = "danger") -> None:
    """Add a section to the Settings page, before the section keyed `before` (default: above
    "Delete my account"), or last."""
    keys = [s.key for s in SECTIONS]
    SECTIONS.insert(keys.index(before) if before in keys else len(SECTIONS), section)


async def _mailboxes(session: AsyncSession, rt: Runtime, user: Principal) -> dict[str, Any]:
    now = datetime.now(UTC)
    boxes = await mailboxes_repo.list_for_user(session, user.user_id)
    return {"mailboxes": [{
        "box": b, "source": registry.display_name(b.provider),
        "progress": round(b.progress * 100), "synced": views.ago(b.last_synced_at, now),
        "reconnect": registry.reconnect_path(b.provider, address=b.address)
        if b.status == "needs_reauth" else None} for b in boxes],
        "google": bool(rt.settings.google_client_id),
        "microsoft": bool(rt.settings.microsoft_client_id)}


async def _tokens(session: AsyncSession, rt: Runtime, user: Principal) -> dict[str, Any]:
    now = datetime.now(UTC)
    found = await token_service.list_tokens(session, rt.kv, user_id=user.user_id,
                                            current_token_id=user.token_id, now=now)
    shown = [t | {"used": views.ago(datetime.fromisoformat(t["last_used_at"]), now)
                  if t["last_used_at"] else "not yet"} for t in found]
    return {"api": [t for t in shown if t["kind"] == TokenKind.BEARER.value],
            "sessions": [t for t in shown if t["kind"] == TokenKind.SESSION.value],
            "cap": await token_service.lifetime_cap_days(session, org_id=user.org_id)}


async def _nothing(session: AsyncSession, rt: Runtime, user: Principal) -> dict[str, Any]:
    return {}


add_section(Section("mailboxes", "Mailboxes", "settings/mailboxes.html", _mailboxes))
add_section(Section("tokens", "Sign-ins and API tokens", "settings/tokens.html", _tokens))
add_section(Section("danger", "Delete my account", "settings/danger.html", _nothing),
            before=None)

_DONE = {"synced": "A sync was started.", "disconnected": "Mailbox disconnected and erased.",
         "revoked": "Revoked: it stops working at once.",
         "notifications": "Digest and alert preferences saved."}


async def _render(request: Request, session: AsyncSession, rt: Runtime, user: Principal, *,
                  status: int = 200, **extra: Any) -> HTMLResponse:
    loaded = [(s, await s.load(session, rt, user)) for s in SECTIONS]
    return page(request, "settings.html", user=user, title="Settings", status=status,
                sections=loaded, done=_DONE.get(request.query_params.get("done", ""), ""),
                new_token=extra.pop("new_token", None), errors=extra.pop("errors", {}),
                form=extra.pop("form", {}), **extra)


@router.get("/settings", response_class=HTMLResponse)
async def settings(request: Request, user: ConsoleUser, session: SessionDep,
                   rt: RuntimeDep) -> Response:
    return await _render(request, session, rt, user)


async def _own_mailbox(session: AsyncSession, user: Principal, mailbox_id: str) -> Any:
    b = await mailboxes_repo.for_user(session, user_id=user.user_id, mailbox_id=mailbox_id)
    if b is None:
        raise ConsoleError(404, "No such mailbox", "It may have been disconnected already.")
    return b


@router.post("/settings/mailboxes/{mailbox_id}/sync")
async def sync_now(mailbox_id: MailboxId, user: ConsoleUser, session: SessionDep,
                   rt: RuntimeDep) -> Response:
    b = await _own_mailbox(session, user, mailbox_id)
    await rt.queue.enqueue("sync.mailbox", b.id)
    return RedirectResponse("/settings?done=synced#mailboxes", status_code=303)


@router.post("/settings/mailboxes/{mailbox_id}/disconnect")
async def disconnect(mailbox_id: MailboxId, user: ConsoleUser, session: SessionDep,
                     rt: RuntimeDep) -> Response:
    b = await _own_mailbox(session, user, mailbox_id)
    await me_service.disconnect(session, box=rt.box, mailbox=b)
    await session.commit()
    await rt.queue.enqueue("assess.user", user.user_id)
    return RedirectResponse("/settings?done=disconnected#mailboxes", status_code=303)


@router.post("/settings/tokens", response_class=HTMLResponse)
async def create_token(request: Request, user: ConsoleUser, session: SessionDep,
                       rt: RuntimeDep, label: Annotated[str, Form(max_length=200)] = "",
                       days: Annotated[str, Form(max_length=10)] = "") -> Response:
    """A new API token, shown once on the page this answers with."""
    errors = {}
    label = " ".join(label.split())
    if not 1 <= len(label) <= 64:
        errors["label"] = "Give the token a name of 1 to 64 characters (e.g. “Chrome at work”)."
    n: int | None = None
    if days.strip():
        try:
            n = int(days)
            if n < 1:
                raise ValueError
        except ValueError:
            errors["days"] = "Days must be a whole number of at least 1."
    if not errors:
        try:
            token, _row = await token_service.create_token(
                session, user_id=user.user_id, org_id=user.org_id, now=datetime.now(UTC),
                label=label, days=n)
        except token_service.TokenTooLong as exc:
            errors["days"] = f"Tokens live at most {exc.cap_days} days in your organisation."
        else:
            await session.commit()
            return await _render(request, session, rt, user, status=201,
                                 new_token={"label": label, "secret": token})
    return await _render(request, session, rt, user, status=422, errors=errors,
                         form={"label": label, "days": days})


@router.post("/settings/tokens/{token_id}/revoke")
async def revoke_token(token_id: Annotated[str, Path(min_length=1, max_length=64)],
                       user: ConsoleUser, session: SessionDep, rt: RuntimeDep) -> Response:
    if not await token_service.revoke(session, rt.kv, user_id=user.user_id, token_id=token_id):
        raise ConsoleError(404, "No such token", "It may have been revoked already.")
    await session.commit()
    if token_id == user.token_id:  # this very session
        return RedirectResponse("/signin", status_code=303)
    return RedirectResponse("/settings?done=revoked#tokens", status_code=303)


@router.post("/settings/delete")
async def delete_account(request: Request, user: ConsoleUser, session: SessionDep,
                         rt: RuntimeDep,
                         confirm: Annotated[str, Form(max_length=320)] = "") -> Response:
    """Erase the user and everything derived from their mail; they must type their address."""
    if confirm.strip().lower() != user.email:
        return await _render(request, session, rt, user, status=422,
                             errors={"confirm": f"Type {user.email} to confirm."})
    try:
        await erase_account(session, rt, user_id=user.user_id)
    except Problem as exc:
        raise ConsoleError(exc.status, "Not erased yet", exc.detail.capitalize() + ".") \
            from None
    response = RedirectResponse("/signin?error=erased", status_code=303)
    _signin.clear_cookies(response)
    return response
