"""The one Settings of the service: every value comes from UNSPOKEN_* or a safe embedded default.

Nothing else in the package reads the environment. With nothing set, `serve` runs on SQLite in
`data_dir` with an in-process queue and a key generated once into `data_dir/secret.key`.
"""

from __future__ import annotations

import base64
import os
import secrets
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="UNSPOKEN_", env_file=None, extra="ignore")

    data_dir: Path = Path(".unspoken")
    database_url: str = ""  # empty: SQLite file in data_dir
    redis_url: str = ""  # empty: in-process queue, memory cache and rate limits (demo only)
    redis_prefix: str = "unspoken:"  # every Redis key the app writes starts with it
    # "kid:base64key,kid2:base64key"; the first is used to encrypt, all decrypt (rotation).
    encryption_keys: str = ""
    token_ttl_days: int = Field(default=90, ge=1)
    session_ttl_hours: int = Field(default=12, ge=1)
    cookie_secure: bool = False  # True behind HTTPS
    rate_limit_per_minute: int = Field(default=1200, ge=1)
    badge_cache_seconds: int = Field(default=3600, ge=1)
    as_of: datetime | None = None  # freeze "now" for the engine (demo, tests, replays)
    calendar_ahead_days: int = 120  # meetings read beyond now (upcoming reviews)
    sync_page_size: int = Field(default=200, ge=1)
    upload_max_bytes: int = 200 * 1024 * 1024
    log_level: str = "INFO"
    log_json: bool = True
    sample_dir: Path = Path(__file__).parent / "sample"
    test_mode: bool = False  # no sleeps in retries
    job_timeout_seconds: int = Field(default=900, ge=1)  # arq re-runs a job dead this long
    auto_migrate: bool = True  # `serve` applies migrations at start (off with an init job)

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

    def key_ring(self) -> dict[str, bytes]:
        """Key id -> 256-bit key; the first entry encrypts."""
        spec = self.encryption_keys or _local_key(self.data_dir)
        ring: dict[str, bytes] = {}
        for part in spec.split(","):
            kid, _, b64 = part.strip().partition(":")
            key = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4))
            if not kid or len(key) != 32:
                raise ValueError("UNSPOKEN_ENCRYPTION_KEYS: expected kid:base64(32 bytes),...")
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
