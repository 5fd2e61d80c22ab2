"""Shared fixtures: the service's live in tests/service_support.py (real PostgreSQL + Redis)."""

pytest_plugins = ("tests.service_support", "tests.notify.support")
