"""Calls to Gmail and Calendar through google-api-python-client, under the shared quota.

Every call goes through `GoogleClient.call` or `.batch`: units are taken from the user's
bucket first, rate-limit answers (429, 403 userRateLimitExceeded, 5xx) are retried with
backoff honouring Retry-After, and Google's errors become the provider's typed errors.

The services are built from the library's bundled discovery documents with `rootUrl` set to
`Settings.google_api_root`: this moves batches too (`client_options` would not, see
google-api-python-client#1107).
"""

from __future__ import annotations

import asyncio
import copy
import functools
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build_from_document
from googleapiclient.discovery_cache import get_static_doc
from googleapiclient.errors import HttpError
from redis.asyncio import Redis

from unspoken.config import Settings
from unspoken.providers.base import AuthRevoked, ProviderError, RateLimited, Transient
from unspoken.providers.google.quota import (
    Backoff,
    Limiter,
    MemoryLimiter,
    RedisLimiter,
    acquire,
    parse_retry_after,
)

log = logging.getLogger("unspoken.google")
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "backendError"})
_DAILY_REASONS = frozenset({"dailyLimitExceeded", "quotaExceeded", "limitExceeded"})
_DEAD_TTL = 30 * 86400
# Our bucket refills a little slower than Google's: requests reach Google with jitter, and the
# small surplus this leaves on Google's side absorbs it instead of drawing 429s.
QUOTA_SAFETY = 0.97


class NotFound(ProviderError):
    """404: a history id too old, or a message deleted since it was listed."""


class Gone(ProviderError):
    """410: a Calendar sync token Google no longer knows."""


class BadRequest(ProviderError):
    """400: Google refused a parameter (a page token it no longer knows, for one)."""


class Forbidden(ProviderError):
    """A permanent 403 (insufficientPermissions, domainPolicy): retrying cannot help."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Grant:
    """What is sealed in a mailbox's credentials: the refresh token and what was granted."""

    refresh_token: str
    scopes: tuple[str, ...]

    def to_bytes(self) -> bytes:
        return json.dumps({"refresh_token": self.refresh_token,
                           "scopes": list(self.scopes)}).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Grant:
        d = json.loads(data)
        return cls(refresh_token=str(d["refresh_token"]), scopes=tuple(d.get("scopes") or ()))

    @property
    def key(self) -> str:
        """A non-secret handle of this grant (dead-grant memo)."""
        return hashlib.sha256(self.refresh_token.encode()).hexdigest()[:32]


