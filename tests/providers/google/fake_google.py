"""A fake Google (OAuth, Gmail, Calendar) on loopback that behaves like the real one where it
bites: pagination, history ids that expire (404), sync tokens that expire (410), a per-user
quota answered with Google's 429/403 error shapes, the batch endpoint and its concurrency
limit, and message/event shapes copied from the recorded fixtures.

Driven over real HTTP by google-api-python-client and google-auth: nothing in our package is
patched. `FakeGoogle.start()` returns a running server; `url` is its root.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import json
import re
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlparse

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from google.auth import crypt
from google.auth import jwt as gjwt

from tests.providers.google.fixtures import load

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.readonly"
ALL_SCOPES = ("openid", "https://www.googleapis.com/auth/userinfo.email",
              "https://www.googleapis.com/auth/userinfo.profile", GMAIL_SCOPE, CALENDAR_SCOPE)
COSTS = {"messages.list": 5, "messages.get": 5, "history.list": 2, "getProfile": 1,
         "watch": 100, "stop": 50}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


@dataclass
class Box:
    """One Google account's mailbox and calendar."""

    email: str
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> full JSON
    history: list[dict[str, Any]] = field(default_factory=list)
    history_id: int = 1000
    min_history_id: int = 0  # history.list below this answers 404
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> event JSON
    event_seq: dict[str, int] = field(default_factory=dict)  # id -> change number
    cal_seq: int = 0
    min_sync_seq: int = 0  # sync tokens older than this answer 410
    bucket: float = 0.0
    bucket_at: float = 0.0
    storm: bool = False  # every Gmail call of this user answers 429 (a quota storm)


