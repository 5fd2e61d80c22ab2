"""The one Settings of the service: every value comes from UNSPOKEN_* or a safe embedded default.

Nothing else in the package reads the environment. With nothing set, `serve` runs on SQLite in
`data_dir` with an in-process queue and a key generated once into `data_dir/secret.key`. That
local key is for the embedded default only: once PostgreSQL or Redis is configured (a
deployment), the processes may run on several hosts or in throwaway containers, where a key
made by one of them would be unreadable by the others and lost with its filesystem, so
`UNSPOKEN_ENCRYPTION_KEYS` is then required and nothing starts without it.
"""

from __future__ import annotations

import base64
import os
import secrets
import tempfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class KeyRingError(ValueError):
    """UNSPOKEN_ENCRYPTION_KEYS missing where it is required, or malformed (one-line message,
    never the key material)."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="UNSPOKEN_", env_file=None, extra="ignore")

    data_dir: Path = Path(".unspoken")  # SQLite file, local key, uploads (embedded default)
    database_url: str = ""  # postgresql+asyncpg://…; empty: SQLite file in data_dir
    redis_url: str = ""  # empty: in-process queue, memory cache and rate limits (demo only)
    redis_prefix: str = "unspoken:"  # every Redis key the app writes starts with it
    # "kid:base64key,kid2:base64key"; the first is used to encrypt, all decrypt (rotation).
    encryption_keys: str = ""
    token_ttl_days: int = Field(default=90, ge=1)  # lifetime of an API (extension) token
    # Extension ids allowed to sign in (their chromiumapp.org redirect); empty: any extension.
    extension_ids: list[str] = Field(default_factory=list)
    session_ttl_hours: int = Field(default=12, ge=1)  # lifetime of a console session
    cookie_secure: bool = False  # true behind HTTPS: console cookies sent over HTTPS only
    rate_limit_per_minute: int = Field(default=1200, ge=1)  # API requests per token
    user_rate_limit_per_minute: int = Field(default=2400, ge=1)  # over all of a user's tokens
    badge_cache_seconds: int = Field(default=3600, ge=1)  # badge answers cached server-side
    as_of: datetime | None = None  # freeze "now" for the engine (demo, tests, replays)
    calendar_ahead_days: int = 120  # meetings read beyond now (upcoming reviews)
    sync_page_size: int = Field(default=200, ge=1)  # records stored per transaction
    upload_max_bytes: int = 200 * 1024 * 1024  # largest export accepted by an upload
    body_max_bytes: int = Field(default=1 << 20, ge=1024)  # JSON APIs, forms and webhooks
    log_level: str = "INFO"  # DEBUG, INFO, WARNING, ERROR
    log_json: bool = True  # one JSON object per log line (false: plain text)
    sample_dir: Path = Path(__file__).parent / "sample"  # what `unspoken demo` imports
    test_mode: bool = False  # no sleeps in retries
    sync_poll_minutes: float = Field(default=5.0, gt=0)  # google/microsoft: a sync this often
    job_timeout_seconds: int = Field(default=900, ge=1)  # one run of a job at most
    # A running job renews its lease every third of this; a dead worker's job is taken over
    # by another worker once its lease lapses (worker.lease).
    job_lease_seconds: float = Field(default=60.0, gt=0)
    worker_max_jobs: int = Field(default=4, ge=1)  # jobs one worker process runs at once
    # A sync gives its worker back after this long and goes on from its cursor behind the
    # queued incremental syncs, so one huge backfill never holds a worker (worker.tasks).
    sync_slice_seconds: float = Field(default=20.0, gt=0)
    # Jobs of the lower bands (first syncs, backfill slices, weekly replays, retries) waiting
    # over 5 minutes moved ahead of the incremental syncs per minute, oldest first: under
    # overload nothing starves, and the incremental syncs lose at most this many (worker.queue).
    queue_aged_per_minute: int = Field(default=60, ge=1)
    periodic_seconds: int = Field(default=60, ge=1, le=60)  # the every-minute jobs' period
    auto_migrate: bool = True  # `serve` applies migrations at start (off with an init job)
    # Rewritten by a running worker every 5 s; `unspoken worker --check` reads it (liveness).
    worker_heartbeat_file: Path = Path(tempfile.gettempdir()) / "unspoken-worker.heartbeat"
    worker_heartbeat_stale_seconds: float = Field(default=120.0, gt=0)  # --check fails after
    embedded_cron_seconds: float = Field(default=60.0, gt=0)  # no Redis: minute jobs' period
    # Links in digests and alerts point here (the console), and unsubscribe links too.
    public_url: str = "http://127.0.0.1:8000"
    # Digest and alert mail: smtp://user:pass@host:587 (STARTTLS; `?starttls=off` for a local
    # relay) or smtps://user:pass@host:465 (TLS). Empty: no mail; the console previews digests.
    smtp_url: str = ""
    smtp_from: str = ""  # "Unspoken <unspoken@yourco.com>"; empty: unspoken@<the SMTP host>
    smtp_timeout_seconds: float = Field(default=30.0, gt=0)  # per SMTP connection
    # Alert webhooks may reach loopback/private addresses and plain http (tests, a lab).
    webhook_allow_private: bool = False
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)  # per alert webhook call
    # Google connector (providers/google). Endpoints default to Google's own, so a deployment
    # or a conformance test points the whole connector elsewhere without code changes.
    google_client_id: str = ""  # OAuth client (web application) of the Google project
    google_client_secret: str = ""  # its secret
    google_redirect_uri: str = "http://127.0.0.1:8000/auth/google/callback"  # exact match
    google_api_root: str = "https://www.googleapis.com"  # Gmail, Calendar and batch paths
    google_auth_uri: str = "https://accounts.google.com/o/oauth2/v2/auth"  # consent page
    google_token_uri: str = "https://oauth2.googleapis.com/token"  # code and refresh
    google_revoke_uri: str = "https://oauth2.googleapis.com/revoke"  # on disconnect
    google_certs_uri: str = "https://www.googleapis.com/oauth2/v1/certs"  # ID tokens, Pub/Sub
    google_issuer: str = "https://accounts.google.com"  # expected `iss` of ID tokens
    google_pubsub_topic: str = ""  # projects/P/topics/T; empty: no push, poll instead
    google_pubsub_audience: str = ""  # the push subscription's OIDC audience
    google_pubsub_service_account: str = ""  # the push subscription's service account email
    google_quota_units: int = Field(default=15_000, ge=1)  # per user per window (6,000: new)
    google_quota_window_seconds: float = Field(default=60.0, gt=0)  # of the quota above
    google_get_units: int = Field(default=5, ge=1)  # messages.get (20 on new projects)
    google_batch_size: int = Field(default=20, ge=1, le=25)  # >25 draws concurrency 429s
    google_backfill_days: int = Field(default=365, ge=1)  # a mailbox's source may lower it
    google_calendar_webhook_url: str = ""  # public https URL of /webhooks/google/calendar
    # Microsoft connector (providers/microsoft); Microsoft's endpoints by default (national
    # clouds and conformance tests point elsewhere). Credential: certificate in production.
    microsoft_client_id: str = ""  # application (client) id of the app registration
    microsoft_client_secret: str = ""  # development; prefer the certificate below
    microsoft_client_cert_path: Path | None = None  # PEM private key (+ certificate)
    microsoft_client_cert_thumbprint: str = ""  # SHA-1 hex of the uploaded certificate
    microsoft_authority: str = "https://login.microsoftonline.com/common"  # or a tenant
    microsoft_graph_root: str = "https://graph.microsoft.com/v1.0"  # national clouds differ
    microsoft_redirect_uri: str = "http://127.0.0.1:8000/auth/microsoft/callback"  # exact
    microsoft_webhook_url: str = ""  # public https URL of /webhooks/microsoft; empty: poll only
    microsoft_max_concurrent: int = Field(default=4, ge=1)  # Graph's per-mailbox limit
    microsoft_concurrency_per_app: bool = False  # count it across mailboxes (current docs)
    microsoft_request_budget: int = Field(default=10_000, ge=1)  # per mailbox per window
    microsoft_budget_window_seconds: float = Field(default=600.0, gt=0)  # of the budget
    microsoft_backfill_days: int = Field(default=365, ge=1)  # a mailbox's source may lower it
    microsoft_calendar_behind_days: int = Field(default=365, ge=1)  # calendarView start
    microsoft_page_size: int = Field(default=100, ge=1, le=1000)  # Prefer: odata.maxpagesize

    @field_validator("periodic_seconds")
    @classmethod
    def _divides_a_minute(cls, v: int) -> int:
        if 60 % v:
            raise ValueError("periodic_seconds must divide 60")
        return v

    @field_validator("redis_prefix")
    @classmethod
    def _prefix_ends_with_colon(cls, v: str) -> str:
        return v if v.endswith(":") else v + ":"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'unspoken.db').resolve()}"

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def is_deployment(self) -> bool:
        """PostgreSQL or Redis configured: not the single-process embedded default."""
        return bool(self.redis_url) or not self.effective_database_url.startswith("sqlite")

    def key_ring(self) -> dict[str, bytes]:
        """Key id -> 256-bit key; the first entry encrypts. Raises KeyRingError."""
        if not self.encryption_keys.strip() and self.is_deployment:
            raise KeyRingError(
                "UNSPOKEN_ENCRYPTION_KEYS is required when UNSPOKEN_DATABASE_URL (PostgreSQL) or "
                "UNSPOKEN_REDIS_URL is set — make one with `unspoken keys new` and give every "
                "process the same value")
        spec = self.encryption_keys or _local_key(self.data_dir)
        ring: dict[str, bytes] = {}
        for n, part in enumerate(spec.split(","), 1):
            kid, _, b64 = part.strip().partition(":")
            try:
                key = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4))
            except ValueError:
                key = b""
            if not kid or "." in kid or len(key) != 32 or kid in ring:
                raise KeyRingError(f"UNSPOKEN_ENCRYPTION_KEYS: entry {n} is not kid:base64url("
                                   "32 bytes) with a new kid (no '.'); e.g. `unspoken keys new`")
            ring[kid] = key
        return ring


def _local_key(data_dir: Path) -> str:
    """A development key made once per data_dir (never used when keys are configured)."""
    path = data_dir / "secret.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        key = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(f"local1:{key}")
    return path.read_text().strip()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
