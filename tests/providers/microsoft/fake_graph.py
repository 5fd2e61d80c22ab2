"""A Microsoft Graph and identity platform that behave like the real ones, for respx.

Graph: per-folder message delta and calendarView delta with opaque `$skiptoken`/`$deltatoken`
links, `Prefer: odata.maxpagesize` (default page of 10, `$top` ignored as in the recordings),
`$select`, `@removed`, 410 `SyncStateNotFound` for expired tokens, a per-mailbox concurrency
limit (429 `ApplicationThrottled` "MailboxConcurrency") and request budget (429 + Retry-After),
bearer tokens checked against what the identity side issued, subscriptions.
Identity: OpenID discovery, the v2.0 token endpoint (auth code with PKCE S256 and nonce,
rotating refresh tokens: a used one is dead), `invalid_grant` once revoked.
Message and event shapes are those of the recorded fixtures next to this file.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import respx

_FOLDER_DELTA = re.compile(r"^/me/mailFolders(?:/([^/(]+)|\('([^']+)'\))/messages/delta$",
                           re.IGNORECASE)

FIXTURES = Path(__file__).parent / "fixtures"
GRAPH = "https://graph.test/v1.0"
AUTHORITY = "https://login.test/common"
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


_MSG_TEMPLATE = fixture("graph_messages_delta_page2_deltalink.json")["value"][0]
_EVENT_TEMPLATE = fixture("graph_events_list_series_master.json")["value"][0]


def _b64(d: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _error(status: int, code: str, message: str = "", headers: dict[str, str] | None = None
           ) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code, "message": message or code}},
                          headers=headers)


@dataclass
class Identity:
    """login.test: discovery, authorize (simulated browser), token endpoint."""

    authority: str = AUTHORITY
    client_id: str = CLIENT_ID
    tenant: str = TENANT
    user: str = "sam@northwind.test"
    name: str = "Sam Rivera"
    access_ttl: int = 3600
    token_requests: list[dict[str, str]] = field(default_factory=list)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    refresh_tokens: dict[str, bool] = field(default_factory=dict)  # rt -> still valid
    access_tokens: dict[str, float] = field(default_factory=dict)  # at -> expiry
    revoked: bool = False
    consent_error: bool = False  # the tenant needs an administrator (AADSTS65001)
    consent_answer: tuple[str, str] | None = None  # (error, error_description) to send back
    invalid_grant_answers: int = 0
    down: str = ""  # "": answering; "refused": connections fail; "503": the host errs
    discovery_requests: int = 0

    @property
    def host(self) -> str:
        p = urlsplit(self.authority)
        return f"{p.scheme}://{p.netloc}"

    def openid_config(self) -> dict[str, Any]:
        base = f"{self.host}/{{tenantid}}"
        return {"token_endpoint": f"{self.host}/common/oauth2/v2.0/token",
                "authorization_endpoint": f"{self.host}/common/oauth2/v2.0/authorize",
                "issuer": f"{base}/v2.0", "jwks_uri": f"{self.host}/common/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "end_session_endpoint": f"{self.host}/common/oauth2/v2.0/logout"}

    def authorize(self, auth_uri: str) -> dict[str, str]:
        """What the browser brings back to the callback after the user consents."""
        q = {k: v[0] for k, v in parse_qs(urlsplit(auth_uri).query).items()}
        if self.consent_error:
            return {"error": "consent_required", "state": q["state"],
                    "error_description": "AADSTS65001: The user or administrator has not "
                                         "consented to use the application."}
        if self.consent_answer:
            error, description = self.consent_answer
            return {"error": error, "error_description": description, "state": q["state"]}
        code = secrets.token_urlsafe(16)
        self.codes[code] = q
        return {"code": code, "state": q["state"], "session_state": "x"}

    def _id_token(self, nonce: str | None) -> str:
        now = int(time.time())
        claims = {"aud": self.client_id, "iss": f"{self.host}/{self.tenant}/v2.0", "iat": now,
                  "nbf": now, "exp": now + 3600, "name": self.name, "oid": "oid-1",
                  "preferred_username": self.user, "sub": "sub-1", "tid": self.tenant,
                  "ver": "2.0"}
        if nonce:
            claims["nonce"] = nonce
        return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}.sig"

    def _tokens(self, nonce: str | None = None) -> dict[str, Any]:
        at = "at-" + secrets.token_urlsafe(12)
        rt = "rt-" + secrets.token_urlsafe(12)
        self.access_tokens[at] = time.time() + self.access_ttl
        self.refresh_tokens[rt] = True
        info = _b64({"uid": "oid-1", "utid": self.tenant})
        return {"token_type": "Bearer", "scope": "Calendars.Read Mail.Read User.Read openid "
                "profile offline_access", "expires_in": self.access_ttl,
                "ext_expires_in": self.access_ttl, "access_token": at, "refresh_token": rt,
                "id_token": self._id_token(nonce), "client_info": info}

    def _invalid_grant(self, why: str) -> httpx.Response:
        self.invalid_grant_answers += 1
        return httpx.Response(400, json={
            "error": "invalid_grant", "error_description": f"AADSTS70000: {why}",
            "error_codes": [70000], "suberror": "bad_token"})

    def token(self, request: httpx.Request) -> httpx.Response:
        form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
        self.token_requests.append(form)
        if form.get("client_id") != self.client_id:
            return httpx.Response(400, json={"error": "unauthorized_client"})
        grant = form.get("grant_type")
        if grant == "authorization_code":
            asked = self.codes.pop(form.get("code", ""), None)
            if asked is None:
                return self._invalid_grant("code unknown or already used")
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(
                hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
            if challenge != asked.get("code_challenge") or \
                    form.get("redirect_uri") != asked.get("redirect_uri"):
                return self._invalid_grant("PKCE or redirect_uri mismatch")
            scopes = set(form.get("scope", "").split())
            if not {"User.Read", "Mail.Read", "Calendars.Read"} <= scopes:
                return httpx.Response(400, json={"error": "invalid_scope"})
            return httpx.Response(200, json=self._tokens(asked.get("nonce")))
        if grant == "refresh_token":
            rt = form.get("refresh_token", "")
            if self.revoked or not self.refresh_tokens.get(rt):
                return self._invalid_grant("refresh token revoked or already used")
            self.refresh_tokens[rt] = False  # rotation: each refresh token works once
            return httpx.Response(200, json=self._tokens())
        return httpx.Response(400, json={"error": "unsupported_grant_type"})

    def discovery(self, request: httpx.Request) -> httpx.Response:
        self.discovery_requests += 1
        if self.down == "refused":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if self.down == "503":
            return httpx.Response(503, text="Service Unavailable")
        return httpx.Response(200, json=self.openid_config())

    def refreshes(self) -> int:
        return sum(1 for f in self.token_requests if f.get("grant_type") == "refresh_token")

    def valid_access(self, header: str) -> bool:
        at = header.removeprefix("Bearer ")
        return self.access_tokens.get(at, 0) > time.time()

    def install(self, router: respx.MockRouter) -> None:
        router.get(url__regex=rf"^{self.host}/[^/]+/v2\.0/\.well-known/openid-configuration") \
            .mock(side_effect=self.discovery)
        router.post(url__regex=rf"^{self.host}/[^/]+/oauth2/v2\.0/token").mock(
            side_effect=self.token)


@dataclass
class _Item:
    data: dict[str, Any]
    version: int
    removed: int = 0  # version at which it was removed, 0: present


@dataclass
class FakeGraph:
    """One mailbox on graph.test."""

    identity: Identity
    root: str = GRAPH
    max_concurrent: int = 4
    budget: int = 10_000
    window: float = 600.0
    latency: float = 0.0
    has_archive: bool = True
    folders: dict[str, dict[str, _Item]] = field(default_factory=lambda: {
        "inbox": {}, "sentitems": {}, "archive": {}})
    events: dict[str, _Item] = field(default_factory=dict)
    version: int = 0
    tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    expired_before: dict[str, int] = field(default_factory=dict)  # chain -> min valid version
    requests: list[httpx.Request] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    sent_at: list[float] = field(default_factory=list)  # within the budget window only
    times: list[float] = field(default_factory=list)  # every request's arrival (bench)
    faults: list[Callable[[httpx.Request], httpx.Response | None]] = field(default_factory=list)
    subscriptions: dict[str, dict[str, Any]] = field(default_factory=dict)
    header_fetches: int = 0
    delta_headers: bool = True  # delta returns internetMessageHeaders when $select names them
    hang_after: int | None = None  # requests answered before Graph stops answering at all

    # --- content ------------------------------------------------------------------------

    def _bump(self) -> int:
        self.version += 1
        return self.version

    def add_message(self, folder: str, *, id: str | None = None, when: datetime,
                    sender: str, to: list[str], subject: str = "Hello", text: str = "Hi",
                    cc: list[str] | None = None, conversation: str = "conv-1",
                    headers: list[dict[str, str]] | None = None, message_id: str = "",
                    in_reply_to: str = "", references: str = "",
                    sent: datetime | None = None) -> str:
        """A message as Graph shows it. Received mail carries its internet headers (Message-ID,
        In-Reply-To, References, then `headers`); a Sent Items copy has none."""
        m = copy.deepcopy(_MSG_TEMPLATE)
        mid = id or f"AAMk-{folder}-{secrets.token_hex(6)}"
        internet_id = message_id or f"<{mid}@fake.test>"

        def ea(a: str) -> dict[str, Any]:  # "Name <address>" or a bare address
            name, addr = parseaddr(a)
            return {"emailAddress": {"name": name or addr.split("@")[0].title(),
                                     "address": addr}}

        m.update({"id": mid, "subject": subject, "receivedDateTime": iso(when),
                  "sentDateTime": iso(sent or when - timedelta(seconds=5)),
                  "conversationId": conversation,
                  "internetMessageId": internet_id, "from": ea(sender),
                  "sender": ea(sender), "toRecipients": [ea(a) for a in to],
                  "ccRecipients": [ea(a) for a in cc or []], "bodyPreview": text[:255],
                  "body": {"contentType": "html", "content": f"<html><body><div>{text}</div>"
                           "</body></html>"}, "isDraft": False})
        m["_text"] = text
        threading = [{"name": "In-Reply-To", "value": in_reply_to}] * bool(in_reply_to) + \
            [{"name": "References", "value": references}] * bool(references)
        m["_headers"] = None if folder == "sentitems" else (
            [{"name": "Message-ID", "value": internet_id}, *threading, *(headers or [])]
            if threading or message_id else headers)
        self.folders[folder][mid] = _Item(m, self._bump())
        return mid

    def update_message(self, folder: str, mid: str, **changes: Any) -> None:
        it = self.folders[folder][mid]
        it.data.update(changes)
        it.version = self._bump()

    def remove_message(self, folder: str, mid: str) -> None:
        self.folders[folder][mid].removed = self._bump()

    def move_message(self, src: str, dst: str, mid: str) -> None:
        it = self.folders[src][mid]
        it.removed = self._bump()
        self.folders[dst][mid] = _Item(copy.deepcopy(it.data), self._bump())

    def add_event(self, *, id: str | None = None, start: datetime, minutes: int = 30,
                  subject: str = "Sync", kind: str = "singleInstance",
                  attendees: list[tuple[str, str]] | None = None, cancelled: bool = False,
                  organizer: str = "sam@northwind.test", series: str | None = None,
                  original_start: datetime | None = None) -> str:
        e = copy.deepcopy(_EVENT_TEMPLATE)
        eid = id or f"AAMkEv-{secrets.token_hex(6)}"
        e.update({"id": eid, "subject": subject, "type": kind, "isCancelled": cancelled,
                  "start": {"dateTime": start.strftime("%Y-%m-%dT%H:%M:%S.0000000"),
                            "timeZone": "UTC"},
                  "end": {"dateTime": (start + timedelta(minutes=minutes))
                          .strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"},
                  "organizer": {"emailAddress": {"name": "", "address": organizer}},
                  "attendees": [{"type": "required", "status": {"response": r, "time": ""},
                                 "emailAddress": {"name": a, "address": a}}
                                for a, r in attendees or []],
                  "seriesMasterId": series,
                  "originalStart": iso(original_start) if original_start else None})
        self.events[eid] = _Item(e, self._bump())
        return eid

    def update_event(self, eid: str, **changes: Any) -> None:
        it = self.events[eid]
        it.data.update(changes)
        it.version = self._bump()

    def remove_event(self, eid: str) -> None:
        self.events[eid].removed = self._bump()

    def expire(self, chain: str) -> None:
        """Every delta/skip token of that chain now answers 410."""
        self.expired_before[chain] = self.version + 1

    # --- HTTP ---------------------------------------------------------------------------

    def install(self, router: respx.MockRouter) -> None:
        host = urlsplit(self.root)
        router.route(host=host.netloc).mock(side_effect=self.handle)

    def graph_requests(self, kind: str = "") -> list[httpx.Request]:
        return [r for r in self.requests if kind in r.url.path]

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        now = time.monotonic()
        self.sent_at.append(now)
        self.times.append(now)
        if not self.identity.valid_access(request.headers.get("Authorization", "")):
            return self._answer(_error(401, "InvalidAuthenticationToken",
                                       "Access token has expired or is not yet valid."))
        recent = [t for t in self.sent_at if t > now - self.window]
        self.sent_at = recent
        if len(recent) > self.budget:
            return self._answer(_error(429, "ApplicationThrottled",
                                       "Application is over its MailboxRequestLimit.",
                                       {"Retry-After": "1"}))
        if self.in_flight >= self.max_concurrent:
            return self._answer(_error(429, "ApplicationThrottled",
                                       "Application is over its MailboxConcurrency limit.",
                                       {"Retry-After": "0"}))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.hang_after is not None and len(self.requests) > self.hang_after:
                await asyncio.Event().wait()  # a worker stuck here is killed by the test
            if self.latency:
                await asyncio.sleep(self.latency)
            for f in list(self.faults):
                resp = f(request)
                if resp is not None:
                    self.faults.remove(f)
                    return self._answer(resp)
            return self._answer(self._route(request))
        finally:
            self.in_flight -= 1

    def _answer(self, resp: httpx.Response) -> httpx.Response:
        self.answers.append(resp.status_code)
        return resp

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(urlsplit(self.root).path)
        q = {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}
        prefer = request.headers.get("Prefer", "")
        m = _FOLDER_DELTA.match(path)
        if m:
            return self._message_delta((m.group(1) or m.group(2)).lower(), q, prefer)
        if path == "/me/messages/delta":
            return _error(400, "ErrorInvalidRequest", "Delta is per folder")
        if path.startswith("/me/messages/") and request.method == "GET":
            return self._message_get(path.split("/")[3], q)
        if path == "/me/calendarView/delta":
            return self._calendar_delta(q, prefer)
        if path.startswith("/subscriptions"):
            return self._subscriptions(request, path)
        return _error(404, "ResourceNotFound", path)

    # --- delta --------------------------------------------------------------------------

    @staticmethod
    def _page_size(prefer: str) -> int:
        for part in prefer.split(","):
            k, _, v = part.strip().partition("=")
            if k == "odata.maxpagesize":
                return int(v)
        return 10

    def _token(self, **state: Any) -> str:
        tok = secrets.token_urlsafe(18)
        self.tokens[tok] = state
        return tok

    def _delta_state(self, chain: str, q: dict[str, str]) -> Any:
        tok = q.get("$skiptoken") or q.get("$deltatoken")
        if tok is None:
            return None
        st = self.tokens.get(tok)
        if st is None or st["chain"] != chain or st["born"] < self.expired_before.get(chain, 0):
            return "gone"
        return st

    def _message_delta(self, folder: str, q: dict[str, str], prefer: str) -> httpx.Response:
        if folder == "archive" and not self.has_archive:
            return _error(404, "ErrorItemNotFound", "The specified folder could not be found")
        if folder not in self.folders:
            return _error(404, "ErrorInvalidIdMalformed", folder)
        st = self._delta_state(folder, q)
        if st == "gone":
            return _error(410, "SyncStateNotFound", "The sync state generation is not found.")
        text = 'outlook.body-content-type="text"' in prefer
        if st is None:  # a new round
            since = q.get("$filter", "").partition(" ge ")[2]
            st = {"chain": folder, "since": since, "after": 0, "select": q.get("$select", ""),
                  "text": text, "born": self.version}
        if "ids" not in st:  # a new round, or the next round after a delta link
            st = self._round(st, self.folders[folder])
        size = self._page_size(prefer)
        return self._page(st, size, lambda i: self._shape_message(i, st))

    def _round(self, st: dict[str, Any], items: dict[str, _Item]) -> dict[str, Any]:
        """Freeze what this round returns: changes after `after` (0: everything present)."""
        after = st["after"]
        ids = []
        for mid, it in items.items():
            if after == 0 and it.removed:
                continue
            if after and max(it.version, it.removed) <= after:
                continue
            if not it.removed and st.get("since") and \
                    it.data.get("receivedDateTime", "") < st["since"]:
                continue
            ids.append(mid)
        ids.sort(key=lambda i: items[i].data.get("receivedDateTime", ""), reverse=True)
        return {**st, "ids": ids, "offset": 0, "upto": self.version, "born": self.version}

    def _page(self, st: dict[str, Any], size: int,
              shape: Callable[[str], dict[str, Any]]) -> httpx.Response:
        ids = st["ids"][st["offset"]: st["offset"] + size]
        body: dict[str, Any] = {"@odata.context": f"{self.root}/$metadata#Collection(message)",
                                "value": [shape(i) for i in ids]}
        rest = st["offset"] + size
        chain = st["chain"]
        base = (f"{self.root}/me/calendarView/delta" if chain == "calendar"
                else f"{self.root}/me/mailFolders('{chain}')/messages/delta")
        if rest < len(st["ids"]):
            tok = self._token(**{**st, "offset": rest})
            body["@odata.nextLink"] = f"{base}?$skiptoken={tok}"
        else:
            tok = self._token(chain=chain, since=st.get("since"), after=st["upto"],
                              select=st.get("select", ""), text=st.get("text"),
                              window=st.get("window"), born=self.version)
            body["@odata.deltaLink"] = f"{base}?$deltatoken={tok}"
        return httpx.Response(200, json=body)

    def _shape_message(self, mid: str, st: dict[str, Any]) -> dict[str, Any]:
        it = self.folders[st["chain"]][mid]
        if it.removed:
            return {"@odata.type": "#microsoft.graph.message", "id": mid,
                    "@removed": {"reason": "deleted"}}
        d = {k: v for k, v in it.data.items() if not k.startswith("_")}
        text = it.data.get("_text", "")
        d["uniqueBody"] = ({"contentType": "text", "content": text} if st.get("text") else
                           {"contentType": "html",
                            "content": f"<html><body><div>{text}</div></body></html>"})
        select = [s for s in st.get("select", "").split(",") if s]
        if "internetMessageHeaders" in select and self.delta_headers:
            d["internetMessageHeaders"] = it.data.get("_headers")
        if select:
            d = {k: v for k, v in d.items()
                 if k in select or k in ("id", "@odata.type", "@odata.etag")}
        return d

    def _message_get(self, mid: str, q: dict[str, str]) -> httpx.Response:
        for items in self.folders.values():
            it = items.get(mid)
            if it and not it.removed:
                self.header_fetches += 1
                d = {k: v for k, v in it.data.items() if not k.startswith("_")}
                if it.data.get("_headers") is not None:
                    d["internetMessageHeaders"] = it.data["_headers"]
                if q.get("$select"):
                    keep = set(q["$select"].split(","))
                    d = {k: v for k, v in d.items() if k in keep or k == "id"}
                return httpx.Response(200, json=d)
        return _error(404, "ErrorItemNotFound", "The specified object was not found.")

    def _calendar_delta(self, q: dict[str, str], prefer: str) -> httpx.Response:
        if "$select" in q:
            return _error(400, "ErrorInvalidParameter", "$select is not supported")
        st = self._delta_state("calendar", q)
        if st == "gone":
            return _error(410, "SyncStateNotFound", "The sync state generation is not found.")
        if st is None:
            if "startDateTime" not in q or "endDateTime" not in q:
                return _error(400, "ErrorInvalidParameter",
                              "This request requires a time window specified by the query "
                              "string parameters StartDateTime and EndDateTime.")
            st = {"chain": "calendar", "after": 0,
                  "window": (q["startDateTime"], q["endDateTime"]), "born": self.version}
        st = self._calendar_round(st) if "ids" not in st else st
        return self._page(st, self._page_size(prefer), self._shape_event)

    def _calendar_round(self, st: dict[str, Any]) -> dict[str, Any]:
        lo, hi = (parse_dt(st["window"][0]), parse_dt(st["window"][1]))
        ids = []
        for eid, it in self.events.items():
            if st["after"] == 0 and it.removed:
                continue
            if st["after"] and max(it.version, it.removed) <= st["after"]:
                continue
            start = parse_dt(it.data["start"]["dateTime"][:19] + "Z")
            if it.data["type"] != "seriesMaster" and not lo <= start < hi:
                continue
            ids.append(eid)
        return {**st, "ids": ids, "offset": 0, "upto": self.version, "born": self.version}

    def _shape_event(self, eid: str) -> dict[str, Any]:
        it = self.events[eid]
        if it.removed:
            return {"@odata.type": "#microsoft.graph.event", "id": eid,
                    "@removed": {"reason": "deleted"}}
        return copy.deepcopy(it.data)

    def _subscriptions(self, request: httpx.Request, path: str) -> httpx.Response:
        parts = path.strip("/").split("/")
        if request.method == "POST" and len(parts) == 1:
            body = json.loads(request.content)
            sid = secrets.token_hex(8)
            self.subscriptions[sid] = {**body, "id": sid}
            return httpx.Response(201, json=self.subscriptions[sid])
        sid = parts[1] if len(parts) > 1 else ""
        if sid not in self.subscriptions:
            return _error(404, "ResourceNotFound", "subscription")
        if request.method == "PATCH":
            self.subscriptions[sid].update(json.loads(request.content))
            return httpx.Response(200, json=self.subscriptions[sid])
        if request.method == "DELETE":
            del self.subscriptions[sid]
            return httpx.Response(204)
        if request.method == "POST" and parts[-1] == "reauthorize":
            return httpx.Response(204)
        return _error(405, "MethodNotAllowed", path)


def parse_dt(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def auth_query(auth_uri: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(auth_uri).query).items()}


def urlq(**kw: str) -> str:
    return urlencode(kw)