class FakeGoogle:
    def __init__(self, *, client_id: str = "cid.apps.googleusercontent.com",
                 client_secret: str = "csecret", quota_units: int = 15_000,
                 quota_window: float = 60.0, get_units: int = 5, batch_limit: int = 25,
                 rate_error: str = "429") -> None:
        self.client_id, self.client_secret = client_id, client_secret
        self.quota_units, self.quota_window, self.batch_limit = quota_units, quota_window, \
            batch_limit
        self.costs = {**COSTS, "messages.get": get_units}
        self.rate_error = rate_error
        self.boxes: dict[str, Box] = {}
        self.lock = threading.RLock()
        self.calls: Counter[str] = Counter()  # endpoint name -> count (batched calls too)
        self.units_used = 0
        self.rate_limited = 0  # 429/403 rate answers given
        # Who consents when a real browser opens the authorization page ("" : nobody, the
        # page is not served; tests call `consent()` themselves).
        self.signs_in_as = ""
        self.signs_in_name = "Sam"
        self.codes: dict[str, dict[str, Any]] = {}
        self.refresh_tokens: dict[str, dict[str, Any]] = {}  # token -> {email, scopes}
        self.access_tokens: dict[str, str] = {}  # token -> email
        self.revoked: list[str] = []
        self.token_failures = 0  # next N token requests answer 500
        self.fail_next: list[tuple[str, int, dict[str, Any]]] = []  # (endpoint, status, body)
        self.watches: list[dict[str, Any]] = []
        self.channels: list[dict[str, Any]] = []  # events.watch bodies
        self.stopped_channels: list[dict[str, Any]] = []
        self.watch_days = 7.0  # lifetime of Gmail watches and Calendar channels
        self.delay = 0.0  # seconds slept per HTTP request (tests that kill a worker)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = secrets.token_hex(8)
        self.server: ThreadingHTTPServer | None = None
        self.url = ""

    # --- lifecycle ---------------------------------------------------------------------
    def start(self) -> FakeGoogle:
        fake = self

        class Handler(_Handler):
            google = fake

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def endpoints(self) -> dict[str, str]:
        """Settings fields pointing the connector here."""
        return {"google_api_root": self.url, "google_auth_uri": self.url + "/o/oauth2/v2/auth",
                "google_token_uri": self.url + "/token", "google_revoke_uri": self.url + "/revoke",
                "google_certs_uri": self.url + "/oauth2/v1/certs",
                "google_client_id": self.client_id, "google_client_secret": self.client_secret}

    # --- mailbox content ---------------------------------------------------------------
    def box(self, email: str) -> Box:
        with self.lock:
            return self.boxes.setdefault(email, Box(email))

    def add_message(self, email: str, *, sender: str, to: str, subject: str, body: str,
                    when: dt.datetime, labels: tuple[str, ...] = ("INBOX",),
                    extra_headers: dict[str, str] | None = None,
                    msg_id: str | None = None, thread_id: str | None = None,
                    message_id: str = "") -> str:
        """A message shaped like the recorded `format=full` reply (multipart/alternative);
        `message_id`: its Message-ID header (default `<id@fake.test>`)."""
        with self.lock:
            b = self.box(email)
            b.history_id += 1 + len(b.messages) % 3  # increasing, not contiguous
            mid = msg_id or f"{int(when.timestamp() * 1000):x}{len(b.messages):04x}"
            msg = copy.deepcopy(load("gmail_messages_get_full_reply_attachment.json"))
            hs = [{"name": "From", "value": sender}, {"name": "To", "value": to},
                  {"name": "Subject", "value": subject},
                  {"name": "Date", "value": when.strftime("%a, %d %b %Y %H:%M:%S +0000")},
                  {"name": "Message-ID", "value": message_id or f"<{mid}@fake.test>"},
                  *({"name": k, "value": v} for k, v in (extra_headers or {}).items()),
                  {"name": "Content-Type", "value": 'multipart/mixed; boundary="b1"'}]
            alt = msg["payload"]["parts"][0]
            alt["parts"][0]["body"] = {"size": len(body), "data": _b64(body.encode())}
            html = "<div>" + body.replace("\n", "<br>") + "</div>"
            alt["parts"][1]["body"] = {"size": len(html), "data": _b64(html.encode())}
            msg.update(id=mid, threadId=thread_id or mid, labelIds=list(labels),
                       snippet=body[:100], historyId=str(b.history_id),
                       internalDate=str(int(when.timestamp() * 1000)))
            msg["payload"]["headers"] = hs
            b.messages[mid] = msg
            b.history.append({"id": str(b.history_id), "messages": [{"id": mid, "threadId":
                                                                      msg["threadId"]}],
                              "messagesAdded": [{"message": {"id": mid,
                                                             "threadId": msg["threadId"],
                                                             "labelIds": list(labels)}}]})
            return mid

    def add_recorded(self, email: str, msg: dict[str, Any], *, when: dt.datetime) -> str:
        """A recorded Gmail message, as recorded, re-dated into the backfill window."""
        with self.lock:
            b = self.box(email)
            b.history_id += 3
            msg = {**copy.deepcopy(msg), "historyId": str(b.history_id),
                   "internalDate": str(int(when.timestamp() * 1000))}
            b.messages[msg["id"]] = msg
            b.history.append({"id": str(b.history_id),
                              "messagesAdded": [{"message": {k: msg[k] for k in
                                                             ("id", "threadId", "labelIds")}}]})
            return str(msg["id"])

    def delete_message(self, email: str, mid: str) -> None:
        with self.lock:
            b = self.box(email)
            msg = b.messages.pop(mid)
            b.history_id += 2
            b.history.append({"id": str(b.history_id),
                              "messages": [{"id": mid, "threadId": msg["threadId"]}],
                              "messagesDeleted": [{"message": {"id": mid,
                                                               "threadId": msg["threadId"]}}]})

    def expire_history(self, email: str) -> None:
        """Every history id issued so far is now too old (404)."""
        with self.lock:
            b = self.box(email)
            b.min_history_id = b.history_id + 1
            b.history_id += 1

    def put_event(self, email: str, event: dict[str, Any]) -> None:
        with self.lock:
            b = self.box(email)
            b.cal_seq += 1
            b.events[event["id"]] = event
            b.event_seq[event["id"]] = b.cal_seq

    def expire_sync_tokens(self, email: str) -> None:
        with self.lock:
            b = self.box(email)
            b.cal_seq += 1
            b.min_sync_seq = b.cal_seq

    # --- OAuth -------------------------------------------------------------------------
    def consent(self, auth_url: str, *, email: str, hd: str | None = None,
                scopes: tuple[str, ...] | None = None, name: str = "Sam") -> tuple[str, str]:
        """The user says yes on Google's page: (code, state) as Google would redirect them."""
        q = {k: v[0] for k, v in parse_qs(urlparse(auth_url).query).items()}
        assert q["client_id"] == self.client_id and q["response_type"] == "code"
        code = "fake-code-" + secrets.token_urlsafe(16)
        granted = scopes if scopes is not None else ALL_SCOPES
        self.codes[code] = {"email": email, "hd": hd, "name": name, "scopes": granted,
                            "challenge": q.get("code_challenge"),
                            "method": q.get("code_challenge_method"),
                            "redirect_uri": q["redirect_uri"], "nonce": q.get("nonce")}
        return code, q["state"]

    def sign(self, claims: dict[str, Any]) -> str:
        signer = crypt.RSASigner.from_string(
            self.key.private_bytes(serialization.Encoding.PEM,
                                   serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()).decode(), key_id=self.kid)
        return gjwt.encode(signer, claims).decode()

    def id_token(self, *, email: str, aud: str, hd: str | None = None, name: str = "",
                 iss: str = "https://accounts.google.com", **extra: Any) -> str:
        now = int(time.time())
        claims = {"iss": iss, "aud": aud, "sub": hashlib.sha256(email.encode()).hexdigest()[:21],
                  "email": email, "email_verified": True, "iat": now, "exp": now + 3600,
                  "name": name, **extra}
        if hd:
            claims["hd"] = hd
        return self.sign(claims)

    def certs(self) -> dict[str, str]:
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-google")])
        now = dt.datetime.now(dt.UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(self.key.public_key()).serial_number(1)
                .not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=1))
                .sign(self.key, hashes.SHA256()))
        return {self.kid: cert.public_bytes(serialization.Encoding.PEM).decode()}

    def revoke_grant(self, email: str) -> None:
        with self.lock:
            for v in self.refresh_tokens.values():
                if v["email"] == email:
                    v["revoked"] = True

    # --- quota -------------------------------------------------------------------------
    def _charge(self, email: str, units: int) -> bool:
        """Token bucket: `quota_units` per `quota_window`, starting full."""
        with self.lock:
            b = self.box(email)
            if b.storm:
                self.rate_limited += 1
                return False
            now = time.monotonic()
            rate = self.quota_units / self.quota_window
            if b.bucket_at == 0.0:
                b.bucket, b.bucket_at = float(self.quota_units), now
            b.bucket = min(float(self.quota_units), b.bucket + (now - b.bucket_at) * rate)
            b.bucket_at = now
            if b.bucket < units:
                self.rate_limited += 1
                return False
            b.bucket -= units
            self.units_used += units
            return True


