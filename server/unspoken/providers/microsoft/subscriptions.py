"""Graph change-notification subscriptions of a mailbox: created, renewed before they expire,
reauthorized and recreated on lifecycle events. Polling stays the safety net: a lost
subscription delays changes, it never loses them (the delta links hold the position)."""

from __future__ import annotations

import contextlib
import json
import time
from datetime import UTC, datetime, timedelta

from unspoken.providers.microsoft.client import GraphClient, NotFound
from unspoken.providers.microsoft.deps import MicrosoftDeps

# name -> resource. Mail and events subscriptions last at most 10,080 minutes.
RESOURCES = {"inbox": "me/mailFolders('inbox')/messages",
             "sentitems": "me/mailFolders('sentitems')/messages",
             "events": "me/events"}
LIFETIME = timedelta(minutes=10_080 - 60)
RENEW_BEFORE = 36 * 3600  # seconds before expiry a settle() renews


def _key(mailbox_id: str, name: str) -> str:
    return f"sub:{mailbox_id}:{name}"


def _expiry() -> tuple[str, float]:
    at = datetime.now(UTC) + LIFETIME
    return at.strftime("%Y-%m-%dT%H:%M:%S.0000000Z"), at.timestamp()


async def _remember(deps: MicrosoftDeps, mailbox_id: str, name: str, sub_id: str,
                    expires: float) -> None:
    await deps.coord.put(_key(mailbox_id, name), json.dumps({"id": sub_id, "expires": expires}),
                         ttl=max(60.0, expires - time.time()))


async def ensure(deps: MicrosoftDeps, client: GraphClient, mailbox_id: str) -> int:
    """Create or renew what is missing or close to expiry; the number of Graph calls made."""
    url = deps.settings.microsoft_webhook_url
    if not url:
        return 0
    calls = 0
    for name, resource in RESOURCES.items():
        raw = await deps.coord.get(_key(mailbox_id, name))
        known = json.loads(raw) if raw else None
        if known and known["expires"] - time.time() > RENEW_BEFORE:
            continue
        when, expires = _expiry()
        if known:
            calls += 1
            try:
                await client.request("PATCH", f"subscriptions/{known['id']}",
                                     json={"expirationDateTime": when})
                await _remember(deps, mailbox_id, name, known["id"], expires)
                continue
            except NotFound:
                pass  # removed on Graph's side: create it again
        calls += 1
        created = await client.request("POST", "subscriptions", json={
            "changeType": "created,updated,deleted", "notificationUrl": url,
            "lifecycleNotificationUrl": url, "resource": resource,
            "expirationDateTime": when, "clientState": deps.client_state(mailbox_id)})
        await _remember(deps, mailbox_id, name, str(created["id"]), expires)
    return calls


async def _name_of(deps: MicrosoftDeps, mailbox_id: str, subscription_id: str) -> str | None:
    for name in RESOURCES:
        raw = await deps.coord.get(_key(mailbox_id, name))
        if raw and json.loads(raw)["id"] == subscription_id:
            return name
    return None


async def reauthorize(deps: MicrosoftDeps, client: GraphClient, mailbox_id: str,
                      subscription_id: str) -> None:
    """reauthorizationRequired: reauthorize with a fresh token, and extend it."""
    try:
        await client.request("POST", f"subscriptions/{subscription_id}/reauthorize")
        when, expires = _expiry()
        await client.request("PATCH", f"subscriptions/{subscription_id}",
                             json={"expirationDateTime": when})
        name = await _name_of(deps, mailbox_id, subscription_id)
        if name:
            await _remember(deps, mailbox_id, name, subscription_id, expires)
    except NotFound:
        await recreate(deps, client, mailbox_id, subscription_id)


async def recreate(deps: MicrosoftDeps, client: GraphClient, mailbox_id: str,
                   subscription_id: str) -> None:
    """subscriptionRemoved: forget it and create what is missing."""
    name = await _name_of(deps, mailbox_id, subscription_id)
    if name:
        await deps.coord.delete(_key(mailbox_id, name))
    await ensure(deps, client, mailbox_id)


async def remove_all(deps: MicrosoftDeps, client: GraphClient, mailbox_id: str) -> None:
    for name in RESOURCES:
        raw = await deps.coord.take(_key(mailbox_id, name))
        if raw:
            with contextlib.suppress(NotFound):
                await client.request("DELETE", f"subscriptions/{json.loads(raw)['id']}")
