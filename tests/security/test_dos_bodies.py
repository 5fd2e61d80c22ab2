"""Oversized and unauthenticated bodies: the caller is checked before a byte of the body is
read, a Content-Length over the route's cap is refused unread, and a stream is cut at the cap.
Bodies here are generated lazily and every byte the service pulls is counted: that count is
what the service held in memory or wrote to disk."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tests.security.figures import FIGURES
from tests.service_support import REDIS_URL, TEST_KEYS, make_user

CHUNK = 64 * 1024
HUGE = 300 * 1024 * 1024


class Body:
    """A body of `size` bytes made as it is read; `pulled` counts what the service took."""

    def __init__(self, size: int, head: bytes = b"") -> None:
        self.size, self.head, self.pulled = size, head, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        if self.head:
            self.pulled += len(self.head)
            sent += len(self.head)
            yield self.head
        while sent < self.size:
            n = min(CHUNK, self.size - sent)
            self.pulled += n
            sent += n
            yield b"x" * n


async def post(client: httpx.AsyncClient, path: str, body: Body, *, length: bool,
               headers: dict[str, str] | None = None) -> httpx.Response:
    h = {"Content-Type": "application/json", **(headers or {})}
    if length:
        h["Content-Length"] = str(body.size)
    FIGURES.fault("oversized or unauthenticated body")
    return await client.post(path, content=body, headers=h)


def _multipart(size: int) -> tuple[Body, dict[str, str]]:
    head = (b"--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.mbox\"\r\n"
            b"Content-Type: application/mbox\r\n\r\n")
    return Body(size, head), {"Content-Type": "multipart/form-data; boundary=B"}


class TestBodiesAfterTheCaller:
    @pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer usk_nope"},
                                         {"Cookie": "unspoken_session=nope"}])
    async def test_no_or_bad_token_is_401_before_any_byte_is_read(self, client, headers):
        body = Body(HUGE)
        r = await post(client, "/v1/badges", body, length=True, headers=headers)
        assert r.status_code == 401 and r.json()["status"] == 401
        assert body.pulled == 0
        chunked = Body(HUGE)  # no Content-Length: still not one byte
        r = await post(client, "/v1/badges", chunked, length=False, headers=headers)
        assert r.status_code == 401 and chunked.pulled == 0

    async def test_an_upload_without_a_token_writes_nothing(self, rt, client):
        body, headers = _multipart(1000 * 1024 * 1024)
        r = await post(client, "/v1/imports", body, length=True, headers=headers)
        assert r.status_code == 401 and body.pulled == 0
        assert not rt.settings.upload_dir.exists() or not any(rt.settings.upload_dir.iterdir())


class TestCaps:
    async def test_a_json_body_over_the_cap_is_413_unread_or_cut_at_the_cap(self, rt, client):
        user = await make_user(rt)
        body = Body(HUGE)
        r = await post(client, "/v1/badges", body, length=True, headers=user.auth)
        assert r.status_code == 413 and r.headers["content-type"] == "application/problem+json"
        assert body.pulled == 0
        stream = Body(HUGE)
        r = await post(client, "/v1/badges", stream, length=False, headers=user.auth)
        assert r.status_code == 413
        assert stream.pulled <= rt.settings.body_max_bytes + CHUNK
        ok = await client.post("/v1/badges", headers=user.auth, json={"emails": ["a@b.test"]})
        assert ok.status_code == 200  # the cap does not get in the way of real requests

    async def test_a_webhook_body_is_capped_too(self, rt, client):
        body = Body(HUGE)
        r = await post(client, "/webhooks/microsoft", body, length=True)
        assert r.status_code == 413 and body.pulled == 0
        stream = Body(HUGE)
        r = await post(client, "/webhooks/microsoft", stream, length=False)
        assert r.status_code == 413 and stream.pulled <= rt.settings.body_max_bytes + CHUNK

    async def test_an_upload_over_the_configured_limit_stops_at_the_limit(self, rt, client):
        rt.settings.upload_max_bytes = 3 * 1024 * 1024
        user = await make_user(rt)
        body, headers = _multipart(HUGE)
        r = await post(client, "/v1/imports", body, length=False,
                       headers={**headers, **user.auth})
        assert r.status_code == 413
        assert body.pulled <= rt.settings.upload_max_bytes + (1 << 20) + 2 * CHUNK
        assert not rt.settings.upload_dir.exists() or not any(rt.settings.upload_dir.iterdir())


@pytest.fixture(scope="module")
def live(pg_url: str, redis_prefix: str, tmp_path_factory) -> Iterator[int]:
    """`unspoken serve` on loopback (PostgreSQL + Redis), for what only a socket shows."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    data = tmp_path_factory.mktemp("live")
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    env.update({"UNSPOKEN_DATABASE_URL": pg_url, "UNSPOKEN_REDIS_URL": REDIS_URL,
                "UNSPOKEN_REDIS_PREFIX": redis_prefix + "body:",
                "UNSPOKEN_ENCRYPTION_KEYS": TEST_KEYS, "UNSPOKEN_DATA_DIR": str(data),
                "UNSPOKEN_LOG_LEVEL": "WARNING"})
    proc = subprocess.Popen([sys.executable, "-m", "unspoken.cli", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(data, ignore_errors=True)


def _headers_only(port: int, path: str, extra: str = "") -> str:
    """Send a request's headers announcing 300 MB and no body: the answer must come anyway."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        s.sendall((f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                   f"\r\nContent-Length: {HUGE}\r\n{extra}\r\n").encode())
        return s.recv(4096).decode(errors="replace").split("\r\n", 1)[0]


class TestOnTheWire:
    def test_the_server_answers_before_the_body_arrives(self, live):
        assert _headers_only(live, "/v1/badges") == "HTTP/1.1 401 Unauthorized"
        assert _headers_only(live, "/v1/imports") == "HTTP/1.1 401 Unauthorized"
        assert _headers_only(live, "/v1/badges", "Authorization: Bearer usk_nope\r\n") == \
            "HTTP/1.1 401 Unauthorized"
        assert _headers_only(live, "/webhooks/microsoft") == \
            "HTTP/1.1 413 Request Entity Too Large"
