"""Real receivers for the notification tests: an SMTP server process (aiosmtpd, our
`unspoken.bench.smtp_sink`) and an HTTP webhook receiver on loopback that answers as scripted."""

from __future__ import annotations

import email
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest


class SmtpSink:
    """`python -m unspoken.bench.smtp_sink` in its own process."""

    def __init__(self, folder: Path, *args: str) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen([sys.executable, "-m", "unspoken.bench.smtp_sink",
                                      "--dir", str(folder), *args],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + 20
        while not (folder / "port").exists():
            if time.monotonic() > end or self.proc.poll() is not None:
                raise AssertionError("the SMTP sink did not start")
            time.sleep(0.05)
        self.port = int((folder / "port").read_text())

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}/?starttls=off"

    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(p.read_bytes(), policy=default)  # type: ignore[misc]
                for p in sorted(self.folder.glob("*.eml"))]

    @property
    def holding(self) -> bool:
        return (self.folder / "holding").exists()

    def release(self) -> None:
        (self.folder / "release").touch()

    def stop(self) -> None:
        self.release()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


CONSOLE = "http://console.test"


def mailing_settings(settings: Any, sink: SmtpSink) -> Any:
    """The test settings sending through `sink`, with the console at CONSOLE (the links that
    digests and alerts carry)."""
    return settings.model_copy(update={
        "smtp_url": sink.url, "smtp_from": "Unspoken <digest@unspoken.test>",
        "public_url": CONSOLE})


@pytest.fixture
def smtp_sink(tmp_path: Path) -> Iterator[SmtpSink]:
    sink = SmtpSink(tmp_path / "smtp")
    yield sink
    sink.stop()


class HookReceiver:
    """Records every POST; answers from `script` (status, body) in turn, then 200 "ok"."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.script: list[tuple[int, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.requests.append({"path": self.path, "json": json.loads(body or b"null"),
                                       "content_type": self.headers.get("Content-Type")})
                status, text = outer.script.pop(0) if outer.script else (200, "ok")
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/services/T000/B000/XXXXsecret") -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hooks() -> Iterator[HookReceiver]:
    r = HookReceiver()
    yield r
    r.stop()
