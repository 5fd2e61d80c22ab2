"""What the connector holds while a process runs: HTTP clients, Redis coordination, MSAL,
the throttle, and the store of sealed token caches. Built once from Settings (providers are
reached through the registry, which hands them no runtime), replaced whole by tests."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from unspoken.config import Settings, get_settings
from unspoken.providers.microsoft.auth import AuthConfig, MicrosoftAuth
from unspoken.providers.microsoft.client import Backoff, Stats, no_sleep
from unspoken.providers.microsoft.coord import Coordination, make_coordination
from unspoken.providers.microsoft.throttle import Limits, Sleep, Throttle
from unspoken.store.crypto import SecretBox
from unspoken.store.db import make_engine, make_sessionmaker, transaction
from unspoken.store.repositories import mailboxes as mailboxes_repo


class DbCredentials:
    """Token caches sealed on the mailbox row (`credentials`), bound to that mailbox."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], box: SecretBox) -> None:
        self.sessions = sessions
        self.box = box

    async def load(self, mailbox_id: str) -> bytes | None:
        async with self.sessions() as s:
            mb = await mailboxes_repo.get(s, mailbox_id)
            if mb is None or not mb.credentials:
                return None
            return self.box.open(mb.credentials, mailbox_id=mailbox_id)

    async def save(self, mailbox_id: str, blob: bytes) -> None:
        async with transaction(self.sessions) as s:
            mb = await mailboxes_repo.locked(s, mailbox_id)
            if mb is not None:
                mb.credentials = self.box.seal(blob, mailbox_id=mailbox_id)


@dataclass
class MicrosoftDeps:
    settings: Settings
    coord: Coordination
    auth: MicrosoftAuth
    credentials: Any  # auth.CredentialStore
    http: httpx.AsyncClient
    throttle: Throttle
    backoff: Backoff
    sleep: Sleep
    client_state_key: bytes
    stats: Stats = field(default_factory=Stats)

    @classmethod
    def build(cls, settings: Settings, *, sessions: async_sessionmaker[AsyncSession] | None = None,
              box: SecretBox | None = None, coord: Coordination | None = None,
              http: httpx.AsyncClient | None = None, http_sync: httpx.Client | None = None,
              sleep: Sleep | None = None, credentials: Any = None) -> MicrosoftDeps:
        import asyncio

        ring = settings.key_ring()
        box = box or SecretBox(ring)
        if credentials is None and sessions is None:
            sessions = make_sessionmaker(make_engine(settings.effective_database_url))
        if credentials is None:
            assert sessions is not None
            credentials = DbCredentials(sessions, box)
        coord = coord or make_coordination(settings.redis_url, settings.redis_prefix)
        sleep = sleep or (no_sleep if settings.test_mode else asyncio.sleep)
        limits = Limits(max_concurrent=settings.microsoft_max_concurrent,
                        budget=settings.microsoft_request_budget,
                        window_seconds=settings.microsoft_budget_window_seconds,
                        per_app=settings.microsoft_concurrency_per_app)
        return cls(settings=settings, coord=coord,
                   auth=MicrosoftAuth(AuthConfig.from_settings(settings), coord, http=http_sync),
                   credentials=credentials,
                   http=http or httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=10.0)),
                   throttle=Throttle(coord, limits, sleep=sleep), backoff=Backoff(),
                   sleep=sleep, client_state_key=next(iter(ring.values())))

    def client_state(self, mailbox_id: str) -> str:
        """`<mailbox id>.<HMAC>`: a notification proves its mailbox without a lookup."""
        mac = hmac.new(self.client_state_key, f"ms-client-state:{mailbox_id}".encode(),
                       hashlib.sha256).hexdigest()[:40]
        return f"{mailbox_id}.{mac}"

    def mailbox_of(self, client_state: str) -> str | None:
        mailbox_id, _, _mac = client_state.partition(".")
        if mailbox_id and hmac.compare_digest(self.client_state(mailbox_id), client_state):
            return mailbox_id
        return None

    async def close(self) -> None:
        await self.http.aclose()
        self.auth.http.close()
        await self.coord.close()


_current: MicrosoftDeps | None = None


def current() -> MicrosoftDeps:
    global _current
    if _current is None:
        _current = MicrosoftDeps.build(get_settings())
    return _current


def use(deps: MicrosoftDeps | None) -> None:
    """Install the connector's dependencies (app start-up, tests); None: rebuild lazily."""
    global _current
    _current = deps
