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
