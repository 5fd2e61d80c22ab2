"""Sign in with Microsoft (MSAL auth-code flow with PKCE) and access tokens for the sync.

The flow dict (state, PKCE verifier, nonce) lives in Redis for 10 minutes and is taken once.
Each mailbox has one MSAL `SerializableTokenCache`, sealed in the mailbox's `credentials`; it is
written back only when MSAL changed it. Refresh tokens rotate on use, so a mailbox refreshes
under a Redis lock, re-reading the newest cache inside it: concurrent jobs find the token the
first one stored instead of spending a stale refresh token.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode, urlsplit

import httpx
import msal
from msal.authority import WELL_KNOWN_AUTHORITY_HOSTS
from msal.exceptions import MsalServiceError

from unspoken.providers.base import AuthRevoked, Transient
from unspoken.providers.microsoft.coord import Coordination, LockTimeout

# The one place scopes are named. MSAL adds openid, profile and offline_access itself and
# raises if they are passed.
SCOPES = ("User.Read", "Mail.Read", "Calendars.Read")
FLOW_TTL = 600  # seconds a started sign-in may take
REAUTH_TTL = 7 * 86400  # a dead grant is not retried until the user reconnects
RETRY_AFTER = 30  # seconds a browser is asked to wait while the login host is unreachable
PERSONAL_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad"  # Microsoft accounts (outlook.com)
# The user's grant is gone. (`invalid_client` is ours: an expired app secret is an operator's
# problem, not every user's, so it stays a transient error.)
_REAUTH_ERRORS = {"invalid_grant", "interaction_required", "consent_required", "login_required"}
# Only an administrator can grant these (tenant policy, admin-only scopes, risky-app block).
# AADSTS65004 is not one of them: the user themself said no on the consent page.
_ADMIN_CONSENT_CODES = ("AADSTS65001", "AADSTS90094", "AADSTS90095", "AADSTS900941")
_DECLINED_CODES = ("AADSTS65004",)


class SignInFailed(Exception):
    """The sign-in cannot complete: tampered or expired state, code refused. No tokens kept."""


log = logging.getLogger("unspoken.microsoft")


class SignInUnreachable(Exception):
    """Microsoft's login host did not answer (network, DNS, 5xx): nothing is wrong with the
    request, the same one works once the host is back."""


class SignInCancelled(SignInFailed):
    """The user declined on Microsoft's page: nothing for an administrator to do, they may
    simply try again (`retry` starts the same kind of sign-in over)."""

    def __init__(self, retry: str) -> None:
        super().__init__("you cancelled the Microsoft sign-in")
        self.retry = retry


class AdminConsentRequired(SignInFailed):
    def __init__(self, link: str) -> None:
        super().__init__("your organisation requires an administrator to approve Unspoken")
        self.link = link


@dataclass(frozen=True, slots=True)
class AuthConfig:
    client_id: str
    authority: str
    redirect_uri: str
    client_secret: str = ""
    cert_path: Path | None = None
    cert_thumbprint: str = ""

    @classmethod
    def from_settings(cls, s: Any) -> AuthConfig:
        return cls(client_id=s.microsoft_client_id, authority=s.microsoft_authority,
                   redirect_uri=s.microsoft_redirect_uri,
                   client_secret=s.microsoft_client_secret,
                   cert_path=s.microsoft_client_cert_path,
                   cert_thumbprint=s.microsoft_client_cert_thumbprint)

    def credential(self) -> Any:
        if self.cert_path is not None:
            return {"private_key": Path(self.cert_path).read_text(),
                    "thumbprint": self.cert_thumbprint}
        return self.client_secret

    def admin_consent_link(self, tenant: str = "") -> str:
        parts = urlsplit(self.authority)
        current = parts.path.strip("/").split("/")[0] or "common"
        if current in ("common", "consumers"):
            current = "organizations"
        q = urlencode({"client_id": self.client_id, "redirect_uri": self.redirect_uri,
                       "scope": " ".join(f"https://graph.microsoft.com/{s}" for s in SCOPES)})
        return f"{parts.scheme}://{parts.netloc}/{tenant or current}/v2.0/adminconsent?{q}"


@dataclass(frozen=True, slots=True)
class Connected:
    """A finished sign-in: who, which tenant, and the token cache to seal on the mailbox."""

    address: str
    name: str
    tenant_id: str
    home_account_id: str
    token_cache: bytes
    return_to: str = ""  # a console path, or the extension's chromiumapp.org URL
    user_id: str = ""  # the signed-in user who started the flow, if any
    client: str = "console"  # who started it: "console" or "extension"

    @property
    def personal(self) -> bool:
        return self.tenant_id == PERSONAL_TENANT


class CredentialStore(Protocol):
    """Where a mailbox's sealed token cache lives (the mailbox row, via its repository)."""

    async def load(self, mailbox_id: str) -> bytes | None: ...
    async def save(self, mailbox_id: str, blob: bytes) -> None: ...


