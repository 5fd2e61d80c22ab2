"""The console's Jinja2 environment and the one way a page is answered: HTML with the signed-in
user's navigation, their CSRF token for forms, no caching, and a strict content policy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from unspoken.api.deps import SESSION_COOKIE, csrf_for
from unspoken.console import views
from unspoken.console.charts import sparkline
from unspoken.services.users import Principal

TEMPLATES = Path(__file__).parent / "templates"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(),
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                  auto_reload=False)
env.globals.update(level=views.level, signal=views.signal, role=views.role,
                   iso_date=views.iso_date, feedback_label=views.feedback_label,
                   LEVELS=views.LEVELS, SIGNALS=views.SIGNALS, sparkline=sparkline)


def page(request: Request, template: str, *, user: Principal | None, status: int = 200,
         title: str = "", **ctx: Any) -> HTMLResponse:
    cookie = request.cookies.get(SESSION_COOKIE, "")
    html = env.get_template(template).render(
        user=user, csrf=csrf_for(cookie) if user and cookie else "", path=request.url.path,
        title=title, **ctx)
    return HTMLResponse(html, status_code=status, headers={
        "Cache-Control": "no-store", "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"})
