"""Per-pool marker recall and false hits of the text layer on one wording module (a quick look
at the language layer, phrase by phrase, without building worlds).

Each phrase of a labelled pool is written as the scenario builder writes it (a customer's
reply, or our own mail; subject-line offers with their first lines) and read by
`markers.detect`; a pool whose label is a marker is scored on that marker, every other pool
counts the markers that fire on it anyway (false hits).

    .venv/bin/python -m tests.signals.wording_markers tests.signals.wording [-v] [--split tune]

The blind wordings (fresh #2, #3) are refused: reading their misses would spend them.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter

from tests.signals.splits import BLIND
from unspoken.signals import markers as mk
from unspoken.signals.model import Direction

# pool -> (marker it is labelled with, direction it is written in)
POSITIVE: dict[str, tuple[str, Direction]] = {
    "FEATURE_ASK": (mk.FEATURE_ASK, Direction.RECEIVED),
    "DEFERRAL": (mk.DEFERRAL, Direction.RECEIVED),
    "DEFERRAL_NO_VERB": (mk.DEFERRAL, Direction.RECEIVED),
    "INVITE_DECLINE_IDIOM": (mk.DEFERRAL, Direction.RECEIVED),
    "HOLIDAY_DEFERRAL": (mk.DEFERRAL, Direction.RECEIVED),
    "VAGUE_DECLINE": (mk.VAGUE_DECLINE, Direction.RECEIVED),
    "CONCRETE_DECLINE": (mk.CONCRETE_DECLINE, Direction.RECEIVED),
    "ASSISTANT_REDIRECT": (mk.ASSISTANT_REDIRECT, Direction.RECEIVED),
    "ASSISTANT_UNAVAILABLE": (mk.ASSISTANT_REDIRECT, Direction.RECEIVED),
    "EXPANSION_PROPOSAL": (mk.EXPANSION_PROPOSAL, Direction.SENT),
    "PROPOSAL_STATEMENT": (mk.EXPANSION_PROPOSAL, Direction.SENT),
    "PROPOSAL_SUBJECT": (mk.EXPANSION_PROPOSAL, Direction.SENT),
    # Warmth: each phrase alone, read for its own marker (small talk's test weighs them).
    "WARM_GREETING": (mk.GREETING, Direction.RECEIVED),
    "SMALL_TALK": (mk.SMALL_TALK, Direction.RECEIVED),
    "COMPLIMENT": (mk.COMPLIMENT, Direction.RECEIVED),
    "THANKS": (mk.THANKS, Direction.RECEIVED),
    "TERSE": (mk.TERSE, Direction.RECEIVED),
    "ACCEPT": (mk.ACCEPTANCE, Direction.RECEIVED),
}
# Pools that carry none of the watched markers, and the direction they are written in.
NEGATIVE: dict[str, Direction] = {
    "BODY": Direction.RECEIVED,
    "LEFT_COMPANY": Direction.RECEIVED, "OUT_OF_OFFICE": Direction.RECEIVED,
    "SENT_BODY": Direction.SENT, "NUDGE": Direction.SENT,
    "PROPOSAL_SUBJECT_BODY": Direction.SENT,
}
WATCHED = (mk.FEATURE_ASK, mk.DEFERRAL, mk.VAGUE_DECLINE, mk.CONCRETE_DECLINE,
           mk.EXPANSION_PROPOSAL, mk.ASSISTANT_REDIRECT, mk.ACCEPTANCE)
# Warm markers are false hits only on pools meant to carry no warmth (a cold email read as warm
# hides a loss of small talk); the warm pools themselves often carry two at once.
WARM = (mk.GREETING, mk.SMALL_TALK, mk.COMPLIMENT, mk.THANKS)
_WARM_POOLS = ("WARM_GREETING", "SMALL_TALK", "COMPLIMENT", "THANKS", "EMOJI")
_SLOTS = {"exec": "Pat", "junior": "Jordan", "company": "Acme Freight"}


def _texts(module, name: str, phrase: str, rng: random.Random, split: str) -> tuple[str, str]:
    """(text, subject) of one mail built around `phrase`, slots filled as the module does."""
    said = module.pick(rng, [phrase], split if split == "all" else "all", **_SLOTS)
    if name == "PROPOSAL_SUBJECT":
        first = module.pick(rng, list(module.PROPOSAL_SUBJECT_BODY), "all", **_SLOTS)
        return f"Hi Dana,\n\n{first}\n\nBest,\nSam", said
    if name in ("SENT_BODY", "NUDGE", "PROPOSAL_SUBJECT_BODY") or name in POSITIVE and \
            POSITIVE[name][1] is Direction.SENT:
        return f"Hi Dana,\n\n{said}\n\nBest,\nSam", "Following up"
    return f"{said}\n\nBest,\nDana", "Re: Following up"


def run(module_name: str, *, split: str = "all", draws: int = 3, verbose: bool = False) -> int:
    if any(b in module_name for b in BLIND):
        print(f"refused: {module_name} is a blind wording", file=sys.stderr)
        return 2
    module = importlib.import_module(module_name)
    from tests.signals import wording as team

    rng = random.Random(7)
    print(f"{module_name} (split {split}): pool, labelled marker, hits / phrases drawn")
    for name in list(POSITIVE) + list(NEGATIVE):
        phrases = getattr(module, name, None)
        if phrases is None:
            continue
        if module is team and split != "all":
            phrases = team.pool(list(phrases), split)
        want, direction = POSITIVE.get(name, ("", NEGATIVE.get(name, Direction.RECEIVED)))
        hit = total = 0
        false: Counter[str] = Counter()
        misses: list[str] = []
        for phrase in phrases:
            for _ in range(draws):
                text, subject = _texts(module, name, phrase, rng, split)
                got = mk.detect(text, direction=direction, subject=subject).counts
                total += 1
                if want:
                    if want in got:
                        hit += 1
                    elif not misses or misses[-1] != phrase:
                        misses.append(phrase)
                        if verbose:
                            lines = text.splitlines()
                            said = lines[0] if direction is Direction.RECEIVED else lines[2]
                            head = subject + " | " if name == "PROPOSAL_SUBJECT" else ""
                            print(f"    MISS  {head}{said}")
                cold = name not in _WARM_POOLS and direction is Direction.RECEIVED
                for k in WATCHED + (WARM if cold else ()):
                    if k != want and k in got:
                        false[k] += 1
                        if verbose:
                            print(f"    FALSE {k:18} [{name}] {text.splitlines()[0][:140]}")
        score = f"{hit:4d} / {total:<4d} ({hit / total:5.0%})" if want and total else \
            f"{'':4}   {total:<4d}"
        extra = ", ".join(f"{k} {n}" for k, n in false.items())
        print(f"  {name:24}{want or '-':20}{score}  {('false: ' + extra) if extra else ''}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("module", help="e.g. tests.signals.wording or tests.signals.wording_fresh")
    ap.add_argument("--split", default="all", choices=["all", "tune", "eval"],
                    help="half of the team's wording (other modules are read whole)")
    ap.add_argument("--draws", type=int, default=3, help="slot draws per phrase")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    return run(a.module, split=a.split, draws=a.draws, verbose=a.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
