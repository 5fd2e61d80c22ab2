"""Language markers found in the new text of one message, by a sentence-level pattern grammar.

The grammar composes small lexicons (lexicon.py: postponement verbs, busy states, time
expressions, status-quo verbs, scope nouns, product nouns, capability verbs, proposal frames,
...) into rules applied to one sentence at a time, with context: negation before the trigger
("I'm not slammed"), quoted speech (text inside quotation marks is someone else's), past-tense
reports ("we postponed it last year"), and the message direction. Each rule is a few lines a
person can read; the quote kept as evidence is the sentence that fired.

A learned second stage (learned.py) may add a kind the rules passed over in a sentence, for
the kinds where it carries to an unseen writer better than the rules without raising the
firing rate on real Enron mail (an earlier naive Bayes, tests/signals/marker_model.py,
trained without real prose as negatives, multiplied false alarms there). Speed: each
family of rules runs only when the sentence holds one of its trigger words (the `*_WORDS` /
`*_ANCHORS` sets; emoji and two-sentence declines have message-level prefilters);
tests/signals/check_marker_gates.py proves the gates change no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unspoken.imports.threads import strip_reply_prefixes
from unspoken.signals import learned
from unspoken.signals.lexicon import (
    _ABOUT_BUYING,
    _ABOUT_LEAD,
    _ABSENT,
    _ABSENT_WHY,
    _ABSTAIN,
    _ABSTAIN_WEAK,
    _ACCEPT_SCHEDULING,
    _ACCEPTS,
    _ADD_IT,
    _AFFECT,
    _AFFECT_CODA,
    _AFTER_BREAK,
    _ANY_WAY_TO,
    _ARRIVAL_Q,
    _AS_REQUEST,
    _ASIDE_OPENER,
    _ASK_FRAME,
    _ASK_FRAME_OBJECT,
    _ASK_FRAME_WEAK,
    _ASK_HEAD,
    _ASK_LABEL,
    _ASK_LIST_HEAD,
    _ASK_SAID,
    _ASK_SHAPE,
    _ASKED_ABOUT_WHY,
    _ASKED_FOR,
    _BACK_THEN,
    _BAD_TIMING,
    _BARE_LATER,
    _BETA_FOR,
    _BREAK,
    _BUILD_IT,
    _BUSINESS_CONTEXT,
    _BUSY,
    _BUSY_MORE,
    _BUSY_MORE_WORDS,
    _BY_HAND,
    _CAME_UP,
    _CAN_WE_GET,
    _CAP_QUESTION,
    _CAPABILITY,
    _CAPABILITY_HEAD,
    _CAPABLE_MODIFIER,
    _CHECK_WITH_PRODUCT,
    _CLASSIFIER,
    _COMMITS,
    _COMPLIMENT,
    _CONNECTIVE,
    _CONTACT_ME_LATER,
    _CONTENT_AS_IS,
    _COUNTERFACTUAL,
    _CURRENT_BILLING,
    _DATE_RX,
    _DECLINE_CUE,
    _DECLINE_FOR_NOW,
    _DECLINE_IDIOM,
    _DECLINED_OBJECT,
    _DEFINITE,
    _DELIVERY,
    _DEV_FRAME,
    _DEV_STRONG,
    _DOUBT_OF_IT,
    _EMOJI_CHARS,
    _EMOTICON,
    _EMOTICON_HINT,
    _ENTERTAIN,
    _ERRAND,
    _ERRAND_END,
    _ERRAND_HEAD,
    _ERRAND_NEAR,
    _ERRAND_OBJECT,
    _EVENT_AT,
    _EVENT_CONNECTIVES,
    _EXP_DONE,
    _EXP_ITEM,
    _EXP_ITEM_WEAK,
    _EXPANSION_OBJECT,
    _EXTRA_MONEY,
    _FAILED,
    _FAMILY_OWN,
    _FAR_ANCHORS,
    _FAR_EVENT_RX,
    _FAR_RX,
    _FAR_TOKEN,
    _FEASIBLE_TAG,
    _FEATURE_NOUN,
    _FIRM_LATER,
    _FIRM_TOKEN,
    _FIRM_WORDS,
    _FIRST_FRAME,
    _FIRST_PERSON,
    _FLAGGED_AS,
    _FOLLOW_UP,
    _FOLLOW_UP_MORE,
    _FOLLOW_UP_WHERE,
    _FOR_NOW,
    _FOR_NOW_TAIL,
    _FRAME_COST,
    _FRAME_NOT_OBJECT,
    _GERUND_MOVE,
    _GERUND_WOULD,
    _GET_DEVELOPED,
    _GREAT_END,
    _GREETING,
    _GROWTH,
    _HANDED_ON,
    _HAPPY_TO_PILOT,
    _HAS_THING,
    _HAVE_YET,
    _HEAD_COMMERCIAL,
    _HEAD_END,
    _HEDGED_LATER,
    _HELD_NOW,
    _HELD_UNTIL,
    _HELP_TO_HAVE,
    _HERE_NOW,
    _HOPE_LANDS,
    _HOPE_TO_SEE,
    _HOW_CAPABLE,
    _HOW_FAR,
    _HOW_TO,
    _HYPOTHETICAL,
    _IDEALLY,
    _IF_AVAILABLE,
    _IF_IT_COULD,
    _IF_THING,
    _IF_WE_WOULD,
    _IF_YOU_HAD,
    _INDIRECT_Q,
    _INSTANCE_MODIFIER,
    _INTERESTED,
    _INVITATION,
    _IS_IT_COMING,
    _IT_DOES,
    _LACK,
    _LACK_OF,
    _LATER_ACT,
    _LATER_BETTER,
    _LATER_FRAGMENT,
    _LATER_LED,
    _LATER_LOOSE,
    _LATER_TOPIC,
    _LEFT,
    _LETS_CONTEXT,
    _LETS_DO,
    _LIFE,
    _LIST_ITEM,
    _LOGISTICS,
    _LOGISTICS_OWN,
    _LOOKUP_OWN,
    _LOOKUP_Q,
    _LOVE_TO_SEE,
    _MEETING_NOUN,
    _MILESTONE,
    _MODAL_START,
    _MONEY,
    _MONTH_WORDS,
    _MORE_THAN_NOW,
    _MOVE_SUBJECT,
    _NAME_ASK,
    _NARRATIVE,
    _NEAR_ANCHORS,
    _NEAR_RX,
    _NEED_BARE,
    _NEED_FRAME,
    _NEED_PLAIN,
    _NEG_BEFORE,
    _NEG_POSTPONE,
    _NEXT_STEP,
    _NO_MORE,
    _NO_MORE_WORDS,
    _NO_ONE_TO_USE,
    _NO_ROOM_NOW,
    _NO_THANKS,
    _NO_WAY,
    _NO_WAY_NOT,
    _NOMINAL,
    _NOT_BEFORE,
    _NOT_COMMITTED,
    _NOT_EXPANSION,
    _NOT_FOR_A_WHILE,
    _NOT_GROW,
    _NOT_NOW,
    _NOT_NOW_MORE,
    _NOT_NOW_STATE,
    _NOT_NP_START,
    _NOT_PRIORITY,
    _NOT_UNTIL,
    _NOT_WORTH_IT,
    _NOT_YET_DONE,
    _NOW_RX,
    _NOW_STATE,
    _NP_DEVELOPED,
    _OCCASION_MORE,
    _OFFER_ERRAND,
    _OFFER_FRAME,
    _OFFER_ITEM,
    _OFFER_QUESTION,
    _OFFER_TERMS,
    _OFFERED_THING,
    _ON_LIST,
    _ON_TOP,
    _ONCE_EXISTS,
    _OOO,
    _OOO_STRONG,
    _OPEN_AGAIN,
    _OPEN_NO,
    _OPEN_NOT_NOW,
    _ORDER_PLEASE,
    _OTHER_OCCASION,
    _OTHERS_HAVE,
    _OVERDUE,
    _OWN_TIME,
    _PAIN,
    _PASS,
    _PASSIVE_CAPABLE,
    _PAST_REPORT,
    _PERFECT,
    _PERIOD,
    _PERSON_REF,
    _PERSONAL,
    _PERSONAL_WORDS,
    _PLAN_INCLUDES,
    _PLAN_ITEM,
    _PLEASANTRY,
    _PLEASE_CONSIDER,
    _PLUG_FOR,
    _POSTPONE_HARD,
    _POSTPONE_SOFT,
    _PRAISE_EXCLAIM,
    _PRAISE_IDIOM,
    _PRAISE_SUBJECT,
    _PRAISE_WORD,
    _PRESSED_FOR,
    _PRESSING,
    _PRICE,
    _PRICED_ITEM,
    _PRODUCT_SUBJECT,
    _PROPOSAL_FRAME,
    _Q_INDIRECT,
    _Q_START,
    _QUEUE,
    _QUIP,
    _RANKED,
    _REASON,
    _REASON_STEMS,
    _REASON_WORDS,
    _RECORD_WORDS,
    _REDIRECT,
    _RELAYED,
    _REMEMBERED,
    _REQUEST_OF,
    _REQUESTED,
    _REQUIRED,
    _RESTRAINT,
    _REVISIT_LINK,
    _RHETORICAL,
    _RIVAL,
    _RIVAL_CUE,
    _ROADMAP,
    _ROADMAP_STRONG,
    _SATISFIED,
    _SCHEDULING,
    _SCOPE_PRICED,
    _SEASON_WISH,
    _SEE_WHEN,
    _SKY,
    _SMALL_SHIFT,
    _SOCIAL,
    _SOFT_DOES,
    _SOFT_RX,
    _SOFTWARE_HEAD,
    _SPAN_WORD,
    _STATE_COMMA,
    _STATE_MORE,
    _STATE_MORE_WORDS,
    _STATE_UNTIL,
    _STATUS_AFTER,
    _STATUS_AROUND,
    _STATUS_ASKED,
    _STATUS_OF,
    _STATUS_OF_THING,
    _STATUS_ON,
    _STATUS_QUO,
    _STAY_AWAY,
    _STAY_AWAY_WORDS,
    _STILL_NO,
    _STRAIN_MORE,
    _STRONG_ASK,
    _SUBJECT_ADDON,
    _SUBJECT_ERRAND,
    _SUBJECT_GROW_THEIRS,
    _SUBJECT_GROWTH,
    _SUBJECT_ITEM,
    _SUBJECT_MORE_2,
    _SUBJECT_MOVE,
    _SUBJECT_NAMES_THEM,
    _SUBJECT_OFFER,
    _SUBJECT_OFFERED,
    _SUBJECT_TARGET,
    _SUBJECT_THING,
    _SUBJECT_TO_ERRAND,
    _TEAM_NEEDS,
    _TERSE_WORDS,
    _THANKS,
    _THEIR_OWN,
    _THEN_WHEN,
    _THEY_OF_US,
    _THING_ANCHOR,
    _THING_DID,
    _THING_DOES_Q,
    _THING_PLEASE,
    _THING_STATE_Q,
    _THING_WOULD_FIX,
    _THIS_TIME,
    _THOUGHT_GIVEN,
    _TIER_DOES,
    _TIER_NAME,
    _TIME_THEN_EVENT,
    _TIMING_FRAME,
    _TROUBLE,
    _UNIT,
    _USAGE_ANY,
    _USAGE_Q,
    _USE_OR_ERRAND,
    _VAGUE_FUTURE,
    _VAGUE_LATER,
    _VAGUE_LATER_MORE,
    _VENDOR_BUILDS,
    _VENDOR_BUILDS_Q,
    _VENDOR_DOES_Q,
    _VENDOR_HAS_Q,
    _VENDOR_PROVIDES,
    _WAIT_REASON,
    _WAITS_ON,
    _WANT,
    _WANT_OF,
    _WANT_VERB,
    _WANT_WHY,
    _WARM_SIGNOFF,
    _WAY_TO,
    _WEATHER,
    _WHEN_CUE,
    _WHEN_LANDS,
    _WISH,
    _WISH_AFFECT,
    _WISH_YOU_HAD,
    _WORD,
    _WORK_FILLED,
    _WORKAROUND,
    _WOULD_BE,
    _WOULD_DO,
    _WOULD_USE,
    _WOULD_WIN,
    _YES_TO_THING,
    _YET_Q,
    _YOU_ADD,
    _rx,
)
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
POINTS_ELSEWHERE = "points_elsewhere"  # names another person to deal with ("Jo can help you")
EXACT_DATE = "exact_date"  # names a calendar day ("on January 12", "after 3/15"): a dated answer
# (also a put-off to a firm time read by the learned stage alone: see detect)
# Sentences of small talk that are only a wish for the season ("Happy holidays!", "Merry
# Christmas and talk in January!"): a ritual everyone sends, a customer gone cold as well.
SEASONAL = "seasonal"
HOLIDAY_BREAK = "holiday_break"  # of the deferrals, those to or past a holiday or a break
ACCEPTANCE = "acceptance"  # a yes to our proposal ("approved, PO to follow", "count us in")
WARM_SIGNOFF = "warm_signoff"  # a closing that wishes the reader well ("Take care", "Warmly")
# A feature ask or one of our offers read by the learned stage alone (learned.py), kept apart
# from the rules' kind, for a detector to weigh only where its errors are cheap (feature
# silence counts it in the baseline window only; expansion refusal only when the customer's
# answer in its thread is an open-ended no or put-off the rules read). Measured leaving one
# writer out (tests/signals/lowo_accounts.py; README, twelfth round of issue 10), this gate did
# not pay, so no weights for these kinds ship and neither marker is produced today.
LEARNED_ASK = "learned_feature_ask"
LEARNED_OFFER = "learned_expansion_proposal"
_GATED = {FEATURE_ASK: LEARNED_ASK, EXPANSION_PROPOSAL: LEARNED_OFFER}
GATE_LEARNED = True  # False: the stage's asks and offers count as the rules' (to measure)

# The kinds whose quote a detector shows as evidence (`f.quotes.get(...)` in signals/detectors;
# tests/signals/test_quoted_kinds.py keeps the two in step). The store keeps only these: a
# quote no detector reads would be stored text for nothing.
QUOTED_KINDS = frozenset({GREETING, SMALL_TALK, COMPLIMENT, TERSE, FEATURE_ASK, DEFERRAL,
                          EXPANSION_PROPOSAL, VAGUE_DECLINE, CONCRETE_DECLINE,
                          ASSISTANT_REDIRECT, LEFT_COMPANY, OUT_OF_OFFICE})

ALL = (
    GREETING, SMALL_TALK, COMPLIMENT, EXCLAMATION, EMOJI, THANKS, TERSE, QUESTION, FEATURE_ASK,
    DEFERRAL, EXPANSION_PROPOSAL, VAGUE_DECLINE, CONCRETE_DECLINE, ASSISTANT_REDIRECT,
    LEFT_COMPANY, OUT_OF_OFFICE, POINTS_ELSEWHERE, EXACT_DATE, SEASONAL, ACCEPTANCE,
    WARM_SIGNOFF,
    HOLIDAY_BREAK,
)

# Kinds judged per sentence by the grammar (the rest are message-level counts).
SENTENCE_KINDS = (
    SMALL_TALK, COMPLIMENT, THANKS, QUESTION, FEATURE_ASK, DEFERRAL, EXPANSION_PROPOSAL,
    VAGUE_DECLINE, CONCRETE_DECLINE, ASSISTANT_REDIRECT, LEFT_COMPANY, OUT_OF_OFFICE, ACCEPTANCE,
)
_RECEIVED_ONLY = frozenset((VAGUE_DECLINE, CONCRETE_DECLINE, ACCEPTANCE))
_SENT_ONLY = frozenset((EXPANSION_PROPOSAL,))
_QUOTE_MAX = 160
# A reply's own words rarely run past this; longer new text is a pasted document or newsletter,
# and reading all of it would cost more than the message is worth.
_MAX_TEXT = 4000


@dataclass(frozen=True, slots=True)
class Markers:
    counts: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)  # kind -> sentence, <= 160 chars


# --- time expressions (windowed search) ----------------------------------------------------


def _words_of(s: str) -> set[str]:
    """Word set of a lower-cased sentence; "year's" also counts as "year"."""
    words = set(_WORD.findall(s))
    if "'s" in s:
        words.update(w[:-2] for w in list(words) if w.endswith("'s"))
    return words


def _far(s: str, words: set[str]) -> re.Match[str] | None:
    """A time expression at least a couple of weeks away. The full grammar is the most
    expensive regex here, so it is only tried at the few word starts before an anchor word
    (every branch contains one: a unit, a month, a season, a holiday, "next", "later"...)."""
    if not words.isdisjoint(_FAR_ANCHORS) or any(
        w[0] in "qhf0123456789" and _FAR_TOKEN.match(w) for w in words
    ):
        spans = [(a.start(), a.end(), a.group(0)) for a in _SPAN_WORD.finditer(s)]
        for i, (_start, end, w) in enumerate(spans):
            if w in _FAR_ANCHORS or (w[0] in "qhf0123456789" and _FAR_TOKEN.match(w)):
                hi = min(len(s), end + 24)
                for j in range(max(0, i - 7), i + 1):
                    m = _FAR_RX.match(s, spans[j][0], hi)
                    if m:
                        return m
    if not words.isdisjoint(_EVENT_CONNECTIVES):
        return _FAR_EVENT_RX.search(s)
    return None


def _near(s: str, words: set[str]) -> re.Match[str] | None:
    if words.isdisjoint(_NEAR_ANCHORS) and not any(
        w[:1].isdigit() and w[-2:] in ("st", "nd", "rd", "th") for w in words
    ):
        return None
    return _NEAR_RX.search(s)


# --- sentence splitting -------------------------------------------------------------------

_ABBREV = re.compile(
    r"\b(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|etc|inc|ltd|co|corp|no|approx|dept|est|fig|e\.g|i\.e|"
    r"a\.m|p\.m|u\.s|u\.k|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri)\.$",
    re.IGNORECASE,
)
_SENT_END = re.compile(
    r"(?<=[.!?\u2026])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u00dd])|(?<=[!?])\s+"
)
_QUOTED_SPEECH = re.compile(r"[\"\u201c\u00ab][^\"\u201d\u00bb\n]{12,300}[\"\u201d\u00bb]")
_APOSTROPHE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " "})


def split_sentences(text: str) -> list[str]:
    """Sentences of a message body: paragraphs, short lines (greetings, sign-offs) and
    sentence punctuation end a sentence; hard-wrapped lines are joined."""
    out: list[str] = []
    buf: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith(">"):
            if buf:
                out.extend(_split_chunk(" ".join(buf)))
                buf = []
            continue
        buf.append(line)
        if len(line) < 45 or line[-1] in ".!?:;":
            # A short or punctuated line ends its chunk; a long one ending in "," continues.
            out.extend(_split_chunk(" ".join(buf)))
            buf = []
    if buf:
        out.extend(_split_chunk(" ".join(buf)))
    return [s for s in out if s]


def _split_chunk(chunk: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _SENT_END.finditer(chunk):
        piece = chunk[start : m.start()].strip()
        if _ABBREV.search(piece[-12:]):
            continue
        if piece:
            parts.append(piece)
        start = m.end()
    tail = chunk[start:].strip()
    if tail:
        parts.append(tail)
    return parts


# --- the grammar, per sentence ------------------------------------------------------------


def _affirmed(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    """First match of rx in s that is not negated just before it."""
    for m in rx.finditer(s):
        if not _NEG_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            return m
    return None


_BUSY_ANCHORS = frozenset(
    [
        "slammed", "swamped", "underwater", "overwhelmed", "drowning", "stretched", "crazy",
        "hectic", "nuts", "brutal", "packed", "busy", "buried", "disaster", "insane", "heads",
        "tied", "booked", "too", "lot", "lots", "plate", "bandwidth", "competing", "behind",
        "write", "trop", "débordé", "débordés", "priority", "focus", "hold", "happen", "happening",
        "shifted", "freeze", "stretched", "capacity", "hands", "chaotic", "upside", "flight",
        "middle", "thick", "tapped", "spread", "maxed", "overflowing", "jammed", "mess", "dance",
        "frantic", "manic",
        "fire", "winding", "headspace", "cycles", "plate's",
    ]
)


_BAD_TIMING_WORDS = frozenset(
    [
        "timing", "time", "moment", "window", "period", "stretch", "plate", "quarter", "month",
        "calendar", "schedule", "room", "realistic", "feasible", "doable", "now", "next", "ideal",
        "fit", "season", "patch", "weeks", "week", "now's", "year", "half", "diary", "priorities",
        "focus", "timing's", "too", "lockdown", "freeze", "crunch", "transition", "bad", "cycles",
        "headspace", "bandwidth", "capacity",
    ]
)
_FOR_NOW_WORDS = frozenset(
    [
        "rain", "raincheck", "sit", "count", "pass", "not", "bow", "skip", "miss", "maybe",
        "catch", "join", "another", "decline", "beg", "give", "leave", "make", "sidelines",
        "duck", "say", "one", "round", "around", "invite", "invitation", "dinner", "lunch",
        "event", "session", "workshop", "webinar", "summit", "offsite", "cards", "swing",
        "squeeze", "carve", "attend",
    ]
)


_LATER_TOPIC_WORDS = frozenset(
    ["conversation", "topic", "thing", "problem", "discussion", "item", "project", "priority",
     "question"]
)
# A postponement verb, then what is moved, then the later time it is moved to: "punt on the
# permissions model till mid-April", "bump the year-end report kickoff to September".
_MOVED_TO = re.compile(
    r"\b(?:push\w*|mov(?:e|es|ed|ing)|bump\w*|punt\w*|wait\w*|hold\w*|tabl(?:e|es|ed|ing)|"
    r"park\w*|defer\w*|shift\w*|slid(?:e|es|ing)|slip\w*|kick\w*|delay\w*|postpon\w*|carry\w*)\s+(?:[\w'-]+\s+){0,8}?(?=(?:out\s+|back\s+)?(?:until|till|til|to|into)\s|(?:out|back)\s)"
    # (thirteenth round) booked again for a later time: "rebook us for February", "resched to
    # early June", "could we rearrange for January?"
    r"|\b(?:re-?book\w*|resched\w*|rearrang\w*)\s+(?:[\w'-]+\s+){0,3}?(?=(?:for|to|into|until|till)\s)"
)
_PASS_BUSY = re.compile(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|going\s+to|have\s+to|so\s+i'll|so\s+we'll)\s+"
    r"(?:have\s+to\s+)?(?:pass|skip|sit\s+(?:it|this)\s+out)\b"
)


def _is_deferral(s: str, words: set[str], far: re.Match[str] | None) -> bool:
    # Declining an invitation for now ("I'll take a rain check", "we'll sit this one out").
    if not words.isdisjoint(_FOR_NOW_WORDS) and _affirmed(_DECLINE_FOR_NOW, s):
        return True
    if _declines_invitation(s, words):
        return True  # "I'll have to skip the dinner", "we'll hang back on the beta for now"
    if _declines_occasion(s):
        return True  # "we'll give the gala a swerve this year", "count us out this round"
    if _OTHER_OCCASION.fullmatch(s):
        return True  # "Maybe another time.", "Next one, perhaps.": not now, another occasion
    # No postponement verb: the timing is bad and a vaguer later time is floated.
    bad = _BAD_TIMING.search(s) if not words.isdisjoint(_BAD_TIMING_WORDS) else None
    bad = bad or _affirmed(_NOT_NOW_MORE, s)
    if bad and not _PAST_REPORT.search(s):
        # ...a later time apart from the bad spell ("a crazy few weeks" is how long, not when)
        later = far if far and (far.start() >= bad.end() or far.end() <= bad.start()) else None
        if later or _VAGUE_LATER.search(s) or _VAGUE_LATER_MORE.search(s):
            return True
    if (_later_is_better(s, far) or far and _NOT_BEFORE.search(s) and not _PAST_REPORT.search(s)
            and (_I_OR_WE.search(s) or s.startswith(("not ", "nothing ")))
            ) and not _ABOUT_BUYING.search(s):
        return True  # "April would be easier", "nothing before the spring, I'm afraid"
    if not words.isdisjoint(_LATER_TOPIC_WORDS) and _LATER_TOPIC.search(s) and not \
            _PAST_REPORT.search(s):
        return True  # "this is a July conversation", "a second-half thing"
    if far:
        for m in _MOVED_TO.finditer(s):
            at = m.end()
            bare = s.startswith(("out ", "back "), at) and not re.match(
                r"(?:out|back)\s+(?:until|till|til|to|into)\s", s[at:])
            if (_FAR_RX.match(s, at) or (not bare and _FAR_RX.match(s, s.find(" ", at) + 1))) and (
                    _FIRST_PERSON.search(s) or _OBLIGED.search(s) or "?" in s) and not (
                    _PAST_REPORT.search(s) and not _PERFECT.search(s)):
                return True
    busy_words = not words.isdisjoint(_BUSY_ANCHORS)
    more_busy = not words.isdisjoint(_BUSY_MORE_WORDS)
    near = _near(s, words) if not far else None
    if not (far or near or busy_words or more_busy):
        return False  # every deferral rule needs a time expression or a busy state
    hard = _affirmed(_POSTPONE_HARD, s)
    if hard and not far and _SMALL_SHIFT.search(s):
        hard = None  # "can we bump tomorrow's sync by 30 minutes?": a conflict, not a put-off
    if hard and (
        _NOMINAL.search(s, 0, hard.start()) and hard.group(0).startswith(("delay", "postpone"))
        or _THING_BEFORE.search(s, 0, hard.start()) and hard.group(0).startswith(("tabl", "park"))
    ):
        # "a 2-week delay in shipping" names a delay, it does not ask for one; "on the kitchen
        # table this weekend", "the car park for the winter" name a thing (fourteenth round)
        hard = None
    if hard and _PAST_REPORT.search(s) and not _PERFECT.search(s):
        return False
    if hard and (far or near):
        subject = (
            _FIRST_PERSON.search(s)
            or _IMPERSONAL_START.match(s)
            or _OBLIGED.search(s, 0, hard.end())  # "the review will need to slip to May"
            or _PASSIVE_POSTPONED.search(s)  # "the evaluation is deferred to FY26"
        )
        return bool(subject or "?" in s)
    if far and _affirmed(_POSTPONE_SOFT, s):
        return True
    if far and _CONTACT_ME_LATER.match(s) and not _EXACT_DAY.search(s) and len(
            s[far.end():].split()) <= 2:
        # "Try me again in Q1.", "Give me a shout in late December.": the ask and its time
        # alone ("try me in December when we hire" gives the reason of a concrete no)
        return True
    busy = _affirmed(_BUSY, s) if busy_words else None
    if not busy and more_busy and not _ABOUT_BUYING.search(s):
        busy = _affirmed(_BUSY_MORE, s)
    if busy and (_PAST_REPORT.search(s) or _done_at_last(s, busy)):
        busy = None  # what was, or a task done at last ("the woodpile is finally stacked")
    if busy and far and far.start() < busy.end() and not hard:
        far = None  # "it's been a crazy few weeks": how long they were busy, not a later time
    if busy and (far or hard or (_POSTPONE_SOFT.search(s) and (near or "?" in s))):
        return True
    if busy and (_VAGUE_LATER.search(s) or _VAGUE_LATER_MORE.search(s)):
        return True  # "we're too stretched at present, down the line for sure"
    if busy and _PASS_BUSY.search(s):
        return True  # "I'm tapped out this week, so I'll pass"
    if (far or _PERIOD.search(s)) and _NOT_PRIORITY.search(s):
        return True
    return bool((far or _has_month(s)) and _NOT_UNTIL.search(s))


# What causes the busy state is not what is put off: "our hands are full with the plant
# expansion", "still digesting the last rollout", "deep in budgeting".
_WAS = re.compile(r"\b(?:was|were|had\s+been)\b[^,;:.!?]{0,30}$")
_CAUSE_CLAUSE = re.compile(
    r"\b(?:with|between|given|dealing\s+with|deep\s+in|knee[- ]deep\s+in|focused\s+on|digesting|"
    r"(?:middle|midst)\s+of|busy\s+with|through)\s+[^,;:.!?]*?(?=[,;:.!?]|\s+(?:so|and|but|maybe|"
    r"perhaps|probably|hopefully|until|till|not)\b|$)"
)


# (fourteenth round) A determiner, perhaps an adjective, then "table" or "park": the noun.
_THING_BEFORE = re.compile(r"\b(?:a|an|the|this|that|our|my|your|their|his|her)\s+(?:[\w-]+\s+)?$")


def _busy_now(s: str, words: set[str]) -> re.Match[str] | None:
    """The timing is bad or we are too busy, now (affirmed): _BAD_TIMING, _NOT_NOW_MORE,
    _BUSY, _BUSY_MORE. Not _STATE_MORE's causes ("the change freeze", "peak season") nor
    _STRAIN_MORE's bare words, which greetings and small talk use too ("hope you're not too
    swamped", "crazy wk here", "the Packers are killing me")."""
    state = _BAD_TIMING.search(s) if not words.isdisjoint(_BAD_TIMING_WORDS) else None
    state = state or _affirmed(_NOT_NOW_MORE, s)
    if not state and not words.isdisjoint(_BUSY_ANCHORS):
        state = _affirmed(_BUSY, s)
    if not state and not words.isdisjoint(_BUSY_MORE_WORDS):
        state = _affirmed(_BUSY_MORE, s)
    if state and _done_at_last(s, state):
        return None  # "the woodpile is finally stacked for the winter": a task done, no strain
    return state


# (fourteenth round) A state reached at last is a task completed ("the woodpile is finally
# stacked", "the shelves are at last full"): busy words so qualified say no one is strained.
_FINALLY_DONE = re.compile(r"\b(?:finally|at\s+last|now\s+all)\s+(?:[\w'-]+\s+)?$")


def _done_at_last(s: str, state: re.Match[str]) -> bool:
    """The busy words are a state reached at last, said just before them (_FINALLY_DONE)."""
    return bool(_FINALLY_DONE.search(s, max(0, state.start() - 16), state.start()))


def _state_now(s: str, words: set[str]) -> re.Match[str] | None:
    """A busy or bad-timing state now, in any of the grammar's words for it."""
    state = _busy_now(s, words)
    if not state and not words.isdisjoint(_STATE_MORE_WORDS):
        state = _affirmed(_STATE_MORE, s)
    return state


def _loose_later(s: str, far: re.Match[str] | None, state: re.Match[str] | None = None
                 ) -> re.Match[str] | None:
    """A later time, vague or not, apart from the state's own words ("a crazy few weeks")."""
    def apart(m: re.Match[str]) -> bool:
        return state is None or m.start() >= state.end() or m.end() <= state.start()
    for rx in (_LATER_LOOSE, _VAGUE_LATER, _VAGUE_LATER_MORE):
        m = next((m for m in rx.finditer(s) if apart(m)), None)
        if m:
            return m
    return far if far and apart(far) else None


def _puts_off_purchase(s: str) -> bool:
    """What is put off is what we sell (the cause of the busy state aside)."""
    return bool(_ABOUT_BUYING.search(_CAUSE_CLAUSE.sub(" ", s)))


def _busy_then_later(s: str, words: set[str], far: re.Match[str] | None) -> bool:
    """A deferral without a postponement verb, by construction: a busy or bad-timing state now
    and a vague later time ("we're at max capacity, some point next year maybe", "with the
    audit going on, not for a while", "it'll have to be later, we're deep in budgeting"), or a
    later time that is itself the not-now ("not for the next few months, I'm afraid"). Not when
    what is put off is what we sell ("no new seats until the spring"): that answers an offer,
    and the open-no rules read it. Said with no object, it may answer an offer or a meeting
    alike: the caller keeps an open no found in the same sentence (expansion refusal reads
    it; procrastination leaves replies to offers out)."""
    if _PAST_REPORT.search(s) and not _PERFECT.search(s) or _EXACT_DAY.search(s):
        return False
    if not (_affirmed(_NOT_FOR_A_WHILE, s) or _moves_with_no_time(s, words, far)):
        if _PAST_REPORT.search(s):
            return False
        state = _not_past(s, _state_now(s, words))
        if not state or not _loose_later(s, far, state):
            return False  # "in the first half of the year it was next to impossible"
    return not _puts_off_purchase(s)


_DONE_OR_DAY = re.compile(
    r"^(?:i|we|i've|we've|i\s+have|we\s+have|just)\s+(?:\w+\s+)?(?:moved|pushed|shifted|bumped|"
    r"rescheduled|postponed)\b|\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|"
    r"tonight|this\s+afternoon|same\s+(?:time|link|slot))\b")
# A plain "push" or "move" said by the writer of something of theirs: "we need to push this one".
_PUSH_SAID = re.compile(
    r"\b(?:need\s+to|have\s+to|got\s+to|gotta|going\s+to|gonna|let's|can\s+we|could\s+we|"
    r"we'll|i'll|we\s+will|i\s+will|must)\s+(?:have\s+to\s+)?(?:push|move|bump|slide|shift)\s+"
    r"(?:this|it|that|things|our|my|the)\b")
_WILL_OR_MUST = re.compile(r"\b(?:will|'ll|going\s+to|gonna|need\s+to|have\s+to|had\s+to|must|be|"
                           r"been|get|got)\s+(?:[\w']+\s+)?$")
_UNTIL_TOLD = re.compile(
    r"\b(?:until|till)\s+(?:i|we|you)\s+(?:hear|get\s+word|am\s+told|are\s+told)")
