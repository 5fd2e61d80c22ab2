"""A fake Google per test, the connector's settings pointed at it, and helpers to connect a
mailbox without going through the browser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.providers.google.fake_google import ALL_SCOPES, FakeGoogle
from tests.service_support import make_user
from unspoken.config import Settings
from unspoken.providers.google.client import Grant
from unspoken.providers.google.sync import GoogleProvider
from unspoken.providers.registry import register
from unspoken.runtime import Runtime
from unspoken.store.db import transaction
from unspoken.store.repositories import mailboxes as mailboxes_repo

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def settings(settings: Settings, fake_google: FakeGoogle,
             monkeypatch: pytest.MonkeyPatch) -> Settings:
    # oauthlib refuses http token endpoints unless told: the fake listens on loopback http.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    s = settings.model_copy(update={**fake_google.endpoints(), "google_pubsub_audience":
                                    "https://unspoken.test/webhooks/google/pubsub",
                                    "google_pubsub_service_account":
                                    "push@project.iam.gserviceaccount.com",
                                    "google_redirect_uri":
                                    "http://testserver/auth/google/callback"})
    register(GoogleProvider(s))  # the registry's hook: the provider reads these settings
    return s


async def connect_mailbox(rt: Runtime, fake: FakeGoogle, *,
                          scopes: tuple[str, ...] = ALL_SCOPES) -> tuple[str, str]:
    """A user with a Google mailbox whose grant the fake knows: (mailbox id, address)."""
    user = await make_user(rt)
    refresh = "1//test-" + user.id
    fake.refresh_tokens[refresh] = {"email": user.email, "scopes": scopes}
    fake.box(user.email)
    grant = Grant(refresh_token=refresh, scopes=tuple(s.split("/")[-1] if s.startswith(
        "https://www.googleapis.com/auth/userinfo") else s for s in scopes))
    async with transaction(rt.sessions) as s:
        box = await mailboxes_repo.add(s, user_id=user.id, provider="google",
                                       address=user.email, source={})
        box.credentials = rt.box.seal(grant.to_bytes(), mailbox_id=box.id)
        return box.id, user.email


def fill(fake: FakeGoogle, email: str, *, customers: int = 30, internal: int = 10,
         newsletters: int = 10, days: int = 200) -> int:
    """Messages spread over `days`, newest now: (customer, internal, newsletter) mixes.
    Returns how many are correspondence (all of them: none is spam/trash)."""
    domain = email.split("@")[1]
    total = customers + internal + newsletters
    for i in range(total):
        when = NOW - timedelta(days=days * i / total, minutes=i)
        if i % total < customers:
            fake.add_message(email, sender=f"Dana Reyes <dana{i % 3}@acme-logistics.com>",
                             to=email, subject=f"Rollout {i}",
                             body=f"Hi Sam, thanks for the update on item {i}!\n\nDana",
                             when=when)
        elif i < customers + internal:
            fake.add_message(email, sender=f"Kim <kim@{domain}>", to=email,
                             subject=f"Internal {i}", body="see you", when=when)
        else:
            fake.add_message(email, sender="News <news@mail.vendor.io>", to=email,
                             subject=f"Digest {i}", body="promo", when=when,
                             labels=("INBOX", "CATEGORY_PROMOTIONS"),
                             extra_headers={"List-Unsubscribe": "<https://x.test/u>"})
    return total
