"""`unspoken migrate | keys new | keys rotate`, and the rule that a deployment (PostgreSQL or
Redis configured) never starts without its encryption keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.service_support import REDIS_URL, TEST_KEYS, make_user, pg_url_of
from unspoken.config import KeyRingError, Settings
from unspoken.runtime import Runtime, _NoQueue
from unspoken.store.crypto import SecretBox
from unspoken.store.db import transaction
from unspoken.store.migrate import head, upgrade_async
from unspoken.store.models import Mailbox
from unspoken.store.repositories import mailboxes as mailboxes_repo


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("UNSPOKEN_")}
    return subprocess.run([sys.executable, "-m", "unspoken.cli", *args], env={**base, **env},
                          capture_output=True, text=True, timeout=120)


class TestKeyRule:
    def test_embedded_default_makes_its_own_key_once(self, tmp_path: Path) -> None:
        s = Settings(data_dir=tmp_path)
        ring = s.key_ring()
        assert list(ring) == ["local1"] and Settings(data_dir=tmp_path).key_ring() == ring
        assert (tmp_path / "secret.key").stat().st_mode & 0o077 == 0

    @pytest.mark.parametrize("env", [
        {"database_url": "postgresql+asyncpg://u@db/unspoken"},
        {"redis_url": "redis://127.0.0.1:6379/0"},
    ])
    def test_a_deployment_without_keys_refuses_and_writes_no_key(
            self, tmp_path: Path, env: dict[str, str]) -> None:
        with pytest.raises(KeyRingError, match="UNSPOKEN_ENCRYPTION_KEYS is required"):
            Settings(data_dir=tmp_path, **env).key_ring()
        assert not (tmp_path / "secret.key").exists()

    @pytest.mark.parametrize("spec", ["k1", "k1:short", "k.1:" + "A" * 43,
                                      TEST_KEYS + "," + TEST_KEYS, ":" + "A" * 43])
    def test_a_malformed_ring_is_one_line_without_the_key(self, spec: str) -> None:
        with pytest.raises(KeyRingError) as exc:
            Settings(encryption_keys=spec).key_ring()
        assert "\n" not in str(exc.value) and "A" * 10 not in str(exc.value)

    def test_worker_and_serve_refuse_to_start_without_keys(self, tmp_path: Path) -> None:
        for cmd in ("worker", "serve"):
            r = _run(cmd, UNSPOKEN_REDIS_URL=REDIS_URL, UNSPOKEN_DATA_DIR=str(tmp_path))
            assert r.returncode == 2, r.stderr
            assert r.stderr.count("\n") == 1 and "UNSPOKEN_ENCRYPTION_KEYS is required" in r.stderr
        assert not (tmp_path / "secret.key").exists()

    def test_keys_new_prints_a_usable_ring_entry(self) -> None:
        r = _run("keys", "new", "--kid", "2026-11")
        assert r.returncode == 0, r.stderr
        entry = r.stdout.strip()
        assert entry.startswith("2026-11:")
        assert len(Settings(encryption_keys=entry).key_ring()["2026-11"]) == 32
        assert _run("keys", "new").stdout != _run("keys", "new").stdout


class TestMigrateCommand:
    def test_migrate_is_one_line_naming_the_revision(self, tmp_path: Path) -> None:
        r = _run("migrate", UNSPOKEN_DATA_DIR=str(tmp_path))
        assert r.returncode == 0, r.stderr
        assert r.stdout == f"database at revision {head()}\n"
        assert _run("migrate", UNSPOKEN_DATA_DIR=str(tmp_path)).stdout == r.stdout


class TestKeysRotate:
    async def test_rotate_reseals_every_secret_under_the_new_key(self, fresh_pg: str,
                                                                 tmp_path: Path) -> None:
        settings = Settings(database_url=pg_url_of(fresh_pg), encryption_keys=TEST_KEYS,
                            data_dir=tmp_path)
        await upgrade_async(settings.database_url)
        rt = await Runtime.start(settings, queue=_NoQueue())
        try:
            await self._rotate(rt, settings, tmp_path)
        finally:
            await rt.close()

    async def _rotate(self, rt: Runtime, settings: Settings, tmp_path: Path) -> None:
        new = _run("keys", "new", "--kid", "new").stdout.strip()
        old_box = rt.box
        user = await make_user(rt)
        ids = []
        async with transaction(rt.sessions) as s:
            for n in range(3):
                mb = await mailboxes_repo.add(s, user_id=user.id, provider="google",
                                              address=f"{n}-{user.email}", label=str(n))
                mb.credentials = old_box.seal(f"secret {n}".encode(), mailbox_id=mb.id)
                ids.append(mb.id)
        env = {"UNSPOKEN_DATABASE_URL": settings.database_url,
               "UNSPOKEN_ENCRYPTION_KEYS": f"{new},{settings.encryption_keys}",
               "UNSPOKEN_DATA_DIR": str(tmp_path)}
        r = _run("keys", "rotate", **env)
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith("re-encrypted 3 mailbox secrets; 0 unreadable")
        only_new = SecretBox(Settings(encryption_keys=new).key_ring())
        async with rt.sessions() as s:
            for n, mailbox_id in enumerate(ids):
                mb = await s.get(Mailbox, mailbox_id)
                assert mb is not None and mb.credentials.startswith("new.")
                assert only_new.open(mb.credentials, mailbox_id=mailbox_id) == \
                    f"secret {n}".encode()
        again = _run("keys", "rotate", **env)  # nothing left under the old key
        assert again.stdout.startswith("re-encrypted 0 mailbox secrets")
