"""Microsoft Graph over httpx (async): throttled, retried, errors turned into typed ones.

Every request goes through the mailbox's `Throttle` slot. 429 and 503 honour Retry-After (and
pause the whole mailbox for every worker); other 5xx and network errors back off exponentially
with full jitter. Links Graph hands back (`@odata.nextLink`, `@odata.deltaLink`) are followed
verbatim: they are opaque.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from unspoken.providers.base import AuthRevoked, ProviderError, RateLimited, Transient
from unspoken.providers.microsoft.throttle import Sleep, Throttle

TokenFn = Callable[[bool], Awaitable[str]]  # force_refresh -> access token


class NotFound(ProviderError):
    """404: a folder that does not exist in this mailbox (no Archive), a deleted item."""


class SyncStateGone(ProviderError):
    """410 / syncStateNotFound: the delta link is no longer known; restart that round."""


@dataclass(frozen=True, slots=True)
class Backoff:
    attempts: int = 6
    base: float = 0.5
    cap: float = 30.0
    max_retry_after: float = 300.0  # longer than this: give the job back to the queue

    def delay(self, attempt: int) -> float:
        return random.uniform(0, min(self.cap, self.base * 2 ** attempt))


async def no_sleep(seconds: float) -> None:
    """Test mode: waits are counted by the throttle, never slept."""
    return None


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _error_code(resp: httpx.Response) -> str:
    try:
        err = resp.json().get("error") or {}
    except ValueError:
        return ""
    return str(err.get("code") or "") if isinstance(err, dict) else str(err)


@dataclass
class Stats:
    requests: int = 0
    throttled: int = 0  # 429/503 answers (all retried unless counted in `gave_up`)
    retries: int = 0
    gave_up: int = 0  # requests that ended in RateLimited/Transient


class GraphClient:
    """One mailbox's view of Graph."""

    def __init__(self, *, http: httpx.AsyncClient, root: str, mailbox_id: str, token: TokenFn,
                 throttle: Throttle, backoff: Backoff | None = None,
                 sleep: Sleep = asyncio.sleep, stats: Stats | None = None) -> None:
        self.http = http
        self.root = root.rstrip("/")
        self.mailbox_id = mailbox_id
        self._token = token
        self.throttle = throttle
        self.backoff = backoff or Backoff()
        self._sleep = sleep
        self.stats = stats or Stats()

    def url(self, path_or_link: str) -> str:
        if path_or_link.startswith(("https://", "http://")):
            return path_or_link
        return f"{self.root}/{path_or_link.lstrip('/')}"

    async def get(self, path_or_link: str, *, params: Mapping[str, str] | None = None,
                  headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        return await self.request("GET", path_or_link, params=params, headers=headers)

    async def request(self, method: str, path_or_link: str, *,
                      params: Mapping[str, str] | None = None,
                      headers: Mapping[str, str] | None = None,
                      json: Any = None) -> dict[str, Any]:
        url = self.url(path_or_link)
        refreshed = False
        last_wait, limited = 0.0, False
        for attempt in range(self.backoff.attempts):
            token = await self._token(refreshed)
            hdrs = {"Authorization": f"Bearer {token}", **(headers or {})}
            try:
                async with self.throttle.slot(self.mailbox_id):
                    self.stats.requests += 1
                    resp = await self.http.request(method, url, params=params, headers=hdrs,
                                                   json=json)
            except httpx.TransportError:
                last_wait, limited = self.backoff.delay(attempt), False
                self.stats.retries += 1
                await self._sleep(last_wait)
                continue
            status = resp.status_code
            if status < 300:
                return resp.json() if resp.content else {}
            if status == 401 and not refreshed:
                refreshed = True
                continue
            if status in (401, 403):
                raise AuthRevoked(f"graph {status} {_error_code(resp)}".strip())
            if status == 404:
                raise NotFound(_error_code(resp) or "not found")
            code = _error_code(resp)
            if status == 410 or "syncstate" in code.lower() or code == "resyncRequired":
                raise SyncStateGone(code or "gone")
            if status in (429, 503) or status >= 500:
                if status in (429, 503):
                    self.stats.throttled += 1
                ra = _retry_after(resp) if status in (429, 503) else None
                if ra is not None and ra > self.backoff.max_retry_after:
                    self.stats.gave_up += 1
                    raise RateLimited(ra, f"graph {status} {code}".strip())
                last_wait = ra if ra is not None else self.backoff.delay(attempt)
                limited = status in (429, 503)
                self.stats.retries += 1
                if ra is not None:
                    await self.throttle.pause(self.mailbox_id, ra)
                else:
                    await self._sleep(last_wait)
                continue
            raise Transient(f"graph {status} {code}".strip())
        self.stats.gave_up += 1
        if limited:
            raise RateLimited(last_wait, "graph kept refusing")
        raise Transient("graph unreachable")
