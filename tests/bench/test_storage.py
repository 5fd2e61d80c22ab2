"""`bench.storage` at a tiny size: its figures come from the rows and keys a real sync wrote
(real PostgreSQL and Redis, the fake Google server), so they grow with the messages."""

from __future__ import annotations

from typing import Any


async def test_figures_grow_with_the_messages() -> None:
    from unspoken.bench.storage import run

    small = await run(mailboxes=1, messages=40, compact=False)
    large = await run(mailboxes=2, messages=400, compact=True)
    assert small.messages == 40 and large.messages == 400  # every message synced and counted
    assert small.mailboxes == 1 and large.mailboxes == 2
    for r in (small, large):
        assert r.tables["mailboxes"].rows == 1 and r.tables["users"].rows == 1
        assert r.tables["account_keys"].rows > 0 and r.tables["contact_assessments"].rows > 0
        assert r.pg_bytes == sum(t.bytes for t in r.tables.values())
        # the warmed badge cache: one key per contact the user has
        assert r.redis_families["badge:*:*"][0] == r.tables["contact_assessments"].rows
        assert r.redis_bytes > 0
    # the records grow with the messages, rows and folded chunks together (the small tables
    # move by whole pages with the rescoring's rewrites, so the totals of tiny mailboxes are
    # not compared); a year of mail: its settled months are folded
    def records(r: Any) -> float:
        return sum(r.tables[t].bytes for t in ("message_features", "message_chunks"))

    assert records(large) > records(small)
    assert large.tables["message_chunks"].rows > small.tables["message_chunks"].rows > 0
    assert 0 < large.pg_compact_bytes <= large.pg_bytes and small.pg_compact_bytes == 0
    assert large.to_json()["meets"] == large.meets()


def test_key_families_hide_ids() -> None:
    from unspoken.bench.storage import family

    p = "unspoken-x:"
    assert family(p + "badge:" + "ab" * 16 + ":dana@acme.com", p) == "badge:*:*"
    assert family(p + "arq:job:" + p + "sync.mailbox:" + "cd" * 16, p) == \
        "arq:job:unspoken-x:sync.mailbox:*"
    assert family(p + "google:quota:sam@x.com", p) == "google:quota:*"
