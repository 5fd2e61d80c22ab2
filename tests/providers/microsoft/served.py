"""The fake identity platform and Graph (fake_graph.py) served over real HTTPS on loopback, for
tests that drive a separate service process and a real browser: a self-signed certificate for
127.0.0.1 (the service trusts it through SSL_CERT_FILE, the browser ignores certificate errors)
and the authorization page, where the user consents at once and is sent back with a code.

Many users in one process (the fleet simulator, `add_user`): each has its own identity and
mailbox (its own delta tokens, concurrency limit and request budget, as Graph's limits are per
mailbox); the authorize page picks the user by `login_hint`, the token endpoint by the code or
refresh token presented, Graph by the bearer token (`/me` is whoever the token belongs to).
One lock serialises the handler threads with changes made by the owner (`add_message`)."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.providers.microsoft.fake_graph import FakeGraph, Identity


def self_signed(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1, valid a day."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "fake-microsoft.pem", folder / "fake-microsoft.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class ServedMicrosoft:
    """`identity` and `graph` on https://127.0.0.1:<port>; `authority` and `graph_root` are
    what the service's settings point at."""

    def __init__(self, folder: Path, *, user: str, name: str, budget: int = 10_000,
                 window: float = 600.0) -> None:
        self.cert, key = self_signed(folder)
        fake = self

        class Handler(_Handler):
            served = fake

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert, key)
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.server.server_address[1]}"
        self.budget, self.window = budget, window
        self.lock = threading.Lock()
        self.users: dict[str, tuple[Identity, FakeGraph]] = {}
        self.identity, self.graph = self.add_user(user, name)
        self.authority, self.graph_root = self.identity.authority, self.graph.root

    def add_user(self, user: str, name: str) -> tuple[Identity, FakeGraph]:
        """Another user of the tenant with an empty mailbox of their own."""
        identity = Identity(authority=f"{self.url}/common", user=user, name=name)
        graph = FakeGraph(identity, root=f"{self.url}/v1.0", budget=self.budget,
                          window=self.window)
        self.users[user.lower()] = (identity, graph)
        return identity, graph

    def _by_token(self, form: dict[str, str]) -> Identity:
        code, rt = form.get("code", ""), form.get("refresh_token", "")
        for identity, _ in self.users.values():
            if (code and code in identity.codes) or (rt and rt in identity.refresh_tokens):
                return identity
        return self.identity

    def _by_bearer(self, headers: dict[str, str]) -> FakeGraph:
        at = {k.lower(): v for k, v in headers.items()}.get("authorization", "")
        at = at.removeprefix("Bearer ")
        for identity, graph in self.users.values():
            if at in identity.access_tokens:
                return graph
        return self.graph

    def start(self) -> ServedMicrosoft:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, method: str, path: str, headers: dict[str, str],
               body: bytes) -> httpx.Response:
        with self.lock:
            return self._answer(method, path, headers, body)

    def _answer(self, method: str, path: str, headers: dict[str, str],
                body: bytes) -> httpx.Response:
        url = self.url + path
        p = urlsplit(url)
        if p.path.endswith("/oauth2/v2.0/authorize"):
            hint = httpx.URL(url).params.get("login_hint", "").lower()
            back = self.users.get(hint, (self.identity,))[0].authorize(url)
            redirect = httpx.URL(url).params["redirect_uri"]
            return httpx.Response(302, headers={"Location": f"{redirect}?{urlencode(back)}"})
        request = httpx.Request(method, url, headers=headers, content=body)
        if p.path.endswith("/.well-known/openid-configuration"):
            return httpx.Response(200, json=self.identity.openid_config())
        if p.path.endswith("/oauth2/v2.0/token"):
            form = {k: v[0] for k, v in parse_qs(body.decode(errors="replace")).items()}
            return self._by_token(form).token(request)
        if p.path.startswith("/v1.0/"):
            return asyncio.run(self._by_bearer(headers).handle(request))
        return httpx.Response(404, json={"error": "not_found"})


class _Handler(BaseHTTPRequestHandler):
    served: ServedMicrosoft
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        return None

    def do_GET(self) -> None:  # noqa: N802
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def _serve(self, method: str) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        resp = self.served.answer(method, self.path, dict(self.headers), body)
        payload = resp.content
        self.send_response(resp.status_code)
        for k, v in resp.headers.items():
            if k.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
