"""Slack and Microsoft Teams incoming webhooks: validating a URL, the message each expects,
and what a response means (delivered, try again, the hook was removed, or refused)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlparse

import httpx

MAX_URL = 2048
KINDS = ("slack", "teams")
# Slack's answers meaning the hook (or its channel, app or workspace) is gone for good.
_SLACK_REMOVED = frozenset({"no_service", "no_service_id", "channel_not_found",
                            "channel_is_archived", "no_team", "team_disabled", "invalid_token",
                            "action_prohibited", "no_active_hooks", "team_not_found"})
_TEAMS_HOSTS = (".webhook.office.com", ".logic.azure.com", ".powerplatform.com",
                "outlook.office.com", "outlook.office365.com")


class BadWebhook(ValueError):
    """The URL cannot be a hook: the message says why, naming the field."""


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # 5xx, 429, timeout, connection: try again later
    REMOVED = "removed"  # 404/410 or a "gone" code: disable the hook and say so
    REFUSED = "refused"  # another 4xx: this message will not go, the hook may be fine


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    error: str = ""  # short and safe to show: "http 503", "no_service"
    retry_after: float | None = None


def infer_kind(url: str) -> str | None:
    host = (urlparse(url).hostname or "").lower()
    if host == "hooks.slack.com":
        return "slack"
    if host.endswith(_TEAMS_HOSTS):
        return "teams"
    return None


def _private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return not ip.is_global


def validate(url: str, *, kind: str | None, allow_private: bool) -> tuple[str, str]:
    """(url, kind) for a usable hook URL; BadWebhook with the reason otherwise."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise BadWebhook(f"webhook.url: longer than {MAX_URL} characters")
    u = urlparse(url)
    if u.scheme != "https" and not (allow_private and u.scheme == "http"):
        raise BadWebhook("webhook.url: must start with https://")
    if not u.hostname or u.username or u.password:
        raise BadWebhook("webhook.url: needs a host and no user:password@")
    try:
        ip = ipaddress.ip_address(u.hostname)
    except ValueError:
        ip = None
    if ip is not None and _private(ip) and not allow_private:
        raise BadWebhook("webhook.url: a private or loopback address cannot be a hook")
    kind = kind or infer_kind(url)
    if kind not in KINDS:
        raise BadWebhook("webhook.kind: say slack or teams (not recognised from the URL)")
    return url, kind


def hint(url: str) -> str:
    """What Settings shows of a hook: its host and the last 4 characters (the URL is secret)."""
    u = urlparse(url)
    return f"{u.hostname}/…{url[-4:]}"


async def _resolves_public(host: str, port: int) -> bool:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return all(not _private(ipaddress.ip_address(i[4][0])) for i in infos)


def payload(kind: str, *, title: str, lines: list[str], link: str) -> dict[str, Any]:
    """The message body each service expects (Slack mrkdwn; a Teams Adaptive Card)."""
    if kind == "slack":
        esc = [_slack_escape(x) for x in (title, *lines)]
        text = f"*{esc[0]}*\n" + "\n".join(esc[1:]) + f"\n<{link}|Open in Unspoken>"
        return {"text": text, "unfurl_links": False}
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": title, "weight": "Bolder", "wrap": True}]
    body += [{"type": "TextBlock", "text": x, "wrap": True} for x in lines]
    return {"type": "message", "attachments": [{
        "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None,
        "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard", "version": "1.4", "body": body,
                    "actions": [{"type": "Action.OpenUrl", "title": "Open in Unspoken",
                                 "url": link}]}}]}


def _slack_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


async def post(client: httpx.AsyncClient, url: str, body: dict[str, Any], *,
               allow_private: bool) -> Result:
    """POST one message; never raises for the network or the service's answer."""
    u = urlparse(url)
    try:
        if not allow_private and not await _resolves_public(
                u.hostname or "", u.port or (443 if u.scheme == "https" else 80)):
            return Result(Outcome.REFUSED, "resolves to a private address")
    except OSError:
        return Result(Outcome.RETRY, "dns")
    try:
        r = await client.post(url, json=body, follow_redirects=False)
    except httpx.TimeoutException:
        return Result(Outcome.RETRY, "timeout")
    except httpx.HTTPError as exc:
        return Result(Outcome.RETRY, type(exc).__name__[:40])
    code = r.text[:200].strip().strip('"').lower() if r.status_code >= 400 else ""
    if 200 <= r.status_code < 300:
        return Result(Outcome.SENT)
    if r.status_code in (404, 410) or code in _SLACK_REMOVED:
        return Result(Outcome.REMOVED, code if code in _SLACK_REMOVED else f"http {r.status_code}")
    if r.status_code == 429 or r.status_code >= 500:
        try:
            after = float(r.headers.get("Retry-After", ""))
        except ValueError:
            after = None
        return Result(Outcome.RETRY, f"http {r.status_code}", retry_after=after)
    return Result(Outcome.REFUSED, f"http {r.status_code}")
