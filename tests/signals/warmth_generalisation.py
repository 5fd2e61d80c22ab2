"""How far the warmth rules carry from one writer to another (a developer tool).

For each wording module (the team's, fresh #1 and the dev wordings; the blind ones are refused):

- per warm pool (WARM_GREETING, SMALL_TALK, COMPLIMENT, THANKS, EMOJI, SIGNOFF_WARM), the
  share of its phrases read as their own marker (a warm sign-off: as any warmth), each phrase
  written as a customer's reply the way the scenario builder writes it;
- per neutral pool a customer writes (BODY, TERSE, SIGNOFF_PLAIN, the asks, deferrals and
  declines...), the false warmth: phrases read as small talk, a compliment, an emoji or a
  warm sign-off (a greeting or thanks alone is politeness, not counted);
- whole emails, composed by the scenario builder (`customer_text`) and read through the text
  layer (signature cut, markers): the share of warm ones the small-talk detector counts warm
  (`small_talk.is_warm`) and of plain ones it counts warm by mistake.

Leave one wording out: each recognised warm phrase is attributed to the pieces of the grammar
that took it: the top-level alternatives of the warmth patterns (lexicon._PLEASANTRY,
_PERSONAL + _AFFECT, _QUIP, _LIFE + _NARRATIVE, _COMPLIMENT, _PRAISE_IDIOM, _THANKS, ...) of
the first path of the grammar that matched the sentence carrying the marker. A piece
"carries over" to wording W when it also takes a warm phrase of another wording; W's recall
counting only phrases whose pieces all carry over is what W would have scored had its own
phrases inspired nothing ("carried"); the rest ("own") were taken by a piece written for W
alone, listed with `-v` together with the misses and the false warmth.

    .venv/bin/python -m tests.signals.warmth_generalisation [--draws 3] [-v] [--wordings a,b]
"""

from __future__ import annotations

import argparse
import importlib
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace
from typing import Any

from tests.signals.scenarios import Person, Wording, _Builder
from tests.signals.splits import TUNABLE, refuse_blind
from tests.signals.wording_markers import _texts
from unspoken.signals import lexicon as lx
from unspoken.signals import markers as mk
from unspoken.signals import text as tx
from unspoken.signals.detectors import small_talk
from unspoken.signals.model import Direction

WORDINGS = TUNABLE
# warm pool -> the marker it is read for (None: any warm marker, as for a sign-off)
WARM_POOLS: dict[str, str | None] = {
    "WARM_GREETING": mk.GREETING, "SMALL_TALK": mk.SMALL_TALK, "COMPLIMENT": mk.COMPLIMENT,
    "THANKS": mk.THANKS, "EMOJI": mk.EMOJI, "SIGNOFF_WARM": None,
}
# Pools a customer writes that carry no warmth (the rest of a module's pools are slot values,
# our own mail or auto-replies).
NEUTRAL = ("BODY", "TERSE", "SIGNOFF_PLAIN", "FEATURE_ASK", "DEFERRAL", "DEFERRAL_NO_VERB",
           "INVITE_DECLINE_IDIOM", "HOLIDAY_DEFERRAL", "VAGUE_DECLINE", "CONCRETE_DECLINE",
           "ACCEPT", "ASSISTANT_REDIRECT", "ASSISTANT_UNAVAILABLE")
# Warm markers that are warmth, not politeness (a false one hides a loss of small talk); a
# personal greeting alone ("Hi Sam,") weighs less than warmth, and so does thanks.
FALSE_KINDS = (mk.SMALL_TALK, mk.COMPLIMENT, mk.EMOJI, mk.WARM_SIGNOFF)
# Per kind, the grammar's paths in the order it tries them: each path is the patterns that
# must all match (its pieces are their matching alternatives); the first path that matches is
# the one credited (a sentence that a wish took is not also credited to a word of feeling).
_KIND_PATHS: dict[str, tuple[tuple[str, ...], ...]] = {
    mk.SMALL_TALK: (("_PLEASANTRY",), ("_PERSONAL", "_AFFECT"), ("_QUIP",), ("_ASIDE_OPENER",),
                    ("_REMEMBERED",), ("_FAMILY_OWN",), ("_SKY",), ("_AFFECT_CODA",),
                    ("_LIFE", "_NARRATIVE"), ("_OWN_TIME", "_NARRATIVE")),
    mk.COMPLIMENT: (("_COMPLIMENT",), ("_PRAISE_IDIOM",), ("_PRAISE_EXCLAIM",),
                    ("_PRAISE_SUBJECT", "_PRAISE_WORD")),
    mk.THANKS: (("_THANKS",),),
    mk.GREETING: (("_GREETING",),),
}
_PLAIN_BODY = "We reviewed the export with the team and it looks fine."


