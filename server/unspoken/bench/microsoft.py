"""`python -m unspoken.bench.microsoft`: the Microsoft connector against a mocked Graph.

The mock (tests/providers/microsoft/fake_graph.py, so run from the repository root) enforces
Graph's limits: 4 concurrent requests (429 MailboxConcurrency beyond) and a request budget over
a sliding window (429 + Retry-After beyond), with a per-request latency. The budget is scaled
down (default 300 requests / 30 s = 10 req/s) so a run takes seconds; the throttle paces to it
exactly as it paces to 10,000 / 10 min. (Very small windows, e.g. 30 / 3 s, show what a busy
event loop does: a late request lands next to the following one and Graph may answer one 429,
which is retried after its Retry-After.) A 5,000-message mailbox (Inbox, Sent Items, Archive,
2% automatic replies whose headers are fetched) plus a year of calendar is synced.

Prints requests used, the share of the allowed rate achieved over the run (goal >= 90%), 429s
seen and unhandled (goal 0), the time until every message of the last 90 days was received and
scored by the engine, and the full sync time. Redis at 127.0.0.1:6379 when reachable.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import secrets
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from unspoken.bench import redis_up


def _fake_graph() -> Any:
    root = Path(__file__).resolve().parents[3]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    try:
        from tests.providers.microsoft import fake_graph
    except ImportError as exc:  # pragma: no cover - installed without the repository
        raise SystemExit("run from the repository: the mocked Graph lives in tests/") from exc
    return fake_graph


@dataclass
class _Creds:
    blobs: dict[str, bytes] = field(default_factory=dict)

    async def load(self, mailbox_id: str) -> bytes | None:
        return self.blobs.get(mailbox_id)

    async def save(self, mailbox_id: str, blob: bytes) -> None:
        self.blobs[mailbox_id] = blob


def _populate(graph: Any, me: str, *, messages: int, now: datetime, seed: int) -> None:
    rnd = random.Random(seed)
    for i in range(messages):
        when = now - timedelta(minutes=rnd.randrange(365 * 24 * 60))
        who = f"contact{rnd.randrange(40)}@customer{rnd.randrange(12)}.test"
        r = rnd.random()
        if r < 0.35:
            graph.add_message("sentitems", when=when, sender=me, to=[who], subject=f"Re: {i}",
                              text="Happy to help. Would more seats help the Denver team?")
        elif r < 0.37:
            graph.add_message("inbox", when=when, sender=who, to=[me],
                              subject=f"Automatic reply: {i}", text="I am out of the office.",
                              headers=[{"name": "Auto-Submitted", "value": "auto-replied"}])
        else:
            folder = "archive" if r > 0.95 else "inbox"
            graph.add_message(folder, when=when, sender=who, to=[me], subject=f"Rollout {i}",
                              text="Hi Sam! Thanks. Can it export to our data lake?")
    day = now - timedelta(days=365)
    while day < now + timedelta(days=120):
        for _ in range(rnd.randrange(0, 3)):
            start = day.replace(hour=rnd.randrange(8, 18), minute=0, second=0, microsecond=0)
            graph.add_event(start=start, subject="Customer sync", attendees=[
                (f"contact{rnd.randrange(40)}@customer{rnd.randrange(12)}.test",
                 rnd.choice(["accepted", "declined", "tentativelyAccepted", "none"]))])
        day += timedelta(days=1)


def populate(graph: Any, me: str, n: int, days: int, now: datetime) -> None:
    """Mailbox `me` of the fake Graph with the mix of `bench.google.populate` (for the fleet):
    `n` messages over `days`, 60 % customer mail in and out over 40 accounts, 25 % internal,
    15 % newsletters; no calendar (the Google fleet mailboxes have none either)."""
    user = me.split("@")[0].capitalize()
    for i in range(n):
        when = now - timedelta(days=days * i / n, seconds=i)
        kind, conv = i % 20, f"conv-{i}"
        if kind < 12:
            who = f"dana@customer{i % 40}.com"
            if i % 2:
                graph.add_message("inbox", when=when, sender=f"Dana Reyes <{who}>", to=[me],
                                  subject=f"Rollout {i}", conversation=conv,
                                  text=f"Hi {user}, thanks for the update! Can it export to "
                                       f"our lake? Item {i}.")
            else:
                graph.add_message("sentitems", when=when, sender=me, to=[who],
                                  subject=f"RE: Rollout {i}", conversation=conv,
                                  text="Hi Dana, would it help to add seats for Denver?")
        elif kind < 17:
            graph.add_message("inbox", when=when, sender="Kim <kim@northwind-saas.com>",
                              to=[me], subject=f"Internal {i}", conversation=conv,
                              text="standup moved")
        else:
            graph.add_message("inbox", when=when, sender="News <news@mail.vendor.io>", to=[me],
                              subject=f"Digest {i}", conversation=conv, text="promo",
                              headers=[{"name": "List-Unsubscribe",
                                        "value": "<https://x.test/u>"}])


async def connect(rt: Any, deps: Any, *, email: str, cert: str) -> str:
    """Sign `email` in through the real flow against the served fake (`served.py`, whose
    authorize page answers at once; `cert` is its certificate) and link the mailbox, as the
    callback does: its mailbox id."""
    import ssl

    import httpx

    from unspoken.providers.microsoft import connect as ms_connect
    from unspoken.services import users as user_service
    from unspoken.store.db import transaction

    url = await deps.auth.start(login_hint=email)
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=cert)) as http:
        back = (await http.get(url)).headers["Location"]
    params = dict(httpx.URL(back).params)
    connected = await deps.auth.finish(params)
    async with transaction(rt.sessions) as s:
        user = await user_service.create_user(s, email=email)
        linked = await ms_connect.link(s, connected=connected, box=rt.box, user_id=user.id)
        return str(linked.mailbox.id)


async def run(*, messages: int, budget: int, window: float, latency: float,
              seed: int) -> dict[str, Any]:
    import httpx
    import respx

    from unspoken.config import Settings
    from unspoken.providers.base import MailboxRef
    from unspoken.providers.microsoft.deps import MicrosoftDeps
    from unspoken.providers.microsoft.sync import GraphCursor, MicrosoftProvider
    from unspoken.signals.assess import assess
    from unspoken.signals.features import extract
    from unspoken.signals.policy import Policy

    fg = _fake_graph()
    identity = fg.Identity(user="sam@northwind.test")
    graph = fg.FakeGraph(identity, budget=budget, window=window, latency=latency)
    now = datetime.now(UTC)
    _populate(graph, identity.user, messages=messages, now=now, seed=seed)
    redis = "redis://127.0.0.1:6379/0" if redis_up() else ""
    settings = Settings(
        redis_url=redis, redis_prefix=f"unspoken-bench-{secrets.token_hex(4)}:",
        encryption_keys="b1:" + "a" * 43, microsoft_client_id=fg.CLIENT_ID,
        microsoft_client_secret="s3cret", microsoft_authority=fg.AUTHORITY,
        microsoft_graph_root=fg.GRAPH, microsoft_request_budget=budget,
        microsoft_budget_window_seconds=window, microsoft_webhook_url="")
    creds = _Creds()
    with respx.mock(assert_all_called=False) as router:
        identity.install(router)
        graph.install(router)
        deps = MicrosoftDeps.build(settings, credentials=creds, http=httpx.AsyncClient(),
                                   http_sync=httpx.Client())
        try:
            connected = await deps.auth.finish(identity.authorize(await deps.auth.start()))
            creds.blobs["bench"] = connected.token_cache
            ref = MailboxRef(id="bench", address=identity.user, me=frozenset({identity.user}),
                             source={"home_account_id": connected.home_account_id})
            provider = MicrosoftProvider(deps)
            recent_cut = now - timedelta(days=90)
            recent_total = sum(1 for f in graph.folders.values() for it in f.values()
                               if it.data["receivedDateTime"] >= fg.iso(recent_cut))
            features: list[Any] = []
            meetings: list[Any] = []
            recent_seen: set[str] = set()
            t0 = time.perf_counter()
            graph.requests.clear()
            graph.sent_at.clear()
            graph.times.clear()
            t_recent = t_scored = None
            cal_done = False
            async for cs in provider.changes(ref, None, page_size=200):
                for m in cs.messages:
                    features.append(extract(m))
                    if m.date >= recent_cut - timedelta(minutes=1) and \
                            m.id.split(":", 1)[1] not in recent_seen:
                        recent_seen.add(m.id.split(":", 1)[1])
                meetings.extend(cs.meetings)
                cal = cs.next_cursor.get("calendar") if isinstance(
                    cs.next_cursor, GraphCursor) else None
                cal_done = bool(cal and cal.synced)
                if t_recent is None and len(recent_seen) >= recent_total and cal_done:
                    t_recent = time.perf_counter() - t0
                    recent = [f for f in features if f.date >= recent_cut]
                    await asyncio.to_thread(assess, recent, list(meetings), me=ref.me,
                                            as_of=now, policy=Policy())  # fetching goes on
                    t_scored = time.perf_counter() - t0
            total = time.perf_counter() - t0
        finally:
            await deps.close()
    sent = graph.requests
    span = max(1e-9, graph.times[-1] - graph.times[0]) if len(graph.times) > 1 else 1e-9
    allowed = budget / window
    achieved = (len(sent) - 1) / span if len(sent) > 1 else 0.0
    return {"messages_in_mailbox": messages, "messages_synced": len(features),
            "meetings_synced": len(meetings), "requests": len(sent),
            "header_fetches": graph.header_fetches,
            "allowed_rate_per_s": round(allowed, 2), "achieved_rate_per_s": round(achieved, 2),
            "share_of_allowed_rate": round(achieved / allowed, 3),
            "max_in_flight": graph.max_in_flight, "429_seen": graph.answers.count(429),
            "429_unhandled": deps.stats.gave_up,
            "seconds_to_90_days_scored": round(t_scored or total, 2),
            "seconds_to_90_days_received": round(t_recent or total, 2),
            "seconds_full_sync": round(total, 2),
            "budget": f"{budget} requests / {window:g} s", "latency_ms": latency * 1000,
            "coordination": "redis" if redis else "memory"}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=5000)
    p.add_argument("--budget", type=int, default=300, help="requests per window (mock + us)")
    p.add_argument("--window", type=float, default=30.0, help="seconds")
    p.add_argument("--latency", type=float, default=0.03, help="seconds per Graph request")
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    result = asyncio.run(run(messages=a.messages, budget=a.budget, window=a.window,
                             latency=a.latency, seed=a.seed))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
