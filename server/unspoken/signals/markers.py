"""Language markers found in the new text of one message (stub: text issue fills it in)."""

from __future__ import annotations

from dataclasses import dataclass, field

from unspoken.signals.model import Direction

# Marker kinds: the keys of MessageFeatures.markers.
GREETING = "greeting"  # personal greeting ("Hi Dana!", "Hope you had a great weekend")
SMALL_TALK = "small_talk"  # weekend, holiday, family, travel, weather, personal notes
COMPLIMENT = "compliment"
EXCLAMATION = "exclamation"  # count of '!'
EMOJI = "emoji"
THANKS = "thanks"
TERSE = "terse"  # 1 when the message is a bare transactional reply ("Attached.", "Noted.")
QUESTION = "question"  # any real question
FEATURE_ASK = "feature_ask"  # asks about features, integrations, roadmap
DEFERRAL = "deferral"  # postponement + time expression ("let's reconnect next month")
EXPANSION_PROPOSAL = "expansion_proposal"  # we propose more seats, a tier, modules, regions
VAGUE_DECLINE = "vague_decline"  # open-ended no to a proposal ("keep current scope for now")
CONCRETE_DECLINE = "concrete_decline"  # a no with a concrete reason and a date to revisit
ASSISTANT_REDIRECT = "assistant_redirect"  # "X asked me to reply; please work with Y"
LEFT_COMPANY = "left_company"  # "no longer with the company"
OUT_OF_OFFICE = "out_of_office"  # auto-reply wording in the text

ALL = (
    GREETING, SMALL_TALK, COMPLIMENT, EXCLAMATION, EMOJI, THANKS, TERSE, QUESTION, FEATURE_ASK,
    DEFERRAL, EXPANSION_PROPOSAL, VAGUE_DECLINE, CONCRETE_DECLINE, ASSISTANT_REDIRECT,
    LEFT_COMPANY, OUT_OF_OFFICE,
)


@dataclass(frozen=True, slots=True)
class Markers:
    counts: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)  # kind -> sentence, <= 160 chars


def detect(text: str, *, direction: Direction) -> Markers:
    """Markers in `text` (the new text of one message), with one short quote per kind."""
    return Markers()