@cache
def _alternatives(name: str) -> list[tuple[str, Any]]:
    """(label, compiled) of each top-level alternative of a lexicon pattern; a pattern that is
    one group between anchors ("\\b(?:a|b|c)\\b") is opened to the alternatives of the group."""
    import re

    pattern: str = getattr(lx, name).pattern
    alts = mk._split_top(pattern)
    if len(alts) == 1:
        m = re.fullmatch(r"(\\b|\^)?\(\?:(.*)\)(\\b)?", pattern, re.S)
        if m and len(mk._split_top(m.group(2))) > 1:
            pre, post = m.group(1) or "", m.group(3) or ""
            alts = [pre + "(?:" + a + ")" + post for a in mk._split_top(m.group(2))]
    out = []
    for a in alts:
        try:
            out.append((a[:40], re.compile(a, re.IGNORECASE)))
        except re.error:
            return [(name, getattr(lx, name))]
    return out


def pieces(sentence: str, kind: str) -> frozenset[str]:
    """The alternatives of `kind`'s patterns that match the sentence (the pieces that took it)."""
    s = sentence.translate(mk._APOSTROPHE).lower()
    for path in _KIND_PATHS.get(kind, ()):
        found = set()
        for name in path:
            hit = {f"{name}#{n}" for n, (_, rx) in enumerate(_alternatives(name)) if rx.search(s)}
            if not hit:
                break
            found |= hit
        else:
            return frozenset(found)
    return frozenset()


def piece_label(key: str) -> str:
    name, _, n = key.partition("#")
    return _alternatives(name)[int(n)][0]


def read(text: str) -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    """Markers of a customer's reply (signature cut as the text layer does) and, per warm kind,
    the pieces that took it (in the sentences that carried it)."""
    new, _ = tx.split_reply(text)
    got = mk.detect(new, direction=Direction.RECEIVED, subject="Re: Following up").counts
    taken: dict[str, frozenset[str]] = {}
    sentences = mk.split_sentences(new.translate(mk._APOSTROPHE))
    for kind in (mk.SMALL_TALK, mk.COMPLIMENT, mk.THANKS, mk.GREETING):
        if kind not in got:
            continue
        keys: set[str] = set()
        for idx, s in enumerate(sentences):
            kinds = mk.classify_sentence(s, direction=Direction.RECEIVED)
            if kind in kinds or (kind == mk.GREETING and idx <= 1 and (
                    mk.SMALL_TALK in kinds or mk._personal_greeting(s))):
                keys |= pieces(s, kind if kind in kinds and kind != mk.GREETING or
                               mk.SMALL_TALK not in kinds else mk.SMALL_TALK)
        taken[kind] = frozenset(keys)
    return got, taken


def warm_weight(counts: dict[str, int]) -> float:
    return small_talk.warmth(SimpleNamespace(markers=counts))  # type: ignore[arg-type]


@dataclass
class Result:
    recall: dict[str, list[tuple[str, frozenset[str] | None]]] = field(
        default_factory=lambda: defaultdict(list))  # pool -> (phrase, pieces or None if missed)
    false: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(list))  # pool -> (phrase, kinds read)
    drawn: Counter[str] = field(default_factory=Counter)
    emails: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))


def _signed(module: Any, phrase: str, rng: random.Random) -> str:
    said = module.pick(rng, [phrase], "all", me="Sam") if "{" in phrase else phrase
    return f"Hi,\n\n{_PLAIN_BODY}\n\n{said}\nDana"


