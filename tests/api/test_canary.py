"""Plant a canary token and canary body text; prove neither reaches the database, Redis, the
logs or any response."""

from __future__ import annotations

import io
import logging
import secrets

from sqlalchemy import select

from tests.service_support import add_fake_mailbox, make_user, run_task
from unspoken.observability import JsonFormatter
from unspoken.providers.fake import FakeProvider
from unspoken.store.models import Base, Mailbox


async def _database_text(rt) -> str:
    out = []
    async with rt.sessions() as s:
        for table in Base.metadata.sorted_tables:
            for row in (await s.execute(select(table))).all():
                out.append(repr(tuple(row)))
    return "\n".join(out)


async def _redis_text(rt) -> str:
    r = rt.kv.redis
    out = []
    async for key in r.scan_iter(match="*", count=1000):
        out.append(repr(key))
        kind = (await r.type(key)).decode()
        if kind == "string":
            out.append(repr(await r.get(key)))
        elif kind == "zset":
            out.append(repr(await r.zrange(key, 0, -1)))
        elif kind == "hash":
            out.append(repr(await r.hgetall(key)))
    return "\n".join(out)


class TestCanary:
    async def test_canary_token_and_body_never_leak(self, rt, client):
        body_canary = f"CANARYBODY{secrets.token_hex(8)}"
        grant_canary = f"CANARYGRANT{secrets.token_hex(8)}"
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.setFormatter(JsonFormatter())
        handler.addFilter(lambda r: not r.name.startswith("httpx"))  # the test's own client
        root = logging.getLogger()
        old_level = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        try:
            user = await make_user(rt)
            # the body canary sits in every message, once in a plain sentence and once in a
            # feature question the engine would quote as evidence if quotes were allowed
            await client.put("/v1/admin/policy", headers=user.auth, json={})  # member: 403
            box = await add_fake_mailbox(rt, user, messages=240)
            FakeProvider.plant(
                box, f"{body_canary} is our codename. Can it integrate with {body_canary}?")
            async with rt.sessions() as s:
                mb = await s.get(Mailbox, box)
                mb.credentials = rt.box.seal(grant_canary.encode(), mailbox_id=box)
                await s.commit()
            await _quotes_off(rt, user)
            await run_task(rt, "sync.mailbox", box)
            responses = []
            for method, url, body in [
                ("GET", "/v1/me", None), ("GET", "/v1/accounts", None),
                ("POST", "/v1/badges", {"emails": ["dana.reyes@acme-logistics.com"]}),
                ("GET", "/v1/contacts/dana.reyes@acme-logistics.com", None),
                ("GET", f"/v1/mailboxes/{box}?code={grant_canary}", None),
            ]:
                r = await client.request(method, url, headers=user.auth, json=body)
                responses.append(r.text + repr(r.headers))
            bad = await client.get("/v1/me",
                                   headers={"Authorization": f"Bearer usk_{grant_canary}"})
            responses.append(bad.text)
            r = await client.post("/v1/feedback", headers=user.auth,  # input echoed? no
                                  json={"email": [body_canary], "kind": "snooze"})
            responses.append(r.text)
            assert r.status_code == 422
        finally:
            root.removeHandler(handler)
            root.setLevel(old_level)
        logs = stream.getvalue()
        db = await _database_text(rt)
        redis = await _redis_text(rt)
        assert "acme-logistics.com" in db and logs  # the test did look at real data
        for canary in (body_canary, grant_canary, user.token):
            for where, text in (("database", db), ("redis", redis), ("logs", logs),
                                ("responses", "\n".join(responses))):
                assert canary not in text and canary.lower() not in text, (canary, where)


async def _quotes_off(rt, user):
    from unspoken.services.admin import put_policy
    from unspoken.services.policy import OrgPolicy
    from unspoken.store.db import transaction
    from unspoken.store.models import User

    async with transaction(rt.sessions) as s:
        actor = await s.get(User, user.id)
        await put_policy(s, org_id=user.org_id, actor=actor, new=OrgPolicy(store_quotes=False))
