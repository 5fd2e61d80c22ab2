"""POST /v1/imports (upload an .mbox/.eml/.ics export), GET /v1/imports/{id} (progress)."""

from __future__ import annotations

import os
import shutil
from typing import Annotated, Any

from fastapi import APIRouter, File, Path, UploadFile

from unspoken.api.deps import CurrentUser, RuntimeDep, SessionDep
from unspoken.api.problems import Problem, not_found
from unspoken.api.schemas.common import Storable
from unspoken.api.schemas.imports import ImportOut
from unspoken.services import imports as import_service
from unspoken.services import scoring
from unspoken.services.me import mailbox_json
from unspoken.services.policy import current as current_policy
from unspoken.store.repositories import mailboxes as mailboxes_repo

router = APIRouter(prefix="/v1/imports", tags=["imports"])
_CHUNK = 1 << 20


@router.post("", response_model=ImportOut, status_code=202,
             responses={413: {"description": "Too large"}, 422: {"description": "Bad file"}})
async def upload(files: Annotated[list[UploadFile], File(description=".mbox, .eml or .ics")],
                 user: CurrentUser, session: SessionDep, rt: RuntimeDep) -> dict[str, Any]:
    try:
        import_service.check_names([f.filename or "" for f in files])
    except import_service.BadUpload as exc:
        raise Problem(422, str(exc)) from None
    import_id = import_service.new_import_id()
    folder = rt.settings.upload_dir / import_id
    total = 0
    try:
        for i, f in enumerate(files):
            fd = import_service.open_private(
                import_service.target_path(folder, f.filename or "", i))
            with os.fdopen(fd, "wb") as out:
                while chunk := await f.read(_CHUNK):
                    total += len(chunk)
                    if total > rt.settings.upload_max_bytes:
                        raise Problem(413, "upload too large")
                    out.write(chunk)
        _, pol = await current_policy(session, org_id=user.org_id)
        box = await import_service.create(
            session, user_id=user.user_id, address=user.email, folder=folder,
            mailbox_id=import_id, as_of=scoring.as_of(rt.settings.as_of),
            window_days=pol.recent_days + pol.baseline_days,
            ahead_days=rt.settings.calendar_ahead_days)
        await session.commit()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    await rt.queue.enqueue("sync.mailbox", box.id, first=True)
    return {"id": box.id, "mailbox": mailbox_json(box)}


@router.get("/{import_id}", response_model=ImportOut,
            responses={404: {"description": "No such import of the caller"}})
async def status(import_id: Annotated[str, Storable, Path(min_length=1, max_length=64)],
                 user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    b = await mailboxes_repo.for_user(session, user_id=user.user_id, mailbox_id=import_id)
    if b is None or b.provider != "file":
        raise not_found("import")
    return {"id": b.id, "mailbox": mailbox_json(b)}
