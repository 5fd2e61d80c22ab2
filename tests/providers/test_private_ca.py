"""What the README tells a deployer behind a private CA is true of each HTTP stack the
connectors use: httpx reads SSL_CERT_FILE, requests (google-auth) REQUESTS_CA_BUNDLE, httplib2
(the Gmail/Calendar client) HTTPLIB2_CA_CERTS, and none of them reads another's variable.

Each check runs in a fresh interpreter (httplib2 reads its variable at import) against a
loopback HTTPS server whose certificate a throwaway CA signed.
"""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_PROBE = r"""
import json, sys
url = sys.argv[1]
out = {}
def attempt(name, call):
    try:
        call()
        out[name] = "ok"
    except Exception as exc:  # the TLS failure each library raises in its own way
        out[name] = type(exc).__name__
import httpx
attempt("httpx", lambda: httpx.get(url, timeout=10).raise_for_status())
from google.auth.transport.requests import Request
def via_requests():
    r = Request()(url=url, method="GET", timeout=10)
    assert r.status == 200
attempt("requests", via_requests)
import httplib2
def via_httplib2():
    resp, _ = httplib2.Http(timeout=10).request(url)
    assert resp.status == 200
attempt("httplib2", via_httplib2)
print(json.dumps(out))
"""

_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE",
              "HTTPLIB2_CA_CERTS")


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@pytest.fixture(scope="module")
def private_ca(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(https URL of a loopback server, PEM of the CA that signed its certificate)."""
    folder = tmp_path_factory.mktemp("private-ca")
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Unspoken test root"))
          .issuer_name(_name("Unspoken test root")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(1))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                       crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False,
                                       decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("127.0.0.1")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(1)).not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    chain = folder / "server.pem"
    chain.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
                      + cert.public_bytes(serialization.Encoding.PEM))

    class Ok(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Ok)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(chain)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_address[1]}/", ca_pem
    server.shutdown()
    server.server_close()


_CASES = {"none": (), "ssl": ("SSL_CERT_FILE",), "requests": ("REQUESTS_CA_BUNDLE",),
          "httplib2": ("HTTPLIB2_CA_CERTS",),
          "all": ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "HTTPLIB2_CA_CERTS")}


@pytest.fixture(scope="module")
def probes(private_ca: tuple[str, Path]) -> dict[str, dict[str, str]]:
    """Case -> {stack: "ok" or the error it raised}, each case in its own interpreter with
    only those variables set (all started at once: the imports dominate)."""
    url, ca = private_ca
    running = {}
    for case, names in _CASES.items():
        env = {k: v for k, v in os.environ.items() if k not in _VARIABLES}
        env.update({n: str(ca) for n in names})
        running[case] = subprocess.Popen([sys.executable, "-c", _PROBE, url], env=env,
                                         stdout=subprocess.PIPE, text=True)
    out = {}
    for case, proc in running.items():
        stdout, _ = proc.communicate(timeout=180)
        assert proc.returncode == 0, case
        out[case] = dict(json.loads(stdout.strip().splitlines()[-1]))
    return out


class TestPrivateCa:
    def test_without_the_variables_no_stack_trusts_the_private_ca(self, probes):
        assert "ok" not in probes["none"].values()

    def test_each_stack_trusts_it_through_its_own_variable_and_only_that(self, probes):
        assert probes["ssl"] == {**probes["none"], "httpx": "ok"}
        assert probes["requests"] == {**probes["none"], "requests": "ok"}
        assert probes["httplib2"] == {**probes["none"], "httplib2": "ok"}

    def test_the_three_documented_variables_cover_every_stack(self, probes):
        assert probes["all"] == {"httpx": "ok", "requests": "ok", "httplib2": "ok"}
