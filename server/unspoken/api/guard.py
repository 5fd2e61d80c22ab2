"""Before a route reads a byte of its body: who is calling, and how much they may send.

FastAPI reads and parses a body before it runs a route's dependencies, so a 300 MB body to
`POST /v1/badges` without a token was buffered (and an upload written to disk) before the 401.
This middleware hooks the moment a route first asks for its body (the router has chosen the
route by then): a route that needs a caller gets it resolved there, and an unknown caller is
answered 401 before anything is read (the route's dependency reuses the caller); then a
Content-Length over the route's cap is refused unread, and a stream is cut when it passes the
cap — JSON APIs, forms and webhooks `body_max_bytes`, uploads the configured upload limit
(which the multipart parser streams to a temporary file).
"""

from __future__ import annotations

from fastapi.routing import APIRoute
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unspoken.api.deps import SAFE_METHODS, caller, depends_on_caller
from unspoken.api.problems import Problem
from unspoken.config import Settings
from unspoken.runtime import Runtime

UPLOAD_ROUTES = frozenset({"/v1/imports"})  # multipart exports, capped by upload_max_bytes
_ENVELOPE = 1 << 20  # multipart boundaries and part headers around the files themselves


class RequestGuard:
    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self._needs_caller: dict[int, tuple[APIRoute, bool]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)  # no route here reads a body
            return
        limit = -1  # set when the route first asks for its body
        taken = 0

        async def guarded() -> Message:
            nonlocal limit, taken
            if limit < 0:
                limit = await self._before_body(scope)
            message = await receive()
            if message["type"] == "http.request":
                taken += len(message.get("body", b""))
                if taken > limit:
                    raise _too_large(limit)
            return message

        await self.app(scope, guarded, send)

    async def _before_body(self, scope: Scope) -> int:
        """Resolve the caller of a route that needs one (401/429), then check the declared
        length against the route's cap (413); returns the cap."""
        route = scope.get("route")
        if isinstance(route, APIRoute) and self._wants_caller(route):
            rt: Runtime = scope["app"].state.runtime
            try:
                await caller(rt, Request(scope))
            except Problem as exc:  # raised inside FastAPI's body read: an HTTPException
                raise HTTPException(exc.status, exc.detail, headers=exc.headers) from None
        limit = self.settings.body_max_bytes
        if getattr(route, "path", None) in UPLOAD_ROUTES:
            limit = self.settings.upload_max_bytes + _ENVELOPE
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(limit)
        return limit

    def _wants_caller(self, route: APIRoute) -> bool:
        known = self._needs_caller.get(id(route))
        if known is None:
            known = self._needs_caller[id(route)] = (route, depends_on_caller(route.dependant))
        return known[1]


def _too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"request body over {limit} bytes")