def _error(code: int, message: str, reason: str, domain: str = "global",
           status: str = "") -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message,
                           "errors": [{"message": message, "domain": domain, "reason": reason}]}
    if status:
        err["status"] = status
    return {"error": err}


def rate_error(kind: str) -> tuple[int, dict[str, Any], dict[str, str]]:
    if kind == "403":
        return 403, _error(403, "User-rate limit exceeded.", "userRateLimitExceeded",
                           "usageLimits", "PERMISSION_DENIED"), {}
    return 429, _error(429, "Too many requests for user.", "rateLimitExceeded",
                       status="RESOURCE_EXHAUSTED"), {"Retry-After": "1"}


class _Handler(BaseHTTPRequestHandler):
    google: FakeGoogle
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
        u = urlparse(self.path)
        if self.google.delay:
            time.sleep(self.google.delay)
        if u.path == "/batch/gmail/v1":
            status, payload, headers, ctype = self._batch(body)
            self._send(status, payload, headers, ctype)
            return
        status, obj, headers = route(self.google, method, u.path, parse_qs(u.query),
                                     dict(self.headers), body)
        self._send(status, json.dumps(obj).encode(), headers, "application/json; charset=UTF-8")

    def _send(self, status: int, payload: bytes, headers: dict[str, str], ctype: str) -> None:
        if status == 204:
            payload = b""
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(payload)

    def _batch(self, body: bytes) -> tuple[int, bytes, dict[str, str], str]:
        ctype = self.headers.get("Content-Type", "")
        msg = BytesParser().parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
        if not msg.is_multipart():
            return 400, b"{}", {}, "application/json"
        boundary = "batch_" + secrets.token_hex(8)
        out: list[str] = []
        parts = msg.get_payload()
        assert isinstance(parts, list)
        self.google.calls["batch"] += 1
        for i, part in enumerate(parts):
            raw = part.get_payload(decode=False)
            line, _, rest = raw.partition("\n")
            m, target, _ = line.split(" ", 2)
            head, _, inner_body = rest.replace("\r\n", "\n").partition("\n\n")
            inner_headers = dict(h.split(": ", 1) for h in head.split("\n") if ": " in h)
            iu = urlparse(target)
            headers: dict[str, str]
            if i >= self.google.batch_limit:
                status, obj, headers = 429, _error(
                    429, "Too many concurrent requests for user.", "rateLimitExceeded",
                    status="RESOURCE_EXHAUSTED"), {}
            else:
                status, obj, headers = route(self.google, m, iu.path, parse_qs(iu.query),
                                             {**dict(self.headers), **inner_headers},
                                             inner_body.encode())
            cid = part["Content-ID"].strip("<>")
            hdrs = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            out.append(f"--{boundary}\r\nContent-Type: application/http\r\n"
                       f"Content-ID: <response-{cid}>\r\n\r\n"
                       f"HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=UTF-8"
                       f"\r\n{hdrs}\r\n{json.dumps(obj)}\r\n")
        out.append(f"--{boundary}--\r\n")
        return 200, "".join(out).encode(), {}, f"multipart/mixed; boundary={boundary}"


