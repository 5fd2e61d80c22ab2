"""Every UNSPOKEN_* setting as a Markdown table, generated from `Settings`: the deployment
guide's settings page and the README's table (tests fail when either differs from this output).

Descriptions come from the comments beside each field in config.py (the same line, or the
comment block just above), so a new setting is documented where it is declared.
`make docs-settings` regenerates both: `python -m unspoken.settings_doc >
docs/src/reference/settings.md` and `python -m unspoken.settings_doc --write README.md`
(`--check README.md` says what is out of date).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import tokenize
from pathlib import Path
from typing import Any

from unspoken import config
from unspoken.config import Settings

_FIELD = re.compile(r"^\s{4}(\w+)\s*:")
_PACKAGE = Path(config.__file__).resolve().parent
README_START = "<!-- settings-table:start (generated: make docs-settings) -->"
README_END = "<!-- settings-table:end -->"
REGENERATE = "make docs-settings"
SECRET = {"database_url", "redis_url", "encryption_keys", "google_client_secret",
          "microsoft_client_secret", "smtp_url"}  # give these through a Secret, never values


def _comments() -> dict[str, str]:
    """Field name -> its comment (same line, else the block of comment lines above it)."""
    source = Path(config.__file__).read_text()
    lines = source.splitlines()
    trailing: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            trailing[tok.start[0]] = tok.string.lstrip("# ").strip()
    out: dict[str, str] = {}
    block: list[str] = []
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("# ").strip())
            continue
        m = _FIELD.match(line)
        if m and m.group(1) in Settings.model_fields:
            text = trailing.get(n) if not stripped.startswith("#") and n in trailing else None
            out[m.group(1)] = text or " ".join(block)
        if not stripped.startswith("#"):
            block = [] if stripped else block
    return out


def _default(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Path):  # never this machine's paths
        text = str(value)
        if value.is_absolute() and value.resolve().is_relative_to(_PACKAGE):
            text = "<package>/" + str(value.resolve().relative_to(_PACKAGE))
        elif text.startswith(tempfile.gettempdir()):
            text = "$TMPDIR" + text[len(tempfile.gettempdir()):]
        return f"`{text}`"
    return f"`{value}`"


def rows() -> list[tuple[str, str, str, str]]:
    """(environment variable, type, default, description), in declaration order."""
    notes = _comments()
    out = []
    for name, field in Settings.model_fields.items():
        kind = getattr(field.annotation, "__name__", None) or str(field.annotation)
        kind = (kind.replace("typing.", "").replace("pathlib.", "").replace("datetime.", "")
                .replace(" | ", " or "))
        default = field.default_factory() if field.default_factory else field.default  # type: ignore[call-arg]
        note = field.description or notes.get(name, "")
        if name in SECRET:
            note = (note + " " if note else "") + "**Secret.**"
        out.append((f"UNSPOKEN_{name.upper()}", kind, _default(default), note))
    return out


def table() -> str:
    """The table alone (the README holds it between its markers)."""
    head = "| Variable | Type | Default | What it does |\n|---|---|---|---|\n"
    return head + "".join(f"| `{v}` | {t} | {d} | {n.replace('|', '/')} |\n"
                          for v, t, d, n in rows())


def markdown() -> str:
    """The guide's settings page."""
    return ("# Settings\n\nEvery setting is an environment variable (`UNSPOKEN_` + the name in "
            "capitals); nothing else configures the service. Lists are JSON "
            "(`UNSPOKEN_EXTENSION_IDS='[\"id\"]'`). Generated from `Settings` by "
            "`python -m unspoken.settings_doc`; do not edit by hand.\n\n" + table())


def _span(readme: str) -> tuple[int, int] | None:
    a, b = readme.find(README_START), readme.find(README_END)
    return (a + len(README_START), b) if a >= 0 and b > a else None


def readme_problems(readme: str) -> list[str]:
    """What is wrong with the README's table (empty: it is the generated one)."""
    span = _span(readme)
    if span is None:
        return [f"no settings table: add the lines {README_START!r} and {README_END!r}"]
    current = readme[span[0]:span[1]]
    if current.strip() == table().strip():
        return []
    missing = [f"UNSPOKEN_{n.upper()} is missing from the settings table"
               for n in Settings.model_fields if f"`UNSPOKEN_{n.upper()}`" not in current]
    return missing or ["the settings table differs from Settings (a default or comment changed)"]


def write_readme(readme: str) -> str:
    span = _span(readme)
    if span is None:
        raise ValueError(f"no {README_START!r} … {README_END!r} markers")
    return readme[:span[0]] + "\n" + table() + readme[span[1]:]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m unspoken.settings_doc",
                                description="Print the settings page, or update or check the "
                                            "README's settings table.")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--write", metavar="README", type=Path, help="update its table in place")
    g.add_argument("--check", metavar="README", type=Path, help="exit 1 when it is stale")
    args = p.parse_args(argv)
    if args.write:
        args.write.write_text(write_readme(args.write.read_text(encoding="utf-8")),
                              encoding="utf-8")
        return 0
    if args.check:
        found = readme_problems(args.check.read_text(encoding="utf-8"))
        for line in found:
            print(f"{args.check}: {line}; regenerate with `{REGENERATE}`", file=sys.stderr)
        return 1 if found else 0
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
