"""The rescue draft: a short check-in where the salesperson owns the distance and asks where
they are falling short — in our own words, named and about what the evidence is about."""

from __future__ import annotations

import hashlib
import re

from unspoken.signals.model import CheckIn, Signal, SignalKind

_OPENERS = (
    "Hi {first},",
    "Hello {first},",
    "{first}, hi —",
    "Dear {first},",
)

# What the user owns, per signal; {topic} is what the evidence is about.
_OWN: dict[SignalKind, tuple[str, ...]] = {
    SignalKind.POLITE_PROCRASTINATION: (
        "We've had to push {topic} back more than once lately, and I suspect that's because "
        "I haven't made that time worth it for you.",
        "We have moved {topic} a few times now. I think that says I haven't been bringing you "
        "enough to make it a priority, and that's my responsibility.",
        "Every time we reschedule {topic}, I read it as a sign I'm not giving you what you "
        "need from these conversations. That one is on me.",
    ),
    SignalKind.SMALL_TALK_LOSS: (
        "Our exchanges around {topic} have become very short lately, and I wonder whether I "
        "have become just another vendor in your inbox. If so, that's on me.",
        "I have a feeling I've drifted into being transactional with you on {topic}, and I "
        "don't want that.",
    ),
    SignalKind.EXEC_ACCESS_LOSS: (
        "I haven't done a good enough job keeping your leadership close to {topic}, and I "
        "should have.",
        "It seems I lost touch with the people on your side who decide on {topic}. I should "
        "have kept them better informed; that's my miss.",
    ),
    SignalKind.FEATURE_SILENCE: (
        "You used to push us hard on what you needed next, and I haven't heard much lately. "
        "I worry I stopped giving you reasons to expect more from us on {topic}.",
        "Your team used to send us questions about {topic}, and when they stopped I should "
        "have asked why. I'm asking now.",
    ),
    SignalKind.EXPANSION_REFUSAL: (
        "I think I pushed {topic} before earning it, without first making sure what you have "
        "today works as it should. That's my mistake.",
        "Looking back at {topic}, I was proposing more when I should have been asking whether "
        "the current setup delivers. I own that.",
    ),
}

_ASKS = (
    "Where are we falling short for you? A blunt answer helps me more than a polite one.",
    "What would have to change for this to feel clearly worth it to your team? I'd rather "
    "hear the hard version.",
    "Could you tell me honestly what's not working? Even a two-line answer would help.",
    "What are we getting wrong? I'm not looking for reassurance, I'd like to fix it.",
)

_CLOSERS = (
    "If it's easier to talk, I can call at a time that suits you.",
    "Happy to do this over a 15-minute call instead, whenever works for you.",
    "No prep needed on your side; a reply here or a quick call both work.",
)

_SUBJECTS = (
    "Checking in on {topic}",
    "Honest question about {topic}",
    "Quick word on {topic}",
    "{topic}: where we're falling short",
)

_PREFIX = re.compile(r"^\s*((re|fw|fwd|tr|aw|wg|ref)\s*:\s*)+", re.I)


def first_name(name: str, email: str) -> str:
    name = name.strip().strip('"')
    if "," in name:  # "Reyes, Dana"
        name = name.split(",", 1)[1].strip()
    if name and "@" not in name:
        return name.split()[0].capitalize()
    local = email.split("@")[0]
    part = re.split(r"[._\-+0-9]", local)[0]
    return part.capitalize() if len(part) > 1 else "there"


def clean_topic(subject: str) -> str:
    """A thread subject as a topic in a sentence: no Re:/Fwd:, quoted, short."""
    topic = _PREFIX.sub("", subject).strip(" -:?!.")
    return f"“{topic[:60]}”" if topic else ""


def _pick(options: tuple[str, ...], seed: str, salt: str) -> str:
    digest = hashlib.sha256(f"{seed}/{salt}".encode()).digest()
    return options[digest[0] % len(options)]


_DEFAULT_TOPIC = {
    SignalKind.POLITE_PROCRASTINATION: "our meetings",
    SignalKind.SMALL_TALK_LOSS: "our work together",
    SignalKind.EXEC_ACCESS_LOSS: "where the partnership is going",
    SignalKind.FEATURE_SILENCE: "the product and the roadmap",
    SignalKind.EXPANSION_REFUSAL: "my last proposal",
}


def draft(*, account: str, to: str, name: str, signals: tuple[Signal, ...],
          topics: dict[SignalKind, str] | None = None, sender_name: str = "") -> CheckIn:
    """A check-in for `to`, shaped by the two strongest signals, each about its own topic
    (the slipping meeting, the proposal, ...). Wording is stable per account."""
    first = first_name(name, to)
    topics = topics or {}
    lead = sorted(signals, key=lambda s: -s.severity)[:2]
    owned = [_pick(_OWN[s.kind], account, s.kind.value).format(
        topic=topics.get(s.kind) or _DEFAULT_TOPIC[s.kind]) for s in lead]
    if len(owned) == 2 and owned[0] == owned[1]:
        owned = owned[:1]
    lines = [
        _pick(_OPENERS, account, "open").format(first=first),
        "",
        " ".join(owned),
        "",
        _pick(_ASKS, account, "ask"),
        _pick(_CLOSERS, account, "close"),
        "",
        "Thanks,",
    ]
    if sender_name:
        lines.append(sender_name)
    main = topics.get(lead[0].kind) if lead else None
    subject = _pick(_SUBJECTS, account, "subject").format(
        topic=main or (_DEFAULT_TOPIC[lead[0].kind] if lead else "our work together"))
    subject = subject[:1].upper() + subject[1:]
    return CheckIn(to=to, subject=subject[:120], body="\n".join(lines))
