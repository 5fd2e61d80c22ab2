"""A user's digest schedule and alert channels, and an org's default alert webhook: reading,
validating and changing them, and the health of each webhook that Settings shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.config import Settings
from unspoken.notify import schedule, webhooks
from unspoken.store.crypto import SecretBox, SecretUnreadable
from unspoken.store.models import (
    AuditEntry,
    HookStatus,
    NotificationPrefs,
    OrgAlertChannel,
    utcnow,
)
from unspoken.store.repositories import notifications as repo
from unspoken.store.repositories import policies as policies_repo

DEFAULT_WEEKDAY, DEFAULT_HOUR, DEFAULT_TZ = 0, 8, "UTC"
PREVIEW_URL = "/digest/preview"  # the next digest, rendered as the worker would send it


class InvalidPrefs(ValueError):
    """One line naming the field and what is wrong with it."""


@dataclass(frozen=True, slots=True)
class Hook:
    """A usable webhook: where to post, and whose it is (its health is kept on that row)."""

    owner: str  # user | org
    kind: str
    url: str


def first_slot(now: datetime) -> datetime:
    return schedule.next_slot(now, weekday=DEFAULT_WEEKDAY, hour=DEFAULT_HOUR, tz=DEFAULT_TZ)


async def load(session: AsyncSession, *, user_id: str, now: datetime,
               lock: bool = True) -> NotificationPrefs:
    """The user's preferences (a row with the defaults is created on first use), locked
    unless `lock` is false."""
    row = await repo.prefs(session, user_id, lock=lock)
    return row or await repo.ensure_prefs(session, user_id=user_id,
                                          next_digest_at=first_slot(now))


def _ad(owner: str, owner_id: str) -> str:
    return f"webhook:{owner}:{owner_id}"  # a sealed URL opens only for its owner


def hook_json(row: NotificationPrefs | OrgAlertChannel | None) -> dict[str, Any] | None:
    if row is None or not row.webhook_url:
        return None
    return {"kind": row.webhook_kind, "hint": row.webhook_hint, "status": row.webhook_status,
            "error": row.webhook_error,
            "failing_since": row.webhook_failing_since.isoformat()
            if row.webhook_failing_since else None}


async def prefs_json(session: AsyncSession, *, user_id: str, org_id: str, settings: Settings,
                     now: datetime) -> dict[str, Any]:
    p = await load(session, user_id=user_id, now=now)
    org = await repo.org_channel(session, org_id)
    last = await repo.last_digest(session, user_id)
    return {
        "digest": {"enabled": p.digest_enabled, "weekday": schedule.WEEKDAYS[p.digest_weekday],
                   "hour": p.digest_hour, "timezone": p.timezone,
                   "next_at": p.next_digest_at.isoformat() if p.digest_enabled else None,
                   "sending": bool(settings.smtp_url), "preview_url": PREVIEW_URL,
                   "last": {"period": last.period, "status": last.status,
                            "sent_at": last.sent_at.isoformat() if last.sent_at else None}
                   if last else None},
        "alerts": {"email": p.alert_email, "watch": p.alert_watch, "webhook": hook_json(p),
                   "org_webhook": hook_json(org)}}


async def digest_summary(session: AsyncSession, *, user_id: str, settings: Settings
                         ) -> dict[str, Any]:
    """When the digest goes (the defaults until the user has preferences; none are created
    here) and where to preview it: what the console's home page mentions."""
    p = await repo.prefs(session, user_id)
    return {"enabled": p.digest_enabled if p else True,
            "weekday": schedule.WEEKDAYS[p.digest_weekday if p else DEFAULT_WEEKDAY],
            "hour": p.digest_hour if p else DEFAULT_HOUR,
            "timezone": p.timezone if p else DEFAULT_TZ,
            "sending": bool(settings.smtp_url), "preview_url": PREVIEW_URL}


def _set_hook(row: NotificationPrefs | OrgAlertChannel, hook: dict[str, Any] | None, *,
              box: SecretBox, ad: str, settings: Settings) -> None:
    if hook is None:
        row.webhook_kind = row.webhook_url = row.webhook_error = None
        row.webhook_hint, row.webhook_failing_since = "", None
        row.webhook_status = HookStatus.OK.value
        return
    try:
        url, kind = webhooks.validate(str(hook.get("url") or ""), kind=hook.get("kind"),
                                      allow_private=settings.webhook_allow_private)
    except webhooks.BadWebhook as exc:
        raise InvalidPrefs(str(exc)) from None
    row.webhook_kind, row.webhook_hint = kind, webhooks.hint(url)
    row.webhook_url = box.seal(url.encode(), mailbox_id=ad)
    row.webhook_status, row.webhook_error, row.webhook_failing_since = \
        HookStatus.OK.value, None, None  # a new URL starts healthy


