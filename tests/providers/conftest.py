"""Fixtures shared by the connector tests of both providers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.providers.google.fake_google import FakeGoogle


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    """A fake Google on loopback for one test."""
    fake = FakeGoogle().start()
    yield fake
    fake.stop()