_UNTIL_EVENT = re.compile(r"\b(?:until|till|til|after|once|when)\b")


def _moves_with_no_time(s: str, words: set[str], far: re.Match[str] | None) -> bool:
    """A postponement verb said by the writer with no time to move to, but a meeting to move
    ("I'm going to have to push our meeting again", "let's postpone the site visit"), an open
    end ("we'll need to postpone indefinitely", "let's hold off for now", "going to need to
    reschedule again"), an event to wait for ("let's table it until we finish the survey") or
    the busy state that explains it ("we gotta push this, swamped")."""
    hard = _affirmed(_POSTPONE_HARD, s) or _affirmed(_PUSH_SAID, s)
    if not hard or _SMALL_SHIFT.search(s) or (
            _NOMINAL.search(s, 0, hard.start()) and not s[:hard.start()].endswith("let's ")):
        return False  # "a delay in shipping" names a delay ("let's" is no article)
    if hard.group(0).startswith(("cancel", "delay")) and not _MEETING_NOUN.search(s, hard.end()):
        return False  # "cancel this service", "without delaying your departure" move no meeting
    verb = hard.group(0).split()[0]
    if verb.endswith("ed") and verb != "need" and not (
            _PERFECT.search(s, 0, hard.start()) or _WILL_OR_MUST.search(s[:hard.start()])):
        return False  # "we postponed the summit", "flight delayed again": what happened
    if _UNTIL_TOLD.search(s, hard.end()):
        return False  # "I'll hold it until I hear otherwise" waits on word, not on a time
    if _DONE_OR_DAY.search(s):
        return False  # "I moved our check-in to Tuesday because of a conflict": done, a day
    if not (_FIRST_PERSON.search(s) or _OBLIGED.search(s, 0, hard.end()) or "?" in s
            or _IMPERSONAL_START.match(s)):
        return False
    rest = s[hard.start():]
    return bool(_MEETING_NOUN.search(s) or _OPEN_AGAIN.search(rest) or _LATER_LOOSE.search(rest)
                or _UNTIL_EVENT.search(rest) or _state_now(s, words))


