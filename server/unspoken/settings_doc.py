"""The table of every UNSPOKEN_* setting, generated from `Settings` so the docs cannot drift.

Each row: the variable, its default, and what it does: the field's `description` when it has
one, else the comment written beside it (or right above it) in config.py. `settings_table()`
returns the Markdown table (the docs site reuses it); `python -m unspoken.settings_doc --write
README.md` puts it between the README's markers, `--check README.md` says what is out of date.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import tokenize
from pathlib import Path
from typing import Any, get_args

from pydantic.fields import FieldInfo

from unspoken import config
from unspoken.config import Settings

START = "<!-- settings-table:start (generated: make docs-settings) -->"
END = "<!-- settings-table:end -->"
REGENERATE = "make docs-settings"  # = python -m unspoken.settings_doc --write README.md
_PACKAGE = Path(config.__file__).resolve().parent


def _comments() -> dict[str, str]:
    """Field name -> its comment in config.py: the one on its line, else the block above."""
    source = Path(config.__file__).read_text(encoding="utf-8")
    lines = source.splitlines()
    inline: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            inline[tok.start[0]] = tok.string.lstrip("#").strip()
    out: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        name = stripped.partition(":")[0]
        if line.startswith("    ") and not line.startswith("     ") and name.isidentifier() \
                and name in Settings.model_fields:
            if n in inline and not stripped.startswith("#"):
                out[name] = inline[n]
                continue
            above: list[str] = []
            k = n - 1
            while k >= 1 and lines[k - 1].strip().startswith("#"):
                above.insert(0, lines[k - 1].strip().lstrip("#").strip())
                k -= 1
            if above:
                out[name] = " ".join(above)
    return out


def _type(field: FieldInfo) -> str:
    ann = field.annotation
    args = [a for a in get_args(ann) if a is not type(None)]
    base = args[0] if len(args) == 1 and len(get_args(ann)) == 2 else ann
    name = getattr(base, "__name__", str(base))
    if getattr(base, "__origin__", None) is list:
        return "JSON list"
    return {"str": "text", "int": "integer", "float": "number", "bool": "true/false",
            "Path": "path", "datetime": "ISO date-time"}.get(name, name)


def _default(field: FieldInfo) -> str:
    value: Any = field.get_default(call_default_factory=True)
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, list):
        return "`[]`" if not value else f"`{value}`"
    if isinstance(value, Path):
        text = str(value)
        resolved = value.resolve() if value.is_absolute() else None
        if resolved is not None and resolved.is_relative_to(_PACKAGE):
            text = "<package>/" + str(resolved.relative_to(_PACKAGE))
        elif text.startswith(tempfile.gettempdir()):
            text = "$TMPDIR" + text[len(tempfile.gettempdir()):]
        return f"`{text}`"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"`{value:,}`".replace(",", "_") if value >= 10_000 else f"`{value}`"
    return f"`{value}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def settings_table() -> str:
    """The Markdown table of every setting, in the order config.py declares them."""
    notes = _comments()
    rows = ["| Variable | Type | Default | What it does |", "|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        what = field.description or notes.get(name, "")
        rows.append(f"| `UNSPOKEN_{name.upper()}` | {_type(field)} | {_default(field)} | "
                    f"{_cell(what)} |")
    return "\n".join(rows) + "\n"


def _section(text: str) -> tuple[int, int] | None:
    a, b = text.find(START), text.find(END)
    return (a + len(START), b) if a >= 0 and b > a else None


def problems(readme: str) -> list[str]:
    """What is wrong with the table in this README text (empty: up to date)."""
    span = _section(readme)
    if span is None:
        return [f"no settings table: add the lines {START!r} and {END!r}, then run "
                f"`{REGENERATE}`"]
    current = readme[span[0]:span[1]]
    if current.strip() == settings_table().strip():
        return []
    out = [f"UNSPOKEN_{n.upper()} is missing from the settings table"
           for n in Settings.model_fields if f"`UNSPOKEN_{n.upper()}`" not in current]
    return out or ["the settings table differs from Settings (a default or a comment changed)"]


def write(readme: str) -> str:
    span = _section(readme)
    if span is None:
        raise ValueError(f"no {START!r} … {END!r} markers")
    return readme[:span[0]] + "\n" + settings_table() + readme[span[1]:]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m unspoken.settings_doc",
                                description="The UNSPOKEN_* settings table of the README.")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--write", metavar="README", type=Path, help="update the table in place")
    g.add_argument("--check", metavar="README", type=Path, help="exit 1 when it is out of date")
    args = p.parse_args(argv)
    if args.write:
        args.write.write_text(write(args.write.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    if args.check:
        found = problems(args.check.read_text(encoding="utf-8"))
        for line in found:
            print(f"{args.check}: {line}; regenerate with `{REGENERATE}`", file=sys.stderr)
        return 1 if found else 0
    sys.stdout.write(settings_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
