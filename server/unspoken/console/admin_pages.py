"""Admin: the org policy editor with a preview before saving, version history with diffs and
one-click rollback, the audit log with filters, members with their mailboxes' sync health."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.console import policy_form, views
from unspoken.console.session import ConsoleAdmin, ConsoleError
from unspoken.console.templating import page
from unspoken.providers import registry
from unspoken.runtime import Runtime
from unspoken.services import admin as admin_service
from unspoken.services import policy as policy_service
from unspoken.services import policy_preview, scoring
from unspoken.services.policy import OrgPolicy
from unspoken.services.users import Principal
from unspoken.store.repositories import policies as policies_repo
from unspoken.store.repositories import users as users_repo

router = APIRouter(include_in_schema=False)
HISTORY_LIMIT = 50
AUDIT_PAGE = 50


@router.get("/admin")
async def admin_home(user: ConsoleAdmin) -> Response:
    return RedirectResponse("/admin/policy", status_code=303)


async def _editor(request: Request, session: AsyncSession, user: Principal, *,
                  shown: dict[str, Any] | None = None, errors: dict[str, str] | None = None,
                  preview: policy_preview.Preview | None = None, fingerprint: str = "",
                  status: int = 200, saved: str = "") -> HTMLResponse:
    version, current = await policy_service.current(session, org_id=user.org_id)
    learned = {k.value: f for k, f in
               (await policy_service.learned(session, org_id=user.org_id)).items()}
    return page(request, "admin/policy.html", user=user, title="Policy", tab="policy",
                learned=learned,
                specs=policy_form.specs(), v=shown or policy_form.values(current),
                errors=errors or {}, preview=preview, fingerprint=fingerprint, version=version,
                saved=saved, sens_min=policy_form.SENS_MIN, sens_max=policy_form.SENS_MAX,
                status=status)


@router.get("/admin/policy", response_class=HTMLResponse)
async def policy_editor(request: Request, user: ConsoleAdmin, session: SessionDep) -> Response:
    saved = request.query_params.get("saved", "")
    return await _editor(request, session, user, saved=saved if saved.isdigit() else "")


async def _preview(request: Request, session: AsyncSession, rt: Runtime, user: Principal,
                   new: OrgPolicy, shown: dict[str, Any], note: str = "") -> HTMLResponse:
    try:
        result = await policy_preview.preview(
            session, user_id=user.user_id, email=user.email, org_id=user.org_id, new=new,
            as_of=scoring.as_of(rt.settings.as_of))
    except policy_preview.PreviewBusy:
        return await _editor(request, session, user, shown=shown, status=503, errors={
            "_form": "Another preview is running: try again in a few seconds."})
    return await _editor(request, session, user, shown=shown, preview=result,
                         fingerprint=policy_form.fingerprint(new),
                         errors={"_note": note} if note else None)


@router.post("/admin/policy/preview", response_class=HTMLResponse)
async def policy_preview_page(request: Request, user: ConsoleAdmin, session: SessionDep,
                              rt: RuntimeDep) -> Response:
    """How many of the admin's own accounts would change level: nothing is saved."""
    new, shown, errors = policy_form.parse(await request.form())
    if new is None:
        return await _editor(request, session, user, shown=shown, errors=errors, status=422)
    return await _preview(request, session, rt, user, new, shown)


@router.post("/admin/policy", response_class=HTMLResponse)
async def policy_save(request: Request, user: ConsoleAdmin, session: SessionDep,
                      rt: RuntimeDep) -> Response:
    """Save what was previewed; anything else gets a fresh preview first."""
    form = await request.form()
    new, shown, errors = policy_form.parse(form)
    if new is None:
        return await _editor(request, session, user, shown=shown, errors=errors, status=422)
    if form.get("previewed") != policy_form.fingerprint(new):
        return await _preview(request, session, rt, user, new, shown,
                              note="The policy changed since its preview: check the new "
                                   "preview, then save.")
    actor = await users_repo.user(session, user.user_id)
    assert actor is not None
    out, changed = await admin_service.put_policy(session, org_id=user.org_id, actor=actor,
                                                  new=new)
    await session.commit()
    if changed:
        await admin_service.policy_changed(rt.queue, org_id=user.org_id)
    return RedirectResponse(f"/admin/policy?saved={out['version']}", status_code=303)


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    if isinstance(value, dict):
        return "; ".join(f"{views.signal(k).label}: "
                         f"{'on' if s.get('enabled', True) else 'off'}, "
                         f"sensitivity {s.get('sensitivity', 1)}" for k, s in value.items()) \
            or "(defaults)"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def changes_view(changes: dict[str, Any]) -> list[dict[str, str]]:
    """A policy diff as rows: the field's label, and what was removed/added or from → to."""
    labels = {s.name: s.label for s in policy_form.specs()}
    rows = []
    for name, ch in changes.items():
        before, after = ch.get("from"), ch.get("to")
        row = {"field": labels.get(name, name), "from": _shown(before), "to": _shown(after),
               "added": "", "removed": ""}
        if isinstance(before, list) and isinstance(after, list):
            row["added"] = ", ".join(str(x) for x in after if x not in before)
            row["removed"] = ", ".join(str(x) for x in before if x not in after)
        rows.append(row)
    return rows


