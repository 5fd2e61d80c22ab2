"""The weekly digest: what it says, and sending it exactly once per user per period.

Guarantee. `claim` creates the (user, period) record in its own short transaction. `deliver`
then locks that record (PostgreSQL `FOR UPDATE SKIP LOCKED`; a second sender skips it), builds
the digest, hands it to SMTP and, only once the server answered 250, marks the record sent and
moves the user's next slot, in the same transaction, and the task commits. So:
- a retried or duplicated job finds the record sent and does nothing;
- a worker killed before the server's 250 leaves the record pending (its transaction dies
  with its connection): the next digest.due tick sends it, so nothing is skipped;
- the one window left is a kill between the server's 250 and our commit (one round trip).
  Then the digest is sent again, with the same Message-ID (derived from user and period), so
  the two copies are the same message to mail clients, and `attempts` > 1 on the record
  shows it may have happened. No SMTP client can close that window (RFC 1047).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.config import Settings
from unspoken.notify import render, schedule, signing
from unspoken.notify.smtp import Mailer, SmtpPermanent
from unspoken.services import notifications
from unspoken.services.badges import muted_until
from unspoken.store.models import ContactAssessmentRow, LevelTransition, User
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import feedback as feedback_repo
from unspoken.store.repositories import notifications as repo
from unspoken.store.repositories import transitions as transitions_repo
from unspoken.store.repositories import users as users_repo

MAX_AT_RISK = 25  # listed in full; the rest are counted with a link to the console
MAX_REASONS = 3
FIRST_WINDOW = timedelta(days=7)  # a first digest covers the week before it
UNSUBSCRIBE = "digest-unsubscribe"


def contact_line(c: ContactAssessmentRow | None) -> str:
    if c is None:
        return ""
    who = c.name or c.email
    if c.title:
        who += f" ({c.title})"
    return f"{who} <{c.email}>" if c.name else who


def reasons(signals: list[Any]) -> tuple[str, ...]:
    ranked = sorted(signals, key=lambda s: -float(s.get("severity", 0)))
    return tuple(str(s["summary"]) for s in ranked[:MAX_REASONS])


def changes(transitions: list[LevelTransition]) -> dict[str, tuple[str, str]]:
    """account -> (level before the window, level now) for accounts whose level differs."""
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for t in sorted(transitions, key=lambda t: (t.at, t.id)):
        first.setdefault(t.account, t.from_level or t.to_level)
        last[t.account] = t.to_level
    return {a: (first[a], last[a]) for a in last if first[a] != last[a]}


def unsubscribe_url(settings: Settings, user_id: str) -> str:
    token = signing.sign(settings.key_ring(), purpose=UNSUBSCRIBE, subject=user_id)
    return f"{settings.public_url.rstrip('/')}/digest/unsubscribe?t={token}"


def message_id(*, user_id: str, period: str, domain: str) -> str:
    """The same for every attempt of one user's period: a resend is the same message."""
    return f"<digest.{period}.{user_id}@{domain}>"


async def build(session: AsyncSession, *, user: User, period: str, since: datetime,
                until: datetime, settings: Settings) -> render.Digest:
    """Accounts whose level changed in (since, until] and every account at risk now, each with
    its top reasons and riskiest contact; snoozed and "not a risk" accounts left out."""
    moved = changes(list(await transitions_repo.recent_transitions(
        session, user_id=user.id, since=since, until=until)))
    ranked = await assessments_repo.accounts_ranked(
        session, user_ids=[user.id], risk="at_risk", limit=500, offset=0)
    current = {a.account: a for a in ranked}
    risky = [a for a in ranked if a.account not in moved]
    if set(moved) - set(current):
        current.update({a.account: a for a in await assessments_repo.accounts_by_name(
            session, user_id=user.id, accounts=sorted(set(moved) - set(current)))})
    fb = await feedback_repo.latest(session, user_id=user.id,
                                    targets=[("account", a) for a in current])
    live = {a for a in current if muted_until(until, fb.get(("account", a))) is None}
    shown = [a for a in sorted(moved) if a in live] + \
        [a.account for a in risky if a.account in live][:MAX_AT_RISK]
    contacts = await assessments_repo.top_contacts(session, user_id=user.id, accounts=shown)

    def item(account: str, was: str | None = None) -> render.Item:
        a = current[account]
        return render.Item(account=account, level=a.risk, reasons=reasons(a.signals),
                           contact=contact_line(contacts.get(account)), was=was,
                           link=render.account_url(settings.public_url, account))

    changed = tuple(sorted((item(a, was=moved[a][0]) for a in moved if a in live),
                           key=lambda i: (-_RANK.get(i.level, 0), i.account)))
    still = [a.account for a in risky if a.account in live]
    base = settings.public_url.rstrip("/")
    return render.Digest(
        to=user.email, name=user.name, period=period, since=since, until=until,
        changed=changed, at_risk=tuple(item(a) for a in still[:MAX_AT_RISK]),
        more=max(0, len(still) - MAX_AT_RISK), console=f"{base}/",
        settings=f"{base}/settings#digest", unsubscribe=unsubscribe_url(settings, user.id))