class Shared:
    """Per-process state every Google client uses: the quota bucket and the dead-grant memo,
    in Redis when configured (so every worker agrees), else in memory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        cap = float(settings.google_quota_units) * QUOTA_SAFETY
        self.redis: Redis | None = Redis.from_url(settings.redis_url) if settings.redis_url \
            else None
        self.limiter: Limiter = (
            RedisLimiter(self.redis, prefix=settings.redis_prefix, capacity=cap,
                         window=settings.google_quota_window_seconds)
            if self.redis is not None else
            MemoryLimiter(capacity=cap, window=settings.google_quota_window_seconds))
        self._dead: set[str] = set()
        self.tokens = Tokens()

    def _k(self, key: str) -> str:
        return f"{self.settings.redis_prefix}google:{key}"

    async def is_dead(self, grant: Grant) -> bool:
        if self.redis is None:
            return grant.key in self._dead
        return bool(await self.redis.exists(self._k(f"dead:{grant.key}")))

    async def mark_dead(self, grant: Grant) -> None:
        if self.redis is None:
            self._dead.add(grant.key)
        else:
            await self.redis.set(self._k(f"dead:{grant.key}"), "1", ex=_DEAD_TTL)

    async def lock(self, key: str, *, ttl: int) -> bool:
        """True for the one caller that gets `key` for `ttl` seconds (memory: always)."""
        if self.redis is None:
            return True
        return bool(await self.redis.set(self._k(f"lock:{key}"), "1", nx=True, ex=ttl))

    async def unlock(self, key: str) -> None:
        if self.redis is not None:
            await self.redis.delete(self._k(f"lock:{key}"))

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()


@cache
def _static(name: str, version: str) -> dict[str, Any]:
    doc = get_static_doc(name, version)
    assert doc is not None, f"no bundled discovery document for {name} {version}"
    return json.loads(doc)  # type: ignore[no-any-return]


def discovery(name: str, version: str, root: str) -> dict[str, Any]:
    doc = copy.copy(_static(name, version))
    doc["rootUrl"] = root.rstrip("/") + "/"
    doc["batchPath"] = f"batch/{name}/{version}"
    return doc


class _NoHttp(httplib2.Http):
    """The transport the shared services are built with: never used, each request gets its
    client's authorised one at execute time (`execute(http=...)`)."""

    def request(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a shared Google service executes with its client's http")


class _Resource:
    """A discovery Resource whose sub-resources are built once. google-api-python-client
    builds a Resource with every method of its document on each `users()`/`messages()` call
    (milliseconds of CPU); these are built once per process and shared by every client."""

    def __init__(self, res: Any) -> None:
        self._res = res
        self._names = frozenset(res._resourceDesc.get("resources") or ())
        self._subs: dict[str, Callable[[], _Resource]] = {}

    def __getattr__(self, name: str) -> Any:
        if name in self._names:
            sub = self._subs.get(name)
            if sub is None:  # two threads may both build it: either result is the same
                built = _Resource(getattr(self._res, name)())
                sub = self._subs[name] = lambda: built
            return sub
        return getattr(self._res, name)


@cache
def services(root: str) -> tuple[Any, Any]:
    """(gmail, calendar) built once per process and API root, with no transport of their
    own: every request is executed with the client's authorised http."""
    http = _NoHttp()
    return (_Resource(build_from_document(discovery("gmail", "v1", root), http=http)),
            _Resource(build_from_document(discovery("calendar", "v3", root), http=http)))


class Tokens:
    """Access tokens by grant, in this process only (never stored, never logged): a sync
    reuses the token the last one got until shortly before it expires, instead of one token
    request per run."""

    MARGIN = timedelta(minutes=5)
    MAX = 10_000

    def __init__(self) -> None:
        self._tokens: dict[str, tuple[str, datetime]] = {}

    def get(self, grant: Grant) -> tuple[str, datetime] | None:
        got = self._tokens.get(grant.key)
        if got is None or got[1] - self.MARGIN <= _utcnow():
            return None
        return got

    def put(self, grant: Grant, creds: Credentials) -> None:
        if not creds.token or creds.expiry is None:
            return
        if len(self._tokens) >= self.MAX:
            now = _utcnow()
            self._tokens = {k: v for k, v in self._tokens.items() if v[1] > now}
            if len(self._tokens) >= self.MAX:
                self._tokens.clear()
        self._tokens[grant.key] = (creds.token, creds.expiry)

    def drop(self, grant: Grant) -> None:
        self._tokens.pop(grant.key, None)


def _utcnow() -> datetime:
    """google-auth's clock: naive UTC (Credentials.expiry is naive)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _reason(err: HttpError) -> str:
    try:
        body = json.loads(err.content or b"{}")
        errors = body.get("error", {}).get("errors") or [{}]
        return str(errors[0].get("reason") or body.get("error", {}).get("status") or "")
    except (ValueError, AttributeError):
        return ""


class _Retry(Exception):  # noqa: N818 - internal signal
    def __init__(self, after: float | None, rate: bool) -> None:
        self.after, self.rate = after, rate


def translate(err: HttpError) -> ProviderError | _Retry:
    status = int(err.resp.status)
    reason = _reason(err)
    after = parse_retry_after(err.resp.get("retry-after"))
    if status == 429 or (status == 403 and reason in _RATE_REASONS):
        return _Retry(after, rate=True)
    if status >= 500:
        return _Retry(after, rate=False)
    if status == 401:
        return AuthRevoked("access refused after token refresh")
    if status == 403 and reason in _DAILY_REASONS:  # the project's daily quota: come back later
        return RateLimited(after or 3600.0, reason)
    if status == 403:
        return Forbidden(reason or "forbidden")
    if status == 404:
        return NotFound(reason or "not found")
    if status == 410:
        return Gone(reason or "gone")
    if status == 400:
        return BadRequest(reason or "bad request")
    return Transient(f"unexpected HTTP {status} {reason}".strip())


def refresh_failure(exc: RefreshError) -> ProviderError:
    """`invalid_grant` is final (revoked, expired, password changed, app in testing); anything
    else at the token endpoint is transient and never disconnects anyone."""
    text = " ".join(str(a) for a in exc.args)
    if "invalid_grant" in text:
        return AuthRevoked("invalid_grant")
    return Transient("token endpoint unavailable")


class GoogleClient:
    def __init__(self, settings: Settings, grant: Grant, *, user: str, shared: Shared,
                 backoff: Backoff | None = None) -> None:
        self.settings, self.grant, self.user, self.shared = settings, grant, user, shared
        self.backoff = backoff or Backoff(no_wait=settings.test_mode)
        token, expiry = shared.tokens.get(grant) or (None, None)
        self.creds = Credentials(token, expiry=expiry, refresh_token=grant.refresh_token,
                                 token_uri=settings.google_token_uri,
                                 client_id=settings.google_client_id,
                                 client_secret=settings.google_client_secret)
        self.http = AuthorizedHttp(self.creds, http=httplib2.Http(timeout=30))
        self.gmail, self.calendar = services(settings.google_api_root)
        self.units = 0  # taken from the bucket by this client
        self.waited = 0.0  # seconds spent waiting for quota

    async def _take(self, units: int) -> None:
        if await self.shared.is_dead(self.grant):
            raise AuthRevoked("grant known dead: reconnect needed")
        try:
            self.waited += await acquire(self.shared.limiter, self.user, units,
                                         max_wait=0.0 if self.settings.test_mode else 120.0)
        except TimeoutError as exc:
            raise RateLimited(float(exc.args[0]), "quota bucket empty") from None
        self.units += units

    async def _run(self, fn: Callable[[], Any]) -> Any:
        try:
            return await asyncio.to_thread(fn)
        except RefreshError as exc:
            self.shared.tokens.drop(self.grant)
            err = refresh_failure(exc)
            if isinstance(err, AuthRevoked):
                await self.shared.mark_dead(self.grant)
            raise err from None
        except TransportError:
            raise _Retry(None, rate=False) from None
        except (TimeoutError, httplib2.HttpLib2Error, OSError):
            raise _Retry(None, rate=False) from None

    async def call(self, build: Callable[[], Any], *, units: int) -> Any:
        """One API call (`build` returns a fresh HttpRequest), retried when Google says so."""
        last: _Retry | None = None
        for attempt in range(self.backoff.attempts):
            await self._take(units)
            try:
                return await self._run(lambda: build().execute(http=self.http))
            except HttpError as exc:
                err = translate(exc)
                if not isinstance(err, _Retry):
                    raise err from None
                last = err
            except _Retry as r:
                last = r
            await self.backoff.sleep(attempt, last.after)
        assert last is not None
        if last.rate:
            raise RateLimited(last.after or 60.0)
        raise Transient("Google kept failing")

    async def batch(self, calls: Sequence[tuple[str, Callable[[], Any]]], *,
                    units: int) -> dict[str, Any | ProviderError]:
        """Calls by key, in batches of `google_batch_size`; each key maps to its result or
        its permanent error. Calls refused for rate reasons are retried in a later batch."""
        pending = dict(calls)
        out: dict[str, Any | ProviderError] = {}
        size = self.settings.google_batch_size
        for attempt in range(self.backoff.attempts + 1):
            retry: dict[str, Callable[[], Any]] = {}
            after: float | None = None
            keys = list(pending)
            for i in range(0, len(keys), size):
                chunk = keys[i:i + size]
                await self._take(units * len(chunk))
                answers: dict[str, Any] = {}

                def cb(key: str, resp: Any, exc: Exception | None,
                       answers: dict[str, Any] = answers) -> None:
                    answers[key] = exc if exc is not None else resp

                b = self.gmail.new_batch_http_request(callback=cb)
                for k in chunk:
                    b.add(pending[k](), request_id=k)
                try:
                    await self._run(functools.partial(b.execute, http=self.http))
                except HttpError as exc:
                    err = translate(exc)
                    if not isinstance(err, _Retry):
                        raise err from None
                    answers = {k: exc for k in chunk}
                except _Retry:
                    answers = {k: _Retry(None, rate=False) for k in chunk}
                for k in chunk:
                    a = answers.get(k)
                    if isinstance(a, HttpError):
                        a = translate(a)
                    if isinstance(a, _Retry):
                        retry[k] = pending[k]
                        after = max(after or 0.0, a.after or 0.0) or after
                    else:
                        out[k] = a
            if not retry:
                return out
            if attempt == self.backoff.attempts:
                raise RateLimited(after or 60.0, f"{len(retry)} calls still refused")
            await self.backoff.sleep(attempt, after)
            pending = retry
        return out

    def close(self) -> None:
        self.shared.tokens.put(self.grant, self.creds)  # the next run of this grant reuses it
        for conn in list(getattr(self.http.http, "connections", {}).values()):
            conn.close()
