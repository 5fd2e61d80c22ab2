"""How often each marker fires on real Enron mail (rules vs rules + classifier).

    .venv/bin/python -m tests.signals.enron_markers [N] [--show KIND]
    .venv/bin/python -m tests.signals.enron_markers [N] --show KIND|all --learned  # its adds
    .venv/bin/python -m tests.signals.enron_markers [N] --time   # ms per message of detect

Enron mail is business mail between strangers to this project, but not customer churn, so a
firing rate here is mostly a false-alarm rate; `--show KIND` prints the sentences that fired
for hand inspection (a developer tool: the library itself never prints message text).
Data: ../shared/data/enron (see ../shared/data/SOURCES.md).
"""

from __future__ import annotations

import email
import email.policy
import random
import sys
import time
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

from tests.signals import marker_model
from tests.signals.enron_residue import ENRON
from tests.signals.marker_data import EVAL_KINDS
from unspoken.signals import markers
from unspoken.signals.model import Direction
from unspoken.signals.text import split_reply


def read_new_text(path: Path) -> tuple[EmailMessage, str] | None:
    """One Enron file's message and its new text (quotes and signature stripped); None when it
    has no readable plain-text part (skipped, as the engine skips a broken part)."""
    with path.open("rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        return None
    try:
        body = part.get_content()
    except Exception:  # noqa: BLE001 - a broken part is skipped
        return None
    return msg, split_reply(body)[0]


def messages(limit: int, seed: int = 11) -> list[tuple[Direction, str]]:
    """New text (quotes and signature stripped) of `limit` random Enron messages."""
    files = [p for p in ENRON.rglob("*") if p.is_file() and p.suffix != ".tsv"]
    random.Random(seed).shuffle(files)
    out: list[tuple[Direction, str]] = []
    for path in files[:limit]:
        read = read_new_text(path)
        if read is None:
            continue
        msg, new = read
        sender = str(msg.get("from", "")).lower()
        direction = (
            Direction.SENT if sender.startswith(("kenneth.lay", "jeff.skilling", "klay"))
            else Direction.RECEIVED
        )
        out.append((direction, new))
    return out


def sentences(limit: int, seed: int = 11) -> list[tuple[Direction, str]]:
    return [
        (direction, s)
        for direction, new in messages(limit, seed)
        for s in markers.split_sentences(new)
        if len(s) < 400
    ]


def timing(limit: int, repeat: int = 3) -> None:
    """Milliseconds per message of markers.detect on Enron new text (best of `repeat`)."""
    msgs = messages(limit)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for direction, new in msgs:
            markers.detect(new, direction=direction)
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(new) for _d, new in msgs) / len(msgs)
    print(f"detect: {1000 * best / len(msgs):.3f} ms/message over {len(msgs)} Enron messages "
          f"(mean {chars:.0f} chars of new text; best of {repeat})")


def main(argv: list[str]) -> None:
    if not ENRON.is_dir():
        print(f"no Enron data at {ENRON}")
        return
    limit = int(argv[0]) if argv and argv[0].isdigit() else 3000
    if "--time" in argv:
        timing(limit)
        return
    show = argv[argv.index("--show") + 1] if "--show" in argv else ""
    sents = sentences(limit)
    rule_hits: Counter[str] = Counter()
    both_hits: Counter[str] = Counter()
    shipped_hits: Counter[str] = Counter()
    for direction, s in sents:
        r = markers.classify_sentence(s, direction=direction)
        c = marker_model.combine(s, r, direction=direction)
        for k in r & set(EVAL_KINDS):
            rule_hits[k] += 1
        for k in c & set(EVAL_KINDS):
            both_hits[k] += 1
        # the shipped learned stage (learned.py) as detect applies it, with its gates
        learned_kinds = markers._learned(s, set(r), direction)
        for k in (r | learned_kinds) & set(EVAL_KINDS):
            shipped_hits[k] += 1
        added = learned_kinds - r if "--learned" in argv else set()
        if show and (show in added or show == "all" and added):
            print(f"  [L {','.join(sorted(added))}] {s[:200]}")
        if show and (show in r or (show in c and "--model" in argv)):
            print(f"  [{'R' if show in r else 'M'}] {s[:200]}")
    # Few Enron messages count as "sent" here, so also read every sentence as if we wrote it:
    # the expansion-proposal grammar's false-alarm rate on ordinary business prose.
    as_sent = as_sent_learned = 0
    for _d, s in sents:
        r = markers.classify_sentence(s, direction=Direction.SENT)
        as_sent += markers.EXPANSION_PROPOSAL in r
        as_sent_learned += markers.EXPANSION_PROPOSAL in r | markers._learned(
            s, set(r), Direction.SENT)
    print(f"Enron: {limit} files, {len(sents)} sentences of new text")
    print(f"  {'marker':20} {'rules':>7} {'+model':>7} {'+learned':>9}   (hits per 1,000 "
          "sentences; +model: marker_model.py, never shipped; +learned: learned.py, shipped)")
    for kind in EVAL_KINDS:
        rate_rules = 1000 * rule_hits[kind] / len(sents)
        rate_both = 1000 * both_hits[kind] / len(sents)
        rate_shipped = 1000 * shipped_hits[kind] / len(sents)
        print(f"  {kind:20} {rate_rules:7.2f} {rate_both:7.2f} {rate_shipped:9.2f}")
    print(f"  {'expansion (all sent)':20} {1000 * as_sent / len(sents):7.2f} {'':7} "
          f"{1000 * as_sent_learned / len(sents):9.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
