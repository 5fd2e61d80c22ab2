"""The deployment guide's settings page is generated from `Settings`: a new field without a
description, or a page not regenerated, fails here."""

from __future__ import annotations

from pathlib import Path

from unspoken.config import Settings
from unspoken.settings_doc import markdown, rows

PAGE = Path(__file__).resolve().parents[1] / "docs" / "src" / "reference" / "settings.md"


class TestSettingsPage:
    def test_every_setting_is_in_the_table_with_a_description(self) -> None:
        documented = {r[0]: r[3] for r in rows()}
        for name in Settings.model_fields:
            assert documented.get(f"UNSPOKEN_{name.upper()}", "").replace(
                "**Secret.**", "").strip(), f"{name}: comment it in config.py"

    def test_the_committed_page_is_the_generated_one(self) -> None:
        assert PAGE.read_text() == markdown(), \
            "regenerate: python -m unspoken.settings_doc > docs/src/reference/settings.md"
