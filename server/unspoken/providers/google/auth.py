"""Sign in with Google: authorization-code flow with PKCE (S256), single-use state bound to the
browser session, ID token and Pub/Sub OIDC verification against the configured certificates.

The scopes are pinned here and nowhere else. Google answers `email`/`profile` as
`userinfo.email`/`userinfo.profile` and drops scopes a user unticked, so the granted set is
compared here rather than trusted to oauthlib ("Scope has changed").
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from google.auth.exceptions import GoogleAuthError
from google.auth.transport import Request as TransportRequest
from google.auth.transport import requests as ga_requests
from google.oauth2 import id_token
from google_auth_oauthlib.flow import Flow

from unspoken.config import Settings
from unspoken.store.kv import KV

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.readonly"
SCOPES = ("openid", "email", "profile", GMAIL_SCOPE, CALENDAR_SCOPE)
_ALIASES = {"email": "https://www.googleapis.com/auth/userinfo.email",
            "profile": "https://www.googleapis.com/auth/userinfo.profile"}
STATE_TTL = 600  # seconds a sign-in may take between /start and /callback
CERTS_TTL = 300  # seconds the verification certificates are cached
HTTP_TIMEOUT = 10  # seconds for the token, certificates and revocation endpoints


class SignInError(Exception):
    """The callback cannot complete (bad state, refused code, bad ID token); nothing stored."""


@dataclass(frozen=True, slots=True)
class Pending:
    verifier: str
    nonce: str
    client: str  # "console" | "extension"
    return_to: str  # extension: its chromiumapp.org redirect; console: ""
    user_id: str  # a signed-in user connecting this mailbox to their account; "" otherwise


@dataclass(frozen=True, slots=True)
class Identity:
    email: str
    name: str
    subject: str
    hosted_domain: str  # Workspace `hd`; "" for a personal account


@dataclass(frozen=True, slots=True)
class Tokens:
    refresh_token: str
    scopes: frozenset[str]
    id_token: str

    @property
    def has_gmail(self) -> bool:
        return GMAIL_SCOPE in self.scopes

    @property
    def has_calendar(self) -> bool:
        return CALENDAR_SCOPE in self.scopes


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _h(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def granted(scope: str) -> frozenset[str]:
    """The granted scopes, aliases folded (`userinfo.email` -> `email`)."""
    back = {v: k for k, v in _ALIASES.items()}
    return frozenset(back.get(s, s) for s in scope.split())


async def begin(kv: KV, settings: Settings, *, browser: str, client: str = "console",
                return_to: str = "", user_id: str = "") -> str:
    """The Google URL to send the browser to. State (256 bits) and verifier stay server-side,
    keyed by the state's hash and bound to the browser's sign-in cookie."""
    state = secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(64)
    nonce = secrets.token_urlsafe(16)
    await kv.set(f"google:oauth:{_h(state)}", json.dumps(
        {"verifier": verifier, "nonce": nonce, "browser": _h(browser), "client": client,
         "return_to": return_to, "user_id": user_id}), ttl=STATE_TTL)
    return settings.google_auth_uri + "?" + urlencode({
        "client_id": settings.google_client_id, "redirect_uri": settings.google_redirect_uri,
        "response_type": "code", "scope": " ".join(SCOPES), "access_type": "offline",
        "include_granted_scopes": "true", "prompt": "consent", "state": state, "nonce": nonce,
        "code_challenge": _b64(hashlib.sha256(verifier.encode()).digest()),
        "code_challenge_method": "S256"})


async def take(kv: KV, *, state: str, browser: str) -> Pending:
    """The sign-in `state` belongs to, used up: a replay, a forgery or another browser fails."""
    if not state or len(state) > 200 or not browser:
        raise SignInError("missing state")
    key = f"google:oauth:{_h(state)}"
    if await kv.incr(f"google:oauth-used:{_h(state)}", ttl=STATE_TTL) != 1:
        raise SignInError("state already used")
    raw = await kv.get(key)
    await kv.delete(key)
    if raw is None:
        raise SignInError("unknown or expired state")
    d = json.loads(raw)
    if not hmac.compare_digest(d["browser"], _h(browser)):
        raise SignInError("state started in another browser")
    return Pending(verifier=d["verifier"], nonce=d["nonce"], client=d["client"],
                   return_to=d["return_to"], user_id=d.get("user_id", ""))


def _flow(settings: Settings, verifier: str) -> Flow:
    config = {"web": {"client_id": settings.google_client_id,
                      "client_secret": settings.google_client_secret,
                      "auth_uri": settings.google_auth_uri, "token_uri": settings.google_token_uri,
                      "redirect_uris": [settings.google_redirect_uri]}}
    return Flow.from_client_config(config, scopes=list(SCOPES),
                                   redirect_uri=settings.google_redirect_uri,
                                   code_verifier=verifier, autogenerate_code_verifier=False)


def _exchange(settings: Settings, code: str, verifier: str) -> dict[str, Any]:
    flow = _flow(settings, verifier)
    try:
        return dict(flow.fetch_token(code=code, timeout=HTTP_TIMEOUT))
    except Warning as w:  # oauthlib's "Scope has changed": we check the scopes ourselves
        token = getattr(w, "token", None)
        if token is None:
            raise
        return dict(token)


async def exchange(settings: Settings, *, code: str, verifier: str) -> Tokens:
    """One request to the token endpoint; a refused code or verifier stores nothing."""
    try:
        token = await asyncio.to_thread(_exchange, settings, code, verifier)
    except Exception as exc:  # noqa: BLE001 - oauthlib raises many types; none is kept
        raise SignInError(f"code exchange refused ({type(exc).__name__})") from None
    if not token.get("refresh_token") or not token.get("id_token"):
        raise SignInError("no refresh token or ID token in the answer")
    scope = token.get("scope") or ""
    scopes = granted(" ".join(scope) if isinstance(scope, list) else str(scope))
    return Tokens(refresh_token=str(token["refresh_token"]), scopes=scopes,
                  id_token=str(token["id_token"]))


class _CachedRequest(TransportRequest):
    """google-auth's transport with the certificate document cached a few minutes, so every
    Pub/Sub push does not fetch it again."""

    def __init__(self) -> None:
        self._inner = ga_requests.Request()
        self._cache: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def __call__(self, url: str, method: str = "GET", body: Any = None,  # type: ignore[override]
                 headers: Any = None, timeout: Any = None, **kwargs: Any) -> Any:
        kwargs.update(body=body, headers=headers, timeout=timeout or HTTP_TIMEOUT)
        if method != "GET":
            return self._inner(url, method=method, **kwargs)
        with self._lock:
            hit = self._cache.get(url)
            if hit and hit[0] > time.monotonic():
                return hit[1]
        resp = self._inner(url, method=method, **kwargs)
        if resp.status == 200:
            with self._lock:
                self._cache[url] = (time.monotonic() + CERTS_TTL, resp)
        return resp


_REQUEST = _CachedRequest()


def _verify(settings: Settings, token: str, audience: str) -> dict[str, Any]:
    try:
        claims = id_token.verify_token(token, _REQUEST, audience=audience,
                                       certs_url=settings.google_certs_uri,
                                       clock_skew_in_seconds=10)
    except (ValueError, GoogleAuthError) as exc:
        raise SignInError(f"token rejected ({type(exc).__name__})") from None
    issuer = settings.google_issuer
    if claims.get("iss") not in (issuer, issuer.removeprefix("https://")):
        raise SignInError("wrong issuer")
    return dict(claims)


async def verify_identity(settings: Settings, raw: str, *, nonce: str) -> Identity:
    claims = await asyncio.to_thread(_verify, settings, raw, settings.google_client_id)
    if not hmac.compare_digest(str(claims.get("nonce") or ""), nonce):  # we always send one
        raise SignInError("wrong nonce")
    if not claims.get("email") or claims.get("email_verified") is False:
        raise SignInError("no verified email")
    return Identity(email=str(claims["email"]).lower(), name=str(claims.get("name") or ""),
                    subject=str(claims["sub"]), hosted_domain=str(claims.get("hd") or "").lower())


async def verify_push(settings: Settings, authorization: str) -> None:
    """A Pub/Sub push's OIDC token: signature, issuer, audience and service account."""
    if not settings.google_pubsub_audience or not settings.google_pubsub_service_account:
        raise SignInError("push not configured")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise SignInError("no bearer token")
    claims = await asyncio.to_thread(_verify, settings, token.strip(),
                                     settings.google_pubsub_audience)
    if claims.get("email") != settings.google_pubsub_service_account \
            or claims.get("email_verified") is not True:
        raise SignInError("wrong service account")


def _channel_key(settings: Settings) -> bytes:
    first = next(iter(settings.key_ring().values()))
    return hashlib.sha256(b"google-calendar-channel:" + first).digest()


def channel_token(settings: Settings, mailbox_id: str) -> str:
    """The token a Calendar channel echoes on every notification: the mailbox, signed."""
    mac = hmac.new(_channel_key(settings), mailbox_id.encode(), hashlib.sha256).hexdigest()
    return f"{mailbox_id}.{mac[:40]}"


def channel_mailbox(settings: Settings, token: str) -> str | None:
    """The mailbox a channel token names, or None when it is not one of ours."""
    mailbox_id, _, _ = token.partition(".")
    if not mailbox_id or len(token) > 200:
        return None
    return mailbox_id if hmac.compare_digest(channel_token(settings, mailbox_id), token) \
        else None


async def revoke_grant(settings: Settings, refresh_token: str) -> None:
    """Give the grant back (best effort: erasing a user never waits on Google)."""
    try:
        async with httpx.AsyncClient(timeout=HTTP_TIMEOUT) as c:
            await c.post(settings.google_revoke_uri, data={"token": refresh_token})
    except httpx.HTTPError:
        return