def _q(query: dict[str, list[str]], name: str, default: str = "") -> str:
    return query.get(name, [default])[0]


def route(g: FakeGoogle, method: str, path: str, query: dict[str, list[str]],
          headers: dict[str, str], body: bytes) -> tuple[int, Any, dict[str, str]]:
    if path == "/o/oauth2/v2/auth" and g.signs_in_as:  # a browser: the user says yes at once
        auth_url = "http://fake/o/oauth2/v2/auth?" + urlencode(query, doseq=True)
        code, state = g.consent(auth_url, email=g.signs_in_as, name=g.signs_in_name)
        back = query["redirect_uri"][0] + "?" + urlencode({"code": code, "state": state})
        return 302, {}, {"Location": back}
    if path == "/token":
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        basic = {k.lower(): v for k, v in headers.items()}.get("authorization", "")
        if basic.startswith("Basic "):  # client_secret_basic, as Google also accepts
            cid, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            form.setdefault("client_id", unquote(cid))
            form.setdefault("client_secret", unquote(secret))
        return _token(g, form)
    if path == "/revoke":
        token = _q(query, "token") or parse_qs(body.decode()).get("token", [""])[0]
        g.calls["revoke"] += 1
        g.revoked.append(token)
        if token in g.refresh_tokens:
            g.refresh_tokens[token]["revoked"] = True
        return 200, {}, {}
    if path == "/_stats":  # the bench reads what the fake saw
        return 200, {"calls": dict(g.calls), "units_used": g.units_used,
                     "rate_limited": g.rate_limited}, {}
    if path == "/oauth2/v1/certs":
        g.calls["certs"] += 1
        return 200, g.certs(), {}
    auth = {k.lower(): v for k, v in headers.items()}.get("authorization", "")
    email = g.access_tokens.get(auth.removeprefix("Bearer ").strip())
    if email is None:
        return 401, _error(401, "Request had invalid authentication credentials.",
                           "authError", status="UNAUTHENTICATED"), {}
    for i, (endpoint, status, obj) in enumerate(g.fail_next):
        if endpoint in path:
            g.fail_next.pop(i)
            return status, obj, {}
    m = re.match(r"^/gmail/v1/users/me/(.*)$", path)
    if m:
        try:
            return _gmail(g, g.box(email), method, m.group(1), query)
        except _BadToken:
            return 400, _error(400, "Invalid pageToken", "invalidArgument"), {}
    if path == "/calendar/v3/channels/stop":
        g.calls["channels.stop"] += 1
        g.stopped_channels.append(json.loads(body or b"{}"))
        return 204, {}, {}
    m = re.match(r"^/calendar/v3/calendars/primary/events(/watch)?$", path)
    if m:
        if m.group(1):
            g.channels.append({"email": email, **json.loads(body or b"{}")})
        return _calendar(g, g.box(email), method, bool(m.group(1)), query)
    return 404, _error(404, "Not Found", "notFound"), {}


