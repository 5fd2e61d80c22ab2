"""Thread ids: Gmail's X-GM-THRID, else the References root, else subject + participants.

Readers give each message a *provisional* thread id from its own headers (so workers can run
in parallel); `link_threads` then merges threads across messages (a root without references and
its replies, In-Reply-To chains) in one cheap pass over the features.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from unspoken.signals.model import MessageFeatures

# Reply/forward prefixes in the languages our users meet: English, French, German, Nordic,
# Dutch, Italian, Spanish/Portuguese, counted or not ("Re[2]:", "AW(3):"). The one spelling:
# the marker reader asks it too (a reply subject carries an offer only with its paper).
_ONE_PREFIX = (r"(?:re|fwd?|fw|aw|wg|tr|r[ée]f|sv|vs|antw|rif|enc|res|rv|odp|ynt)"
               r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*")
_REPLY_PREFIXES = re.compile(rf"^(?:\s*{_ONE_PREFIX})+", re.IGNORECASE)
# ...repeated ("RE: Fwd: Re[2]: ..."), and "[list] " tags too, for the thread's own name.
_PREFIX = re.compile(rf"^\s*(?:{_ONE_PREFIX}|\[[^\]]{{0,40}}\]\s*)+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
SUBJECT_GAP = timedelta(days=30)  # a same-subject message later than this starts a new thread
SUBJECT_LOOKBACK = 50  # earlier messages of the same subject compared with each message
_MSGID = re.compile(r"<([^<>\s]+)>")


def strip_reply_prefixes(subject: str) -> tuple[str, bool]:
    """'RE: Fwd: [Proposal] 6 seats' -> ('[Proposal] 6 seats', True): the subject as its writer
    named it, tags kept (they can say what the thread is), and whether it was a reply/forward."""
    m = _REPLY_PREFIXES.match(subject)
    return (subject[m.end():], True) if m else (subject, False)


def normalise_subject(subject: str) -> str:
    """'RE: Fwd: Q3  review' -> 'q3 review' (what stays the same across a thread)."""
    s = _PREFIX.sub("", subject[:500])
    return _SPACE.sub(" ", s).strip().lower()


def message_ids(value: str) -> list[str]:
    """The ids in a References / In-Reply-To / Message-ID value, angle brackets removed."""
    found = _MSGID.findall(value[:20_000])
    if not found and value.strip() and " " not in value.strip():
        found = [value.strip().strip("<>")]
    return [m.lower() for m in found if m]


def provisional_thread(*, gm_thrid: str, references: Sequence[str], in_reply_to: str,
                       message_id: str, subject: str, participants: Iterable[str],
                       fallback: str) -> str:
    """The thread id one message's own headers allow."""
    if gm_thrid:
        return "gm:" + gm_thrid
    if references:
        return "id:" + references[0]
    if in_reply_to:
        return "id:" + in_reply_to
    norm = normalise_subject(subject)
    if norm:
        who = ",".join(sorted(set(participants)))
        digest = hashlib.blake2b(f"{norm}\x00{who}".encode(), digest_size=10).hexdigest()
        return "s:" + digest
    return "id:" + (message_id or fallback)


def link_threads(features: list[MessageFeatures], *, me: frozenset[str] = frozenset()
                 ) -> list[MessageFeatures]:
    """Merge provisional threads that belong together; deterministic whatever the order.

    - A root message without references got a subject thread while its replies point at its
      Message-ID; a reply that only has In-Reply-To points at its parent, not the root.
    - Mail without any reference headers (Enron) got subject + exact participants, which a
      reply that adds or drops a Cc breaks: messages with the same normalised subject are
      joined when they share a correspondent other than `me` within SUBJECT_GAP of each other.
    Each merged thread takes the id of its earliest message's provisional thread.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_id = {f.message_id: f for f in features if f.message_id}
    for f in features:
        if f.message_id and not f.thread_id.startswith("gm:"):
            union(f.thread_id, "id:" + f.message_id)
        if f.in_reply_to and f.in_reply_to in by_id:
            union(f.thread_id, by_id[f.in_reply_to].thread_id)
    _link_subjects(features, me, union)
    if not parent:
        return features
    first: dict[str, tuple[datetime, str]] = {}
    for f in features:
        root = find(f.thread_id)
        key = (f.date, f.thread_id)
        if root not in first or key < first[root]:
            first[root] = key
    out = []
    for f in features:
        tid = first[find(f.thread_id)][1]
        out.append(f if tid == f.thread_id else replace(f, thread_id=tid))
    return out


def _link_subjects(features: list[MessageFeatures], me: frozenset[str],
                   union: Callable[[str, str], None]) -> None:
    """A message threaded by subject (it has no references: Enron, a thread's first message,
    a sent reply whose copy lost its headers) joins the latest earlier message of the same
    subject, whatever that one's thread, sharing a correspondent within SUBJECT_GAP."""
    groups: dict[str, list[MessageFeatures]] = {}
    has_subject_thread: set[str] = set()
    for f in features:
        norm = normalise_subject(f.subject)
        groups.setdefault(norm, []).append(f)
        if f.thread_id.startswith("s:"):
            has_subject_thread.add(norm)
    for norm, group in groups.items():
        if not norm or len(group) < 2 or norm not in has_subject_thread:
            continue
        group.sort(key=lambda f: (f.date, f.id))
        recent: list[tuple[datetime, frozenset[str], str]] = []
        for f in group:
            people = frozenset(
                a.email for a in (f.sender, *f.to, *f.cc)) - me
            if f.thread_id.startswith("s:"):
                for when, others, tid in reversed(recent[-SUBJECT_LOOKBACK:]):
                    if f.date - when > SUBJECT_GAP:
                        break
                    if people & others:
                        union(f.thread_id, tid)
                        break
            recent.append((f.date, people, f.thread_id))
