"""SQLite: after DELETE /v1/me the erased strings are in none of the database's files (the
`-wal` kept them until a checkpoint; free pages kept them without secure_delete)."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from tests.security.figures import FIGURES
from tests.service_support import make_user


def _files_holding(db: Path, needle: bytes) -> list[str]:
    return [p.name for p in sorted(db.parent.glob(db.name + "*"))
            if p.is_file() and needle in p.read_bytes()]


def _mbox(me: str, marker: str, n: int = 40) -> bytes:
    out = []
    for i in range(n):
        out.append(f"From x@y Thu Oct  1 10:00:00 2026\nFrom: Dana Reyes <dana@{marker}.test>\n"
                   f"To: {me}\nSubject: Renewal {marker} part {i}\n"
                   f"Date: Thu, {1 + i % 28} Oct 2026 10:00:00 +0000\n"
                   f"Message-ID: <m{i}@{marker}.test>\n\nHello there, thanks!\n\n")
    return "".join(out).encode()


class TestErasureLeavesNoBytes:
    async def test_erased_strings_are_gone_from_the_db_and_its_wal(self, rt, client, db_url):
        if not db_url.startswith("sqlite"):
            pytest.skip("SQLite files only (PostgreSQL: dead tuples go with autovacuum)")
        db = Path(db_url.split(":///", 1)[1])
        user = await make_user(rt)
        marker = f"zq{secrets.token_hex(6)}"
        r = await client.post("/v1/imports", headers=user.auth,
                              files=[("files", ("mail.mbox", _mbox(user.email, marker),
                                                "application/mbox"))])
        assert r.status_code == 202, r.text
        await rt.queue.drain()
        assert _files_holding(db, marker.encode()), "the import stored nothing to erase"
        assert (await client.delete("/v1/me", headers=user.auth)).status_code == 204
        FIGURES.fault("erasure bytes grep")
        FIGURES.rows(40)
        assert _files_holding(db, marker.encode()) == []
        assert _files_holding(db, user.email.encode()) == []