def measure(name: str, draws: int, emails: int) -> Result:
    refuse_blind(name)
    module = importlib.import_module(f"tests.signals.{name}")
    rng = random.Random(7)
    r = Result()
    for pool, want in WARM_POOLS.items():
        for phrase in getattr(module, pool, ()):
            for _ in range(draws):
                if pool == "SIGNOFF_WARM":
                    text = _signed(module, phrase, rng)
                elif pool == "EMOJI":
                    text = f"{_PLAIN_BODY}{phrase}\n\nBest,\nDana"
                else:
                    text, _ = _texts(module, pool, phrase, rng, "all")
                got, taken = read(text)
                r.drawn[pool] += 1
                if want is None:
                    kinds = [k for k in (mk.SMALL_TALK, mk.COMPLIMENT, mk.EMOJI, mk.THANKS,
                                         mk.WARM_SIGNOFF)
                             if k in got] + ([mk.EXCLAMATION] if "!" in phrase else [])
                    hit = bool(kinds)
                    keys = frozenset().union(*(taken.get(k, frozenset()) for k in kinds))
                else:
                    hit = want in got
                    keys = taken.get(want, frozenset())
                r.recall[pool].append((phrase, keys if hit else None))
    for pool in NEUTRAL:
        for phrase in getattr(module, pool, ()):
            for _ in range(draws):
                if pool == "SIGNOFF_PLAIN":
                    text = _signed(module, phrase, rng)
                else:
                    text, _ = _texts(module, pool, phrase, rng, "all")
                got, _ = read(text)
                r.drawn[pool] += 1
                kinds = [k for k in FALSE_KINDS if k in got]
                if kinds:
                    r.false[pool].append((phrase, ",".join(kinds)))
    b = _Builder(random.Random(11), "all", False, regime="new", words=Wording(module))
    p = Person("Dana Reyes", "dana@example.com")
    for warm in (True, False):
        for _ in range(emails):
            text, _, _ = b.customer_text(p, warm=warm, terse=False)
            r.emails["warm" if warm else "plain"].append(warm_weight(read(text)[0]))
    return r


def report(results: dict[str, Result], verbose: bool = False) -> None:
    support: dict[str, set[str]] = defaultdict(set)
    for w, r in results.items():
        for rows in r.recall.values():
            for _, keys in rows:
                for k in keys or ():
                    support[k].add(w)

    def short(w: str) -> str:
        return w.replace("wording_", "").replace("wording", "team")

    print("warm pools: recall (carried: every piece also takes another wording's warmth)")
    print(f"{'wording':10}" + "".join(f"{p[:13]:>15}" for p in WARM_POOLS) + "   emails warm/plain")
    for w, r in results.items():
        cells = []
        for pool in WARM_POOLS:
            rows = r.recall.get(pool, [])
            if not rows:
                cells.append(f"{'-':>15}")
                continue
            hit = [k for _, k in rows if k is not None]
            carried = [k for k in hit if all(support[x] - {w} for x in k)]
            cells.append(f"{len(hit) / len(rows):7.0%}/{len(carried) / len(rows):<4.0%}".rjust(15))
        warm = r.emails["warm"]
        plain = r.emails["plain"]
        rate = sum(x >= 1 for x in warm) / max(1, len(warm))
        false = sum(x >= 1 for x in plain) / max(1, len(plain))
        print(f"{short(w):10}" + "".join(cells) + f"   {rate:5.1%} / {false:4.1%}")
    print("\nneutral pools: false warmth (small talk, a compliment, an emoji, a warm sign-off)")
    for w, r in results.items():
        parts = [f"{p} {len(r.false[p])}/{r.drawn[p]}" for p in NEUTRAL if r.false.get(p)]
        total = sum(r.drawn[p] for p in NEUTRAL)
        n = sum(len(v) for v in r.false.values())
        print(f"  {short(w):10} {n:4d} / {total:<5d} {'; '.join(parts)}")
    print("\npieces taken by one wording only (single-writer rules), warm phrases they take:")
    uses: Counter[str] = Counter(k for r in results.values() for rows in r.recall.values()
                                 for _, keys in rows for k in keys or ())
    for key, n in uses.most_common():
        if len(support[key]) == 1:
            print(f"  {n:4d} {short(next(iter(support[key]))):6} {key:18} {piece_label(key)}")
    if verbose:
        for w, r in results.items():
            print(f"\n{w}:")
            for pool, rows in r.recall.items():
                for phrase in dict.fromkeys(p for p, k in rows if k is None):
                    print(f"    MISS  [{pool}] {phrase[:140]}")
                for phrase, keys in dict.fromkeys(
                        (p, k) for p, k in rows if k and not all(support[x] - {w} for x in k)):
                    own = [x for x in keys if not support[x] - {w}]
                    print(f"    OWN   [{pool}] {','.join(own)}  {phrase[:110]}")
            for pool, rows in r.false.items():
                for phrase, kinds in dict.fromkeys(rows):
                    print(f"    FALSE [{pool}] {kinds}  {phrase[:120]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=2)
    ap.add_argument("--emails", type=int, default=400, help="composed emails per grade")
    ap.add_argument("--wordings", default=",".join(WORDINGS))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    report({w: measure(w, a.draws, a.emails) for w in a.wordings.split(",")}, a.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