def _consent_error(error: str, description: str) -> bool:
    if any(c in description for c in _DECLINED_CODES):
        return False
    return error == "consent_required" or any(c in description for c in _ADMIN_CONSENT_CODES)


def _declined(error: str, description: str) -> bool:
    """The user said no (AADSTS65004) or closed the consent page (a bare access_denied)."""
    return any(c in description for c in _DECLINED_CODES) or (
        error == "access_denied" and not _consent_error(error, description))


def _is_server_error(exc: MsalServiceError) -> bool:
    """MSAL's "HTTP Error: 503" from a discovery document the host could not serve."""
    return any(f"HTTP Error: {code}" in str(exc) for code in range(500, 600))


def _retry_path(record: Mapping[str, Any]) -> str:
    """The start URL that begins the same kind of sign-in again (console or extension)."""
    if record.get("client") == "extension":
        q = {"client": "extension", "redirect": str(record.get("return_to") or "")}
    else:
        q = {"return_to": str(record.get("return_to") or "/")}
    return "/auth/microsoft/start?" + urlencode(q)


class _MsalHttp:
    """httpx as MSAL's HTTP client. MSAL hands some form values over as bytes (the signed
    client assertion of a certificate credential); httpx would send `str(b"...")`, which
    Microsoft refuses, so they are decoded first."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(url, **kwargs)

    def post(self, url: str, data: Any = None, **kwargs: Any) -> httpx.Response:
        if isinstance(data, Mapping):
            data = {k: v.decode() if isinstance(v, bytes) else v for k, v in data.items()}
        return self.http.post(url, data=data, **kwargs)

    def close(self) -> None:
        self.http.close()


class MicrosoftAuth:
    """MSAL applications built from one configuration, sharing an HTTP client and MSAL's
    http cache (discovery documents, and the replay of failed token answers)."""

    def __init__(self, config: AuthConfig, coord: Coordination, *,
                 http: httpx.Client | None = None) -> None:
        self.config = config
        self.coord = coord
        self.http = http or httpx.Client(timeout=30.0)
        self._http_cache: dict[Any, Any] = {}
        self._down_since: float | None = None  # monotonic time of the first failure, if down
        # (mailbox id, home account) -> (access token, epoch expiry): what the last sync run
        # of that mailbox in this process got, so the next run needs no lock, no database
        # read and no MSAL application while it is valid. In memory only, never logged.
        self.access: dict[tuple[str, str], tuple[str, float]] = {}

    def _app(self, cache: msal.TokenCache | None) -> msal.ConfidentialClientApplication:
        """A new application per use (MSAL reads the authority's metadata here, through the
        shared http cache, which keeps only successful answers): a failure is never kept, so
        the next call succeeds by itself once the host is back."""
        with self._reachability():
            return self._build_app(cache)

    @contextlib.contextmanager
    def _reachability(self) -> Iterator[None]:
        """Turn "cannot reach the login host" into `SignInUnreachable`, logged once per
        outage (not once per browser that tries), and note when it is back."""
        try:
            yield
        except (httpx.TransportError, MsalServiceError) as exc:
            if isinstance(exc, MsalServiceError) and not _is_server_error(exc):
                raise
            if self._down_since is None:
                self._down_since = time.monotonic()
                log.warning("Microsoft sign-in unreachable",
                            extra={"host": urlsplit(self.config.authority).hostname,
                                   "error": type(exc).__name__})
            raise SignInUnreachable("Microsoft sign-in is unreachable") from exc
        if self._down_since is not None:
            self._down_since = None
            log.info("Microsoft sign-in reachable again")

    def _build_app(self, cache: msal.TokenCache | None) -> msal.ConfidentialClientApplication:
        host = urlsplit(self.config.authority).hostname or ""
        return msal.ConfidentialClientApplication(
            self.config.client_id, client_credential=self.config.credential(),
            authority=self.config.authority, token_cache=cache, http_client=_MsalHttp(self.http),
            http_cache=self._http_cache,
            # A configured host MSAL does not know (national cloud proxy, conformance server)
            # is trusted as configured: no call to Microsoft's instance discovery.
            instance_discovery=None if host in WELL_KNOWN_AUTHORITY_HOSTS else False)

    # --- sign-in -------------------------------------------------------------------------

    async def start(self, *, login_hint: str = "", return_to: str = "",
                    user_id: str = "", client: str = "console") -> str:
        """The Microsoft URL to send the browser to; the flow waits in Redis, once."""
        app = await asyncio.to_thread(self._app, None)
        with warnings.catch_warnings():  # the contract is a GET callback (query mode)
            warnings.simplefilter("ignore", UserWarning)
            flow = app.initiate_auth_code_flow(
                list(SCOPES), redirect_uri=self.config.redirect_uri,
                login_hint=login_hint or None, response_mode="query")
        record = {"flow": flow, "return_to": return_to, "user_id": user_id, "client": client}
        await self.coord.put(f"flow:{flow['state']}", json.dumps(record), ttl=FLOW_TTL)
        return str(flow["auth_uri"])

    async def finish(self, params: Mapping[str, str]) -> Connected:
        """Trade the callback's code for tokens. Unknown, reused or expired state: refused
        before any token request."""
        state = params.get("state", "")
        raw = await self.coord.take(f"flow:{state}") if state else None
        if raw is None:
            raise SignInFailed("this sign-in link expired or was already used; start again")
        record = json.loads(raw)
        error = params.get("error", "")
        if error:
            desc = params.get("error_description", "")
            if _consent_error(error, desc):
                raise AdminConsentRequired(self.config.admin_consent_link())
            if _declined(error, desc):
                raise SignInCancelled(_retry_path(record))
            raise SignInFailed("Microsoft did not grant access" + (f" ({error})" if error
                                                                      else ""))
        cache = msal.SerializableTokenCache()
        app = await asyncio.to_thread(self._app, cache)
        try:
            result = await asyncio.to_thread(self._exchange, app, record["flow"], dict(params))
        except ValueError as exc:  # state mismatch, nonce mismatch, bad id token
            raise SignInFailed("the sign-in response did not match its request") from exc
        if "error" in result:
            if _consent_error(result["error"], str(result.get("error_description", ""))):
                raise AdminConsentRequired(self.config.admin_consent_link())
            raise SignInFailed(f"Microsoft refused the sign-in ({result['error']})")
        claims = result.get("id_token_claims") or {}
        # preferred_username is the UPN (a domain the tenant verified) or the Microsoft
        # account's verified sign-in address; the `email` claim is not verified: never used.
        address = str(claims.get("preferred_username") or "").strip().lower()
        if "@" not in address:
            raise SignInFailed("this Microsoft account has no email address to sign in with")
        tid = str(claims.get("tid") or "")
        oid = str(claims.get("oid") or "")
        home = next((a["home_account_id"] for a in app.get_accounts()), f"{oid}.{tid}")
        return Connected(address=address, name=str(claims.get("name") or ""), tenant_id=tid,
                         home_account_id=home, token_cache=cache.serialize().encode(),
                         return_to=record.get("return_to", ""),
                         user_id=record.get("user_id", ""),
                         client=record.get("client", "console"))

    def _exchange(self, app: msal.ConfidentialClientApplication, flow: dict[str, Any],
                  params: dict[str, str]) -> dict[str, Any]:
        with self._reachability():
            return dict(app.acquire_token_by_auth_code_flow(flow, params, scopes=list(SCOPES)))

    async def clear_reauth(self, mailbox_id: str) -> None:
        await self.coord.delete(f"reauth:{mailbox_id}")

    def tokens(self, mailbox_id: str, *, home_account_id: str,
               store: CredentialStore) -> MailboxTokens:
        return MailboxTokens(self, mailbox_id, home_account_id=home_account_id, store=store)


ACCESS_MEMO_MAX = 10_000  # access tokens remembered per process (MicrosoftAuth.access)


class MailboxTokens:
    """Access tokens of one mailbox for one sync run."""

    def __init__(self, auth: MicrosoftAuth, mailbox_id: str, *, home_account_id: str,
                 store: CredentialStore) -> None:
        self.auth = auth
        self.mailbox_id = mailbox_id
        self.home_account_id = home_account_id
        self.store = store
        self._token = ""
        self._expires = 0.0
        self.refreshes = 0  # token requests this object made (tests)

    async def __call__(self, force: bool = False) -> str:
        if not force and self._token and self._expires - time.time() > 300:
            return self._token
        key = (self.mailbox_id, self.home_account_id)
        if force:
            self.auth.access.pop(key, None)
        elif not self._token:
            token, expires = self.auth.access.get(key) or ("", 0.0)
            if expires - time.time() > 300:
                if await self.auth.coord.get(f"reauth:{self.mailbox_id}"):
                    raise AuthRevoked("the user must reconnect Microsoft")
                self._token, self._expires = token, expires
                return token
        token = await self._acquire(force)
        if len(self.auth.access) >= ACCESS_MEMO_MAX:
            now = time.time()
            self.auth.access = {k: v for k, v in self.auth.access.items() if v[1] > now}
            if len(self.auth.access) >= ACCESS_MEMO_MAX:
                self.auth.access.clear()
        self.auth.access[key] = (token, self._expires)
        return token

    async def _acquire(self, force: bool) -> str:
        coord = self.auth.coord
        if await coord.get(f"reauth:{self.mailbox_id}"):
            raise AuthRevoked("the user must reconnect Microsoft")
        try:
            async with coord.lock(f"refresh:{self.mailbox_id}", ttl=60, wait=90):
                return await self._acquire_locked(force)
        except LockTimeout:
            raise Transient("token refresh lock busy") from None

    async def _acquire_locked(self, force: bool) -> str:
        blob = await self.store.load(self.mailbox_id)  # the newest: another job may have rotated
        if not blob:
            raise AuthRevoked("no Microsoft credentials stored")
        cache = msal.SerializableTokenCache()
        cache.deserialize(blob.decode())
        try:
            app = await asyncio.to_thread(self.auth._app, cache)
        except SignInUnreachable as exc:
            raise Transient(str(exc)) from None
        accounts = app.get_accounts()
        account = next((a for a in accounts if a.get("home_account_id") == self.home_account_id),
                       accounts[0] if accounts else None)
        if account is None:
            raise AuthRevoked("no Microsoft account in the token cache")
        before = time.time()
        result = await asyncio.to_thread(app.acquire_token_silent_with_error, list(SCOPES),
                                         account, force_refresh=force)
        if cache.has_state_changed:  # a refresh happened (tokens rotated): persist it now
            self.refreshes += 1
            await self.store.save(self.mailbox_id, cache.serialize().encode())
        if not result:
            raise AuthRevoked("no usable Microsoft token")
        if "error" in result:
            if result["error"] in _REAUTH_ERRORS:
                await self.auth.coord.put(f"reauth:{self.mailbox_id}", result["error"],
                                          ttl=REAUTH_TTL)
                raise AuthRevoked(f"Microsoft: {result['error']}")
            raise Transient(f"Microsoft token endpoint: {result['error']}")
        self._token = str(result["access_token"])
        self._expires = before + float(result.get("expires_in", 0))
        return self._token
