"""The README's settings table is generated from Settings and must list every setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspoken import settings_doc
from unspoken.config import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


class TestSettingsTable:
    def test_readme_lists_every_setting_as_settings_declares_it(self):
        found = settings_doc.problems(README.read_text(encoding="utf-8"))
        assert found == [], f"README.md: {found}; regenerate with `{settings_doc.REGENERATE}`"

    def test_every_setting_says_what_it_does(self):
        rows = settings_doc.settings_table().splitlines()[2:]
        assert len(rows) == len(Settings.model_fields)
        bare = [r.split("|")[1].strip() for r in rows if not r.split("|")[4].strip()]
        assert bare == [], f"{bare}: add a comment beside the field in config.py"

    def test_a_setting_missing_from_the_table_is_named_with_the_fix(self, tmp_path, capsys):
        text = README.read_text(encoding="utf-8")
        row = next(line for line in text.splitlines() if line.startswith("| `UNSPOKEN_REDIS_URL`"))
        stale = tmp_path / "README.md"
        stale.write_text(text.replace(row + "\n", ""), encoding="utf-8")
        assert settings_doc.main(["--check", str(stale)]) == 1
        err = capsys.readouterr().err
        assert "UNSPOKEN_REDIS_URL is missing from the settings table" in err
        assert "make docs-settings" in err
        assert settings_doc.main(["--write", str(stale)]) == 0
        assert stale.read_text(encoding="utf-8") == text  # regenerated: as committed

    def test_a_readme_without_the_markers_says_how_to_add_them(self):
        assert "settings-table:start" in settings_doc.problems("# no table here\n")[0]
        with pytest.raises(ValueError):
            settings_doc.write("# no table here\n")

    def test_defaults_do_not_depend_on_the_machine(self):
        table = settings_doc.settings_table()
        assert "`<package>/sample`" in table and "`$TMPDIR/unspoken-worker.heartbeat`" in table
        assert str(Path.home()) not in table
