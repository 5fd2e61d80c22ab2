"""Every UNSPOKEN_* setting as a Markdown table, generated from `Settings` (the deployment
guide's settings page; a test fails when the committed page differs from this output).

Descriptions come from the comments beside each field in config.py (the same line, or the
comment block just above), so a new setting is documented where it is declared.
`python -m unspoken.settings_doc > docs/src/reference/settings.md` regenerates the page.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path
from typing import Any

from unspoken import config
from unspoken.config import Settings

_FIELD = re.compile(r"^\s{4}(\w+)\s*:")
# Fields declared without a comment in config.py (a new field should carry its own comment).
_MORE = {
    "data_dir": "SQLite file, uploads in flight, the embedded default's key",
    "token_ttl_days": "lifetime of an API token made at sign-in",
    "session_ttl_hours": "lifetime of a console session",
    "rate_limit_per_minute": "requests per token per minute",
    "badge_cache_seconds": "how long a computed badge is served from Redis",
    "sync_page_size": "messages per provider page stored in one transaction",
    "upload_max_bytes": "largest accepted export upload",
    "log_level": "DEBUG, INFO, WARNING or ERROR",
    "log_json": "JSON lines (allow-listed fields, secrets masked) or plain text",
    "sample_dir": "the bundled sample export of `make demo`",
    "worker_heartbeat_stale_seconds": "older than this, `unspoken worker --check` fails",
    "smtp_timeout_seconds": "per SMTP operation",
    "webhook_timeout_seconds": "per alert webhook delivery",
    "google_client_secret": "the OAuth client's secret",
    "google_auth_uri": "Google's authorization endpoint",
    "google_token_uri": "Google's token endpoint",
    "google_revoke_uri": "Google's revocation endpoint",
    "google_issuer": "expected `iss` of Google ID tokens",
    "google_quota_window_seconds": "the window of google_quota_units",
    "microsoft_graph_root": "Microsoft Graph's base URL (national clouds differ)",
    "microsoft_redirect_uri": "exact redirect URI registered in Entra",
    "microsoft_budget_window_seconds": "the window of microsoft_request_budget",
    "microsoft_calendar_behind_days": "calendar history read on a backfill",
}
SECRET = {"database_url", "redis_url", "encryption_keys", "google_client_secret",
          "microsoft_client_secret", "smtp_url"}  # give these through a Secret, never values


def _comments() -> dict[str, str]:
    """Field name -> its comment (same line, else the block of comment lines above it)."""
    source = Path(config.__file__).read_text()
    lines = source.splitlines()
    trailing: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            trailing[tok.start[0]] = tok.string.lstrip("# ").strip()
    out: dict[str, str] = {}
    block: list[str] = []
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("# ").strip())
            continue
        m = _FIELD.match(line)
        if m and m.group(1) in Settings.model_fields:
            text = trailing.get(n) if not stripped.startswith("#") and n in trailing else None
            out[m.group(1)] = text or " ".join(block)
        if not stripped.startswith("#"):
            block = [] if stripped else block
    return out


def _default(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Path):
        return f"`{value}`" if not value.is_absolute() else "(package or temp dir)"
    return f"`{value}`"


def rows() -> list[tuple[str, str, str, str]]:
    """(environment variable, type, default, description), in declaration order."""
    notes = _comments()
    out = []
    for name, field in Settings.model_fields.items():
        kind = getattr(field.annotation, "__name__", None) or str(field.annotation)
        kind = (kind.replace("typing.", "").replace("pathlib.", "").replace("datetime.", "")
                .replace(" | ", " or "))
        default = field.default_factory() if field.default_factory else field.default  # type: ignore[call-arg]
        note = notes.get(name) or _MORE.get(name, "")
        if name in SECRET:
            note = (note + " " if note else "") + "**Secret.**"
        out.append((f"UNSPOKEN_{name.upper()}", kind, _default(default), note))
    return out


def markdown() -> str:
    head = ("# Settings\n\nEvery setting is an environment variable (`UNSPOKEN_` + the name in "
            "capitals); nothing else configures the service. Lists are JSON "
            "(`UNSPOKEN_EXTENSION_IDS='[\"id\"]'`). Generated from `Settings` by "
            "`python -m unspoken.settings_doc`; do not edit by hand.\n\n"
            "| Variable | Type | Default | What it does |\n|---|---|---|---|\n")
    body = "".join(f"| `{v}` | {t} | {d} | {n.replace('|', '/')} |\n" for v, t, d, n in rows())
    return head + body


if __name__ == "__main__":
    print(markdown(), end="")
