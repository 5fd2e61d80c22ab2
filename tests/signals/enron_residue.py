"""How often quoted headers survive split_reply on real Enron replies (a measurement, not a test).

    .venv/bin/python -m tests.signals.enron_residue [N]

Data: ../shared/data/enron (CMU Enron corpus; see ../shared/data/SOURCES.md). Prints only
counts and rates, never message text.
"""

from __future__ import annotations

import email
import email.policy
import random
import re
import sys
import time
from pathlib import Path

from unspoken.signals.text import split_reply

ENRON = Path(__file__).parents[3] / "shared" / "data" / "enron"

# Residue detector, deliberately independent of text.py's own rules.
_SEP = re.compile(r"-{2,}.*(?:original message|forwarded by)|forwarded by .* on \d", re.I)
_KEY = re.compile(r"^\s*(?:from|sent|to|cc|subject|date)\s*:", re.I)
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}")
_WROTE = re.compile(r"\bwrote\s*:\s*$|a \u00e9crit\s*:\s*$", re.I)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|fw|fwd)\s*:", re.I)


def has_quoted_header(text: str) -> bool:
    lines = text.splitlines()
    keys = 0
    for i, line in enumerate(lines):
        if _SEP.search(line) or _WROTE.search(line):
            return True
        if _KEY.match(line):
            keys += 1
            if keys >= 2:
                return True
        if _DATE.search(line) and any(_KEY.match(x) for x in lines[i + 1 : i + 6]):
            return True
    return False


def naive_split(body: str) -> str:
    """What a typical Gmail-era reply parser does: cut at "On ... wrote:", drop '>' lines."""
    out = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if re.match(r"\s*on\b.*wrote:\s*$", line, re.I) or line.strip() in ("--", "-- "):
            break
        if not line.startswith(">"):
            out.append(line)
    return "\n".join(out).strip()


def bodies(limit: int, seed: int = 7) -> list[str]:
    files = [p for p in ENRON.rglob("*") if p.is_file() and p.suffix != ".tsv"]
    random.Random(seed).shuffle(files)
    out: list[str] = []
    for path in files:
        with path.open("rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        if not _REPLY_SUBJECT.match(str(msg.get("subject", ""))):
            continue
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            continue
        try:
            body = part.get_content()
        except Exception:
            continue
        if has_quoted_header(body):
            out.append(body)
        if len(out) >= limit:
            break
    return out


def main() -> None:
    if not ENRON.is_dir():
        print(f"no Enron data at {ENRON}")
        return
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sample = bodies(limit)
    n = len(sample)
    t0 = time.perf_counter()
    ours = [split_reply(b)[0] for b in sample]
    dt = time.perf_counter() - t0
    raw = sum(has_quoted_header(b) for b in sample)
    naive = sum(has_quoted_header(naive_split(b)) for b in sample)
    left = sum(has_quoted_header(t) for t in ours)
    empty = sum(not t for t in ours)
    print(f"Enron replies with quoted history: {n}")
    print(f"  quoted-header residue, no stripping:      {raw / n:.1%}")
    print(f"  quoted-header residue, naive '>'/wrote:  {naive / n:.1%}")
    print(f"  quoted-header residue, split_reply:       {left / n:.1%}")
    print(f"  empty new text (pure forwards):           {empty / n:.1%}")
    print(f"  split_reply: {n / dt:,.0f} bodies/s")


if __name__ == "__main__":
    main()
