"""The FastAPI application: routers, problem details, metrics and access logs."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unspoken import __version__, console
from unspoken.api import problems
from unspoken.api.deps import openapi_security
from unspoken.api.guard import RequestGuard
from unspoken.api.headers import SecurityHeaders
from unspoken.api.routers import (
    accounts,
    admin,
    auth,
    badges,
    contacts,
    feedback,
    google,
    health,
    imports,
    me,
    microsoft,
    notifications,
)
from unspoken.config import Settings, get_settings
from unspoken.observability import LATENCY, REQUESTS
from unspoken.runtime import Runtime
from unspoken.store.migrate import upgrade_async
from unspoken.worker.cron import EmbeddedCron
from unspoken.worker.queue import InProcessQueue

log = logging.getLogger("unspoken.access")


class AccessLog:
    """Route template (never the raw path or query), status, duration; Prometheus metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def _send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, _send)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            took = time.perf_counter() - start
            REQUESTS.labels(route, scope["method"], str(status)).inc()
            LATENCY.labels(route).observe(took)
            if route not in ("/healthz", "/metrics") and log.isEnabledFor(logging.INFO):
                log.info("request", extra={"route": route, "method": scope["method"],
                                           "status": status, "ms": round(took * 1000, 2)})


def create_app(settings: Settings | None = None, *, runtime: Runtime | None = None,
               migrate: bool | None = None,
               on_start: Callable[[Runtime], Awaitable[None]] | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if runtime is not None:
            app.state.runtime = runtime
            yield
            return
        if settings.auto_migrate if migrate is None else migrate:
            await upgrade_async(settings.effective_database_url)
        rt = await Runtime.start(settings)
        app.state.runtime = rt
        cron = None
        if isinstance(rt.queue, InProcessQueue):  # no Redis, no `unspoken worker`: run the
            cron = EmbeddedCron(rt, tick=settings.embedded_cron_seconds)  # periodic jobs here
            cron.start()
        if on_start is not None:
            await on_start(rt)
        # Everything loaded so far (FastAPI, pydantic, SQLAlchemy, the routes) lives as long as
        # the process: out of the collector's sight, a full collection no longer walks it
        # (one did, mid-request, every few thousand requests: the hot routes' p99).
        gc.freeze()
        try:
            yield
        finally:
            if cron is not None:
                await cron.stop()
            await rt.close()

    app = FastAPI(title="Unspoken", version=__version__, lifespan=lifespan,
                  description="Badges, contacts, accounts and org policies for the Unspoken "
                              "extension and console. Errors are RFC 9457 problem details.",
                  responses={401: {"description": "Missing or bad token",
                                   "content": {"application/problem+json": {}}},
                             422: {"description": "Invalid request",
                                   "content": {"application/problem+json": {}}},
                             429: {"description": "Rate limited",
                                   "content": {"application/problem+json": {}}}})
    if runtime is not None:
        app.state.runtime = runtime
    problems.install(app)
    routers = [r.router for r in (badges, contacts, accounts, feedback, me, imports, auth,
                                  admin, health, microsoft, google, notifications)]
    for router in routers:
        app.include_router(router)
    console.install(app)
    app.add_middleware(RequestGuard, settings=settings)
    app.add_middleware(SecurityHeaders, https=settings.cookie_secure,
                       no_csp=tuple(p for p in (app.docs_url, app.redoc_url) if p))
    app.add_middleware(AccessLog)
    build = app.openapi  # FastAPI's: cached, rebuilt when the routes change
    patched: list[dict[str, Any]] = []

    def openapi() -> dict[str, Any]:
        schema = build()
        if not patched or patched[0] is not schema:
            patched[:] = [openapi_security(schema, [r for x in routers for r in x.routes])]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def app_factory() -> Any:
    """For `uvicorn --factory unspoken.api.app:app_factory`."""
    return create_app()