def _state_then_later_pair(first: str, second: str) -> bool:
    """The same construction over two sentences, the later time short and after the state
    ("We're in the middle of a big audit. Afterwards, maybe."; "Things are a bit chaotic
    here. Once we're through this stretch.") or before it ("Maybe in August? Right now isn't
    good.")."""
    a = first[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    b = second[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    if len(a.split()) > 24 or len(b.split()) > 12:
        return False
    if any(_PAST_REPORT.search(x) or _EXACT_DAY.search(x) for x in (a, b)):
        return False
    for now, then in ((a, b), (b, a)):
        if now is b and len(a.split()) > 8:
            break  # a later time first is a short fragment: "Maybe in August?"
        words = _words_of(now)
        if not (_state_now(now, words) or _NOT_NOW_STATE.search(now)):
            continue
        if _SOMEONES_TIME.search(now) and not _I_OR_WE.search(now):
            continue  # "Pat's calendar is full": someone else's time
        if _LATER_FRAGMENT.match(then) or _loose_later(then, _far(then, _words_of(then))):
            return not _puts_off_purchase(a + " " + b)
    return False


_I_OR_WE = re.compile(r"\b(?:i|we|i'm|we're|i'll|we'll|i've|we've|i'd|we'd|my|our|us|me)\b")
_ONLY_LATER = re.compile(
    r"(?:(?:realistically|probably|maybe|perhaps|hopefully|honestly|say|more\s+like)[,\s]+)?"
    r"(?:the\s+)?(?:early\s+|mid[- ]|late\s+)?(?:january|february|march|april|june|july|august|"
    r"september|october|november|december|may|spring|summer|fall|autumn|q[1-4]|h[12]|next\s+(?:month|"
    r"quarter|year)|(?<=early\s)20\d\d|(?<=late\s)20\d\d|(?<=mid-)20\d\d)(?:\s+(?:of\s+)?20\d\d(?=[,\s]+"
    r"(?:probably|maybe|perhaps|hopefully|possibly|realistically|(?:at\s+the\s+)?(?:earliest|"
    r"soonest))\b|\s*[.!]))?(?:-ish)?(?:[,\s]+(?:probably|maybe|perhaps|hopefully|"
    r"possibly|i\s+think|realistically|(?:at\s+the\s+)?(?:earliest|soonest)))?\s*[.!?]*"
    # (fourteenth round) the year may follow, hedged or said ("December 2027, possibly.",
    # "Q3 2027 earliest.", "October 2027."; "October 2001" with no stop is a date line), and an
    # apology may close the answer
    # ("Q3 2027 earliest. sorry")
    r"(?:[,\s]*(?:sorry|i'm\s+afraid|unfortunately|alas)[.!]*)?"
)


def _declines_invitation(s: str, words: set[str]) -> bool:
    """A first person staying away from an invitation, or for now: "I'll have to skip the
    dinner", "we're going to hang back on the early-access program for now", "I can't commit
    to the advisory council right now". Not when another day is offered in the same breath
    ("can't make Tuesday, can we do Wednesday?" moves a meeting)."""
    if words.isdisjoint(_STAY_AWAY_WORDS):
        return False
    m = _affirmed(_STAY_AWAY, s)
    if not m or _PAST_REPORT.search(s) or _near(s, words) or _ABOUT_BUYING.search(s):
        return False
    if not (_I_OR_WE.search(s, 0, m.end()) or m.start() <= 12 and "?" not in s):
        return False  # "he will be in Europe, so unable to attend": someone else stays away
    return bool(_INVITATION.search(s) or _FOR_NOW_TAIL.search(s) and not re.search(
        r"\b(?:pass|passing|declin\w*)\b", m.group(0)))


def _declines_occasion(s: str) -> bool:
    """Declining an occasion for this time, by construction (issue 10, twelfth round): a first
    person abstaining (lexicon._ABSTAIN: "give the dinner a swerve", "take a bye", "sit this
    dance out", "count us out") from an occasion named or for this time ("this one", "this
    edition", "this year's", "for now"); the weaker ways ("not for us", "a no from me", "can't
    do") only with an occasion named. Not with a day or date (that moves a meeting or is a
    concrete no), a past report, a question, or what we sell ("pass on the upgrade for now" is
    an open no to an offer)."""
    if "?" in s or _PAST_REPORT.search(s) or _EXACT_DAY.search(s) or _ABOUT_BUYING.search(s):
        return False
    occasion = _INVITATION.search(s) or _OCCASION_MORE.search(s)
    m = _ABSTAIN.search(s)
    if m:
        if not (occasion or _THIS_TIME.search(s)):
            return False
    else:
        m = _ABSTAIN_WEAK.search(s) if occasion else None
        if m is None or not _THIS_TIME.search(s) and not _I_OR_WE.search(s):
            return False
    if _NEG_BEFORE.search(s, max(0, m.start() - 20), m.start()) and not m.group(0).startswith(
            ("not", "no ")):
        return False  # "we won't sit this one out"
    # a first person, or the abstention opening the sentence ("No can do on the dinner")
    return bool(_I_OR_WE.search(s) or m.start() <= 12)


def _later_is_better(s: str, far: re.Match[str] | None) -> bool:
    """A later time said to suit better, with no postponement verb: "April would be easier",
    "the back half of February looks a lot calmer", "late March could", "in April we'll have
    more room", "Realistically, August." (a later time alone is the whole answer)."""
    later = far or _BARE_LATER.search(s)
    if not later or _PAST_REPORT.search(s) or _EXACT_DAY.search(s):
        return False  # "March 3 would work" answers with a day
    if _ONLY_LATER.fullmatch(s):
        return True  # "Realistically, August." is the whole answer
    better = _LATER_BETTER.search(s)
    if not better or _NEG_BEFORE.search(s, max(0, better.start() - 12), better.start()) or \
            later.group(0).lstrip(" ,;:.!?-\u2013\u2014").startswith("this "):
        return False  # "this spring" is now
    # the time as the subject ("April would be easier", "in April we'll have more room"), or
    # a first person saying when they will be free ("our schedule frees up in May")
    if later.start() < better.start():
        return better.start() - later.end() <= 16
    return bool(_FIRST_PERSON.search(s)) or s.startswith("things ")


_PASSIVE_POSTPONED = _rx(
    r"\b(?:is|are|has\s+been|have\s+been|will\s+be|'ll\s+be|being)\s+(?:[\w'-]+\s+)?"
    r"(?:postponed|deferred|pushed|moved|rescheduled|put\s+on\s+hold)\b"
)
_IMPERSONAL_START = _rx(r"(?:\w+ly,?\s+)?(?:this|everything|it)")  # "realistically, this won't"
_OBLIGED = _rx(r"\b(?:needs?\s+to|ha(?:s|ve)\s+to|had\s+to|must|wants?\s+to|would\s+like\s+to|"
              r"prefers?\s+to|asked\s+(?:us|me)\s+to)\b")
_REVISIT_VERB = _rx(
    r"\b(?:revisit|reconsider|reassess|look\s+at|take\s+a\s+look|consider|think\s+about|"
    r"come\s+back|"
    r"circle\s+back|reach\s+out|let\s+you\s+know|talk|discuss|bring\s+it\s+up|keep|maybe|perhaps|"
    r"possibly|might|wait|see|options|step\s+back|ahead|attendre)\b"
)
_MAX_DECLINE_WORDS = 24  # open-ended noes are short; long narrative sentences are not replies


_VAGUE_WORDS = frozenset(
    [
        "not", "no", "never", "pas", "keep", "keeping", "stick", "sticking", "stay", "staying",
        "maintain", "remain", "hold", "leave", "continue", "rester", "sit", "fine", "ok", "okay",
        "happy", "comfortable", "covered", "works", "covers", "pass", "decline", "first",
        "before", "future", "someday", "eventually", "course", "changes", "ready", "needed",
        "mind", "pocket", "wait", "land", "think", "options", "ahead", "step", "internally",
        "notice", "tard", "attendre", "timing", "appetite", "table", "without", "cut", "later",
        "maybe", "perhaps", "proceeding", "proceed", "pause", "pausing", "need", "current",
        "existing", "job", "good", "set", "all", "garde", "garder", "gardons", "conserve",
        "conserver", "conservons", "reste", "restons", "l'instant", "point", "time", "justifying",
        "revisit", "day", "line", "same", "enough", "as", "if", "does", "moment", "stage", "now",
        "currently", "present", "atm", "soon", "term", "being", "juncture", "nothing", "park",
        "parking", "content", "satisfied", "carry", "market", "it's", "that's", "more",
        "overkill", "plenty", "sufficient", "hard", "tough", "difficult", "justify", "shelve",
        "outside", "manage", "off", "decided", "put", "skip", "stands", "stand", "as-is", "doubt",
    ]
)


# Gate of _DECLINE_IDIOM and _NOT_GROW: each branch holds one of these words (or "n't").
_IDIOM_WORDS = frozenset(
    [
        "timing", "no", "hard", "not", "table", "without", "cut", "pas", "later", "hold",
        "holding", "nothing", "more", "overkill", "much", "does", "plenty", "enough",
        "sufficient", "tough", "difficult", "park", "shelve", "outside", "decided", "pass",
        "doubt",
    ]
)


def _is_vague_decline(s: str, words: set[str], far: re.Match[str] | None) -> bool:
    if len(s.split()) > _MAX_DECLINE_WORDS:
        return False
    if words.isdisjoint(_VAGUE_WORDS) and "n't" not in s:
        return False
    if far and (_POSTPONE_SOFT.search(s) or _POSTPONE_HARD.search(s)):
        return False  # a dated postponement is a deferral, not an open-ended no
    if "?" in s or _NEG_POSTPONE.search(s) or len(s.split()) > _MAX_DECLINE_WORDS:
        return False
    if _affirmed(_ACCEPTANCE, s) or _PROMISED.search(s):
        return False  # "happy to move ahead, once the PO clears"; "not yet, by Thursday"
    if _dated(s):
        return False  # "no new tools until mid-July": a no with a date is a dated no
    if not words.isdisjoint(_NO_MORE_WORDS) and _affirmed(_NO_MORE, s):
        return True  # whoever says it: "our ops team is fine with the current tools"
    idiom = ("n't" in s or not words.isdisjoint(_IDIOM_WORDS)) and (
        _DECLINE_IDIOM.search(s)
        or (_NOT_GROW.search(s) and (_EXPANSION_OBJECT.search(s) or _NOW_RX.search(s)))
    )
    if not idiom and not _FIRST_PERSON.search(s) and not _NOT_NOW.match(s) and not (
            _THEY_OF_US.match(s) and (_STATUS_QUO.search(s) or _SATISFIED.search(s))):
        return False  # (the customer may speak of itself in the third person: _THEY_OF_US)
    if _STATUS_QUO.search(s) or _SATISFIED.search(s) or _PASS.search(s):
        return True
    if idiom:
        return True
    if _NOT_NOW.search(s) and (_FOR_NOW.search(s) or _EXPANSION_OBJECT.search(s)):
        return True
    if _affirmed(_POSTPONE_HARD, s) and _FOR_NOW.search(s):
        return True  # "let's hold off for now": a postponement with no date is open-ended
    if _FIRST_FRAME.search(s):
        return True
    if s.startswith(("if you", "even if", "when you")):
        return False  # a condition on the reader ("if you'd like to talk in the future")
    m = _VAGUE_FUTURE.search(s)
    return bool(m and _REVISIT_VERB.search(s)) and not far


_ACCEPTANCE = _rx(
    r"\b(?:happy|glad|ready|good)\s+to\s+(?:move|go|proceed)\s+(?:ahead|forward)|\blet's\s+(?:do\s+it|"
    r"go\s+ahead|proceed|move\s+forward)|\bgo\s+ahead\s+(?:and|with)|\bonce\s+the\s+(?:po|paperwork|"
    r"contract|order\s+form|purchase\s+order)\b"
)
# "Not yet - I'll have the numbers by Thursday": a status with a near date, not a no.
_PROMISED = _rx(
    r"\bnot\s+(?:there\s+|quite\s+)?yet\b.*\b(?:by|on|until|before|around)\s+(?:next\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|tomorrow|tonight|today|end\s+of\s+(?:day|the\s+week|week)|eod|eow|cob|"
    r"the\s+\d{1,2}(?:st|nd|rd|th)?)\b"
    # ...and delight is praise: "your team is quick, we are very happy."
    r"|\b(?:very|so|really|super|extremely|incredibly|truly)\s+(?:happy|pleased|satisfied)\s*[.!]*$"
)
_OUR_SIDE = _rx(
    r"\b(?:we|we're|we'll|we've|we'd|our|us|i|i'm|i'll|i'd|my|let's|nous|notre|nos|on\s+(?:pr\u00e9f\u00e8re|pourra\w*|voudrait|aimerait|va|se|peut|doit|reste|garde|verra|attend|en|a|ne|n'))\b"
)
_MAX_CONCRETE_WORDS = 40
_REVISIT_THEN = _rx(r"\b(?:until|till|then|revisit\w*|again|reopen\w*|after|before)\b")
_HARD_HOLD = _rx(
    r"\b(?:frozen|freeze|froze|paused|locked|on\s+hold|off\s+the\s+table|wait|won'?t|can'?t|cannot|"
    r"no\s+budget|capped|moratorium|only\s+approved|needs?\s+(?:\w+\s+)?approval|requires?|closed|"
    r"(?:needs?|has|have)\s+to\s+(?:[\w'-]+\s+){1,4}?first|must\s+(?:sign|approve|review))\b"
)


# What a next step tied to an event moves: the offer itself ("put it in the packet", "send the
# proposal in April", "we'll need those licenses then"), or the talk about it ("let's talk then");
# "I'll present the risk review there" moves another topic.
_OFFER_OBJECT = re.compile(
    r"\b(?:it|this|that|them|the\s+(?:proposal|quote|numbers|offer|expansion|upgrade|add-?on))\b"
    r"|\b(?:let's|i'd|we'll|i'll)\s+(?:talk|revisit|reconnect|loop\s+back|circle\s+back|touch\s+base|"
    r"pick|look)|"
    + _EXPANSION_OBJECT.pattern
)


def _is_concrete_decline(s: str, far: re.Match[str] | None) -> bool:
    if len(s.split()) > _MAX_CONCRETE_WORDS:
        return False
    if _HEDGED_TIME.search(s) and not _EXACT_DAY.search(s):
        return False  # "the hiring freeze, maybe later this year": put off, not dated
    if _PAST_REPORT.search(s) and not (_REVISIT_THEN.search(s) or _BACK_THEN.search(s)):
        return False  # "finance closed the books yesterday" reports, it does not decline
    if _event_decline(s) or _firm_answer(s):
        return True
    if not far and not (("/" in s or _has_month(s)) and _DATE_RX.search(s)):
        return False  # a concrete no names when to revisit: a time, an event or a date
    if not _OUR_SIDE.search(s) and not _HARD_HOLD.search(s):
        return False  # an impersonal sentence needs an explicit hold ("spend is frozen until Q2")
    if not _REASON.search(s):
        return False
    # ...and a no, or a next step after that time ("revisit after that", "I'll come back to you")
    return bool(_DECLINE_CUE.search(s) or (_DECLINED_OBJECT.search(s) and _CONNECTIVE.search(s))
                or (_NEXT_STEP.search(s) and (_dated(s) or _QUARTER.search(s))))


_MAY_AS_MONTH = re.compile(
    r"(?:\b(?:in|by|until|till|til|before|after|of|through|from|around|is|so|for|to|than|early|"
    r"late|end\s+of)\s+|\bmid-?\s*)$"
)
_BEFORE_PAST = re.compile(r"\b(?:last|since|past|ago|earlier\s+this)\s+$")


def _firm_time(s: str, words: set[str]) -> re.Match[str] | None:
    """The firm time to come back in a sentence (lexicon _FIRM_LATER), unless the sentence
    hedges its time ("maybe in March", "probably Q3", "down the road"): a month that is not the
    verb "may", a quarter, a count of weeks, the turn of a budget cycle (a milestone alone,
    "after the audit", is a reason, not a time: lexicon _MILESTONE)."""
    if words.isdisjoint(_FIRM_WORDS) and not any(
            w[0] in "qf0123456789" and _FIRM_TOKEN.match(w) for w in words):
        return None
    if _HEDGED_TIME.search(s) or _VAGUE_FUTURE.search(s):
        return None
    for m in _FIRM_LATER.finditer(s):
        if _BEFORE_PAST.search(s, max(0, m.start() - 14), m.start()):
            continue  # "since March", "last quarter": a time gone by
        if m.group(0).startswith("the ") and m.group(0)[4:5].isdigit() and re.match(
                r"\s+(?!(?:of|at|and|or|so|then|when|to|but|as)\b)[a-z]", s[m.end():]):
            continue  # "the 2nd option": an ordinal, not a day
        if m.group(0) == "may" and not (
                _MAY_AS_MONTH.search(s, max(0, m.start() - 12), m.start())
                or re.match(r"\s*(?:20\d\d|\d{1,2}\b|[.,;:!)]|$)", s[m.end():])):
            continue  # "we may look again": the verb
        return m
    return None


def _firm_answer(s: str) -> bool:
    """A no or a put-off with a reason and a firm time to come back, said of the matter: a
    concrete decline by construction ("not this fiscal year, our budget resets in July — let's
    talk then"; "we'll revisit after the audit, in March"; "we need six months of data on the
    current setup first, so May"). The reason is a cause named (_REASON, an event placed at the
    time, "because of", "in the middle of", work going on until then, something needed first)
    or the time itself when it is a budget turn; the answer is a no or a hold, or a next step
    said after the reason. A date alone ("not until October") is a put-off, not this."""
    if "?" in s or s.startswith(("if ", "even if", "when you")):
        return False
    firm = _firm_time(s, _words_of(s))
    if firm is None or _TIMING_FRAME.search(s):
        return False
    reasons = [m for m in (
        _REASON.search(s) if _reason_words(s) else None,
        _EVENT_AT.search(s),
        _FIRST_FRAME.search(s) if " first" in s else None,
        _WAIT_REASON.search(s),
        _MILESTONE.search(s),
        _TIME_THEN_EVENT.search(s),
        _NO_ONE_TO_USE.search(s),
        _STATE_UNTIL.search(s),
    ) if m is not None]
    if firm.group("turn") is None and not reasons:
        return False
    if "n't" in s or _DECLINE_CUE.search(s) or _HELD_UNTIL.search(s):
        return True
    # Only a next step: the reason comes first ("the new wing opens in April; let's revisit
    # then"). A next step that leads, with the event only in its time ("let's reconnect after
    # our kickoff in late January"), is a put-off.
    step = _REVISIT_LINK.search(s) or _WHEN_CUE.search(s) or _BACK_THEN.search(s) or \
        _WAITS_ON.search(s)
    reason_at = min((m.start() for m in reasons), default=firm.start())
    return step is not None and reason_at < step.start()


# A past event is a report ("after the shop closed in December", "failed to meet a March 19
# deadline"), not a reason to wait.
_PAST_EVENT = re.compile(
    r"\b(?:was|were|had|did)\b|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bget\s)(?<!\bgets\s)"
    r"\b(?!(?:expected|scheduled|planned|slated|targeted|need)\b)[a-z]{2,}ed\b"
)


def _event_decline(s: str) -> bool:
    """Our no tied to an event placed at a firm time, which is a reason and a date at once
    ("We can't add seats until the plan is approved in August"; "the committee meets in June,
    I'll put it in the packet"): said by us, with a no or a next step for the offer."""
    if not (_has_month(s) or "the " in s or " q" in s) or s.startswith(("if ", "even if")) or \
            "?" in s:
        return False  # (a condition on the reader or a question is no answer)
    event = _EVENT_AT.search(s)
    if not event or _PAST_EVENT.search(event.group(0)):
        return False
    if not (_OUR_SIDE.search(s) or _BARE_NO.match(s)):
        return False
    return bool(_NEG_WORD.search(s) or "n't" in s
                or (_REVISIT_LINK.search(s) and _OFFER_OBJECT.search(s)))


# Not-now said by us or of the matter ("it'll be a while", "not for a bit"), not of someone's
# time ("Pat isn't taking meetings this quarter" is an assistant's note; "can't believe how
# fast this year has gone" is small talk).
_OURS_OR_IMPERSONAL = re.compile(
    r"\b(?:we|we're|we'll|we'd|we've|us|our|i|i'm|i'll|i'd|let's)\b|^(?:[\w']+,?\s+)?(?:not|nothing|"
    r"doubt\w*|unlikely|can't|don't|"
    r"it|that|this|some|ask|the\s+next|next)\b|\b(?:it|that|this)(?:'ll|\s+will|'s\s+going|\s+may|"
    r"\s+might)\b"
)
# Doubt about a problem or an errand ("not sure the export worked") is no outlook for an offer.
_PROBLEM = re.compile(
    r"\b(?:worked|working|broke\w*|error|bug|issue|invoice|file|arrived?|received|fixed|login|"
    r"report|export|import|ticket|sync|upload)\b")
_SOMEONES_TIME = re.compile(
    r"\b(?:available|availability|unavailable|meetings?|calls?|believe)\b")


def _is_open_no(s: str) -> bool:
    """An open-ended no by construction: not now with the later time left open or hedged
    ("it'll be a while", "we're at capacity, maybe next year"), or what the team would rather
    not or is not looking at (_OPEN_NO). A put-off to a firm time is a dated no, not this."""
    if len(s.split()) > _MAX_DECLINE_WORDS or "?" in s or _PAST_REPORT.search(s) or \
            _PROMISED.search(s):
        return False
    if _OPEN_NO.search(s) or (_OPEN_NOT_NOW.search(s) and _OURS_OR_IMPERSONAL.search(s)
                              and not _SOMEONES_TIME.search(s)):
        # (ninth round) a firm time that is no month ("ask me again at the end of Q1") dates
        # the no as a month does
        firm = _firm_time(s, _words_of(s))
        return not ((_dated(s) or (firm is not None and firm.group("turn") is None))
                    and not _HEDGED_TIME.search(s))
    if _dated(s):
        return False
    if _CONTENT_AS_IS.search(s) or _NOT_WORTH_IT.search(s):
        return True
    if _RESTRAINT.search(s) and not _PROBLEM.search(s):
        return True  # "we're in belt-tightening mode", "the appetite for more is limited"
    if _DOUBT_OF_IT.search(s) and _OURS_OR_IMPERSONAL.search(s) and not _PROBLEM.search(s):
        return True
    return bool(_NO_ROOM_NOW.search(s) and _HEDGED_LATER.search(s))


# (ninth round) A plain no that avoids the word "no" and the usual idioms, by construction:
# who says it is us or the organisation speaking of itself, and what is said is one of
# - taking the offer forward, negated: "management has decided not to proceed", "I don't
#   think we'll be taking this further", "I can't take this forward", "I'm not going to be
#   able to champion this one", "we won't take the extra module";
# - letting it go, an idiom of a no with no time: "we'll give it a miss", "let this one go",
#   "we're going to stand pat", "let's leave it", "we're not biting", "we must regretfully
#   decline", "which around here means no", "the answer was 'not now'";
# - staying as we are, said differently: "we'll stay small", "we'll keep it at one site",
#   "keep to the single venue", "make do with the standard tier", "muddle along without it",
#   "current scope stays", "happy as it is", "enough like this", "remains sufficient";
# - the will for it absent: "there isn't any appetite internally", "the appetite for spend
#   just isn't there", "the taste for new tools is basically nil", "no budget owner willing";
# - the outlook for it, said to be poor: "isn't going to fly here", "doesn't make the cut",
#   "I'm not seeing the case for it", "too big a step for us", "it does not fit our
#   direction", "goes the wrong way for us", "I don't see it moving", "hard to justify".
# A put-off to a time (a date, a firm or a hedged later time), a condition ("until the PO",
# "once legal signs") or a meeting declined is not this.
_PLAIN_GO_ON = re.compile(
    r"(?:n't|\bnot|\bnever)\s+(?:(?:be|going\s+to|able\s+to|think\s+we'll|think\s+we\s+will|"
    r"really|to|be\s+able\s+to|going\s+to\s+be\s+able\s+to)\s+){0,3}"
    r"(?:proceed(?:ing)?|go(?:ing)?\s+(?:ahead|forward)|"
    r"tak(?:e|ing)\s+(?:this|it|that|things)(?:\s+one)?\s+(?:any\s+)?(?:further|forward)|"
    r"(?:champion|sponsor|push)(?:ing)?\s+(?:this|it|that)|avail(?:ing)?\s+(?:ourselves\s+)?of|"
    r"commit(?:ting)?\s+to\s+(?:anything|more|any)|biting)\b"
    r"|\b(?:won't|will\s+not|not\s+going\s+to)\s+(?:be\s+)?(?:tak(?:e|ing)|add(?:ing)?|buy(?:ing)?)\s+"
    r"(?:on\s+|up\s+)?(?:the|any|those|these|that)\s+(?:extra|additional|new|bigger|larger|other)\b"
    r"|\brather\s+not\s+(?:make\s+any\s+commitments|commit|for\s+now|\.|,|$)"
    r"|\bprefers?\s+(?:that\s+)?we\s+(?:don't|do\s+not)\s+(?:commit|add|expand|grow|take\s+on)\b"
    r"|(?:n't|\bnot)\s+in\s+a\s+position\s+to\s+(?:take\s+on|add|expand|grow|upgrade|commit\s+to)\s+"
    r"(?:more|anything|any)\b"
    r"|(?:n't|\bnot)\s+something\s+(?:i|we)\s+(?:really\s+)?(?:want|wish|intend|plan)\s+to\s+"
    r"(?:take\s+on|pursue|go\s+for|add)\b"
    r"|^(?:[\w-]+,?\s+)?please\s+(?:don't|do\s+not)\s+(?:put|add|include)\s+anything\s+"
    r"(?:extra|more|else|new)\b"
)
_PLAIN_LET_GO = re.compile(
    r"(?<!\bto\s)(?<!n't\s)(?<!\bnot\s)\blet\s+(?:it|this|that)(?:\s+one)?\s+go\b(?!\s+by\b)"
    r"|\bstand(?:ing)?\s+pat\b"
    r"|\b(?:let's|we'll|so\s+we'll|we\s+will|i'll|i'd)\s+(?:just\s+)?leave\s+(?:it|this|that)"
    r"(?:\s+(?:there|at\s+that|for\s+now))?\s*(?:[.!,;]|$)"
    r"|\bleave\s+(?:it|this)\s+at\s+that\b"
    r"|\bleave\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}out\s+of\s+it\b"
    r"|\bwhich\s+(?:around\s+here\s+|here\s+|in\s+practice\s+)?means\s+no\b"
    r"|\banswer\s+was\s+['\"\u2018\u201c]?(?:no|not\s+now|not\s+yet)\b"
    r"|\b(?:i'd|i\s+would|i'm\s+going\s+to|i'll)\s+say\s+(?:no|not\s+now)\b"
    r"|^(?:i\s+think\s+)?we\s+pass\b|\bthink\s+we\s+pass\b"
    r"|\bparking\s+(?:the|this|it)\b[^.;]{0,20}\bno\s+timeline\b"
    r"|\b(?:wait|on\s+hold|parked|shelved|paused)\s+indefinitely\b"
)
_PLAIN_STAY = re.compile(
    r"\b(?:stay|staying|keep|keeping|remain|remaining)\s+(?:it\s+)?(?:small|lean)\s*(?:[.!,;]|$|for\s+"
    r"now|for\s+the\s+(?:moment|time\s+being)|at\s+the\s+moment)"
    r"|\b(?:stay|staying|keep|keeping|remain|remaining)\s+(?:as\s+we\s+are|(?:right\s+)?where\s+we\s+"
    r"are)\b"
    r"|\bkeep(?:ing)?\s+(?:it\s+)?(?:to|at)\s+(?:one|a\s+single|the\s+(?:one|single|current|existing)|"
    r"our\s+(?:one|single|current|existing))\b"
    r"|\bkeep(?:ing)?\s+the\s+(?:small|smaller|single|current|existing|standard|basic)\s+one\b"
    r"|\b(?:make\s+do|get\s+by|manage)\s+with\s+(?:the|our)\s+(?:standard|basic|current|existing|"
    r"starter|small|smaller|single)\b"
    r"|\b(?:muddle|struggle|carry|get)\s+(?:along|on|by)\s+without\s+(?:it|this|that|them)\b"
    r"|\bkeep\s+doing\s+(?:it|things)\s+the\s+(?:old|same|current|usual)\s+way\b"
    r"|^(?:(?:[\w-]+,?\s+){0,3})?(?:current|existing)\s+(?:scope|plan|setup|seats|tier|licen[cs]e)\s+stays\b"
    r"|^no\s+change\s+for\s+us\b"
    r"|\b(?:happy|fine|good|okay|content|enough)\s+(?:as\s+(?:it|they)\s+(?:is|are)|like\s+this)\b"
    r"|\b(?:it|that)(?:'s|\s+is)\s+fine\s+as\s+is\b"
    r"|\b(?:current|existing)\s+(?:[\w-]+\s+)?(?:licen[cs]e|plan|setup|tier|package|seats)\s+"
    r"(?:remains?|stays?)\s+(?:sufficient|enough|adequate|fine)\b"
    r"|\bno\s+need\s+to\s+add\b"
)
_PLAIN_NO_WILL = re.compile(
    r"\b(?:appetite|taste|stomach|enthusiasm|buy-in|interest|support|desire)\b[^.;]{0,30}?\b"
    r"(?:just\s+|really\s+|simply\s+)?"
    r"(?:isn't|is\s+not|aren't)\s+there\b"
    r"|\b(?:appetite|taste|stomach|enthusiasm|buy-in)\b[^.;]{0,30}?\b(?:is|'s)\s+(?:basically\s+|"
    r"pretty\s+much\s+|practically\s+|more\s+or\s+less\s+)?(?:nil|zero|non-?existent|gone)\b"
    r"|\bthere\s+(?:isn't|is\s+not|is\s+no|'s\s+no)\s+(?:any\s+|much\s+|real\s+)?(?:appetite|stomach|"
    r"enthusiasm|buy-in)\b"
    r"|\b(?:no\s+(?:budget\s+owner|sponsor)|no\s?one|nobody)\s+(?:here\s+)?(?:is\s+)?willing\s+to\s+"
    r"(?:sponsor|champion|back|fund|sign)\b"
    r"|\bnobody\s+(?:here\s+)?is\s+in\s+a\s+[\w-]+\s+(?:frame\s+of\s+mind|mood)\b"
    r"|\bperiod\s+of\s+(?:restraint|consolidation|austerity)\b"
)
_PLAIN_POOR_OUTLOOK = re.compile(
    r"\b(?:isn't|is\s+not|not)\s+going\s+to\s+(?:fly|get\s+through|get\s+approved|go\s+anywhere)\b"
    r"|\b(?:doesn't|does\s+not|don't|won't)\s+make\s+the\s+cut\b"
    r"|\bnot\s+seeing\s+the\s+(?:case|need|point|value)\b|\bsee\s+no\s+(?:need|case|point)\b"
    r"|\btoo\s+(?:big|large)\s+a\s+step\b|\b(?:a\s+bit\s+|too\s+|rather\s+)early\s+for\s+"
    r"(?:that|this|us)(?:\s+(?:sort|kind)\s+of\s+thing)?(?:\s+for\s+us)?\s*(?:[.!,;]|$)"
    r"|\b(?:doesn't|does\s+not|don't)\s+(?:really\s+)?fit\s+(?:our|with\s+our)\s+(?:direction|"
    r"plans|strategy|priorities|roadmap)\b"
    r"|\bgoes\s+the\s+wrong\s+way\s+for\s+us\b"
    r"|\b(?:don't|do\s+not)\s+see\s+(?:it|this|that)\s+(?:moving|going\s+anywhere|happening)\b"
    r"|\blukewarm\s+at\s+best\b"
    r"|\b(?:hard|difficult|tough)\s+to\s+justify\s*(?:[.!,;]|$)"
    r"|\benough\s+to\s+justify\s+(?:more|an?\s+(?:upgrade|expansion)|adding|the\s+upgrade)\b"
    r"|\bnot\s+the\s+(?:moment|time)\s+for\s+us\s+to\s+(?:grow|expand|add|upgrade|take)\b"
    r"|\b(?:doesn't|does\s+not)\s+feel\s+(?:wise|right|sensible)\b"
)
# A meeting, an event or an invitation declined ("we'll give the roundtable a miss") is a
# deferral of the event, not a no to an offer.
_PLAIN_EVENT = re.compile(
    r"\b(?:call|meeting|sync|demo|invite|invitation|calendar|slot|lunch|dinner|session|webinar|"
    r"kick-?off|roundtable|workshop|steering|cohort|pilot|beta|conference|summit|event|training|"
    r"offsite|panel|briefing|breakfast|drinks|party|seminar|meetup|coffee|visit|tour|roadshow|"
    r"expo|fair|gathering)s?\b|\battend\w*|\bparticipat\w*|\bsqueeze\b|\bfit\s+(?:it|this|that)\s+in\b"
)
_PLAIN_CONDITION = re.compile(
    r"\b(?:until|till|unless|once|before|when|if|pending|by\s+the\s+time)\b"
    # (a short spell named is a put-off: "isn't there this quarter")
    r"|\bthis\s+(?:quarter|month|half|term|season|cycle|round|week)\b"
    # (not a decision reached: "after some discussion", "after going back and forth")
    r"|\bafter\b(?!\s+(?:some|much|careful|long|a\s+lot|going|discussing|considering|reviewing|"
    r"talking|thinking|looking|consulting|weighing)\b)")


def _unworded_no_barred(s: str, far: re.Match[str] | None) -> bool:
    """What keeps a sentence from being a no said without the word (_is_plain_no,
    _is_flat_no): a question, a long sentence, a time to come back, a condition, a meeting, a
    report of the past or a promise."""
    return bool(far or "?" in s or len(s.split()) > _MAX_DECLINE_WORDS or _dated(s)
                or _HEDGED_LATER.search(s) or _PLAIN_CONDITION.search(s)
                or _PLAIN_EVENT.search(s) or _PAST_REPORT.search(s) or _PROMISED.search(s))


def _is_plain_no(s: str, far: re.Match[str] | None) -> bool:
    """A no to the offer that avoids the word and the usual idioms (see _PLAIN_GO_ON and the
    constructions above): never with a time to come back, a condition, or a meeting."""
    if _unworded_no_barred(s, far):
        return False
    if _PLAIN_GO_ON.search(s):
        return True  # taking it forward, negated: "I can't take this forward"
    if _PLAIN_LET_GO.search(s):
        return True  # letting it go: "we're going to stand pat", "which here means no"
    if _PLAIN_STAY.search(s):
        return True  # staying as we are: "we'll stay small", "make do with the standard tier"
    if _PLAIN_NO_WILL.search(s):
        return True  # the will absent: "the appetite for spend just isn't there"
    return bool(_PLAIN_POOR_OUTLOOK.search(s))  # a poor outlook: "doesn't make the cut"


# (tenth round) A flat no, by construction, when the words of _is_plain_no are not used:
# - the matter set aside with no time: "let's park it", "it's been shelved", "put a pin in
#   the whole thing", "leave the second-site idea aside", "it's been deprioritised";
# - growth negated: "this isn't the time for us to expand", "we're not in a growing phase",
#   "we're trimming, not adding", "no additions", "nothing new gets added", "expansion isn't
#   on the cards", "no need to go bigger";
# - the matter not moving: "it isn't going anywhere", "it won't happen any time soon", "no
#   movement on this", "a non-starter";
# - content with what there is: "happy with what we have", "fine without it", "we'll stick
#   with the current plan", "we'll stay put";
# - spend held: "a freeze on new spend", "money's tight", "keep spending flat", "no budget
#   line for it", "a bit much for us", "in cost-saving mode";
# - the no with now, or rather not: "as of now, no", "no for a good while", "realistically
#   no", "not the right moment for this", "we'd rather hold back".
# The gates of _is_plain_no hold (no time to come back, no condition, no meeting, no report),
# and a way back named is a put-off. A bare "not now" or "as is" stays out: terse replies.
_FLAT_ASIDE = re.compile(
    r"\b(?:park|shelve)\s+(?:it|this|that|the\s+(?:whole\s+)?[\w-]+(?:\s+[\w-]+)?)\b"
    r"|\b(?:been|is|'s|gets?|got)\s+(?:been\s+)?(?:parked|shelved|deprioriti[sz]ed|sidelined)\b"
    r"|\bput\s+a\s+pin\s+in\b|\bhang(?:ing)?\s+fire\b"
    r"|\b(?:leave|set|put|lay)\s+(?:it|this|that|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+aside\b"
    r"|\bdrop\s+(?:it|this|that|the\s+(?:[\w-]+\s+)?(?:topic|idea|subject|matter))\s+for\s+a\s+while\b"
)
_FLAT_NO_GROWTH = re.compile(
    r"(?:\bnot|n't|\bno|\bnever|\bnothing\s+new)\s+(?:(?!(?:that|which|how|why|what)\b)[\w'-]+\s+){0,5}?"
    r"(?:expand(?:ing)?|expansion|grow(?:ing)?|growth|add(?:ing|itions?)?(?!\s+up)|go(?:ing)?\s+bigger|"
    r"gets?\s+added|be(?:ing)?\s+added)\b"
    r"|\b(?:expansion|growth|growing|expanding|upgrad(?:e|ing))\b[^.;]{0,30}?\b(?:isn't|is\s+not|"
    r"aren't|are\s+not|not)\s+(?:on\s+the\s+(?:cards|agenda|table)|planned|happening|a\s+priority)\b"
)
_FLAT_NOT_MOVING = re.compile(
    r"(?:n't|\bnot)\s+going\s+(?:anywhere|to\s+(?:happen|move|be\s+approved))\b"
    r"|\b(?:it|this|that)(?:'s|\s+is)?\s+(?:not|isn't|won't|will\s+not)\s+(?:moving|move|happen)\b"
    r"|\bno\s+movement\s+on\b|\bnon-?starter\b"
)
_FLAT_CONTENT = re.compile(
    r"\b(?:happy|fine|content|satisfied|okay|good)\s+with\s+what\s+(?:we|it|they)\s+(?:have|has|'ve\s+got)\b"
    r"|\b(?:fine|okay|ok|manage|managing|do|doing|cope|coping)\s+without\s+(?:it|this|that|them)\b"
    r"|\b(?:carry|carrying|stick|sticking|stay|staying)\s+(?:on\s+)?with\s+(?:the|our)\s+(?:standard|"
    r"current|existing|basic|same)\s+(?:plan|tier|package|setup|licen[cs]e|seats|subscription)\b"
    r"|\bstay(?:ing)?\s+put\b"
    r"|\bno\s+change\s+to\s+(?:our|the)\s+(?:subscription|plan|contract|licen[cs]e|setup|seats|tier)\b"
)
_FLAT_SPEND_HELD = re.compile(
    r"\b(?:freeze|moratorium)\s+on\s+(?:new\s+|any\s+|all\s+)?(?:spend|spending|purchas\w+|tools|"
    r"subscriptions|software|vendors)\b"
    r"|\bmoney(?:'s|\s+is)\s+tight\b|\bkeep\s+(?:spend|spending|costs)\s+flat\b"
    r"|\bno\s+budget\s+(?:line\s+)?for\s+(?:it|this|that)\b"
    r"|\b(?:a\s+bit|too|rather|a\s+little)\s+much\s+for\s+us\b"
    r"|\b(?:we're|we\s+are|we've\s+been|i'm)\s+(?:\w+\s+)?in\s+(?:a\s+|the\s+)?(?:\w+-(?:saving|cutting|"
    r"watching)|(?:cost|budget|spend)[\w-]*)\s+mode\b"
)
_FLAT_NOT_NOW = re.compile(
    r"\b(?:as\s+of|for)\s+now,?\s+no\b|\bno\s+for\s+(?:now|a\s+(?:good\s+)?while)\b"
    r"|\b(?:but|realistically|so)\s+no\s*[.!]*$"
    r"|\bnot\s+(?:a\s+good|the\s+right)\s+(?:time|moment)\s+(?:for\s+(?:this|that|it)\b|to\s+(?:be\s+)?"
    r"(?:ask|spend|add|expand|grow|take))"
    r"|^(?:[\w']+,?\s+){0,2}rather\s+not\s+(?:add|go|ask|spend|take|commit|open|expand|grow|upgrade)\b"
    r"|\b(?:'d|would)\s+rather\s+(?:not\s*[,.;!]|not\s*$|hold\s+back|spend\s+(?:the\s+money|it)\s+elsewhere)"
)

# (a way back named, "put a pin in it and come back to it later", is a put-off; a third
# person's views are a report: "he has never understood that growth ...")
_FLAT_THIRD = re.compile(r"(?:he|she|they)\b")
_FLAT_COME_BACK = re.compile(r"\b(?:later|come\s+back|revisit\w*|again|another\s+time)\b")


def _is_flat_no(s: str, far: re.Match[str] | None) -> bool:
    """A flat no to the offer in other words than _is_plain_no's (the constructions above):
    never with a time to come back, a condition, a meeting or a problem."""
    if _unworded_no_barred(s, far) or _PROBLEM.search(s) or _FLAT_COME_BACK.search(s) \
            or _FLAT_THIRD.match(s):
        return False
    return bool(_FLAT_ASIDE.search(s) or _FLAT_NO_GROWTH.search(s) or _FLAT_NOT_MOVING.search(s)
                or _FLAT_CONTENT.search(s) or _FLAT_SPEND_HELD.search(s)
                or _FLAT_NOT_NOW.search(s))


# (thirteenth round) A no said in the words a customer uses when no reader above hears it, by
# construction (each gated as _is_plain_no is: no time to come back, no condition, no meeting):
# - the verdict named: "the boss said no", "the consensus was no", "it's a polite no from us",
#   "no to the upgrade", "no on the multi-year", "it was discussed and declined", "not a yes";
# - the offer's own move refused in the future, whoever speaks for the customer: "we won't take
#   that up", "the balloon side won't be moving up", "Sheki workshop will not join", "the
#   company will not pursue ...", "that one's not happening"; what more would need, not needed:
#   "the instructors won't need their own logins", "we just don't need more", "not needed";
# - staying as they are, on what they hold: "we'll stay on monthly", "second barn stays off the
#   system", "locksmiths will keep the basic app", "we decided to remain with one ship", "leave
#   us on the plan we're on", "think we'll keep it how it is";
# - passing or letting it be: "will pass on the upgrade", "ill pass", "think we'll sit this one
#   out", "we'll give it a miss", "gonna leave that", "let's not", "I'd rather we didn't",
#   "skip the add-on, please", "drop the idea of another site";
# - the will absent or the outlook poor: "nobody wants it", "the owners aren't interested",
#   "there isn't the will for it here", "it didn't go anywhere", "I can't see that getting
#   approved", "I wouldn't bank on it", "doubt it", "don't think so";
# - a no said of its fit: "not 4 us", "not one for us", "not a goer", "not feeling it" (a bare
#   "no", "nah", "pass" or "not needed" is a terse reply, weighed as one, not this).
# what of the offer a no names ("no to the upgrade", "pass on the multi-year")
_SAID_NO_OFFER = (r"(?:upgrade|offer|add-?on|extension|idea|options?|tier|plan|seats|module|"
                  r"multi-year|proposal)\b")
_SAID_NO_VERDICT = re.compile(
    r"\b(?:consensus|verdict|decision)(?:'s|\s+is|\s+was)\s+(?:a\s+)?(?:firm\s+|clear\s+)?no\b"
    r"|\bthe\s+answer(?:'s|\s+is|\s+was)\s+no\s*[.!]*$"
    r"|\bsaid\s+no\b(?!\s+(?:problem|worries|issue))|\b(?:a|our)\s+(?:polite|firm|clear|hard|flat)\s+no\b"
    r"|^no\s+(?:to|on)\s+(?:the|this|that|both|it)\s+(?:[\w-]+\s+)?" + _SAID_NO_OFFER
    + r"|:\s*no\s*[.!]*$|^not\s+a\s+yes\b"
    r"|\b(?:discussed|considered|reviewed)\s+and\s+(?:declined|rejected|turned\s+down)\b"
    r"|\bsaid\s+to\s+(?:leave|drop|skip)\s+it\b"
    # (fourteenth round) the verdict as what was decided ("the consensus was to leave it", "the
    # decision is not to go ahead", "our decision is to keep the current set-up", "we have
    # decided not to extend"), said in the present ("the boss says no", "he said leave it"), no
    # to more of anything ("no to the extra sites"), and the offer refused by whoever decides
    # ("management has declined the upgrade", "the board turned down the proposal")
    r"|\b(?:consensus|verdict|decision|feeling|view)(?:'s|\s+is|\s+was)\s+(?:to\s+(?:leave|drop|"
    r"skip|shelve|park)\s+(?:it|that|this)\b|not\s+to\s+(?:go\s+ahead|proceed|pursue|take\s+it\s+up|"
    r"do\s+it|change)\b|to\s+(?:maintain|keep|stay\s+with|remain\s+with)\s+(?:the|our)\s+(?:current|"
    r"present|existing)\b)"
    r"|\bdecided\s+not\s+to\s+(?:extend|expand|add|upgrade|increase|change|go\s+ahead|proceed|"
    r"take\s+it)\b"
    r"|\bsays\s+no\b(?!\s+(?:problem|worries|issue))|\bsaid\s+(?:leave|drop|skip)\s+it\b"
    r"|^no\s+(?:to|on)\s+(?:the|this|that)\s+(?:extra|additional|more|longer|bigger|second|other)\b"
    r"|\b(?:declined|rejected|turned\s+down|vetoed|nixed|shot\s+down)\s+(?:the|this|that|your|"
    r"our)\s+(?:[\w-]+\s+)?" + _SAID_NO_OFFER
)
_SAID_NO_WONT = re.compile(
    r"(?:won't|wont|will\s+not|not\s+going\s+to|aren't\s+going\s+to|isn't\s+going\s+to)\s+(?:be\s+)?"
    r"(?:tak(?:e|ing)\s+(?:(?:that|this|it)\s+)?up|extending|upgrading|mov(?:e|ing)\s+up|pursu(?:e|ing)|"
    r"sign(?:ing)?\s+(?:for|up\s+for)\s+(?:more|it|that|this)|do(?:ing)?\s+(?:it|that|this)|"
    r"go(?:ing)?\s+(?:for|ahead\s+with)\s+(?:it|that|this))\b"
    r"|\b(?:won't|will\s+not)\s+join\b|\bnot\s+something\s+(?:we|i)(?:'ll|\s+will)\s+be\s+taking\s+up\b"
    r"|\b(?:it|that|this)(?:'s|\s+is)?(?:\s+one)?(?:'s|\s+is)?\s+not\s+happening\b|^not\s+happening\b"
    r"|(?:won't|wont|doesn't|don't|do\s+not|does\s+not|will\s+not)\s+need\s+(?:(?:a|an|any|their|its)\s+)?"
    r"(?:more\b|own\b|[\w-]+\s+of\s+(?:its|their)\s+own\b|their\s+own\b|its\s+own\b)"
    r"|\bjust\s+(?:don't|do\s+not)\s+(?:need|want)\s+(?:it|that|this|more)\b"
    r"|^(?:that\s+)?(?:won't|will\s+not)\s+be\s+needed\b"
)
_SAID_NO_STAY = re.compile(
    r"\b(?:stay|stays|staying|remain|remains|remaining|stick|sticking)\s+(?:on|with)\s+(?:one|a\s+single|"
    r"the\s+(?:one|same|small|smaller|basic|current|existing|standard)|monthly|seasonal)\b"
    r"|\b(?:stay|stays|staying|remain|remains)\s+(?:on|with)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:plan|tier|"
    r"licen[cs]e|package|app|version|billing)\b"
    r"|\bstays?\s+off\s+the\s+(?:system|platform|plan|account|contract)\b"
    r"|\b(?:stay|keep\s+(?:it|things))\s+(?:like\s+this|how\s+(?:it|they)\s+(?:is|are)|the\s+way\s+"
    r"(?:it|they)\s+(?:is|are))\b"
    r"|\bkeep\w*\s+(?:the|our|their)\s+(?:basic|small|current|existing|standard|same|own)\b"
    r"|^leave\s+(?:us|it|the\s+(?:[\w-]+\s+){1,3}?)\s*(?:on\s+the\s+(?:plan|tier)|off|out|as\s+(?:it|they|we)\s+"
    r"(?:is|are))\b"
    # (fourteenth round) what they hold said to be enough ("the current licence covers us", "the
    # present subscription is sufficient"), going on as they are ("we continue as now", "we'll
    # renew as is", "we're fine as we are", "carry on with the licence we've got"), staying on
    # paper or on their present footing, or on the renewal alone
    r"|\b(?:current|present|existing)\s+(?:[\w-]+\s+)?(?:system|setup|set-up|licen[cs]e|subscription|"
    r"plan|tier|package)\s+(?:is\s+(?:enough|sufficient|plenty)|covers\s+us)\b"
    r"|\bconsider\s+(?:the|our)\s+(?:current|present|existing)\s+[\w-]+\s+(?:sufficient|enough|"
    r"adequate)\b"
    r"|\b(?:continue|carry\s+on|renew|stay|remain)\s+as\s+(?:now|is|we\s+are|things\s+are)\b"
    r"|\b(?:ok|okay|fine|good|sound|happy)\s+as\s+(?:is|we\s+are|things\s+are)\b"
    r"|\bcarry\s+on\s+with\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:licen[cs]e|plan|tier|subscription|setup|"
    r"system)\b"
    r"|\b(?:stay|stays|staying|remain|remains)\s+on\s+(?:paper|spreadsheets?|(?:our|the)\s+(?:current|"
    r"present|existing|yearly|annual)\s+(?:footing|renewal|basis))\b"
)
_SAID_NO_PASS = re.compile(
    r"(?:\bi'?ll\s+|\bill\s+|\bwe'll\s+|\bgonna\s+|\bgoing\s+to\s+|\bi'd\s+|\bwe'd\s+)pass\s*(?:[.!,]|$)"
    r"|(?:\bi'?ll\s+|\bill\s+|\bwe'll\s+|\bgonna\s+|\bgoing\s+to\s+|^will\s+)pass\s+on\s+(?:this|that|"
    r"it|both|(?:the\s+)?(?:[\w-]+\s+)?" + _SAID_NO_OFFER + r"|" + _TIER_NAME + r"\b)"
    r"|\bsit\s+(?:this|it|that)(?:\s+one)?\s+out\b|\bgive\s+(?:it|this|that)\s+a\s+miss\b"
    r"|\b(?:gonna|going\s+to)\s+leave\s+(?:it|that|this)(?:\s+one)?\s*(?:[.!]|$|,\s+i\s+think)"
    r"|^let's\s+not\b|\brather\s+we\s+(?:didn't|did\s+not)\b|^skip\s+the\b|\bdrop\s+the\s+idea\b"
)
_SAID_NO_WILL = re.compile(
    r"\bnobody\s+wants\s+(?:it|this|that|one)\b|\b(?:aren't|are\s+not|isn't|is\s+not|not)\s+interested\b"
    r"|\bthere\s+(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:much\s+|any\s+|the\s+)?(?:appetite|will|interest|"
    r"support|enthusiasm)\b|\b(?:don't|do\s+not)\s+have\s+the\s+support\b"
    r"|\b(?:didn't|did\s+not)\s+go\s+anywhere\b|\b(?:doesn't|don't)\s+want\s+to\s+change\b"
    r"|\b(?:not\s+seeing|see\s+no|don't\s+see)\s+(?:a|any)\s+reason\s+to\s+change\b"
    r"|\bprefers?\s+not\s+to\s+change\b"
    r"|\b(?:can't|cannot|don't|do\s+not)\s+see\s+(?:that|it|this|us)\s+(?:getting|being|happening|doing|"
    r"going)\b|^(?:i\s+)?can't\s+see\s+it\b|\bdon't\s+reckon\b.*\bgo\s+for\s+it\b"
    r"|\bwouldn't\s+(?:bank\s+on|count\s+on|expect\s+much|get\s+your\s+hopes\s+up)\b"
    r"|\bnot\s+in\s+the\s+cards\s+for\s+us\b|^(?:i\s+)?doubt\s+it\b|^(?:i\s+)?(?:don't|dont)\s+think\s+so\b"
    r"|\bnot\s+something\s+(?:i|we)\s+can\s+(?:champion|sponsor|back|push)\b"
    r"|\bnot\s+going\s+to\s+push\s+for\s+it\b"
    # (fourteenth round) the will to have more absent, said of whoever decides ("our lot don't
    # want it", "the owners don't want to pay more", "the partners do not wish to increase the
    # number of licences", "the administrator isn't minded to extend")
    r"|(?:don't|doesn't|do\s+not|does\s+not|did\s+not|didn't)\s+(?:want|wish)\s+(?:it\s*[.!,]|it$|more\b|"
    r"any\s+more\b|to\s+(?:pay\s+more|spend\s+more|add\s+(?:more|any|another|extra)|increase|extend|"
    r"expand|upgrade)\b)"
    r"|\b(?:isn't|is\s+not|aren't|are\s+not|not)\s+minded\s+to\b"
)
_SAID_NO_BARE = re.compile(
    r"^(?:(?:eh|hmm|yeah|well|sorry|afraid|honestly|nah),?\s+)*(?:not\s+4\s+us|(?:it's\s+)?not\s+(?:one|"
    r"something)\s+for\s+(?:us|the\s+[\w-]+)|not\s+a\s+goer|not\s+feeling\s+it"
    # (fourteenth round) its fit said of their size or kind ("too big for us", "not really our
    # thing", "it's not for a small shop like ours", "not suitable for us")
    r"|(?:it's\s+|it\s+is\s+|that's\s+)?(?:just\s+|a\s+bit\s+)?too\s+(?:big|much|large)\s+for\s+(?:us|a\s+"
    r"(?:[\w-]+\s+){1,3}?(?:our\s+size|like\s+ours))"
    r"|(?:it's\s+|that's\s+)?not\s+(?:really\s+)?our\s+thing"
    r"|(?:it's\s+|it\s+is\s+)?not\s+(?:suitable|necessary)\s+for\s+us"
    r"|(?:it's\s+|it\s+is\s+)not\s+for\s+(?:us|a\s+(?:[\w-]+\s+){1,3}?like\s+ours))"
    r"(?:[\s,]+(?:sorry|thanks|tbh|honestly|were\s+good|we're\s+good|to\s+be\s+honest|i\s+think))*"
    r"\s*[.!]*$"
)
# (a short spell or another time named, "not in the cards this time", "pass, next time", is an
# invitation put off, not a no to the offer)
_SAID_NO_SPELL = re.compile(r"\b(?:this|next|another|other|some)\s+(?:time|round)\b|\bfor\s+now\b")


def _is_said_no(s: str, far: re.Match[str] | None) -> bool:
    """A no to the offer in the words of the constructions above, gated as _is_plain_no is."""
    if _unworded_no_barred(s, far) or _SAID_NO_SPELL.search(s) or _PROBLEM.search(s) or \
            _MONEY.search(s):
        return False  # (a price said with it is a notice: "fees will remain at $10 ...")
    return bool(_SAID_NO_VERDICT.search(s) or _SAID_NO_WONT.search(s) or _SAID_NO_STAY.search(s)
                or _SAID_NO_PASS.search(s) or _SAID_NO_WILL.search(s) or _SAID_NO_BARE.match(s))


_QUARTER = re.compile(r"\bq[1-4]\b")
# A call or a meeting moved or booked is no offer ("should we move the call to Friday?").
_SCHEDULING_ONLY = re.compile(r"\b(?:call|meeting|sync|demo|invite|calendar|slot|lunch|dinner)\b")
_BARE_NO = re.compile(r"(?:no|nothing|not)\b")
_NEG_WORD = re.compile(r"\b(?:not|no|never|nothing|cannot|pass|decline)\b")


def _accepts(s: str) -> bool:
    """A yes to our proposal, not to a time or a meeting (see _ACCEPT_SCHEDULING)."""
    if "n't" in s or _NEG_WORD.search(s):
        return False  # "no to the upgrade", "we won't go ahead": a no, however it starts
    if _HANDED_ON.search(s):
        return False  # (ninth round) "we'll take it to the board": handed on, not taken
    m = _affirmed(_ACCEPTS, s)
    if m is None:
        order = _ORDER_PLEASE.match(s)  # "20 more seats for the night shift, please"
        if order is not None and _OFFERED_THING.search(s, 0, order.end()) is not None:
            return True
    elif not _ACCEPT_SCHEDULING.match(s, m.end()):
        return True
    return _commits(s)


# A yes whose object is a day is a meeting moved ("please move us to Thursday").
_TO_A_DAY = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:(?:to|till|until|for|on)\s+(?:\w+day|next\s+week|tomorrow|today|"
    r"the\s+\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)|instead\b)")


def _commits(s: str) -> bool:
    """(ninth round) A yes by construction (lexicon _COMMITS): the decision said of the offered
    thing, an assent with an order that acts on it, a commitment to take, join or agree to it,
    or a yes with only paperwork left; never with a hedge, a condition, a hand-back or a status
    quo in the sentence (_NOT_COMMITTED), a question, or a time or a meeting as its object."""
    if "?" in s or _NOT_COMMITTED.search(s) or _SCHEDULING_ONLY.search(s):
        return False
    m = _COMMITS.search(s)
    if m is not None and not _TO_A_DAY.match(s, m.end()):
        if m.group("will") is None and m.group("please") is None and \
                m.group("decided_to") is None:
            return True
        if not _LATER_ACT.search(s):
            return True  # an act to come: now, not then ("we'll add it then")
    m = _YES_TO_THING.search(s)
    if m is None:
        return False
    if m.group("decided") is not None:
        # what is decided must be the offered thing ("Metrology module for 200 engineers is
        # approved", not "timesheets for the implementation hours are approved")
        return _OFFERED_THING.search(s, 0, m.end("decided")) is not None or \
            _EXPANSION_OBJECT.search(s, 0, m.end("decided")) is not None
    # the wanted or assented thing must be one we offered ("Yes, the higher tier")
    return _OFFERED_THING.search(s, m.end()) is not None or _EXPANSION_OBJECT.search(
        s, m.end()) is not None


_MODAL = re.compile(r"\b(?:would|will|could|'d|'ll)\s+(?:also\s+|just\s+)?[a-z]+")
# "Maybe later this year", "probably November": a hedged time is no date to revisit.
_HEDGED_TIME = re.compile(r"\b(?:maybe|perhaps|probably|possibly|sometime|some\s+time|"
                          r"or\s+(?:later|so)|at\s+some\s+point|likely)\b")
_MAY_MONTH = re.compile(r"(?:\b(?:in|by|until|till|before|after|early|mid|late|of|end\s+of|since|"
                        r"through|is|so)\s+|\bmid-)may\b|\bmay\s+\d")


_MONTH_NAMES = frozenset(_MONTH_WORDS)  # a test of meaning here, not a speed gate


def _dated(s: str) -> bool:
    """A calendar day or a month named (not the verb "may")."""
    months = _MONTH_NAMES.intersection(_SPAN_WORD.findall(s))
    if months - {"may"}:
        return True
    return bool(months and _MAY_MONTH.search(s)) or bool(_EXACT_DAY.search(s))


def _has_month(s: str) -> bool:
    """Gate of _DATE_RX: a month name ("/" dates are checked apart)."""
    return not _MONTH_WORDS.isdisjoint(_SPAN_WORD.findall(s))


# A commercial noun used as the name of a piece of ongoing work ("the licence true-up", "the
# seat count", "our phase two plan", "the module list") names that work; it offers nothing.
# Its offering uses stay: a price, an option or a proposal for it ("the Enterprise tier pricing").
_TOPIC_NAME = re.compile(
    r"\b(?:the|our|your|this|that)\s+(?:[\w-]+\s+)?(?:seat|licen[cs]e|module|package|bundle|"
    r"upgrade|phase\s+(?:two|2)|add-?on|tier|user)s?\s+(?!(?:for|to|in|on|at|of|with|and|or|is|are|"
    r"was|were|would|will|could|can|as|from|that|which|we|you|i|pricing|price|prices|cost|costs|"
    r"quote|proposal|offer|option|options|rate|rates|discount|fee|fees|would|come|comes|"
    r"runs?|adds?|starts?|includes?|gives?|covers?|takes?|works|lands|vs|versus|compared|path|"
    # (eleventh round) a verb or a place after the noun: an offer said of it, not a work's name
    # ("the analytics tier lets your ops lead ...", "the audit add-on across your warehouses")
    r"lets|means|unlocks|brings|keeps|gets|saves|across|per|the|your)\b)"
    r"[a-z][\w-]+"
)


_OFFERED = re.compile(
    r"(?:\b(?:add|adding|added|upgrad\w*|switch\w*\s+to|mov\w*\s+to|extend\w*|bring\w*\s+in|"
    r"buy\w*|purchas\w*|try|trying|consider\w*)\s+$)"
)
_OFFER_MODIFIER = re.compile(
    r"\s(?:next|higher|bigger|larger|premium|enterprise|pro|business|growth|plus|advanced|"
    r"professional|unlimited|platinum|gold|team|scale|new|extra|additional|more)\s"
)


def _mask_topic_names(s: str) -> str:
    """`s` with commercial nouns that name ongoing work replaced (see _TOPIC_NAME); a noun
    after an offering verb ("adding the API package") or modifier ("the next tier") stays."""
    if "the " not in s and "our " not in s and "your " not in s and "th" not in s:
        return s

    def name(m: re.Match[str]) -> str:
        if _OFFERED.search(s, max(0, m.start() - 30), m.start()) or _OFFER_MODIFIER.search(
                m.group(0)):
            return m.group(0)
        return " the work "

    return _TOPIC_NAME.sub(name, s)


# Of the current-billing words, the ones a renewal offered with growth keeps.
_RENEWAL_ONLY = re.compile(r"^(?!.*\b(?:invoice|receipt|refund|overdue|outstanding|payment|"
                           r"billed)\b).*\b(?:renewal|renews?)\b")
_MORE_SEATS = re.compile(
    r"\b(?:\d+\s+)?(?:more|additional|extra)\s+(?:seats?|users?|licen[cs]es?)\b"
    r"|\badd(?:ing)?\s+(?:[\w'-]+\s+){1,5}?to\s+your\s+current\b"
)
# A capability offered on top ("adding Okta SSO", "offer you a Snowflake export at 20% off")
# in a commercial frame: a price, a proposal or quote, or a suggestion to add it.
_ADD_CAPABILITY = re.compile(
    r"\b(?:add|adding|offer\s+you|include|including|turn(?:ing)?\s+on|enabl(?:e|ing)|"
    r"bring(?:ing)?)\s+(?:an?\s+|the\s+|your\s+)?"
)
_COMMERCIAL = re.compile(
    r"\b(?:proposal|propose|quote|price|pricing|priced|offer|cost|discount|order|contract|plan|"
    r"tier|add-?on|upgrade|renewal|invoice|numbers|figures|suggest|recommend|prorated|"
    r"good\s+time\s+to)\b|\$|\d\s*%"
)


# Our offering frames in a question ("shall I", "could I interest you in", "would the group be
# open to", "want me to") and a proposal or quote for one of their units.
_OFFERING_ASK = re.compile(
    r"\b(?:shall\s+(?:i|we)|could\s+i|can\s+i|may\s+i|want\s+me\s+to|would\s+you\s+(?:like|want|"
    r"consider|entertain|be\s+(?:open|interested|up\s+for))|interest\s+you\s+in|would\s+(?:the|your)"
    r"\s+(?:[\w'-]+\s+){1,2}?be\s+(?:open|interested|keen)|how\s+about|would\s+it\s+make\s+sense|"
    r"open\s+to|(?:we'd|i'd)\s+be\s+(?:glad|happy)\s+to\s+(?:quote|price|propose)"
    # (thirteenth round) the same offer asked in other words: "should I", "could we talk about",
    # "can we look at", "fancy adding", "what would it take to", "is there any interest in",
    # "are you up for", "would the association consider", "would Acme like to", "want to lock
    # in", "is the team ready to", "how does a 24-month extension sound", "would X make sense"
    r"|should\s+i\s+(?:send|quote|prepare|put|draw|set\s+up|add|extend|go\s+ahead)|(?:could|can)\s+we\s+(?:talk\s+about|discuss|look\s+at|add|extend|bring|put|get|take)|"
    r"fancy|what\s+would\s+it\s+take\s+to|(?:is\s+there|any)\s+(?:any\s+)?interest\s+in|are\s+you\s+"
    r"(?:interested|open|up\s+for|keen)|would\s+(?:[\w&'.-]+\s+){1,3}?(?:consider|like\s+to|want)|"
    r"^(?:do\s+you\s+)?want\s+to|(?:is|are)\s+(?:the|your)\s+[\w-]+\s+ready\s+to|how\s+does\b[^?]{3,60}"
    r"\bsound|\bmake\s+sense"
    # (fourteenth round) more frames that put a step to them: "what if we", "would it help to",
    # "would it be worth your while to", "any objection if I", "might I", "could I propose",
    # "my suggestion would be to", "I would propose we"
    r"|what\s+if\s+we|would\s+it\s+(?:help|be\s+(?:worth|sensible|useful|helpful|wise|an\s+idea))|"
    r"any\s+objections?\s+if\s+(?:i|we)|might\s+(?:i|we)|(?:could|can|may)\s+i\s+(?:propose|suggest)|"
    r"my\s+suggestion\s+(?:would\s+be|is)|i\s+(?:would|'d)\s+propose\s+we)\b")
# (fourteenth round) Our proposal or quote for a scope of theirs, put as a yes-no question in
# any frame ("Would a proposal for two more looms be welcome?", "Would your board look at a
# proposal for the whole cooperative?", "Would it be alright if I sent the committee a quote for
# the multi-club plan?"): the paper offered is the offer. Not one asked of them ("could you
# send a proposal for ...") nor one already sent ("did the quote for the Leeds site arrive?").
_PROPOSAL_ASKED = re.compile(
    r"^(?:would|could|should|shall|may|can)\b(?![^?]*\b(?:you|they)\s+(?:send|get|give|"
    r"prepare|provide|forward|share|draw\s+up|put\s+together)\b)(?![^?]*\b(?:i|we)\s+(?:get|have|"
    r"see|receive|ask\s+for|request)\b)(?![^?]*\b(?:did|has|have|was)\b)"
    r"[^?]*\b(?:an?|my|our)\s+(?:[\w-]+\s+)?(?:proposal|quote|offer|costing)\s+for\s+(?:the|your|all|"
    r"both|every|\d|two|three|four|five|six|ten|twenty|a\s+(?:second|third|bigger|larger|longer))\b"
    r"[^?]*\?")
_QUOTE_FOR = re.compile(
    r"\b(?:proposal|quote|pricing)\s+(?:to\s+\w+\s+|for\s+)(?:the|your)\s+|\b(?:quote|price)\s+"
    r"(?:the|your)\s+")


def _priced_per_unit(s: str) -> bool:
    """A price per unit and a count of the same units ("$3 per terminal per month, 9
    terminals", "12 kiosks at $85 a kiosk"): whatever the unit, it is priced to be bought."""
    if not _MONEY.search(s):
        return False
    for m in _PER_UNIT.finditer(s):
        unit = m.group(1).rstrip("s")
        if unit not in _NOT_A_UNIT and re.search(rf"\b\d[\d,]*\s+(?:[\w'-]+\s+)?{unit}s?\b", s):
            return True
    return False


_PER_UNIT = re.compile(r"\b(?:per|a|an|each|/)\s*([a-z][a-z-]{2,})\b")
_NOT_A_UNIT = frozenset(["month", "year", "week", "day", "hour", "minute", "quarter", "cent",
                         "annum", "time", "few", "couple", "lot", "bit", "total", "flat"])


# (eleventh round) A count raised, said with seats and terms ("moving to 40 brings the per-seat
# price down to $21"); tiers laid out as a path up or priced against today's plan.
_RAISED_COUNT = re.compile(
    r"\b(?:mov|go|jump|grow|step)\w*\s+(?:up\s+)?to\s+\d[\d,]*\b(?!\s*(?:%|percent|[ap]\.?m\b|:\d|"
    r"days?|weeks?|months?|years?|hours?|minutes?|degrees?|mw|mmbtu|cents?|bcf)\b)")
_SEAT_WORD = re.compile(
    r"\b(?:seats?|users?|licen[cs]es?|logins?)\b|\bper[- ](?:seat|user|licen[cs]e|login)\b")
_TIER_LADDER = re.compile(
    r"\bupgrade\s+(?:path|route|options?|ladder)\b[^.?!]*\b" + _TIER_NAME + r"\b(?!\s+(?:forma|"
    r"rata)\b)"
    r"|\b(?:today's|current|your)\s+(?:plan|tier)\b[^.?!]*?\b" + _TIER_NAME
    + r"\s+(?:tier\s+|plan\s+|edition\s+)?(?:at|is|would\s+be|costs?)\s+[$\u20ac\u00a3]\s?\d")


def _offer_terms(s: str) -> bool:
    """Our offer as a plain statement, by construction: an offered thing (lexicon
    _OFFERED_THING: more seats, a higher tier, an add-on, a longer term, a site brought on)
    said with terms apart from it (_OFFER_TERMS: a price, a rate, a discount, a term, what it
    comes to or would add) - "The Albany hospital on the same contract: 40 seats, co-termed
    with your renewal"; "At 12 seats, the Enterprise edition works out cheaper per user". Not
    what they have or did ("your 25 seats renew at $9,000") unless it says more than that,
    nor an errand about a thing of theirs."""
    if _OFFER_ERRAND.search(s):
        return False
    if _RAISED_COUNT.search(s) and _SEAT_WORD.search(s) and _OFFER_TERMS.search(s):
        return True  # "Your plan is 25 seats; moving to 40 brings the per-seat price to $21"
    if _TIER_LADDER.search(s):
        return True  # "Upgrade path: Standard today, Plus from May", "today's plan at $980,
        # Enterprise at $1,420"
    if "?" in s:  # asked: an offering frame and the thing ("Shall I quote the Reno site?")
        return bool(_OFFERING_ASK.search(s) and (
            _OFFERED_THING.search(s) or _QUOTE_FOR.search(s)) and not _SCHEDULING_ONLY.search(s))
    for thing in _OFFERED_THING.finditer(s):
        rest = s[:thing.start()] + " | " + s[thing.end():]
        if _OFFER_TERMS.search(rest):
            break
    else:
        if not _priced_per_unit(s):
            return False
    return not (_THEIR_OWN.search(s) and not _MORE_THAN_NOW.search(s))


def _is_expansion_proposal(s: str) -> bool:
    if (_OFFER_QUESTION.search(s) or _SCOPE_PRICED.search(s)
            or _PROPOSAL_ASKED.search(s)) and not _SCHEDULING_ONLY.search(s):
        return True  # "would it make sense to add the lab?", "for the whole firm, it's $96,000"
    s = _mask_topic_names(s)
    if "," in s:
        s = _STATE_COMMA.sub(r" \1", s)  # "the Omaha, NE site"
    item = _affirmed(_EXP_ITEM, s)
    if (_EXP_DONE.search(s) and not _HYPOTHETICAL.search(s)) or _NOT_EXPANSION.search(s):
        return False
    if _offer_terms(s):
        return True  # an offered thing with its terms, whatever the verb
    if item and _PROPOSAL_FRAME.search(s):
        return True
    # An offer made outright of what can only be more ("I'd love to offer you the Plus tier",
    # "want to lock in a multi-year deal?"), or a statement whose subject is the move and
    # says what it would do or cost ("Extending through May would line up your term").
    if (_OFFER_ITEM.search(s) or _EXP_ITEM_WEAK.search(s)) and _affirmed(_OFFER_FRAME, s):
        return True
    if _MOVE_SUBJECT.search(s) and (_WOULD_BE.search(s) or _PRICE.search(s)
                                    or _MODAL.search(s)):
        return True
    if _affirmed(_OFFER_FRAME, s) and _ADD_CAPABILITY.search(s) and _FEATURE_NOUN.search(s) \
            and not _SCHEDULING.search(s):
        return True  # "would you consider adding the vendor portal for your suppliers?"
    # A plain statement of what more would look like or cost ("the Enterprise tier is $18 a
    # user", "20 more seats come to $9,400 a year"), not what they already pay for (unless it
    # names more seats: "your renewal with 75 more seats would total $62,300").
    if _CURRENT_BILLING.search(s) and not _MORE_SEATS.search(s) and not _ON_TOP.search(s):
        return False
    if item and (_PRICE.search(s) or _WOULD_BE.search(s)):
        return True
    # What more would do or cost, said of the item itself: a named tier ("Enterprise would
    # mean a success manager"), a priced capability ("the audit module runs $9K annually"),
    # money on top ("would be an extra $11K a year"), a longer term or more seats that would
    # do something, a move as the subject ("Doubling the API limit would be $400 a month").
    modal = _MODAL.search(s) or _WOULD_BE.search(s)
    if _TIER_DOES.search(s) or (_PRICED_ITEM.search(s) and _MONEY.search(s)):
        return True
    if modal and _EXTRA_MONEY.search(s):
        return True
    item = _OFFER_ITEM.search(s)
    if modal and item and item.start() <= 45 and not modal.start() < item.start() and not \
            item.group(0).endswith(("extension", "edition")):
        return True  # the item is the subject: "two more years would save you about 18%"
    if modal and _GERUND_MOVE.search(s) and (_MONEY.search(s) or _EXP_ITEM.search(s)):
        return True
    if _EXP_ITEM_WEAK.search(s) and _PRICE.search(s) and _WOULD_BE.search(s):
        return True
    add = _ADD_CAPABILITY.search(s)
    if add and _COMMERCIAL.search(s):
        noun = _FEATURE_NOUN.search(s, add.end(), add.end() + 50)
        if noun and not _SCHEDULING.search(s):
            return True
    return bool(_PLAN_ITEM.search(s) and _PRICE.search(s) and _WOULD_BE.search(s))


# (ninth round) Our offer said as an offer made, whatever is offered: a quote, an offer or a
# proposal we put forward or ask leave to send ("Shall I prepare an offer for the franchisees
# who joined in Reno?", "should I quote you for 12 more trainer logins", "I'm happy to make an
# offer", "would you let me quote the daycare chain"), or a step up we recommend ("My
# recommendation is to upgrade the school to the Campus plan", "I recommend we extend the
# contract to the Tulsa facility", "I'd propose lifting it to 40").
_OFFER_MADE = re.compile(
    r"\b(?:should|shall|can|may)\s+i\s+(?:quote\b(?!\s+(?:you|him|her|them)\s+on\b)|(?:prepare|send|"
    r"put\s+together|draw\s+up|make)\s+(?:over\s+|you\s+)?(?:an?\s+)?(?:quote|offer|proposal)\b)"
    r"|\bwould\s+you\s+let\s+me\s+quote\b|\bif\s+i\s+sent\s+(?:over\s+)?an?\s+(?:offer|quote|proposal)\b"
    r"|\bgo\s+ahead\s+with\s+a\s+proposal\s+for\b"
    r"|\b(?:i'll|i\s+will|i\s+can|happy\s+to|i'd\s+be\s+happy\s+to)\s+(?:send|make|prepare|put\s+together)"
    r"\s+(?:you\s+)?(?:an?\s+)?(?:offer|quote|proposal)\s*(?:[.!]|$)"
    r"|\bi\s+can\s+quote\s+(?:them|it|you)\b|\bi'?d\s+offer\s+(?:the\s+same|you\s+the|a\s+\d)"
    r"|\b(?:i\s+recommend(?:ing)?|i'm\s+recommending|my\s+recommendation\s+is\s+to|"
    r"i'd\s+(?:suggest|recommend|propose))\s+(?:we\s+|you\s+)?(?:upgrad\w*|extend\w*|add\w*|"
    r"tak\w*|mov\w*|lift\w*|rais\w*|bring\w*|the\s+[\w-]+\s+(?:tier|plan|edition|module))\b"
    # (eleventh round) leave asked to start or put in a quote, a quote offered on a condition,
    # terms offered, an offer of a step up coordinated with a recommendation ("I'd recommend and
    # can offer the compliance upgrade", "I can offer the tempering-line module free")
    r"|\b(?:ready|okay|ok|alright)\s+(?:for\s+me\s+)?to\s+(?:start\s+|put\s+in\s+|prepare\s+|"
    r"draw\s+up\s+)?(?:an?\s+|the\s+)?quot(?:e|ing)\b(?!\s+(?:you|him|her|them)\s+on\b)"
    r"|\b(?:could|can|may|shall|should)\s+i\s+put\s+(?:an?\s+|the\s+)?(?:quote|proposal|offer)\s+"
    r"(?:in|together|forward)\b"
    r"|\bif\s+i\s+(?:offered|sent|prepared|put\s+together|drew\s+up)\s+(?:over\s+|you\s+)?(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:offer|quote|proposal)\s+(?:for|:)"
    r"|\bgo\s+ahead\s+with\s+an?\s+(?:quote|offer)\s+for\b"
    r"|\b(?:happy|glad)\s+to\s+propose\s+(?:terms|a\s+price|pricing)\b"
    r"|\babout\s+quoting\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?" + _UNIT + r"\b"
    r"|\bi(?:'d|\s+would)?\s+(?:recommend|suggest)\s+and\s+(?:can\s+)?offer\b"
    r"|\b(?:i|we)\s+can\s+offer\s+(?:you\s+)?(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:upgrade|tier|plan|"
    r"module|add-?on|edition|seats|licen[cs]es|extension)\b"
)
# A subject line that is an offer by its shape: tagged as one ("[Proposal] Premium for all
# garages", "Quote: ..."), offered seats or an add-on for a unit of theirs ("Catering team
# seats for the Leeds venue", "Parent portal for Acme daycare centres"), or a step up asked
# ("Would Acme like the multi-venue plan?", "Leeds showroom: extend the agreement?").
_SUBJECT_OFFER_SHAPE = re.compile(
    r"^\s*(?:\[(?:proposal|quote|offer)\]|(?:proposal|quote|offer)\s*[:\u2013\u2014-])"
    r"|\b(?:seats|licen[cs]es|logins|sub-accounts?|portal|module|workspace|tier)\s+for\s+"
    r"(?:the|your|all)\s+\w"
    r"|^(?:would|shall|should|could)\s+(?:[\w'&.-]+\s+){1,4}?(?:like|want|need)\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:plan|tier|edition|module|upgrade|seats)\s*\?"
    r"|:\s*(?:extend|upgrade|expand|grow)\s+(?:the\s+)?(?:agreement|contract|plan|licen[cs]e|"
    r"subscription)\s*\?"
    # (eleventh round) noun phrases that can only be an offer: one licence or plan for more of
    # them ("Group licence incl. Cluj", "Multi-depot licence for Acme"), a capability with a count
    # of theirs ("Inspection-camera integration (35 lines)"), a sized step up ("60-user
    # upgrade"), a licence extended to a unit ("Licence extension - drone survey team"), more
    # coverage ("Covering the refrigerated trucks too", "Your plan, plus Leeds")
    r"|\b(?:group|multi-[\w-]+|site|company-wide|single)\s+(?:licen[cs]e|plan|contract)\s+(?:for|"
    r"incl\b|including|covering)"
    r"|\b(?:integration|module|add-?on|portal|dashboard|connector|alerts|sensors|licen[cs]es|seats|"
    r"logins)\s*\(\s*\d[\d,]*\s+[a-z-]+\s*\)"
    r"|\b\d+-(?:user|seat|site|licen[cs]e)\s+(?:upgrade|plan|licen[cs]e|tier|pack|bundle|deal|"
    r"expansion)\b"
    r"|\blicen[cs]e\s+extension\s*[\u2013\u2014:-]\s*\w"
    r"|^covering\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){1,3}?(?:too|as\s+well|also)\s*$"
    r"|^your\s+(?:plan|contract|licen[cs]e|subscription)\s*,?\s+plus\s+\w"
)
# (eleventh round) An early renewal at a rate is a renewal offered, not what they pay now.
_EARLY_RENEWAL = re.compile(r"\bearly[- ]renewal\s+(?:rate|price|pricing|discount|offer)\b")
# A reply or a forward carries our offer when its first lines send the offer's paper ("Re: the
# Leeds office, 6 seats" over "Putting this in writing after Thursday's visit. Attachment has
# it all."); a reply that only answers ("Thanks, talk Tuesday") continues the thread, offers
# nothing new (threads.strip_reply_prefixes tells a reply or forward, in every language)...
# ...and its subject names more: a count of what they would add, more, an add-on, a step up
# (a thread named for a price, a pack or a tier-like word alone, "Re: Gold scale calibration",
# "Re: Copper price fixing", is often theirs and about what they have).
_REPLY_MORE = re.compile(
    r"\b\d[\d,]*\s+(?:more\s+|extra\s+|additional\s+)?(?:[\w-]+\s+)?(?:seats?|licen[cs]es?|logins?|"
    r"users?|stores|sites|offices)\b|\b(?:more|extra|additional|add-?ons?|modules?|upgrad\w*|adding|"
    r"expan\w*|enterprise|premium|professional|tier|whole)\b|\bper-[\w-]+\s+pricing\b")
_PAPER_SENT = re.compile(
    r"\b(?:attach(?:ed|ing|ment)|enclos(?:ed|ing)|pdf|spreadsheet|one-pager|write-up|breakdown|"
    r"paperwork|e-sign|in\s+writing)\b"
    r"|\b(?:details|numbers|figures|terms)\s+(?:are\s+)?(?:below|inside|attached|enclosed|in\s+the)\b"
    r"|\bthe\s+(?:sheet|doc|document|file|summary)\b"
    # (thirteenth round) the paper by its other names: a table, a calculation, the slides, a
    # redline, an order form, the version sent, a page of it, a link to it
    r"|\b(?:table|calculation|calculator|slides?|deck|redline|order\s+(?:form|page)|version)\b"
    r"|\bpage\s+\d|\blink\s+below\b"
)


def _offer_made(s: str) -> bool:
    """Our offer said as one made or recommended (_OFFER_MADE), not a meeting offered."""
    return bool(_OFFER_MADE.search(s)) and not _SCHEDULING_ONLY.search(s)


_BARE_TIER = re.compile(r"(?:the\s+)?" + _TIER_NAME)


def _reply_names_offered(low: str) -> bool:
    """(thirteenth round) A reply's subject names an offered thing (lexicon _OFFERED_THING: "second
    auction ring", "tier two", "24-month extension"); a tier's name alone ("Re: Gold scale
    calibration") is as often a metal or a grade, not this."""
    return any(not _BARE_TIER.fullmatch(m.group(0)) for m in _OFFERED_THING.finditer(low))


def _is_subject_offer(subject: str, first_lines: list[str]) -> bool:
    """An offer carried by the subject line of a new thread ("Pricing for 20 more seats"),
    read with the first lines under it ("As discussed, the figures are below"), or of a reply or
    forward whose first lines send the offer's paper and whose subject names more."""
    subject, is_reply = strip_reply_prefixes(subject.strip())
    if is_reply and not (_PAPER_SENT.search(" ".join(first_lines).translate(_APOSTROPHE).lower())
                         and (_REPLY_MORE.search(low := subject.lower())
                              or _reply_names_offered(low))):
        return False
    s = _mask_topic_names(subject.translate(_APOSTROPHE).lower())
    if "," in s:
        s = _STATE_COMMA.sub(r" \1", s)
    if not s or _EXP_DONE.search(s) or (
            _CURRENT_BILLING.search(s) and not _MORE_SEATS.search(s)
            and not (_RENEWAL_ONLY.search(s) and (_GROWTH.search(s) or _EARLY_RENEWAL.search(s)))):
        return False  # (a renewal offered with growth or early at a rate is an offer of more)
    if _SUBJECT_MOVE.search(s) and not _SCHEDULING.search(s) and (
            _FEATURE_NOUN.search(s) or _EXP_ITEM.search(s) or _EXP_ITEM_WEAK.search(s)
            or _OFFER_ITEM.search(s) or _SUBJECT_TARGET.search(s)):
        return True  # "Adding an auditor role for Acme?", "Bringing Okta SSO to Acme"
    if _SUBJECT_MORE_2.search(s):
        return True
    if _SUBJECT_NAMES_THEM.search(subject) and _SUBJECT_GROWTH.search(s) and not (
            _SUBJECT_ERRAND.search(s) or _SCHEDULING.search(s)):
        return True  # "Next tier for Acme", "Acme x compliance module"
    head = " ".join(first_lines).translate(_APOSTROPHE).lower()
    if _is_expansion_proposal(f"{s}: {head}"):
        return True
    if _subject_offer_object(subject, s):
        return True
    if _SUBJECT_MORE.search(s):
        return True
    if _SUBJECT_OFFER_SHAPE.search(s) and not (_SUBJECT_ERRAND.search(s) or _SCHEDULING.search(s)):
        return True  # "[Proposal] Premium for all garages", "Catering seats for the venue"
    item = _EXP_ITEM.search(s) or _SUBJECT_ITEM.search(s) or _EXP_ITEM_WEAK.search(s)
    if not item:
        return False
    if item.group(0).startswith("upgrad") and not _SUBJECT_ITEM.search(s):
        # "upgrade" alone is often a software version: it needs a commercial word
        return bool(_PRICE.search(s) or re.search(
            r"\b(?:quote|proposal|offer|pricing|options|bundle|costs?|tiers?|plans)\b", s)
            or _HEAD_COMMERCIAL.search(head))
    return bool(_SUBJECT_OFFER.search(s) or _PRICE.search(s))


# A tier, module or add-on for a unit of theirs ("Studio tier for the colour suites"); a pack or
# a package for one is a document ("the KPI pack for the regional VPs").
_STEP_UP_FOR_UNIT = re.compile(r"\b(?:tier|modules?|add-?ons?)\s+for\s+(?:the|all)\b")


def _subject_offer_object(subject: str, s: str) -> bool:
    """A subject line that is an offer by itself (the body under it points at an attachment):
    it names an offered thing (lexicon _OFFERED_THING) with terms (_OFFER_TERMS: "Academic rate
    for 60 more lab members", "Inventory add-on - 10 stores") or in a way that can only be more
    for them (_SUBJECT_OFFERED: a count of what they would add, a named tier, one agreement for
    more of them, a move that adds), or an add-on named for them ("Payments module for Acme",
    "Acme + the member portal"). `s` is the subject lower-cased, topic names masked."""
    if _OFFER_ERRAND.search(s) or _SCHEDULING_ONLY.search(s) or _THEIR_OWN.search(s):
        return False
    things = list(_OFFERED_THING.finditer(s))
    weak = not things  # a unit, a pilot: the rest of the subject must say more or terms
    if weak and _SUBJECT_ERRAND.search(s):
        return False
    for thing in things or _SUBJECT_THING.finditer(s):
        rest = s[:thing.start()] + " | " + s[thing.end():]
        if _OFFER_TERMS.search(rest) or _SUBJECT_OFFERED.search(rest if weak else s):
            return True
        if _SUBJECT_ADDON.search(thing.group(0)) and (
                _SUBJECT_NAMES_THEM.search(subject) or re.search(r"\bfor\s+your\b", s)
                or _STEP_UP_FOR_UNIT.search(s)):
            return True
    if _SUBJECT_GROW_THEIRS.search(subject) and not (_SUBJECT_ERRAND.search(s)
                                                      or _SUBJECT_TO_ERRAND.search(s)):
        return True
    return bool(_SUBJECT_NAMES_THEM.search(subject) and re.search(r"\s\+\s", subject)
                and (_FEATURE_NOUN.search(s) or _SUBJECT_ADDON.search(s)))


# Subject lines that can only be an offer of more: a move up to a named tier, "your plan vs.
# Premium", "Adding the Atlanta office", "Expansion to EU entities".
_SUBJECT_MORE = re.compile(
    r"\b(?:(?:mov|switch|go|upgrad)\w*\s+(?:[\w'-]+\s+){0,2}?(?:to|onto)\s+(?:the\s+)?"
    r"(?:premium|enterprise|business|pro|growth|plus|advanced|professional|unlimited|scale|"
    r"platinum|gold)\b|(?:plan|tier|edition|subscription)\s+(?:vs\.?|versus|compared\s+(?:to|with))"
    r"\s+(?:the\s+)?\w+|add(?:ing)?\s+(?:the\s+|your\s+)?(?:[\w'-]+\s+){0,2}?(?:office|offices|"
    r"team|teams|site|sites|region|regions|plant|store|stores|entity|entities|division|"
    r"department|subsidiary|subsidiaries|hospital|clinic|warehouse)\b|expan\w*\s+(?:to|into|"
    r"across)\s+\w+|^(?:quote|proposal|pricing|offer)\s*[-:\u2013]\s*(?:[\w'&.-]+\s+){0,4}?"
    r"(?:rollout|sites?|locations?|offices?|teams?|seats?|users?|licen[cs]es?|workspace|regions?|"
    r"expansion|tier|plan|module|add-?on)\b"
    # (eleventh round) a pilot made a contract ("Pilot -> full contract for Leeds")
    r"|\bpilot\s*(?:\u2192|->|to)\s*(?:a\s+)?(?:full|annual|paid|company-wide|multi-year)\s+"
    r"(?:contract|licen[cs]e|plan|subscription|rollout|agreement)\b)"
)


_Q_INDIRECT_WORDS = frozenset(
    ["wondering", "curious", "quand", "wanted", "keen", "please", "kindly", "love", "let", "lmk",
     "asking", "asked", "asks", "want", "wants", "like", "likes", "need", "needs", "tell",
     "show"]
)
_WISH_WORDS = frozenset(
    [
        "love", "like", "want", "great", "nice", "helpful", "useful", "awesome", "good", "need",
        "feature", "please", "add", "build", "make", "support", "consider", "offer", "expose",
        "enable", "surface", "provide", "allow", "pay", "require", "missing", "lack",
    ]
)


_WANT_WORDS = frozenset(
    [
        "love", "kill", "welcome", "benefit", "jump", "use", "pay", "wish", "hoping", "only",
        "feature", "thing", "piece", "gap", "missing", "miss", "lack", "no", "keep", "keeps",
        "consider", "open", "willing", "ever", "request", "ask", "suggestion", "frustrating",
        "annoying", "painful", "pain", "shame", "pity", "bad", "waiting", "holding", "save",
        "vote", "upvote", "submit", "log", "raise", "like", "great", "huge", "amazing", "awesome",
        "fantastic", "ideal", "helpful", "useful", "handy", "nice", "lovely", "brilliant",
        "perfect", "valuable", "changing", "changer", "lifesaver", "saver", "godsend", "win",
        "help", "deal", "plus", "addition", "thrilled", "happy", "glad", "easier", "lives",
        "life", "hours", "days",
        "week", "day", "month", "year",
    ]
)


# Every alternative of _USE_OR_ERRAND holds one of these (a gate: most sentences have none).
_USE_OR_ERRAND_WORDS = ("there", "missing", "move", "reschedule", "shift", "push", "bump",
                        "separate", "share")


def _errand_head(rest: str) -> bool:
    """An errand at the head of the noun phrase `rest` starts with (lexicon.py, "one vocabulary
    of errands"), unless a classifier makes a record a capability ("role-based access")."""
    m = _ERRAND_HEAD.match(rest)
    return m is not None and not _a_kind_of_record(m.group("noun"), m.group("mods"))


def _errand_end(np: str) -> bool:
    """An errand as the head that ends `np` (the subject of "would be great")."""
    m = _ERRAND_END.search(np)
    return m is not None and not _a_kind_of_record(m.group("noun"), m.group("mods"))


def _a_kind_of_record(noun: str | None, mods: str | None) -> bool:
    """A record the product keeps, named by its kind ("guest accounts", "payment files",
    "role-based access"), not one the customer has ("the signed form", "my new login")."""
    if not noun or not mods:
        return False
    if _CLASSIFIER.search(mods):
        return True  # "role-based access", "remote source-data review"
    words = mods.lower().split()
    return noun.lower() in _RECORD_WORDS and bool(words) and not any(
        _INSTANCE_MODIFIER.match(w) or _DETERMINER_WORD.match(w) for w in words)


_DETERMINER_WORD = re.compile(r"^(?:the|your|my|our|his|her|their|its|an?|some|any|this|that|"
                              r"these|those|more|another|no)$")


def _scheduling(s: str) -> bool:
    """The sentence is about a meeting, a payment or a file (_SCHEDULING) at the head of a
    phrase, not as a modifier ("appointment reminders", "invoice templates" are capabilities)."""
    return any(re.search(r"\s", m.group(0)) or m.group(0) == "signed"
               or _HEAD_END_RX.match(s, m.end()) for m in _SCHEDULING.finditer(s))


_HEAD_END_RX = re.compile(_HEAD_END, re.IGNORECASE)


def _capability_object(s: str, at: int = 0) -> bool:
    """What a stated want needs, from `at` (the frame: "it" in "it'd be great if" is no
    product): a feature noun, the product doing something, or "a way to" do something the
    product could do."""
    if _FEATURE_NOUN.search(s, at):
        return True
    subject = _PRODUCT_SUBJECT.search(s, at)
    if subject and _CAPABILITY.search(s, subject.end()):
        return True
    if _YOU_BUILD.search(s, at) or _SOFT_DOES.search(s, at):
        return True
    way = _WAY_TO.search(s, at)
    return bool(way and (_CAPABILITY.search(s, way.end()) or (
        not way.group(0).startswith("no") and not _ERRAND.search(s, way.end()))))


# The vendor building something, after a want frame: "if you supported Xero", "if you guys
# could add a Gantt view".
_YOU_BUILD = re.compile(
    r"\byou(?:\s+guys|\s+all|\s+folks)?\s+(?:could\s+|would\s+|can\s+|were\s+to\s+)?(?:ever\s+)?"
    r"(?:support|integrat|sync|connect|offer|add|build|ship|releas|expos|enabl|allow|open\s+up)"
    r"\w*\b"
)


def _names_capability(s: str, at: int = 0) -> bool:
    """A capability after `at`: a feature noun, a part of the product, the product doing
    something, or how it would be done for you ("from their phones", "automatically")."""
    return bool(_capability_object(s, at) or _SOFT_RX.search(s, at) or _HOW_CAPABLE.search(s, at))


def _shape_asks(s: str, shape: re.Match[str]) -> bool:
    """An ask shape holds unless negated, about money, or an errand follows; a label
    ("Suggestion:") needs a capability or an imperative after it."""
    rest = s[shape.end():].lstrip()
    imperative = shape.group(0).startswith(("please", "pls", "plz", "kindly"))
    errand = _ERRAND_OBJECT.match(rest) or _errand_head(rest)
    if (imperative and errand) or _MONEY.search(s) or _NEG_BEFORE.search(
            s, max(0, shape.start() - 40), shape.start()):
        return False
    if not shape.group(0).rstrip().endswith((":", "-", "\u2013")):
        return True
    return bool(_names_capability(rest) or re.match(
        r"(?:let|allow|add|make|have|include|show|give|put|enable)\b", rest))


def _capability_request(s: str, question: bool) -> bool:
    """A request for a capability recognised by its construction, whatever the capability is
    called: never a how-to, a problem report, an errand or the logistics of ongoing work (the
    vetoes are read only once a construction matched: most sentences have none)."""
    return _capability_shape(s, question) and not (
        _HOW_TO.search(s) or _TROUBLE.search(s) or _FAILED.search(s) or _LOGISTICS.search(s)
        or _ERRAND.search(s))


def _has(s: str, cues: tuple[str, ...]) -> bool:
    return any(c in s for c in cues)


# Gates: each construction's pattern holds one of its cues (most sentences hold none).
_SHAPE_CUES = ("please", "pls", "plz", "kindly", "need", "want", "requir", "looking for", "miss",
               "lack", "wish", "tell", "let", "ask", "pass", "have", "offer", "scope", "feature",
               "capabilit", "improvement", "addition", "thing", "change", "suggestion", "idea",
               "request")
_DEV_STRONG_CUES = ("made it", "afoot", "appetite", "interest", "willingness", "bandwidth",
                    "openness", "lift", "work", "hard", "difficult", "easy", "possible",
                    "feasible", "doable", "look", "think", "around", "reason", "similar",
                    "like that", "comparable")
_INDIRECT_CUES = ("wonder", "curious", "quand", "want", "lmk", "ask", "love", "keen", "please",
                  "kindly", "let", "like", "need", "tell", "show")
_SAID_CUES = ("request", "ask", "escalate", "pass", "forward", "send", "bring", "thing", "hop",
              "kill", "jump", "all over", "pay", "vote", "roadmap", "backlog", "great", "huge",
              "amazing", "awesome", "helpful", "useful", "nice", "ideal", "love", "consider",
              "bumping", "running", "plans")
_PRESSING_CUES = ("asking", "pushing", "begging", "clamo", "lobbying", "pleading", "itching")
_NEED_CUES = ("want", "need", "like", "love", "wish", "ask", "request", "gripe", "priorit", "help",
              "long way", "all over", "requir", "expect")


# A nudge about a definite piece of work ("any update on the onboarding survey?") asks about the
# work going on, unless what it names is a request or something in development.
_NUDGE_FRAME = re.compile(r"any\s+(?:updates?|news|word|progress)\b")
_NUDGE_LEAD = re.compile(r"^\s*(?:from\s+(?:your|the)\s+(?:side|end|team)\s+)?(?:on|about|for|"
                         r"regarding|with)?\s*")
_NUDGE_ASKS = re.compile(r"\b(?:request|requested|feature|integration|roadmap|beta|you\s+"
                         r"(?:mentioned|said)|we\s+(?:asked|talked|discussed))\b")


def _capability_shape(s: str, question: bool) -> bool:
    """One of the constructions of a request for a capability (lexicon.py, "feature asks by
    construction"), before the vetoes."""
    shape = _ASK_SHAPE.search(s) if _has(s, _SHAPE_CUES) else None
    if shape and _shape_asks(s, shape):
        return True  # "pls add an option to", "suggestion: let users set their own hours"
    you_add = _YOU_ADD.search(s) if ("you" in s or "u " in s or "all " in s) else None
    if you_add and not _errand_head(s[you_add.end():]):
        return True  # "could you add a 'duplicate invoice' button?"
    bare = _affirmed(_NEED_BARE, s) if _has(s, ("need", "requir", "wants")) else None
    if bare and _FEATURE_NOUN.search(s[bare.end():bare.end() + 40]) and not _ERRAND_NEAR.match(
            s, bare.end()):
        return True  # "we really need custom roles", "needs French-language invoices"
    if question:
        if _CAP_QUESTION.search(s) or (_IT_DOES.search(s) and not _scheduling(s)):
            return True  # "can the scheduler skip holidays?", "is the tool able to flag X?"
        passive = _PASSIVE_CAPABLE.match(s) if " be " in s else None
        if passive and not _errand_head(passive.group("np")) and not _scheduling(s):
            return True  # "could the swab kits be tracked from dispatch to lab?"
        offer = s.startswith(("would you like", "is ", "are "))
        if not offer and _MODAL_START.match(s) and _HOW_CAPABLE.search(s) and (
                _CAPABILITY.search(s) or _FEATURE_NOUN.search(s) or _SOFT_RX.search(s)):
            return True  # "could invoices carry our PO number automatically?"
        if _YET_Q.search(s) and not _NOT_YET_DONE.search(s) and (
                _FEATURE_NOUN.search(s) or _SOFT_RX.search(s)):
            return True  # "can managers see pipelines from the phone app yet?"
    if _has(s, _DEV_STRONG_CUES) and _affirmed(_DEV_STRONG, s):
        return True  # "any appetite to build X", "has X made it onto the roadmap"
    asking = question or (_has(s, _INDIRECT_CUES) and bool(
        _Q_INDIRECT.search(s) or _INDIRECT_Q.search(s)))
    frame = _ASK_FRAME.search(s) if asking else None
    if frame and re.search(r"\b(?:about|of|on|for|with|at|into|in|to)\s*$", frame.group(0)) and \
            not re.search(r"[a-z]{3}", s[frame.end():frame.end() + 40]):
        frame = None  # "what are you thinking about?": a frame without its object
    if frame and _NUDGE_FRAME.match(frame.group(0)) and _DEFINITE.match(_NUDGE_LEAD.sub(
            "", s[frame.end():], count=1)) and not _NUDGE_ASKS.search(s, frame.end()):
        frame = None  # "any update from your side on the onboarding survey?": work going on
    if frame and not _errand_head(s[frame.end():]) and not _NEG_BEFORE.search(
            s, max(0, frame.start() - 40), frame.start()):
        return True  # "any movement on a rubric builder?", "is a dark theme coming?"
    weak = _ASK_FRAME_WEAK.search(s) if asking else None
    if weak and not _SOCIAL.search(s, weak.end()) and not _errand_head(s[weak.end():]):
        return True  # "any chance you'll support tracking down to the bed level?"
    said = _affirmed(_ASK_SAID, s) if _has(s, _SAID_CUES) else None
    if said and not _errand_head(s[said.end():]):
        return True  # "I'd like to submit an enhancement request for X", "would kill for X"
    dev = _affirmed(_DEV_FRAME, s) if asking else None
    if dev and (_names_capability(s) or _CAPABILITY.search(s, dev.end())):
        return True  # "when does the Spanish interface ship", "how close is the Teams sync"
    press = _affirmed(_PRESSING, s) if _has(s, _PRESSING_CUES) else None
    if press and not _PERSONAL.search(s):
        rest = s[press.end():]
        if press.group(0).rstrip().endswith(("when", "whether", "if")):
            if "able to" in rest or _names_capability(rest):
                return True
        elif not re.match(r"(?:[\w'-]+\s+){0,3}?to\s", rest) and (
                not (_ERRAND_OBJECT.match(rest) or _errand_head(rest))
                or _FEATURE_NOUN.match(rest)):
            return True  # "the leads have been begging for barcode scanning"
    need = _affirmed(_NEED_FRAME, s) if _has(s, _NEED_CUES) else None
    if need and re.search(r"\byou\s+$", s[max(0, need.start() - 5):need.start()]):
        need = None  # "if you want to be able to search, let us know": our offer, not their want
    if need and (_names_capability(s, need.end()) or _SOFT_DOES.search(s)
                 or re.match(r"for\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+to\s+\w", s[need.end() - 4:])):
        return True  # "our reps want to be able to log calls from their phones"
    plain = (_affirmed(_NEED_PLAIN, s) if _has(s, ("need", "want", "like", "love")) else None) \
        or _IDEALLY.match(s)
    if plain and (_HOW_CAPABLE.search(s, plain.end()) or _SOFT_DOES.search(s, plain.start())):
        return True  # "we need the weekly report to go out on its own"
    if need and _IF_IT_COULD.search(s, need.start()):
        return True  # "it would help a lot if invoices could be split by cost center"
    counter = _IF_WE_WOULD.match(s) if s.startswith("if") else None
    condition = s[:counter.end()] if counter else ""
    if counter and (_SOFT_RX.search(condition) or _IF_AVAILABLE.search(condition)):
        return True  # "if the calendar synced both ways we'd use it a lot more"
    great = _GREAT_END.search(s) if "be " in s else None
    if great:
        subject = s[max(0, great.start() - 60):great.start()]
        if (_FEATURE_NOUN.search(subject) or _SOFT_RX.search(subject)) and not _errand_end(
                subject):
            return True  # "a white-labeled client portal would be great"
    if _RIVAL_CUE.search(s) and _RIVAL.search(s):
        return True  # "our old system could split shipments, will yours?"
    by_hand = _affirmed(_BY_HAND, s) if _has(s, ("have to", "having to", "had to", "need to",
                                                  "needs to")) else None
    if by_hand and (_PAIN.search(s) or "still" in by_hand.group(0)) and (
            _FEATURE_NOUN.search(s) or _SOFT_RX.search(s) or _PAIN.search(s)):
        return True  # "we still retype every order into QuickBooks by hand"
    if _PAIN.search(s) and _LACK.search(s) and _capability_object(s):
        return True  # "it's a real pain that we can't bulk-assign tickets"
    no_way = _NO_WAY.search(s) if "no" in s else None
    if no_way and not _NO_WAY_NOT.match(s, no_way.end()) and (
            _NOW_STATE.search(s) or _capability_object(s, no_way.end())):
        return True  # "right now there's no way for dispatchers to see the trucks"
    return bool(s.startswith(("still", "yet")) and _STILL_NO.match(s) and (
        _FEATURE_NOUN.search(s) or _SOFT_RX.search(s)))


# --- feature asks whatever the thing is called (issue 10, fifth round; lexicon.py) ------------
_DEF_ALLOWED = re.compile(r"(?:the|a|an)?\s*(?:idea|possibility|option|notion|concept|prospect)\s+"
                          r"of\s+|(?:support|an?\s+option|the\s+ability)\s+(?:for|to)\s+")
_MODAL_WORD = re.compile(r"^(?:can|could|would|will|is|are|was|were|do|does|did|has|have|had|"
                         r"should|shall|may|might|must|need|not)\b")


def _thing_at(s: str, at: int = 0, *, definite: bool = True) -> bool:
    """The noun phrase from `at` names something the product could have: no pronoun, verb,
    errand, meeting, document, time or money at its head; a definite one only when it names a
    part of the product (`definite=False`: never a definite one)."""
    rest = s[at:].lstrip(" '\"\u201c(")
    lead = _DEF_ALLOWED.match(rest)
    rest = rest[lead.end():] if lead else rest
    if not rest[:1].isalpha() or _NOT_NP_START.match(rest) or _MODAL_WORD.match(rest):
        return False
    if _CAPABLE_MODIFIER.match(rest):
        return True  # "automatic dunning letters": the modifier makes it a capability
    if _errand_head(rest):
        return False
    if _DEFINITE.match(rest):
        head = rest[:50]
        if re.match(r"\s*\S+\s+(?:[\w'-]+\s+){0,2}?reports?\b", rest):
            return False  # "the report", "our monthly report": a document, not a capability
        return definite and bool(_FEATURE_NOUN.search(head) or _SOFT_RX.match(rest))
    return True


# A place or an occasion put before the subject without a comma ("for the rollout in our other
# plants X is mandatory", "at the Leeds depot X is a must"): the subject follows it.
_FRONTED_PLACE = re.compile(
    r"^(?:(?:for|in|at|across|on)\s+(?:the|our|all|all\s+our|each|every)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:rollout|roll-out|launch|go-live|migration|tender|renewal|audit|plants?|sites?|"
    r"offices?|depots?|branches?|clinics?|stores?|warehouses?|schools?|wards?|regions?|"
    r"divisions?|mines?|farms?|yards?|ports?|vessels?|fleet)\s+)+")


def _subject_before(s: str, end: int) -> tuple[str, bool] | None:
    """The noun phrase a predicate at `end` is said of, and whether a copula or an auxiliary
    ties it to the predicate ("would a Spanish version … be realistic", "X is on the way")."""
    head = s[:end]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind(" - "))
    np = head[cut + 1:]
    clause = None
    for m in re.finditer(r"\b(?:that|if|whether|tell\s+me|know|hear|confirm|told|but|and)\s+",
                         np):
        clause = m
    if clause:
        np = np[clause.end():]
    np = _FRONTED_PLACE.sub("", np.strip())
    aux = re.match(r"(?:(?:so|also|and|but|just|honestly|quick\s+question)\s+)?(?:is|are|was|"
                   r"were|would|will|could|can|has|have|does|do)\s+", np)
    cop = re.search(r"\s*(?:\b(?:is|are|be|been|being|was|were|will|would|could|can|might)|'s|"
                    r"'re)(?:\s+\w+)?\s*$", np)
    tied = bool(aux or cop)
    np = np[aux.end():] if aux else np
    np = np[:cop.start()] if cop else np
    n = len(np.split())
    return (np, tied) if 1 <= n <= 12 else None


# Whose pressing counts: the customer's own people ("our engineers", "my boss", "we").
_OUR_PEOPLE = re.compile(r"\b(?:our|we|we're|we've|we\s+are|we\s+have|my\s+(?:team|boss|manager|"
                       r"cfo|ceo|cio|cto|coo|vp|director|staff|users|people|folks|reps|leads|"
                       r"engineers|managers|clinicians|nurses|teachers|drivers|accountants)|"
                       r"my\s+(?:[\w'-]+\s+)?[a-z]+(?:ers|ors|ists|ians|ees)|"
                       r"the\s+(?:[\w'-]+\s+){0,2}?(?:team|folks|staff|users|leads|managers|crew|"
                       r"group|department|office|floor|board|reps|engineers|nurses|teachers|"
                       r"drivers|accountants|admins)|the\s+(?:[\w'-]+\s+){0,2}?[a-z]+(?:ers|ors|"
                       r"ists|ians|ees|ants|ents|admins|staff|crews?|leads|chefs|cooks|nurses|"
                       r"folks|people|partners|clients|members|volunteers))\b")
# The customer's people as a group, wanting something (no why needed: a group's want is a
# request; a person's or our own may be an errand, "my boss wants the deck").
_GROUP_WANTS = re.compile(
    r"(?:^|\b(?:pretty\s+much|basically|honestly|and|but|so)\s+)(?:everyone|everybody|all\s+of\s+us|"
    r"(?:our|my)\s+(?:[\w'-]+\s+)?(?:vp|cfo|ceo|coo|cto|cio|director|manager|boss|lead|owner|founder|"
    r"principal|president|administrator|controller|head\s+of\s+\w+)|"
    r"(?:our|the)\s+(?:[\w'-]+\s+){0,2}?(?:team|teams|folks|staff|users|leads|managers|crews?|"
    r"department|reps|engineers|nurses|teachers|drivers|accountants|admins|people|members|"
    r"volunteers|chefs|cooks|students|partners|[a-z]+(?:ers|ors|ists|ians|ees|ants|ents)))"
    r"(?:\s+here|\s+on\s+\w+)?\s+(?:all\s+|really\s+|also\s+|still\s+|just\s+)?wants?\s+"
    r"(?!to\b|it\b|that\b|this\b|them\b|you\b|me\b|us\b)")
# A predicate asked about without a question mark ("is X coming anytime soon", "please tell me
# X is on the way", "hoping X is in the works").
_ASKED_OF_IT = re.compile(r"^(?:is|are|will|would|could|has|have)\b|\b(?:tell\s+me|hop(?:e|ing)|"
                          r"wish|wonder|curious|(?:know|confirm)\s+(?:if|whether)|told|heard|"
                          r"mentioned|"
                          r"whether|asking|asked)\b")
# A person after "to have" ("it would be helpful to have John actively involved").
_PERSON_LIKE = re.compile(r"\s*\w+\s+(?:\w+ly|involved|included|copied|informed|there|here|"
                          r"around|back|on\s+(?:the|this)|join)\b")
# A noun phrase led by an article or a capability's modifier (after verbs that also take a
# gerund or an adjective: "consider joining", "benefit from participating").
_LED_NP = re.compile(r"\s*(?:an?|some|any|more|better|automatic|automated|scheduled|native|"
                     r"built-in|real-time|two-way|bulk|custom)\s")
_GERUND_START = re.compile(r"^(?:having|getting|seeing|sending|receiving|meeting|talking|"
                           r"moving|hearing|knowing|being|doing|making|keeping)\b")
_ADD_TO_ERRAND = re.compile(
    r"\b(?:add|include|loop)\s+(?:[\w'-]+\s+){1,3}?(?:to|in|on)\s+(?:the|this|our|your|that|my)\s+"
    r"(?:[\w'-]+\s+)?(?:invite|thread|call|meeting|loop|list|distribution|email|calendar|cc|"
    r"channel|group|account|team|workspace|project|org|chain|conversation)\b"
    r"|\badd\s+(?:me|us|him|her|them|(?:our|my)\s+(?:new\s+)?(?:[\w'-]+\s+)?(?:hire|colleague|"
    r"teammate|manager|assistant|admin|intern|lead|director|controller|cfo|ceo|coo|cto|cio|vp|"
    r"head|analyst|coordinator|accountant|officer|person|contact)s?)(?:,\s*[\w'-]+,)?\s+(?:to|"
    r"on)\b")


def _said_of_thing(s: str, m: re.Match[str], *, need_tie: bool = True) -> bool:
    sub = _subject_before(s, m.start())
    if not sub:
        return False
    np, tied = sub
    if need_tie and not tied:
        return False
    if " " not in np.strip() and not _FEATURE_NOUN.search(np):
        return False  # one bare word is as often a person ("is Jordan coming?")
    return not _GERUND_START.match(np) and _thing_at(np)


def _thing_asked(s: str, question: bool) -> bool:
    """A request for a capability carried by its predicate, whatever the capability is called
    (lexicon.py, "feature asks whatever the thing is called"); vetoed by a how-to or a problem
    report anywhere, by an errand only at the head of what is asked for."""
    if _HOW_TO.search(s) or _TROUBLE.search(s) or _FAILED.search(s):
        return False
    dev = _affirmed(_NP_DEVELOPED, s)
    if dev and (question or _ASKED_OF_IT.search(s)) and not re.search(r"\bas\s+planned\b", s) \
            and _said_of_thing(s, dev):
        return True  # "are custom SLA timers anywhere on the horizon?"
    if "thought" in s or "consider" in s or "discuss" in s or "looked" in s or "talk" in s \
            or "explored" in s:
        given = _affirmed(_THOUGHT_GIVEN, s)
        if given and (_thing_at(s, given.end()) or (given.group(0).startswith("something")
                                                     and _said_of_thing(s, given))):
            return True  # "has there been any thought given to multi-currency price books?"
    came = _CAME_UP.match(s) if question and s.startswith(("has", "have", "so", "also", "and"))\
        else None
    if came and _thing_at(came.group(1)):
        return True  # "has support for Apple Business Manager come up on your side?"
    if "you" in s or "team" in s or "side" in s or "folks" in s:
        build = _affirmed(_VENDOR_BUILDS, s) or _VENDOR_BUILDS_Q.match(s)
        if build and build.group(0).rstrip().endswith(" do") and "ever" not in build.group(0):
            build = None  # "could you do a walkthrough": only "will you ever do X" asks for it
        if build and build.group(0).rstrip().endswith(("consider", "entertain")) and not \
                _LED_NP.match(s, build.end()):
            build = None  # "would you consider joining the board": a thing must follow
        if build and (question or _LETS_CONTEXT.search(s) or _ENTERTAIN.search(build.group(0)))\
                and not _ADD_TO_ERRAND.search(s) and _thing_at(s, build.end()):
            return True  # "do you foresee adding a German data center?"
    pressed = _affirmed(_PRESSED_FOR, s)
    if pressed and (_OUR_PEOPLE.search(s, 0, pressed.start()) or not s[:pressed.start()].strip(
            " ,")) and _thing_at(s, pressed.end()):
        return True  # "our dispatch folks are really after live driver chat"
    label = _ASK_LABEL.match(s) or _ASK_HEAD.match(s)
    if label and (_thing_at(s, label.end()) or re.match(
            r"\s*(?:being\s+able\s+to|(?:a|the)\s+(?:way|ability|option)\s+to|letting|allowing)\b",
            s[label.end():])):
        return True  # "nice-to-have: a bulk archive button", "our biggest request is X"
    use = _affirmed(_WOULD_USE, s)
    if use and "benefit" in use.group(0) and not _LED_NP.match(s, use.end()):
        use = None  # "Enron would benefit from participating": a thing must follow
    if use and (not use.group(0).rstrip().endswith("use") or re.search(
            r"\b(?:really|definitely|certainly|so)\b", use.group(0))) and \
            _thing_at(s, use.end(), definite=False):
        return True  # "we could really use automatic carrier rate shopping"
    lets = _affirmed(_LETS_DO, s) if ("let" in s or "allow" in s or "enabl" in s) else None
    if lets and _LETS_CONTEXT.search(s) and re.search(
            r"\b(?:could|would|can|will|to|ever|you|it|that|and)\s+(?:\w+\s+)?$" if
            lets.group(0).startswith("let ") else r"\w[\w,']*\s+$", s[:lets.start()]):
        return True  # "could the portal ever let parents pay fees in installments?"
    tag = _FEASIBLE_TAG.search(s) if ("," in s or "-" in s or ";" in s or "\u2014" in s or
                                     " and " in s) else None
    if tag:
        want = _affirmed(_WANT_OF, s[:tag.start()])
        if want and _thing_at(s, want.end()):
            return True  # "we'd like X for the next school year, is that realistic?"
    see = _affirmed(_LOVE_TO_SEE, s) if "see" in s else None
    if see and _thing_at(s, see.end()) and _SEE_WHEN.search(s, see.end()):
        return True  # "would love to see a second test tenant at some point"
    get = _GET_DEVELOPED.search(s) if ("get" in s or "have" in s or "see" in s) else None
    if get and _thing_at(get.group(1)):
        return True  # "what would it take to get shift bidding prioritized?"
    if "as a" in s and _AS_REQUEST.search(s):
        return True  # "is it possible to request X as an enhancement?"
    req = _affirmed(_REQUEST_OF, s) if ("request" in s or "access" in s) else None
    if req and _thing_at(s, req.end()):
        return True  # "I'd like to formally request X", "early access to X"
    have = _HAVE_YET.match(s) if "yet" in s else None
    if have and _thing_at(have.group(1)):
        return True  # "do you have photo proof of delivery yet?"
    win = _WOULD_WIN.search(s)
    if win and _said_of_thing(s, win, need_tie=False):
        return True  # "single sign-on with Google Workspace would be a big win for us"
    cond = _IF_THING.match(s) if s.startswith(("if", "once", "and", "but", "honestly")) else None
    if cond and _thing_at(cond.group(1)):
        return True  # "if manager approval for price overrides were available we'd expand"
    plug = _PLUG_FOR.search(s)
    return bool(plug and _thing_at(s, plug.end()))


def _one_word_ok(np: str) -> bool:
    """A thing named by one bare word is a capability only if it is a product word."""
    words = np.strip().split()
    return len(words) > 1 or bool(_FEATURE_NOUN.search(np))


def _thing_said(s: str) -> bool:
    """A request for a capability said rather than asked, whatever the capability is called
    (lexicon.py, "said rather than asked"): each construction with why, who or what for, and
    the same noun-phrase test as _thing_asked."""
    if _HOW_TO.search(s) or _FAILED.search(s):
        return False
    # A problem named with an absence or a workaround is the cost of the missing thing ("we
    # still don't have X, which is becoming a problem"); elsewhere it is a support request.
    absent = _affirmed(_ABSENT, s) if _ABSENT_WHY.search(s) and _OUR_PEOPLE.search(s) else None
    if _TROUBLE.search(s) and not absent:
        return False

    def after(m: re.Match[str] | None, *, definite: bool = True) -> bool:
        if m is None:
            return False
        np = re.split(r"[,.;:!?]|\s(?:and|but|so|because|which|for|to|before|if)\s",
                      s[m.end():], maxsplit=1)[0]
        if re.match(r"\s*(?:fewer|less)\b", np):
            return False  # "our owners want fewer suppliers": a quantity, no thing
        return _thing_at(s, m.end(), definite=definite) and _one_word_ok(np)

    def group(m: re.Match[str] | None) -> bool:
        return m is not None and _thing_at(m.group(1)) and _one_word_ok(m.group(1))

    want = _affirmed(_WANT_VERB, s) if _WANT_WHY.search(s) or "love" in s else None
    if want and "love" in want.group(0) and not _WANT_WHY.search(s) and not _OUR_PEOPLE.search(
            s, 0, want.start()):
        want = None  # "would love X" needs no why when the customer's people say it
    if want and (_OUR_PEOPLE.search(s, 0, want.start()) or not s[:want.start()].strip(" ,") or
                 re.match(r"(?:really|just|still|absolutely)\s*$", s[:want.start()])) and \
            after(want, definite=False):
        return True  # "the reps want X so they can stop double-entering"
    group_want = _GROUP_WANTS.search(s) if "want" in s else None
    if group_want and not _NEG_BEFORE.search(s, 0, group_want.end()) and after(
            group_want, definite=False):
        return True  # "pretty much everyone here wants X", "the grad students want X"
    asked = _affirmed(_ASKED_FOR, s) if "ask" in s or "request" in s or "vote" in s or \
        "voice" in s else None
    if asked and asked.group(0).rstrip().endswith("about") and not _ASKED_ABOUT_WHY.search(s):
        asked = None  # "the union asked about data retention, what's your policy?"
    if asked and (_OUR_PEOPLE.search(s, 0, asked.start()) or "me to" in asked.group(0) or
                  re.search(r"\b(?:if|whether)\b", asked.group(0)) or
                  asked.group(0).startswith(("requesting", "putting", "pass", "another", "one",
                                             "add"))) and after(asked, definite=False):
        return True  # "our PI asked me to ask you about X", "the ops managers asked for X"
    if absent and after(absent, definite=False):
        return True  # "we've been exporting every week because there's no X"
    if after(_WORKAROUND.search(s)) or after(_affirmed(_OTHERS_HAVE, s)):
        return True  # "we fake X with a macro", "our old vendor had X"
    if after(_RANKED.search(s)) or group(_ON_LIST.search(s)):
        return True  # "one more for the product team: X", "X is on her must-have list"
    if group(_HOPE_LANDS.search(s)) or after(_HOPE_TO_SEE.search(s)):
        return True  # "still hoping X makes it into a release soon"
    if group(_GERUND_WOULD.match(s)):
        return True  # "having X would save our coordinators hours"
    for rx in (_WOULD_DO, _OVERDUE):
        m = rx.search(s)
        if m and _said_of_thing(s, m, need_tie=False):
            return True  # "X would make renewal an easy conversation", "X is overdue"
    have = _HELP_TO_HAVE.search(s)
    if (have and not _PERSON_LIKE.match(s, have.end()) and after(have)) or after(
            _HAPPY_TO_PILOT.search(s)):
        return True  # "it would really help to have X", "happy to pilot X"
    if _ONCE_EXISTS.search(s) and after(_INTERESTED.search(s)):
        return True  # "we're also interested in X, whenever that's available"
    if group(_QUEUE.search(s)) or group(_WHEN_LANDS.search(s)):
        return True  # "what would it take for X to jump the queue", "when X might land"
    if "if you" in s and re.search(r"\b(?:would|'d|could)\b", s) and after(_IF_YOU_HAD.search(s)):
        return True  # "the director would sign off faster if you had X"
    consider = _PLEASE_CONSIDER.search(s) if "consider" in s else None
    if consider and not re.match(r"\s*\w+ing\b", s[consider.end():]) and after(consider):
        return True  # "please consider X, a lot of firms like ours would use it"
    if after(_CAN_WE_GET.match(s), definite=False):
        return True  # "from our clinic leads: can we please get X?"
    return any(after(rx.search(s)) for rx in (_BETA_FOR, _PLAN_INCLUDES, _HOW_FAR, _STATUS_OF,
                                               _ANY_WAY_TO, _WISH_YOU_HAD, _CHECK_WITH_PRODUCT))


def _framed_ask(s: str) -> bool:
    """An ask frame and its object (lexicon.py, "one frame grammar"): the frame wants,
    expects or asks the vendor for something, the object is any noun phrase the errand
    vocabulary lets through, never a definite one or one bare word that is no product word."""
    if _HOW_TO.search(s) or _FAILED.search(s):
        return False
    for m in _ASK_FRAME_OBJECT.finditer(s):
        if _NEG_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue
        np = re.split(r"[,.;:!?\u2014]|\s(?:and|but|so|because|which|for|to|before|if|when|"
                      r"in|on|at|by|with|from)\s", s[m.end():], maxsplit=1)[0]
        if re.match(r"\w+ing\s+(?:you|them|us|him|her|the|a|an|our|your|it|everyone)\b", np) or \
                re.search(r"\b(?:did|do|does|didn't)\s+$", s[max(0, m.start() - 8):m.start()]):
            continue  # "we miss seeing you", "did I miss anything"
        if _not_an_object(np):
            continue  # "we need more teachers", "a leader who", "one survey completed by"
        if _thing_at(s, m.end(), definite=False) and _one_word_ok(np):
            return True  # "would it be possible to have X", "we really miss X", "any chance of X"
    cost = _FRAME_COST.search(s) if ("without" in s or "would do" in s or "hack" in s) else None
    if cost:
        np = next(g for g in cost.groups() if g)
        if _thing_at(np, 0, definite=False) and _one_word_ok(np):
            return True  # "without X we can't onboard", "what X would do automatically"
    return False


def _named_product(s: str) -> bool:
    """A product customers connect to, named alone as a question ("Looker?", "any news on the
    Looker thing?"): an integration asked about with no verb of wanting (lexicon._NAME_ASK)."""
    return bool(_NAME_ASK.match(s))


def _np_asked(np: str | None, *, definite: bool = True) -> bool:
    """A noun phrase captured by a construction names something the product could have: at
    most ten words, no gerund or person at its head (one bare word only a product word)."""
    if not np:
        return False
    np = _ASIDE.sub("", np).strip(" ,'\"")
    return 0 < len(np.split()) <= 10 and not _GERUND_START.match(np) and not _CLAUSE_IN_NP.search(
        np) and _one_word_ok(np) and _thing_at(np, 0, definite=definite)


# A captured phrase holding a verb, a comma or a clause is no noun phrase ("a product is income
# producing, part of the capital").
_CLAUSE_IN_NP = re.compile(r",|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
                           r"should|may|might|must|do|does|did|said|says)\b")
# Who asks or relays a question ("asked whether", "let us know when", "grateful if you could
# tell us when"): with it, an arrival or a status said without a question mark is asked.
_RELAY_CUE = re.compile(r"\b(?:ask\w*|wonder\w*|curious|know|confirm\w*|check|tell|advise|"
                        r"request\w*|enquir\w*|inquir\w*|clarif\w*|inform|find\s+out|understand|"
                        r"(?:need|love|like|want|appreciate)\s+(?:an?\s+)?update|"
                        r"grateful|appreciate|share|update\s+(?:me|us))\b")
# A parenthesis inside a noun phrase lists or glosses it ("dashboards per role (adjuster,
# supervisor, auditor)"): the phrase is judged without it.
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
# A construction that starts at the sentence's start captures the clause before its subject:
# the subject is what follows the last "whether" or "if" ("the team has asked whether X might").
_COMPLEMENTISER = re.compile(
    r"\b(?:whether|if|(?:reckon|think|guess|suppose|expect)(?:\s+that)?)\s+")
_COUNTED_NP = re.compile(r"^\s*(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|"
                         r"a\s+few|a\s+couple|dozens|hundreds|fewer|less)\b(?!-)")


def _not_an_object(np: str) -> bool:
    """What follows a frame is no capability: a quantity, people, someone's, an action, a
    record someone completes ("more teachers", "three bids", "one survey completed by")."""
    return bool(_FRAME_NOT_OBJECT.match(np) or _COUNTED_NP.match(np) or re.match(
        r"(?:[\w'-]+\s+){0,4}?(?:who|whom|completed|updated|signed|filled|done)\b", np))


def _np_after(s: str, at: int, *, definite: bool = False) -> bool:
    """The noun phrase that starts at `at` (up to a clause break) names a thing asked for."""
    np = re.split(r"[,.;:!?\u2014]|\s(?:and|but|so|because|which|for|to|before|if|when|in|on|"
                  r"at|by|with|from|as)\s", _ASIDE.sub("", s[at:]), maxsplit=1)[0]
    return not _not_an_object(np) and _np_asked(np, definite=definite)


def _groups_asked(m: re.Match[str] | None, *, definite: bool = True) -> bool:
    """A construction whose named groups hold the thing: the one that matched names a thing."""
    if m is None:
        return False
    np = next((g for g in m.groups() if g), None) if m.re.groups else None
    if np is not None:
        np = _COMPLEMENTISER.split(np)[-1]  # "the team has asked whether X" -> X
    return _np_asked(np, definite=definite) if np is not None else _np_after(s=m.string,
                                                                              at=m.end())


def _named_thing(s: str, question: bool) -> bool:
    """A thing asked about by where it is (lexicon.py, "the thing asked about by where it
    is"): its arrival, its status, a team's need of it, its being required, a relayed question,
    a counterfactual or an imperative; the noun phrase the construction captures decides.
    Arrival and status count only when asked or relayed: said, they announce ("passes will be
    available to employees", "an overview of the status of projects")."""
    if _HOW_TO.search(s) or _FAILED.search(s):
        return False
    asked = question or bool(_RELAY_CUE.search(s))
    arrival = _ARRIVAL_Q.search(s)
    if arrival and (asked or arrival.group("np")) and _groups_asked(arrival):
        return True  # "when does X land" (asked by its word order), "reckon X will turn up?"
    if question and (s.startswith(("is", "are")) or ": is" in s or ": are" in s) and \
            _groups_asked(_IS_IT_COMING.match(s)):
        return True  # "is X happening?", "passing on from our CFO: is X happening?"
    status = _STATUS_ON.search(s) if asked else None
    if status and (_groups_asked(status, definite=False) if status.group("np") is None
                   else _np_asked(status.group("np"))):
        return True  # "any joy on X", "the status of X", "where does X stand"
    if _groups_asked(_STATUS_AFTER.search(s)):
        return True  # "topic for our next call: X and where it stands", "quick q re X timing"
    need = _TEAM_NEEDS.search(s)
    if need and not _NEG_BEFORE.search(s, max(0, need.start() - 40), need.start()) and \
            _np_after(s, need.end()):
        return True  # "the ops team needs X", "we would need X", "our requirements include X"
    req = _REQUIRED.search(s) if _I_OR_WE.search(s) or " thing " in s else None
    if req and _said_of_thing(s, req, need_tie=False):
        return True  # "X is blocking our go-live", "X is the only thing stopping them"
    if _groups_asked(_FLAGGED_AS.search(s)) or _groups_asked(_RELAYED.search(s)):
        return True  # "flagged X as must-have", "asked whether X could work offline"
    if _groups_asked(_COUNTERFACTUAL.search(s)) or _groups_asked(_BUILD_IT.search(s)):
        return True  # "should X become available", "please prioritise X"
    if _groups_asked(_LACK_OF.search(s)) or _thing_please(s):
        return True  # "the lack of X is what people complain about", "X, please"
    then = _THEN_WHEN.search(s) if ("when" in s or "timing" in s or "eta" in s) else None
    return bool(then and _groups_asked(then))  # "X for the crewing module - when?"


def _thing_please(s: str) -> bool:
    """The thing alone, then "please" (or a question mark after "not to nag but"): the noun
    phrase from its article, whatever words come before it ("Wir brauchen a X link, please"),
    with a capability at its head (lexicon._CAPABILITY_HEAD); "an API key, please" and "next
    steps, please" ask for a deliverable or nothing."""
    m = _THING_PLEASE.match(s)
    if m is None or _I_OR_WE.search(s) or not (
            re.search(r"\b(?:please|pls|plz)\b", s) or s.startswith(("not to", "sorry to"))):
        return False  # a bare "A template?" may be an errand: asked alone only when chased
    np = m.group("np")
    led = re.search(r"(?:^|\s)((?:an?|some)\s.+)$", np)
    np = led.group(1) if led else np
    head = re.split(r"\s(?:for|of|with|per|to|from|in|on|at|across)\s", np, maxsplit=1)[0]
    named = re.sub(r"^(?:an?|some)\s+", "", head).split()
    if re.search(r"\b(?:zoom|teams|meet|webex|meeting|call|invite|new|extra|more|quick|short|"
                 r"download|reset|login|password|sign-?up|onboarding|survey|payment)\s+\S+$", head):
        return False  # "a Teams link, please", "some extra support": a one-off errand
    return len(named) > 1 and bool(_CAPABILITY_HEAD.search(head)) and _np_asked(
        np, definite=False)  # "a link, please" names nothing: the head needs a modifier


def _named_then_asked(first: str, second: str) -> bool:
    """A thing named in one sentence and asked about in a short question after it ("Other
    vendors we looked at had X. Is it on yours?", "The bulk export. Any news?", "A few things
    from the team: - X")."""
    s = first[:_MAX_SENTENCE].translate(_APOSTROPHE).strip().lower()
    nxt = second[:_MAX_SENTENCE].translate(_APOSTROPHE).strip().lower()
    if _HOW_TO.search(s) or _FAILED.search(s) or _TROUBLE.search(s):
        return False
    if _ASK_LIST_HEAD.search(s) and _LIST_ITEM.match(nxt):
        return _np_asked(re.split(r"\s[-\u2013(]|[(:;,]", _LIST_ITEM.sub("", nxt, count=1),
                                  maxsplit=1)[0])
    if len(nxt.split()) > 10 or not (_FOLLOW_UP.match(nxt) or _FOLLOW_UP_MORE.match(nxt)
                                     or _FOLLOW_UP_WHERE.match(nxt)):
        return False
    body = re.sub(r"^[^:]{1,40}:\s*", "", s).rstrip(" .!")
    if len(body.split()) <= 8 and _np_asked(body):
        return True  # "the bulk export. any news?"
    said = _SAID_OF.search(s)
    if said and _np_asked(_SAID_SPLIT.split(said.group("np"))[-1]):
        return True  # "I've been told X is in beta somewhere. Can we get on it?"
    fix = _THING_WOULD_FIX.match(s)
    if fix and _np_asked(fix.group("np")):
        return True  # "X would fix that. Any plans?"
    return any(_np_after(s, m.end()) or _np_after(_BEFORE_VERB.split(s[m.end():], maxsplit=1)[0], 0)
               for rx in (_HAS_THING, _THING_ANCHOR) for m in rx.finditer(s))


# The thing named before its verb ("they mentioned X would make the audit painless").
_BEFORE_VERB = re.compile(r"\s(?:would|will|could|can|is|are|was|were|has|have)\s")


def _clause_asks(s: str, question: bool) -> bool:
    """A feature ask carried by its clause (issue 10, twelfth round; lexicon.py, "feature asks
    by the clause that carries them"): the vendor or its product asked whether it does or has
    the thing, the thing's status asked, or the thing requested by a verb of the request; the
    noun phrase after the construction decides (no pronoun, person, errand, meeting, document,
    time or money; never a definite one)."""
    if _HOW_TO.search(s) or _FAILED.search(s) or _TROUBLE.search(s):
        return False
    does = _VENDOR_DOES_Q.search(s) if question or _RELAY_CUE.search(s) else None
    if does and _np_after(s, does.end()):
        return True  # "does the system do X?", "y'all ever gonna do X?"
    has = _VENDOR_HAS_Q.search(s) if question else None
    if has and _software_head(s, has.end()) and (_np_after(s, has.end()) or _thing_at(
            s, has.end(), definite=False)):
        return True  # "do you have a seat map for the dome?", "do you do configurators?"
    status = _STATUS_ASKED.search(s)
    if status and _np_after(s, status.end()):
        return True  # "where do things stand on X", "has there been any decision on X"
    if _groups_asked(_STATUS_AROUND.search(s)):
        return True  # "can you share when X is expected", "did X make it into the plan"
    return _groups_asked(_REQUESTED.search(s), definite=False)  # "put us on the list for X"


def _software_head(s: str, at: int) -> bool:
    """The noun phrase from `at` ends, before its first preposition, in a part of software or
    a process ("a seat map", "configurators", "e-invoicing"), not in a document, a place or a
    person the vendor may also have ("a guide", "an office", "a reference customer")."""
    np = re.split(r"[,.;:!?\u2014]|\s(?:and|but|so|because|which|that|for|to|before|if|when|in|"
                  r"on|at|by|with|from|as|we|i|our)\s", _ASIDE.sub("", s[at:]), maxsplit=1)[0]
    np = np.strip(" '\"")
    return bool(_SOFTWARE_HEAD.search(np) or _CAPABILITY_HEAD.search(np) or _FEATURE_NOUN.search(
        np.split()[-1] if np.split() else ""))


def _thing_state_asked(s: str, question: bool) -> bool:
    """The thing's state asked of it, the vendor asked to provide or look into it, or its
    status asked by a noun of news or work (lexicon.py, "feature asks as a new writer says
    them"): asked with a question mark or relayed ("please inform if", "can you tell us
    whether"); the captured noun phrase decides, as everywhere (no pronoun, person, errand,
    meeting, document, time or money; a definite one only a part of the product)."""
    if _HOW_TO.search(s) or _FAILED.search(s) or _TROUBLE.search(s):
        return False
    state = _THING_STATE_Q.search(s)
    if not (question or _RELAY_CUE.search(s) or (state and state.group("np") and re.match(
            r"(?:(?:so|and|but)\s+)?(?:is|are|does|do|can|will|would|could|has|have)\s", s))):
        return False  # asked: a question mark, a relay, or a sentence that starts inverted
    if state and _SERVICE_NP.match(state.group("np") or state.group("np2")):
        state = None  # "is support on weekends part of our plan": a service, no capability
    if state and _np_asked(_COMPLEMENTISER.split(state.group("np") or state.group("np2"))[-1]):
        return True  # "is X in our tier or an add-on?", "please inform if X will be available"
    does = _THING_DOES_Q.search(s)
    if does and _np_asked(_COMPLEMENTISER.split(next(g for g in does.groups() if g))[-1]):
        return True  # "does X support multiple time zones?", "will X work with our phones?"
    if question and _groups_asked(_THING_DID.search(s)):
        return True  # "did X slip?", "did X make the cut?"
    give = _VENDOR_PROVIDES.search(s)
    if give and _np_after(s, give.end()):
        return True  # "does ur platform support X or no?", "can you look into X for us?"
    status = _STATUS_OF_THING.search(s)
    return bool(status and _np_asked(status.group("np") or _TIME_AFTER.split(re.split(
        r"[,.;:!?]|\s(?:and|but|so|because|which|for|to|before|if|when|in|on|at|by|with|from|as)\s",
        s[status.end():], maxsplit=1)[0], maxsplit=1)[0]))  # "what's the story with X?"


# A time or an alternative after the thing ("can we expect X this year or is it ...").
_TIME_AFTER = re.compile(r"\s(?:this|next|or|soon|anytime|any\s+time|yet|already)\b")
# A service, not a capability, at the head of a state question ("is support on weekends part
# of our plan, or would that be extra?", "is training included?").
_SERVICE_NP = re.compile(r"^\s*(?:[\w'/-]+\s+)?(?:support|service|training|onboarding|consulting|"
                         r"maintenance|hosting|hours)\b(?!\s+(?:for|of)\b)")


def _named_then_asked_within(s: str) -> bool:
    """The thing and a short question about it in one sentence, behind a colon, a dash, a
    comma or a full stop ("X: planned, parked, or dead?", "the mechanics want X, is that on ur
    roadmap or nah"): the two halves read as a sentence and its follow-up (_named_then_asked)."""
    if "?" not in s and " or nah" not in s and " or not" not in s:
        return False
    # (fourteenth round) a full stop the splitter kept, before a lower-case follow-up: "what
    # about X. still coming?"; only as the split before the follow-up, never as the start of
    # the thing ("we would love for Mr. Lay to stay for dinner - is this doable?")
    seps = list(re.finditer(r"\s*(?::|\s[-\u2013\u2014]|,|(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)"
                            r"(?<!\bst)\.)\s+", s))
    for i in range(len(seps) - 1, -1, -1):
        first, second = s[:seps[i].start()], s[seps[i].end():]
        if len(second.split()) <= 10 and (_FOLLOW_UP.match(second) or _FOLLOW_UP_MORE.match(
                second) or _FOLLOW_UP_WHERE.match(second)):
            before = [m for m in seps[:i] if "." not in m.group(0)]
            last = _ABOUT_LEAD.sub("", first[before[-1].end():] if before else first)
            if _named_then_asked(first, second) or (
                    last != first and _named_then_asked(last, second)):
                return True
    return False


# The thing as the subject of a clause in the sentence before a follow-up (ninth round): "I've
# been told X is in beta somewhere", "we're mapping our processes and X is the missing piece",
# "whether X is possible", "if X were coming", "tbh X is the one thing missing".
_SAID_OF = re.compile(
    r"(?:^(?:tbh|honestly|so|and|but)?,?\s*|\b(?:whether|if|that|told|and|hear|heard|read|said|"
    r"says|mentioned|promised)\s+)"
    r"(?P<np>[^,;:]{3,80}?)\s+(?:is|are|were|was)\s+(?:still\s+|already\s+|now\s+)?(?:in\s+|on\s+|"
    r"the\s+|a\s+|possible|coming|planned|missing|available|'|\"|discussed|dropped|shelved|"
    r"(?:weeks|months|days)\s+away|listed\s+as|close|imminent|"
    r"announced|demoed|shown|mentioned|being\s+(?:built|scoped|discussed|considered))")
_SAID_SPLIT = re.compile(
    r"^(?:tbh|honestly|so|and|but),?\s+|\b(?:whether|if|that|told|and|hear|heard|read|said|says|"
    r"mentioned|promised)\s+")


# "I'd love another two-hour roadmap meeting": a meeting wanted, whatever it is about.
_MEETING_WANTED = re.compile(r"\s*(?:an?\s+|another\s+|more\s+)?(?:[\w'-]+\s+){0,2}?"
                             r"(?:meeting|call|session|demo|webinar|workshop)s?\b")
_USAGE_CUES = ("how", "what", "can we", "could we")


# Sentences that hold an ask's words but ask the vendor for nothing (issue 10, ninth round,
# from dev #8's false asks; each a construction, checked on the other wordings and on Enron):
# - the reader routed to someone else ("for support and roadmap items, please speak to Jordan",
#   "your request is better handled by Jordan"), unless to the vendor's product people;
# - whether one thing that exists is the same or separate ("would it be the same support
#   number for after-hours issues, or is there a separate line?");
# - who does a task, we or you ("do we deactivate them one by one or can your team do it in
#   bulk?");
# - a meeting to schedule ("so can we schedule for the second week of January?");
# - a setting looked for (eleventh round): "is there a setting for language?", "is there an
#   encoding setting?" asks how to use what exists;
# - what the customer will prepare themselves ("asked for a cost breakdown by site, which I
#   will prepare with our controller").
_NOT_AN_ASK = re.compile(
    r"\b(?:please|kindly|pls)\s+(?:speak|talk|write|reach\s+out|get\s+in\s+touch|turn|go|refer)"
    r"\s+(?:directly\s+)?(?:to|with)\s+(?!(?:your|the)\s+(?:[\w'-]+\s+)?(?:product|dev\w*|"
    r"engineer\w*|r&d|roadmap)\b)"
    r"|\b(?:is|are|would\s+be|will\s+be)\s+(?:better|best)\s+(?:handled|answered|addressed|"
    r"dealt\s+with|directed)\s+(?:by|to)\b"
    r"|\b(?:is|would|will)\s+(?:it|that|this)\s+(?:still\s+)?(?:be\s+)?the\s+same\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:number|line|address|contact|person|email|link|portal|login|"
    r"process|team|desk|form|account|invoice|rate)\b"
    r"|^(?:do|should|can|must|shall)\s+(?:we|i)\s+[^?]{0,80}\bor\s+(?:can|could|will|would|"
    r"should|do|does)\s+(?:you|your\s+(?:[\w'-]+\s+)?(?:team|side|folks|people|support|staff))"
    r"\s+(?:guys\s+)?(?:do|handle|take\s+care\s+of|sort)\s+(?:it|that|this|them)\b"
    r"|\b(?:can|could|shall|should)\s+we\s+(?:re)?schedule\s+(?:for|it|this|that|a|the|"
    r"something|on|in|after|before|next)\b"
    r"|\b(?:is|isn't)\s+there\s+(?:a|an|any|some)\s+(?:[\w'-]+\s+)?(?:setting|toggle|switch|"
    r"preference)s?\b(?![^?]{0,30}\b(?:coming|planned|roadmap))"
    r"|,\s*which\s+(?:i|we)(?:'ll|\s+will|\s+am\s+going\s+to|\s+are\s+going\s+to|\s+can|"
    r"\s+shall)\s+(?:prepare|send|share|put\s+together|pull\s+together|draft|compile|"
    r"circulate|forward|provide|bring|present|write\s+up)\b"
)


def _is_feature_ask(s: str, words: set[str], question: bool) -> bool:
    if re.search(r"\bdo\s+you\s+have\s+(?:time|a\s+(?:minute|moment|sec)|availability)\b", s):
        return False
    if _NOT_AN_ASK.search(s):
        return False  # routed elsewhere, same or separate, who does it, a meeting, our own work
    if any(w in s for w in _USE_OR_ERRAND_WORDS) and _USE_OR_ERRAND.search(s):
        return False  # using what exists, or the logistics of the work
    if (_has(s, _USAGE_CUES) and (_USAGE_Q.search(s) or _HOW_TO.match(s))) or (
            "add" in s and _ADD_TO_ERRAND.search(s)) or (
            _has(s, ("pric", "rate", "fee", "cost", "which", "what")) and _USAGE_ANY.search(s)):
        return False  # "how long does it take for X to update", "add Kim to the invite for X"
    if _LOOKUP_OWN.search(s) or (_LOOKUP_Q.search(s) and not _STRONG_ASK.search(s)):
        return False  # what exists, how to use it, the work's logistics: nothing to build
    if "add" in s and _ADD_IT.match(s):
        return False  # "great, please add the module from the 1st": a yes to our offer
    if _capability_request(s, question) or _thing_asked(s, question) or _thing_said(s) or \
            _framed_ask(s) or _named_product(s) or _named_thing(s, question):
        return True
    if _thing_state_asked(s, question) or _named_then_asked_within(s) or _clause_asks(s, question):
        return True
    if _DELIVERY.search(s):
        return False  # a document or artefact delivered, not a capability
    if _TROUBLE.search(s) and not _STRONG_ASK.search(s):
        return False  # a problem reported or chased is support, not a capability asked for
    asking = question or bool(_Q_START.match(s)) or (
        not words.isdisjoint(_Q_INDIRECT_WORDS) and bool(_Q_INDIRECT.search(s))
    )
    wish = not words.isdisjoint(_WISH_WORDS) and bool(_WISH.search(s))
    # A capability wanted, stated: "it'd be huge if it synced with Xero", "+1 for dark mode",
    # "the one thing missing is an audit trail" (with a capability object, never an errand).
    want = _WANT.search(s) if not words.isdisjoint(_WANT_WORDS) or "+1" in s else None
    if (
        want
        and not _PAST_REPORT.search(s)
        and not (_scheduling(s) and not _FEATURE_NOUN.search(s))
        and _capability_object(s, want.end() if want.group(0).endswith(("if", "see")) else 0)
        and not _MEETING_WANTED.match(s, want.end())
    ):
        return True
    if not (asking or wish):
        return False
    noun = _FEATURE_NOUN.search(s)
    if wish:
        capable = _PRODUCT_SUBJECT.search(s) and _CAPABILITY.search(s)
        return bool(noun or _ROADMAP.search(s) or capable)
    if _STRONG_ASK.search(s) and not _scheduling(s):
        return True
    if re.match(r"(?:where|who)\b", s):
        return False  # looking something up, not asking for a capability
    frame = _ROADMAP.search(s) or _INDIRECT_Q.search(s)
    if not frame:
        return False
    if (_scheduling(s) and not noun) or _LOGISTICS.search(s):
        return False
    if _ROADMAP_STRONG.search(s):
        return True  # "is shared inboxes coming anytime soon", "anything in the works for X?"
    return bool(noun or (_PRODUCT_SUBJECT.search(s) and _CAPABILITY.search(s)))


def _is_praise(s: str) -> bool:
    """Us, or something of ours, praised without the usual frame (see lexicon._PRAISE_IDIOM)."""
    if _affirmed(_PRAISE_IDIOM, s) or _PRAISE_EXCLAIM.search(s):
        return True
    subject = _PRAISE_SUBJECT.search(s)
    return bool(subject and _affirmed(_PRAISE_WORD, s[subject.end():]))


def _is_life_aside(s: str) -> bool:
    """Life outside work told plainly, without a word of feeling (see lexicon._FAMILY_OWN)."""
    if _QUIP.search(s):
        return True
    plain_business = _SCHEDULING.search(s) or _FEATURE_NOUN.search(s)
    if (_ASIDE_OPENER.search(s) or _REMEMBERED.search(s)) and not plain_business:
        return True
    if _FAMILY_OWN.search(s) and not _FEATURE_NOUN.search(s):
        return True  # "my niece graduates Saturday, so I'll be in Ohio": still about her
    if plain_business or _LOGISTICS_OWN.search(s):
        return False
    if _SKY.search(s) and _HERE_NOW.search(s):
        return True
    if _AFFECT_CODA.search(s):
        return True  # "..., no regrets", "..., very proud", "..., what a finish"
    if _BUSINESS_CONTEXT.search(s):
        return False
    return bool(_NARRATIVE.search(s) and (_LIFE.search(s) or (
        _OWN_TIME.search(s) and not _WORK_FILLED.search(s))))


def _is_small_talk(s: str, words: set[str]) -> bool:
    if (not words.isdisjoint(_SMALL_TALK_WORDS) or "congrat" in s) and _PLEASANTRY.search(s):
        return not _BUSINESS_CONTEXT.search(s) or bool(re.search(r"\b(?:hope|enjoy|happy)\b", s))
    if words.isdisjoint(_PERSONAL_WORDS) or not _PERSONAL.search(s) or _BUSINESS_CONTEXT.search(s):
        return False
    if not _AFFECT.search(s):
        return False
    if _WEATHER.search(s) or _WISH_AFFECT.search(s):
        return True
    if re.match(r"how\s+(?:was|were|did)\b", s) and len(s) < 60:
        return not re.search(r"\b(?:meeting|call|demo|review|qbr|training|webinar|session)\b", s)
    return bool(_PERSON_REF.search(s))


_QMARK = re.compile(r"(?<=\w)\s?\?+(?=[\s\"')\]]|$)")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")


def _is_question(s: str) -> bool:
    if "?" in s and _QMARK.search(s):
        core = s.split("?")[0].strip().rstrip("?").strip()
        return not _RHETORICAL.match(core + "?") and not _RHETORICAL.match(core)
    if "wonder" not in s and "curious" not in s and "advise" not in s and "confirm" not in s:
        return False
    return bool(_INDIRECT_Q.search(s))


# Gates: a family's regexes run only when the sentence has one of its trigger words.
_THANKS_WORDS = frozenset(
    [
        "thank", "thanks", "thankyou", "thx", "thanx", "thnx", "tks", "ty", "appreciate",
        "appreciates", "appreciated", "grateful", "gracias", "merci", "danke", "obliged", "cheers",
        "gratefully", "gratitude", "appreciation"
    ]
)
_COMPLIMENT_WORDS = frozenset(
    [
        "great", "excellent", "fantastic", "amazing", "awesome", "outstanding", "brilliant",
        "superb", "terrific", "wonderful", "impressive", "stellar", "phenomenal", "top", "fabulous",
        "incredible", "insightful", "thoughtful", "super", "really", "very", "so", "excellente",
        "done", "kudos", "hats", "nice", "good", "nailed", "rock", "killed", "been", "appreciate",
        "impressed", "love", "loved", "loves", "bravo", "deserved", "félicitations", "chapeau",
        "travail", "faster"
    ]
)
_SMALL_TALK_WORDS = frozenset(
    [
        "hope", "hoping", "trust", "how", "how's", "hows", "it's", "happy", "merry", "season's",
        "have", "enjoy", "safe", "good", "welcome", "sorry", "wishing", "sending", "bon", "bonne",
        "bonnes", "bons", "j'espère", "heard", "great", "nice", "congrats", "congratulations",
        "congrat", "congratulation", "congratulating", "congratulate", "congratulated",
        "lovely", "wonderful", "pleasure", "treat", "joy", "delight",
    ]
)
_REDIRECT_WORDS = frozenset(
    [
        "asked", "behalf", "handling", "managing", "coordinating", "taking", "covering",
        "responsible", "contact", "please", "kindly", "going", "assistant", "person", "part",
        "demandé", "forward"
    ]
)
_LEFT_WORDS = frozenset(
    ["longer", "left", "departed", "last", "moved", "retired", "plus", "quitt\u00e9"]
)
_OOO_WORDS = frozenset(
    [
        "office", "ooo", "away", "leave", "vacation", "holiday", "pto", "traveling", "travelling",
        "out", "automatic", "auto", "reply", "autoreply", "access", "return", "returning", "back",
        "upon", "urgent", "immediate", "automated", "absent", "absente", "congé", "congés", "retour"
    ]
)
_MAX_SENTENCE = 600  # longer "sentences" are lists or pasted documents: read only their start


def classify_sentence(sentence: str, *, direction: Direction) -> set[str]:
    """Sentence-level marker kinds the grammar finds in one sentence (lower-cased inside)."""
    s = sentence[:_MAX_SENTENCE].translate(_APOSTROPHE).strip().lower()
    if "/" in s or "@" in s:
        s = _URL.sub(" ", s)
    found: set[str] = set()
    if not s:
        return found
    words = _words_of(s)
    question = _is_question(s)
    small = (
        not (
            words.isdisjoint(_SMALL_TALK_WORDS)
            and words.isdisjoint(_PERSONAL_WORDS)
            and "congrat" not in s
        )
        and _is_small_talk(s, words)
    ) or _is_life_aside(s)
    if small:
        found.add(SMALL_TALK)
    if question and not small:
        found.add(QUESTION)
    if not words.isdisjoint(_THANKS_WORDS) and _THANKS.search(s) and not _NO_THANKS.search(s):
        found.add(THANKS)
    if not words.isdisjoint(_COMPLIMENT_WORDS) and _affirmed(_COMPLIMENT, s) or _is_praise(s):
        found.add(COMPLIMENT)
    far = _far(s, words)
    deferral = _is_deferral(s, words, far) and not _SEASON_WISH.search(s)
    if deferral:
        found.add(DEFERRAL)
        if SMALL_TALK in found and not _PLEASANTRY.search(s):
            found.discard(SMALL_TALK)  # "when I'm back from leave in June" is about the date
    elif _is_feature_ask(s, words, question):
        found.add(FEATURE_ASK)
    if direction is Direction.RECEIVED:
        if deferral and _accepts(s) and _EXPANSION_OBJECT.search(s):
            found.discard(DEFERRAL)  # "please move us to Enterprise at renewal in May": a yes
            deferral = False
        if not deferral and FEATURE_ASK not in found and _accepts(s):
            found.add(ACCEPTANCE)  # a yes, whatever it waits on, is no decline
        elif _is_concrete_decline(s, far):
            found.add(CONCRETE_DECLINE)
        elif not deferral and FEATURE_ASK not in found and (
                _is_vague_decline(s, words, far) or _is_open_no(s)
                or _is_plain_no(s, far) or _is_flat_no(s, far) or _is_said_no(s, far)):
            found.add(VAGUE_DECLINE)
        if not deferral and not found & {FEATURE_ASK, ACCEPTANCE, CONCRETE_DECLINE,
                                         SMALL_TALK} and _busy_then_later(s, words, far) \
                and not _SEASON_WISH.search(s):
            found.add(DEFERRAL)  # an open no kept: said to an offer, it is the offer's answer
    elif _is_expansion_proposal(s) or _offer_made(s):
        found.add(EXPANSION_PROPOSAL)
    if not words.isdisjoint(_REDIRECT_WORDS) and _REDIRECT.search(s):
        found.add(ASSISTANT_REDIRECT)
    if not words.isdisjoint(_LEFT_WORDS) and _LEFT.search(s):
        found.add(LEFT_COMPANY)
    if not words.isdisjoint(_OOO_WORDS) and _OOO.search(s) and (
        _OOO_STRONG.search(s) or "until" in words
    ):
        found.add(OUT_OF_OFFICE)
    return found


def detect(text: str, *, direction: Direction, subject: str = "") -> Markers:
    """Markers in `text` (the new text of one message), with one short quote per kind. Our
    own new threads' `subject` is read with the first lines: an offer may be only there."""
    counts: dict[str, int] = {}
    quotes: dict[str, str] = {}
    if not text or not text.strip():
        if direction is Direction.SENT and subject and _is_subject_offer(subject, []):
            counts[EXPANSION_PROPOSAL] = 1
            quotes[EXPANSION_PROPOSAL] = _trim(subject)
        return Markers(counts, quotes)
    text = text.translate(_APOSTROPHE)
    bangs = text.count("!")
    if bangs:
        counts[EXCLAMATION] = bangs
    emoji = _count_emoji(text)
    if emoji:
        counts[EMOJI] = emoji
    # Someone else's words, quoted inline, are not the sender's.
    quoting = '"' in text or "\u201c" in text or "\u00ab" in text
    own = _QUOTED_SPEECH.sub(" ", text) if quoting else text
    sentences = split_sentences(own[:_MAX_TEXT])
    if direction is Direction.RECEIVED and _EXACT_DAY.search(own[:_MAX_TEXT]):
        counts[EXACT_DATE] = 1
    if sentences and _personal_greeting(sentences[0]):
        counts[GREETING] = 1
        quotes[GREETING] = _trim(sentences[0])
    if _is_terse(sentences):
        counts[TERSE] = 1
        quotes[TERSE] = _trim(" ".join(sentences))
    if _warm_signoff(sentences):
        counts[WARM_SIGNOFF] = 1
    deferring: list[str] = []
    for idx, sentence in enumerate(sentences):
        kinds = classify_sentence(sentence, direction=direction)
        # Small talk in the opening ("Hi, hope the move went well") makes the greeting personal.
        opening = idx == 0 or (idx == 1 and _GREETING.match(sentences[0]))
        if opening and SMALL_TALK in kinds and GREETING not in counts:
            counts[GREETING] = 1
            quotes[GREETING] = _trim(sentence)
        if DEFERRAL not in kinds and _strain_then_later(
                sentence, sentences[idx + 1: idx + 3], fragments=direction is Direction.RECEIVED
                and not kinds & {CONCRETE_DECLINE, ACCEPTANCE, FEATURE_ASK}):
            # "Not the best moment for us. After the audit would be better."; "We're slammed.
            # April?"; "Talk in April? Swamped now."
            kinds.add(DEFERRAL)
            kinds.discard(VAGUE_DECLINE)
        then = sentences[idx + 1] if direction is Direction.RECEIVED and idx + 1 < len(
            sentences) else None
        if then is not None and not kinds & {DEFERRAL, VAGUE_DECLINE, CONCRETE_DECLINE,
                                             ACCEPTANCE} and _now_then_later(sentence, then):
            kinds.add(VAGUE_DECLINE)  # "We're mid-transition, so not now. Later this spring."
        if then is not None and not kinds & {DEFERRAL, CONCRETE_DECLINE, ACCEPTANCE,
                                             FEATURE_ASK, SMALL_TALK} and _state_then_later_pair(
                sentence, then):
            kinds.add(DEFERRAL)  # "We're in the middle of a big audit. Afterwards, maybe."
        if (
            direction is Direction.RECEIVED
            and CONCRETE_DECLINE not in kinds
            and idx + 1 < len(sentences)
            and len(sentence) < 300
            and (_concrete_pair_gate(sentence, sentences[idx + 1])
                 and _two_sentence_concrete(sentence, sentences[idx + 1])
                 or _dated_then_after_it(sentence, sentences[idx + 1]))
        ):
            kinds.add(CONCRETE_DECLINE)
            kinds.discard(VAGUE_DECLINE)
        if then is not None and FEATURE_ASK not in kinds and DEFERRAL not in kinds and \
                _named_then_asked(sentence, then):
            kinds.add(FEATURE_ASK)  # "Other vendors we looked at had X. Is it on yours?"
        learned_kinds = _learned(sentence, kinds, direction)
        if direction is Direction.RECEIVED and DEFERRAL in learned_kinds - kinds and _firm_time(
                low := sentence.translate(_APOSTROPHE).lower(), _words_of(low)) is not None:
            # The model reads a put-off, but not whether a reason comes with its firm time
            # ("Too close to year-end to sign anything; the first week of January we can take
            # it up" is a concrete decline the rules missed): its put-off to a firm time is a
            # dated answer, weighed as a dated no, never as an open-ended one.
            counts[EXACT_DATE] = 1
        for kind in learned_kinds & _GATED.keys() if GATE_LEARNED else ():
            learned_kinds.discard(kind)
            counts[_GATED[kind]] = counts.get(_GATED[kind], 0) + 1
        kinds |= learned_kinds
        if direction is Direction.RECEIVED and (_to_a_break(sentence, DEFERRAL in kinds) or (
                then is not None and DEFERRAL not in kinds and _break_then_after(sentence, then))):
            kinds.add(DEFERRAL)  # "Our office is closed the week of Christmas, can we talk after?"
            kinds.discard(CONCRETE_DECLINE)
            counts[HOLIDAY_BREAK] = counts.get(HOLIDAY_BREAK, 0) + 1
        if DEFERRAL in kinds:
            deferring.append(sentence)
        for kind in kinds:
            counts[kind] = counts.get(kind, 0) + 1
            if kind not in quotes:
                quotes[kind] = _trim(sentence, kind)
        if SMALL_TALK in kinds and _only_a_season_wish(sentence, direction):
            counts[SEASONAL] = counts.get(SEASONAL, 0) + 1
    if direction is Direction.SENT and subject and EXPANSION_PROPOSAL not in counts:
        body = [x for x in sentences[:4] if not _GREETING.match(x.lower())][:2]
        if _is_subject_offer(subject, body):
            counts[EXPANSION_PROPOSAL] = 1
            quotes[EXPANSION_PROPOSAL] = _trim(subject)
    if direction is Direction.RECEIVED:
        pointer = next((x for x in sentences[:12] if _ELSEWHERE.search(x.translate(_APOSTROPHE))),
                       "") or next((x for x in sentences[:12] if _points_on(x)), "")
        if pointer:
            counts[POINTS_ELSEWHERE] = 1
            quotes[POINTS_ELSEWHERE] = _trim(pointer)
            said = "" if ASSISTANT_REDIRECT in counts else _redirect_for_someone(sentences)
            if said:
                counts[ASSISTANT_REDIRECT] = 1
                quotes[ASSISTANT_REDIRECT] = _trim(said, ASSISTANT_REDIRECT)
        if deferring and ASSISTANT_REDIRECT in counts:
            # "Pat is tied up until July; Jordan can help": the executive's calendar, said to
            # point elsewhere, puts nothing off (executive access weighs it, not procrastination)
            own_time = [x for x in deferring if not _third_person_away(x.translate(_APOSTROPHE))]
            if own_time:
                counts[DEFERRAL] = len(own_time)
                quotes[DEFERRAL] = _trim(own_time[0], DEFERRAL)
            else:
                del counts[DEFERRAL]
                quotes.pop(DEFERRAL, None)
    for kind, alone in _GATED.items():
        if kind in counts:
            counts.pop(alone, None)  # the rules read it in another sentence: theirs stands
    return Markers(counts, quotes)


def _learned(sentence: str, kinds: set[str], direction: Direction) -> set[str]:
    """Kinds the learned second stage (learned.py: why, and its figures) adds to a sentence the
    rules passed over, held to the grammar's definitions: a deferral says when (a time, or
    "until/after/once" an event, "later", "again"; "let's put it on hold" alone does not), and
    a wish for the season is none."""
    added = learned.added(sentence, kinds, direction=direction)
    if DEFERRAL in added:
        s = sentence.translate(_APOSTROPHE).lower()
        words = _words_of(s)
        if _SEASON_WISH.search(s) or not (
                _LEARNED_WHEN.search(s) or _far(s, words) or _near(s, words)):
            added.discard(DEFERRAL)
    return added


_LEARNED_WHEN = re.compile(r"\b(?:until|till|after|once|later|again|down\s+the\s+road)\b")


def _to_a_break(sentence: str, deferral: bool) -> bool:
    """A put-off to or past a holiday or a break, in any calendar: a deferral naming one, or a
    break named with a time after it or a plan to meet then ("everyone's taking PTO over the
    holidays, let's plan for the second week of January"; "after Diwali works better")."""
    s = sentence[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
    m = _BREAK.search(s)
    if not m or _PAST_REPORT.search(s) or _SEASON_WISH.search(s) and not deferral:
        return False
    return deferral or bool(_AFTER_BREAK.search(s, 0, m.start()) or _AFTER_BREAK.search(s, m.end()))


def _break_then_after(first: str, second: str) -> bool:
    """(fourteenth round) The same put-off over two sentences: a holiday or a break named,
    then only a time after it ("Over the festive season the yard runs a skeleton crew.
    January, please."; "Christmas week is a dead week here. The first week of January is
    fine."; "The office shuts for the end-of-year break. After that."). Not a wish for the
    season, a past report, or a second sentence that says more than when."""
    a = first[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
    b = second[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    brk = _BREAK.search(a)
    if len(b.split()) > 12 or not brk or _SEASON_WISH.search(a) or _PAST_REPORT.search(a):
        return False
    if re.search(r"\bin\s+(?:the\s+)?$", a[:brk.start()]) or _RETURN_DAY.search(b) or \
            _RETURNING_ON.search(a):
        return False  # "a visit in Easter week" dates an event; "back on the 21st" is an OOO's
    if _ONLY_LATER.fullmatch(b) or _AFTER_THE_BREAK.match(b):
        return True  # the whole sentence is the time ("back in January" is no past here)
    if _MONTH_DESCRIBED.search(b):
        return False  # "January is always grey" describes the month, it proposes no time
    return bool(_LATER_FRAGMENT.match(b) or _AFTER_BREAK.search(b)) and not _PAST_REPORT.search(b)


# An out-of-office's return: a day by its number, or what happens to the mail ("Back on the
# 21st.", "Messages will be answered after the break.").
_RETURN_DAY = re.compile(r"\d|\b(?:messages?|e-?mails?|mail|inbox)\b")
_MONTH_DESCRIBED = re.compile(
    r"\b(?:january|february)\s+(?:is|'s|was|tends|always|can\s+be)\b(?!\s+(?:\w+\s+)?(?:fine|"
    r"better|kinder|best|good|ok|okay|our|where|when|the\s+(?:time|earliest|soonest)|more|easier|"
    r"free|open|it|calmer|quieter)\b)")
_RETURNING_ON = re.compile(r"\b(?:return\w*|back|reopen\w*)\b[^.;]{0,20}\d")  # "returning the 17th"
# A sentence led by the time after a break: "January, please.", "Mid-January, better.", "Back
# in the new year.", "After the first week of January.", "We talk after the 8th.", "Catch you
# in January.", "Let's speak in January.", "mid jan"
_AFTER_THE_BREAK = re.compile(
    r"^(?:(?:so|then|but|and|maybe|perhaps)[,\s]+)?(?:(?:we(?:'ll|\s+will)?|i(?:'ll|\s+will)?)\s+"
    r"(?:be\s+)?(?:talk|speak|answer|resume|reply)\w*\s+|let's\s+(?:speak|talk|meet|pick\s+it\s+up|"
    r"book\s+something)\s+|catch\s+you\s+|back\s+|(?:we're|we\s+are|we'll\s+be)\s+back\s+)?"
    r"(?:(?:after|from|in|on|for)\s+)?(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?:first|second)\s+"
    r"week\s+of\s+)?(?:january|jan|february|feb|new\s+year|\d{1,2}(?:st|nd|rd|th)|epiphany|that|"
    r"week\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th)?)\b(?:[,\s]+(?:please|then|better|is\s+(?:fine|kinder|"
    r"better)|ajò|for\s+everything\s+else|we\s+talk|let's\s+say|probably|maybe)\b)*[\s.!?]*$"
)


def _only_a_season_wish(sentence: str, direction: Direction) -> bool:
    """Small talk that is a wish for the season and nothing more: without the wish, the
    sentence says nothing personal ("Happy holidays, hope the kids love the snow!" does)."""
    s = sentence.translate(_APOSTROPHE).lower()
    if not _SEASON_WISH.search(s):
        return False
    return SMALL_TALK not in classify_sentence(_SEASON_WISH.sub(" ", s), direction=direction)


# Assistant redirects that describe someone else's lack of availability and point elsewhere:
# "Pat's calendar is fully committed through year-end; Jordan can help you with this." The
# person is named (a capitalised name, or he/she/they), never the writer ("I'm away" is an
# out-of-office), so these run on the original case.
_NAME = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[Hh]e|[Ss]he|[Tt]hey)"
_POSS = r"(?:[A-Z][a-z]+'s|[Hh]is|[Hh]er|[Tt]heir)"
def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _factored(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled with its alternatives that start with a name (or a possessive) sharing
    that start: the same matches, but the name is tried once per position, not once per
    alternative (these run on every received message)."""
    alts = _split_top(pattern)
    if len(alts) == 1 and pattern.startswith("(?:") and pattern.endswith(")"):
        alts = _split_top(pattern[3:-1])
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for a in alts:
        lead = next((p for p in (r"\b" + _NAME, r"\b" + _POSS) if a.startswith(p)), None)
        if lead is None:
            rest.append(a)
        else:
            groups.setdefault(lead, []).append(a[len(lead):])
    merged = [lead + "(?:" + "|".join(tails) + ")" for lead, tails in groups.items()]
    return re.compile("|".join(merged + rest))


_THIRD_AWAY = _factored(
    r"(?:\b" + _POSS + r"\s+(?i:calendar|schedule|diary|agenda)\s+(?i:is|are|has\s+been|'s)\s+"
    r"(?i:[\w'-]+\s+)?(?i:committed|booked|full|packed|blocked|maxed|closed)"
    r"|\b" + _POSS + r"\s+(?i:calendar|schedule)\s+(?i:won't|will\s+not|doesn't|does\s+not|"
    r"can't)\s+(?i:allow|accommodate|permit)"
    r"|\b" + _NAME + r"\s+(?i:is|will\s+be|'s)\s+(?i:[\w'-]+\s+)?(?i:unavailable|fully\s+booked|"
    r"booked\s+(?:up|solid)|tied\s+up|not\s+available|unable\s+to\s+(?:meet|join|take|attend|"
    r"make))"
    r"|\b" + _NAME + r"\s+(?i:has)\s+(?i:no)\s+(?i:availability|time|capacity|bandwidth)"
    r"|\b" + _NAME + r"\s+(?i:isn't|is\s+not|won't\s+be|will\s+not\s+be)\s+(?i:[\w'-]+\s+)?"
    r"(?i:taking|available|able\s+to|joining|attending)"
    r"|\b" + _NAME + r"\s+(?i:can't|cannot|won't\s+be\s+able\s+to)\s+(?i:make|find|take)\s+"
    r"(?i:the\s+)?(?i:time)"
    r"|\b(?i:replying|responding|writing|answering)\s+(?i:for|on\s+behalf\s+of)\s+" + _NAME
    + r"|\b(?i:who\s+is)\s+(?i:unavailable|away|not\s+available)"
    # ...or speaks for them: "as Pat's assistant", "the office of Pat", "Pat has asked that"
    r"|\b(?i:as|i'm|i\s+am)\s+" + _POSS + r"\s+(?i:executive\s+|personal\s+)?(?i:assistant|ea|pa)\b"
    r"|\b(?i:office\s+of)\s+" + _NAME
    + r"|\b" + _NAME + r"\s+(?i:has\s+)?(?i:asked|requested)\s+(?i:that|me|us)\b"
    # ...or works for them: "this is Pat's EA", "I support Pat", "writing from Pat's office",
    # "I manage correspondence for Pat", "I help Pat with scheduling"
    r"|\b(?i:this\s+is|as|i'm|i\s+am|from|writing\s+from|writing\s+as)\s+" + _POSS
    + r"\s+(?i:executive\s+|personal\s+)?(?i:assistant|ea|pa|chief\s+of\s+staff|office|"
    r"scheduler|team)\b"
    r"|\b(?i:i|we)\s+(?i:support|assist|help|work\s+for)\s+" + _NAME + r"\b"
    r"|\b(?i:writing|replying|responding|answering)\s+(?i:for|on\s+behalf\s+of)\s+" + _NAME
    + r"|\b(?i:i|we)\s+(?i:manage|handle|look\s+after|run|coordinate)\s+(?i:the\s+)?"
    r"(?i:correspondence|scheduling|calendar|diary|inbox|e-?mails?|mail)\s+(?i:for)\s+" + _NAME
    # ...or says they cannot give it time: "Pat is heads-down on the board cycle", "no room in
    # Pat's diary", "Pat can't fit this in", "given Pat's commitments", "Pat is out of pocket"
    + r"|\b" + _NAME + r"\s+(?i:is|'s|will\s+be)\s+(?i:[\w'-]+\s+)?(?i:travell?ing|heads[- ]down|"
    r"out\s+of\s+pocket|stepping\s+(?:back|away)|swamped|slammed|over-?committed|"
    r"stretched|snowed\s+under|buried|fully\s+committed|committed\s+elsewhere)"
    r"|\b" + _NAME + r"\s+(?i:can't|cannot|can\s+not|won't\s+be\s+able\s+to|is\s+unable\s+to|"
    r"isn't\s+able\s+to|won't)\s+(?i:fit|squeeze|make|find|spare|give|have)\s+(?i:[\w'-]+\s+){0,3}?"
    r"(?i:in|time|the\s+time|room|bandwidth|capacity)\b"
    r"|\b" + _NAME + r"\s+(?i:has|'s\s+got)\s+(?i:a\s+)?(?i:very\s+|quite\s+|an?\s+)?"
    r"(?i:limited|full|packed|tight|heavy|crowded)\s+(?i:schedule|calendar|diary|agenda|plate)"
    r"|\b(?i:no|little)\s+(?i:room|slot|space|time|openings?|availability|capacity)\s+"
    r"(?i:left\s+)?(?i:in|on)\s+" + _POSS + r"\s+(?i:diary|calendar|schedule|agenda)"
    r"|\b" + _POSS + r"\s+(?i:time|schedule|calendar|diary|bandwidth|availability)\s+"
    r"(?i:is|are|has\s+been)\s+(?i:[\w'-]+\s+)?(?i:committed|taken|spoken\s+for|limited|"
    r"booked|full|allocated|tied\s+up)"
    r"|\b(?i:given|with)\s+" + _POSS + r"\s+(?i:[\w'-]+\s+)?(?i:commitments|schedule|"
    r"calendar|workload|diary|travel)"
    r"|\b(?i:checked|spoke|confirmed)\s+(?i:with)\s+" + _NAME + r"\b"
    r"|\b" + _NAME + r"\s+(?i:won't|will\s+not|wouldn't|isn't|is\s+not)\s+(?i:be\s+)?"
    r"(?i:the\s+)?(?i:right|best|appropriate)\s+(?i:contact|person)"
    # ...or hands it on: "Pat has handed this over to Jo", "Pat would like Jo to take the lead"
    r"|\b" + _NAME + r"\s+(?i:has\s+|have\s+)?(?i:handed|passed|delegated|transferred|assigned|"
    r"moved)\s+(?i:[\w'-]+\s+){1,3}?(?i:over\s+)?(?i:to)\s+" + _NAME
    + r"|\b" + _NAME + r"\s+(?i:would\s+like|wants|'d\s+like|asked)\s+" + _NAME
    + r"\s+(?i:to)\s+(?i:take|lead|handle|own|pick|run|cover|step)\b"
    # issue 10, third round: "I manage Pat's inbox", "I screen Pat's email", "I keep Pat's
    # calendar", "I coordinate for Pat", "assistant to Pat", "Pat's office here", "per Pat",
    # "as requested by Pat", "on Pat's instruction", "Pat prefers that vendors ..."
    r"|\b(?i:i|we)\s+(?i:manage|handle|screen|keep|run|look\s+after|triage|monitor|field|"
    r"organi[sz]e)\s+" + _POSS + r"\s+(?i:[\w'-]+\s+)?(?i:inbox|e-?mails?|mail|calendar|"
    r"schedule|diary|agenda|correspondence|requests|meetings)"
    r"|\b(?i:i|we)\s+(?i:coordinate|schedule|work|answer|screen)\s+(?i:for|on\s+behalf\s+of)\s+"
    + _NAME + r"|\b(?i:assistant|ea|pa|chief\s+of\s+staff)\s+(?i:to|for)\s+" + _NAME
    + r"|(?:^|[-\u2013\u2014,]\s*|\b(?i:from|note\s+from)\s+)" + _POSS
    + r"\s+(?i:executive\s+|personal\s+)?(?i:office|assistant|ea|pa)\s*"
    r"(?i:here|writing|speaking)?\s*[,.:;!-]"
    r"|\b(?i:per|as\s+requested\s+by|at\s+the\s+request\s+of|as)\s+" + _NAME
    + r"(?:\s+(?i:has\s+)?(?i:asked|requested|instructed))?\s*[,.;!]"
    r"|\b(?i:on|at)\s+" + _POSS + r"\s+(?i:instruction|request|direction|behalf)"
    r"|\b" + _NAME + r"\s+(?i:prefers|would\s+prefer|has\s+asked|asked)\s+(?i:that\s+)?"
    r"(?i:vendors|you|we|i|me|us|partners|them|this|these|all)\b"
    + r"|\b" + _NAME + r"\s+(?i:is|'s|will\s+be)\s+(?i:[\w'-]+\s+){0,2}?(?i:on\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:leave|sabbatical)|on\s+the\s+road|out\s+of\s+the\s+country|unreachable|"
    r"in\s+meetings\s+all|not\s+(?:accepting|taking)|not\s+in\s+a\s+position|booked\s+through|"
    r"focused\s+(?:on|elsewhere)|away\s+(?:until|through|for))"
    r"|\b" + _NAME + r"\s+(?i:has|'s\s+got)\s+(?i:no|zero)\s+(?i:openings|room|slots?|free\s+time|"
    r"capacity|availability|time)"
    r"|\b" + _NAME + r"\s+(?i:can't|cannot|won't|will\s+not|doesn't|does\s+not|no\s+longer)\s+"
    r"(?i:commit|take\s+(?:this|it|that)\s+on|have\s+a\s+(?:free|spare|open)|meet\s+with\s+vendors|"
    r"covers?|handles?|own|deal\s+with|do\s+vendor)"
    r"|\b" + _POSS + r"\s+(?i:calendar|schedule|diary)\s+(?i:won't|will\s+not|doesn't)\s+"
    r"(?i:open|free|clear)"
    r"|\b" + _POSS + r"\s+(?i:commitments|workload|travel)\s+(?i:make|mean|rule)"
    r"|\b(?i:nothing|no\s+slots?)\s+(?i:open|available|free)\s+(?i:until|before|in)\b"
    r"|\b(?i:relationships?|vendors?|matters|requests|topics)\s+"
    r"(?i:for|on\s+behalf\s+of)\s+" + _NAME
    + r"|\b(?i:keep|keeping|take|taking|took|remove|removing)\s+" + _NAME + r"\s+(?i:off)\b"
    # issue 10, sixth round: more ways to say the executive is out of reach or has handed
    # over: "Pat won't be free", "Pat can't take this meeting", "Pat can't be reached", "Pat
    # has limited bandwidth", "Pat's calendar isn't open", "Pat is fully occupied", "Pat is in
    # back-to-back meetings", "Pat is off-site", "Pat is out of the picture", "no way to get
    # time with Pat", "Pat's responsibilities have changed", "Pat has moved to a different
    # role", "Pat has stepped back", "Pat won't be involved", "I'm the executive assistant"
    r"|\b" + _NAME + r"\s+(?i:isn't|is\s+not|won't\s+be|will\s+not\s+be|'s\s+not)\s+"
    r"(?i:[\w'-]+\s+)?(?i:free|around|reachable|involved|in\s+the\s+office|part\s+of)\b"
    r"|\b" + _NAME + r"\s+(?i:can't|cannot|won't|will\s+not|is\s+unable\s+to)\s+"
    r"(?i:take\s+(?:this|the|any|on|additional|more|new)|be\s+reached|be\s+involved|meet)\b"
    r"|\b" + _NAME + r"\s+(?i:has|'s\s+got)\s+(?i:very\s+)?(?i:limited|little|no)\s+"
    r"(?i:availability|time|capacity|bandwidth|room)\b"
    r"|\b" + _POSS + r"\s+(?i:calendar|schedule|diary)\s+(?i:isn't|is\s+not)\s+(?i:open|free)"
    r"|\b" + _NAME + r"\s+(?i:is|'s|will\s+be)\s+(?i:[\w'-]+\s+){0,2}?(?i:occupied|engaged|"
    r"consumed|absorbed|off-?site|out\s+of\s+the\s+picture|in\s+back-to-back|booked\s+until|"
    r"away)\b"
    r"|\b(?i:no\s+way\s+to\s+get|can't\s+get|hard\s+to\s+get)\s+(?i:any\s+)?(?i:time)\s+"
    r"(?i:with)\s+" + _NAME
    + r"|\b" + _POSS + r"\s+(?i:responsibilities|role|remit|priorities|portfolio)\s+"
    r"(?i:have\s+|has\s+)?(?i:changed|shifted|moved)"
    r"|\b" + _NAME + r"\s+(?i:has|have)\s+(?i:moved|changed|switched|stepped)\s+"
    r"(?i:to\s+a\s+(?:different|new)|roles|back|away|aside)\b"
    r"|\b(?i:i'm|i\s+am)\s+(?i:the|an?)\s+(?i:executive\s+|personal\s+)?(?i:assistant|ea|pa)\b"
    # ...or speaks for them, on their word: "rather than Pat", "who speaks for Pat", "per Pat's
    # request", "speaking for Pat", "I've been asked to point you to", "Pat has asked to be
    # taken off", "Pat has delegated this", "Pat is no longer the right contact"
    r"|\b(?i:rather\s+than|instead\s+of)\s+" + _NAME + r"\b"
    r"|\b(?i:covers?|speaks?|respond|review|answer|decide)\w*\s+(?i:[\w'-]+\s+){0,3}?(?i:for)\s+"
    r"(?:" + _POSS + r"|" + _NAME + r")"
    r"|\b(?i:per|at)\s+" + _POSS + r"\s+(?i:request|wishes|instruction|direction)"
    r"|\b(?i:speaking|answering)\s+(?i:for|on\s+behalf\s+of)\s+" + _NAME
    + r"|\b(?i:i've|i\s+have|we've|we\s+have|i\s+was|i'm|i\s+am)\s+(?i:been\s+)?(?i:asked|"
    r"instructed|told|directed)\s+to\s+(?i:point|pass|refer|redirect|send|forward|route|direct)"
    r"|\b" + _NAME + r"\s+(?i:has\s+|have\s+)?(?i:asked|requested|wants|would\s+like|prefers)\s+"
    r"(?i:to\s+(?:be|step))\b"
    r"|\b" + _NAME + r"\s+(?i:has\s+|is\s+)?(?i:delegated|reassigned|handing|delegating)\b"
    r"|\b" + _NAME + r"\s+(?i:is|'s)\s+(?i:no\s+longer)\s+(?i:the\s+)?(?i:right|best|"
    r"appropriate|main)\b"
    # a hand-off in the writer's own voice: "I'm passing this to Jordan"
    r"|\b(?i:i'm|i\s+am|i've|i\s+have|i'll|i\s+will|i)\s+(?i:going\s+to\s+)?(?i:hand|pass|forward|"
    r"redirect|rout|send|shar)\w*\s+(?i:this|it|your\s+\w+)\s+(?i:off\s+|over\s+|on\s+|along\s+)?"
    r"(?i:to|with)\s+" + _NAME + r")"
)
_ELSEWHERE = _factored(
    r"\b" + _NAME + r"\s+(?i:can|will|would|could)\s+(?i:[\w'-]+\s+)?(?i:help|assist|"
    r"pick\s+(?:this|it)\s+up|handle|take\s+(?:care|this|it|over)|cover|step\s+in|"
    r"be\s+(?:glad|happy|able)\s+to|meet)"
    r"|\b" + _NAME + r"\s+(?i:is|would\s+be|will\s+be)\s+(?i:the\s+|your\s+)?(?i:best\s+|right\s+|"
    r"appropriate\s+|main\s+|new\s+|primary\s+)?(?i:person|point\s+of\s+contact|contact)\b"
    r"|\b(?i:please|kindly)\s+(?i:[\w'-]+\s+)?(?i:work|connect|coordinate|speak|liaise|"
    r"follow\s+up|reach\s+out|get\s+in\s+touch)\s+(?i:with)\s+" + _NAME
    + r"|\b(?i:i'd|i\s+would|we'd)\s+(?i:suggest|recommend)\s+(?i:connecting|reaching\s+out|"
    r"speaking|working|contacting|writing)"
    r"|\b" + _NAME + r"\s+(?i:handles|owns|leads|manages|covers)\s+(?i:these|this|that|those)\b"
    # (fourteenth round) ...or a field of work named: "Jordan covers vendors", "Jordan handles
    # supplier matters"
    r"|\b" + _NAME + r"\s+(?i:handles|covers|looks\s+after|deals\s+with)\s+(?i:all\s+|our\s+)?"
    r"(?i:[a-z-]+\s+)?(?i:vendors?|suppliers?|matters|requests|questions|queries|accounts?|"
    r"contracts?|purchasing|procurement|software|systems|tools|it|renewals?|licen[cs]es?)\b"
    r"|\b(?i:direct|send|sending|forward|address|route|refer|take|taking|pass|passing|hand|"
    r"handing|delegated?|delegating)\s+(?i:this|it|that|these|them|your\s+\w+(?:\s+\w+)?)\s+"
    r"(?i:up\s+|over\s+|on\s+)?(?i:to|with)\s+" + _NAME
    + r"|\b(?i:coordinate|work|deal|liaise|speak|connect)\s+(?i:directly\s+)?(?i:with)\s+"
    + _NAME
    # "Jo is across the details", "Jo is your best bet", "Jo knows the account", "Jo has the
    # context", "Jo will follow up", "this belongs with Jo", "route this through Jo"
    + r"|\b" + _NAME + r"\s+(?i:is|'s|would\s+be|will\s+be)\s+(?i:probably\s+|also\s+|fully\s+|"
    r"much\s+|really\s+|already\s+)?(?i:across|on\s+top\s+of|up\s+to\s+speed|briefed|"
    r"closer\s+to|handling|leading|owning|covering|available|in\s+a\s+better\s+position|"
    r"(?:best|better|well)\s+placed|the\s+one\s+(?:who|to)|(?:the|your)\s+(?:best|better|right|"
    r"go-to)\s+(?:bet|fit|person|contact|choice|option))\b"
    # (fourteenth round) someone at hand for you: "Jordan is around for anything you need",
    # "Jordan is here to help in the meantime", "Jordan is on hand if you need anything"
    r"|\b" + _NAME + r"\s+(?i:is|'s|will\s+be)\s+(?i:still\s+|also\s+|always\s+)?(?i:around|"
    r"here|on\s+hand|at\s+your\s+(?:disposal|service))\s+(?i:for\s+(?:anything|any\s+\w+|whatever|"
    r"questions|you|help)|to\s+(?:help|assist|answer|support)|if\s+you|in\s+the\s+meantime|"
    r"meanwhile)\b"
    r"|\b" + _NAME + r"\s+(?i:knows|has|owns|holds)\s+(?i:[\w'-]+\s+){0,2}?(?i:account|"
    r"context|details|background|history|authority|relationship|time|file|picture)\b"
    r"|\b" + _NAME + r"\s+(?i:will|can|'ll)\s+(?i:follow\s+up|respond|reply|answer|be\s+in\s+"
    r"touch|get\s+back|reach\s+out|take\s+it\s+from\s+here)\b"
    r"|\b(?i:belongs|sits|lies)\s+(?i:with)\s+" + _NAME
    + r"|\b(?i:pls|plz)\s+(?i:[\w'-]+\s+)?(?i:work|connect|coordinate|speak|liaise|follow\s+up|"
    r"reach\s+out|get\s+in\s+touch)\s+(?i:with)\s+" + _NAME
    + r"|\b(?i:route|direct|send|take|bring|pass|address|raise)\s+(?i:this|it|that|these|them)\s+"
    r"(?i:up\s+)?(?i:through|via)\s+" + _NAME
    + r"|\b(?i:handed|passed|delegated|transferred|assigned|moved)\s+(?i:[\w'-]+\s+){1,3}?"
    r"(?i:over\s+)?(?i:to)\s+" + _NAME
    + r"|\b(?i:like|wants|asked)\s+" + _NAME + r"\s+(?i:to)\s+(?i:take|lead|handle|own|pick|"
    r"run|cover|step)\b"
    # issue 10, third round: "please reach out to Jordan", "loop in Jordan", "refer you to
    # Jordan", "hand this off to Jordan", "Jordan, who owns this area", "Jordan is the lead on
    # vendor topics", "Jordan runs point", "this now falls under Jordan"
    r"|\b(?i:please|kindly|pls|plz|can\s+you(?:\s+please)?|could\s+you(?:\s+please)?)\s+"
    r"(?i:[\w'-]+\s+)?(?i:reach\s+out|talk|speak|write|e-?mail|contact|ping|loop\s+in|check|"
    r"get\s+in\s+touch|follow\s+up|continue|schedule|send\s+(?:[\w'-]+\s+){0,2}|"
    r"(?:re)?direct\s+(?:[\w'-]+\s+){0,3}|bring\s+(?:this|it|that)|reach)\s*(?i:to|with|in)?\s+"
    + _NAME
    + r"|\b(?i:loop(?:ing)?\s+in|cc(?:'d|ing)?|copied|adding|added|point\s+you\s+to|"
    r"refer\s+you\s+to|"
    r"introduce\s+you\s+to|connect\s+you\s+with)\s+" + _NAME
    + r"|\b(?i:pass(?:ing|ed)?|rout(?:e|ed|ing)|redirect(?:ed|ing)?|shar(?:e|ed|ing)|send(?:ing)?|"
    r"sent|forward(?:ed|ing)?|hand(?:ed|ing)?|hand(?:ed|ing)?\s+off)\s+(?i:this|it|that|these|"
    r"them|your\s+\w+(?:\s+\w+)?)\s+(?i:off\s+|over\s+|on\s+|along\s+)?(?i:to|with)\s+" + _NAME
    + r"|\b" + _NAME + r",?\s+(?i:who|they|he|she)\s+(?i:owns?|manages?|covers?|runs?|handles?|"
    r"leads?|oversees?|is\s+responsible|are\s+responsible|is\s+in\s+charge|has\s+been\s+asked)\b"
    r"|\b" + _NAME + r"\s+(?i:is|'s|will\s+be|has\s+been)\s+(?i:now\s+|also\s+)?"
    r"(?i:the\s+|your\s+)?"
    r"(?i:new\s+|main\s+|designated\s+|acting\s+|day-to-day\s+)?(?i:owner|lead|decision-?maker|"
    r"point\s+person|counterpart|go-to|one\s+who|one\s+handling|who\s+(?:you\s+want|makes|handles|"
    r"owns|decides)|responsible|in\s+charge|acting|empowered|covering|managing|running|briefed)\b"
    r"|\b" + _NAME + r"\s+(?i:owns|manages|runs|covers|handles|leads|oversees|decides)\s+"
    r"(?i:point|the|this|that|these|budget|vendor|software|all|our|it)\b"
    r"|\b" + _NAME + r"\s+(?i:has)\s+(?i:full\s+|final\s+)?"
    r"(?i:authority|taken\s+(?:it|this|that)\s+"
    r"over|been\s+briefed)\b"
    r"|\b" + _NAME + r"\s+(?i:knows)\s+(?i:this|the)\s+(?i:area|space|topic|subject|file)\b"
    r"|\b(?i:falls|sits|lives)\s+(?i:under|with)\s+" + _NAME
    + r"|\b(?i:work|go|route|come|run)\s+(?i:through|via)\s+" + _NAME
    + r"|\b(?i:continue|work|follow\s+up|reach\s+out|coordinate|deal)\s+"
    r"(?i:directly\s+)?(?i:with)\s+"
    r"(?:them|him|her)\b"
    r"|(?:^|[:;,.-]\s*)(?i:reach\s+out|talk|speak|write|e-?mail|contact|ping|get\s+in\s+touch|"
    r"check)\s+(?i:to|with)\s+" + _NAME
    # issue 10, sixth round: a verb sending mail, meetings or questions, a few words of what,
    # then the person ("please address further correspondence to Jordan", "route vendor
    # matters to Jordan", "pass you along to Jordan", "set the meeting up with Jordan",
    # "your request has been passed to Jordan"), and the other person as the one who knows or
    # decides now ("Jordan has taken over", "Jordan is familiar with", "Jordan can speak to",
    # "Jordan is in the loop", "Jordan coordinates vendors", "within Jordan's remit")
    + r"|\b(?i:send|sent|route|rout|reroute|re-route|address|direct|redirect|refer|pass|forward|"
    r"bring|set|correspond|move|raise|channel)(?i:s|ed|ing|ring|red)?\s+(?i:[\w'-]+\s+){0,4}?"
    r"(?i:up\s+|along\s+|over\s+|on\s+)?(?i:to|with)\s+" + _NAME
    + r"|\b" + _NAME + r"\s+(?i:is|'s|has|can|will|would|'ll)\s+(?i:[\w'-]+\s+){0,2}?"
    r"(?i:familiar|informed|in\s+the\s+loop|up\s+to\s+(?:date|speed)|taken\s+over|taking\s+over|"
    r"take\s+over|speak\s+(?:to|for|on)|make\s+decisions|looking\s+after|minding|in\s+charge|"
    r"the\s+lead|responsible|your\s+(?:main\s+|new\s+|primary\s+)?contact|decision)\b"
    r"|\b" + _NAME + r"\s+(?i:coordinates|oversees|manages|handles|runs|owns|speaks\s+for|"
    r"looks\s+after|takes\s+care\s+of)\b"
    r"|\b(?i:within|in|under)\s+" + _POSS + r"\s+(?i:remit|purview|area|scope|hands)\b"
    r"|\b" + _NAME + r"\s+(?i:be|become)\s+(?i:your|the)\s+(?i:main\s+|new\s+|primary\s+)?"
    r"(?i:contact|lead|point)"
    r"|\b" + _NAME + r"\s+(?i:to\s+)?(?i:take|takes|taking)\s+(?i:the\s+lead|over)\b"
)


# Issue 10, seventh round: redirects by construction. A named third person (not the writer,
# not a day or a month) as the subject of a clause that says they are out of reach ("Pat is
# at capacity", "Pat's time is very limited", "Pat won't be joining these calls anymore"), or
# a writer who speaks for them ("Pat asked if you could", "I've been asked by Pat to", "who
# manages this for Pat", "Pat's office here"); and more ways of naming the other person as
# the one to deal with ("Jordan is cc'd", "Jordan is in the loop", "Jordan owns vendor
# management now", "your best contact is Jordan").
_NOT_NAMES = (r"(?!(?:This|That|It|There|Here|Thanks|Thank|Hello|Hi|Hey|Good|Please|Sorry|"
              r"Unfortunately|Day|Your|Our|We|They|Everything|Everyone|Nothing|Things|Today|"
              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
              r"March|April|May|June|July|August|September|October|November|December|"
              r"Right|Now|Just|Also|But|And|So|If|When|The|Let|Best|Regards|Cheers|"
              r"Team|Happy|Great|Yes|No|Ok|Okay|Honestly)\b)")
_NO_PERSON = re.compile(_NOT_NAMES.replace("(?!", "(?=", 1))
_SOMEONE = r"(?:\b" + _NOT_NAMES + r"[A-Z][a-z]+|\b[Ss]he|\b[Hh]e)"
_SOMEONE_SUBJECT = re.compile(_SOMEONE + r"(?:'s\s+(?i:time|availability|calendar|schedule|diary|"
                              r"bandwidth|plate))?\s+(?=\w)")
_AWAY_STATE = re.compile(
    r"^(?:isn't|is\s+not|won't|will\s+not|can't|cannot|doesn't|does\s+not|is\s+unable\s+to|"
    r"isn't\s+able\s+to)\s+(?:\w+\s+)?(?:be\s+)?(?:available|taking|take|able|in\s+a\s+position|"
    r"free|reachable|accepting|meet|join|attend)\b|"
    r"^(?:is|'s|are|has|will|won't|doesn't|does\s+not|can't|cannot|isn't|is\s+not)\b[^.;:!?]*?"
    r"\b(?:unavailable|not\s+available|out\b|away\b|overseas|abroad|travell?ing|on\s+(?:leave|"
    r"vacation|holiday|sabbatical|the\s+road|the\s+campaign\s+trail)|in\s+the\s+field|at\s+"
    r"(?:conferences?|a\s+conference|an?\s+(?:offsite|off-site|summit))|in\s+(?:[\w-]+\s+)?"
    r"(?:meetings|surgery|hearings|court|session)|presiding|(?:fully\s+)?booked|committed|locked|"
    r"zero|nil|impossible|occupied|engaged\s+(?:in|with)|consumed|absorbed|"
    r"(?:no|little|limited)\s+(?:open\s+|spare\s+|free\s+)?(?:time|bandwidth|capacity|window|openings?|"
    r"availability|room|slots?)|(?:have|had)\s+(?:the\s+|a\s+|any\s+)?(?:time|bandwidth|capacity|"
    r"window|room|availability)|limited|accommodate|(?:joining|attending|available)\b[^.;:!?]*\b"
    r"(?:anymore|any\s+longer)|(?:isn't|is\s+not)\s+(?:the\s+)?(?:contact|point\s+person|right\s+"
    r"person)|no\s+longer\s+(?:the\s+)?(?:contact|point|handling|covering|involved|responsible|"
    r"joining)|pulled\s+(?:into|onto|away)|stepp(?:ing|ed)\s+(?:back|away|down)|dealing\s+with|"
    r"(?:very|extremely|incredibly|really)\s+busy)\b|"
    # eighth round: "Pat no longer looks after this area"
    r"^no\s+longer\s+(?:looks\s+after|handles|covers|owns|deals\s+with|manages|runs|oversees|"
    r"leads|works\s+on)\b")
_SPEAKS_FOR = re.compile(
    _SOMEONE + r"\s+(?:has\s+|had\s+)?(?:asked|wanted|requested|suggests|suggested|would\s+like|"
    r"prefers|referred|handed|passed|forwarded|routed|turned|received|reviewed)\b|"
    r"\b(?i:for|to)\s+" + _SOMEONE + r"\s*(?::|,\s+|\s+(?i:reached|came\s+to)\s+me)|"
    r"\bI\s+(?:handle|manage|do|run|coordinate|look\s+after|keep|screen)\s+(?:[\w-]+\s+){1,2}?"
    r"for\s+" + _SOMEONE + r"|\b(?i:asked\s+by|on\s+behalf\s+of|(?:manages|managing|"
    r"handling|handles|covering|covers)\s+(?:this|it|things)\s+for)\s+" + _SOMEONE
    + r"|\bI\s+(?:work\s+(?:with|for)|coordinate|support|assist)\s+" + _SOMEONE
    + r"|\b" + _NOT_NAMES + r"[A-Z][a-z]+'s\s+(?:office|admin|scheduler|assistant|EA|PA|"
    r"coordinator)\s+here\b|\b(?:[Tt]his\s+is|I'm|I\s+am)\s+[A-Z][a-z]+'s\s+(?:admin|scheduler|"
    r"coordinator|assistant|EA|PA)\b|\b(?i:assistant|admin|scheduler)\s+(?:to|for)\s+" + _SOMEONE)
_POINTER_MORE = re.compile(
    _SOMEONE + r"\s+(?:is|'s|will\s+be)\s+(?:\w+\s+)?(?:cc'?d|copied|on\s+(?:the\s+)?(?:thread|"
    r"email|cc|copy)|in\s+the\s+loop|aware|familiar|able|happy|glad|best|(?:well\s+)?briefed|"
    r"who\s+you|the\s+(?:[\w'-]+\s+){0,2}?(?:lead|expert|owner|contact|one|person|"
    r"decision-maker)|your\s+(?:person|contact|go-to)|covering|handling|managing|acting|"
    r"in\s+charge|responsible|who\s+(?:manages|handles|owns|decides|runs|leads))\b"
    r"|" + _SOMEONE + r"\s+(?:now\s+)?(?:owns|makes|represents|manages|leads|runs|decides|"
    r"oversees|took\s+(?:it|this|that)?\s*over|has\s+(?:taken\s+over|ownership|this|it)\b)"
    r"|\b(?i:best|right|new|main)\s+(?i:contact|person)\s+(?:is|will\s+be)\s+" + _SOMEONE
    + r"|\b(?i:work|go)\s+through\s+" + _SOMEONE
    + r"|\b(?i:reach\s+out|follow\s+up|meet|speak|talk)\s+(?i:to|with)\s+" + _SOMEONE
    + r"|\b(?i:steer|transfer|route|routed|redirect|forward|forwarded|turn(?:ed)?\s+(?:this|it)\s+"
    r"over|put\s+you\s+in\s+touch|introduce|hand(?:ed)?)\b[^.;:!?]{0,30}?\b(?i:to|with)\s+"
    + _SOMEONE + r"|\b(?i:loop(?:ed|ing)?|cc'?d?|copied|copying)\s+(?:in\s+)?" + _SOMEONE
    + r"|(?:" + _SOMEONE + r"|\bwho)\s+has\s+(?:asked|been\s+asked)\s+" + _SOMEONE + r"\s+to\b")


# Issue 10, eighth round (dev wording #7 read 71 % of its redirects and 42 % of its "the
# executive is unavailable" notes): redirects by construction, once more.
# (1) A contracted copula is a copula: "Pat's at the plant", "Jordan's got it", "Pat: on
# leave" read as "Pat is ...", "Jordan has got it" (a possessive, "Pat's team", is left alone:
# only a predicate's first word may follow).
_CONTRACTED = re.compile(
    r"\b(" + _NOT_NAMES + r"(?!(?:Who|What|Where|How|Why|Which|Whose)\b)[A-Z][a-z]+)(?:'s|:)\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:at|on|in|off|out|away|"
    r"abroad|overseas|offshore|underground|booked|tied|unavail\w*|unreachable|travell?ing|busy|"
    r"swamped|slammed|not|no|deep|stuck|fully|very|currently|still|now|also|the|our|your|"
    r"running|holding|covering|handling|looking|taking|stepping|acting|across|leading|working|"
    r"responsible|accountable|authori[sz]ed|back\s+(?:in|on|from|after|next|by))\b)")
# ...the third person may be named by their title ("the director is fully occupied", "our
# GM is at the plant all week").
_EXEC_TITLE = (r"(?i:director|manager|head|chief|president|vp|gm|ceo|cfo|coo|cto|cio|md|chair"
               r"(?:man|woman|person)?|principal|partner|publisher|owner|founder|boss|executive|"
               r"dean|superintendent|commissioner|minister|ep|producer|editor|captain|master)")
_TITLE_SUBJECT = re.compile(r"\b(?:[Tt]he|[Oo]ur)\s+(?:[a-z-]+\s+)?" + _EXEC_TITLE
                            + r"(?:'s\s+(?i:time|availability|calendar|schedule|diary))?\s+(?=\w)")
# ...and a writer who speaks for someone named by their title, or who answers our note to
# them: "the director's office here", "I'm the publisher's assistant", "resort GM's assistant
# here", "assistant of Pat", "Pat's secretary", "Pat says to", "re your email to Pat".
_SPEAKS_FOR_TITLE = re.compile(
    r"(?:^|[-\u2013\u2014,:;.!]\s*|\b(?i:from|this\s+is|i'm|i\s+am|as|writing\s+from)\s+)"
    r"(?:(?i:the|our)\s+)?(?:[\w-]+\s+)?[\w-]+'s\s+(?i:executive\s+|personal\s+)?"
    r"(?i:office|assistant|secretary|asst|ea|pa|chambers|scheduler)\b"
    r"(?=\s*(?:[,.:;!-]|$|(?i:here|writing|speaking|replying)\b))"
    r"|\b(?:(?i:this\s+is|i'm|i\s+am|as)\s+)(?:(?i:the|our)\s+)?(?:[\w-]+\s+)?[\w-]+'s\s+"
    r"(?i:executive\s+|personal\s+)?(?i:assistant|secretary|asst|ea|pa|scheduler)\b"
    r"|\b(?i:assistant|secretary|asst|ea|pa)\s+(?i:of|to)\s+" + _SOMEONE
    + r"|" + _SOMEONE + r"\s+(?:says|said)\s+(?:to|please)\b"
    r"|" + _SOMEONE + r"\s+(?:has\s+|had\s+)?[a-z]+ly\s+(?:asked|requested)\s+(?:that|me|us)\b"
    r"|\b(?i:re|regarding|about|re:)\s+(?i:your)\s+(?i:e-?mail|note|message|request|invitation|"
    r"invite|letter)\s+(?i:to)\s+" + _SOMEONE)
# (3) The other person takes it: they hold what decides it (a budget, the mandate, the
# portfolio, conduct of the matter, the keys; "Jordan holds the software budget", "Jordan has
# the vendor portfolio", "Jordan minds the systems budget", "Jordan keeps our systems
# running"), they stand in ("Jordan is stepping in", "Jordan is holding the fort", "Jordan
# is on the account", "Jordan is authorised to act", "Jordan is our point person"), said
# telegraphically ("Jordan covering", "Jordan in charge", "Jordan on it"), the role first
# ("deputy is Jordan", "responsible in the meantime is Jordan", "account owner: Jordan"), or
# the matter is theirs ("that's Jordan's remit now", "handled by Jordan"); and more verbs
# that send us to them ("sync with", "chat to", "get hold of", "take it up with", "go to").
_HELD = (r"(?i:budgets?|mandate|portfolio|remit|authority|conduct|keys|account|relationship|"
         r"contracts?|file|matter|decisions?|sign-?off|pen|reins|brief|responsibility|ownership|"
         r"vendors?|systems?|platform|tooling|say|purse\s+strings)")
_TAKES_IT = re.compile(
    _SOMEONE + r"\s+(?:now\s+|also\s+)?(?:holds|has|owns|keeps|minds|carries|inherits|inherited|"
    r"has\s+got|got)\s+(?:(?i:the|our|this|that|all|full|final|[\w-]+'s)\s+)?(?:[\w'-]+\s+){0,3}?"
    + _HELD + r"\b(?!\s*(?i:number|no\b|id\b|code|password|login))"
    r"|" + _SOMEONE + r"\s+(?:is|will\s+be|has\s+been)\s+(?:now\s+|also\s+|currently\s+)?"
    r"(?:stepping\s+in|holding\s+the\s+fort|running\s+the\s+show|on\s+it\b|on\s+(?:the|this|"
    r"our|your)\s+(?:account|file|case|matter)|authori[sz]ed|accountable|acting\s+(?:for|in|as)|"
    r"the\s+one\s+(?:handling|on\s+it|with\s+the|in\s+charge)|(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deputy|associate|delegate|stand-?in|backup|point\s+person|contact|lead)\b|"
    r"[\w-]+\s+lead\s+for)"
    r"|(?:^|[,;:.]\s*|\b(?i:with)\s+)" + _SOMEONE + r"\s+(?:covering|in\s+charge|on\s+it|"
    r"handling\s+it|stepping\s+in|acting)(?=\s*(?:[,.;!]|$|now|meanwhile|till|until|for\s+now|"
    r"in\s+the\s+role|for\s+(?:them|him|her)))"
    r"|" + _SOMEONE + r"\s+(?:has\s+)?got\s+(?:it|this)(?=\s*(?:[,.;!]|$|now|covered))"
    r"|\b(?i:deputy|responsible|in\s+charge|(?:account\s+)?owner|point\s+person|cover|backup|"
    r"stand-?in|delegate|substitute)\b[^.;:]{0,30}?(?:\s(?i:is)|:)\s+" + _SOMEONE + r"\b"
    r"|\b(?i:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:now\s+)?[A-Z][a-z]+'s\s+(?i:remit|call|"
    r"area|department|domain|responsibility|decision|patch|desk|turf|bailiwick)\b"
    r"|\b(?i:handled|owned|covered|managed|run|led|looked\s+after|taken\s+care\s+of)\s+by\s+"
    + _SOMEONE
    + r"|(?:^|[,;:.\u2014-]\s*|\b(?i:please|kindly|pls|best\s+to|better\s+to|you\s+should|"
    r"you\s+can|you\s+could|feel\s+free\s+to)\s+)(?i:sync|chat|catch\s+up|check\s+in|"
    r"touch\s+base|get\s+hold\s+of)\s+(?i:with\s+|to\s+)?" + _SOMEONE
    + r"|\b(?i:take|taking)\s+(?:[\w'-]+\s+){1,4}?(?i:up)\s+(?i:with)\s+" + _SOMEONE
    + r"|\b(?i:please|kindly|pls|should|best\s+to|correspondence|questions|requests|queries|"
    r"matters)\s+(?:[\w-]+\s+)?(?i:go|goes)\s+(?i:straight\s+|directly\s+)?(?i:to)\s+" + _SOMEONE
    + r"|\b" + _SOMEONE + r"\s+(?:has\s+|have\s+)?(?i:handed|passed|delegated|transferred|assigned)"
    r"\s+(?:[\w'-]+\s+){1,6}?(?i:over\s+)?(?i:to)\s+" + _SOMEONE)
_CONTRACTED_GOT = re.compile(r"\b(" + _NOT_NAMES + r"[A-Z][a-z]+)'s\s+(?=got\b)")


def _points_on(sentence: str) -> bool:
    """The sentence names another person to deal with, in the seventh and eighth rounds' words
    (the first rounds' words: _ELSEWHERE)."""
    s = _uncontracted(sentence.translate(_APOSTROPHE))
    return bool(_POINTER_MORE.search(s) or _TAKES_IT.search(s))


def _uncontracted(s: str) -> str:
    """`s` (apostrophes made plain) with a name's contracted copula spelt out."""
    if "'s" not in s and ":" not in s:
        return s
    return _CONTRACTED.sub(r"\1 is ", _CONTRACTED_GOT.sub(r"\1 has ", s))


# (2) Away for a span: a third person engaged somewhere or in something (a place, a leave, a
# project they lead) for a stretch of time ("Pat is on the plant floor through March", "Pat is
# in the vineyard all week", "Pat is leading the restructure full-time", "Pat is on rotation,
# back in January"), or telegraphic ("Pat away", "Pat unavail til May"); and the same person
# who "has delegated this" in the same clause. Their being available is no absence.
_ENGAGED = re.compile(
    r"^(?:is|are|will\s+be|has\s+been|remains|stays)\s+(?:[a-z]+ly\s+)?(?:at|on|in|out|off|away|"
    r"abroad|overseas|offshore|underground|deep|tied|stuck|engaged|heads-down|buried|busy|"
    r"travell?ing|visiting|touring|leading|running|working|preparing|installing|attending|"
    r"focused|seconded|locked|booked|full-time|unavail\w*|unreachable|not\s+(?:around|reachable|"
    r"free))\b(?![^.;:!?]*\b(?:available|free\s+to|happy\s+to|glad\s+to|able\s+to|join\s+us)\b)"
    r"[^.;:!?]{0,80}?\b(?:until|till|til|through|thru|throughout|all\s+(?:day|week|month|quarter|"
    r"season|year|summer|winter|spring|autumn)|every\s+day|full-time|for\s+the\s+(?:rest|"
    r"remainder|duration)|for\s+(?:the\s+next\s+)?(?:a\s+few|several|two|three|\d+)\s+"
    r"(?:weeks|months)|this\s+(?:week|month|quarter|season)|during|back\s+(?:in|on|from|after|"
    r"next|by|mid|early|late))\b|"
    r"^(?:won't|will\s+not|can't|cannot|isn't\s+going\s+to)\s+(?:[a-z]+\s+){1,3}?(?:until|till|"
    r"before)\b|"
    r"^(?:is|are|will\s+be)\s+(?:at\s+sea|offshore|underground|on\s+(?:the\s+)?(?:road|site|"
    r"shop\s+floor|plant\s+floor)|in\s+the\s+field)\b")
_TELEGRAPHIC_AWAY = re.compile(
    r"^(?:(?:very|fully|totally|completely)\s+)?(?:away|unavail\w*|not\s+around|busy|"
    r"booked\s+(?:solid|up)|tied\s+up|swamped|slammed|snowed\s+under|off\s+(?:sick|grid))"
    r"(?=\s*(?:[,.;:!]|$|until|till|til|through|this|all|for|back))")
_AND_DELEGATED = re.compile(
    r"^[^.;:!?]*?\b(?:and|but|so)\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:delegated|"
    r"handed|passed|assigned|transferred)\b")
_AND_THEN = re.compile(r"\b(?:and|but|so)\s+(?=(?:is|has|will|won't|can't|isn't|remains)\b)")


def _third_person_away(s: str) -> bool:
    """The sentence (apostrophes made plain) is about someone else's time, not the writer's."""
    return bool(_THIRD_AWAY.search(s)) or _someone_away(s)


def _someone_out_of_reach(s: str) -> bool:
    """A named third person out of reach, or a writer speaking for them (case kept)."""
    s = _uncontracted(s)
    return bool(_SPEAKS_FOR.search(s) or _SPEAKS_FOR_TITLE.search(s)) or _away_in(s)


def _someone_away(s: str) -> bool:
    """A third person (by name or title) as the subject of a clause saying they are out of
    reach: away, busy, engaged elsewhere for a span, or handing it on (case kept)."""
    return _away_in(_uncontracted(s))


def _away_in(s: str) -> bool:
    """_someone_away of a sentence whose contracted copulas are already spelt out."""
    for m in (*_SOMEONE_SUBJECT.finditer(s), *_TITLE_SUBJECT.finditer(s)):
        rest = s[m.end():].lower()
        if _AWAY_STATE.match(rest) or _ENGAGED.match(rest) or _AND_DELEGATED.match(rest) or (
                m.start() == 0 or s[m.start() - 1] in "\n") and _TELEGRAPHIC_AWAY.match(rest):
            return True
        clause = re.split(r"[.;:!?]", rest, maxsplit=1)[0]
        if any(_AWAY_STATE.match(clause[a.end():]) or _ENGAGED.match(clause[a.end():])
               for a in _AND_THEN.finditer(clause)):
            return True  # "Pat has taken on the merger and has no spare time until May"
        if re.match(r"(?:is|'s|are|has|will|won't|doesn't|can't|isn't)\b", clause) and \
                _state_now(clause, _words_of(clause)):
            return True
    return False


def _redirect_for_someone(sentences: list[str]) -> str:
    """The sentence saying someone else is unavailable (the message points elsewhere)."""
    for sentence in sentences[:12]:
        s = sentence.translate(_APOSTROPHE)
        m = _THIRD_AWAY.search(s)
        if m and not _NEG_BEFORE.search(s, 0, m.start()) and not _NO_PERSON.match(s, m.start()):
            return sentence  # "Thursday is fully booked" is nobody's calendar
    for sentence in sentences[:12]:
        if _someone_out_of_reach(sentence.translate(_APOSTROPHE)):
            return sentence
    return ""


_EXACT_DAY = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)",
    re.IGNORECASE,
)

# Words after "Hi" that address nobody in particular ("Hi all", "Hello there", "Hi, I ...").
_NOT_A_NAME = frozenset(
    [
        "all", "team", "everyone", "everybody", "folks", "guys", "there", "again", "both", "y'all",
        "sir", "madam", "sirs", "customer", "colleagues", "valued", "member", "partners", "friends",
        "to", "i", "i'm", "we", "this", "just", "quick", "hope", "thanks", "thank", "please",
        "following", "per", "as", "the", "a", "an", "and", "it", "is", "so", "you", "my", "our",
        "ladies", "gentlemen", "people", "tous", "whom", "from",
    ]
)
_GREETING_NAME = re.compile(r"[^\W\d_][\w'.-]*")


def _personal_greeting(first: str) -> bool:
    """"Hi Dana," or "Hey Priya!" names the person; a bare "Hi," or "Hello team," does not."""
    m = _GREETING.match(first)
    if not m:
        return False
    name = _GREETING_NAME.search(first, m.end())
    if not name or first[m.end() : name.start()].strip(" ,:-\u2013") or len(first) > 80:
        return False  # nothing, or something other than a name, after the greeting word
    return name.group(0).lower().rstrip(".,") not in _NOT_A_NAME


def _count_emoji(text: str) -> int:
    """len(_EMOJI.findall(text)), without reading ASCII text that cannot hold an emoticon."""
    n = 0 if text.isascii() else len(_EMOJI_CHARS.findall(text))
    if _EMOTICON_HINT.search(text):
        n += len(_EMOTICON.findall(text))
    return n


def _reason_words(s: str) -> bool:
    """Gate of _REASON on a lower-cased sentence."""
    words = _words_of(s)
    return (
        "$" in s
        or not words.isdisjoint(_REASON_WORDS)
        or any(w.startswith(_REASON_STEMS) for w in words)
    )


def _concrete_pair_gate(first: str, second: str) -> bool:
    """Gate of the two-sentence concrete decline: a reason in the first sentence (_REASON), or
    a firm time in the pair (the reason may then be an event or a cause said otherwise)."""
    low = first.lower()
    if _reason_words(low) and _REASON.search(low):
        return True
    pair = (low + " " + second.lower())[:_MAX_SENTENCE].translate(_APOSTROPHE)
    return _firm_time(pair, _words_of(pair)) is not None


def _two_sentence_concrete(first: str, second: str) -> bool:
    """"Budget is frozen until April. Let's revisit then.": reason and date may be split."""
    pair = (first + " " + second)[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
    return _is_concrete_decline(pair, _far(pair, _words_of(pair)))


# (eleventh round) The matter taken up only after what the sentence before placed at a time.
_AFTER_IT = re.compile(
    r"^(?:and\s+|but\s+)?(?:after\s+(?:that|this|which)|once\s+(?:that|this|it)(?:'s|\s+is)\s+"
    r"(?:done|over|through|behind\s+us))\b")
# ...not a state that lasts until the time (that is a put-off: "we're full up until March")
_UNTIL_THEN = re.compile(r"\b(?:until|till|til|through|before|up\s+to)\b")


def _dated_then_after_it(first: str, second: str) -> bool:
    """Something placed at a firm time, and the matter taken up only after it ("We've got the
    inspectorate visit in the last week of March. After that, I'll have room to think about
    it."): the event is the reason and its time the time to come back, a concrete no however
    vague the second sentence's words (the pair read as one is hedged by them, so
    _two_sentence_concrete does not see the time)."""
    b = second[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    if not _AFTER_IT.match(b):
        return False
    a = first[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
    if "?" in a or _UNTIL_THEN.search(a):
        return False  # "Our calendar is full until March. After that, sure.": a put-off
    return _firm_time(a, _words_of(a)) is not None


def _now_then_later(first: str, second: str) -> bool:
    """Not now in one sentence and only a later time, open or hedged, in the next short one
    ("We're knee-deep in the budget cycle, so not the moment. Sometime later."): an open
    put-off, read as an open-ended no (a firm date in it makes it a dated one)."""
    a = first[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
    b = second[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    if len(a.split()) > 24 or len(b.split()) > 10 or _PAST_REPORT.search(a) or "?" in a:
        return False
    if any(_dated(x) and not _HEDGED_TIME.search(x) for x in (a, b)):
        return False  # "... until mid-April. After that, let's talk.": a dated put-off
    return bool(_LATER_FRAGMENT.match(b) and _NOT_NOW_STATE.search(a)
                and not _SOMEONES_TIME.search(a))


# Issue 10: a put-off with no postponement verb, one reader (eleventh and twelfth rounds). Now
# is strained, in the one lexicon of strain (_strained: lexicon._BAD_TIMING, _NOT_NOW_MORE,
# _BUSY, _BUSY_MORE, _STATE_MORE and _STRAIN_MORE), and a later time follows: a vague one in
# one of the next two short sentences ("We've got a lot on our plate. A bit later would be
# better."), or a later month, season or quarter leading the next short sentence or clause
# alone ("We're slammed. April?", "We're not there yet; March 2027, most likely."); or the
# other way round ("Talk in April? Swamped now."); or the strain lasting until a later month
# ("The diary's rammed until April.").
_LATER_LED_WORDS = 12


def _later_led(b: str) -> bool:
    """A short sentence or clause led by a later month, season or quarter, not a calendar day."""
    b = b.strip(" \t\n-*\u2014\u2013:;,.")
    return len(b.split()) <= _LATER_LED_WORDS and bool(_LATER_LED.match(b)) and not (
        _EXACT_DAY.search(b))


def _strained(s: str, words: set[str] | None = None) -> re.Match[str] | None:
    """Now is strained (busy, no room, the wrong moment, not in a position, too soon): every
    strain word of the grammar, the older lexicons' (affirmed) and _STRAIN_MORE's."""
    if words is None:
        words = _words_of(s)
    return _strained_beyond(s, words, _busy_now(s, words))


def _strained_beyond(s: str, words: set[str], busy: re.Match[str] | None
                     ) -> re.Match[str] | None:
    """_strained, the busy state already read (`busy`: _busy_now's match, before the past
    guard), so a reader that weighs the busy state alone first reads it once: it, or the strain
    words beyond it (_STATE_MORE's causes, affirmed; _STRAIN_MORE's), unless a past state."""
    if not busy and not words.isdisjoint(_STATE_MORE_WORDS):
        busy = _affirmed(_STATE_MORE, s)
    return _not_past(s, busy or _STRAIN_MORE.search(s))


def _not_past(s: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """`m`, unless a "was"/"were" just before it makes it a past state ("we were up to our
    eyes back then")."""
    return None if m and _WAS.search(s, 0, m.start()) else m


_ASKED_LATER_VERB = re.compile(r"^(?:(?:can|could|shall)\s+we\s+)?(?:talk|chat|speak|look|revisit|"
                               r"pick\s+(?:this|it)\s+up|circle\s+back|do\s+it)\s+")
# ...and a full stop before a lower-case word, which the sentence splitter keeps in one
# sentence ("Flat out. the second quarter.")
_CLAUSE_BREAK = re.compile(r"\s*(?:;|\s[-\u2014\u2013]\s|,\s+so\s+(?=\S)|:\s|\.\s+(?=[a-z]))\s*")
_PAST_TENSE = re.compile(r"\b(?:was|were|had\s+been)\b")  # "We were slammed until March"
_SOMEONE_ELSES_DIARY = re.compile(
    r"\b(?:calendar|schedule|available|availability|(?:time|slot|room)\s+with|booked|committed)\b")
_UNTIL_LATER = re.compile(r"\b(?:until|till|til|through|before|this\s+side\s+of)\s+(?:about\s+)?")


def _strain_then_later(first: str, after: list[str], *, fragments: bool = True) -> bool:
    """Now strained in `first` and a later time in what follows it (`after`: the next one or
    two sentences), or, with `fragments`, the later month alone leading the next fragment, the
    reversed question, or the same within `first`'s clauses. `fragments` is the caller's gate
    for the month forms (a customer's reply, with no acceptance, concrete no or ask in it)."""
    a = first[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    if _PAST_REPORT.search(a) or len(a.split()) > 30:
        return False
    words = _words_of(a)
    # The vaguer later time (any "later", "after the audit", a far time in the next two
    # sentences) takes only the busy or bad-timing state (_busy_now, as the former
    # _bad_timing_then_later did): with every strain word, a greeting's wish and the small
    # talk or the body's own dates after it read as a put-off ("Hope you're well and not too
    # swamped. The dean's office needs the invoices by end of month.").
    state = _busy_now(a, words)
    if after and _then_vaguer_later(a, words, _not_past(a, state), after):
        return True
    if not fragments:
        return False
    return bool(after) and _then_later_led(a, _strained_beyond(a, words, state), after[0]) or (
        _within_one_sentence(first))


def _then_vaguer_later(a: str, words: set[str], strain: re.Match[str] | None,
                       after: list[str]) -> bool:
    """A vaguer later time floated in one of the next two short sentences ("Not the best
    moment for us. After the audit would be better."; "I need to bump our sync again. Later in
    March?"). A request to move something may instead be followed by the busy state that
    explains it ("Do you mind if we postpone? Things are a bit chaotic.")."""
    hard = _affirmed(_POSTPONE_HARD, a)
    asks_to_move = hard is not None and bool(
        _FIRST_PERSON.search(a) or _IMPERSONAL_START.match(a) or "?" in a
    ) and not _NOMINAL.search(a, 0, hard.start())
    if not (strain or asks_to_move):
        return False
    for second in after[:2]:
        b = second[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
        if len(b.split()) > 15:
            return False
        bw = _words_of(b)
        if _VAGUE_LATER.search(b) or _VAGUE_LATER_MORE.search(b) or _far(b, bw) or (
                _BARE_LATER.search(b) and (len(b.split()) <= 4 or _LATER_BETTER.search(b))):
            return True
        if asks_to_move and not bw.isdisjoint(_BUSY_ANCHORS) and _affirmed(_BUSY, b):
            return True  # busy, not a bare "just not the moment" (that is the no itself)
    return False


def _then_later_led(a: str, strain: re.Match[str] | None, second: str) -> bool:
    """A later month alone leads the next short sentence or clause ("Honestly no time. April at
    best."); or a later time asked, and the strain after it ("Talk in April? Swamped now.")."""
    b = second[:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
    if len(a.split()) > 24 or _PAST_TENSE.search(a):
        return False
    if strain and "?" not in a and _later_led(b):
        return True
    q = _ASKED_LATER_VERB.sub("", a.rstrip("?"))
    return a.endswith("?") and len(a.split()) <= 6 and _later_led(q) and len(
        b.split()) <= 8 and _strained(b) is not None and "?" not in b


def _within_one_sentence(sentence: str) -> bool:
    """The same within one sentence, its clauses split at "; ", " - ", ", so "; or the strain
    lasting until a later month alone ("The diary's rammed until April.", "We won't have any
    bandwidth until the start of Q2.")."""
    parts = _CLAUSE_BREAK.split(sentence)
    for i in range(len(parts) - 1):
        a = parts[i][:_MAX_SENTENCE].translate(_APOSTROPHE).lower().strip()
        if not _PAST_REPORT.search(a) and _then_later_led(a, _strained(a), parts[i + 1]):
            return True
    low = sentence[:_MAX_SENTENCE].translate(_APOSTROPHE).lower()
    if len(low.split()) > 16 or _PAST_REPORT.search(low) or _PAST_TENSE.search(low) or "?" in low:
        return False
    if _SOMEONE_ELSES_DIARY.search(low) and not _I_OR_WE.search(low):
        return False  # an assistant: "There is no time in the calendar until April."
    for m in _UNTIL_LATER.finditer(low):
        rest = re.split(r"[,;.!]", low[m.end():], maxsplit=1)
        if _later_led(rest[0]) and len(rest[0].split()) <= 4 and _held_until(low[:m.start()]):
            return True
    # the later month first: "Until April there's just no room."
    first = re.match(r"(?:until|till)\s+", low)
    later = _LATER_LED.match(low[first.end():]) if first else None
    return bool(first and later and _held_until(low[first.end() + later.end():]))


def _held_until(state: str) -> bool:
    """What lasts until the later month: strain, or a state that names none, ours ("our calendar
    is a wall of red", "nothing spare", "we won't have the resources"); never what we sell ("no
    new seats until spring" answers an offer)."""
    if _ABOUT_BUYING.search(state):
        return False
    # a state with no strain word is ours: "{exec} is unreachable until April" is an assistant's
    return bool(_strained(state) or _HELD_NOW.search(state) and (
        _I_OR_WE.search(state) or state.lstrip().startswith(("nothing", "no ", "anything"))))


_SIGNOFF_WORDS = 12  # a closing line is short: longer is a sentence of the body


def _warm_signoff(sentences: list[str]) -> bool:
    """A warm closing line among the last three of the message (never its first: a one-line
    "Take care of the invoice" is no sign-off), see lexicon._WARM_SIGNOFF."""
    for idx in range(max(1, len(sentences) - 3), len(sentences)):
        line = sentences[idx].translate(_APOSTROPHE).strip()
        if len(line.split()) <= _SIGNOFF_WORDS and _WARM_SIGNOFF.search(line):
            return True
    return False


def _is_terse(sentences: list[str]) -> bool:
    if not sentences:
        return False
    body = list(sentences)
    # A bare first name or initials after the reply is still a terse reply.
    if len(body) > 1 and len(body[-1].split()) <= 2 and not re.search(r"[.!?]", body[-1]):
        body.pop()
    joined = " ".join(body).strip()
    if len(joined.split()) > 8 or "?" in joined or "!" in joined:
        return False
    words = len(joined.split())
    return words <= 2 or bool(_TERSE_WORDS.match(joined.translate(_APOSTROPHE).lower()))


def _trim(sentence: str, kind: str = "") -> str:
    """The sentence, or a <= 160-char window of it centred on what made `kind` fire."""
    s = " ".join(sentence.split())
    if len(s) <= _QUOTE_MAX:
        return s
    at = 0
    for rx in _LOCATORS.get(kind, ()):
        m = rx.search(s.lower())
        if m:
            at = m.start()
            break
    width = _QUOTE_MAX - 2  # room for the two ellipses
    start = max(0, min(at - width // 3, len(s) - width))
    piece = s[start : start + width].strip()
    return ("\u2026" if start > 0 else "") + piece + ("\u2026" if start + width < len(s) else "")


_LOCATORS: dict[str, tuple[re.Pattern[str], ...]] = {
    DEFERRAL: (_POSTPONE_HARD, _POSTPONE_SOFT, _BUSY, _NOT_PRIORITY),
    VAGUE_DECLINE: (
        _DECLINE_IDIOM, _STATUS_QUO, _SATISFIED, _PASS, _NOT_NOW, _FIRST_FRAME, _VAGUE_FUTURE,
    ),
    CONCRETE_DECLINE: (_REASON,),
    FEATURE_ASK: (_STRONG_ASK, _ROADMAP, _WISH, _FEATURE_NOUN),
    EXPANSION_PROPOSAL: (_EXP_ITEM,),
    SMALL_TALK: (_PLEASANTRY, _PERSONAL),
    COMPLIMENT: (_COMPLIMENT,),
    THANKS: (_THANKS,),
    ASSISTANT_REDIRECT: (_REDIRECT,),
    LEFT_COMPANY: (_LEFT,),
    OUT_OF_OFFICE: (_OOO,),
}