@router.get("/admin/policy/history", response_class=HTMLResponse)
async def history(request: Request, user: ConsoleAdmin, session: SessionDep) -> Response:
    rows = list(await policies_repo.versions(session, org_id=user.org_id,
                                             limit=HISTORY_LIMIT + 1))
    people = {u.id: u.email for u in await users_repo.org_members(session, user.org_id)}
    rollbacks = {e.target: e.detail.get("to_version") for e in await policies_repo.audit_search(
        session, org_id=user.org_id, action="policy.rolled_back", actor="", since=None,
        until=None, limit=HISTORY_LIMIT, before_id=None)}
    versions = []
    for i, row in enumerate(rows[:HISTORY_LIMIT]):
        before = rows[i + 1].body if i + 1 < len(rows) else OrgPolicy().model_dump(mode="json")
        changes = {k: {"from": before.get(k), "to": v} for k, v in row.body.items()
                   if before.get(k) != v}
        versions.append({"version": row.version, "at": row.created_at,
                         "by": people.get(row.created_by or "", "a former member"),
                         "changes": changes_view(changes), "current": i == 0,
                         "rollback_to": rollbacks.get(f"policy:v{row.version}")})
    return page(request, "admin/history.html", user=user, title="Policy history",
                tab="history", versions=versions,
                rolled=request.query_params.get("rolled", "")[:10])


@router.post("/admin/policy/rollback/{version}")
async def rollback(version: Annotated[int, Path(ge=1, le=2**31)], user: ConsoleAdmin,
                   session: SessionDep, rt: RuntimeDep) -> Response:
    actor = await users_repo.user(session, user.user_id)
    assert actor is not None
    try:
        out, changed = await admin_service.rollback_policy(session, org_id=user.org_id,
                                                           actor=actor, version=version)
    except admin_service.NoSuchVersion:
        raise ConsoleError(404, "No such policy version") from None
    except ValidationError as exc:
        reasons = " ".join(policy_form.messages(exc, {}).values())
        raise ConsoleError(422, f"Version {version} cannot be restored as it is",
                           f"Today's rules refuse it: {reasons} Edit the policy instead.") \
            from None
    await session.commit()
    if changed:
        await admin_service.policy_changed(rt.queue, org_id=user.org_id)
    return RedirectResponse(f"/admin/policy/history?rolled={out['version']}", status_code=303)


def _day(value: str, notes: list[str], what: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.combine(datetime.fromisoformat(value[:10]).date(), time(), tzinfo=UTC)
    except ValueError:
        notes.append(f"{what} must be a date like 2026-10-30: ignored.")
        return None


@router.get("/admin/audit", response_class=HTMLResponse)
async def audit(request: Request, user: ConsoleAdmin, session: SessionDep) -> Response:
    q = request.query_params
    notes: list[str] = []
    action, actor = q.get("action", "")[:64], q.get("actor", "")[:320].strip()
    since = _day(q.get("since", "")[:32], notes, "From")
    until = _day(q.get("until", "")[:32], notes, "To")
    before: int | None = None
    if q.get("before", ""):
        try:
            before = max(1, min(int(q["before"]), 2**62))
        except ValueError:
            notes.append("Ignored a page marker that is not a number.")
    rows = await policies_repo.audit_search(
        session, org_id=user.org_id, action=action, actor=actor, since=since,
        until=until + timedelta(days=1) if until else None, limit=AUDIT_PAGE,
        before_id=before)
    entries = [{"e": e, "changes": changes_view(e.detail.get("changes", {}))
                if isinstance(e.detail.get("changes"), dict) else []} for e in rows]
    filters = {"action": action, "actor": actor, "since": since.date().isoformat() if since
               else "", "until": until.date().isoformat() if until else ""}
    older = {**{k: v for k, v in filters.items() if v}, "before": str(rows[-1].id)} \
        if len(rows) == AUDIT_PAGE else None
    return page(request, "admin/audit.html", user=user, title="Audit log", tab="audit",
                entries=entries, filters=filters, notes=notes, older=older,
                actions=await policies_repo.audit_actions(session, org_id=user.org_id))


@router.get("/admin/members", response_class=HTMLResponse)
async def members(request: Request, user: ConsoleAdmin, session: SessionDep) -> Response:
    now = datetime.now(UTC)
    found = await admin_service.members(session, org_id=user.org_id)
    for m in found:
        for b in m["mailboxes"]:
            b["source"] = registry.display_name(b["provider"])
            b["synced"] = views.ago(datetime.fromisoformat(b["last_synced_at"]), now) \
                if b["last_synced_at"] else "never"
            b["percent"] = round(b["progress"] * 100)
    return page(request, "admin/members.html", user=user, title="Members", tab="members",
                members=found)
