"""Security headers on every response, and the usual browser set on every HTML page.

One middleware rather than per-route headers, so every page the console, the sign-in flows or
a later router serve gets them. `nosniff` goes on everything (the Microsoft validation echo
returns a caller-chosen string as text/plain: a browser must never sniff it into HTML). HTML
pages also get a Content-Security-Policy (scripts only from this origin), no framing, no
Referer (console URLs name customer accounts) and, behind HTTPS, HSTS. A page that sets its
own policy (the digest preview) keeps it; the interactive API docs load Swagger UI from its
CDN with an inline script, so they get everything but the CSP.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
_ALWAYS = ((b"x-content-type-options", b"nosniff"),)
_HTML = ((b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
         (b"cross-origin-opener-policy", b"same-origin"))
_HSTS = (b"strict-transport-security", b"max-age=31536000")
_CSP = b"content-security-policy"


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, https: bool, no_csp: tuple[str, ...] = ()) -> None:
        self.app = app
        self.https = https
        self.no_csp = no_csp  # path prefixes (the API docs)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def _send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = self._with_headers(scope, list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, _send)

    def _with_headers(self, scope: Scope, headers: list[tuple[bytes, bytes]]
                      ) -> list[tuple[bytes, bytes]]:
        present = {k.lower() for k, _ in headers}
        wanted = list(_ALWAYS)
        ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
        if ctype.startswith(b"text/html"):
            wanted += _HTML
            if not scope["path"].startswith(self.no_csp):
                wanted.append((_CSP, CSP.encode()))
        if self.https:
            wanted.append(_HSTS)
        return headers + [(k, v) for k, v in wanted if k not in present]
