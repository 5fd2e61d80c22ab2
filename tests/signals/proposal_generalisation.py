"""How far the expansion-refusal rules carry from one writer to another (a developer tool).

The language half of the expansion-refusal signal, per wording module (the team's, fresh #1
and the dev wordings; the blind ones are refused):
- our proposals (marker expansion_proposal): the EXPANSION_PROPOSAL, PROPOSAL_STATEMENT and
  PROPOSAL_SUBJECT pools written as the scenario builder writes them (a subject-line offer with
  one of PROPOSAL_SUBJECT_BODY's first lines under it); false proposals on our other mail
  (SENT_BODY, NUDGE, PROPOSAL_SUBJECT_BODY under a plain subject, and a new thread of ours whose
  subject is one of the module's TOPICS over a SENT_BODY line, as ordinary threads are written);
- the customer's answers: VAGUE_DECLINE read as a vague decline, CONCRETE_DECLINE as any decline
  (vague or concrete: either lets the detector weigh the answer), ACCEPT read as a yes or as
  neither a decline nor a put-off (the detector skips a proposal answered yes); false declines
  on the other received pools (BODY, DEFERRAL, ACCEPT, CONCRETE_DECLINE...).

Each recognised phrase is attributed to the construction that took it (the `return True` line
of the grammar function that fired, found by tracing the calls). Leave one wording out: a
construction "carries over" to wording W when it also takes a phrase of at least one other
wording, so W's recall counting only such constructions says what W would have scored had its
own phrases inspired nothing.

    .venv/bin/python -m tests.signals.proposal_generalisation [--draws 2] [-v] [--wordings a,b]
        [--part proposal|vague|concrete|accept]
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from tests.signals.ask_generalisation import print_constructions
from tests.signals.splits import TUNABLE, refuse_blind
from tests.signals.wording_markers import _texts
from unspoken.signals import markers as mk
from unspoken.signals.model import Direction

WORDINGS = TUNABLE
_SLOTS = {"exec": "Pat", "junior": "Jordan", "company": "Acme Freight"}


@dataclass(frozen=True)
class Part:
    marker: str  # what is read ("" for "no decline at all")
    direction: Direction
    positives: tuple[str, ...]
    negatives: tuple[str, ...]  # pools whose hits are false (plus "TOPIC_SUBJECT" for ours)
    constructions: tuple[str, ...]  # grammar functions whose `return True` is one construction
    also: tuple[str, ...] = ()  # markers that count as a hit too


_RECEIVED_NEG = ("BODY", "DEFERRAL", "DEFERRAL_NO_VERB", "INVITE_DECLINE_IDIOM",
                 "HOLIDAY_DEFERRAL", "ACCEPT", "FEATURE_ASK", "SMALL_TALK", "COMPLIMENT",
                 "THANKS", "TERSE", "ASSISTANT_REDIRECT", "ASSISTANT_UNAVAILABLE",
                 "WARM_GREETING")
_DECLINE_FUNCS = ("_is_vague_decline", "_is_open_no", "_is_concrete_decline", "_firm_answer",
                  "_event_decline", "_now_then_later", "_two_sentence_concrete", "_accepts",
                  "_is_plain_no", "_is_flat_no")
PARTS = {
    "proposal": Part(mk.EXPANSION_PROPOSAL, Direction.SENT,
                     ("EXPANSION_PROPOSAL", "PROPOSAL_STATEMENT", "PROPOSAL_SUBJECT"),
                     ("SENT_BODY", "NUDGE", "PROPOSAL_SUBJECT_BODY", "TOPIC_SUBJECT"),
                     ("_is_expansion_proposal", "_is_subject_offer", "_offer_terms",
                      "_subject_offer_object", "_offer_made")),
    "vague": Part(mk.VAGUE_DECLINE, Direction.RECEIVED, ("VAGUE_DECLINE",),
                  _RECEIVED_NEG + ("CONCRETE_DECLINE",), _DECLINE_FUNCS),
    "concrete": Part(mk.CONCRETE_DECLINE, Direction.RECEIVED, ("CONCRETE_DECLINE",),
                     _RECEIVED_NEG, _DECLINE_FUNCS, also=(mk.VAGUE_DECLINE,)),
    # acceptances (whatever they wait on: a PO, legal, the budget cycle) read as no decline;
    # those read as one are listed as false declines
    "accept": Part("", Direction.RECEIVED, ("ACCEPT",), (), _DECLINE_FUNCS),
    # put-offs without a postponement verb ("Talk in April? Swamped now."): read as deferrals
    "putoff": Part(mk.DEFERRAL, Direction.RECEIVED, ("DEFERRAL_NO_VERB", "INVITE_DECLINE_IDIOM"),
                   ("BODY", "ACCEPT", "CONCRETE_DECLINE", "FEATURE_ASK", "SMALL_TALK",
                    "THANKS", "TERSE", "ASSISTANT_REDIRECT", "ASSISTANT_UNAVAILABLE"),
                   _DECLINE_FUNCS + ("_is_deferral", "_to_a_break", "_declines_occasion",
                                     "_then_vaguer_later", "_then_later_led",
                                     "_within_one_sentence")),
}


class _Tracer:
    """Records the `return True` lines of the named grammar functions, innermost first."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.fired: list[tuple[str, int]] = []
        self.code = {getattr(mk, n).__code__ for n in names if hasattr(mk, n)}

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call" and frame.f_code in self.code:
            return self._local
        return None

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "return" and arg is True:
            self.fired.append((frame.f_code.co_name, frame.f_lineno))
        return self._local


