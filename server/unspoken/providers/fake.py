"""A deterministic in-memory provider for tests and the demo: item i depends only on (seed, i).

Configured through the mailbox's `source`:
  messages  how many items exist now (raise it to simulate new mail)
  accounts  customer accounts; every third one drifts away in the last 60 days (the first of
            them only stops asking for things: one signal)
  start, step_hours  item i is dated start + i * step
  delay     seconds slept per page (tests that kill a worker mid-sync)
  fail      {"page": n, "error": "auth_revoked|rate_limited|cursor_expired|transient"}

Text planted with `FakeProvider.plant(mailbox_id, text)` is added to every message body: it lives
on the fake "server", never in our configuration (privacy tests).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from unspoken.providers.base import (
    AuthRevoked,
    ChangeSet,
    CursorExpired,
    MailboxRef,
    RateLimited,
    Transient,
)
from unspoken.signals.model import (
    Address,
    Attendee,
    Direction,
    Meeting,
    MeetingStatus,
    Message,
    Response,
)

_COMPANIES = ["acme-logistics.com", "globex.io", "initech.com", "umbrella-health.org",
              "hooli.net", "stark-industries.com", "wayne-enterprises.com", "wonka-foods.com",
              "cyberdyne.ai", "soylent.co", "tyrell.tech", "vandelay-imports.com"]
_PEOPLE = [("Dana Reyes", "VP of Operations"), ("Chris Lee", "Operations Manager"),
           ("Priya Shah", "Head of IT"), ("Tom Becker", "Analyst"), ("Lena Ortiz", "CFO"),
           ("Raj Patel", "Director of Procurement"), ("Mia Chen", "Project Lead")]
_WARM = ["Hi {me}! Hope you had a great weekend. Thanks so much for the update, really helpful!",
         "Hello {me}, great call yesterday! Could the new release integrate with Salesforce? "
         "When will you support SSO for contractors?",
         "Hi {me}, thanks! The team loves the dashboards. Can it export to our data lake? "
         "Enjoy your trip!"]
_COLD = ["Noted.", "Attached.", "We're slammed right now, let's reconnect next quarter.",
         "Let's keep the current scope for now.", "Ok."]
_PITCH = ["Hi {them}, would it help to add seats for the Denver team or the analytics module?",
          "Hi {them}, checking in on the QBR and on the expansion to the EU region."]

FAKE_ERRORS = {"auth_revoked": lambda: AuthRevoked("grant revoked"),
               "rate_limited": lambda: RateLimited(0.0),
               "cursor_expired": lambda: CursorExpired("cursor too old"),
               "transient": lambda: Transient("upstream 503")}


@dataclass(frozen=True, slots=True)
class FakeCursor:
    position: int  # every item with index < position is stored

    def to_json(self) -> dict[str, Any]:
        return {"kind": "fake", "position": self.position}


def default_source(*, messages: int = 300, accounts: int = 6, seed: int = 1,
                   end: datetime | None = None, days: int = 330, **extra: Any) -> dict[str, Any]:
    end = end or datetime.now(UTC)
    start = end - timedelta(days=days)
    return {"seed": seed, "messages": messages, "accounts": accounts,
            "start": start.isoformat(), "step_hours": days * 24 / max(1, messages), **extra}


def item(source: dict[str, Any], i: int, me: str, planted: str = "") -> Message | Meeting:
    """The i-th item of a fake mailbox."""
    seed = int(source.get("seed", 1))
    rnd = random.Random(seed * 1_000_003 + i)
    n_accounts = max(1, int(source.get("accounts", 6)))
    start = datetime.fromisoformat(source["start"])
    span_end = start + timedelta(hours=float(source["step_hours"]) * int(source["messages"]))
    date = start + timedelta(hours=float(source["step_hours"]) * i)
    a = i % n_accounts
    domain = _COMPANIES[a % len(_COMPANIES)] if a < len(_COMPANIES) else f"customer{a}.com"
    people = [_PEOPLE[(a + k) % len(_PEOPLE)] for k in range(3)]
    name, title = people[rnd.randrange(3)]
    them = Address(f"{name.split()[0].lower()}.{name.split()[1].lower()}@{domain}", name)
    mine = Address(me, me.split("@")[0].title())
    drifting = a % 3 == 0 and date > span_end - timedelta(days=60)
    # The first drifting account drifts one way only: still warm, it stops asking for things
    # (one signal: watch). The others drift every way: cold replies, deferrals, cancelled and
    # declined meetings (at risk).
    mild = drifting and a == 0
    drifting = drifting and not mild
    if i % 10 == 9:
        status = MeetingStatus.CANCELLED if drifting and rnd.random() < 0.6 else \
            MeetingStatus.CONFIRMED
        moved = date + timedelta(days=10) if drifting else None
        return Meeting(
            uid=f"fake-{seed}-{a}-sync", occurrence_id=f"fake-{seed}-{i}",
            title="Quarterly business review" if i % 30 == 29 else f"{domain} weekly sync",
            start=moved or date, end=(moved or date) + timedelta(minutes=30), status=status,
            organizer=mine,
            attendees=(Attendee(me, mine.name, Response.ACCEPTED),
                       Attendee(them.email, them.name,
                                Response.DECLINED if drifting else Response.ACCEPTED)),
            original_start=date if moved else None, recurring=True, source=f"fake#{i}")
    sent = (i // n_accounts) % 2 == 0
    if sent:
        text = rnd.choice(_PITCH).format(them=name.split()[0])
    else:
        text = (_WARM[0] if mild else rnd.choice(_COLD if drifting else _WARM)).format(
            me=mine.name)
    if planted:
        text = f"{text}\n\n{planted}"
    return Message(
        id=f"fake-{seed}-{i}", thread_id=f"fake-{seed}-thread-{a}-{i // (n_accounts * 4)}",
        date=date, sender=mine if sent else them, to=(them,) if sent else (mine,), cc=(),
        subject=f"{domain.split('.')[0].title()} rollout", direction=Direction.SENT if sent
        else Direction.RECEIVED, new_text=text, signature="" if sent else f"{name}\n{title}",
        message_id=f"<fake-{seed}-{i}@example.test>", source=f"fake#{i}")


class FakeProvider:
    kind: ClassVar[str] = "fake"
    revoked: ClassVar[list[str]] = []  # mailbox ids whose grant was given back (tests read it)
    planted: ClassVar[dict[str, str]] = {}  # mailbox id -> text added to every body

    @classmethod
    def plant(cls, mailbox_id: str, text: str) -> None:
        cls.planted[mailbox_id] = text

    def parse_cursor(self, data: dict[str, Any] | None) -> FakeCursor | None:
        return FakeCursor(int(data["position"])) if data else None

    async def changes(self, mailbox: MailboxRef, cursor: FakeCursor | None, *,
                      page_size: int) -> AsyncIterator[ChangeSet]:
        src = mailbox.source
        total = int(src.get("messages", 0))
        pos = cursor.position if cursor else 0
        fail = src.get("fail") or {}
        page_no = 0
        while True:
            if fail and page_no == int(fail.get("page", 0)):
                raise FAKE_ERRORS[fail["error"]]()
            if src.get("expire_cursor_at") is not None and cursor is not None \
                    and cursor.position <= int(src["expire_cursor_at"]):
                raise CursorExpired("cursor too old")
            end = min(total, pos + page_size)
            extra = self.planted.get(mailbox.id, "")
            items = [item(src, i, mailbox.address, extra) for i in range(pos, end)]
            if src.get("delay"):
                await asyncio.sleep(float(src["delay"]))
            done = end >= total
            yield ChangeSet(
                messages=tuple(x for x in items if isinstance(x, Message)),
                meetings=tuple(x for x in items if isinstance(x, Meeting)),
                next_cursor=FakeCursor(end), progress=end / total if total else 1.0, done=done)
            pos, page_no = end, page_no + 1
            if done:
                return

    async def settle(self, mailbox: MailboxRef) -> None:
        return None

    async def revoke(self, mailbox: MailboxRef) -> None:
        FakeProvider.revoked.append(mailbox.id)
