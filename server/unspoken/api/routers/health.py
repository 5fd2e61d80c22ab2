"""Liveness, readiness (database + Redis), Prometheus metrics."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from unspoken.api.deps import RuntimeDep
from unspoken.observability import QUEUE_READY
from unspoken.worker.queue import ready_jobs

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, Any]:
    return {"ok": True}


@router.get("/readyz", responses={503: {"description": "A dependency is down"}})
async def readyz(rt: RuntimeDep) -> JSONResponse:
    checks: dict[str, bool] = {}
    try:
        async with asyncio.timeout(2):
            async with rt.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        checks["database"] = True
    except Exception:
        checks["database"] = False
    try:
        async with asyncio.timeout(2):
            checks["redis"] = await rt.kv.ping()
    except Exception:
        checks["redis"] = False
    ok = all(checks.values())
    return JSONResponse({"ok": ok, "checks": checks}, status_code=200 if ok else 503)


@router.get("/metrics", response_class=Response)
async def metrics(rt: RuntimeDep) -> Response:
    try:
        async with asyncio.timeout(2):
            QUEUE_READY.set(await ready_jobs(rt.queue))
    except Exception:  # Redis down: the other metrics still matter (readyz says why)
        pass
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
