"""Learning end to end on a generated world: the world's export imported through the service,
a scripted team judging every flagged account through the API, the org rescored by the worker.
The service learns exactly what the rule replayed over the same flags learns
(tests/signals/learning_demo.py), and the number of flagged accounts changes as it says."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from tests import service_support as support
from tests.api.test_learning import give, learning, worker_busy
from tests.signals import learning_demo
from tests.signals.scenarios import ME, build_mailbox, new_random_specs
from tests.worker.helpers import stored
from unspoken.runtime import Runtime
from unspoken.services import users as user_service
from unspoken.signals.model import SignalKind
from unspoken.store.db import transaction

SEED, ACCOUNTS = 2, 24


async def the_world_imported(rt: Runtime, client, tmp_path) -> support.TestUser:
    mb = build_mailbox(new_random_specs(random.Random(SEED), ACCOUNTS), seed=SEED * 1000,
                       split="eval", regime="new")
    assert mb.as_of == rt.settings.as_of
    mbox, ics = mb.write(tmp_path)
    async with transaction(rt.sessions) as s:
        u = await user_service.create_user(s, email=ME, admin=True)
        token = await user_service.issue_token(s, user_id=u.id, now=datetime.now(UTC),
                                               ttl=timedelta(days=1))
    user = support.TestUser(id=u.id, email=ME, org=ME.split("@")[1], token=token,
                            org_id=u.org_id)
    r = await client.post("/v1/imports", headers=user.auth, files=[
        ("files", ("world.mbox", mbox.read_bytes(), "application/mbox")),
        ("files", ("world.ics", ics.read_bytes(), "text/calendar"))])
    assert r.status_code == 202, r.text
    await rt.queue.drain()
    return user


def flagged(accounts: dict) -> list[learning_demo.Flag]:
    return sorted((name, frozenset(SignalKind(s["kind"]) for s in signals))
                  for name, (risk, _, signals, _) in accounts.items()
                  if risk in ("watch", "at_risk"))


async def test_a_team_dismissing_two_signals_flags_fewer_accounts(rt, client, tmp_path):
    user = await the_world_imported(rt, client, tmp_path)
    before = flagged((await stored(rt, user.id))["accounts"])
    _, judge = learning_demo.TEAMS["dismisses_exec_and_expansion"]
    async with worker_busy(rt):  # judged as flagged now, as the rule's replay does
        for flag in before:
            await give(client, user, flag[0], judge(flag))
    await rt.queue.drain()  # the org rescored with what was learned
    view = await learning(client, user)
    replay = learning_demo.learn(before, judge)
    assert {k: v["factor"] for k, v in view.items()} == \
        {k.value: replay.factors.get(k, 1.0) for k in SignalKind}
    ex, er = view["exec_access_loss"], view["expansion_refusal"]
    assert ex["factor"] < 1.0 and er["factor"] < 1.0
    after = flagged((await stored(rt, user.id))["accounts"])
    print(f"flagged accounts {len(before)} -> {len(after)}; learned "
          f"{ {k: v['factor'] for k, v in view.items() if v['factor'] != 1.0} }")
    assert len(after) < len(before)
    shown = SignalKind.EXPANSION_REFUSAL
    assert sum(shown in k for _, k in after) < sum(shown in k for _, k in before)