def _read(part: Part, text: str, direction: Direction, subject: str) -> tuple[bool, str | None]:
    """(whether the part's marker is read, the construction that took it)."""
    tracer = _Tracer(part.constructions)
    sys.settrace(tracer)
    try:
        got = mk.detect(text, direction=direction, subject=subject).counts
    finally:
        sys.settrace(None)
    if part.marker:
        hit = part.marker in got or any(m in got for m in part.also)
    else:  # "accept": a hit is a yes read, or no decline nor put-off (as the detector weighs it)
        hit = mk.ACCEPTANCE in got or not ({mk.VAGUE_DECLINE, mk.CONCRETE_DECLINE, mk.DEFERRAL}
                                           & set(got))
        return hit, "no decline" if hit else _key(tracer)
    return hit, _key(tracer) if hit else None


def _key(tracer: _Tracer) -> str:
    name, line = (tracer.fired or [("detect", 0)])[0]
    return f"{name}:{line}"


def label(key: str) -> str:
    """The comment beside a construction's `return True` in the grammar."""
    import inspect

    name, _, line = key.partition(":")
    if not hasattr(mk, name):
        return ""
    src, start = inspect.getsourcelines(getattr(mk, name))
    text = src[int(line) - start] if 0 <= int(line) - start < len(src) else ""
    return text.split("#", 1)[1].strip()[:70] if "#" in text else text.strip()[:70]


@dataclass
class Result:
    hits: list[tuple[str, str, str | None]] = field(default_factory=list)  # pool, phrase, key
    false: list[tuple[str, str, str | None]] = field(default_factory=list)
    negatives: Counter[str] = field(default_factory=Counter)


def _phrases(module: Any, name: str) -> list[str]:
    pool = getattr(module, name, None) or []
    return [p for p in pool if isinstance(p, str)]


def measure(part: Part, wordings: tuple[str, ...], draws: int) -> dict[str, Result]:
    out: dict[str, Result] = {}
    for w in wordings:
        refuse_blind(w)
        module = importlib.import_module(f"tests.signals.{w}")
        rng = random.Random(7)
        r = Result()
        for name in part.positives:
            for phrase in _phrases(module, name):
                for _ in range(draws):
                    text, subject = _texts(module, name, phrase, rng, "all")
                    hit, key = _read(part, text, part.direction, subject)
                    r.hits.append((name, phrase, key if hit else None))
                    if not part.marker:  # an acceptance read as a decline is a false decline
                        r.negatives[name] += 1
                        if not hit:
                            r.false.append((name, phrase, key))
        for name in part.negatives:
            if name == "TOPIC_SUBJECT":
                body = _phrases(module, "SENT_BODY")
                for topic in _phrases(module, "TOPICS"):
                    for _ in range(draws):
                        said = module.pick(rng, [rng.choice(body)], "all", topic=topic, **_SLOTS)
                        text = f"Hi Dana,\n\n{said}\n\nBest,\nSam"
                        r.negatives[name] += 1
                        hit, key = _read(part, text, part.direction, topic[:1].upper() + topic[1:])
                        if hit:
                            r.false.append((name, topic, key))
                continue
            for phrase in _phrases(module, name):
                for _ in range(draws):
                    text, subject = _texts(module, name, phrase, rng, "all")
                    r.negatives[name] += 1
                    hit, key = _read(part, text, part.direction, subject)
                    if hit:
                        r.false.append((name, phrase, key))
        out[w] = r
    return out


def report(part_name: str, result: dict[str, Result], verbose: bool = False) -> None:
    part = PARTS[part_name]
    support: dict[str, set[str]] = defaultdict(set)
    for w, r in result.items():
        for _, _, key in r.hits:
            if key:
                support[key].add(w)
    pools = "  ".join(f"{p[:14]:>14}" for p in part.positives)
    print(f"[{part_name}] {part.marker or 'no decline'}")
    print(f"{'wording':16}{'n':>5}{'recall':>8}{'carried':>9}{'own':>5}  {pools}  false / n")
    for w, r in result.items():
        n = len(r.hits)
        hit = [k for _, _, k in r.hits if k]
        if part.marker:
            carried = [k for k in hit if support[k] - {w}]
            own = len(hit) - len(carried)
            carried_s = f"{len(carried) / max(1, n):9.1%}{own:5d}"
        else:
            carried_s = f"{'':9}{'':5}"
        per = []
        for p in part.positives:
            xs = [k for name, _, k in r.hits if name == p]
            share = sum(1 for k in xs if k) / max(1, len(xs))
            per.append(f"{share:>14.1%}" if xs else f"{'-':>14}")
        neg = sum(r.negatives.values())
        by_pool = Counter(name for name, _, _ in r.false)
        pools_s = ", ".join(f"{k} {v}" for k, v in by_pool.most_common(4))
        print(f"{w:16}{n:5d}{len(hit) / max(1, n):8.1%}{carried_s}  {'  '.join(per)}  "
              f"{len(r.false)} / {neg}" + (f"  ({pools_s})" if pools_s else ""))
    if part.marker:
        print("\nconstructions by the wordings whose phrases they take (phrases taken, false):")
        print_constructions(Counter(k for r in result.values() for _, _, k in r.hits if k),
                            Counter(f[2] for r in result.values() for f in r.false), support,
                            label, 28)
    if verbose:
        for w, r in result.items():
            print(f"\n{w}:")
            for name, phrase in dict.fromkeys((p, s) for p, s, k in r.hits if not k):
                print(f"    MISS  [{name}] {phrase[:150]}")
            for name, phrase, key in dict.fromkeys(r.false):
                print(f"    FALSE [{name}] {key} {phrase[:130]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=2)
    ap.add_argument("--wordings", default=",".join(WORDINGS))
    ap.add_argument("--part", default="proposal,vague,concrete,accept")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    for i, name in enumerate(a.part.split(",")):
        if i:
            print()
        report(name, measure(PARTS[name], tuple(a.wordings.split(",")), a.draws), a.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