async def update(session: AsyncSession, *, user_id: str, digest: dict[str, Any] | None,
                 alerts: dict[str, Any] | None, box: SecretBox, settings: Settings,
                 now: datetime) -> None:
    """Apply the fields present in `digest` / `alerts` (others keep their value). A changed
    schedule moves the next digest to the first new slot after now; the period already sent
    (its ISO week) is never sent twice."""
    p = await load(session, user_id=user_id, now=now)
    digest, alerts = digest or {}, alerts or {}
    if "timezone" in digest:
        try:
            schedule.zone(digest["timezone"])
        except schedule.UnknownTimeZone:
            raise InvalidPrefs(f"digest.timezone: unknown time zone "
                               f"{str(digest['timezone'])[:64]!r} (use an IANA name such as "
                               f"Europe/Paris)") from None
        p.timezone = digest["timezone"]
    if "weekday" in digest:
        p.digest_weekday = schedule.WEEKDAYS.index(digest["weekday"])
    if "hour" in digest:
        p.digest_hour = int(digest["hour"])
    if "enabled" in digest:
        p.digest_enabled = bool(digest["enabled"])
    if digest:
        p.next_digest_at = schedule.next_slot(now, weekday=p.digest_weekday,
                                              hour=p.digest_hour, tz=p.timezone)
    if "email" in alerts:
        p.alert_email = bool(alerts["email"])
    if "watch" in alerts:
        p.alert_watch = bool(alerts["watch"])
    if "webhook" in alerts:
        _set_hook(p, alerts["webhook"], box=box, ad=_ad("user", user_id), settings=settings)
    p.updated_at = now


async def unsubscribe(session: AsyncSession, *, user_id: str, now: datetime) -> bool:
    """Turn the digest off (the one-click link); False when the user no longer exists."""
    p = await repo.prefs(session, user_id, lock=True)
    if p is None:
        from unspoken.store.repositories import users as users_repo

        if await users_repo.user(session, user_id) is None:
            return False
        p = await load(session, user_id=user_id, now=now)
    p.digest_enabled, p.updated_at = False, now
    return True


async def org_json(session: AsyncSession, *, org_id: str) -> dict[str, Any]:
    return {"webhook": hook_json(await repo.org_channel(session, org_id))}


async def set_org_webhook(session: AsyncSession, *, org_id: str, actor_id: str,
                          actor_email: str, hook: dict[str, Any] | None, box: SecretBox,
                          settings: Settings) -> None:
    row = await repo.org_channel(session, org_id, lock=True)
    if row is None:
        row = await repo.add_org_channel(session, OrgAlertChannel(
            org_id=org_id, webhook_hint="", webhook_status=HookStatus.OK.value))
    before = {"kind": row.webhook_kind, "hint": row.webhook_hint}
    _set_hook(row, hook, box=box, ad=_ad("org", org_id), settings=settings)
    row.updated_by, row.updated_at = actor_id, utcnow()
    await policies_repo.audit(session, AuditEntry(
        org_id=org_id, actor_id=actor_id, actor_email=actor_email,
        action="alerts.org_webhook.set" if hook else "alerts.org_webhook.removed",
        target=org_id, detail={"kind": row.webhook_kind, "hint": row.webhook_hint} if hook
        else before))  # a removal names the hook it removed


async def hook_for(session: AsyncSession, *, prefs: NotificationPrefs, org_id: str,
                   box: SecretBox) -> Hook | None:
    """The user's own hook, else the org default; None when neither is usable (unset,
    removed, or sealed under a retired key)."""
    candidates: list[tuple[str, str, NotificationPrefs | OrgAlertChannel | None]] = [
        ("user", prefs.user_id, prefs)]
    if not prefs.webhook_url:
        candidates.append(("org", org_id, await repo.org_channel(session, org_id)))
    for owner, owner_id, row in candidates:
        if row is None or not row.webhook_url or row.webhook_status == HookStatus.REMOVED:
            continue
        try:
            url = box.open(row.webhook_url, mailbox_id=_ad(owner, owner_id)).decode()
        except SecretUnreadable:
            continue
        return Hook(owner=owner, kind=row.webhook_kind or "slack", url=url)
    return None


async def note_hook_result(session: AsyncSession, *, owner: str, owner_id: str,
                           result: webhooks.Result, now: datetime) -> None:
    """Keep the hook's health for Settings: failing since when, removed, or ok again."""
    row = await (repo.prefs(session, owner_id, lock=True) if owner == "user"
                 else repo.org_channel(session, owner_id, lock=True))
    if row is None:
        return
    if result.outcome == webhooks.Outcome.SENT:
        row.webhook_status, row.webhook_error, row.webhook_failing_since = "ok", None, None
    elif result.outcome == webhooks.Outcome.REMOVED:
        row.webhook_status, row.webhook_error = HookStatus.REMOVED.value, result.error
    else:
        if row.webhook_status != HookStatus.FAILING:
            row.webhook_failing_since = now
        row.webhook_status, row.webhook_error = HookStatus.FAILING.value, result.error
