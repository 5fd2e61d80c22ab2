"""Production credential: a certificate. MSAL must sign a client assertion with our key (its
thumbprint in the header) and send no secret at all."""

from __future__ import annotations

import base64
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.providers.microsoft.conftest import connect_mailbox
from unspoken.config import Settings
from unspoken.providers.microsoft.deps import MicrosoftDeps, use

THUMBPRINT = "a1" * 20  # SHA-1 hex, as Entra shows it for the uploaded certificate


@pytest.fixture
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
async def cert_deps(settings: Settings, rt, mocked, key, tmp_path: Path):
    pem = tmp_path / "unspoken-app.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    s = settings.model_copy(update={"microsoft_client_secret": "",
                                    "microsoft_client_cert_path": pem,
                                    "microsoft_client_cert_thumbprint": THUMBPRINT})
    d = MicrosoftDeps.build(s, sessions=rt.sessions, box=rt.box)
    use(d)
    yield d
    use(None)
    await d.close()


class TestCertificateCredential:
    async def test_code_exchange_is_signed_with_our_key_and_carries_no_secret(
            self, rt, cert_deps, identity, key) -> None:
        await connect_mailbox(rt, cert_deps, identity)
        (form,) = [f for f in identity.token_requests
                   if f.get("grant_type") == "authorization_code"]
        assert "client_secret" not in form
        assert form["client_assertion_type"] == (
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        assertion = form["client_assertion"]
        header = jwt.get_unverified_header(assertion)
        x5t = base64.urlsafe_b64encode(bytes.fromhex(THUMBPRINT)).decode().rstrip("=")
        assert header["alg"] == "RS256" and header["x5t"].rstrip("=") == x5t
        claims = jwt.decode(assertion, key.public_key(), algorithms=["RS256"],
                            options={"verify_aud": False})
        assert claims["iss"] == claims["sub"] == form["client_id"]
