"""One real service for the console's browser tests: `unspoken serve` in its own process on a
free loopback port, on a fresh PostgreSQL database and a Redis prefix of its own, signed in to
through the fake Google (HTTP) and fake Microsoft (HTTPS) servers; one Chromium (Debian's) for
the whole package. The demo's own setup fills the database: the bundled sample, imported for
the demo user (an org admin), and their one-time sign-in link."""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.providers.google.fake_google import FakeGoogle
from tests.providers.microsoft.fake_graph import CLIENT_ID
from tests.providers.microsoft.served import ServedMicrosoft
from tests.service_support import PG_HOST, PG_PORT, REDIS_URL, TEST_KEYS, _pg_admin, run_task
from unspoken.config import Settings
from unspoken.providers.fake import default_source
from unspoken.runtime import Runtime
from unspoken.service_cli import DEMO_AS_OF, demo_setup
from unspoken.services import users as user_service
from unspoken.store.db import make_engine, make_sessionmaker, transaction
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.worker.queue import InProcessQueue

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "console"
AXE = ROOT / "extension" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
GOOGLE_USER = "lee.park@brightline-google.test"
MICROSOFT_USER = "ana.ruiz@contoso-ms.test"
MEMBER = "jo.tanaka@northwind-saas.com"


def _run(coro: Any) -> Any:
    """asyncio.run on a thread of its own: Playwright's sync API owns this thread's loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Console:
    url: str
    settings: Settings  # what the test process uses to reach the same database
    admin_id: str
    admin_token: str
    demo_link: str  # the one-time link `unspoken demo` prints

    def signin_link(self, user_id: str) -> str:
        """A fresh one-time sign-in link (the demo's way in) for any user."""
        async def _issue() -> str:
            engine = make_engine(self.settings.effective_database_url)
            try:
                async with transaction(make_sessionmaker(engine)) as s:
                    return await user_service.issue_signin_link(
                        s, user_id=user_id, now=datetime.now(UTC), ttl=timedelta(minutes=10))
            finally:
                await engine.dispose()
        return f"{self.url}/signin/link?token={_run(_issue())}"


async def _sync(settings: Settings, mailbox_id: str) -> None:
    """Import the sample (while the service starts) and add a colleague."""
    rt = await Runtime.start(settings, queue=None)
    await rt.queue.close()
    rt.queue = InProcessQueue(rt)
    try:
        await run_task(rt, "sync.mailbox", mailbox_id)
        async with transaction(rt.sessions) as s:  # a colleague whose grant has lapsed
            jo = await user_service.create_user(s, email=MEMBER, name="Jo Tanaka")
            box = await mailboxes_repo.add(s, user_id=jo.id, provider="fake", address=MEMBER,
                                           source=default_source(end=DEMO_AS_OF))
            box.status, box.stage, box.progress = "needs_reauth", "incremental", 1.0
            box.last_synced_at = datetime.now(UTC) - timedelta(days=2)
    finally:
        await rt.close()


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory, redis_prefix: str) -> Iterator[Console]:
    tmp = tmp_path_factory.mktemp("console")
    name = f"unspoken_console_{secrets.token_hex(4)}"
    _run(_pg_admin(f'CREATE DATABASE "{name}"'))
    db = f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    prefix = f"{redis_prefix}console:"
    google = FakeGoogle().start()
    google.signs_in_as, google.signs_in_name = GOOGLE_USER, "Lee Park"
    microsoft = ServedMicrosoft(tmp, user=MICROSOFT_USER, name="Ana Ruiz").start()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    settings = Settings(database_url=db, redis_url=REDIS_URL, redis_prefix=prefix,
                        encryption_keys=TEST_KEYS, as_of=DEMO_AS_OF, data_dir=tmp / "data",
                        test_mode=True, rate_limit_per_minute=100_000)
    proc: subprocess.Popen[bytes] | None = None
    try:
        admin_id, token, link, mailbox_id = _run(demo_setup(settings))  # migrates too
        env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
        env.update({
            "UNSPOKEN_DATABASE_URL": db, "UNSPOKEN_REDIS_URL": REDIS_URL,
            "UNSPOKEN_REDIS_PREFIX": prefix, "UNSPOKEN_ENCRYPTION_KEYS": TEST_KEYS,
            "UNSPOKEN_AS_OF": DEMO_AS_OF.isoformat(), "UNSPOKEN_DATA_DIR": str(tmp / "data"),
            "UNSPOKEN_TEST_MODE": "true", "UNSPOKEN_LOG_LEVEL": "WARNING",
            "UNSPOKEN_RATE_LIMIT_PER_MINUTE": "100000",
            **{f"UNSPOKEN_{k.upper()}": v for k, v in google.endpoints().items()},
            "UNSPOKEN_GOOGLE_REDIRECT_URI": f"{url}/auth/google/callback",
            "UNSPOKEN_MICROSOFT_CLIENT_ID": CLIENT_ID,
            "UNSPOKEN_MICROSOFT_CLIENT_SECRET": "s3cret",
            "UNSPOKEN_MICROSOFT_AUTHORITY": microsoft.authority,
            "UNSPOKEN_MICROSOFT_GRAPH_ROOT": microsoft.graph_root,
            "UNSPOKEN_MICROSOFT_REDIRECT_URI": f"{url}/auth/microsoft/callback",
            # The service trusts the fake Microsoft's certificate (httpx reads SSL_CERT_FILE);
            # oauthlib accepts the fake Google's plain-http token endpoint.
            "SSL_CERT_FILE": str(microsoft.cert), "OAUTHLIB_INSECURE_TRANSPORT": "1"})
        log = (tmp / "server.log").open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "unspoken.cli", "serve", "--port",
                                 str(port)], env={**env, "UNSPOKEN_AUTO_MIGRATE": "false"},
                                stdout=log, stderr=subprocess.STDOUT)
        _run(_sync(settings, mailbox_id))
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the service did not start:\n" +
                                   (tmp / "server.log").read_text()[-3000:])
            time.sleep(0.2)
        yield Console(url=url, settings=settings, admin_id=admin_id, admin_token=token,
                      demo_link=f"{url}/signin/link?token={link}")
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        google.stop()
        microsoft.stop()
        _run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update"])
        yield b
        b.close()


def new_page(browser: Any, console: Console, *, width: int = 1280, height: int = 900,
             bypass_csp: bool = False) -> Any:
    """A fresh browser context (no cookies); `bypass_csp` lets a test inject axe-core."""
    ctx = browser.new_context(base_url=console.url, ignore_https_errors=True,
                              viewport={"width": width, "height": height}, accept_downloads=True,
                              bypass_csp=bypass_csp)
    ctx.set_default_timeout(15_000)
    page = ctx.new_page()
    page.on("dialog", lambda d: d.accept())
    return page


def sign_in(page: Any, console: Console, user_id: str | None = None) -> None:
    page.goto(console.signin_link(user_id or console.admin_id))
    page.wait_for_url(f"{console.url}/")
