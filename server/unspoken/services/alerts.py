"""Alerts when an account moves up to at risk (or healthy → watch, for users who ask): which
transitions deserve one, and delivering each by email and webhook exactly once.

Planning: a transition recorded by scoring is looked at once (`alert_state` "new" → the
decision, with the outbox rows, in one transaction): an upward move from healthy or watch, not
snoozed or "not a risk", and not within 7 days of an alert for the same account at the same or a
higher level. Moves from "not enough data" or while backfilling are history arriving, not news.

Delivery: one `alert_deliveries` row per (transition, channel), unique, so retries never plan a
second one. A sender locks the row, delivers, and marks it in one transaction; a worker killed
before the service answered leaves it pending for the next run. As with the digest, a kill
between the service's 2xx and our commit sends it again (mail keeps its Message-ID).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.config import Settings
from unspoken.notify import render, webhooks
from unspoken.notify.smtp import Mailer, SmtpPermanent, SmtpTemporary
from unspoken.services import notifications
from unspoken.services.badges import muted_until
from unspoken.services.digest import contact_line
from unspoken.store.crypto import SecretBox
from unspoken.store.models import AlertDelivery, LevelTransition, NotificationPrefs
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import feedback as feedback_repo
from unspoken.store.repositories import notifications as repo
from unspoken.store.repositories import transitions as transitions_repo
from unspoken.store.repositories import users as users_repo

DEDUP = timedelta(days=7)
MAX_ATTEMPTS = 8  # 30 s, 1, 2, 4, 8, 16, 32 min: about an hour of trying
_RANK = {"healthy": 0, "watch": 1, "at_risk": 2}


def backoff(attempts: int) -> float:
    """Seconds before attempt `attempts` + 1."""
    return min(30.0 * 2 ** (attempts - 1), 3600.0)


def _upward(t: LevelTransition, prefs: NotificationPrefs) -> str | None:
    """None when the move deserves an alert, else the reason it does not."""
    if t.to_level == "at_risk" and t.from_level in ("healthy", "watch"):
        return None
    if t.to_level == "watch" and t.from_level == "healthy":
        return None if prefs.alert_watch else "opted_out"
    return "not_up"


async def plan(session: AsyncSession, *, user_id: str, org_id: str, now: datetime,
               email: bool, box: SecretBox) -> int:
    """Decide on every new transition of the user; returns how many deliveries were queued."""
    rows = await transitions_repo.new_for_user(session, user_id=user_id)
    if not rows:
        return 0
    prefs = await notifications.load(session, user_id=user_id, now=now, lock=False)
    hook = await notifications.hook_for(session, prefs=prefs, org_id=org_id, box=box)
    fb = await feedback_repo.latest(session, user_id=user_id,
                                    targets=[("account", t.account) for t in rows])
    queued = 0
    for t in rows:
        state = _upward(t, prefs)
        if state is None and muted_until(now, fb.get(("account", t.account))):
            state = "muted"
        if state is None:
            earlier = await repo.alerted_levels(session, user_id=user_id, account=t.account,
                                                since=now - DEDUP)
            if any(_RANK.get(lv, 0) >= _RANK[t.to_level] for lv in earlier):
                state = "recent"
        if state is None:
            channels = ([("email", None)] if email and prefs.alert_email else []) + \
                ([("webhook", hook.owner)] if hook else [])
            for channel, owner in channels:
                await repo.add_delivery(session, AlertDelivery(
                    transition_id=t.id, user_id=user_id, channel=channel, hook_owner=owner,
                    next_attempt_at=now))
            queued += len(channels)
            state = "planned" if channels else "no_channel"
        t.alert_state = state
        await session.flush()  # the next transition's dedup sees this one
    return queued


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # sent | retry | failed | disabled | busy
    retry_in: float | None = None


async def _item(session: AsyncSession, t: LevelTransition, settings: Settings) -> render.Item:
    contact = (await assessments_repo.top_contacts(session, user_id=t.user_id,
                                                   accounts=[t.account])).get(t.account)
    return render.Item(account=t.account, level=t.to_level, was=t.from_level,
                       reasons=tuple(str(s["summary"]) for s in t.signals),
                       contact=contact_line(contact),
                       link=render.account_url(settings.public_url, t.account))


def _failed(d: AlertDelivery, error: str, *, now: datetime, settings: Settings,
            retry_after: float | None = None) -> Outcome:
    d.attempts += 1
    d.last_error = error[:96]
    if d.attempts >= MAX_ATTEMPTS:
        d.status = "failed"
        return Outcome("failed")
    wait = 0.0 if settings.test_mode else max(backoff(d.attempts), retry_after or 0.0)
    d.next_attempt_at = now + timedelta(seconds=wait)
    return Outcome("retry", wait)


async def deliver(session: AsyncSession, *, delivery_id: int, now: datetime,
                  mailer: Mailer | None, http: httpx.AsyncClient, settings: Settings,
                  box: SecretBox) -> Outcome:
    """Deliver one pending alert (locked for this transaction) and record what happened."""
    d = await repo.locked_delivery(session, delivery_id)
    if d is None:
        return Outcome("busy")
    t = await transitions_repo.get(session, d.transition_id)
    user = await users_repo.user(session, d.user_id)
    if t is None or user is None:
        d.status = "disabled"
        return Outcome("disabled")
    item = await _item(session, t, settings)
    base = settings.public_url.rstrip("/")
    alert = render.Alert(to=user.email, item=item, settings=f"{base}/settings#alerts")
    if d.channel == "email":
        if mailer is None:
            d.status, d.last_error = "disabled", "no SMTP configured"
            return Outcome("disabled")
        msg = render.alert_message(alert, sender=mailer.config.sender, when=now,
                                   message_id=f"<alert.{d.id}.{user.id}@{mailer.config.domain}>")
        try:
            await mailer.send(msg, to=user.email)
        except SmtpTemporary as exc:
            return _failed(d, str(exc), now=now, settings=settings)
        except SmtpPermanent as exc:
            d.status, d.last_error = "failed", str(exc)[:96]
            return Outcome("failed")
        d.status, d.sent_at = "sent", now
        return Outcome("sent")
    prefs = await notifications.load(session, user_id=user.id, now=now, lock=False)
    hook = await notifications.hook_for(session, prefs=prefs, org_id=user.org_id, box=box)
    if hook is None:
        d.status, d.last_error = "disabled", "no usable webhook"
        return Outcome("disabled")
    result = await webhooks.post(http, hook.url, webhooks.payload(
        hook.kind, title=alert.subject, lines=alert.lines, link=item.link),
        allow_private=settings.webhook_allow_private)
    await notifications.note_hook_result(
        session, owner=hook.owner, owner_id=user.id if hook.owner == "user" else user.org_id,
        result=result, now=now)
    d.hook_owner = hook.owner
    if result.outcome == webhooks.Outcome.SENT:
        d.status, d.sent_at = "sent", now
        return Outcome("sent")
    if result.outcome == webhooks.Outcome.RETRY:
        return _failed(d, result.error, now=now, settings=settings,
                       retry_after=result.retry_after)
    d.status = "disabled" if result.outcome == webhooks.Outcome.REMOVED else "failed"
    d.last_error = result.error
    return Outcome(d.status)
