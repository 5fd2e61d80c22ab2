"""The only place that branches on a provider kind."""

from __future__ import annotations

from unspoken.providers.base import MailProvider
from unspoken.providers.fake import FakeProvider
from unspoken.providers.file import FileProvider
from unspoken.providers.google.sync import GoogleProvider
from unspoken.providers.microsoft.sync import MicrosoftProvider

_PROVIDERS: dict[str, MailProvider] = {"file": FileProvider(), "fake": FakeProvider()}
_PROVIDERS[MicrosoftProvider.kind] = MicrosoftProvider()
_PROVIDERS[GoogleProvider.kind] = GoogleProvider()


class UnknownProvider(LookupError):
    pass


def provider_for(kind: str) -> MailProvider:
    try:
        return _PROVIDERS[kind]
    except KeyError:
        raise UnknownProvider(kind) from None


def kinds() -> tuple[str, ...]:
    return tuple(_PROVIDERS)


def polled_kinds() -> tuple[str, ...]:
    """Remote sources whose push is only a hint: the periodic sync is their safety net."""
    return (GoogleProvider.kind, MicrosoftProvider.kind)


def register(provider: MailProvider) -> None:
    """Connectors (Google, Microsoft) add themselves here when they land."""
    _PROVIDERS[provider.kind] = provider


_NAMES = {"file": "Imported export", "fake": "Sample mailbox",
          GoogleProvider.kind: "Google (Gmail)", MicrosoftProvider.kind: "Microsoft (Outlook)"}


def display_name(kind: str) -> str:
    """How the console names a mailbox's source."""
    return _NAMES.get(kind, kind)


def reconnect_path(kind: str, *, address: str, return_to: str = "/settings") -> str | None:
    """Where a console user grants access again (a sign-in flow of this server), or None for
    sources without one (imports)."""
    from urllib.parse import urlencode

    if kind == GoogleProvider.kind:
        return "/auth/google/start"
    if kind == MicrosoftProvider.kind:
        return "/auth/microsoft/start?" + urlencode({"return_to": return_to,
                                                     "login_hint": address})
    return None
