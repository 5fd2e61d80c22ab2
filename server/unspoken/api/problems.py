"""RFC 9457 problem details for every error, 422 for bad input, never a stack trace."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("unspoken.api")
MEDIA = "application/problem+json"
_TITLES = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found",
           405: "Method not allowed", 409: "Conflict", 413: "Payload too large",
           415: "Unsupported media type", 422: "Invalid request", 429: "Too many requests",
           500: "Internal error", 503: "Service unavailable"}


class Problem(Exception):
    def __init__(self, status: int, detail: str = "", *, title: str = "",
                 type_: str = "about:blank", headers: dict[str, str] | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.title, self.type = status, detail, title, type_
        self.headers = headers or {}
        self.extra = extra or {}


def problem_response(status: int, detail: str = "", *, title: str = "",
                     type_: str = "about:blank", headers: dict[str, str] | None = None,
                     extra: dict[str, Any] | None = None) -> JSONResponse:
    body = {"type": type_, "title": title or _TITLES.get(status, "Error"), "status": status,
            "detail": detail, **(extra or {})}
    return JSONResponse(body, status_code=status, media_type=MEDIA, headers=headers)


def not_found(what: str = "resource") -> Problem:
    return Problem(404, f"no such {what}")


def _errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and why, never the input itself (it may be someone's mail or a token)."""
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))[:200],
             "type": e.get("type", "")} for e in exc.errors()][:50]


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.detail, title=exc.title, type_=exc.type,
                                headers=exc.headers, extra=exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else ""
        return problem_response(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(422, "the request does not match the schema",
                                extra={"errors": _errors(exc)})

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", extra={"route": request.scope.get("route_path", ""),
                                            "error": type(exc).__name__})
        return problem_response(500, "unexpected error")
