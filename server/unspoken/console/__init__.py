"""The web console: server-rendered pages (Jinja2, SVG charts drawn here, a few lines of plain
JS) on the same FastAPI app and the same cookie session + CSRF as the API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from unspoken.console import (
    admin_alerts,
    admin_learning,
    admin_pages,
    notify_settings,
    pages,
    session,
    settings_pages,
)
from unspoken.console.session import ConsoleError, SignInRequired, signin_redirect
from unspoken.console.templating import page

ROUTERS = (session.router, pages.router, settings_pages.router, admin_pages.router,
           notify_settings.router, admin_alerts.router, admin_learning.router)


def install(app: FastAPI) -> None:
    for r in ROUTERS:
        app.include_router(r)
    app.mount("/console/static", StaticFiles(directory=Path(__file__).parent / "static"),
              name="console-static")

    @app.exception_handler(SignInRequired)
    async def _signin(_: Request, exc: SignInRequired) -> RedirectResponse:
        return signin_redirect(exc.path)

    @app.exception_handler(ConsoleError)
    async def _error(request: Request, exc: ConsoleError) -> HTMLResponse:
        return page(request, "error.html", user=None, status=exc.status, title=exc.title,
                    detail=exc.detail)
