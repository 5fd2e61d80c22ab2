"""How far the feature-ask rules carry from one writer to another (a developer tool).

For each wording module (the team's, fresh #1 and the dev wordings; the blind ones are refused)
every phrase of its FEATURE_ASK pool is written as the scenario builder writes it and read by
`markers.detect`; each recognised ask is attributed to the construction that took it (the
`return True` line of the grammar that fired, found by tracing the calls). Every other
labelled pool of the module that carries no ask (neutral body text and how-to questions, our
own mail, acceptances, declines, deferrals, nudges...) counts its false asks.

Leave one wording out: a construction "carries over" to wording W when it also takes an ask of
at least one other wording, so W's recall counting only such constructions says what W would
have scored had its own phrases inspired nothing (a rule that takes only W's asks was written
for W). The same for false asks: the false asks of W taken by constructions that take no other
wording's asks are W's own.

Capability names across writers (`--cross`): each wording's asks that name the feature by its
slot, written with the feature names of the other wordings (`--names` of them per phrase),
so the frames of one writer meet the things another writer asks for.

    .venv/bin/python -m tests.signals.ask_generalisation [--draws 3] [-v] [--wordings a,b]
    .venv/bin/python -m tests.signals.ask_generalisation --cross [--names 5] [-v]
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from types import FrameType
from typing import Any

from tests.signals.splits import BLIND, TUNABLE, refuse_blind
from tests.signals.wording_markers import POSITIVE, _texts
from unspoken.signals import markers as mk
from unspoken.signals.model import Direction

WORDINGS = TUNABLE
# Pools that are slot values or decoration, not mail a customer writes.
_NOT_MAIL = {"FEATURE_ASK", "TOPICS", "FEATURES", "CITIES", "MONTHS", "DAYS", "SIGNOFF_WARM",
             "SIGNOFF_PLAIN", "EMOJI"}
_SENT = {"SENT_BODY", "NUDGE", "PROPOSAL_SUBJECT_BODY"} | {
    name for name, (_, d) in POSITIVE.items() if d is Direction.SENT}
# The grammar's functions whose `return True` is one construction.
_CONSTRUCTIONS = {"_capability_shape", "_thing_asked", "_thing_said", "_framed_ask",
                  "_named_product", "_named_thing", "_named_then_asked", "_thing_state_asked",
                  "_is_feature_ask", "_clause_asks"}


class _Tracer:
    """Records, for each `_is_feature_ask` call, the `return True` lines of the constructions."""

    def __init__(self) -> None:
        self.fired: list[tuple[str, int]] = []
        self.code = {getattr(mk, n).__code__ for n in _CONSTRUCTIONS}
        self.veto = mk._capability_request.__code__

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call" and (frame.f_code in self.code or frame.f_code is self.veto):
            return self._local
        return None

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "return":
            name = frame.f_code.co_name
            if frame.f_code is self.veto:
                if arg is not True and self.fired and self.fired[-1][0] == "_capability_shape":
                    self.fired.pop()  # a construction the vetoes took back
            elif arg is True:
                self.fired.append((name, frame.f_lineno))
        return self._local


def construction(text: str, direction: Direction, subject: str) -> str | None:
    """The construction that made `detect` read a feature ask in the mail, or None."""
    tracer = _Tracer()
    sys.settrace(tracer)
    try:
        got = mk.detect(text, direction=direction, subject=subject).counts
    finally:
        sys.settrace(None)
    if mk.FEATURE_ASK not in got:
        return None
    inner = [f for f in tracer.fired if f[0] != "_is_feature_ask"]
    name, line = (inner or tracer.fired or [("detect", 0)])[0]
    return f"{name}:{line}"


def label(key: str) -> str:
    """The example the grammar's comment gives beside a construction's `return True`."""
    name, _, line = key.partition(":")
    if name not in _CONSTRUCTIONS:
        return ""
    import inspect

    src, start = inspect.getsourcelines(getattr(mk, name))
    text = src[int(line) - start] if 0 <= int(line) - start < len(src) else ""
    return text.split("#", 1)[1].strip()[:70] if "#" in text else text.strip()[:70]


def measure(wordings: tuple[str, ...], draws: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for w in wordings:
        refuse_blind(w)
        module = importlib.import_module(f"tests.signals.{w}")
        rng = random.Random(7)
        asks: list[tuple[str, str | None]] = []
        false: list[tuple[str, str, str]] = []
        negatives = Counter[str]()
        for phrase in module.FEATURE_ASK:
            for _ in range(draws):
                text, subject = _texts(module, "FEATURE_ASK", phrase, rng, "all")
                asks.append((phrase, construction(text, Direction.RECEIVED, subject)))
        names = [n for n in dir(module) if n.isupper() and n not in _NOT_MAIL
                 and isinstance(getattr(module, n), list | tuple) and n != "POOLS"]
        for name in names:
            direction = Direction.SENT if name in _SENT else Direction.RECEIVED
            for phrase in getattr(module, name):
                if not isinstance(phrase, str):
                    break
                for _ in range(draws):
                    text, subject = _texts(module, name, phrase, rng, "all")
                    negatives[name] += 1
                    key = construction(text, direction, subject)
                    if key:
                        false.append((name, phrase, key))
        out[w] = {"asks": asks, "false": false, "negatives": negatives}
    return out


def print_constructions(uses: Counter[str], falses: Counter[str], support: dict[str, set[str]],
                        label_of: Callable[[str], str], width: int) -> None:
    """One row per construction: what it takes, its false hits, the wordings it takes from."""
    for key, n in uses.most_common():
        ws = ",".join(sorted(x.replace("wording_", "").replace("wording", "team")
                             for x in support[key]))
        print(f"  {n:5d} {falses[key]:3d}f  {key:{width}} [{ws}]  {label_of(key)}")
    for key, n in falses.items():
        if key not in uses:
            print(f"  {0:5d} {n:3d}f  {key:{width}} [none]  {label_of(key)}")


def report(result: dict[str, dict[str, Any]], verbose: bool = False) -> None:
    support: dict[str, set[str]] = defaultdict(set)
    for w, r in result.items():
        for _, key in r["asks"]:
            if key:
                support[key].add(w)
    print(f"{'wording':16}{'asks':>6}{'recall':>8}{'carried':>9}{'own':>6}  "
          f"{'false (received)':>18}{'per 1k':>8}{'own':>5}  body/how-to false")
    for w, r in result.items():
        n = len(r["asks"])
        hit = [k for _, k in r["asks"] if k]
        carried = [k for k in hit if support[k] - {w}]
        neg = r["negatives"]
        received = sum(v for k, v in neg.items() if k not in _SENT)
        fr = [f for f in r["false"] if f[0] not in _SENT]
        own = [f for f in fr if not support[f[2]] - {w}]
        body = [f for f in fr if f[0] == "BODY"]
        print(f"{w:16}{n:6d}{len(hit) / n:8.1%}{len(carried) / n:9.1%}{len(hit) - len(carried):6d}"
              f"  {len(fr):10d} / {received:<6d}{1000 * len(fr) / max(1, received):6.1f}"
              f"{len(own):5d}  {len(body)} / {neg.get('BODY', 0)}")
    print("\nconstructions by the wordings whose asks they take (asks taken):")
    print_constructions(Counter(k for r in result.values() for _, k in r["asks"] if k),
                        Counter(f[2] for r in result.values() for f in r["false"]
                                if f[0] not in _SENT), support, label, 26)
    if verbose:
        for w, r in result.items():
            print(f"\n{w}: misses")
            for phrase in dict.fromkeys(p for p, k in r["asks"] if not k):
                print(f"    MISS  {phrase[:150]}")
            for name, phrase, key in dict.fromkeys(r["false"]):
                if name not in _SENT:
                    print(f"    FALSE [{name}] {key} {phrase[:130]}")


def cross(wordings: tuple[str, ...], names: int, verbose: bool = False) -> None:
    modules = {w: importlib.import_module(f"tests.signals.{w}") for w in wordings
               if not any(b in w for b in BLIND)}
    print(f"{'wording':16}{'asks with a feature slot':>26}  recognised with other wordings' names")
    for w, module in modules.items():
        others = [f for o, m in modules.items() if o != w for f in m.FEATURES]
        rng = random.Random(11)
        hit = total = 0
        for phrase in module.FEATURE_ASK:
            if "{feature}" not in phrase:
                continue
            for name in rng.sample(others, min(names, len(others))):
                text, subject = _texts(module, "FEATURE_ASK", phrase.replace("{feature}", name),
                                       rng, "all")
                total += 1
                if mk.FEATURE_ASK in mk.detect(text, direction=Direction.RECEIVED,
                                               subject=subject).counts:
                    hit += 1
                elif verbose:
                    print(f"    MISS  {phrase.replace('{feature}', name)[:150]}")
        print(f"{w:16}{total:26d}  {hit / max(1, total):6.1%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=3)
    ap.add_argument("--wordings", default=",".join(WORDINGS))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--cross", action="store_true", help="frames x other wordings' names")
    ap.add_argument("--names", type=int, default=5, help="names per phrase with --cross")
    a = ap.parse_args(argv)
    if a.cross:
        cross(tuple(a.wordings.split(",")), a.names, a.verbose)
        return 0
    report(measure(tuple(a.wordings.split(",")), a.draws), a.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
