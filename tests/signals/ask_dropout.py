"""How feature silence holds when the text layer misses some asks or reads false ones (a
developer tool).

The blind writers' asks were about half unrecognised before the rules were tuned on them, so
the baseline rate the test estimates is lower than the true one. This feeds the detectors the
labelled records (`evaluate --direct`) with each received feature ask dropped at random with
probability `--drop` (a hash of the message id and `--seed`, so every run drops the same ones),
and prints feature silence's confusion and the false alarms, per world. `--add` does the
opposite: each received email that asks for nothing reads as an ask with that probability (the
neutral questions a new writer's mail holds, "is that supported?", read as asks), the way the
text layer's false asks fall in the recent window and cut the dry run short.

    .venv/bin/python -m tests.signals.ask_dropout --worlds dev3,dev4,dev5,new,budget \
        --drop 0,0.3,0.4 [--add 0,0.04] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from tests.signals import evaluate as ev
from tests.signals.scenarios import Mailbox
from tests.signals.splits import refuse_blind
from unspoken.signals import markers as mk
from unspoken.signals.detectors import feature_silence as fs
from unspoken.signals.model import Direction, MessageFeatures, Risk, SignalKind


def _kept(message_id: str, drop: float, seed: int) -> bool:
    h = hashlib.blake2b(f"{seed}:{message_id}".encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") / 2**64 >= drop


def _flip(f: MessageFeatures, drop: float, add: float, seed: int) -> MessageFeatures:
    """A received email's ask dropped (probability `drop`), or an ask read into one that has
    none (probability `add`, an independent draw)."""
    if f.direction is not Direction.RECEIVED:
        return f
    if f.markers.get(mk.FEATURE_ASK):
        if drop and not _kept(f.id, drop, seed):
            return replace(f, markers={k: v for k, v in f.markers.items() if k != mk.FEATURE_ASK})
    elif add and not _kept(f"+{f.id}", add, seed):
        return replace(f, markers={**f.markers, mk.FEATURE_ASK: 1})
    return f


@contextmanager
def dropping(drop: float, seed: int, add: float = 0.0) -> Iterator[None]:
    """Mailbox.features (the labelled records) with received asks dropped, or false asks
    added, at random."""
    original = Mailbox.features

    def features(self: Mailbox, *, text_layer: bool = False) -> list[MessageFeatures]:
        out = original(self, text_layer=text_layer)
        if not (drop or add):
            return out
        return [_flip(f, drop, add, seed) for f in out]

    Mailbox.features = features  # type: ignore[method-assign]
    try:
        yield
    finally:
        Mailbox.features = original  # type: ignore[method-assign]


def run(worlds: list[str], drops: list[float], seed: int, adds: tuple[float, ...] = (0.0,)) -> None:
    print(f"{'world':8}{'drop':>6}{'add':>6}  feature silence tp/fp/fn  F1      at-risk F1  "
          f"false alarms")
    for name in worlds:
        refuse_blind(name)
        for drop, add in [(d, x) for x in adds for d in drops]:
            with dropping(drop, seed, add):
                r = ev.evaluate_world(ev.WORLDS[name], split="eval", direct=True, jobs=1)
            assert r is not None
            t = r.signals[SignalKind.FEATURE_SILENCE]
            fs = sum(1 for line in r.false_alarms if "feature_silence" in line)
            print(f"{name:8}{drop:6.2f}{add:6.2f}  {t.tp:4d}/{t.fp:3d}/{t.fn:3d}"
                  f"{t.f1:15.3f}{r.at_risk.f1:12.3f}  healthy: "
                  f"{r.count(Risk.HEALTHY, Risk.WATCH)} watch, "
                  f"{r.count(Risk.HEALTHY, Risk.AT_RISK)} at_risk ({fs} with feature silence)",
                  flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worlds", default="dev3,dev4,dev5,new,budget")
    ap.add_argument("--drop", default="0,0.3,0.4")
    ap.add_argument("--add", default="0", help="probabilities of a false ask per received email")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="try another value of a constant of the detector (feature_silence.py)")
    a = ap.parse_args(argv)
    for item in a.set:
        name, _, value = item.partition("=")
        if not hasattr(fs, name):
            raise SystemExit(f"feature_silence has no {name}")
        setattr(fs, name, type(getattr(fs, name))(value))
        print(f"feature_silence.{name} = {getattr(fs, name)}")
    run(a.worlds.split(","), [float(x) for x in a.drop.split(",")], a.seed,
        tuple(float(x) for x in a.add.split(",")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
