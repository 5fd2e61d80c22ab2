"""The settings tables are generated from `Settings`: the deployment guide's page and the
README's table. A new field without a description, or a table not regenerated, fails here
with the command that fixes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspoken import settings_doc
from unspoken.config import Settings
from unspoken.settings_doc import markdown, rows

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "src" / "reference" / "settings.md"
README = ROOT / "README.md"


class TestSettingsPage:
    def test_every_setting_is_in_the_table_with_a_description(self) -> None:
        documented = {r[0]: r[3] for r in rows()}
        for name in Settings.model_fields:
            assert documented.get(f"UNSPOKEN_{name.upper()}", "").replace(
                "**Secret.**", "").strip(), f"{name}: comment it in config.py"

    def test_the_committed_page_is_the_generated_one(self) -> None:
        assert PAGE.read_text() == markdown(), \
            f"regenerate: {settings_doc.REGENERATE}"

    def test_defaults_do_not_depend_on_the_machine(self) -> None:
        page = markdown()
        assert "`<package>/sample`" in page and "`$TMPDIR/unspoken-worker.heartbeat`" in page
        assert str(Path.home()) + "/" not in page


class TestReadmeTable:
    def test_readme_lists_every_setting_as_settings_declares_it(self) -> None:
        found = settings_doc.readme_problems(README.read_text(encoding="utf-8"))
        assert found == [], f"README.md: {found}; regenerate with `{settings_doc.REGENERATE}`"

    def test_a_setting_missing_from_the_table_is_named_with_the_fix(self, tmp_path, capsys):
        text = README.read_text(encoding="utf-8")
        row = next(r for r in text.splitlines() if r.startswith("| `UNSPOKEN_REDIS_URL`"))
        stale = tmp_path / "README.md"
        stale.write_text(text.replace(row + "\n", ""), encoding="utf-8")
        assert settings_doc.main(["--check", str(stale)]) == 1
        err = capsys.readouterr().err
        assert "UNSPOKEN_REDIS_URL is missing from the settings table" in err
        assert "make docs-settings" in err
        assert settings_doc.main(["--write", str(stale)]) == 0
        assert stale.read_text(encoding="utf-8") == text  # regenerated: as committed

    def test_a_readme_without_the_markers_says_how_to_add_them(self) -> None:
        assert "settings-table:start" in settings_doc.readme_problems("# no table\n")[0]
        with pytest.raises(ValueError):
            settings_doc.write_readme("# no table\n")