_RANK = {"at_risk": 3, "watch": 2, "healthy": 1, "insufficient_data": 0}


async def since_last(session: AsyncSession, *, user_id: str, now: datetime) -> datetime:
    last = await repo.last_digest(session, user_id)
    return last.covers_until if last and last.covers_until else now - FIRST_WINDOW


async def preview(session: AsyncSession, *, user_id: str, settings: Settings,
                  now: datetime) -> render.Digest:
    """What the next digest would say if it went now (the console's preview)."""
    user = await users_repo.user(session, user_id)
    assert user is not None
    p = await notifications.load(session, user_id=user_id, now=now, lock=False)
    period = schedule.period_of(schedule.next_slot(now, weekday=p.digest_weekday,
                                                   hour=p.digest_hour, tz=p.timezone),
                                tz=p.timezone)
    return await build(session, user=user, period=period,
                       since=await since_last(session, user_id=user_id, now=now), until=now,
                       settings=settings)


async def claim(session: AsyncSession, *, user_ids: list[str], now: datetime
                ) -> dict[str, str]:
    """user -> the period due now, its record created (or its attempt counted); users with
    nothing due (not their slot yet, digest off, gone) are left out."""
    periods = {}
    for p in await repo.prefs_of(session, user_ids):  # made by due_users
        if p.digest_enabled and p.next_digest_at <= now:
            slot = schedule.latest_slot(now, weekday=p.digest_weekday, hour=p.digest_hour,
                                        tz=p.timezone)
            periods[p.user_id] = schedule.period_of(slot, tz=p.timezone)
    await repo.claim_digests(session, periods=periods, now=now)
    return periods


async def deliver(session: AsyncSession, *, user_id: str, period: str, now: datetime,
                  mailer: Mailer, settings: Settings) -> str:
    """Send the claimed period's digest unless it is done; returns the record's status (or
    "busy" while another sender holds it). SmtpTemporary propagates: the caller rolls back
    and tries again later. See the module's docstring for the guarantee."""
    found = await repo.locked_digest(session, user_id=user_id, period=period)
    if found is None:
        return "busy"
    rec, p, user = found
    if rec.status == "pending":
        if not p.digest_enabled:
            rec.status = "off"
        else:
            d = await build(session, user=user, period=period,
                            since=await since_last(session, user_id=user_id, now=now),
                            until=now, settings=settings)
            rec.covers_until, rec.changed = now, len(d.changed)
            rec.at_risk = len(d.at_risk) + d.more
            rec.message_id = message_id(user_id=user_id, period=period,
                                        domain=mailer.config.domain)
            if d.empty:
                rec.status = "empty"  # nothing to say: no mail
            else:
                try:
                    await mailer.send(render.digest_message(
                        d, sender=mailer.config.sender, message_id=rec.message_id, when=now),
                        to=user.email)
                    rec.status, rec.sent_at = "sent", now
                except SmtpPermanent as exc:
                    rec.status, rec.last_error = "failed", str(exc)[:96]
    if p.next_digest_at <= now:
        p.next_digest_at = schedule.next_slot(now, weekday=p.digest_weekday,
                                              hour=p.digest_hour, tz=p.timezone)
    return rec.status


async def due_users(session: AsyncSession, *, now: datetime) -> list[str]:
    """Users whose slot has come (everyone without preferences gets the defaults first)."""
    await repo.add_missing_prefs(session, next_digest_at=notifications.first_slot(now), now=now)
    return list(await repo.due_for_digest(session, now=now))
