"""Rules for infra/compose.yaml beyond the Compose schema (`make infra-check`): what the issue
found missing must stay there — restart policies, limits, secrets that fail fast, one
migration step before the app, Redis bounded and persistent, TLS in front, a backup."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "infra" / "compose.yaml"
SECRETS = ("POSTGRES_PASSWORD", "REDIS_PASSWORD", "UNSPOKEN_ENCRYPTION_KEYS")


def main() -> int:
    text = COMPOSE.read_text()
    spec = yaml.safe_load(text)
    services = spec["services"]
    problems = []
    for name, svc in services.items():
        if name != "migrate" and svc.get("restart") not in ("unless-stopped", "always"):
            problems.append(f"{name}: no restart policy")
        if not svc.get("deploy", {}).get("resources", {}).get("limits", {}).get("memory"):
            problems.append(f"{name}: no memory limit")
        if name in ("api", "worker", "scheduler"):
            env = svc.get("environment", {})
            if env.get("UNSPOKEN_AUTO_MIGRATE") != "false":
                problems.append(f"{name}: only the migrate service migrates")
            cond = svc.get("depends_on", {}).get("migrate", {}).get("condition")
            if cond != "service_completed_successfully":
                problems.append(f"{name}: must wait for migrate to complete successfully")
            if env.get("UNSPOKEN_COOKIE_SECURE") != "true":
                problems.append(f"{name}: cookies are Secure behind HTTPS")
            check = svc.get("healthcheck", {}).get("test", [])
            if name != "api" and "--check" not in check:
                problems.append(f"{name}: a worker's health is its heartbeat (worker --check)")
    for var in SECRETS:
        if re.search(r"\$\{" + var + r":-", text):
            problems.append(f"{var} has a default: a missing secret must stop compose")
        if not re.search(r"\$\{" + var + r":\?", text):
            problems.append(f"{var} is not required (${{{var}:?…}})")
    redis = " ".join(services["redis"]["command"])
    for flag in ("--requirepass", "--maxmemory ", "--maxmemory-policy noeviction",
                 "--appendonly yes"):
        if flag not in redis:
            problems.append(f"redis: {flag.strip()} missing")
    if "caddy" not in services or "443:443" not in services["caddy"].get("ports", []):
        problems.append("no TLS front (caddy on 443)")
    if "pg_dump" not in (ROOT / "infra" / "backup.sh").read_text() or "backup" not in services:
        problems.append("no nightly pg_dump backup service")
    for name, svc in services.items():
        image = svc.get("image", "")
        if name not in ("api", "worker", "scheduler", "migrate") and "@sha256:" not in image:
            problems.append(f"{name}: image {image!r} not pinned by digest")
    for p in problems:
        print(f"FAIL compose: {p}", file=sys.stderr)
    print(f"compose: {len(services)} services checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