def _token(g: FakeGoogle, form: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
    g.calls["token"] += 1
    if g.token_failures > 0:
        g.token_failures -= 1
        return 503, {"error": "temporarily_unavailable"}, {}
    if form.get("client_id") != g.client_id or form.get("client_secret") != g.client_secret:
        return 401, {"error": "invalid_client", "error_description": "The OAuth client was not "
                                                                   "found."}, {}
    if form.get("grant_type") == "authorization_code":
        c = g.codes.pop(form.get("code", ""), None)
        if c is None or c["redirect_uri"] != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant", "error_description": "Malformed auth code."}, {}
        verifier = form.get("code_verifier", "")
        if c["challenge"] and _b64(hashlib.sha256(verifier.encode()).digest()) != c["challenge"]:
            return 400, {"error": "invalid_grant",
                         "error_description": "Invalid code verifier."}, {}
        access, refresh = "ya29." + secrets.token_urlsafe(24), "1//" + secrets.token_urlsafe(32)
        g.access_tokens[access] = c["email"]
        g.refresh_tokens[refresh] = {"email": c["email"], "scopes": c["scopes"]}
        extra = {"nonce": c["nonce"]} if c.get("nonce") else {}
        return 200, {"access_token": access, "expires_in": 3599, "refresh_token": refresh,
                     "scope": " ".join(c["scopes"]), "token_type": "Bearer",
                     "id_token": g.id_token(email=c["email"], aud=g.client_id, hd=c["hd"],
                                            name=c["name"], **extra)}, {}
    if form.get("grant_type") == "refresh_token":
        r = g.refresh_tokens.get(form.get("refresh_token", ""))
        if r is None or r.get("revoked"):
            return 400, {"error": "invalid_grant",
                         "error_description": "Token has been expired or revoked."}, {}
        access = "ya29." + secrets.token_urlsafe(24)
        g.access_tokens[access] = r["email"]
        return 200, {"access_token": access, "expires_in": 3599,
                     "scope": " ".join(r["scopes"]), "token_type": "Bearer"}, {}
    return 400, {"error": "unsupported_grant_type"}, {}


class _BadToken(Exception):  # noqa: N818
    pass


def _page(items: list[Any], token: str, size: int) -> tuple[list[Any], str | None]:
    if token and not token.isdigit():
        raise _BadToken(token)
    start = int(token or 0)
    end = start + size
    return items[start:end], (str(end) if end < len(items) else None)


def _gmail(g: FakeGoogle, b: Box, method: str, rest: str,
           query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
    name = ("messages.get" if rest.startswith("messages/") else
            {"messages": "messages.list", "history": "history.list", "profile": "getProfile",
             "watch": "watch", "stop": "stop"}.get(rest, rest))
    g.calls[name] += 1
    if not g._charge(b.email, g.costs.get(name, 1)):
        return rate_error(g.rate_error)
    with g.lock:
        if name == "getProfile":
            return 200, {"emailAddress": b.email, "messagesTotal": len(b.messages),
                         "threadsTotal": len(b.messages), "historyId": str(b.history_id)}, {}
        if name == "watch":
            exp = int((time.time() + g.watch_days * 86400) * 1000)
            g.watches.append({"email": b.email, "expiration": exp})
            return 200, {"historyId": str(b.history_id), "expiration": str(exp)}, {}
        if name == "stop":
            return 204, {}, {}
        if name == "messages.list":
            q = _q(query, "q")
            after = re.search(r"after:(\d+)", q)
            before = re.search(r"before:(\d+)", q)
            spam = _q(query, "includeSpamTrash") == "true"
            rows = sorted(b.messages.values(), key=lambda m: (-int(m["internalDate"]), m["id"]))
            rows = [m for m in rows
                    if (not after or int(m["internalDate"]) // 1000 > int(after.group(1)))
                    and (not before or int(m["internalDate"]) // 1000 < int(before.group(1)))
                    and (spam or not {"SPAM", "TRASH"} & set(m["labelIds"]))]
            page, nxt = _page(rows, _q(query, "pageToken"), min(500, int(_q(query, "maxResults",
                                                                            "100"))))
            out: dict[str, Any] = {"resultSizeEstimate": len(rows)}
            if page:
                out["messages"] = [{"id": m["id"], "threadId": m["threadId"]} for m in page]
            if nxt:
                out["nextPageToken"] = nxt
            return 200, out, {}
        if name == "messages.get":
            msg = b.messages.get(rest.split("/", 1)[1])
            if msg is None:
                return 404, _error(404, "Requested entity was not found.", "notFound"), {}
            fmt = _q(query, "format", "full")
            out = copy.deepcopy(msg)
            if fmt == "metadata":
                wanted = {h.lower() for h in query.get("metadataHeaders", [])}
                out["payload"] = {"mimeType": msg["payload"]["mimeType"],
                                  "headers": [h for h in msg["payload"]["headers"]
                                              if not wanted or h["name"].lower() in wanted]}
            elif fmt == "minimal":
                out.pop("payload", None)
            return 200, out, {}
        if name == "history.list":
            start = int(_q(query, "startHistoryId", "0"))
            if start < b.min_history_id:
                return 404, _error(404, "Requested entity was not found.", "notFound"), {}
            rows = [h for h in b.history if int(h["id"]) > start]
            page, nxt = _page(rows, _q(query, "pageToken"), int(_q(query, "maxResults", "100")))
            out = {"historyId": str(b.history_id)}
            if page:
                out["history"] = page
            if nxt:
                out["nextPageToken"] = nxt
            return 200, out, {}
    return 404, _error(404, "Not Found", "notFound"), {}


def _calendar(g: FakeGoogle, b: Box, method: str, watch: bool,
              query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
    if watch:
        g.calls["events.watch"] += 1
        return 200, {"kind": "api#channel", "resourceId": "res-" + secrets.token_hex(4),
                     "expiration": str(int((time.time() + g.watch_days * 86400) * 1000))}, {}
    g.calls["events.list"] += 1
    token = _q(query, "syncToken")
    if token and any(k in query for k in ("timeMin", "timeMax", "orderBy", "q")):
        return 400, _error(400, "Sync token cannot be used with other parameters.",
                           "invalid"), {}
    with g.lock:
        since = 0
        if token:
            since = int(token.removeprefix("sync-"))
            if since < b.min_sync_seq:
                return 410, _error(410, "Sync token is no longer valid, a full sync is "
                                        "required.", "fullSyncRequired"), {}
        rows = sorted((e for e in b.events.values() if b.event_seq[e["id"]] > since),
                      key=lambda e: (b.event_seq[e["id"]], e["id"]))
        if not token:
            rows = [e for e in rows if e.get("status") != "cancelled" or "originalStartTime" in e]
            tmin = _q(query, "timeMin")
            if tmin:
                lo = dt.datetime.fromisoformat(tmin.replace("Z", "+00:00"))
                rows = [e for e in rows if (_start(e) or lo) >= lo]
        page, nxt = _page(rows, _q(query, "pageToken"), int(_q(query, "maxResults", "250")))
        out = {k: v for k, v in load("gcal_events_list_single_events.json").items()
               if k not in ("items", "nextPageToken")}
        out["items"] = page
        if nxt:
            out["nextPageToken"] = nxt
        else:
            out["nextSyncToken"] = f"sync-{b.cal_seq}"
        return 200, out, {}


def _start(e: dict[str, Any]) -> dt.datetime | None:
    s = e.get("start") or e.get("originalStartTime") or {}
    if s.get("dateTime"):
        return dt.datetime.fromisoformat(s["dateTime"].replace("Z", "+00:00"))
    if s.get("date"):
        return dt.datetime.fromisoformat(s["date"]).replace(tzinfo=dt.UTC)
    return None


def auth_url_params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


__all__ = ["ALL_SCOPES", "CALENDAR_SCOPE", "GMAIL_SCOPE", "FakeGoogle", "auth_url_params"]
