"""`unspoken serve | worker | users create`: a missing service is one line saying how to get it."""

from __future__ import annotations

import os
import subprocess
import sys


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    return subprocess.run([sys.executable, "-m", "unspoken.cli", *args], env={**base, **env},
                          capture_output=True, text=True, timeout=60)


class TestMissingServices:
    def test_unreachable_postgres_is_one_line(self, tmp_path):
        r = _run("serve", UNSPOKEN_DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:9/x",
                 UNSPOKEN_DATA_DIR=str(tmp_path))
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and "PostgreSQL is not reachable" in r.stderr

    def test_worker_without_redis_says_how_to_get_it(self, tmp_path):
        r = _run("worker", UNSPOKEN_DATA_DIR=str(tmp_path))
        assert r.returncode == 2 and r.stderr.count("\n") == 1
        assert "UNSPOKEN_REDIS_URL" in r.stderr

    def test_users_create_prints_a_token_once_and_refuses_duplicates(self, tmp_path):
        env = {"UNSPOKEN_DATA_DIR": str(tmp_path)}
        r = _run("users", "create", "--email", "ana@acme.test", "--admin", **env)
        assert r.returncode == 0, r.stderr
        token = r.stdout.split("token ")[1].strip()
        assert token.startswith("usk_") and len(token) >= 47  # 256 random bits
        again = _run("users", "create", "--email", "ANA@acme.test", **env)
        assert again.returncode == 2 and "already exists" in again.stderr
        assert token not in (tmp_path / "unspoken.db").read_bytes().decode("latin-1")
