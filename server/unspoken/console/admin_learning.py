"""Admin → Learning: what the team's feedback taught each signal (services/learning): the
learned factor, its bounds, the judgements it follows, the level against the false-alarm
budget's, the last change; reset one signal or all (the same service and audit entry,
`learning.reset`, as POST /v1/admin/learning/reset), then the org is rescored."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.console import views
from unspoken.console.session import ConsoleAdmin, ConsoleError
from unspoken.console.templating import page
from unspoken.services import learning as learning_service
from unspoken.signals.model import SignalKind
from unspoken.store.repositories import users as users_repo

router = APIRouter(include_in_schema=False)


@router.get("/admin/learning", response_class=HTMLResponse)
async def learning(request: Request, user: ConsoleAdmin, session: SessionDep) -> Response:
    view = await learning_service.view(session, org_id=user.org_id, now=datetime.now(UTC))
    for s in view["signals"]:
        s["label"] = views.signal(s["signal"]).label
    done = request.query_params.get("reset", "")
    shown = "every signal" if done == "all" else \
        views.signal(done).label if done in SignalKind._value2member_map_ else ""
    return page(request, "admin/learning.html", user=user, title="Learning", tab="learning",
                view=view, done=shown)


@router.post("/admin/learning/reset")
async def reset(user: ConsoleAdmin, session: SessionDep, rt: RuntimeDep,
                signal: Annotated[str, Form(max_length=40)] = "") -> Response:
    if signal and signal not in SignalKind._value2member_map_:
        raise ConsoleError(422, "Unknown signal", "Reset one of the listed signals, or all.")
    actor = await users_repo.user(session, user.user_id)
    assert actor is not None
    changed = await learning_service.reset(
        session, org_id=user.org_id, actor=actor,
        signal=SignalKind(signal) if signal else None, now=datetime.now(UTC))
    await session.commit()
    if changed:
        await learning_service.changed(rt.queue, org_id=user.org_id)
    return RedirectResponse(f"/admin/learning?reset={signal or 'all'}", status_code=303)
