"""Fixtures for the service tests: a fresh PostgreSQL database per test session (dropped at the
end), the same tests on SQLite, real Redis under a per-session key prefix.

Backends: UNSPOKEN_TEST_BACKENDS=postgres,sqlite (default both). A missing service stops the
run with one line saying how to start it.
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from unspoken.config import Settings
from unspoken.providers.fake import default_source
from unspoken.runtime import Runtime
from unspoken.services import users as user_service
from unspoken.store.db import transaction
from unspoken.store.migrate import upgrade
from unspoken.store.models import new_id
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.worker.queue import InProcessQueue, RetryLater
from unspoken.worker.tasks import TASKS

PG_HOST, PG_PORT, REDIS_URL = "127.0.0.1", 5432, "redis://127.0.0.1:6379/0"
AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)
TEST_KEYS = "test1:" + base64.urlsafe_b64encode(b"k" * 32).decode().rstrip("=")


def _up(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), 1):
            return True
    except OSError:
        return False


def _backends() -> list[str]:
    return [b.strip() for b in os.environ.get("UNSPOKEN_TEST_BACKENDS", "postgres,sqlite")
            .split(",") if b.strip()]


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user="postgres", database="postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def redis_prefix() -> Iterator[str]:
    if not _up("127.0.0.1", 6379):
        pytest.exit("Redis is not reachable at 127.0.0.1:6379 — run `bash .ci/run` or "
                    "`redis-server --daemonize yes`", returncode=2)
    prefix = f"unspoken-test-{secrets.token_hex(4)}:"
    yield prefix

    async def _cleanup() -> None:
        from redis.asyncio import Redis

        r = Redis.from_url(REDIS_URL)
        for pattern in (f"{prefix}*", f"arq:*{prefix}*"):
            keys = [k async for k in r.scan_iter(match=pattern, count=1000)]
            if keys:
                await r.delete(*keys)
        await r.aclose()

    asyncio.run(_cleanup())


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    if not _up(PG_HOST, PG_PORT):
        pytest.exit("PostgreSQL is not reachable at 127.0.0.1:5432 — run `bash .ci/run` or "
                    "`pg_ctlcluster $(ls /etc/postgresql) main start`", returncode=2)
    name = f"unspoken_test_{secrets.token_hex(4)}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    url = f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    upgrade(url)
    yield url
    asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'unspoken.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session", params=_backends())
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("sqlite_url"))


@pytest.fixture
def settings(db_url: str, redis_prefix: str, tmp_path: Path) -> Settings:
    return Settings(database_url=db_url, redis_url=REDIS_URL, redis_prefix=redis_prefix,
                    encryption_keys=TEST_KEYS, test_mode=True, as_of=AS_OF,
                    data_dir=tmp_path / "data", rate_limit_per_minute=100_000,
                    user_rate_limit_per_minute=100_000, log_json=True,
                    sync_page_size=50)


@pytest.fixture
async def rt(settings: Settings) -> AsyncIterator[Runtime]:
    runtime = await Runtime.start(settings, queue=None)
    await runtime.queue.close()
    runtime.queue = InProcessQueue(runtime)
    yield runtime
    await runtime.close()


@pytest.fixture
async def client(rt: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    from unspoken.api.app import create_app

    app = create_app(rt.settings, runtime=rt)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@dataclass
class TestUser:
    id: str
    email: str
    org: str
    token: str
    org_id: str = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def make_user(rt: Runtime, *, org: str | None = None, admin: bool = False,
                    local: str = "sam") -> TestUser:
    org = org or f"org-{new_id()[:10]}.test"
    email = f"{local}.{new_id()[:6]}@{org}"
    async with transaction(rt.sessions) as s:
        u = await user_service.create_user(s, email=email, admin=admin)
        token = await user_service.issue_token(s, user_id=u.id, now=datetime.now(UTC),
                                               ttl=timedelta(days=1))
        return TestUser(id=u.id, email=email, org=org, token=token, org_id=u.org_id)


async def add_fake_mailbox(rt: Runtime, user: TestUser, **source: Any) -> str:
    src = default_source(end=AS_OF, **{"messages": 300, "accounts": 6, **source})
    async with transaction(rt.sessions) as s:
        box = await mailboxes_repo.add(s, user_id=user.id, provider="fake", address=user.email,
                                       label=new_id()[:8], source=src)
        return box.id


async def set_source(rt: Runtime, mailbox_id: str, **changes: Any) -> None:
    async with transaction(rt.sessions) as s:
        box = await mailboxes_repo.get(s, mailbox_id)
        assert box is not None
        box.source = {**box.source, **changes}


async def run_task(rt: Runtime, name: str, *args: str, max_retries: int = 20) -> Any:
    """Run a task to completion in this process, following RetryLater like a worker would."""
    for _ in range(max_retries):
        try:
            return await TASKS[name]({"runtime": rt}, *args)
        except RetryLater:
            continue
    raise AssertionError(f"{name} kept asking to retry")


async def synced_user(rt: Runtime, **source: Any) -> tuple[TestUser, str]:
    user = await make_user(rt)
    box = await add_fake_mailbox(rt, user, **source)
    await run_task(rt, "sync.mailbox", box)
    return user, box


@pytest.fixture
def fresh_pg() -> Iterator[str]:
    """The name of a new, empty PostgreSQL database for one test (dropped after it): for tests
    that migrate it themselves or must see only their own rows."""
    if not _up(PG_HOST, PG_PORT):
        pytest.skip("PostgreSQL is not reachable")
    name = f"unspoken_one_{secrets.token_hex(4)}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    yield name
    asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def pg_url_of(name: str) -> str:
    return f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"


@contextmanager
def statements(rt: Runtime) -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """Every SQL statement the runtime's engine sends while the block runs, with its
    parameters (to count round trips, or to read a statement's plan)."""
    seen: list[tuple[str, tuple[Any, ...]]] = []

    def capture(_conn: Any, _cur: Any, sql: str, params: Any, *_: Any) -> None:
        seen.append((sql, tuple(params or ())))

    event.listen(rt.engine.sync_engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(rt.engine.sync_engine, "before_cursor_execute", capture)
