"""The word lists of the marker grammar (markers.py): lexicons composed into per-sentence rules.

Each constant is a regular expression over a lower-cased sentence, or a set of trigger words
that gates a family of rules (markers.py only runs a family when a sentence holds one of its
words; tests/signals/check_marker_gates.py proves the gates change no answer). The names are
private to the marker grammar: other modules use markers.detect.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_NEG = r"(?:\bnot\b|n't\b|\bnever\b|\bno\b|\bwithout\b|\bhardly\b|\bnothing\b|\bpas\b|\bnon\b)"


_NEG_BEFORE = _rx(_NEG + r"[^,;:.!?]{0,25}$")


_MONTH = _words(
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "may", "jan", "feb", "sept?", "oct", "nov", "dec", "janvier",
    "f\u00e9vrier",
    "mars", "avril", "juin", "juillet", "ao\u00fbt", "septembre", "octobre", "novembre",
    "d\u00e9cembre",
)


_SEASON = _words("spring", "summer", "fall", "autumn", "winter")


_HOLIDAY = _words(
    r"(?:the\s+)?holidays?(?:\s+season)?", "thanksgiving", "christmas", "xmas", "easter",
    r"labor\s+day", r"memorial\s+day", r"the\s+new\s+year", r"new\s+year'?s?", r"year[- ]end",
    r"festive\s+season", r"(?:summer|spring|winter|holiday)\s+break", r"the\s+break",
    "la\\s+rentr\u00e9e", "les\\s+f\u00eates", r"the\s+first\s+of\s+the\s+year",
)


# A year of this century by its number ("2027"), not a longer number ("20271", "2027-0043") or
# a file's name ("Resume August 2000.doc").
_YEAR = r"20\d\d\b(?![-/.]\w)"


_NUM = (
    r"(?:a|an|one|two|three|four|five|six|eight|\d+|a\s+few|few|a\s+couple(?:\s+of)?|"
    r"couple(?:\s+of)?|several|some)(?:\s*(?:or|to|-|\u2013)\s*(?:two|three|four|five|six|\d+))?"
)


# Time expressions at least a couple of weeks away: enough for "let's reconnect ..." to be a
# postponement rather than an ordinary follow-up ("I'll follow up next week").
_FAR = _words(
    r"next\s+(?:month|quarter|year|fiscal(?:\s+year)?|fy|half|cycle|planning\s+cycle|"
    r"budget\s+cycle|term|season|semester|spring|summer|fall|autumn|winter|budget)",
    r"(?:in|within|for|after|another)\s+" + _NUM
    + r"\s+(?:more\s+)?(?:weeks?|months?|quarters?|years?)",
    r"(?:in|within)\s+(?:a\s+)?(?:week|month|quarter)\s+or\s+(?:two|so)",
    r"\b\d{2,3}\s+days",
    r"(?:next\s+)?(?:a\s+)?(?:few|couple(?:\s+of)?|several)\s+(?:more\s+)?(?:weeks|months|"
    r"quarters)",
    r"(?:out|another|back|road|forward)\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?|quarters?)",
    r"(?:at|to|for|until)\s+a\s+later\s+(?:date|time|stage)",
    r"(?:probably|likely|maybe|perhaps|say|sometime\s+in|possibly)\s+(?:in\s+)?"
    r"(?:early\s+|mid[- ]|late\s+)?" + _MONTH + r"\b",
    # ...not a season naming a thing of that season: "the media plan for the spring launch"
    r"(?:in|by|until|till|after|before|for|over|to|into|through|towards?)\s+the\s+(?:spring|summer|fall|"
    r"autumn|winter)(?!\s+(?:launch|release|rollout|campaign|collection|catalog\w*|line|edition|"
    r"sales?|event|conference|show|intake|cohort|program\w*|menu|update|issue|term|semester|"
    r"fair|festival|concert|gala|newsletter|hiring|hires|recital|tournament|league|series|"
    r"promo\w*|drop|open\s+house|schedule|season)\b)",
    r"(?:a|one|two|three|\d+|few|couple)\s+(?:of\s+)?(?:weeks?|months?|quarters?)\s+(?:from\s+now|"
    r"or\s+so|out|later)",
    r"(?:the\s+)?(?:week|weekend)\s+after\s+next",
    r"(?:out|back)\s+(?:a\s+)?(?:couple|few)\s+(?:of\s+)?(?:weeks|months)",
    r"(?:the\s+)?(?:back|second|latter)\s+half(?:\s+of\s+the\s+year)?",
    r"(?:by|for)\s+(?:another\s+)?" + _NUM + r"\s+(?:weeks?|months?|quarters?)",
    r"a\s+(?:month|quarter)\s+or\s+(?:two|so)",
    r"(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|first\s+week\s+of|the\s+end\s+of|"
    r"middle\s+of|towards\s+the\s+end\s+of)[- ]?(?:the\s+)?(?:next\s+)?(?:month|quarter|year|"
    + _MONTH + "|" + _SEASON + r"|q[1-4]|fiscal\s+year|next)\b",
    r"(?:in|until|till|til|after|before|by|from|through|into|around|for|towards?|of|to)\s+"
    r"(?:early\s+|mid[- ]|late\s+)?" + _MONTH + r"\b",
    # a part of a later period, with its article: "until the tail end of January", "to the
    # beginning of April", "in the first half of June", "the second week of March"
    r"(?:(?:in|until|till|til|after|before|by|from|through|into|around|for|towards?|to|at|over)"
    r"\s+)?the\s+(?:(?:very|tail|front|back|first|second|third|fourth|last|latter|final|early|"
    r"later|closing|opening)\s+)?(?:end|beginning|start|middle|half|part|weeks?|days|stretch|turn|"
    r"close)\s+of\s+(?:the\s+)?(?:early\s+|mid[- ]|late\s+)?(?:" + _MONTH + "|" + _SEASON
    + r"|q[1-4])\b",
    r"\bq[1-4]\b", r"\bh[12]\b", r"\bfy\s?\d{2,4}\b",
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)",
    r"(?:second|other)\s+half\s+of\s+the\s+year",
    r"(?:new|next)\s+(?:fiscal|financial|budget)\s+year", r"new\s+year",
    r"later\s+(?:this|in\s+the|next)\s+(?:year|month|quarter|season|fall|spring|summer)",
    r"later\s+this\s+year", r"(?:this|next)\s+" + _SEASON,
    r"(?:after|past|post|following|once|until|till|til|before|over)[- ]\s*(?:the\s+)?" + _HOLIDAY,
    r"the\s+(?:following|next)\s+(?:quarter|month|year|planning|cycle)",
    r"(?:in\s+)?the\s+new\s+(?:fiscal\s+)?year", r"early\s+next", r"mid-next",
    r"sometime\s+(?:next|in|after|later)", r"down\s+the\s+road\s+in", r"at\s+a\s+later\s+date",
    r"next\s+(?:planning|budget)", r"(?:our|the)\s+next\s+(?:quarterly|planning|budget|qbr)",
    r"closer\s+to\s+(?:the\s+)?renewal",
    "(?:le|au)\\s+(?:mois|trimestre)\\s+prochain", "l'ann\u00e9e\\s+prochaine",
    "le\\s+trimestre\\s+prochain",
    "apr\u00e8s\\s+les\\s+f\u00eates", "\u00e0\\s+la\\s+rentr\u00e9e", "en\\s+" + _MONTH,
    "\u00e0\\s+" + _MONTH,
    "dans\\s+(?:quelques|deux|trois|\\d+)\\s+(?:semaines|mois)",
    # (fourteenth round) a period of a year named by its number: "early 2027", "the spring of
    # 2027", "December 2027", "Q3 2027", "the first weeks of 2027", "until 2027". The grammar
    # does not know the message's own year: a year in a past report is left out by the rules'
    # _PAST_REPORT, and a bare year (an invoice's, a plan's) is no time here without a part of
    # it or a preposition of time before it.
    r"(?:(?:early|mid|late)[- ]|(?:the\s+)?(?:end|beginning|start|middle|first\s+(?:weeks?|"
    r"months?|half|quarter)|second\s+half|back\s+half|latter\s+half|turn)\s+of\s+)" + _YEAR,
    r"(?:the\s+)?(?:(?:early|late)\s+)?" + _SEASON + r"\s+(?:of\s+)?" + _YEAR,
    r"(?:(?:early|mid|late)[- ]\s*)?" + _MONTH + r"\s+(?:of\s+)?" + _YEAR,
    r"(?:q[1-4]|h[12])\s+(?:of\s+)?" + _YEAR,
    r"(?:in|until|till|til|after|into)\s+" + _YEAR,
)


_NEAR = _words(
    r"next\s+(?:week|monday|tuesday|wednesday|thursday|friday|few\s+days)",
    r"(?:the\s+)?following\s+week", r"later\s+(?:this|next)\s+week", r"(?:this|next)\s+weekend",
    r"(?:in\s+)?(?:a\s+)?(?:week|few\s+days|couple\s+(?:of\s+)?days)\b", r"tomorrow",
    r"later\s+(?:today|on)", r"(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b", r"week\s+of\s+the\s+\d",
    r"after\s+the\s+\d{1,2}(?:st|nd|rd|th)?\b", r"another\s+(?:day|time)",
    r"la\s+semaine\s+prochaine",
)


_FAR_RX = _rx(_FAR)
# Until a calendar date ("ends March 1", "through 3/31"): a date to revisit, however near.
_DATE_RX = _rx(
    r"\b(?:until|till|through|thru|after|ends?|ending|lifts?|lifted|expires?|reopens?|resets?|"
    r"starts?|begins?|renews?)\s+(?:on\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
    + r"\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)"
)


# "after the launch", "once things settle down": a connective, then an event within 40 chars.
_FAR_EVENT_RX = _rx(
    r"(?:after|past|following|until|till|til|before|once|when)\s+(?:the\s+|our\s+|my\s+|we\s+|"
    r"things\s+|this\s+|their\s+|I\s+|they\s+)?[\w' -]{0,40}?\b(?:launch|conference|audit|reorg|"
    r"reorganization|restructuring|merger|acquisition|migration|close[sd]?|closing|"
    r"board\s+meeting|offsite|off-site|budget(?:ing)?|planning|kickoff|kick-off|election|season|"
    r"cycle|leave|vacation|summer|holidays?|busy\s+season|peak\s+season|quarter|year|settles?|"
    r"settled|calms?\s+down|calmed\s+down|quiets?\s+down|slows?\s+down|is\s+over|wraps?\s+up|done|"
    r"finali[sz]ed?|approved|on\s+board|starts|back|dust\s+settles|review|sign-off|go-live|"
    r"earnings|transition|move|onboarding)\b"
)


_MONTH_WORDS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "sep", "sept", "oct", "nov", "dec",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"
    ]
)


# Every branch of _FAR contains one of these words (or a q1/h2/fy24/60-style token).
_FAR_ANCHORS = _MONTH_WORDS | frozenset(
    [
        "week", "weeks", "weekend", "month", "months", "quarter", "quarters", "year", "years",
        "half", "cycle", "season", "semester", "budget", "fiscal", "financial", "fy", "days",
        "later", "renewal", "holiday", "holidays", "thanksgiving", "christmas", "xmas", "easter",
        "labor", "memorial", "festive", "break", "rentrée", "fêtes", "mois", "année", "trimestre",
        "semaines", "prochain", "prochaine", "next", "spring", "summer", "fall", "autumn", "winter",
        "sometime", "1st", "2nd", "3rd", "4th"
    ]
)


_EVENT_CONNECTIVES = frozenset(
    ["after", "past", "following", "until", "till", "til", "before", "once", "when"]
)


_FAR_TOKEN = re.compile(r"^(?:q[1-4]|h[12]|fy\d{2,4}|\d{2,3}|20\d\d)$")  # a year too


_NEAR_ANCHORS = frozenset(
    [
        "week", "monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "following",
        "days", "tomorrow", "later", "another", "semaine"
    ]
)


_SPAN_WORD = re.compile(r"[a-z0-9\u00e0-\u00ff]+")  # "jusqu'en avril": "en" starts a word too


_WORD = re.compile(r"[a-z0-9\u00e0-\u00ff]+(?:'[a-z\u00e0-\u00ff]+)?")


_NEAR_RX = _rx(_NEAR)


_NOW = _words(
    r"right\s+now", r"(?:at\s+)?(?:the|this)\s+(?:moment|time|point|stage|juncture)", r"for\s+now",
    r"for\s+the\s+(?:time\s+being|moment|foreseeable\s+future)", "currently", r"at\s+present",
    r"this\s+(?:quarter|half|year|month|week|cycle)", r"\batm\b", r"(?:just\s+)?now\b", "yet",
    r"in\s+the\s+near\s+term", r"anytime\s+soon", "pour\\s+l'instant", r"pour\s+le\s+moment",
    r"en\s+ce\s+moment", r"ces\s+temps-ci",
)


_NOW_RX = _rx(_NOW)


# The strict "for now" frame of an open-ended no (not "yet", not "this week").
_FOR_NOW = _rx(
    r"\b(?:right\s+now|(?:at\s+)?(?:the|this)\s+(?:moment|time|point|stage|juncture)|for\s+now|"
    r"for\s+the\s+(?:time\s+being|moment|foreseeable\s+future)|currently|at\s+present|atm|"
    r"in\s+the\s+near\s+term|anytime\s+soon|pour\s+l'instant|pour\s+le\s+moment|en\s+ce\s+moment)\b"
)


_FIRST_PERSON = _rx(
    r"\b(?:i|i'm|i'd|i'll|i've|we|we're|we'd|we'll|we've|us|our|my|let's|lets|let\s+us|let\s+me|"
    r"je|j'|nous|on\s+(?:pr\u00e9f\u00e8re|pourra\w*|voudrait|aimerait|va|se|peut|doit|reste|garde|verra|attend|en|a|ne|n'))\b|^(?:please\s+)?(?:let's|can|could|would|may|might|maybe|perhaps|let)\b"
    r"|^(?:pushing|moving|bumping|postponing|revisiting|circling|tied|slammed|swamped|need|keen|"
    r"punting|parking|tabling|shelving|rebooking|resched\w*|bump|"
    r"pass|hard\s+pass|going\s+to|gonna|"
    r"happy|prefer|rather|better|good|fine|all\s+good|ok|okay|"
    r"not|no|doesn't|probably|for\s+now|thanks|appreciate|it's|that's|this|the\s+team|management)\b"
)


_PAST_REPORT = _rx(
    r"\b(?:(?:last|past)\s+(?:few\s+|several\s+|couple\s+(?:of\s+)?|\d+\s+)?(?:weeks?|months?|"
    r"years?|quarters?|days|time)|"
    r"ago|yesterday|previously|in\s+the\s+past|"
    r"(?<!circle\s)(?<!come\s)(?<!check\s)(?<!get\s)(?<!be\s)(?<!ping\s)(?<!i'm\s)(?<!we're\s)"
    r"(?<!she's\s)(?<!he's\s)(?<!is\s)(?<!are\s)(?<!'re\s)back\s+in)\b"
    r"|\b(?:was|were|got|had\s+been)\s+(?:[\w'-]+\s+)?(?:postponed|delayed|pushed|moved|"
    r"rescheduled|"
    r"cancell?ed|deferred|put)\b"
)


# --- deferral ---------------------------------------------------------------------------
# Hard postponement verbs: any time expression makes them a deferral.
# What gets moved: a meeting, a project step, or "this/it". Verbs like "move", "push" and
# "slip" only postpone when their object is one of these ("moving revenue to $13B" is not).
_MEET_OBJ = (
    r"(?:this|it|that|things|everything|us|(?:[\w'-]+\s+){0,3}?(?:call|meeting|sync|review|qbr|"
    r"session|demo|check-in|checkin|catch-up|kickoff|kick-off|training|workshop|discussion|"
    r"conversation|chat|talk|deadline|date|launch|rollout|roll-out|go-live|timeline|renewal|"
    r"project|"
    r"evaluation|pilot|dive|offsite|onboarding|presentation|appointment|interview|committee|"
    r"1:1|one-on-one|webinar|implementation|start|trial|call|steering|evaluation|sessions|"
    r"meetings|calls|reviews|syncs|it|this))"
)


# Hard postponement verbs: any time expression makes them a deferral.
_POSTPONE_HARD = _rx(
    r"\b(?:postpon\w*|delay(?:ing|ed)?\b|defer(?:ring|red)?\b(?!\s+(?:comp|compensation|revenue|"
    r"tax|income|stock|units))(?!\s+to\s+(?:him|her|them|you|your|"
    r"his|their|[a-z]+'s|[a-z]+\s+[a-z]+\b(?<!next\s\w)))|"
    r"push(?:ing|ed)?\s+(?:back|out|off)\b(?!\s+on)|push(?:ing|ed)?\s+(?:it\s+)?(?:to|into|till|"
    r"until)\b|"
    r"(?:push(?:es|ed|ing)?|mov(?:e|es|ed|ing)|bump(?:s|ed|ing)?|slid(?:e|es|ing)|"
    r"slip(?:s|ped|ping)?|shift(?:s|ed|ing)?|punt(?:s|ed|ing)?|kick(?:s|ed|ing)?)\s+" + _MEET_OBJ
    + r",?\s+(?:(?:maybe|perhaps|probably|possibly)\s+)?(?:[\w'-]+\s+)?(?:back|out|to|into|till|"
    r"until|off|by|down|again|a\b|another\b)|"
    r"(?:this|it|that|things)\s+(?:slip|slide|move|shift)\s+(?:back\s+|out\s+)?(?:to|into|until|"
    r"till)\b|"
    r"(?:move|push|shift|bump)\s+" + _MEET_OBJ + r"\s*\?|"
    r"(?:bump|slide|slip|punt)(?:ing|ed)?\s+(?:it|this|that)\b|"
    r"hold(?:ing)?\s+off\b|on\s+hold\b|"
    r"(?:hold|leave)(?:ing)?\s+" + _MEET_OBJ + r"\s+(?:until|till)\b|"
    # "could we pencil the review in for late January instead?"
    r"(?:plan|pencil|schedule|book|do|have|hold|aim|set)\w*\s+(?:[\w'-]+\s+){0,3}?(?:call|meeting|"
    r"review|sync|qbr|session|demo|workshop|training|kickoff|check-in)\b[^.;?!]{0,50}\binstead\b|"
    r"put\s+(?:[\w'-]+\s+){0,3}?on\s+(?:hold|ice|"
    r"the\s+back\s+burner)|"
    r"back\s+burner|park(?:ing)?\s+(?:this|it|that)\b|table\s+(?:this|it|that|the)\b|"
    r"(?:park(?:ing)?|tabl(?:e|ing))\s+(?:[\w'-]+\s+){1,3}?(?:until|till|for|to)\b|"
    r"(?:give|allow|grant)\s+(?:us|me)\s+(?:until|till|a\s+few|another|some\s+(?:more\s+)?time)|"
    r"kick\s+(?:[\w'-]+\s+){1,3}?down\s+the\s+road|"
    # the meeting as subject: "the business review will need to slip to January"
    r"(?:call|meeting|sync|review|qbr|session|demo|kickoff|kick-off|training|workshop|launch|"
    r"rollout|go-live|renewal|project|pilot|onboarding|presentation|check-in)s?\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:slip|slide|move|shift|be\s+(?:pushed|moved|shifted|delayed|postponed|bumped))\s+"
    r"(?:back\s+|out\s+)?(?:to|into|until|till|by)\b|"
    r"resched\w*|re-sched\w*|cancel(?!lations?\b)\w*|can'?t\s+do\s+(?:this|that|it|the)|"
    r"need\s+(?:a\s+few|a\s+couple|another|some|a\s+bit)\s+(?:more\s+)?(?:\w+\s+)?(?:weeks|months|"
    r"time)|"
    r"shelve|pause\b|pausing|"
    r"waits?\s+(?:until|till|til|for|before)|have\s+to\s+wait|can\s+wait|"
    r"will\s+(?:have\s+to\s+)?wait|"
    r"kick\s+(?:this|it|the\s+can)\s+down|rain\s+check|put\s+a\s+pin\s+in|hold\s+(?:that|this|"
    r"the)\s+thought|"
    r"(?:won'?t|will\s+not|can'?t|cannot|not\s+(?:going|"
    r"able)\s+to)\s+(?:[\w'-]+\s+){0,4}?(?:get\s+to|"
    r"focus|look\s+at|start|happen|do)\b|"
    r"reporter\s+(?:la|le|les|notre|nos|\u00e0|au)\b|d\u00e9caler|repousser|remettre)"
)


_NOMINAL = _rx(r"\b(?:a|an|the|any|no|some|further|slight|short|long|major|minor|week|day|month|"
               r"interminable|another|without|of|s)\s*(?:[\w-]+\s+)?$")


# Soft verbs: they need a far time expression ("circle back next week" is a normal follow-up).
_POSTPONE_SOFT = _rx(
    r"\b(?:revisit\w*|circle\s+back|reconnect\w*|reconven\w*|regroup\w*|touch\s+base|"
    r"pick\s+(?:this|it|that|things|these|the)\s+(?:[\w'-]+\s+)?(?:back\s+)?up|"
    r"pick\s+(?:back\s+)?up\s+(?:this|the\s+conversation|where|again)|"
    r"come\s+back\s+to\s+(?:this|it|that|you|us|the\s+(?:topic|question|idea))|"
    r"get\s+back\s+(?:to\s+(?:you|us|this|it|them)|on\s+(?:this|it))|"
    r"catch\s+up|talk(?:ing)?\s+(?:again|then|after|in|later|closer)|chat\s+(?:again|in|after)|"
    r"reach\s+(?:back\s+)?out(?:\s+again)?|ping\s+(?:me|you|us)|check\s+(?:back|in)|"
    r"follow\s+up\s+(?:with\s+me\s+)?(?:after|in)|"
    r"look\s+at\s+(?:[\w'-]+\s+){0,2}?again|take\s+(?:[\w'-]+\s+){0,2}?(?:up\s+)?again|"
    r"take\s+another\s+look|resume|"
    # (ninth round) our own return, said as coming up again ("I'll surface around mid-February",
    # "we'll come up for air in March"), not surfacing something ("surface the issue")
    r"(?:re-?)?surface(?!\s+(?:the|it|this|that|a|an|any|some|our|your|them|these|those)\b)|"
    r"come\s+up\s+for\s+air|re-?emerge|"
    r"connect\s+again|try\s+again|speak\s+again|meet\s+again|aim\s+for|reach\s+out\s+again|"
    r"do\s+(?:this|it)\s+in|let's\s+(?:talk|chat|connect|catch\s+up|meet)|revert|"
    r"get\s+back\s+to\s+you|"
    # (thirteenth round) "we will return to this question in April", "let's reopen in March"
    r"return\s+to\s+(?:this|it|that|the\s+(?:topic|question|idea|subject))|let's\s+reopen|"
    r"on\s+se\s+reparle|en\s+reparle|reparler|se\s+recontacter)"
)


_PERFECT = _rx(r"\b(?:i've|we've|i\s+have|we\s+have)\b")


_NOT_UNTIL = _rx(r"\b(?:not\s+until|no\s+(?:[\w'-]+\s+)?until|won't\s+be\s+until|"
                 r"nothing\s+(?:[\w'-]+\s+){0,4}?(?:happen\w*|mov\w*|chang\w*)\s+"
                 r"(?:[\w'-]+\s+){0,3}?(?:before|until|till)|the\s+earliest\s+(?:we|i)\b)\b")


_BUSY = _rx(
    r"\b(?:slammed|swamped|underwater|overwhelmed|drowning|stretched\s+thin|"
    r"(?:i'm|we're|i\s+am|we\s+are|it's|it\s+is|things\s+are|been|is|are|be|calendar\s+is)\s+"
    r"(?:so\s+|super\s+|really\s+|pretty\s+|a\s+bit\s+|extremely\s+|incredibly\s+)?(?:crazy|"
    r"hectic|nuts|"
    r"brutal|packed|busy|buried|a\s+disaster|insane|frantic|manic)|(?:crazy|hectic|brutal|"
    r"packed|busy|frantic|manic)\s+(?:few|"
    r"week|month|quarter|days|time|period|season|schedule)|"
    r"heads[- ]down|tied\s+up|booked\s+solid|too\s+(?:much|busy)|"
    r"(?:a\s+lot|lots|so\s+much)\s+(?:going\s+on|on\s+(?:our|my)\s+plate)|on\s+my\s+plate|"
    r"no\s+bandwidth|bandwidth\s+is\s+limited|limited\s+bandwidth|competing\s+priorities|"
    r"behind\s+on|write-off|trop\s+de\s+choses|d\u00e9bord\u00e9s?|"
    # "too stretched", "zero capacity", "don't have the bandwidth", "all hands on deck",
    # "things are chaotic", "upside down here"
    r"too\s+stretched|(?:zero|no|limited)\s+(?:capacity|bandwidth|headspace|cycles)|"
    r"tapped\s+out|spread\s+too\s+thin|maxed(?:\s+out)?|plate's\s+overflowing|"
    r"(?:calendar|schedule)(?:'s|\s+is)\s+(?:jammed|a\s+mess|slammed)|dance\s+card\s+is\s+full|"
    r"on\s+fire|winding\s+down|"
    r"(?:don't|do\s+not|doesn't)\s+have\s+(?:the\s+)?(?:bandwidth|capacity)|"
    r"all\s+hands\s+on\s+deck|chaotic|(?:we're|we\s+are|i'm|i\s+am)\s+(?:right\s+)?in\s+the\s+"
    r"(?:middle|thick)\s+of|upside\s+down|(?:a\s+lot|lots|so\s+much|too\s+much)\s+"
    r"(?:on\s+(?:our|my|the\s+team's)\s+plate|in\s+flight))\b"
)


_PERIOD = _rx(r"\bthis\s+(?:quarter|half|year|month|cycle|fiscal\s+year)\b")


_NOT_PRIORITY = _rx(
    r"\b(?:not\s+(?:a|our)\s+(?:top\s+)?(?:priority|focus)|not\s+top\s+of\s+mind|"
    r"(?:isn't|is\s+not|'s\s+not)\s+(?:a|our)\s+(?:top\s+)?priority|"
    r"isn't\s+top\s+of\s+mind|"
    r"(?:isn't|is\s+not|not)\s+(?:going\s+to\s+)?happen(?:ing)?|priorities\s+(?:have\s+)?shifted|"
    r"in\s+freeze\s+mode|on\s+hold)\b"
)


# --- vague decline -----------------------------------------------------------------------
_SCOPE = (
    r"(?:scope|plan|tier|package|setup|set-up|seats?|licen[cs]es?|subscription|contract|agreement|"
    r"footprint|level|arrangement|offre|formule|abonnement|p\u00e9rim\u00e8tre|licences|pilot|"
    r"group|team|count|number|rollout|things|deployment|usage|spend|headcount|"
    r"(?:basic|standard|starter|essentials?|core|free|lite|legacy)(?:\s+(?:plan|tier|edition))?|"
    r"(?:user|seat|licen[cs]e)\s+count|install(?:ed)?\s+base|"
    r"what\s+we\s+have|what\s+we\s+already\s+have|what's\s+working|as\s+is|as\s+they\s+are|"
    r"as\s+it\s+is|where\s+(?:it|they)\s+(?:is|are)|"
    r"the\s+way\s+(?:it|they)\s+(?:is|are)|where\s+we\s+are|(?:it|things)\s+(?:simple|small|lean))"
)


_STATUS_QUO = _rx(
    r"\b(?:keep(?:ing)?(?![\w\s]{0,14}\b(?:posted|informed|updated|in\s+the\s+loop|apprised)\b)|"
    r"stick(?:ing)?\s+(?:with|to)|stay(?:ing)?\s+(?:with|on|at|where)|maintain|retain|"
    r"remain\s+(?:on|with)|hold\s+(?:steady|where|the\s+current)|leave\s+(?:things|it)|"
    r"continue\s+with|rester\s+sur|garde(?:r|ons)?|conserve(?:r|ons)?)\s+"
    r"(?:[\w'-]+\s+|l'|d'){0,4}?" + _SCOPE + r"\b"
    r"|\b(?:leave|keep)\s+(?:things|it|everything|them)\s+(?:as|where|there|alone|unchanged|"
    r"the\s+same)\b"
    # "leave the scope where it is", "hold our footprint at current levels", "keep it as is"
    r"|\b(?:leave|keep|hold|freeze|cap|park)\s+(?:[\w'-]+\s+){0,3}?" + _SCOPE
    + r"\s+(?:[\w'-]+\s+)?(?:as\s+(?:it\s+is|they\s+are|is|it\s+stands|things\s+stand)|as-is|"
    r"where\s+(?:it|they)\s+(?:is|are|stands?)|"
    r"alone|unchanged|untouched|flat|steady|the\s+same|at\s+(?:current|today's|the\s+current|"
    r"its\s+current|their\s+current)|at\s+\d+)\b"
    r"|\b(?:carry(?:ing)?\s+on|continu(?:e|ing)|go(?:ing)?\s+on|stay(?:ing)?|remain(?:ing)?)\s+"
    r"(?:as\s+(?:we\s+are|is|before|things\s+are|it\s+is)|as-is|where\s+we\s+are)\b"
    r"|\bstay\s+the\s+course\b|\bhold\s+steady\b|\bsit\s+tight\b|\bstay\s+where\s+we\s+are\b"
    # (eighth round) going on with what is there ("we'll just ride with the current plan")
    r"|\b(?:ride|roll|run|carry\s+on|go\s+on|soldier\s+on)\s+(?:along\s+)?with\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:current|existing|same|present)\b"
    r"|\bstay(?:ing)?\s+put\b|\bhold(?:ing)?\s+where\s+we\s+are\b"
    r"|\b(?:manage|make\s+do|get\s+by|do\s+fine|do\s+more)\s+with\s+(?:what|the\s+(?:current|"
    r"existing|seats|licen[cs]es|plan|tier))\b"
)


_SATISFIED = _rx(
    r"\b(?:we're|we\s+are|i'm|i\s+am|we'll\s+be|we\s+feel)\s+(?:[\w'-]+\s+)?(?:good|fine|ok|okay|"
    r"content|satisfied|"
    r"all\s+set|set|"
    r"happy|comfortable|covered)\b(?:\s+(?:with|on)\s+(?:[\w'-]+\s+){0,2}?(?:current|existing|"
    r"what\s+we|"
    r"our\s+(?:current|existing|plan|setup|tier|level|package|subscription)|the\s+(?:basic|"
    r"standard|"
    r"current|existing|starter|free)\s+(?:plan|tier|package|version|level|edition))|"
    r"\s*(?:for\s+now|as\s+is|"
    r"for\s+the\s+time|at\s+the\s+moment|right\s+now|,?\s*(?:thanks|thx|thank|really)|[.!]?$))"
    r"|\b(?:current|existing)\s+(?:[\w'-]+\s+)?(?:package|tier|plan|subscription|"
    r"setup)\s+(?:works|does|covers|is\s+(?:working|doing|plenty|enough|fine)|serves)"
    r"|\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:[\w'-]+\s+)?(?:good|fine|ok|okay|happy|content|"
    r"satisfied|comfortable)\s+with\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,2}?(?:we\s+(?:have|already\s+"
    r"have|'ve\s+got|got)|we're\s+on)\b"
    r"|\bcovers\s+what\s+we\s+need\b"
    # (eighth round) content said of the organisation or of what is there ("the fleet managers
    # are comfortable with the current setup", "the current scope is sufficient", "the scope
    # we've got feels about right")
    r"|\b(?:is|are|feels?|seems?)\s+(?:[\w'-]+\s+)?(?:good|fine|content|satisfied|happy|comfortable)"
    r"\s+with\s+(?:the|our|its|their)\s+(?:current|existing|present)\s+(?:[\w'-]+\s+)?(?:scope|plan|"
    r"setup|set-up|tier|package|subscription|licen[cs]es?|seats|level|arrangement|contract)\b"
    r"|\b(?:current|existing|present)\s+(?:[\w'-]+\s+)?(?:scope|plan|setup|set-up|tier|package|"
    r"subscription|licen[cs]e|level|arrangement)(?:'s|\s+is)\s+(?:[\w'-]+\s+)?(?:fine|sufficient|"
    r"enough|plenty|adequate)\b"
    r"|\b(?:scope|plan|setup|tier|package|subscription|licen[cs]es?|seats)\s+(?:we've\s+got|we\s+have)"
    r"\s+(?:feels?|seems?|is)\s+(?:about\s+|just\s+)?(?:right|enough|sufficient|fine)\b"
    r"|\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:[\w'-]+\s+)?(?:happy|fine|good|comfortable|ok|okay|"
    r"content|satisfied)\s+(?:with\s+)?(?:where|as)\s+(?:we|things|it)\s+(?:are|is|stand)\b"
    r"|^(?:(?:very|quite|perfectly|really)\s+)?(?:happy|fine|good|ok|okay|content|satisfied|"
    r"comfortable)\s+(?:with|on)\s+(?:the|our|what)\s+(?:current|existing|present|we\s+have|basic|"
    r"standard|plan|setup|package|tier)\b"
    r"|^(?:all\s+)?(?:good|fine|ok|okay|set|covered|sorted)\s+(?:for\s+now|at\s+the\s+moment|"
    r"for\s+the\s+time\s+being|as\s+is)\b"
)


_PASS = _rx(
    r"\b(?:we'll|we\s+will|i'll|i\s+will|going\s+to|gonna|have\s+to|think\s+we'll|"
    r"we're\s+going\s+to)\s+"
    r"(?:[\w'-]+\s+)?(?:pass(?=\s*(?:[.,;!]|$|for\s+now|for\s+the\s+time|this\s+time|on\s+(?:this|"
    r"that|it|"
    r"these|the|your|any)(?:\s+(?!to\b|it\b)[\w-]+){0,3}\s*(?:[.,;!]|$|for\b|at\b|this\b)))|"
    r"decline|say\s+no)\b"
    r"|\bpass\s+(?:for\s+now|for\s+the\s+time)"
    r"|\b(?:won't|will\s+not)\s+be\s+(?:upgrading|expanding|increasing|growing|adding\s+(?:any|more)|"
    r"going\s+(?:bigger|any\s+bigger))\b"
    r"|\b(?:we'll|we\s+will|i'll|going\s+to|gonna|think\s+we'll)\s+(?:[\w'-]+\s+)?skip\s+(?:the|on)\s+"
    r"(?:[\w'-]+\s+)?(?:expansion|upgrade|add-?on|seats|licen[cs]es|offer|proposal|tier|module)\b"
    r"|\bhold\s+off(?:\s+on\s+(?:that|this|it|the\s+\w+))?\s*(?:[.!]|$|,|for\s+now)"
    r"|^(?:(?:thanks|thx|thank\s+you|appreciate\s+it),?\s+(?:but\s+)?)?(?:hard\s+)?pass\s*"
    r"(?:[.!,;]|$|for\s+now|on\s+(?:this|that|it|the\s+\w+)|this\s+time)"
    r"|\ba\s+no\s+from\s+(?:us|me)\b|\bnot\s+be\s+proceeding\b|\bnot\s+proceed\b"
    r"|\b(?:won't|will\s+not|not\s+be|don't|do\s+not)\s+(?:be\s+)?(?:taking\s+(?:up|on)|"
    r"going\s+ahead|moving\s+(?:forward|ahead)|pursuing|proceeding)\b"
)


_DECLINE_IDIOM = _rx(
    r"\btiming\s+(?:isn't|is\s+not|is\s+n't)\s+right\b|\bno\s+appetite|\bno\s+need\s+(?:for|"
    r"at\s+this|"
    r"right\s+now|for\s+now|at\s+the\s+moment)|\bno\s+changes\s+(?:for\s+now|at\s+this|right\s+now)"
    r"|\bno\s+plans\s+to\s+(?:expand|add|grow|increase|upgrade|extend|roll)"
    r"|\bhard\s+time\s+justifying\b|\bcan't\s+see\s+us\b|\bnot\s+the\s+(?:right|best|good)\s+time\b"
    r"|\boff\s+the\s+table\b|\bcan\s+do\s+without\b|\bcut\s+down\s+on\b|\bpas\s+le\s+bon\s+moment\b"
    r"|\b(?:don't|do\s+not)\s+have\s+(?:any\s+)?plans\s+to\b|\bnot\s+(?:a\s+fit|for\s+us|"
    r"interested)\b"
    r"|\bno\s+(?:new|more|additional|extra)\s+(?:modules|seats|licen[cs]es|users|tools|vendors)\b"
    r"|\b(?:don't|do\s+not|doesn't)\s+(?:see|think)\s+(?:the|a|any)\s+need\b|\bnot\s+there\s+yet\b"
    r"|(?:\bnot|n't)\b[^.;]{0,20}\ba\s+priority\s+for\s+us\b|(?:\bnot|n't)\s+(?:sure|convinced)\s+"
    r"(?:we(?:'re|\s+are)?\s+)?(?:ready|need)|\b(?:expand|add|upgrad)\w*\s+later\b|"
    r"\bnot\s+(?:something|anything)\s+we(?:'re|\s+are|'d|\s+would)?\s+(?:\w+\s+)?(?:need|want|"
    r"looking|considering|planning|interested|pursuing|prioriti\w+|ready)"
    r"|(?:don't|do\s+not)\s+(?:think\s+)?(?:we\s+)?need\s+(?:to\s+change\s+(?:anything|a\s+thing)|"
    r"any\s+changes|anything\s+(?:more|else|extra|new))"
    r"|\bnot\s+in\s+the\s+market\s+for\b"
    r"|\b(?:it's|that's|it\s+is|that\s+is)\s+a\s+(?:no|pass|hard\s+no|soft\s+no)\b"
    r"|\bnothing\s+(?:more|else|further|extra|additional)\s+(?:for\s+(?:us|now|me)|needed|"
    r"required|at\s+(?:the\s+moment|present|this\s+(?:time|point|stage)))"
    r"|\bhold\s+(?:on|off\s+on)\s+(?:any|all)\s+(?:changes|expansion|additions|new)\b"
    r"|(?:\bnot|n't)\b[^.;]{0,25}\bready\s+(?:for\s+(?:that|this|it|more|an?\s+\w+)\s+)?yet\b"
    # issue 10, third round: "more than we need", "does the job", "no real use for that",
    # "hard to justify", "park the upgrade idea", "don't think we'll need it", "not ready to
    # go there", "the team wouldn't go for it", "outside what we can do", "not in the cards",
    # "don't hold your breath", "a hard sell", "not a fit for us", "overkill for us"
    r"|\bmore\s+than\s+(?:we|i)\s+(?:really\s+)?(?:need|want|require|can\s+(?:use|justify))\b"
    r"|\b(?:overkill|too\s+much)\s+for\s+(?:us|what\s+we|our\s+(?:needs|size|team))\b"
    r"|\bdoes\s+(?:the\s+job|what\s+we\s+need|everything\s+we\s+need)\s*(?:[.!,;]|$|for\s+(?:us|now|"
    r"the\s+time\s+being)|(?:just\s+)?fine)"
    r"|\bno\s+(?:real\s+)?interest\s+(?:in|for|right\s+now|at\s+(?:the|this))\b"
    r"|\b(?:don't|do\s+not|can't|cannot)\s+(?:really\s+)?see\s+(?:the|much|enough|any|a\s+lot\s+of)\s+"
    r"(?:value|benefit|upside|point)\b"
    r"|\bnot\s+go\s+down\s+that\s+(?:road|path|route)\b"
    r"|(?:\bnot\s+something\s+(?:i|we)\s+can|\bcan't|\bcannot|\bcouldn't)\s+sell\s+(?:it\s+|this\s+|that\s+)?"
    r"(?:to|internally|upstairs)\b"
    r"|\b(?:we've|we\s+have|we|i've|i\s+have|i)\s+decided\s+(?:not\s+to\s+(?:move\s+(?:forward|ahead)|"
    r"go\s+(?:forward|ahead)|proceed|pursue|add|expand|upgrade|take\s+(?:it|this|that|you)\s+up)|"
    r"against\s+(?:it|this|that|the\s+(?:upgrade|expansion|proposal|offer|add-?on)))\b"
    r"|\b(?:is|are)\s+(?:plenty|enough|sufficient)\s+for\s+(?:us|now|our\s+needs)\b"
    r"|\b(?:don't|do\s+not|doesn't|wouldn't)\s+(?:really\s+)?have\s+(?:a|any|much)\s+"
    r"(?:real\s+)?(?:use|need)\s+for\b"
    r"|(?:^|\b(?:it's|it\s+is|that's|that\s+is|'d\s+be|would\s+be|will\s+be|'ll\s+be|be)\s+"
    r"(?:a\s+bit\s+|pretty\s+|really\s+|very\s+|too\s+|quite\s+)?)(?:hard|tough|difficult)\s+to\s+"
    r"(?:justify|make\s+(?:the|a)\s+case|sell\s+(?:it|this|that|"
    r"internally|upstairs)|get\s+(?:it|this|that)\s+(?:approved|past|through))"
    r"|\b(?:can't|cannot|couldn't)\s+(?:really\s+)?(?:justify|make\s+the\s+case\s+for)\b"
    r"|\b(?:a\s+)?(?:hard|tough|difficult)\s+sell\b"
    r"|\b(?:park|shelve|table)\s+(?:the|this|that|your)\s+(?:[\w'-]+\s+){0,2}?(?:idea|upgrade|"
    r"expansion|proposal|offer|conversation|discussion|topic)\b"
    r"|\b(?:don't|do\s+not)\s+think\s+(?:we'll|we\s+will|we'd|we\s+would|we)\s+(?:really\s+|"
    r"actually\s+)?(?:need|use|want|benefit)\b|\bwon't\s+be\s+needing\b"
    r"|\bnot\s+(?:ready|prepared|in\s+a\s+position)\s+to\s+(?:go\s+there|do\s+that|take\s+"
    r"(?:that|this|it)\s+on|commit|make\s+(?:that|this)\s+(?:move|jump|call))"
    r"|(?:\bwouldn't|\bwould\s+not|\bwon't|\bwill\s+not|\bdon't\s+think\s+[\w'\s]{1,25}"
    r"(?:would|will))\s+go\s+for\s+(?:it|that|this)\b|\b(?:won't|wouldn't|not\s+going\s+to)\s+"
    r"fly\b"
    r"|\boutside\s+(?:of\s+)?(?:what\s+we\s+can|our\s+(?:budget|scope|means|plans|remit))\b"
    r"|\bnot\s+in\s+the\s+cards\b|\bdon't\s+hold\s+your\s+breath\b"
    r"|\bwouldn't\s+(?:expect|count\s+on)\s+(?:much\s+|any\s+)?(?:movement|anything|it|"
    r"a\s+yes|change)\b"
    r"|(?:\bnot|n't)\s+(?:really\s+|quite\s+)?(?:a\s+)?(?:good\s+|great\s+|right\s+)?fit\s+"
    r"(?:for\s+us|right\s+now|at\s+(?:the\s+moment|this\s+(?:point|time|stage))|for\s+now)\b"
    r"|\bno\s+(?:additions|add-?ons|upgrades|changes|expansion)\s+(?:for\s+(?:a\s+while|now|"
    r"the\s+time\s+being)|this\s+(?:year|quarter|cycle))\b"
    # dev wording #3's misses, as constructions: "not something we'll be doing", "that's going
    # to be a no", "our answer on the seats is no", "not on our radar", "not the direction
    # we're heading", "don't think we'll go any bigger", "won't be taking you up on that",
    # "doesn't fit our plans", "not planning any expansion", "probably not"
    r"|(?:n't|\bnot|\bdoubt)\b[^.;]{0,30}\bsomething\s+we(?:'ll|\s+will|'d|\s+would|'re|\s+are)?\s+"
    r"(?:be\s+)?(?:doing|pursuing|considering|needing|taking\s+on|looking\s+(?:at|into))\b"
    r"|\b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+not\s+going\s+to\s+work\s+for\s+us\b"
    r"|\b(?:going\s+to|gonna|will|'ll)\s+(?:have\s+to\s+)?be\s+a\s+(?:no|pass|hard\s+no)\b"
    r"|\banswer\b[^.;?]{0,40}\bis\s+(?:a\s+)?(?:no|not\s+now)\b"
    r"|\bnot\s+(?:really\s+)?on\s+(?:our|my|the)\s+radar\b"
    r"|\bnot\s+going\s+to\s+happen\b"
    r"|\bnot\s+(?:the|a)\s+direction\s+(?:we(?:'re|\s+are)|we\s+want)"
    r"|(?:n't|\bnot)\b[^.;]{0,30}\bgo(?:ing)?\s+(?:any\s+)?(?:bigger|larger|further\s+than|"
    r"beyond\s+(?:what|where))"
    r"|(?:n't|\bnot)\b[^.;]{0,30}\bgo(?:ing)?\s+(?:down\s+)?(?:that|this)\s+(?:route|road|path|way)\b"
    r"|(?:n't|\bnot)\b[^.;]{0,30}\btak(?:e|ing)\s+you\s+up\s+on\b"
    r"|(?:n't|\bnot)\s+(?:really\s+)?fit\w*\s+(?:with\s+|into\s+)?(?:our|my)\s+(?:plans|needs|"
    r"roadmap|budget|priorities|strategy)\b"
    r"|(?:n't|\bnot)\s+(?:planning|considering|looking\s+at|budgeting\s+for|pursuing)\s+(?:any|an?|"
    r"more)\s+(?:[\w'-]+\s+)?(?:expansion|changes|upgrades?|additions|seats|licen[cs]es|users|"
    r"modules?|add-?ons?)\b"
    r"|(?:n't|\bnot)\s+(?:looking|planning|going)\s+to\s+(?:add|buy|change|expand)\s+anything\b"
    r"|^(?:probably|likely|most\s+likely|i'd\s+say)\s+not\s*(?:[,.!]|$|for\s+(?:now|us)|right\s+now)"
    # issue 10, fourth round (expansion refusal): the no said with the words between its
    # parts ("I don't think that fits our plans", "I don't see it in the cards for us"), a
    # bare "no" for the time being ("I'd say no for now", "a no at this point")
    r"|(?:n't|\bnot)\b[^.;]{0,30}\bfit\w*\s+(?:with\s+|into\s+|in\s+)?(?:our|my)\s+"
    r"(?:[\w'-]+\s+)?(?:plans|needs|roadmap|budget|priorities|strategy)\b"
    r"|(?:n't|\bnot)\b[^.;]{0,30}\bin\s+the\s+cards\b"
    r"|\b(?:say|it's|that's|a|is|be)\s+(?:a\s+)?(?:no|pass)\s+(?:for\s+(?:now|the\s+time\s+being|"
    r"this\s+(?:year|quarter|cycle|round))|at\s+(?:this|the)\s+(?:time|moment|point|stage))\b"
)


# Issue 10, fourth round: open-ended noes by construction, from dev wording #4's misses —
# contentment with what they have whoever says it ("our ops team is fine with the current
# tools", "we're all set on licenses"), the status quo kept ("hold at our current level",
# "keep what we've got"), no need or use ("the extra module isn't needed", "no use case for
# it"), a decider's no ("the committee decided against it", "leadership isn't keen"), no
# appetite, direction, priority or fit, vendors being trimmed rather than added, a trailing
# "so probably not".
_NO_MORE = _rx(
    r"\b(?:all\s+set|good|fine|happy|covered|set|ok|okay|content|satisfied)\s+(?:on|with)\s+"
    r"(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?(?:current|existing|what\s+we|we've\s+got|we\s+have|"
    r"we're\s+at|we\s+already)\b|\ball\s+set\s+(?:on|with|for)\s+(?:[\w'-]+\s+)?(?:licen[cs]es|"
    r"seats|users)\b"
    r"|\bneeds\s+are\s+(?:covered|met)\b"
    r"|\b(?:keep|keeping|maintain|prefer)\s+(?:the\s+)?status\s+quo\b"
    r"|\bhold(?:ing)?\s+at\s+(?:our|the)\s+(?:current|existing|present)\b"
    r"|\b(?:continue|stick|sticking|stay|staying|hang\s+tight|stay(?:ing)?\s+the\s+course)\s+with\s+"
    r"(?:what\s+(?:we|works)|the\s+(?:[\w'-]+\s+)?(?:we|current|existing)|our\s+current)"
    r"|\bkeep\s+what\s+we(?:'ve|\s+have)?\s+(?:got|have)\b|^(?:i\s+think\s+)?we(?:'re|\s+are)\s+"
    r"going\s+to\s+leave\s+it\s*[.!]?$"
    r"|\bkeep\s+(?:our|the)\s+(?:[\w'-]+\s+){0,2}?(?:stack|footprint|setup|tooling)\s+(?:lean|small|"
    r"simple|as\s+is)\b|\bholding\s+pattern\b"
    r"|\b(?:isn't|is\s+not|aren't|are\s+not)\s+(?:really\s+)?needed\b"
    r"|\b(?:don't|do\s+not|doesn't)\s+(?:really\s+)?(?:have|see)\s+(?:a|any)\s+(?:real\s+)?(?:use\s+case|"
    r"need|reason)\b|\bno\s+use\s+case\b"
    r"|(?:n't|\bnot)\s+think\s+(?:the\s+team|we|they|anyone)\s+(?:really\s+)?needs?\s+(?:it|this|that|"
    r"more|them)\b"
    r"|\bno\s+budget\s+for\s+(?:that|this|it|more|the|an?)\b"
    r"|\bdecided\s+against\s+(?:it|this|that|the)\b"
    r"|\b(?:leadership|committee|board|cfo|management|finance|group|team|folks)\b[^.;]{0,30}\b"
    r"(?:(?:didn't|did\s+not|doesn't|does\s+not|don't)\s+(?:see|want|feel)\s+(?:a|the|any)\s+need|"
    r"(?:isn't|is\s+not|aren't|are\s+not|not)\s+keen|wants?\s+to\s+hold\s+steady|wants?\s+no\s+new|"
    r"would\s+say\s+no)\b"
    r"|\bno\s+new\s+(?:[\w'-]+\s+)?(?:software|tools?|vendors?|commitments|spend|contracts|purchases|"
    r"licen[cs]es|seats|modules)\b"
    r"|(?:n't|\bnot)\s+(?:really\s+)?(?:the|a)\s+direction\b"
    r"|(?:n't|\bnot)\s+(?:really\s+)?a\s+priority\s*(?:[.!,]|$|for\s+(?:us|the\s+team|now)|right\s+now|"
    r"at\s+the\s+moment)"
    r"|(?:n't|\bnot)\b[^.;]{0,30}\b(?:appetite|need|budget|interest|timing)\b[^.;]{0,20}\b(?:is|are)\s+"
    r"(?:really\s+)?there\b"
    r"|(?:n't|\bnot)\s+feel\s+like\s+(?:a|the)\s+(?:right\s+|good\s+)?fit\b"
    r"|\b(?:consolidat\w*|trim\w*|cutting|reduc\w*|streamlin\w*)\s+(?:down\s+)?(?:our\s+|the\s+)?"
    r"(?:vendors|tools|tooling|software|stack|spend|licen[cs]es|apps)\b"
    r"|(?:^|,\s*|\bso\s+)(?:probably|likely)\s+(?:not|a\s+no)\s*(?:[.!,;]|$|for\s+(?:now|us)|"
    r"right\s+now|at\s+this|from\s+us)"
    r"|\bnot\s+using\s+(?:everything|all\s+(?:of\s+)?(?:what|the)|what)\b"
    r"|\blet's\s+not\s+(?:complicate|add|change|expand|rock)\b"
    r"|\bother\s+priorities\b"
    r"|(?:n't|\bnot)\s+see\s+(?:that|this|it)\s+happening\b"
    r"|(?:n't|\bnot)\b[^.;]{0,15}\bready\s+for\s+(?:that|this|it|more)\b"
)
_NO_MORE_WORDS = frozenset(
    [
        "set", "good", "fine", "happy", "covered", "ok", "okay", "content", "satisfied", "needs",
        "keep", "keeping", "maintain", "prefer", "quo", "hold", "holding", "continue", "stick",
        "sticking", "stay", "staying", "hang", "leave", "needed", "have", "see", "case", "think",
        "budget", "decided", "keen", "hold", "say", "new", "direction", "priority", "appetite",
        "need", "interest", "timing", "feel", "consolidate", "consolidating", "consolidation",
        "trim", "trimming", "cutting", "reduce", "reducing", "streamline", "streamlining",
        "probably", "likely", "using", "let's", "priorities", "happening", "ready", "wants",
        "want",
    ]
)


# "we prefer not to grow the footprint", "not looking to add seats", "hold off on expanding":
# an open-ended no once it names what is not grown (an expansion object) or a "for now".
_NOT_GROW = _rx(
    r"(?:\b(?:prefer|rather|like|want|plan|intend|mean)\s+not\s+to|\bhold(?:ing)?\s+off\s+on|"
    r"\bno\s+(?:plans?|intention|desire|interest|rush)\s+(?:to|in)|\bnot\s+(?:looking|planning|"
    r"going|ready|keen|minded|prepared|in\s+a\s+(?:position|hurry|rush))\s+to|"
    r"(?:don't|do\s+not|won't|will\s+not)\s+(?:want|plan|intend|need|be\s+looking)\s+to)"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:grow\w*|expand\w*|add(?:ing)?|increas\w*|upgrad\w*|extend\w*|"
    r"scal(?:e|ing)|widen\w*|broaden\w*|roll(?:ing)?\s+(?:it\s+|this\s+)?out|tak(?:e|ing)\s+on|"
    r"bring(?:ing)?\s+(?:on|in)|onboard\w*|buy(?:ing)?|purchas\w*|commit\w*|mov(?:e|ing)\s+up)\b"
    r"(?!\s+(?:the\s+)?(?:pipeline|deal|margin|position|exposure|book|volume|trades?)s?\b)"
)


# Negating a postponement is the opposite of a decline ("no need to postpone").
_NEG_POSTPONE = _rx(
    r"\b(?:no\s+need|no\s+reason|don't\s+want|do\s+not\s+want|not\s+going|won't|"
    r"shouldn't)\s+(?:to\s+)?"
    r"(?:postpone|delay|push|wait|hold\s+off|reschedule|slow)"
)


_NOT_NOW = _rx(
    r"(?:\bnot|n't|\bpas)\s+(?:[\w'-]+\s+){0,3}?(?:right\s+now|now\b|at\s+(?:this|the)\s+(?:time|"
    r"moment|stage|point|juncture)|"
    r"(?:the\s+)?(?:right|good|best)\s+(?:time|moment)|atm\b|for\s+now|yet\b|ready|there\s+yet|"
    r"a\s+fit|on\s+(?:our|the)\s+(?:radar|table)|in\s+a\s+position|interested|something\s+we|"
    r"anything\s+(?:we|else)|convinced|looking\s+to|planning\s+to|considering|pursu|proceed|"
    r"justify|see\s+(?:us|the\s+need|a\s+need)|need\b|want\b|needed|necessary|going\s+to\s+work|"
    r"in\s+the\s+near\s+term|anytime\s+soon|make\s+sense|makes\s+sense|a\s+priority|"
    r"le\s+bon\s+moment|"
    r"(?:to\s+)?(?:add|expand|increase|grow|upgrade|change|adding|expanding|commit)\b|think)"
)


# "first" as in "that comes first", not an ordinal ("for the first time", "the first half").
_FIRST_NOT_ORDINAL = (r"\bfirst\b(?!\s+(?:time|of|half|quarter|thing|step|place|week|day|bidder|"
                      r"meeting))")
_FIRST_FRAME = _rx(
    r"\b(?:(?:we|i)(?:'d|'ll|\s+would|\s+will)?|let's|us|team|management|"
    r"leadership)\s+(?:[\w'-]+\s+)?(?:need|want|have|would\s+like|'d\s+like|'d\s+rather|"
    r"'d\s+prefer|should|must|prefer|rather|"
    r"focus|let's\s+see|see\s+how|like\s+to\s+see|get|focused|wants|needs|wait|"
    r"waiting)\b[^.?!]{0,80}?(?:" + _FIRST_NOT_ORDINAL + r"|\bbefore\s+(?:we|adding|"
    r"expanding|going|talking|committing|considering|rolling|moving|any|anything|we\s+even|"
    r"discussing|"
    r"further|more)\b|\bbefore\s+\w+ing\b)"
    r"|\b(?:we're|we\s+are|i'm)\s+\w+ing\b[^.?!]{0,60}" + _FIRST_NOT_ORDINAL
)


_VAGUE_FUTURE = _rx(
    r"\b(?:at\s+some\s+point|down\s+the\s+(?:road|line)|in\s+the\s+future|someday|some\s+day|"
    r"one\s+day|eventually|another\s+time|in\s+due\s+course|(?:maybe|perhaps|possibly)\s+(?:later|"
    r"in\s+the\s+future|one\s+day|down\s+the)|when\s+(?:it\s+makes\s+sense|the\s+time\s+is\s+right|"
    r"we're\s+ready|we\s+are\s+ready|ready|needed|that\s+changes)|if\s+(?:anything|that|things)\s+"
    r"changes?|if\s+we\s+need|when\s+we\s+need|keep\s+(?:it|that|this)\s+in\s+mind|"
    r"back\s+pocket|wait\s+and\s+see|where\s+things\s+land|think\s+about\s+it|options\s+open|"
    r"ahead\s+of\s+ourselves|step\s+back|bring\s+it\s+up\s+internally|"
    r"take\s+a\s+closer\s+look\s+internally|"
    r"until\s+further\s+notice|plus\s+tard|attendre\s+un\s+peu)\b"
)


_EXPANSION_OBJECT = _rx(
    r"\b(?:seats?|licen[cs]es?|users|modules?|add-?ons?|upgrad\w*|tiers?|premium|enterprise|"
    r"expan\w*|regions?|rollout|roll\s+(?:it\s+)?out|scale|more\s+(?:seats|users|licen[cs]es)|"
    r"additional|extra|scope|plan|package|other\s+teams?|going\s+further|\u00e9largir|licences|"
    r"footprint|deployment|subscription|anything\s+(?:new|else|more))\b"
)


# --- concrete decline --------------------------------------------------------------------
# Gate of _REASON: its words, and the stems of its \w* alternatives (plus "$", checked apart).
_REASON_WORDS = frozenset(
    [
        "funding", "fund", "spend", "spending", "procurement", "purchasing", "fiscal",
        "headcount", "hiring", "hires", "locked", "switching", "project", "annual", "planning",
        "freeze", "frozen", "moratorium", "merger", "acquisition", "audit", "compliance", "legal",
        "security", "infosec", "board", "cfo", "ceo", "cio", "finance", "approval", "sign",
        "signoff", "contract", "migration", "live", "earnings", "quiet", "layoffs", "cost",
        "capital", "capex", "rfp", "vendor", "integration", "certification", "certify", "money",
        "allocated", "capped", "parent", "gdpr", "series", "pilot", "numbers", "forecast",
        "raise", "exercice", "gel\u00e9",
    ]
)
_REASON_STEMS = ("budget", "renegotiat", "reorg", "restructur", "renew")
_REASON = _rx(
    r"\b(?:budget\w*|funding|fund|spend(?:ing)?|procurement|purchasing|"
    r"fiscal\s+year\s+(?:starts|begins|ends)|headcount|hiring|hires|locked|switching|renegotiat\w*|"
    r"project|annual\s+(?:planning|review)|planning|freeze|frozen|moratorium|reorg\w*|"
    r"restructur\w*|merger|acquisition|"
    r"audit|compliance|legal|security|infosec|board|cfo|ceo|cio|finance|approval|"
    r"sign-?off|contract|renew\w*|migration|go-live|earnings|quiet\s+period|layoffs|"
    r"cost[- ]cutting|"
    r"cost\s+review|capital|capex|rfp|vendor\s+(?:review|risk)|planning\s+cycle|change\s+freeze|"
    r"integration\s+with|certification|certify|\$|money|allocated|capped|over\s+budget|"
    r"parent\s+company|gdpr|series\s+[a-e]|pilot\s+results|numbers|forecast|raise|"
    r"exercice|gel\u00e9)\b"
)


_DECLINE_CUE = _rx(
    r"\b(?:can'?t|cannot|can\s+not|won'?t|unable|no\b|not\b|only|earliest|wait|hold|paused?|frozen|"
    r"freeze|closed|off\s+the\s+table|decline|at\s+renewal|pushed|on\s+hold|capped|exhausted|"
    r"out\s+of|first(?!\s+(?:time|half|quarter|of|week|day|year|meeting))|answer|require\w*|"
    r"locked|moratorium|cut|before\s+committing|jusqu|must|has\s+to|have\s+to|"
    r"needs?\s+(?:[\w'-]+\s+)?(?:approval|sign-?off)|needs?\s+to\s+(?:approve|sign|review|certify|finish)|"
    r"\u00e0\s+ce\s+moment)\b"
)


_CONNECTIVE = _rx(
    r"\b(?:when|then|until|till|til|after|once|before|revisit\w*|at\s+renewal|earliest|look\s+at|"
    r"as\s+part\s+of|reopen)\b"
)


_DECLINED_OBJECT = _rx(
    r"\b(?:seats?|licen[cs]es?|users|modules?|add-?ons?|upgrad\w*|tiers?|plan|package|expan\w*|"
    r"regions?|rollout|purchases?|spend|tools|vendors|commitments|buy|fund|increase|premium|"
    r"enterprise|analytics|licensing|contracts?\s+value|\u00e9tendre|extension)\b"
)


# A firm time: a month (with its year), a quarter by name ("Q3", "the second quarter", "next
# quarter"), the new fiscal year ("FY27", "the next fiscal year"), a season with its year ("the
# spring of 2027"), a day of the month, the start or end of one. Hedged ones ("maybe in March")
# are told apart by _HEDGED_TIME; the verb "may" by markers._firm_time.
_FIRM_TIME = (
    r"(?:(?:early|mid|late|the\s+(?:end|middle|start|beginning|first\s+week)\s+of)[\s-]+"
    # (ninth round) any part of a month: "the second week of March", "the back half of
    # February", "the last fortnight of June"
    r"|the\s+(?:first|second|third|fourth|last|final|back|front|latter|early|later)\s+"
    r"(?:week|half|part|fortnight|days)\s+of\s+)?"
    r"(?:" + _MONTH + r"|q[1-4]|the\s+\d{1,2}(?:st|nd|rd|th)"
    r"|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
    r"|(?:the\s+)?(?:next|following)\s+(?:quarter|fiscal\s+year|financial\s+year|budget\s+year)"
    r"|(?:the\s+)?new\s+(?:fiscal|financial|budget)\s+year|fy\s?\d{2,4}"
    r"|(?:the\s+)?" + _SEASON + r"\s+(?:of\s+)?20\d\d)\b"
)
# Verbs that place an event in time: something meets, opens, closes, is decided or goes live.
_EVENT_VERB = (
    r"(?:meets?|open(?:s|ing)?|clos(?:es?|ing)|end(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?|"
    r"lands?|launch(?:es|ing)?|finish(?:es)?|"
    r"wraps?(?:\s+up)?|kicks?\s+off|goes\s+live|comes?\s+in|arrives?|renews?|expires?|resets?|"
    r"reopens?|approves?|decides?|sets?|finalizes?|convenes?|votes?|"
    # (eighth round) what is delivered, completed, comes through or changes hands, a move or a
    # relaunch, work that runs until then: "the two new ships deliver in May", "the sale
    # completes in June", "the permit comes through in March", "our pilot runs until April"
    r"deliver(?:s|ed)?|completes?|comes?\s+through|chang(?:es?|ing)\s+hands|relaunch(?:es|ing)?|"
    r"relocat(?:es|ing)|(?:(?:is|are)\s+moving|moves?)\s+(?:to|into)|runs?\s+(?:until|till|through)|"
    r"doubles?|"
    r"(?:is|are|isn't|aren't|gets?|will\s+be|won't\s+be|'s|'re)\s+(?:\w+ly\s+)?(?:approved|decided|finalized|final|set|"
    r"done|signed|complete[d]?|ready|live|over|up|due|expected|scheduled|operational|announced|"
    r"confirmed|back|in\s+place|on\s+our\s+\w+|commissioned|retendered|signed\s+off|released|"
    r"delivered))"
)
# A concrete reason to wait is an event placed at a firm time ("the committee meets in June",
# "until our ERP upgrade is live in March", "until after the survey in February", "next meeting
# is July", "expected in March"): the no is tied to it, not open-ended.
_EVENT_AT = _rx(
    r"\b" + _EVENT_VERB + r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:in|on|by|around|through|for|at)\s+)?"
    + _FIRM_TIME
    + r"|\b(?:until|till|after|once|when|wait(?:s|ing)?\s+for)\s+(?:after\s+)?(?:the|our|their|its|"
    r"her|his)\s+(?:[\w'-]+\s+){0,5}?(?:in|on|by)\s+" + _FIRM_TIME
    + r"|\bnext\s+(?:one|meeting|cycle|window|review|round|session|board\s+meeting)\s+"
    r"(?:is|will\s+be|'s)\s+(?:in\s+)?" + _FIRM_TIME
    + r"|\b(?:target|deadline|go-live|kickoff|cutoff)\s+(?:date\s+)?(?:is|will\s+be)\s+(?:in\s+)?"
    + _FIRM_TIME
    + r"|\b(?:expected|scheduled|planned|slated|targeted|due)\s+(?:for|in|on|by)\s+" + _FIRM_TIME
    + r"|\bwhich\s+(?:is|will\s+be|we\s+expect)\s+(?:in\s+|on\s+)?" + _FIRM_TIME
    + r"|\b(?:round|cycle|meeting|review|session|window|survey|audit|close|deadline|renewal)\s+"
    r"(?:is|will\s+be)\s+(?:in|on)\s+" + _FIRM_TIME
    # a next step placed at a firm time is the date to revisit ("let's revisit in mid-February")
    + r"|\b(?:talk|revisit|look|reconnect|regroup|circle\s+back|check\s+in|come\s+back)\s+"
    r"(?:again\s+)?(?:to\s+(?:you|this|it)\s+)?(?:in|at|on|after|by)\s+(?:the\s+)?" + _FIRM_TIME
)
# ...and what the no comes with: a next step tied to that time ("let's talk then", "I'll put it
# in the packet", "send the numbers before", "we'll add it then").
_NEXT_STEP = _rx(
    r"\b(?:let's|i'll|we'll|i\s+will|we\s+will|we\s+can|please)\s+(?:[\w'-]+\s+){0,2}?(?:talk|"
    r"revisit|reconnect|loop|pick|check|look|circle|touch|ping|raise|bring|put|include|send|"
    r"take|add|know|reach|table|present|submit)\b|\brevisit\s+(?:after\s+that|then)\b"
)
_REVISIT_LINK = _rx(
    r"\b(?:then|afterwards?|after\s+(?:that|the|it)|before\s+then|not\s+before|right\s+after|"
    r"at\s+that\s+point|on\s+(?:that|the)\s+agenda|until\s+then|before\s+(?:expanding|adding|"
    r"committing|we))\b|" + _NEXT_STEP.pattern
)



# --- a firm time to come back, by construction (sixth round) -----------------------------
# When a no or a put-off says it will be taken up again, and that time is firm: a calendar time
# (_FIRM_TIME), a count of weeks or months ("in six weeks", "three months from now") or the turn
# of a budget or contract cycle ("when our budget resets", "the next planning round", "once the
# fiscal year rolls over"). A vague later ("down the road", "at some point", "when things
# settle", "maybe in March") is no firm time (markers._firm_time). A named business milestone
# ("after the audit", "once the merger closes") is a reason to wait, and firm only placed in
# time ("after the audit, in March"): alone, every wording's writers used it for a put-off
# ("Not the best moment for us. After the audit would be better.").
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_CYCLE_TURN = (
    r"\b(?:when|once|after|until|till|til|before|as\s+soon\s+as)\s+(?:our|the|their|its)\s+"
    r"(?:new\s+)?(?:[\w'-]+\s+)?(?:budget|fiscal\s+year|financial\s+year|budget\s+year|contract|"
    r"renewal|subscription|grant|funding)\s+(?:(?:is|gets)\s+)?(?:resets?|renews?|renewed|starts?|"
    r"begins?|rolls?\s+over|turns?\s+over|opens?|reopens?|ends?|expires?|up|approved|released|"
    r"signed|comes?\s+(?:in|through)|kicks?\s+in|lands?|refreshes?)\b"
    r"|\b(?:the|our|their)\s+next\s+(?:budget|planning|procurement|funding|buying|approval|"
    r"spend(?:ing)?)\s+(?:cycle|round|window|year|season|session|meeting|period)\b"
    r"|\b(?:budget|cycle|window|fiscal\s+year|procurement)\s+(?:resets?|reopens?|rolls\s+over)\s+"
    r"(?:in|on)\s+" + _FIRM_TIME
)
_MILESTONE = _rx(
    r"\b(?:after|once|when|until|till|til|before)\s+(?:after\s+)?(?:the|our|their|this)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:audit|go-live|go\s+live|cutover|cut-over|board\s+(?:meeting|review|"
    r"vote)|merger|acquisition|migration|year-end\s+close|funding\s+round|renewal)\b"
)
_FIRM_LATER = _rx(
    r"\b" + _FIRM_TIME
    + r"|\bin\s+" + _COUNT + r"\s+(?:weeks|months)\b|\b" + _COUNT
    + r"\s+(?:weeks|months)\s+from\s+(?:now|today)\b"
    + r"|(?P<turn>" + _CYCLE_TURN + r")"
)
# Gate of _FIRM_LATER: each branch holds one of these words (or a q1, fy27 or 15th token).
_FIRM_WORDS = _MONTH_WORDS | frozenset(
    [
        "quarter", "fiscal", "financial", "budget", "weeks", "months", "contract", "renewal",
        "subscription", "grant", "funding", "year", "round", "cycle", "window", "procurement",
        "planning", "spring", "summer", "fall", "autumn", "winter",
    ]
)
_FIRM_TOKEN = re.compile(r"^(?:q[1-4]|fy\d{2,4}|\d{1,2}(?:st|nd|rd|th))$")
# A cause said for the wait: "because of the conversion", "given the audit", "while we
# reorganize", "in the middle of an ERP migration", "mid-audit", or work going on until then
# ("our DSO is integrating three acquisitions until March"; not a busy state: "we're drowning").
_WAIT_REASON = _rx(
    r"\b(?:because|since\s+(?:we|our|the)|due\s+to|given\s+(?:the|our)|owing\s+to|as\s+(?:we're|"
    r"we\s+are|our)|while\s+(?:we|our|the)|during\s+(?:the|our))\b"
    r"|\bin\s+the\s+(?:middle|midst)\s+of\b|\bmid-(?!" + _MONTH + r"\b)[a-z]{3,}\b"
    r"|\b(?:we're|we\s+are|(?:our|the)\s+[\w'-]+\s+(?:is|are))\s+(?:still\s+|currently\s+)?"
    r"(?!(?:drowning|struggling|scrambling|running|going|looking|trying|waiting|hoping)\b)"
    r"[a-z]{3,}ing\b[^.;]{0,60}?\b(?:until|till|til|through|thru|by\s+(?=" + _FIRM_TIME + r"))\b"
    # (ninth round) ...or a unit still new to its work ("our practice managers are all new")
    r"|\b(?:is|are|'re)\s+(?:all\s+|still\s+|brand\s+)?new\b(?!\s+(?:to\s+you|customers?)\b)"
)
# Bad timing said as the reason ("bad timing with the reorg going on, March at the earliest",
# "this isn't a priority until May", "too early for us", "heads down on budgets until the
# 20th"), a postponement asked for or a holiday: a put-off, whatever the date (the labelled
# sentences and every wording's pools call these deferrals).
_TIMING_FRAME = _rx(
    r"\b(?:timing|moment|priority|priorities|too\s+(?:early|soon)|focus|on\s+fire|bandwidth|"
    r"capacity|busy|swamped|slammed|underwater|buried|heads[- ]down|packed|stretched)\b"
    # ...or the talk itself put off ("park the renewal discussion until after the offsite"),
    # a postponement asked for ("we'll need to postpone until Q2"), a holiday or a trip
    r"|\b(?:park|hold|push|table|shelve|postpone|defer)\w*\s+(?:[\w'-]+\s+){0,3}?(?:discussion|"
    r"conversation|thought|talk|call|meeting)s?\b"
    r"|\b(?:to|let's|we'll|i'll|we|i|can|could|should|must|will|please)\s+(?:[\w']+\s+)?(?:postpone|"
    r"push|move|pause|punt|delay|reschedule|regroup|defer)\b(?!\s+(?:to|into)\s+(?:an?|the|our)\s+"
    r"new\b)|\b(?:postponing|pushing|moving(?!\s+(?:to|into)\s+(?:an?|the|our)\s+new\b)|"
    r"pausing|punting|delaying|rescheduling|regrouping|deferring)\b"
    r"|\b(?:holidays?|vacation|travel\w*|leave|christmas|thanksgiving|out\s+of\s+(?:the\s+)?office)\b"
)
# ...and what says the firm time is when it is taken up again: "that's when", "is when we'll
# know", "we'll decide then" (a no, a hold or a next step say it too: _DECLINE_CUE,
# _REVISIT_LINK).
_WHEN_CUE = _rx(
    r"\b(?:that's|that\s+is|is|'s|would\s+be|will\s+be)\s+when\b|\b(?:we'll|we\s+will|i'll|"
    r"i\s+will|we'd)\s+(?:[\w'-]+\s+)?(?:know|decide|need|see|have|include)\b"
    r"|\bso\s+" + _FIRM_TIME + r"\s*[.!]*$|\bwhich\s+is\s+" + _FIRM_TIME
)


# --- a concrete no's return and its reasons, by construction (eighth round) -----------------
# How a concrete no hands the matter back for its firm time without a named revisit verb: the
# reader is told to ask, check or try again ("ask us again in May", "check back in June"), to
# come back or bring it back, to revert; the matter "may be revisited"; someone will decide,
# judge or reconsider then, or make the call; "post that", "at that time". Said with a reason
# and a firm time (markers._firm_answer), it is the next step of a concrete decline; alone
# ("Busy week. Ask me again in May.") it stays a put-off, as before.
_BACK_THEN = _rx(
    r"\b(?:ask|check|try)\s+(?:(?:me|us|again)\s+)?(?:again|back)\b|\bcheck\s+in\s+again\b"
    r"|\btry\s+(?:me|us)\s+(?:again\s+)?(?:in|after|then|around)\b"
    r"|\bcome\s+back\s+to\s+(?:me|us|you)\b|\bbring\s+(?:it|this|that|them)\s+(?:back|up\s+again)\b"
    r"|\brevert\b|\b(?:be|get|gets|is)\s+revisited\b|\blook\s+(?:at\s+(?:it|this|that)\s+)?again\b"
    r"|\bpost\s+that\b|\bat\s+that\s+time\b"
    r"|\b(?:will|'ll|can|could)\s+(?:then\s+)?(?:reconsider|evaluate|judge|decide|assess|"
    r"re-?assess|weigh\s+(?:it|this|that)|make\s+(?:that|the)\s+call)\b"
    r"|\b(?:and|who|which)\s+will\s+(?:decide|make\s+(?:that|the)\s+call)\b"
    # (ninth round) the reader told to come back after it ("reach out after", "ping me then"),
    # our own revisit said as a wish ("I'd rather revisit after", "we'd revisit in May"), or
    # the matter taken up the line then ("I can take this to the CFO")
    r"|\b(?:reach\s+out|get\s+in\s+touch|ping\s+(?:me|us)|follow\s+up|circle\s+back|check\s+in)"
    r"\s+(?:again\s+)?(?:after|then|at\s+that\s+point)\b"
    r"|\b(?:i'd|we'd|i\s+would|we\s+would)\s+(?:rather\s+|prefer\s+to\s+|like\s+to\s+)?"
    r"(?:revisit|review|reconsider|look\s+again|pick\s+(?:it|this)\s+up)\b"
    r"|\brevisit\s+after\b|\b(?:i|we)\s+(?:can|will|'ll)\s+(?:then\s+)?(?:take|bring)\s+"
    r"(?:it|this|that|the\s+\w+)\s+to\s+(?:the\s+|our\s+|my\s+)?\w+"
)
# A reason that is a lack of anyone to use what is offered, until then: "no crew to use extra
# seats", "there's no one to license yet", "nobody to give seats to", "seats would sit unused".
_NO_ONE_TO_USE = _rx(
    r"\b(?:no(?:\s+(?:extra|new|more))?\s+(?:one|crew|staff|people|users?|team|bodies|hires)|"
    r"nobody|no-one)\s+(?:yet\s+)?to\s+(?:use|licen[cs]e|give|hand|fill|assign|seat|onboard|"
    r"train)\b"
    r"|\bwould\s+(?:just\s+)?(?:sit|be)\s+(?:unused|idle|empty)\b"
)
# The no of a concrete decline said as a state of the money or of the matter: nothing (new,
# changes, before that), a budget fixed, spent, spoken for or committed, no point or no sense
# before then ("the school term budget resets in May; nothing before that").
_HELD_UNTIL = _rx(
    r"\bnothing\b|\b(?:budget|funds?|money|spend|allocation|capex|opex)\w*\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:is|are|'s|'re|been)\s+(?:already\s+|all\s+|fully\s+)?(?:fixed|spent|spoken\s+for|"
    r"committed|used\s+up|allocated)\b|\bno\s+point\b|\bmakes?\s+no\s+sense\b"
    # (ninth round) ...or said as what we did with it ("we've committed our budget to the POS")
    r"|\b(?:we've|we\s+have|we)\s+(?:already\s+)?(?:committed|allocated|spent|earmarked|"
    r"ring-?fenced|tied\s+up)\s+(?:our|the|all|this\s+year's)\s+(?:[\w'-]+\s+)?(?:budget|spend|"
    r"funds|money|capex|opex)\b"
)
# ...or the answer said to wait on the event: it depends or hinges on it, the event decides or
# will tell ("the Leeds expansion depends on a lease we sign in June").
_WAITS_ON = _rx(
    r"\b(?:depends?|hinges?|rests?|conditional)\s+on\b|\b(?:decides?|determines?)\s+(?:how|what|"
    r"whether|if|the|our)\b|\bwill\s+(?:tell|show)\s+us\b"
)
# A cause that is a state of the unit or the work until the firm time ("the Leeds gallery is
# closed for refurbishment until May", "the site isn't commissioned until June", "the plant is
# under construction till March"), or a rule or an event said to mean the no ("procurement
# rules mean nothing new until...", "our quarter-close blackout means no new POs until...").
_STATE_UNTIL = _rx(
    r"(?<!window)(?<!diary)(?<!calendar)(?<!schedule)(?<!'s)"
    r"\s(?:is|are|isn't|aren't|is\s+not|are\s+not)\s+(?:still\s+|only\s+)?(?:closed|shut|"
    r"under\s+[a-z]+|being\s+[a-z]+|not\s+yet\s+[a-z]+|(?:not\s+)?(?:open|live|built|ready|"
    r"operational|staffed|commissioned|confirmed)|(?:(?<=n't\s)|(?<=not\s))(?:yet\s+)?"
    r"(?!(?:expected|scheduled|due)\b)[a-z]{3,}(?:ed|t|en)(?:\s+(?:out|up|in))?)\b"
    r"[^.;]{0,40}?\b(?:until|till|til|through|before)\b"
    r"|\b(?:means?|meaning)\s+(?:no|nothing|we\s+(?:can't|cannot|won't))\b"
)
# An event placed after its firm time ("check back in June when the next season starts",
# "after March, when the new FY starts"): the same reason as _EVENT_AT, said the other way.
_TIME_THEN_EVENT = _rx(
    r"\b" + _FIRM_TIME + r",?\s+(?:when|once)\s+(?:the|our|their|its|we)\s+(?:[\w'-]+\s+){0,4}?"
    + _EVENT_VERB + r"\b"
)

# --- open-ended noes to an offer, by construction (fifth round) ------------------------------
# Not now, with the later time left open: "it'll be a while", "not for a bit", "not this
# quarter", "not until things settle", "the next couple of months are spoken for".
_OPEN_NOT_NOW = _rx(
    r"\b(?:it'll|it\s+will|that'll|that\s+will|this\s+will|it's\s+going\s+to|it\s+may|it\s+might)"
    r"\s+(?:have\s+to\s+)?(?:be|take)\s+(?:a\s+)?(?:while|bit|some\s+time|later)\b"
    r"|(?:\bnot|n't|\bnothing)\s+(?:[\w'-]+\s+){0,3}?(?:for\s+(?:a\s+(?:while|bit)|some\s+time|"
    r"the\s+foreseeable)|any\s*time\s+soon|soon\b|in\s+the\s+(?:near|short)\s+(?:term|future)|"
    r"this\s+(?:quarter|year|month|season|round|cycle|half|fiscal)\b|(?:in|for|over)\s+the\s+next\s+"
    r"(?:few|couple|several)|(?:un)?til\s+(?:after\s+)?(?:the\s+dust|things|we(?:'re|\s+are)\s+"
    r"(?:through|past|done|out)|spring|summer|fall|autumn|winter|next\s+year))"
    r"|\b(?:for|through)\s+the\s+foreseeable\s+future\b|\bsome\s+other\s+(?:time|month|quarter|year)\b"
    r"|\bask\s+(?:me|us)\s+again\b|\bnot\s+in\s+the\s+cards\b"
    r"|\b(?:the\s+)?next\s+(?:couple|few|several)\s+(?:of\s+)?(?:weeks|months)\s+are\s+(?:spoken\s+for|"
    r"booked|full|gone|packed|out)\b"
    r"|\blet's\s+see\s+(?:how|where)\s+(?:things|we)\s+(?:look|go|are|stand|shake\s+out)\b"
    r"|(?:\bnot|n't(?:\s+be)?|\bnothing(?:\s+new)?)\s+(?:for\s+a\s+few\s+(?:weeks|months)|before\s+(?:the\s+)?"
    r"(?:spring|summer|fall|autumn|winter|new\s+year|next)|until\s+after\b)"
    r"|\bin\s+a\s+better\s+(?:place|position|spot)\b[^.;]{0,30}\b(?:in|after|once|when)\b"
    r"|\blet\s+me\s+get\s+through\b"
)
# A short sentence that is only a later time, left open or hedged ("Later in the year,
# possibly.", "After that, maybe.", "Another time?", "Once we're settled in.", "Eventually,
# yes."): it puts off whatever the sentence before it said cannot happen now.
_LATER_FRAGMENT = _rx(
    r"^(?:(?:maybe|perhaps|possibly|probably|hopefully|honestly|but|so|and|then)[,\s]+)?"
    r"(?:later|after(?:wards?|\s+(?:that|it|this|those))?|eventually|someday|some\s*day|another\s+"
    r"(?:time|month|quarter|day)|some\s*time|some\s+point|once\b|when\b|down\s+the\s+(?:road|line)|"
    r"in\s+a\s+(?:few|couple)|next\s+(?:month|quarter|year|season|spring|summer|fall|winter)|"
    r"(?:in\s+)?the\s+(?:spring|summer|fall|autumn|winter|new\s+year)|in\s+(?:the\s+)?(?:spring|summer|"
    r"fall|autumn|winter)|give\s+us\s+(?:some\s+)?time|(?:maybe|perhaps|possibly)\s+in\b)"
)
# The sentence before it: now is not possible ("not now", "not the moment", "too soon", a busy
# state, no room). "Full of" tells what a thing holds ("greetings from a garage full of old
# bikes", fourteenth round), not that there is no room.
_NOT_NOW_STATE = _rx(
    r"(?:\bnot|n't)\s+(?:[\w'-]+\s+){0,3}?(?:now|the\s+(?:moment|time|season)|a\s+good\s+(?:fit|time)|"
    r"in\s+a\s+place|yet|it)\b|\btoo\s+(?:soon|early)\b|\b(?:bad|rotten|terrible|crazy|busy|wild|"
    r"hectic|rough)\s+(?:week|month|time|stretch|season)\b|\b(?:timing|moment)\b[^.;]{0,25}\b(?:isn't|"
    r"is\s+not|not)\b|\b(?:crazy|wild|chaotic|hectic|busy|nuts|a\s+blur|a\s+mess|in\s+flux|elsewhere|buried|fried|"
    r"swamped|slammed|underwater|heads-down|knee-deep|all\s+hands|full(?!\s+of\b)|overflowing|mid-\w+|"
    r"in\s+the\s+(?:middle|thick|home\s+stretch|tail\s+end)|peak|crunch|short|skeleton|on\s+the\s+road)\b"
)
# A present state that leaves no room (said of us), and a hedged or open later time after it:
# "we're at capacity, maybe next year", "bandwidth is zero right now; perhaps in the spring".
_NO_ROOM_NOW = _rx(
    r"\b(?:we're|we\s+are|the\s+team\s+is|the\s+team's|i'm|our\s+(?:team|people|staff|folks)\s+"
    r"(?:is|are))\s+(?:[\w'-]+\s+)?(?:underwater|slammed|swamped|drowning|fried|stretched|maxed|"
    r"at\s+(?:max\s+|full\s+)?capacity|short\s+(?:\w+\s+)?(?:people|staff|hands)|heads[- ]down|"
    r"knee[- ]deep|deep\s+in|in\s+the\s+weeds|in\s+(?:crunch|peak|the\s+middle|a\s+quiet)|mid-\w+|"
    r"stuck\s+in|dealing\s+with|going\s+through|digesting|still\s+digesting|buried)"
    r"|\b(?:bandwidth|capacity|headcount|budget|cash)\s+is\s+(?:[\w'-]+\s+)?(?:zero|tight|gone|maxed|"
    r"nil|limited|thin|exhausted|spoken\s+for)"
    r"|\b(?:can't|cannot|can\s+not)\s+(?:give\s+it|take\s+on|think\s+about|focus\s+on)\b"
    r"|\b(?:now|right\s+now|the\s+moment|this)\s+(?:isn't|is\s+not)\s+(?:ideal|possible|good|great|"
    r"right)\b|\b(?:wrong|terrible|bad|worst)\s+(?:possible\s+)?(?:time|timing|moment)\b"
)
_HEDGED_LATER = _rx(
    r"\b(?:maybe|perhaps|probably|possibly|hopefully|likely)\b[^.;]{0,40}?\b(?:later|next|after|"
    r"then|once|when|" + _MONTH + r"|" + _SEASON + r"|q[1-4]|year|quarter|month|months|future|"
    r"sometime)\b"
    r"|\b(?:later|next|after|then|" + _MONTH + r"|" + _SEASON + r"|q[1-4])\b[^.;]{0,40}?\b(?:maybe|"
    r"perhaps|probably|possibly|hopefully|at\s+the\s+earliest|at\s+best|is\s+more\s+realistic)\b"
    r"|\bsome\s*(?:time|point)\s+(?:later|after|next|in\s+the)\b"
)
# What the team would rather not, or is not looking at, said of the offer or of more:
# "the team would rather not take on more", "not something leadership is looking at", "nothing
# we want to change", "focused on what we already have", "before thinking about anything new".
_OPEN_NO = _rx(
    r"(?:'d|\bwould)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?(?:take\s+on|add|expand|change|commit|"
    r"grow|go\s+(?:bigger|further|there|down\s+that)|move|pursue|spend|upgrade|increase|sign|invest|"
    r"rock|complicate|touch|make\s+(?:any\s+)?changes?)\b"
    r"|\bnot\s+(?:something|anything)\s+(?:that\s+)?(?:[\w'-]+\s+){0,3}?(?:is\s+|are\s+|'s\s+|'re\s+|"
    r"am\s+|would\s+be\s+)?(?:likely\s+to\s+)?(?:looking\s+at|considering|pursuing|planning|"
    r"exploring|prioriti[sz]ing|entertain|approve|support|go\s+for|back|"
    # (ninth round) what we could not take on or carry ("not something we can take on")
    r"take\s+on|afford|justify|commit\s+to|stretch\s+to|fit\s+in|"
    r"interested\s+in|ready\s+for|thinking\s+about|focused\s+on|budgeted\s+for|keen\s+on|"
    r"open\s+to)\b"
    r"|^nothing\s+(?:we|i|the\s+team|they|anyone|leadership)\s+(?:[\w'-]+\s+)?(?:want|need|plan|"
    r"intend|looking|would)\b"
    r"|\bfocus(?:ed|ing)?\s+on\s+(?:[\w'-]+\s+){0,4}?(?:what\s+we\s+(?:already\s+)?(?:have|own|bought|"
    r"pay\s+for|'ve\s+got)|the\s+(?:current|existing)|our\s+(?:current|existing))\b"
    r"|\bbefore\s+(?:we\s+)?(?:even\s+)?(?:think\w*|look\w*|consider\w*|talk\w*|tak\w*\s+on)\s+"
    r"(?:about\s+|at\s+)?(?:anything|more|new|expan\w*|add\w*|further|upgrad\w*|other)\b"
    r"|\b(?:in|into)\s+a\s+holding\s+pattern\b"
    # (eighth round) the next move left to us, on a need that may never come ("we'll be in
    # touch if the need comes up", "should anything shift on our side, I'll drop you a line")
    r"|\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:[\w'-]+\s+)?(?:be\s+in\s+touch|get\s+in\s+touch|"
    r"reach\s+out|drop\s+you\s+a\s+(?:line|note)|give\s+you\s+a\s+(?:shout|call|ring)|come\s+back\s+to\s+you)"
    r"\b[^.;]{0,20}?\b(?:if|when|should|once)\s+(?:the\s+need|a\s+need|the\s+time\s+comes)\b"
    r"|^(?:should|if)\s+(?:anything|things)\s+(?:change|shift)s?\s+on\s+our\s+(?:side|end)"
    r"[^.;]{0,6}?\b(?:we'll|i'll|we\s+will|i\s+will)\s+(?:be\s+in\s+touch|get\s+in\s+touch|"
    r"reach\s+out|drop\s+you\s+a\s+(?:line|note)|come\s+back\s+to\s+you)\b"
    # (eighth round) spend on more paused, with no time ("growth spend is paused across the
    # board"; a date makes it a dated no: markers._dated)
    r"|\b(?:growth\s+|new\s+|software\s+|discretionary\s+|tool(?:ing)?\s+)?(?:spend(?:ing)?|"
    r"purchasing|investments?)\s+(?:is|are|has\s+been|have\s+been|remains?)\s+(?:[\w'-]+\s+)?"
    r"(?:paused|frozen|on\s+hold|suspended|capped)\b"
    r"|\bnot\s+something\s+(?:i|we)(?:'d|\s+would)\s+(?:push|fight|advocate|lobby|go\s+to\s+bat)\b"
    r"|(?:'d|\bwould)\s+rather\s+not\s+(?:open|raise|bring|push|start)\b"
)
# (eighth round) The customer speaking of itself in the third person, as the subject of the
# sentence ("The museum will remain on its existing arrangement", "The planning office wishes
# to retain the current scope", "The Client does not intend to..."): our side, for the
# first-person gate of a vague no.
_THEY_OF_US = _rx(
    r"^(?:the|our)\s+(?:[\w'-]+\s+){1,3}?(?:will|would|is|are|wishes|wish|intends?|plans?|prefers?|"
    r"does|do|has|have|remains?|feels?|'s|'re)\b"
)
# The outlook for the offer, said by us, is a no: doubt that it fits, flies or gets through ("I
# don't think it's a fit", "doubt we'd get that through", "I can't see leadership going for
# it", "I'd be surprised if that got any traction", "I'd say unlikely").
_DOUBT_OF_IT = _rx(
    r"\b(?:(?:don't|do\s+not|can't|cannot)\s+(?:really\s+)?(?:think|see|anticipate|imagine|expect)|"
    r"doubt|unlikely|not\s+(?:really\s+)?(?:sure|convinced)|surprised\s+if|suspect)\b"
    r"(?!\s+(?:where|what|which|how|who|when)\b)[^.;]{0,45}?"
    r"\b(?:fit|fly|go(?:ing)?\s+for|happen\w*|need\w*|use|get\s+(?:that|it|this)\s+through|"
    r"traction|interest|support|approve|justify|worth|make\s+sense|value|(?:the\s+)?same|"
    r"direction|add|adding|expand\w*|grow\w*|mov(?:e|ed)\s+on|push\s+for|for\s+us|go\s+there)\b"
    r"|\bwouldn't\s+hold\s+(?:your|my)\s+breath\b|\banswer\s+(?:is|will\s+be|is\s+going\s+to\s+be)\s+"
    r"(?:the\s+same|no)\b|^(?:i'd\s+say\s+|honestly,?\s+)?(?:unlikely|doubtful)\s*[.!]*$"
    r"|\b(?:probably|likely)\s+won't\s+happen\b|\bwon't\s+fly\b|\bcan't\s+(?:really\s+)?go\s+there\b"
)
# What it is worth to us, said to be little: "doesn't really make sense for us", "not worth it
# for us", "hard to justify", "more than we'd use", "a stretch for us", "our priorities lie
# elsewhere", "in cost-cutting mode", "the appetite for new spend is very low".
_NOT_WORTH_IT = _rx(
    r"(?:n't|\bnot)\s+(?:really\s+|quite\s+)?(?:make\s+sense|worth\s+(?:it|the)|(?:a|the\s+right)\s+fit|"
    r"for\s+us|what\s+we're\s+after|where\s+our\s+heads|in\s+our\s+plans|in\s+(?:expansion|growth|"
    r"buying)\s+mode|move\s+the\s+needle|call\s+for\s+it|justify\s+it|looking\s+to\s+(?:grow|expand|"
    r"add|change)|inclined\s+to|hearing\s+demand)"
    r"|\b(?:that's|it's|that\s+is|it\s+is|(?:it|that)\s+would\s+be|(?:it|that)'d\s+be)\s+(?:a\s+)?"
    r"(?:bit\s+(?:of\s+)?(?:a\s+)?)?(?:hard|tough|difficult|stretch)\b[^.;]{0,20}?\b(?:justify|"
    r"for\s+us\b(?!\s+all))"
    r"|\b(?:hard|tough|difficult)\s+to\s+justify\s+(?:it|that|this|the\s+(?:spend|cost|extra|upgrade|"
    r"expense))\b|\bstruggle\s+to\s+justify\b"
    r"|\bmore\s+than\s+we(?:'d|\s+would|\s+could)\s+(?:use|need)\b|\brich\s+for\s+our\s+blood\b"
    r"|\boutside\s+(?:what\s+we're|our)\s+(?:planning|plans|budget|scope)\b"
    r"|\b(?:priorities|focus)\s+(?:lie|lies|is|are)\s+elsewhere\b"
    r"|\b(?:in|into)\s+(?:cost-cutting|cost\s+cutting|belt-tightening|savings)\s+mode\b"
    r"|\btightening\s+(?:things|the\s+belt|spend)\b|\bcautious\s+about\s+(?:adding|expanding|new|"
    r"more|spend)"
    r"|\b(?:appetite|demand|budget)\b[^.;]{0,30}?\b(?:is|isn't|is\s+not)\s+(?:very\s+|really\s+)?"
    r"(?:low|limited|not\s+there|there\s+for)\b|\bbudget\s+isn't\s+(?:really\s+)?there\b"
    r"|(?:n't|\bnot|\bwouldn't)\s+(?:be\s+)?(?:keen|support\s+(?:that|it|this)|approve\s+(?:that|it|"
    r"this))\b"
)
# Content with what we have, however it is named: "happy with the basics", "happy at our
# size", "okay with things as they stand", "fine with the seats it has", "make do with what
# we've got", "we've got what we need", "the current arrangement works".
_CONTENT_AS_IS = _rx(
    r"\b(?:happy|fine|okay|ok|good|content|comfortable)\s+(?:with|at)\s+(?:the\s+basics?|"
    r"(?:our|its|their)\s+(?:size|level|current)|things\s+as\s+they\s+(?:are|stand)|the\s+(?:basic\s+)?"
    r"(?:[\w-]+\s+)?(?:it|we|they)\s+(?:has|have|got)|what\s+(?:we|it|they)(?:'ve)?\s+(?:got|have))\b"
    r"|\b(?:make\s+do|hang\s+on|hold\s+on|stick)\s+(?:with|to)\s+what\s+we(?:'ve)?\s+(?:got|have)\b"
    r"|\bwe've\s+got\s+what\s+we\s+need\b|\bcurrent\s+(?:arrangement|setup|plan|package|"
    r"subscription|contract)\s+works\b|\breached\s+our\s+comfort\s+level\b"
    r"|(?:n't|\bnot)\s+need\s+more\s+than\b|\bleave\s+(?:the\s+)?(?:account|contract|it|things)\s+as\s+"
    r"(?:it\s+is|is|they\s+are)\b|\b(?:so\s+)?i'd\s+leave\s+it\b"
)


# Subject lines that name them and something more for them ("Next tier for Acme", "Acme x
# compliance module", "Three-year agreement for Acme", "Acme: bringing the Reno site onto the
# platform"): who (a company named after for/at/to, or as the subject's prefix; "your plan")
# and what (an offering, a step up, a longer term, a move that grows).
_SUBJECT_NAMES_THEM = re.compile(
    r"\b(?:for|at|to|into|onto)\s+(?:all\s+of\s+)?(?:[A-Z][\w&.'-]*|your\s+(?:team|plan|account|contract|"
    r"licen[cs]e|org|company))"
    r"|^[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}(?:'s)?\s*(?:[:|+\u2013\u2014-]|\s+x\s|\s+(?:expansion|"
    r"renewal|rollout)\b)"
    # (eighth round) ...or as the subject's suffix ("Compliance module - Acme")
    r"|\s[|\u2013\u2014-]\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\s*$"
)
_SUBJECT_GROWTH = _rx(
    r"\b(?:next|full|whole|bigger|higher)\s+(?:[\w-]+\s+)?(?:tier|phase|plan|suite|level|edition|"
    r"package)\b"
    # (eighth round) a tier by its name alone ("MRO Pro for Acme", "Acme: Premium")
    r"|\b(?:premium|pro|enterprise|plus|professional|platinum|gold|ultimate|elite)\b(?!\s+(?:review|"
    r"support\s+tickets?|tips?|services?|hours|account\s+manager|rent))"
    r"|\b(?:tier|suite|package|bundle|module|add-?on|edition|site\s+licen[cs]e|enterprise\s+"
    r"(?:agreement|licen[cs]e))\b"
    r"|\b(?:\w+|multi)-year\b|\b\w+-wide\s+(?:rollout|deployment|licen[cs]e|agreement)\b"
    r"|\b(?:bringing|expanding|scaling|consolidating|extending|growing|converting|adding|"
    r"upgrading|rolling)\b|\bexpan(?:sion|d)\b|\bextension\s+to\b|\bupgrade\s+(?:option|path|quote|"
    r"proposal)s?\b|\s(?:x|\+)\s+(?:enterprise|premium|pro|business|plus|platinum|growth)\b"
    r"|\bremaining\s+(?:sites|stores|offices|teams|locations|plants|schools|clinics)\b"
    r"|\b(?:pricing|licensing|licen[cs]es|seats|unlimited|connector|discount|coverage|covering|"
    r"(?:the\s+)?upgrade|grow|expanded|(?:two|three|\d+)\s+new|new\s+(?:locations|sites|offices|"
    r"division|labs?|clinics?)|second\s+(?:campus|site|office|shift|brand)|on\s+(?:one|the\s+\w+)\s+"
    r"(?:plan|contract|agreement)|on\s+your\s+contract|access\s+tier)\b"
    r"|\bfor\s+all\s+(?:\w+\s+)?(?:sites|stores|offices|teams|locations|plants|schools|dcs|"
    r"campuses|clinics)\b"
)
# ...and not a problem, a service errand or a meeting about something they have.
_SUBJECT_ERRAND = _rx(
    r"\b(?:issues?|bugs?|errors?|outage|tickets?|status|questions?|help|access|login|fix|"
    r"recap|notes|agenda|call|meeting|invoice|training\s+(?:session|day)|webinar|survey|"
    r"feedback|review|checklist|report|schedule|go-live|cutover|downtime)\b"
)

# --- acceptance ------------------------------------------------------------------------------
# A yes to our proposal, whatever waits on it ("Approved, PO to follow", "let's do the 3-year
# term", "count us in", "send over the order form"): the customer's go-ahead, said by them.
_ACCEPTS = _rx(
    r"^(?:(?:ok|okay|sure|great|perfect|alright|yes|yep|deal|agreed|confirmed|approved|"
    r"sounds\s+good|works\s+for\s+(?:us|me))[,!.:\s-]+)?"
    r"(?:please\s+)?(?:go\s+ahead|proceed|add(?!\s+(?:me|us|him|her|them|my|our\s+vote)\b)|include|"
    r"extend|convert|upgrade|sign\s+us\s+up|count\s+us\s+in|go\s+for\s+it|"
    r"(?:move|switch|put)\s+us\s+(?:to|onto|on)\b(?=\s+(?:the\s+)?[\w-]+\s+(?:tier|plan|edition)|"
    r"\s+(?:the\s+)?(?:enterprise|premium|business|pro|growth|plus|advanced|professional|"
    r"unlimited|annual)\b))\b"
    r"|\blet's\s+(?:do|go|proceed|move\s+(?:forward|ahead|up)|add|extend|upgrade|lock|start|"
    r"expand|include|convert|make\s+it\s+happen|get\s+the\s+contract)\b"
    r"|\b(?:we're|we\s+are|i'm)\s+in\s*(?:[.!,]|$|for\b)"
    r"|\b(?:count\s+us\s+in|sign\s+us\s+up|green\s+light|consider\s+(?:this|it)\s+a\s+yes|"
    r"(?:is|it's)\s+a\s+go\b|we\s+accept)"
    # a decider's yes, said first (not "credit memo 2093 is approved", another topic's news)
    r"|^(?:[\w'-]+\s+){0,4}(?:(?:is|was|'s|got|been)\s+)?(?:approved|signed\s+off|said\s+yes|"
    r"good\s+to\s+(?:go|proceed))\b(?!\s+(?:on\s+)?the\s)"
    r"|\b(?:we(?:'ll|\s+will|'d\s+like\s+to|\s+would\s+like\s+to|\s+want\s+to|'re\s+going\s+to|"
    r"'re)|i(?:'ll|\s+will)|happy\s+to|ready\s+to|ok\s+to|okay\s+to|glad\s+to)\s+"
    r"(?:[\w'-]+\s+)?(?:go(?:ing)?\s+ahead|proceed|move\s+(?:forward|ahead)|take\s+(?:it|them|the)|"
    r"do\s+it\b(?!\s+(?:later|another|next|some|again|after))|go\s+for\s+(?:it|the|that|this)\b|"
    r"go\s+with|sign\b)"
    r"|\b(?:send|draft|prepare)\s+(?:over\s+|me\s+|us\s+)?(?:the\s+|it\s+)?(?:[\w-]+\s+)?"
    r"(?:order\s+form|paperwork|contract|agreement|docusign|sow|amendment)\b(?!\s+(?:questions?|to)\b)"
    r"|\b(?:yes|yep)\s+(?:to|please|on)\b|^(?:yes|yep|deal|approved|agreed)\s*[.!]*$"
    # a yes that says what they want ("Yes, we want the Reno rollout")
    r"|^(?:yes|yep|absolutely|definitely)[,!.:\s-]+(?:we|i)\s+(?:(?:do\s+)?want|need|'d\s+like)\s+"
    r"(?:the|it|this|that|them|those|all|both)\b"
)
# (eighth round) An order said as the thing and "please" ("20 more seats for the night shift,
# please"; "the Reno site, yes please"): a yes when what comes before names an offered thing
# (markers._accepts checks it with _OFFERED_THING).
_ORDER_PLEASE = _rx(
    r"^(?![^,]*\b(?:hold|wait|pause|park|keep|stop|remove|cancel|drop|cut|reduce|fewer|less)\b)"
    r"[^,;.?!]{3,90}?,\s*(?:yes\s+)?please\b"
)
# (ninth round) A yes by construction: the customer commits to act on the offer. Written from
# dev #7's acceptances the grammar above passed over, measured on dev #3-#6's (README, "Ninth
# round of issue 10"). Four shapes, each read only with no negation, hedge or hand-back in the
# sentence (_NOT_COMMITTED):
# - the decision said last, of what was offered: "Metrology module for 200 engineers is
#   approved", "Rights add-on from mid-April, agreed", "Care Teams tier it is", "45 more seats
#   it is", "Kalgoorlie from mid-January = yes", "ok on the 200 extra seats";
# - an assent, then an order that acts on it: "Sounds good, roll out to Aarhus", "Yes, cover
#   the Mackay imprint as well", "Add the connector and 8 PM seats", "ok fine, send it";
# - someone of theirs committing to take, have, join or agree to it: "we'll move to Growth
#   tier", "We'd be glad to extend to our Nashik colleagues", "The Kalgoorlie office can join
#   from April", "The planning office accepts the extension", "Delighted to take the seats";
# - a yes given and only paperwork left: "That's a yes from us", "Yes, in principle",
#   "Agreed, pending the PO", "subject to execution of the Order Form", "PO to follow".
_ASSENT = (
    r"(?:yes|yep|yeah|yup|aye|sure(?:\s+thing)?|ok(?:ay)?|alright|agreed|approved?|confirmed|"
    r"accepted|sold|deal|fine(?:\s+by\s+(?:us|me))?|"
    r"sounds\s+(?:good|great|fine|like\s+a\s+plan)|works\s+for\s+(?:us|me)|go\s+on\s+then|"
    r"that\s+works|aprovad[oa]|d'accord|einverstanden)"
)
_SEP = r"[\s,;:.!\u2014\u2013-]+"
_DECISION = (
    r"(?:approved|agreed|signed\s+off|accepted|confirmed|a\s+go|yes|yep|yeah|green[- ]lit|"
    r"(?<!where\s)(?<!as\s)(?<!how\s)(?<!what\s)(?<!that\s)(?<!when\s)it\s+is)"
)
_ACT_VERB = (
    r"(?:add(?!\s+(?:me|us|him|her|them|my|our)\b)|bring\s+(?:[\w'-]+\s+){1,4}?(?:on|onto|in|into|"
    r"aboard|on\s+board)\b|roll\s+(?:it\s+|them\s+)?out|cover|include|extend|upgrade|move\s+us|"
    r"switch\s+us|put\s+(?:us|them|it)\s+(?:on|onto)|set\s+(?:up|us\s+up|them\s+up)|invoice\s+(?:us|"
    r"from|for)|bill\s+us|proceed|go\s+ahead|count\s+(?:the|them|us|it)|sign\s+us|lock\s+(?:it\s+)?in|"
    r"send\s+(?:it|them|over|through|the\s+(?:[\w-]+\s+)?(?:paperwork|docs?|documents?|contract|"
    r"agreement|order\s+form|sow|amendment|po|terms))(?!\s+(?:questions?|there|to)\b))"
)
_COMMIT_VERB = (
    r"(?:take\s+(?:the|those|these|all|both|\d|you\s+up\s+on|it\b(?!\s+(?:to|under|up|back|from|"
    r"into|easy|slow)))|add|move\s+(?:up|us|to|onto)|extend|join|come\s+on|go\s+(?:ahead|for\s+(?:it|"
    r"the)|with\s+the)|include|expand|upgrade|bring\s+(?:[\w'-]+\s+){1,4}?(?:on|onto|in|into|aboard|"
    r"on\s+board)\b|sign\b(?!\s+off\b)(?!\s+for\b)|proceed|switch|buy|order|purchase|roll\s+out|"
    r"onboard|license|adopt|agree\s+to|accept|bundle|make\s+it\s+official|get\s+(?:the|them|it|us)\b"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:on|onto|into)\b)"
)
_COMMITS = _rx(
    # an assent, then an order (or the order alone, first)
    r"^(?:(?:" + _ASSENT + r")" + _SEP + r"(?:(?:" + _ASSENT + r"|then|from\s+us|from\s+me|lol)"
    + _SEP + r")*)?(?:please\s+|just\s+|kindly\s+)?" + _ACT_VERB + r"\b"
    r"|^(?:" + _ASSENT + r")" + _SEP + r"(?:[\w'-]+\s+){0,5}?(?:please\s+)?" + _ACT_VERB + r"\b"
    r"|\bplease\s+(?P<please>)" + _ACT_VERB + r"\b"
    r"|^(?:(?:" + _ASSENT + r")" + _SEP + r")?(?:let's|lets|let\s+us)\s+(?:" + _COMMIT_VERB
    + r"|do\s+it\b(?!\s+(?:later|another|next|some|again|after)))"
    # someone of theirs glad to take it, agreeing to it, deciding on it
    r"|\b(?:we'd|we\s+would|i'd|i\s+would)\s+(?:be\s+)?(?:glad|happy|delighted|pleased|keen|like)"
    r"\s+to\s+" + _COMMIT_VERB
    + r"|\b(?:happy|glad|delighted|pleased|keen|ready|thrilled)\s+to\s+(?:confirm\b|"
    + _COMMIT_VERB + r")"
    r"|\b(?:agree[sd]?|agreeing|accepts?|accepted|accepting)\s+(?:to\s+)?(?:the|this|that|our|your|"
    r"to\s+(?:add|include|extend|take))\b|\bconfirm\w*\s+(?:that\s+)?(?:acceptance|we'll|we\s+will)\b"
    r"|\b(?:we're|we\s+are)\s+(?:(?:moving|going)\s+(?:forward|ahead)\s+with|doing\s+it|on\s+board|"
    r"good\s+to\s+go\s+on\s+(?:the|it|this|that)|a\s+yes)\b"
    r"|\b(?:we've|we\s+have)\s+decided\s+to\s+(?P<decided_to>)" + _COMMIT_VERB
    # a yes given, only paperwork left
    + r"|\b(?:that's|it's|consider\s+it)\s+a\s+yes\b|\ba\s+yes\s+from\s+(?:us|me)\b|^yes\s+from\s+"
    r"(?:us|me)\b|^(?:" + _ASSENT + r")[\s,;:]+in\s+principle\b"
    r"|^(?:" + _ASSENT + r")[\s,;:]+(?:[\w'-]+\s+){0,6}?(?:pending|subject\s+to)\b"
    r"|\b(?:pending|subject\s+to)\s+(?:the\s+|our\s+|final\s+|a\s+)?(?:[\w-]+\s+)?(?:po|signature|"
    r"sign-?off|execution|review\s+by|board|counsel|legal|paperwork|purchase\s+order)\b"
    r"|\b(?:po|purchase\s+order|paperwork|contract|signature)\s+(?:will\s+)?(?:to\s+follow|"
    r"follows|is\s+in\s+approval|will\s+be\s+raised)\b"
    r"|^(?:ok(?:ay)?,?\s+)?sold\b"
    # a future act of theirs (markers._commits: never to a later time or a hand-back)
    r"|\b(?P<will>(?:we|i|they|(?:the|our)\s+[\w'-]+(?:\s+[\w'-]+){0,2})(?:\s+will|"
    r"\s+shall|'ll|\s+are\s+going\s+to|'re\s+going\s+to)\s+(?:now\s+|happily\s+|gladly\s+)?"
    + _COMMIT_VERB + r"|(?:the|our)\s+[\w'-]+(?:\s+[\w'-]+)?\s+can\s+(?:join|come\s+on|start)\b"
    r"|\b(?:i'll|we'll|i\s+will|we\s+will)\s+(?:get\s+the\s+po|raise\s+the\s+po|route\s+it\s+for\s+"
    r"signature|have\s+legal\s+review))"
)
# ...or a yes said of the offered thing (markers._commits checks that it is one we offered):
_YES_TO_THING = _rx(
    # the decision said last, of an offered thing (markers._commits checks the thing)
    r"^(?P<decided>(?:[\w'$&+.,/-]+\s+){1,10}?)(?:(?:is|are|'s|was|has\s+been|have\s+been)\s+)?"
    r"[,:=-]?\s*(?:(?:yes|yep|yeah|ok|okay),?\s+)?" + _DECISION
    + r"\s*(?:[.!]+\s*(?:cheers|thanks)?[.!]*)?$"
    # wanting, or assenting to, the offered thing itself ("We'd like the upgrade", "Confirmed:
    # Premium for the design team", "Yes - 200 more seats, same terms as before")
    r"|\b(?:we'd|we\s+would|i'd|i\s+would)\s+(?:like|love)\s+(?=(?:the|an?|those|these|all|both|"
    r"\d)\b)(?P<wanted>)"
    r"|^(?:" + _ASSENT + r")" + _SEP + r"(?:for\s+)?(?P<assented>)"
)
# ...never with a no, a hedge, a condition, a status quo or another errand in it ("we'd add them
# if", "approved for next year maybe", "yes, we'll keep the current plan", "process the refund").
_NOT_COMMITTED = _rx(
    r"\b(?:if|unless|whether|maybe|perhaps|possibly|probably|might|could|would\s+(?!like|love|be\s+"
    r"(?:glad|happy|delighted|pleased|keen))|someday|eventually|later|down\s+the\s+road|"
    r"at\s+some\s+point|for\s+now|not\s+yet|yet|hold|held|holding|wait|pause|revisit|reconsider|rethink|"
    r"think\s+about|look\s+at|consider|keep\w*|stick|stay|remain|leave|as\s+is|current|existing|"
    r"next\s+year|unlikely|doubt|hard|tough|difficult|pass|instead|rather|too|"
    r"take\s+(?:it|this|that)\s+(?:to|under|into|up|back)|take\s+a\s+(?:look|pass|rain|step|beat)|"
    r"have\s+(?:to|a\s+think)|bear|file|circle|float|noted|refund|credit|ticket|cancel\w*|agenda|"
    r"backlog|wish\s*list|webinar|session|workshop|training|event|conference|dinner|visit)\b"
)
# A hand-on is no yes, whoever says it ("we'll take it to the board", "I'll bring this to the
# committee", "let me run it by finance").
_HANDED_ON = _rx(
    r"\b(?:take|bring|put|run)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to|by|past|"
    r"before|up\s+with)\s+(?:the|our|my|a|them|him|her|[a-z]+'s)\b"
)
# ...and a future act only now: not to a later time or someone else first ("we'll add it then",
# "we'll include this in that process", "I'll bring the upgrade to the committee").
_LATER_ACT = _rx(
    r"\b(?:then|after|afterwards?|again|when|once|until|till|in\s+that|process)\b"
    r"|\bbring\s+(?:[\w'-]+\s+){0,3}?to\s+(?:them|it|the|our|my)\b"
)
# A yes whose object is a time or a meeting is scheduling ("let's do 10:30 instead").
_ACCEPT_SCHEDULING = _rx(
    r"\s*(?:[\w'-]+\s+){0,3}?(?:instead|tomorrow|today|tonight|\w+day\b|call\b|meeting|slot|phone|"
    r"video|zoom|"
    r"lunch|dinner|coffee|refund|the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b(?!\s*(?:-?years?|seats|users|licen|sites|stores|more|"
    r"additional|extra|months?|%)))"
)


# --- expansion proposal (ours) -------------------------------------------------------------
# Units of a customer's organisation that an expansion reaches ("your London office").
_UNIT = (
    r"(?:teams?|offices?|regions?|divisions?|departments?|sites?|stores?|branch(?:es)?|"
    r"subsidiar(?:y|ies)|business\s+units?|bus|entit(?:y|ies)|plants?|locations?|countr(?:y|ies)|"
    r"colleagues|staff|org(?:ani[sz]ation)?|hospitals?|clinics?|warehouses?|affiliates?|agents|"
    r"reps|campus(?:es)?|schools?|group\s+companies|opcos?|markets?|engineers|contractors|analysts|"
    r"employees|technicians)"
)
_EXP_ITEM = _rx(
    r"\b(?:(?:more|additional|extra|another|\d+)\s+(?:[\w'-]+\s+)?(?:seats?|licen[cs]es?|users?|"
    r"modules?|"
    r"regions?|teams?|workspaces?|storage|hospitals|stores|offices|plants|divisions?)|"
    r"(?:seats?|licen[cs]es?)\b|upgrad\w*|bump\s+(?:you|your)|move\s+to\s+the\s+\w+\s+(?:plan|"
    r"tier)|"
    r"(?:enterprise|premium|pro|business|growth|platinum|gold|unlimited|advanced|full|next)\s+"
    r"(?:[\w'-]+\s+)?(?:plan|tier|edition|package|bundle|agreement|support|licen[cs]e|suite|"
    r"features)|"
    r"add-?ons?\b|bundle|module|package|pack\b|suite\b|expan\w*|"
    r"extend\w*\s+(?:[\w'-]+\s+){0,3}?(?:to|coverage)|"
    r"roll(?:ing)?\s+(?:[\w'-]+\s+){0,3}?out\s+(?:to|across)|company-wide|site-wide|"
    # a rollout is only more when it reaches further ("the rollout plan" is ordinary work)
    r"rollout\s+(?:to|across|for\s+(?:the\s+)?(?:other|remaining|rest|more|additional|your))|"
    r"(?:wider|broader|global|second|next|full|phase\s+(?:two|2))\s+rollout|"
    # "bring your London office on", "add your finance team", "a workspace for the Berlin team"
    r"bring(?:ing)?\s+(?:in\s+|on\s+)?(?:your|the\s+rest\s+of|other|more|another|additional)\s+"
    r"(?:[\w'-]+\s+){0,3}?" + _UNIT + r"\s+(?:on\b|in\b|onboard|on\s+board|aboard|into|onto|over)|"
    r"bring(?:ing)?\s+(?:on|in)\s+(?:[\w'-]+\s+){0,4}?" + _UNIT + r"\b|"
    r"(?:onboard(?:ing)?|add(?:ing)?|enrol+(?:ing)?|open(?:ing)?\s+(?:it|this|access|the\s+(?:platform|"
    r"tool|product|app|account))\s+(?:up\s+)?to|"
    r"extend(?:ing)?\s+(?:[\w'-]+\s+){0,2}?to|roll(?:ing)?\s+(?:[\w'-]+\s+){0,2}?out\s+(?:to|across|"
    r"in))\s+(?:on\s+|in\s+)?(?:your|other|more|another|additional|the\s+rest\s+of\s+(?:the|"
    r"your))\s+(?:[\w'-]+\s+){0,3}?" + _UNIT + r"\b|"
    + _UNIT + r"\s+(?:[\w'-]+\s+){0,4}?(?:join(?:ing)?\s+(?:the\s+|us\s+(?:on|in)\s+the\s+)?"
    r"(?:platform|tool|account|contract|subscription|programme|program|pilot|rollout|us\b)|"
    r"c(?:o|a)me\s+on\s*board|get(?:ting)?\s+on\s*board|be(?:ing)?\s+added)|"
    r"(?:quote|price)\s+(?:[\w'-]+\s+){0,4}?for\s+(?:the|your)\s+(?:[\w'-]+\s+){0,3}?" + _UNIT
    + r"\b|"
    + _UNIT + r"\s+(?:[\w'-]+\s+){0,3}?(?:benefit\w*\s+from|get(?:ting)?|hav(?:e|ing))\s+access\b|"
    r"pilot\b[^.?!]{0,40}?\b(?:in|at|across|for)\s+(?:\d+|two|three|four|five|six|a\s+few|"
    r"a\s+couple\s+of)\s+(?:[\w'-]+\s+)?(?:stores|clinics|sites|schools|plants|offices|"
    r"hospitals|warehouses|locations|branches|teams|departments|regions)\b|"
    r"pilot\s+(?:in|for|with|at)\s+(?:the|your|another|a\s+second)\s+(?:[\w'-]+\s+){0,2}?" + _UNIT
    + r"\b|"
    r"set(?:ting)?\s+up\s+(?:[\w'-]+\s+){0,2}?(?:workspaces?|instances?|accounts?|tenants?|"
    r"environments?|spaces?|seats|licen[cs]es)\s+for\s+(?:the|your)\s+(?:[\w'-]+\s+){0,3}?"
    + _UNIT + r"\b|"
    r"org-wide|"
    r"whole\s+org|scal(?:e|ing)\s+up|grow\w*\s+your|footprint|onboard\s+additional|"
    r"bring(?:ing)?\s+(?:[\w'-]+\s+){0,4}?(?:on\s?board|onto)|(?:add|"
    r"adding)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:team|module|users|region|hires|seats|environment|connector|storage)|"
    r"(?:other|remaining|rest\s+of\s+the)\s+(?:[\w'-]+\s+)?(?:teams?|regions?|offices|stores|sites|"
    r"business\s+units|divisions?|users|managers|org)|phase\s+two|\u00e9tendre|offre\s+entreprise|"
    r"ajout\s+de\s+licences|(?:own|new|second|separate|dedicated)\s+(?:workspace|environment|"
    r"instance)|"
    r"bump\w*\s+(?:up\s+)?(?:you|your)|"
    # issue 10, third round: more for them as a term, a place, a capability added to their
    # contract, a move up: "a two-year extension", "extend your contract through May", "add
    # the Tucson location", "adding SMS alerts to your plan", "take you from Starter to
    # Enterprise", "the next tier up", "the higher plan", "Tulsa coming on board"
    r"extend\w*\s+your\s+(?:contract|term|subscription|agreement|licen[cs]e|deal)\s+"
    r"(?:through|into|until|to\s+the\s+end)|"
    r"(?:add|adding|include|including)\s+(?:the|your)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:locations?|branch(?:es)?|site|sites|office|offices|region|store|plant|clinic|hospital|"
    r"warehouse|campus|division|department)\b|"
    r"(?:add|adding|include|including|bring|bringing)\s+(?:[\w'-]+\s+){1,5}?(?:to|in|on|into)\s+"
    r"the\s+(?:rollout|"
    r"contract|subscription|renewal|agreement|deal)\b|"
    r"(?:add|adding|include|including)\s+(?:[\w'-]+\s+){1,5}?(?:to|in|on)\s+your\s+"
    r"(?:[\w'-]+\s+)?(?:contract|plan|subscription|account|renewal|invoice|order|licen[cs]e|deal|"
    r"rollout|tier|package|bundle|agreement)\b|"
    r"(?:take|move|bump)\w*\s+you\s+from\s+(?:[\w'-]+\s+){1,3}?to\b|(?:upgrad|switch)\w*\s+you\s+"
    r"(?:to|onto|up)\b|"
    r"(?:tier|plan|edition)\s+up\b|(?:higher|bigger|larger)\s+(?:tier|plan|edition|package)|"
    r"(?:coming|come|get(?:ting)?)\s+on\s*board|site\s+licen[cs]e|"
    r"(?:mov|switch|go|upgrad)\w*\s+(?:[\w'-]+\s+){0,2}?(?:to|onto)\s+(?:the\s+)?(?:premium|"
    r"enterprise|business|pro|growth|plus|advanced|professional|unlimited|scale)\b|"
    r"new\s+(?:[\w'-]+\s+)?(?:workspace|environment|instance)|"
    r"(?:proposal|pricing|numbers)\s+(?:[\w'-]+\s+){0,3}?for\s+(?:the|your)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:sites?|locations?|offices?|branch(?:es)?|regions?|teams?|stores?|plants?))"
)


_PROPOSAL_FRAME = _rx(
    r"\b(?:would\s+(?:you|your|it|the)|are\s+you|do\s+you\s+want|want\s+(?:me\s+)?to|interested|"
    r"open\s+to|shall\s+(?:i|we)|should\s+(?:we|i)|could\s+(?:we|i)|we\s+could|we\s+can|i\s+can|"
    r"happy\s+to|glad\s+to|i'd\s+(?:like|love|suggest|recommend|propose|be\s+glad)|we'd\s+(?:like|"
    r"love|be)|"
    r"let\s+me\s+know|let's\s+(?:talk|discuss|look)|how\s+about|what\s+about|"
    r"have\s+you\s+(?:considered|"
    r"thought)|might\s+be|it\s+could|could\s+be|i\s+think|we\s+think|offer\w*|proposal|propose|"
    r"quote|"
    r"pricing|price\s+out|discount|promotion|trial|demo|just\s+checking|reaching\s+out|"
    r"wanted\s+to|thinking\s+about|could\s+i|might\s+(?:get|be)|worth|recommend|suggest|"
    r"opportunity|"
    r"natural\s+next\s+step|great\s+fit|benefit|would\s+help|save\s+you|give\s+you|let\s+your|"
    r"unlock|"
    r"je\s+vous\s+propose|seriez-vous|nous\s+pourrions|help\s+you|put\s+together|"
    r"(?:we\s+have|there's|there\s+is)\s+an?)\b|\?"
)


# An offer made outright: proposing, offering, quoting or pricing something for them, or
# asking whether they want it ("want to lock in", "how would you feel about", "what if we").
_OFFER_FRAME = _rx(
    r"\b(?:propos(?:e|ing)|offer(?:ing)?\s+(?:you|your|the|a|an)|quot(?:e|ing)\s+you|"
    r"price\s+(?:it|this|that|them|[\w'-]+)\s+out|lock\s+in|interested\s+in|"
    r"would\s+you\s+(?:like|want|consider|be\s+(?:open|interested))|(?:do\s+)?you\s+want|"
    r"want\s+me\s+to|"
    r"^want\s+to|"
    r"how\s+would\s+you\s+feel|what\s+if\s+we|how\s+about|open\s+to)\b"
)
# What such an offer can only mean as more: a named tier, edition, bundle or add-on, a longer
# term ("a multi-year deal", "a two-year extension"), a number of seats or users.
_OFFER_ITEM = _rx(
    r"\b(?:(?:the|a|an|our|your)\s+[a-z]+\s+(?:tier|edition|bundle|add-?on)|"
    r"(?:multi|one|two|three|four|five|\d)[- ]year\s+(?:deal|term|extension|contract|agreement|"
    r"commitment|renewal|plan)|(?:an?|the)\s+extension\b|(?:\d+|one|two|three|a\s+few)\s+more\s+years?\b|"
    r"\d+\s+(?:more\s+|additional\s+|extra\s+)?"
    r"(?:seats?|licen[cs]es?|users?))"
)
# A statement whose subject is the move itself ("Extending through May would line up your
# term", "Upgrading keeps you at this year's rate"): what it would do is the offer.
_MOVE_SUBJECT = _rx(
    r"^(?:(?:so|and|also|then),?\s+)?(?:extending\s+(?:(?:the|your)\s+(?:contract|term|"
    r"subscription|agreement|licen[cs]e|deal)\s+)?(?:through|into|until|to\b|by\s+(?:a|one|two|"
    r"another))|expanding\s+(?:to|into|across)|upgrading|moving\s+up|stepping\s+up|"
    r"going\s+(?:to|up\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:tier|plan|edition)|"
    r"(?:adding|bringing|switching|moving)\s+(?:[\w'-]+\s+){0,4}?(?:to|onto|on|into|for)\s+"
    r"(?:the\s+|your\s+)?(?:[\w'-]+\s+){0,2}?(?:tier|plan|edition|contract|rollout|"
    r"subscription|account|renewal|agreement|workspace|platform|bundle))\b"
)
# A statement of what a named tier would do, by its name ("Enterprise would mean a success
# manager", "the Team tier would cover it", "the Plus tier includes priority support").
_TIER_DOES = _rx(
    r"(?:^|\b(?:the|a|an)\s+)(?:(?:premium|enterprise|business|pro|growth|plus|advanced|"
    r"professional|unlimited|platinum|gold|team|scale|higher|next|bigger|premier)\s+(?:tier|plan|"
    r"edition|licen[cs]e|agreement|bundle|package)|^(?:enterprise|premium|platinum))\s+(?:would|will|"
    r"includes|covers|gives|adds|unlocks|means)\b"
)
# A capability or commercial item as the subject of a price ("the data warehouse connector is
# a one-time $5K setup", "the audit module runs $9K annually").
_PRICED_ITEM = _rx(
    r"^(?:the|a|an|our)\s+(?:[\w'-]+\s+){0,4}?(?:connector|module|portal|integration|add-?on|"
    r"package|bundle|licen[cs]e|onboarding|support|tier|plan|edition|assistant|environment|"
    r"sandbox)\s+(?:[\w'-]+\s+){0,4}?(?:is|runs|costs|would|will|comes|adds|includes|covers|"
    r"priced)\b"
)
_MONEY = _rx(r"[$\u20ac\u00a3]\s?\d|\b\d[\d,.]*\s?k\b")
# More money on top ("an extra $11K a year", "additional $400 a month").
_EXTRA_MONEY = _rx(
    r"\b(?:extra|additional|another)\s+(?:[$\u20ac\u00a3]\s?[\d,.]+|\d[\d,.]*\s?k\b)\s*"
    r"(?:k\s+)?(?:a|per|each)\s+(?:year|month|seat|user|site)\b"
)
# A sentence whose subject is a move of any kind ("Doubling the API limit would be...",
# "Including the Canadian entities would add..."): an offer once it says more or a price.
_GERUND_MOVE = _rx(
    r"^(?:(?:so|and|also|then),?\s+)?(?:adding|bringing|including|doubling|increasing|raising|"
    r"bumping|converting|extending|expanding|upgrading|moving|switching|going)\b"
)
# More on top of what they have is not their current bill.
_ON_TOP = _rx(r"\bon\s+top\s+of\b|\bin\s+addition\s+to\b|\b(?:extra|additional|another)\b")
# "Omaha, NE" inside a phrase: the comma before a state code is not a clause break.
_STATE_COMMA = re.compile(r",\s+([a-z]{2})\b(?=\s+[a-z])")
# Subject lines: a pilot, a phase, an environment quoted; pricing locked in; trial users
# converted; "+ AI assistant pilot"; a named tier for them; a piece for their sites.
_SUBJECT_MORE_2 = _rx(
    r"\bpilot\s+(?:proposal|quote|pricing|offer)\b|\+\s*(?:[\w'-]+\s+){0,3}?(?:pilot|add-?on|module|"
    r"upgrade|bundle)\b|\block\s+in\s+(?:[\w'-]+\s+){0,2}?(?:pricing|rates?|prices?)\b|"
    r"\bphase\s+(?:two|2|ii)\s+(?:proposal|quote|pricing)\b|\b(?:environment|sandbox|instance|"
    r"workspace|connector|integration|module|add-?on)\s+(?:quote|pricing|proposal|offer)\b|"
    r"\bconvert\w*\s+(?:[\w'-]+\s+){0,3}?to\s+paid\b|"
    r"\b(?:premium|enterprise|business|pro|growth|plus|advanced|professional|unlimited|scale|"
    r"platinum|gold|premier)\s+(?:tier|plan|edition|package|bundle|support)\s+(?:for|at|option|"
    r"upgrade)\b|\b(?:[a-z]+\s+)?(?:module|add-?on|package|bundle)\s+for\s+(?:your|the)\s+"
    r"(?:[\w'-]+\s+){0,3}?" + _UNIT + r"\b"
)
# The first lines under a subject that name money or options ("numbers are in the attached").
_HEAD_COMMERCIAL = _rx(
    r"\b(?:numbers|pricing|price|prices|quote|costs?|scenarios|valid\s+until|year-by-year)\b"
)
# A new thread about adding something to their account, licence or contract.
_SUBJECT_TARGET = _rx(
    r"\b(?:to|onto|into)\s+(?:[\w'&.-]+\s+){0,3}?(?:account|licen[cs]e|contract|plan|subscription|"
    r"agreement|platform)\b"
)


# "What if we upgraded you" imagines a move; it does not report one.
_HYPOTHETICAL = _rx(r"\b(?:what\s+if|if|suppose|imagine)\s+we\b")
# A renewal offered with growth is an offer of more, not what they already pay.
_GROWTH = _rx(
    r"\b(?:upgrad\w*|more|additional|extra|bundle|tier|add-?ons?|expan\w*|growth|seats?|"
    r"licen[cs]es?|module|(?:multi|two|three|2|3)[- ]year|second|third|another|both)\b"
)
# A new thread named after adding or bringing something to them ("Adding an auditor role for
# Acme?", "Bringing Okta SSO to Acme", "Extending your term").
_SUBJECT_MOVE = _rx(
    r"(?:^|[:|+\u2013-]\s*)(?:adding|bringing|extending|upgrading|expanding|unlocking|enabling)\s+"
    r"(?:[\w'&.,-]+\s+){1,6}?"
    r"(?:for|to|into|across|through)\s+(?!(?:the|our|your|this|that)\s+(?:[\w'-]+\s+)?(?:agenda|"
    r"call|meeting|invite|calendar|doc|deck|thread|list|folder|drive|notes|minutes|ticket|"
    r"sheet|tracker)\b)"
)


_EXP_DONE = _rx(
    r"\b(?:you\s+(?:requested|asked\s+for|purchased|ordered|bought)|is\s+(?:now\s+)?(?:complete|"
    r"live|"
    r"active)|are\s+(?:now\s+)?active|have\s+been\s+added|we\s+(?:added|released|upgraded|"
    r"expanded)|"
    r"will\s+happen)\b"
)


# --- feature ask --------------------------------------------------------------------------
_Q_START = _rx(
    r"(?:so\s+|also\s+|and\s+|but\s+|quick\s+question[:,-]?\s*)?(?:is|are|does|do|can|could|would|"
    r"will|when|what|"
    r"how|any|which|where|est-ce|avez-vous|quand|pouvez-vous)\b"
)


_Q_INDIRECT = _rx(
    r"\b(?:wondering|curious|quand|wanted\s+to\s+(?:ask|know|check)|lmk\s+(?:if|whether|when)|"
    r"asking\s+(?:whether|if|about|when)|(?:would|'d)\s+love\s+to\s+(?:know|hear|understand)|keen\s+to\s+(?:understand|"
    r"know)|"
    r"(?:please|kindly)\s+(?:confirm|advise|let\s+us\s+know)|i'd\s+love\s+to\s+know|"
    r"let\s+(?:me|us)\s+know\s+(?:if|whether|when)|"
    # someone relays the question: "our ops lead asked if you have", "wants to know whether"
    r"ask(?:ed|s)\s+(?:me\s+|us\s+)?(?:if|whether)|(?:asked|asks|wants?)\s+(?:me|us)\s+to\s+"
    r"(?:check|find\s+out|see|ask|confirm)\s+(?:whether|if|when)|wants?\s+to\s+know\s+(?:if|whether)|"
    r"(?:like|want|need)s?\s+to\s+(?:understand|know|confirm|find\s+out)\s+(?:if|whether)|"
    r"(?:tell|show)\s+(?:me|us)\s+(?:if|whether|that|(?:you|u)\s+guys))\b"
)


_WISH = _rx(
    r"\b(?:(?:we|i)(?:'d|\s+would)\s+(?:really\s+)?(?:love|like|want)\s+(?:to\s+see|to\s+be\s+able|"
    r"a\s+way|the\s+ability|an\s+option|it\s+if|support|to\s+have|an?|some)|"
    r"(?:we|i|they|team|users)\s+(?:really\s+|still\s+|definitely\s+)?(?:require|need|want|"
    r"are\s+missing|lack)\s+(?:the\s+ability|a\s+way|an\s+option|the\s+option|support\s+for|"
    r"to\s+be\s+able)|"
    r"it\s+would\s+be\s+(?:really\s+|very\s+|so\s+)?"
    r"(?:great|nice|helpful|useful|awesome|good)\s+(?:if|to)|we\s+need\s+(?:the\s+ability|a\s+way|"
    r"an\s+option|to\s+be\s+able|support)|feature\s+request|please\s+add|(?:could|can|"
    r"would)\s+you\s+"
    r"(?:guys\s+)?(?:please\s+)?(?:be\s+able\s+to\s+)?(?:add|build|make|support|consider|offer)|"
    r"would\s+you(?:\s+guys|\s+all)?\s+(?:ever\s+|possibly\s+|maybe\s+|perhaps\s+)?consider|(?:could|can|would)\s+you\s+(?:guys\s+)?(?:please\s+)?(?:expose|enable|"
    r"surface|provide|allow)|(?:could|can|would)\s+your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|"
    r"engineers|product\s+(?:team|folks|people)|folks|people)\s+(?:please\s+)?(?:add|build|make|support|"
    r"consider|offer|expose|enable)|(?:we|i)(?:'d|\s+would)\s+(?:happily\s+|gladly\s+)?pay\s+(?:extra\s+)?"
    r"for)\b"
)


_PRODUCT_SUBJECT = _rx(
    r"\b(?:it|the\s+(?:tool|platform|product|app|system|software|api|portal|dashboard|editor|"
    r"solution|module|search|forms?|calendar\s+view|chatbot|reports?|reporting(?:\s+module)?|"
    r"interface|"
    r"mobile\s+app|new\s+(?:version|release)|plugin|connector|roadmap)|your\s+(?:tool|platform|"
    r"product|"
    r"app|system|software|api|solution|portal|service)|you\s+guys|users|admins|managers|"
    r"customers|l'outil|vous)\b"
)


_CAPABILITY = _rx(
    r"\b(?:support(?!\s+(?:us|me|our|the\s+team))\w*|integrat\w*|int\u00e9gr\w*|supporter|"
    r"exporter|g\u00e9rer|connect\w*|sync\w*|export\w*|import\w*|handle|allow\w*|let\s+"
    r"(?:[\w'-]+\s+)?(?:us|users|admins|me|you|managers|staff|employees|agents|reps|customers|"
    r"clients|people|approvers|guests|members)|offer|provide|work\s+with|generate|calculate|parse|embed|"
    r"customi[sz]\w*|filter|track|deduplicate|migrate|translat\w*|automat\w*|trigger|"
    r"restrict|merge|map|archive|compare|comment|refresh|drill|add|build|release|"
    r"ship|launch|roll\w*\s+out|be\s+available|talk\s+to|play\s+(?:nice(?:ly)?\s+)?with|"
    r"pull\s+(?:[\w'-]+\s+){0,3}?(?:from|in)|push\s+(?:[\w'-]+\s+){0,3}?(?:to|into)|"
    r"hook\s+(?:[\w'-]+\s+)?(?:into|up)|plug\s+into|feed\s+(?:[\w'-]+\s+)?into|read\s+from|"
    r"write\s+(?:back\s+)?to|work\s+offline|bulk|set\s+(?:up\s+)?(?:alerts|"
    r"custom)|give\s+customers|send\s+reminders|create\s+users|hide|show|plug|white-label|detect)\b"
)


_FEATURE_NOUN = _rx(
    r"\b(?:api|apis|sdk|integrations?|connectors?|plugins?|plug-?in|add-?in|extension|webhooks?|"
    r"endpoint|sso|saml|scim|okta|oauth|2fa|two-factor|mfa|roadmap|features?|functionality|"
    r"analytics|metrics|"
    r"capabilit\w*|module|release|version|beta|ga|mobile\s+app|app|dark\s+mode|exports?|imports?|"
    r"custom\s+\w+|permissions?|role-based|audit\s+log|sandbox|self-hosted|on-?prem\w*|"
    r"offline\s+mode|"
    r"white-label|dashboards?|templates?|workflows?|automation|notifications?|alerts?|"
    r"data\s+residency|"
    r"rate\s+limit|\w+\s+view|setting|option|support\s+for|languages?|currency|gantt|undo|"
    r"wildcards|"
    r"status\s+page|uptime|bot|ai|linux\s+client|client|chrome|android|ios|outlook|teams|slack|"
    r"zapier|"
    r"salesforce|hubspot|netsuite|sap|oracle|workday|jira|tableau|power\s+bi|snowflake|shopify|"
    r"quickbooks|docusign|zendesk|marketo|gong|sftp|rest|graphql|pdf|csv|excel|xml|sms|"
    r"version\s+history|approval\s+(?:chains?|steps?|workflow)|conditional\s+logic|barcode|"
    r"security\s+keys|login|filter|tags|fields?|roles?|objects?|domains?|kpi|bulk|portal|reports?|"
    r"reporting|sso|asana|sage|arabic|time\s+zones?|single\s+sign-?on|audit\s+logs|currencies|"
    r"ui|ux|locali[sz]ation|translations?|retention|"
    # a sync that is a capability ("two-way sync", "calendar sync"), not a meeting
    r"(?:two-way|2-way|bi-?directional|real-?time|automatic|auto|native|calendar|contact|data|"
    r"file|live)\s+sync|audit\s+trail|multi-(?!year)[a-z]+|read-only|e-?signatures?|"
    r"single-tenant|offline|desktop\s+app|\w+\s+mode|recurring\s+\w+|bulk[- ]\w+|"
    r"search|tagging|scheduling\s+(?:feature|option)|custom(?:i[sz]able)?\s+\w+|"
    r"(?:on|from|via)\s+mobile|private\s+cloud|hosting|widget|chart|gantt\s+chart)\b"
)


_ROADMAP = _rx(
    r"\b(?:roadmap|any\s+(?:plans?|chance|update|news|eta|way|possibility)|plans?\s+(?:to|for)|planning\s+(?:to|"
    r"an?)|"
    r"going\s+to\s+(?:add|support|offer|open|release|build)|thinking\s+about\s+adding|"
    r"when\s+(?:will|is|are|do|can)|eta\b|timeline|how\s+soon|coming\s+out|in\s+beta|"
    r"how\s+far\s+(?:out|off|away)|goes?\s+(?:ga|live)|(?:whether|if)\s+there(?:'s|\s+is)\s+(?:a|an|"
    r"any)|is\s+(?:that|this|it)\s+(?:doable|feasible)|how\s+do\s+(?:other\s+)?(?:customers|"
    r"clients|teams|companies|users)|"
    r"available\s+(?:yet|to\s+us)|on\s+your\s+list|in\s+the\s+works|going\s+ga|feature\s+request|"
    r"status\s+of\s+the\s+feature|is\s+there\s+(?:a|an|any)|are\s+there\s+(?:any|plans)|"
    r"is\s+it\s+possible|would\s+it\s+be\s+possible|possible\s+(?:to|for)|is\s+it\s+able|"
    r"do\s+you(?:\s+guys|\s+all)?\s+(?:(?:have|offer)(?!\s+(?:the|my|our|your|their|his|her|"
    r"this|that|these|those)\b)|support|provide|integrate)|how\s+(?:\w+able|"
    r"easy|hard|"
    r"flexible|difficult|customi[sz]able)|is\s+(?:[\w'-]+\s+){0,3}?(?:supported|available|"
    r"possible|included|planned|coming|"
    r"compatible)|(?:something|anything)\s+you(?:'re|\s+are)\s+working\s+on|"
    r"are\s+you\s+working\s+on|"
    r"what\s+would\s+it\s+take|quand|allez-vous|vous\s+allez|does\s+(?:it|the|your)|can\s+(?:it|"
    r"the|your|we|i|users)|"
    r"could\s+(?:it|the|we|there)|will\s+(?:there|you|it|the)|avez-vous|"
    r"est-ce\s+que\s+(?:vous|l'outil|la\s+plateforme|votre|votre\s+\w+)|"
    r"(?:whether|if)\s+(?:the|your|it)\s+(?:[\w'-]+\s+){0,2}?(?:supports?|integrates?|offers?|"
    r"handles?|allows?|can|has|works\s+with)|"
    # "is X something you offer", "on your radar", "any word on", "what's the status of",
    # "are you ever going to", "do you think you'll support", "do you all have anything for"
    r"something\s+you(?:'re|\s+are|\s+guys)?\s+(?:[\w'-]+\s+)?(?:offer|support|provide|have|"
    r"considering|planning|looking\s+at|thinking\s+about|working\s+on)|"
    r"(?:on|in)\s+(?:your|the)\s+(?:radar|pipeline|cards|backlog|plans?|list)|"
    r"an?\s+(?:possibility|option)\b|"
    r"any\s+(?:word|news|update|progress|movement|traction)\s+(?:on|about|with|regarding)|"
    r"(?:still\s+)?no\s+(?:word|news|update)\s+on|"
    r"(?:what's|what\s+is)\s+the\s+(?:status|latest|update|eta|timeline|plan)\s+(?:on|of|for|with)|"
    r"(?:has|have)\s+there\s+been\s+any\s+(?:progress|movement|update|news)|"
    r"ever\s+(?:going\s+to|gonna|support|add|offer|build|have|get|ship|do|expose|allow|let|"
    r"include|handle|integrate|sync|work|open)|"
    # existence and passive capability: "is there SSO yet", "can reports be scheduled"
    r"(?:is|are)\s+there\s+(?:[\w'-]+\s+){1,3}?(?:yet|already|now|today)|"
    r"(?:can|could|will|would)\s+(?:[\w'-]+\s+){1,5}?be\s+(?:[\w-]+ed|built|set\s+up|made|done|"
    r"turned|possible|available|feasible|doable|an\s+option|supported)|"
    r"(?:will|would|'ll)\s+be\s+(?:available|supported|possible|released)|"
    r"(?:has|have)\s+(?:you|your|the)\s+(?:[\w'-]+\s+){0,2}?(?:considered|thought\s+about|"
    r"looked\s+(?:at|into)|discussed)|"
    r"(?:odds|chances?|likelihood)\s+(?:of|that)|"
    r"when\s+(?:[\w'-]+\s+){1,8}?(?:will|would|is\s+going\s+to|might)\s+(?:ship|launch|land|"
    r"be\s+(?:out|available|ready|released|live))|"
    r"something\s+your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|engineers|folks|people)\s+"
    r"(?:is|are)\s+(?:[\w'-]+\s+)?(?:working\s+on|considering|planning|looking\s+at)|"
    r"is\s+(?:[\w'-]+\s+){0,3}?(?:feasible|doable|an\s+option|on\s+the\s+table)|"
    r"(?:you|u)(?:\s+guys|\s+all)?\s*(?:are|r|'re)\s+(?:\w+\s+)?(?:adding|building|working\s+on|"
    r"planning|releasing|shipping|launching|supporting)|"
    r"(?:you'll|you\s+will|you\s+guys\s+will)\s+(?:ever\s+|eventually\s+|soon\s+)?(?:support|"
    r"add|offer|build|have|release|ship|open|integrate)|"
    r"(?:if|whether)\s+you(?:\s+guys|\s+all)?\s+(?:(?:have|offer|provide)\s+(?:an?|something|"
    r"anything\s+(?:for|like|that))|support|integrate|plan)|"
    r"(?:do|does)\s+(?:you|your\s+\w+)(?:\s+guys|\s+all|\s+folks)?\s+(?:have|offer)\s+"
    r"(?:anything|something)\s+(?:for|like|that))\b"
)


_STRONG_ASK = _rx(
    r"\b(?:is\s+there\s+(?:an?|any)\s+(?:[\w'-]+\s+)?(?:way|option|setting|feature)|"
    r"on\s+(?:your|the)\s+roadmap|(?:do|will|does|can)\s+(?:you|your\s+\w+|"
    r"it)(?:\s+guys)?\s+(?:support|"
    r"integrate|offer\s+(?:an?|any)|provide\s+(?:an?|any))\b|"
    r"any\s+plans\s+(?:to|for)|plans?\s+to\s+(?:add|support|offer|integrate|release|build|let|allow|"
    r"enable|introduce|open)\b|"
    r"are\s+you\s+(?:planning|going|thinking)\s+(?:to|about)\s+(?:add|support|offer|open|build|"
    r"release|"
    r"launch|adding|building|supporting)|(?:something|anything)\s+you(?:'re|\s+are)\s+working\s+on)"
)


# Frames so tied to product development that what they ask about is a capability, whatever
# its name ("is shared inboxes coming anytime soon", "anything in the works for X?").
_ROADMAP_STRONG = _rx(
    r"\b(?:on\s+(?:the|your)\s+(?:roadmap|backlog|radar)|in\s+the\s+(?:works|pipeline)|"
    r"coming\s+(?:soon|anytime\s+soon|any\s+time\s+soon|at\s+some\s+point|this\s+(?:year|quarter)|"
    r"next\s+(?:year|quarter|release))|(?:be|get|gets|getting)\s+(?:built|prioriti[sz]ed|added)|"
    r"(?:is|are)\s+(?:[\w'-]+\s+){1,4}?(?:planned|prioriti[sz]ed|being\s+(?:built|worked\s+on|"
    r"developed))|something\s+(?:you|your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|engineers))"
    r"(?:'re|\s+are|\s+is)?\s+(?:[\w'-]+\s+)?(?:working\s+on|considering|planning|building)|"
    r"(?:has|have)\s+(?:you|your\s+(?:[\w'-]+\s+)?team)\s+(?:considered|thought\s+about)|"
    r"(?:odds|chances?)\s+of\s+(?:getting|seeing))\b"
)
# A capability wanted, stated rather than asked: "it'd be huge if it synced with Xero", "the
# one thing missing is an audit trail", "if only it could", "+1 for dark mode", "our team keeps
# needing a way to", "we really miss having", "hoping you'll add", "please consider adding".
# Fires only with a capability object (a feature noun, a product doing something, or "a way
# to" do something), never on errands.
_WANT = _rx(
    r"\b(?:(?:it'?d|it\s+would|would|that'?d|that\s+would|it\s+will|'twould)\s+be\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:great|huge|amazing|awesome|fantastic|ideal|helpful|useful|handy|"
    r"nice|lovely|brilliant|perfect|valuable|game[- ]changing|a\s+(?:game[- ]changer|"
    r"lifesaver|life\s+saver|godsend|win|big\s+(?:help|win|deal|plus)|huge\s+(?:help|win|plus)|"
    r"nice\s+(?:to\s+have|addition)|great\s+addition))\s+(?:for\s+(?:us|\w+)\s+)?"
    r"(?:if|to\s+(?:have|get|see))"

    r"|(?:we|i|they|team|folks|people|users|everyone|everybody|guys)(?:'d|\s+would)\s+"
    r"(?:really\s+|so\s+|absolutely\s+|totally\s+|honestly\s+)?(?:love|kill\s+for|welcome|"
    r"benefit\s+from|jump\s+at|use|pay\s+for|be\s+(?:thrilled|happy|glad)\s+(?:with|if|to\s+see))"
    r"|^(?:really\s+|honestly\s+)?(?:would|'d)\s+(?:really\s+|so\s+)?(?:love|kill\s+for|welcome)"
    r"|wish\s+(?:there\s+(?:was|were|is)|it\s+(?:had|could|would|did|was)|(?:the|your)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:had|could|would|did|was|were)|you(?:\s+guys)?\s+(?:had|could|"
    r"offered|supported|would|did)|we\s+could)"
    r"|hoping\s+(?:you(?:'ll|\s+will|\s+guys|\s+can|\s+could)?|for|to\s+see|there(?:'s|\s+will))"
    r"|if\s+only\s+(?:it|the|your|we|you|there)"
    r"|feature\s+(?:idea|request|suggestion|wish)"
    r"|(?:one|only|main|big|biggest|last|missing)\s+(?:thing|piece|gap)\s+(?:is|for\s+us|"
    r"(?:that's\s+|that\s+is\s+)?missing|(?:we|i)(?:'re|\s+are)?\s+(?:still\s+)?(?:miss|missing|"
    r"lack|lacking|need|want))"
    r"|(?:what's|what\s+is|all\s+that's)\s+(?:still\s+)?missing"
    r"|(?:we|i)\s+(?:really\s+|still\s+|sorely\s+)?miss\s+(?:having|a|an|the|being\s+able)"
    r"|lack\s+of|there's\s+no\s+(?:way|option)\s+to|no\s+(?:way|option)\s+to"
    r"|keeps?\s+(?:asking\s+(?:for|about)|requesting|needing|bumping\s+into|running\s+into|"
    r"hitting|wishing|coming\s+back\s+to)"
    r"|consider\s+(?:adding|building|supporting|offering|integrating|exposing|opening)"
    r"|(?:^|put\s+in\s+|add\s+(?:my|our)\s+|another\s+|one\s+more\s+|(?:my|our)\s+)(?:a\s+)?"
    r"(?:vote|upvote)\s+for"
    r"|(?:i'd|we'd|i\s+would|we\s+would)\s+like\s+to\s+(?:formally\s+|officially\s+)?(?:request|"
    r"submit|put\s+in|log|raise)"
    r"|(?:[a-z]+s|team|we|i|they)\s+(?:would|'d)\s+(?:really\s+)?(?:like|want)\s+"
    r"(?!(?:to|your|you|us|me|him|her|them|it|this|that|our|their|his)\b)"
    r"|would\s+(?:you|your\s+(?:[\w'-]+\s+)?[\w'-]+|you\s+guys)\s+(?:be\s+)?(?:open\s+to|willing\s+to)\s+"
    r"(?:add|build|support|offer|expose|integrat)\w*"
    r"|if\s+(?:you|u)(?:\s+guys|\s+all)?\s+ever\s+(?:add|support|build|offer|integrat|ship|"
    r"releas|do|get)"
    r"|(?:one|quick|small|little|big|main|feature|product)\s+(?:request|ask|wish|suggestion)"
    r"|(?:frustrating|annoying|painful|a\s+pain|a\s+shame|a\s+pity|too\s+bad)\s+that\s+"
    r"(?:we|you|it|there)"
    r"|still\s+(?:holding\s+out|hoping)\s+(?:on|for)"
    r"|(?:would|'d|will|could)\s+(?:make\s+(?:my|our|everyone's|the\s+team's)\s+(?:week|day|"
    r"month|year|life|lives)|make\s+(?:life|things|our\s+lives)\s+(?:so\s+much\s+|a\s+lot\s+)?"
    r"easier|save\s+us\s+(?:hours|a\s+ton|so\s+much|days)|be\s+(?:a\s+)?(?:game[- ]changer|"
    r"lifesaver|huge\s+(?:for\s+us|help|win)|a\s+big\s+(?:help|win)|a\s+huge\s+(?:help|win)))"
    r")\b|(?:^|\s)\+1\s+(?:for|on|to)\b"
)
# A problem being reported or chased ("is the export broken?", "any update on my ticket about
# the login error?"): support, not a capability asked for.
_TROUBLE = _rx(
    r"\b(?:problem|issue|bug(?!\s+(?:you|me|them|him|her|u)\b)|error|outage|glitch|broken|crash\w*|working\s+again|not\s+working|"
    r"stopped\s+working|down\s+(?:again|for)|(?:a|the|any)\s+fix|fix(?:ed)?\s+(?:yet|soon|now))\b"
)
# Logistics of ongoing work ("when is the maintenance window for the import?", "does the
# cutover need a change request?"): a question about an event or a step, not a capability.
_LOGISTICS = _rx(
    r"\b(?:maintenance\s+(?:window|period|schedule|downtime)|window|downtime|cutover|headcount|"
    r"change\s+request|kick-?off|deadline|"
    r"due\s+date|go-live|sign-?off|approval\s+(?:from|of|for)|timeline\s+for\s+(?:the|our)\s+(?:cutover|migration|"
    r"rollout|go-live))\b"
)
# The capability asked for as "a way to" do something ("a way to export filtered views").
_WAY_TO = _rx(
    r"\b(?:a|an|some|any|the|no)\s+(?:easy\s+|simple\s+|quick\s+|native\s+|built-in\s+|"
    r"better\s+|proper\s+)?(?:way|ability|option|means|setting|toggle|button)\s+(?:to|for)\s+"
)


_SCHEDULING = _rx(
    r"\b(?:call|meeting|appointment|time\s+(?:next|this|to)|slot|availability|invoice|payment|"
    r"wire|deck|password|signed|contract|nda|po\b|minutes|recording|room|lunch|dinner|"
    r"webinar\s+start|reach\s+you|the\s+file|attachment|shared\s+folder)\b"
)



# --- what is no capability: one vocabulary of errands (issue 10, sixth round) ---------------
# What a customer asks a salesperson for that no product does: a meeting or a visit, talk and
# help, paper and files, money and orders, a person, an account or access of their own, a time,
# and the generic nouns that name no thing. Every feature-ask rule that vetoes an errand reads
# this one vocabulary, at the head of a noun phrase (_HEAD_END follows it: the phrase ends, or
# a preposition, a conjunction or a verb comes next), so a modifier is never an errand
# ("appointment reminders", "invoice templates", "data residency"); and a manner after "by" or
# "per" keeps the phrase a capability ("receipts by email", "access by location", "rates per
# matter"), where a time after "by" does not ("the invoice by Friday").
_ERRAND_WORDS = (
    # meetings, visits and events
    r"call|callback|meeting|session|demo|training|workshop|webinar|visit|trip|lunch|dinner|"
    r"walkthrough|walk-through|tour|tutorial|refresher|"
    r"coffee|beer|drink|invite|intro|introduction|review|agenda|recording|conversation|"
    r"discussion|chat|"
    # talk, opinion and help
    r"answer|reply|response|update|estimate|feedback|input|thoughts?|advice|opinion|word|"
    r"heads[- ]up|help|hand|assistance|guidance|background|clarity|context|insight|"
    r"understanding|assurance|reassurance|confirmation|decision|news|luck|sense|light|"
    r"favou?r|exception|referral|references?|contacts?|names?|address|notice|"
    # paper, files and records of their own
    r"copy|copies|draft|summary|overview|recap|breakdown|list|note|comments?|wording|content|"
    r"deck|slides|document|doc|docs|file|sheet|spreadsheet|memo|letter|questionnaire|survey|"
    r"statement|form|paperwork|signature|signoff|sign-off|certificate|nda|sow|w-9|po|contract|"
    r"agreement|terms|plan|proposal|offer|deal|information|info|details|message|email|"
    r"thread|results?|numbers|figures|data|"
    # money, orders and seats
    r"discount|refund|credit|quote|price|pricing|invoice|receipt|raise|budget|money|funding|"
    r"rate|fee|costs?|payment|check|cheque|wire|pledge|donation|contribution|gift|renewal|"
    r"order|shipment|delivery|seat|licen[cs]e|schools?|sites?|increase|decrease|pay|salary|"
    r"wages|bonus|compensation|benefits|"
    # people, posts, accounts and access
    r"person|people|hire|headcount|resource|job|position|role|user|account|access|login|"
    r"password|credentials?|ticket|case|status|line|reminder|"
    # times
    r"time|break|week|day|month|morning|afternoon|evening|tonight|tomorrow|today|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|weekend|noon|minutes?|hours?|"
    r"\d+(?::\d+)?\s*(?:am|pm)?|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|q[1-4]|vacation|holiday|leave|moment|sec|second|room|date|"
    r"turnaround|rush|hurry|attendance|weather|"
    # troubles and outcomes
    r"fix|resolution|progress|outcome|best|problem|issue|question|concern|pressure|harm|"
    r"worr(?:y|ie)|doubt|guarantee|one-pager|write-up|writeup|handout|printout"
)
# Words that name no thing by themselves: an errand when the phrase ends on them ("would
# love anything", "one more thing"), but a preposition after them leads to what is asked for
# ("anything for two-way sync", "a way to lock records").
_NO_THING_WORDS = (r"anything|something|everything|way|one|thing|idea|chance|need|interest|"
                   r"opportunit(?:y|ie)|change|difference|point|reason")
# The errands that are also records a product keeps: with a modifier that names a kind before
# them they name a capability ("role-based access", "read-only guest accounts", "payment files",
# "donation receipts"), alone or with one that names an instance an errand ("can I get access",
# "the signed forms", "my new login").
_RECORD_WORDS = frozenset(
    ["access", "login", "account", "user", "role", "form", "receipt", "reminder", "email",
     "message", "data", "file", "rate", "check", "certificate", "password", "credential",
     "contact", "note", "line", "status"]
)
# A modifier that names one instance of a record, not a kind of record ("the signed form",
# "my new login", "the monthly data"): before a record it leaves an errand.
_INSTANCE_MODIFIER = _rx(
    r"^(?:new|newest|latest|final|signed|unsigned|updated|revised|current|last|next|first|other|"
    r"same|full|whole|complete|monthly|weekly|quarterly|annual|yearly|daily|original|old|"
    r"correct|right|wrong|missing|attached|following|above|below|usual|additional|extra|"
    r"separate|quick|short|own|temporary|temp|proper|valid|\w+'s|\d[\w-]*)$"
)
# A modifier that classifies the noun after it (a kind of thing, not one instance): a
# hyphenated compound that is not a meeting's ("follow-up", "check-in", "30-minute"), a
# capability's modifier, or a technology's name.
_CLASSIFIER = _rx(
    r"\b(?!(?:follow|check|kick|sign|one|two|three|four|five|half|full|all|year|month|quarter|"
    r"week|end|last|first|next|face|in|up|e|re|co|pre|post|non|long|short|same|twice|mid|deep|"
    r"catch|touch|sit|get|meet|hand|wrap|lunch|drop|walk|\d+)-)"
    r"[a-z]+-[a-z]+(?:-[a-z]+)?\b"
    r"|\b(?:automatic|automated|scheduled|recurring|bulk|batch|custom|configurable|"
    r"customi[sz]able|native|self-service|real-time|live|mobile|offline|online|digital|"
    r"electronic|guest|api|saml|sso|sms|scim|mfa|2fa|oauth|ldap|multi\w*|auto\w*)\b"
)
# The end of the noun phrase whose head came just before.
_HEAD_END = (
    r"(?=\s*(?:$|[.,;:!?()]|-(?![\w-])|(?:for|to|from|with|on|about|in|at|of|this|next|so|and|or|before|"
    r"after|if|when|that|please|below|above|back|sometime|soon|asap|today|tomorrow|why|who|we|"
    r"you|i|they|is|are|was|were|will|would|can|could|should|has|have|had|yet|now|here|there|"
    r"but|as|than|then|though|because|since|collected|involved|ready|done|off|out)\b"
    r"|(?:confirming|certifying|attesting|proving|stating|detailing|outlining|summari[sz]ing|"
    r"explaining)\b"
    r"|(?:by|per)\s+(?:the\s+(?:end|\d)|end|eod|eow|cob|close|noon|tonight|tomorrow|today|next|"
    r"this|then|early|mid|late|\d|monday|tuesday|wednesday|thursday|friday|" + _MONTH + r")\b))"
)
# The end of a phrase on a word that names no thing (_NO_THING_WORDS): no preposition follows.
_BARE_END = (
    r"(?=\s*(?:$|[.,;:!?()]|-(?![\w-])|(?:so|and|or|please|soon|asap|today|tomorrow|we|you|i|"
    r"they|is|are|was|were|will|would|can|could|should|has|have|had|yet|now|here|there|but|as|"
    r"than|then|though|because|since)\b))"
)
_DETERMINERS = (r"(?:(?:the|your|my|our|an?|some|any|this|that|more|another|quick|brief|short|"
                r"little|small|few|couple\s+of)\s+)*")
# An errand at the head of what follows a frame ("any news on the call", "a quote for 20
# seats"); group "mods" holds its modifiers, "noun" its head.
_ERRAND_HEAD = _rx(
    r"^\s*(?:(?:your|their|our)\s+(?:end|side)\b|(?:the\s+)?(?:below|above)\b|(?:want|like|mind|"
    r"be\s+(?:free|around|available|open))\b|" + _DETERMINERS
    + r"(?P<mods>(?:(?!(?:for|to|from|with|on|in|at|by|of|or|and)\b)[\w'-]+\s+){0,2}?)"
    r"(?:(?P<noun>" + _ERRAND_WORDS + r")s?" + _HEAD_END + r"|(?:" + _NO_THING_WORDS + r")s?"
    + _BARE_END + "))"
)
# An errand as the last words of a phrase ("a copy of the deck would be great").
_ERRAND_END = _rx(r"(?P<mods>(?:[\w'-]+\s+){0,2})(?P<noun>\b(?:" + _ERRAND_WORDS + r"|"
                  + _NO_THING_WORDS + r"))s?\s*$")


# --- feature asks by construction (issue 10, fourth round) -----------------------------------
# A request for a capability has a shape whatever the capability is called: the product (or a
# part of it) as the subject of what it should be able to do; a development frame (when does X
# ship, is X slated, how close is X, any appetite to build X); someone pressing for a thing;
# a want whose object is doing something from a channel or without work; a comparison with
# another vendor's product; a complaint about doing by hand what the product could do. Each
# is checked against what is not an ask: how-to questions, problem reports and errands.
#
# Parts of the product a customer names as the subject of a capability ("the scheduler",
# "your mobile app", "the export").
_SOFT = (
    r"(?:tool|platform|product|app|system|software|api|portal|dashboards?|editor|module|"
    r"scheduler|planner|calendar|reports?|reporting|exports?|imports?|forms?|inbox|feeds?|"
    r"views?|screens?|search|workflows?|integrations?|connectors?|templates?|interface|ui|"
    r"console|widgets?|bot|extension|plug-?in|add-?in|crm|erp|map|tracker|wizard|"
    r"(?:mobile|phone|tablet|ipad|web|desktop|ios|android)\s+(?:app|version|client))"
)
_SOFT_RX = _rx(r"\b(?:the|your|our|this|that|its|their)\s+(?:[\w'-]+\s+){0,2}?" + _SOFT + r"\b")
# A modal question whose subject is the product or a part of it: "can the scheduler skip
# holidays", "does the new planner let you", "is the tool able to", "can we get the dashboard
# to refresh hourly". What follows may not be a delivery or a state ("be ready", "go out").
_CAP_QUESTION = _rx(
    r"^(?:[\w'-]+(?:\s+[\w'-]+)?\s*[:,-]\s+)?(?:so\s+|also\s+|and\s+|but\s+|just\s+)?"
    r"(?:(?:can|could|will|would|does|do)\s+(?:the|your|this|that|its)\s+(?:[\w'-]+\s+){0,2}?"
    + _SOFT + r"\s+(?:ever\s+|also\s+|now\s+|eventually\s+)?(?!(?:be|been|get|go|come|arrive|"
    r"reach|wait|still|need|have|has|cost|say|take|look|stay|happen|mean|match|run|include|"
    r"go\s+out|show\s+up|work\s+(?:again|now))\b)[a-z-]{3,}"
    r"|(?:is|are)\s+(?:the|your|this|that|its)\s+(?:[\w'-]+\s+){0,2}?" + _SOFT
    + r"\s+(?:(?:ever\s+)?(?:going\s+to|gonna)\s+(?:support|let|allow|handle|do|offer|get|have)|"
    r"able\s+to|capable|compatible|configurable|customi[sz]able|smart\s+enough|set\s+up\s+to)"
    r"|(?:can|could|would)\s+(?:we|i|you)\s+(?:get|have|make|set|configure|tell)\s+(?:the|your|"
    r"our|it)\s+(?:[\w'-]+\s+){0,2}?" + _SOFT + r"\s+to\s+(?!be\s+(?:sent|ready|done))\w+)\b"
)
# (fourteenth round) A thing of theirs asked to be made to do what software does, in the
# passive: "could the swab kits be tracked from dispatch to lab?", "can serial numbers of locks
# be linked to the customer who bought them?", "can one phone be shared by a whole gang?",
# "can the steel price be pulled from a feed every morning?". Only verbs of tracking, linking,
# scanning and feeding (never sent, moved, cancelled, exported: an errand or a how-to); the
# subject is a thing, never a pronoun (markers._capability_shape: never an errand).
_PASSIVE_CAPABLE = _rx(
    r"^(?:[\w'-]+\s*[:,-]\s+)?(?:so\s+|also\s+|and\s+)?(?:can|could)\s+(?P<np>(?!(?:it|this|that|"
    r"these|those|they|we|i|you|he|she|someone|somebody|anyone)\b)(?:[\w'-]+\s+){1,6}?)be\s+"
    r"(?:automatically\s+|directly\s+)?(?:tracked|connected|linked|scanned|synced|synchroni[sz]ed|"
    r"integrated|geotagged|shared\s+by|pulled\s+(?:from|in\s+from)|fed\s+(?:from|into|in))\b"
)
# How a capability is done for you rather than by you: from a channel, on its own, in bulk.
_HOW_CAPABLE = _rx(
    r"\b(?:automatically|auto-?(?:match|fill|sync|assign|generat|populat|renew|schedul|updat|"
    r"tag|complet|archiv|approv|import|export|remind|route|save)\w*|natively|in\s+bulk|in\s+one\s+(?:go|click|place|step|"
    r"screen)|without\s+(?:leaving|logging|a\s+connection|signal|wi-?fi|internet|exporting|"
    r"switching|re-?typing|having\s+to)|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|"
    r"out\s+of\s+the\s+box|both\s+ways|two-way|in\s+real[- ]time|self-serv\w+|"
    r"(?:straight|directly|right)\s+(?:from|in|into|on)|"
    r"(?:from|on|via|inside|within)\s+(?:the|their|our|my|his|her|a|an|your)\s+"
    r"(?:phones?|mobile|ipads?|tablets?|trucks?|browser|laptops?|app|system|platform|tool|"
    r"portal|dashboard)|from\s+(?:mobile|their\s+desk))\b"
)
# Development frames: when a capability lands, how close it is, whether it is planned.
_DEV_FRAME = _rx(
    r"\b(?:when\s+(?:does|do|will|is|are|would|might|should|can\s+(?:we|i)\s+expect)\s+"
    r"(?:[\w'-]+\s+){1,6}?(?:ship|launch|land|release|come\s+out|arrive|go\s+(?:live|ga)|drop|"
    r"roll\s+out|be\s+(?:out|available|released|live|added|supported|shipping|launching)|"
    r"get\s+(?:added|built|released|shipped))"
    r"|how\s+(?:long\s+(?:until|till|before)|close\s+(?:is|are)|near\s+(?:is|are)|far\s+along)"
    r"|(?:slated|pencil+ed\s+in|earmarked|targeted|still\s+(?:happening|coming|planned|a\s+thing|"
    r"on\s+(?:track|the\s+(?:roadmap|list|plan|books))))"
    r"|in\s+scope|on\s+(?:the|your)\s+horizon"
    r"|(?:you'll|you\s+will|you're|you\s+are|you\s+guys\s+(?:will|are))\s+(?:be\s+)?(?:adding|"
    r"building|supporting|offering|releasing|shipping|launching|integrating|rolling\s+out)"
    r"|any\s+(?:intention|thinking|thoughts?|movement|timing|timeframe|"
    r"time\s+frame)\s+(?:of|on|in|about|around|to|for)"
    r"|where\s+(?:do|does)\s+(?:things|we|you|it|that)\s+stand\s+(?:with|on)"
    r"|where\s+are\s+(?:you|we|things)\s+(?:at\s+)?(?:with|on)"
    r"|where\s+(?:is|are)\s+(?:that|this|it|things|we)\s+(?:at|now)|(?:we|i)\s+(?:were|was)\s+"
    r"promised"
    r"|(?:foreseen|envisaged|envisioned|intended|contemplated|planned)\s+to\s+(?:have|add|"
    r"support|offer|include|release|provide|integrate|build)"
    r"|ever\s+(?:doing|adding|building|supporting|offering|getting|shipping|releasing)"
    # "will the new release include custom roles", "if the next version will have SSO"
    r"|(?:will|would|does|do)\s+(?:the|your)\s+(?:[\w'-]+\s+){0,2}?(?:release|version|update|"
    r"tier|edition|package)\s+(?:also\s+)?(?:include|have|come\s+with|support|add)"
    r"|(?:release|version|update|tier|edition|package)\s+(?:will|would|is\s+going\s+to)\s+"
    r"(?:also\s+)?(?:include|have|come\s+with|support|add)"
    r"|^(?:is|are)\s+there\s+(?:any\s+)?(?:support|compatibility|an?\s+(?:option|setting|"
    r"integration|connector|plugin|api))\b"
    r"|(?:something|anything)\s+(?:that's|that\s+is|which\s+is)\s+(?:coming|planned|in\s+the\s+"
    r"works|on\s+the\s+(?:roadmap|way))"
    r"|(?:will|would|can|could)\s+(?:[\w'-]+\s+){0,3}?get\s+(?:around\s+)?to\s+(?:the|a|an|"
    r"adding|building|supporting)\b(?!\s+(?:items?|point|bottom|end|office|airport|meeting))"
    r")\b"
)
# Someone pressing for a thing: "the leads have been begging for barcode scanning", "our
# auditors are asking for change history", "keeps asking when she'll be able to".
_PRESSING = _rx(
    r"\b(?:we|they|i|team|staff|everyone|everybody|folks|people|(?!(?:this|was|is|has|does|"
    r"its|it's|as|us|his|hers|yours|ours|theirs|thus|plus|always|perhaps)\b)[a-z]+s)\s+"
    r"(?:keeps?|kept|(?:have|has|'ve|'s)\s+been|are|is|were|was)\s+(?:[\w'-]+\s+)?(?:asking|"
    r"pushing|begging|clamou?ring|lobbying|pleading|itching)\s+(?:me\s+|us\s+)?(?:for|about|"
    r"when|whether|if)\s+"
)
# The thing pressed for: indefinite or bare (a definite one is an errand: "the price list").
# What an imperative asks for and is no capability: a definite thing or a person, or an errand.
_ERRAND_OBJECT = _rx(
    r"^(?:exactly\s+|just\s+|precisely\s+)?(?:the|your|my|our|his|her|their|this|that|these|"
    r"those|it|you|us|me|him|them)\b"
)
# A stated want or need whose object is the product doing something.
_NEED_FRAME = _rx(
    r"\b(?:(?:want|wants|wanted|need|needs|'d\s+like|would\s+like|'d\s+love|would\s+love|wish|"
    r"asking)\s+(?:(?:to\s+)?be\s+able\s+to|when\s+(?:they|she|he|we|i)(?:'ll|\s+will)\s+be\s+"
    r"able\s+to)"
    r"|(?:what|all)\s+(?:we|they|i|the\s+team)\s+(?:really\s+|actually\s+|most\s+)?(?:need|want)"
    r"(?:ed)?\s+(?:is|was)\s+(?:for\s+(?!(?:you|us|me|him|her|them)\b)|an?\s+|some\s+|the\s+"
    r"ability|a\s+way)"
    r"|(?:biggest|top|#1|number\s+one|main|one|only|big)\s+(?:wish|ask|request|gripe|want|need|"
    r"priority)\s+(?:is|would\s+be|right\s+now\s+is|for\s+\w+\s+is)"
    r"|(?:it'?d|it\s+would|would|that'?d|that\s+would)\s+(?:really\s+|honestly\s+)?"
    r"(?:help|go\s+a\s+long\s+way)(?:\s+(?:us|a\s+lot|a\s+ton|tremendously|massively|hugely|"
    r"so\s+much))?\s+if"
    r"|(?:we'd|we\s+would|they'd|they\s+would|i'd|i\s+would|team\s+would)\s+be\s+all\s+over"
    r"|(?:we|they|i)(?:'d|\s+would)\s+(?:need|want|require|expect)\s+(?:the|your|it)\b)"
)
# Wants whose object must be the product doing something or how it is done for you: "we need
# the weekly report to go out on its own", "our reps want to log calls from their phones".
_NEED_PLAIN = _rx(
    r"\b(?:we|i|they|team|staff|everyone|folks|people|(?!(?:this|was|is|has|does|its|as|us|who|"
    r"which|that)\b)[a-z]+s)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|also\s+)?"
    r"(?:need|want|like|love)\s+(?:to\s+(?!be\s+able)[\w'-]+|(?:the|our|your|all|every|each)\s+)"
)
_IDEALLY = _rx(r"^ideally,?\s+(?:the|our|your|it|we|they)\b")
# A wish's condition with the product or a thing of theirs doing something ("it would help if
# invoices could be split"), not a person doing an errand ("if you could send").
_IF_IT_COULD = _rx(
    r"\bif\s+(?:(?:the|our|your|all|each|every|its|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+|"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+s)\s+(?:could|would|can|were\s+able\s+to|was\s+able\s+to)\s+"
)
# A counterfactual: "if the calendar synced both ways we'd use it a lot more".
_IF_WE_WOULD = _rx(
    r"^if\s+(?:the|your|it|our|there|[\w'-]+\s+[\w'-]+)\b[^,;]{3,80}?,?\s+(?:we'd|we\s+would|they'd|they\s+would|"
    r"i'd|i\s+would|it'd|that'd|people\s+would)\s+(?:\w+\s+)?(?:use|buy|roll|switch|adopt|move|"
    r"expand|pay|save|love|be|get|drop|finally|never|add|recommend|go)"
)
# Another vendor's product as the measure ("our old system could", "other vendors include X
# out of the box", "Zoho does this natively").
_RIVAL = _rx(
    r"\b(?:our\s+(?:old|previous|last|former|current|legacy)\s+(?:system|vendor|tool|platform|"
    r"provider|software|crm|erp|solution|app)|(?:other|most)\s+(?:vendors|tools|platforms|"
    r"providers|products|systems|solutions|apps)|competitors?|(?:tools|vendors|platforms|"
    r"products|apps)\s+like\s+(?!yours|ours|this|that)\w+|[\w-]+\s+(?:does|has|offers|supports|handles)\s+(?:this|that|"
    r"it)\s+(?:natively|out\s+of\s+the\s+box|already|just\s+fine))"
)
_RIVAL_CUE = _rx(
    r"\b(?:yours|you\s+(?:guys\s+)?(?:don't|can't|do|could|will|would|offer|support|have)|"
    r"anything\s+(?:similar|like\s+that|comparable)|something\s+(?:similar|like\s+that|"
    r"comparable)|natively|out\s+of\s+the\s+box|built[- ]in)\b"
)
# Work by hand that the product could do, complained about.
_BY_HAND = _rx(
    r"\b(?:still\s+(?:have|having|need|needs)\s+to|(?:have|having|had)\s+to)\s+(?:[\w'-]+\s+)"
    r"{1,8}?(?:by\s+hand|manually|in\s+(?:excel|a\s+spreadsheet|spreadsheets|google\s+sheets)|"
    r"outside\s+(?:the|your)\s+(?:tool|system|app|platform)|one\s+(?:at\s+a\s+time|by\s+one))"
)
_PAIN = _rx(
    r"\b(?:pain|drag|headache|nightmare|tedious|killing\s+(?:us|me)|time[- ]consuming|clunky|"
    r"frustrat\w*|annoying|painful|a\s+slog|waste\s+of\s+time|eats?\s+(?:up\s+)?(?:hours|"
    r"time|days))\b"
)
_LACK = _rx(
    r"\b(?:can't|cannot|can\s+not|unable\s+to|(?:have|having|had)\s+to|doesn't\s+(?:let|"
    r"support|allow|have)|won't\s+let|no\s+(?:way|option))\b"
)
_NO_WAY = _rx(
    r"\b(?:there's|there\s+is|we\s+have)\s+no\s+(?:easy\s+|simple\s+|good\s+|quick\s+)?(?:way|"
    r"option|means)\s+(?:for\s+(?:[\w'-]+\s+){1,3}?)?to\s+"
)
_STILL_NO = _rx(r"^(?:still|yet\s+again)\s+no\s+")
_NOW_STATE = _rx(r"\b(?:right\s+now|currently|today|at\s+the\s+moment|still|as\s+of\s+now)\b")
# Availability asked with "yet": "can managers see pipelines from the phone app yet?"
_YET_Q = _rx(r"^(?:[\w'-]+\s*[:,-]\s+)?(?:can|could|does|do|is\s+there|are\s+there|will|is|are)"
             r"\b.*\byet\W*$")
_NOT_YET_DONE = _rx(r"\b(?:working|fixed|resolved|done|ready|finished|back|sorted|signed|sent|"
                    r"paid|approved|arrived|received)\s+yet\b")
# Development frames strong enough alone ("any appetite to build", "made it onto the roadmap").
_DEV_STRONG = _rx(
    r"\b(?:made\s+it\s+(?:on|onto|into|to)\s+(?:the|your)\s+(?:plan|roadmap|list|backlog|"
    r"release|sprint)|plans?\s+afoot"
    r"|(?:appetite|interest|willingness|bandwidth|openness)\s+(?:on\s+your\s+(?:side|end)\s+)?"
    r"(?:to\s+(?:build|add|develop|integrat|expos|enabl)|(?:for|in)\s+(?:build|develop|"
    r"integrat))"
    r"|(?:big|heavy|huge|major|small|quick)\s+lift\s+(?:for\s+(?:you|your\s+team)\s+)?to\s+"
    r"(?:add|build|support|offer|include|make|integrat|expos)"
    r"|(?:is|would)\s+it\s+be\s+(?:hard|difficult|easy|possible|feasible|doable|much\s+work|"
    r"a\s+lot\s+of\s+work)\s+(?:for\s+(?:you|your\s+team)\s+)?to\s+(?:add|build|support|offer|"
    r"include|expose|enable|integrat)"
    r"|(?:look|looking|think|thinking)\s+(?:at|into|about)\s+(?:adding|building|supporting|"
    r"offering|integrating|exposing|enabling|allowing|opening\s+up)"
    r"|get\s+around\s+to\s+(?:adding|building|supporting)"
    r"|any\s+reason\s+(?:you|your\s+\w+)\s+(?:don't|can't|doesn't|couldn't|wouldn't|haven't)"
    r"|(?:anything|something)\s+(?:similar|like\s+that|comparable)\s+(?:coming|planned|on\s+the|"
    r"in\s+the))\b"
)
# A question opening with a modal or an auxiliary.
_MODAL_START = _rx(r"(?:[\w'-]+\s*[:,-]\s+)?(?:so\s+|also\s+|and\s+|but\s+)?"
                   r"(?:can|could|will|would|does|do|is|are)\b")
# The product doing something, as a clause: "if the system could auto-match payments".
_SOFT_DOES = _rx(
    r"\b(?:the|your|our|this|its)\s+(?:[\w'-]+\s+){0,2}?" + _SOFT + r"\s+(?:(?:could|would|"
    r"can|will|might)\s+(?:also\s+|ever\s+|just\s+)?|to\s+)(?!be\s+(?:sent|ready|done|late))[a-z]"
)
# What "there's no way to" is followed by when it is no missing capability ("no way to know").
_NO_WAY_NOT = _rx(r"(?:know|tell|predict|guarantee|stop|avoid|make\s+it|get\s+there|finish|"
                  r"meet|be\s+sure|say)\b")
_FAILED = _rx(r"\b(?:failed|fails|failing|broke|went\s+down|crashed|(?:an?|the)\s+error)\b")
# A document or an artefact delivered, not a capability ("can the report go out to the board on
# Friday?", "will the report be ready for the review?").
_DELIVERY = _rx(
    r"\b(?:go\s+out\s+(?:to|on|by|before|this|next|today|tomorrow)|(?:be|get)\s+(?:sent|"
    r"shared|delivered|emailed|forwarded|circulated)|(?:be\s+)?ready\s+(?:for|by|before)\s+"
    r"(?:the|our|your|next|this|friday|monday|tuesday|wednesday|thursday|tomorrow)\b)"
)
# Shapes that are a request for a capability on their own: "pls add an option to", "we are
# needing the possibility to", "suggestion: let users", "tell your product people", "do you
# have anything for", "the one feature that would make this a no-brainer".
_ASK_SHAPE = _rx(
    r"\b(?:(?:please|pls|plz|kindly)\s+(?:do\s+)?(?:add|build|enable|expose|"
    r"consider\s+(?:adding|building|supporting))"
    r"|(?:need|needs|needing|needed|want|wants|wanting|require|requires|requiring|looking\s+for|"
    r"missing|miss|lack|lacking)\s+(?:the|a|an|some)\s+(?:possibility|ability|option|"
    r"capability|functionality|feature|means)\s+(?:to|for|of)"
    r"|feature\s+wish\s*-?list|wish\s*-?list\s*(?::|from\s+(?:our|my|the)|for\s+(?:the|your)\s+"
    r"(?:product|tool|app|platform|roadmap))"
    r"|(?:tell|let|ask)\s+(?:your|the)\s+(?:product|dev|development|engineering|r&d|tech)\s+"
    r"(?:team|people|folks|guys|org|side)"
    r"|pass\s+(?:this|it|that)\s+(?:along|on)\s+to\s+(?:your|the)\s+(?:product|dev|development|"
    r"engineering)"
    r"|(?:do|does)\s+(?:you|your\s+\w+)(?:\s+guys|\s+all|\s+folks)?\s+(?:have|offer)\s+"
    r"(?:anything|something)\s+(?:coming\s+|new\s+|in\s+the\s+works\s+)?(?:for|like|"
    r"that)"
    r"|out\s+of\s+scope\s+for\s+you"
    r"|(?:one|only|main|biggest|top|#1|number\s+one|single)\s+(?:feature|capability|"
    r"improvement|addition|thing|change)\s+(?:that|which)\s+(?:would|'d|could|will)\s+(?:make|"
    r"help|get|turn|seal|convince|let|save))\b"
    r"|^(?:suggestion|idea|feature\s+idea|request|feature\s+request|wish|small\s+ask|one\s+ask)"
    r"\s*[:\u2013-]\s*"
)
# A bare need of a product thing ("we really need custom roles", "our Canadian office needs
# French-language invoices"); the feature noun must follow within a few words.
_NEED_BARE = _rx(
    r"(?:^|[,;:-]\s*|\b(?:and|but|so|really|honestly)\s+)(?:we|our\s+(?:[\w'-]+\s+){0,2}?(?:team|"
    r"teams|office|offices|staff|people|folks|users|admins|reps|techs|leads|managers|"
    r"department|side|crew|accountants|engineers|dispatchers|auditors|cfo|ceo|controller|"
    r"boss|it|ops|finance|hr)|my\s+(?:[\w'-]+\s+)?(?:boss|team|manager|cfo|ceo|director|vp|"
    r"lead|leads|people|staff|users))(?:'d|\s+would|\s+really|\s+still|\s+desperately|"
    r"\s+badly|\s+definitely|\s+also|\s+just)*\s+(?:need|needs|needed|require|requires|"
    r"wants)\s+(?!(?:the|your|"
    r"this|that|these|those|it|to|you|us|him|her|them|me|more|some|for|from|anything|"
    r"everything|nothing|any|a\s+(?:call|quote|discount|meeting|decision|few|bit|couple|"
    r"copy))\b)"
)
# "Could you add a 'duplicate invoice' button?": the vendor asked to build a thing.
_YOU_ADD = _rx(
    r"\b(?:could|can|would|will)\s+(?:you|u|y'?all)(?:\s+guys|\s+all)?\s+(?:please\s+|possibly\s+|"
    r"maybe\s+|ever\s+)?(?:add|build|create|offer|support|introduce|integrate\s+with|co-?develop|"
    # (thirteenth round) the vendor asked to make a thing adjustable: "could you make X
    # configurable per customer?"
    r"make\s+(?=[^?.,;]{3,80}?\s(?:configurable|customi[sz]able|optional|editable|adjustable|"
    r"exportable|searchable|available\s+(?:to|for|in|on))\b))\s*"
    r"(?!(?:me|us|him|her|them|it|that|this|my|the\s+(?:rest|remaining|other))\b)"
)
# "Can it do split billing?", "does it handle multiple currencies?"
_IT_DOES = _rx(
    r"^(?:[\w'-]+\s*[:,-]\s+)?(?:so\s+|also\s+|and\s+|but\s+)?(?:can|could|will|would|does)\s+it\s+"
    r"(?:also\s+|ever\s+|now\s+)?(?:do|handle|support|pull|push|sync|export|import|show|display|"
    r"track|split|merge|calculate|generate|print|scan|read|flag|match|connect|integrate|create|"
    r"notify|alert|filter|sort|group|store|archive|convert|translate|recogni[sz]e|detect|route|"
    r"assign|tag|automate|run\s+on|work\s+(?:offline|on|with)|talk\s+to)\b"
)
# Money named: an offer or a donation, not a capability ("add an extra $1 to the cost").
_MONEY = _rx(r"[$\u20ac\u00a3]\s*\d|\b\d[\d,.]*\s*(?:dollars|usd|eur|euros|pounds)\b")
# Frames that ask for a capability whatever it is called, when the sentence asks (a question
# or an indirect one): the thing asked about is an arbitrary noun phrase ("any movement on a
# rubric builder", "is a dark theme for the night shift coming?", "could NACHA batch files be
# built for us?", "are you guys working on X?"), so only an errand at its head vetoes it.
_ASK_FRAME = _rx(
    r"\b(?:any\s+(?:movement|progress|news|updates?|word|traction|eta|timeline|timeframe|"
    r"time\s+frame|date|idea\s+when|thoughts\s+on\s+(?:adding|building|supporting|offering))"
    r"\s+(?:on|about|for|with|regarding|when)?"
    r"|(?:are\s+there|any|have\s+you\s+got|do\s+you\s+have|(?:does|do)\s+(?:your|the)\s+"
    r"(?:[\w'-]+\s+)?(?:team|folks|people|devs|company)\s+have)\s+(?:any\s+)?plans?\s+(?:to|for|"
    r"there|on\s+that|around)"
    r"|(?:are|r|is)\s+(?:you|u|your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|engineers|folks|"
    r"people))(?:\s+guys|\s+all|\s+folks)?\s+(?:\w+\s+)?(?:adding|building|working\s+on|"
    r"planning|thinking\s+(?:about|of)|considering|exploring|looking\s+(?:at|into)|developing|"
    r"releasing|shipping|launching|going\s+to\s+(?:add|build|support|offer|release|ship))"
    r"|(?:you'll|you\s+will|you'd|you\s+would|you\s+guys\s+will)\s+(?:ever\s+|eventually\s+|"
    r"soon\s+)?(?:support|add|offer|build|release|ship|get\s+to)"
    r"|(?:you|your\s+team)\s+(?:plan|intend|expect)s?\s+to\s+(?:offer|add|support|build|"
    r"release|ship|have|provide)"
    r"|(?:is|are)\s+(?:an?|any|some)\s+[^?,;]{2,60}?\s+(?:coming|planned|happening|in\s+the\s+"
    r"works|on\s+the\s+(?:way|roadmap|list|docket)|something\s+you)"
    r"|(?:is|are)\s+(?:[\w'-]+\s+){1,9}?(?:planned|on\s+the\s+(?:docket|list|roadmap|way)|"
    r"coming\s+(?:soon|at\s+all|this|next)|part\s+of\s+(?:the|your)\s+(?:[\w'-]+\s+)?(?:release|"
    r"roadmap|version|update|plan))"
    r"|(?:is|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:a\s+thing|on\s+(?:your|the)\s+(?:list|"
    r"docket|roadmap))"
    r"|(?:is\s+it|it\s+is|it's)\s+(?:planned|foreseen|envisaged|intended|possible|in\s+the\s+"
    r"plans?)\s+to\s+(?:have|add|support|offer|get|build)"
    r"|(?:possible|available|doable|feasible)\s+(?:down\s+the\s+road|in\s+the\s+future|at\s+some\s+"
    r"point|eventually|one\s+day|later\s+on)"
    r"|something\s+(?:you(?:'ll|\s+will|'re|\s+are|\s+guys|\s+all)?|your\s+(?:[\w'-]+\s+)?team)"
    r"\s+(?:\w+\s+)?(?:offer|support|add|build|building|developing|exploring|evaluating|"
    r"prioriti[sz]\w*|open\s+to|considering|planning|adding)"
    r"|(?:(?:can|could|will|would)\s+(?:[^?,;]{2,60}?)\s+be\s+(?:added|built|developed|"
    r"prioriti[sz]ed|made\s+available|turned\s+on|enabled|supported|included\s+in\s+(?:the|"
    r"a|your)\s+(?:[\w'-]+\s+)?(?:release|sprint|version|update|roadmap|product)))"
    r"|(?:will|would)\s+(?:an?|the|any)\s+[^?,;]{2,60}?\s+be\s+available\s+(?:for|to|in|on)"
    r"|when\s+(?:will|would|does|do)\s+(?:an?|the|any)\s+[^?,;]{2,60}?\s+(?:support|work\s+with|"
    r"handle|cover|be\s+(?:available|ready|out|live))"
    r"|when\s+(?:is|are)\s+(?:an?|any)\s+[^?,;]{2,60}?\s+(?:coming|landing|shipping|happening|"
    r"arriving|due)"
    r"|when\s+(?:will|would|can)\s+you(?:\s+guys|\s+all)?\s+(?:have|support|add|offer|release|"
    r"ship|build)"
    r"|when\s+is\s+(?:it|that)\s+(?:landing|shipping|launching|coming\s+out)"
    r"|(?:what's|what\s+is)\s+the\s+(?:eta|timeline|timeframe|target\s+date)\s+(?:on|for)"
    r"|(?:does|do)\s+(?:it|that|this|such\s+a\s+thing)\s+(?:not\s+)?exist\s+yet"
    r"|ever\s+(?:gonna|going\s+to)\s+(?:happen|be\s+(?:a\s+thing|available|possible))"
    r"|(?:has|have)\s+(?:anyone|any\s+other\s+customers?|other\s+customers|others)\s+(?:else\s+)?"
    r"(?:asked|requested|wanted|needed)\s+(?:for|about)"
    r"|(?:your|the)\s+(?:product|dev|development|engineering)\s+(?:team|people|folks|org)\s+"
    r"(?:would|could|might|will|can)\s+(?:\w+\s+)?(?:prioriti[sz]e|consider|look\s+at|build|add)"
    r"|(?:early\s+access|beta|pilot)\s+(?:list|program|group)\s+for"
    r"|(?:(?:we|i)\s+(?:were|was)\s+promised)"
    r"|(?:could|can|would|will)\s+your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|engineers|"
    r"folks|people)\s+(?:please\s+)?(?:add|build|support|offer|expose|enable|consider)"
    r"|(?:do\s+you\s+have|is\s+there|have\s+you\s+got)\s+(?:an?|any)\s+(?:date|eta|timeline|"
    r"timeframe|target\s+date|release\s+date)\s+(?:for|on)"
    r"|(?:is|are)\s+(?:[\w'-]+\s+){3,7}?coming(?=\s*[?]|\s+(?:soon|at\s+all|this|next|to))"
    r"|when\s+(?:is|are)\s+(?!(?:the|your|our|my|it|that|this|he|she|they|we|you)\b)"
    r"(?:[\w'-]+\s+){2,8}?(?:coming|landing|shipping|happening|arriving)"
    r"|when\s+(?:will|would)\s+(?!(?:the|your|our|my|it|that|this|he|she|they|we|you|"
    r"there)\b)(?:[\w'-]+\s+){2,8}?(?:support|work\s+with|handle|cover|be\s+(?:available|"
    r"ready|out|live))\b"
    r"|^(?:will|would)\s+(?!(?:the|your|our|my|it|that|this|he|she|they|we|you|there)\b)"
    r"(?:[\w'-]+\s+){2,8}?be\s+(?:available|supported)\s+(?:for|to|in|on)\b)"
)
# Frames that ask only when what follows is a thing, not a visit, a favour or a price ("any
# chance you'll support X" is an ask, "any chance you would be coming to Columbia?" is not).
_ASK_FRAME_WEAK = _rx(
    r"\bany\s+(?:chance|possibility|hope|way)\s+(?:of|that|to|for|you(?:'ll|\s+will|\s+could|"
    r"\s+can|\s+guys|'d|\s+would)?|your\s+team)\s+"
)
_SOCIAL = _rx(
    r"\b(?:you|me|us|him|her|them|come|coming|join|joining|visit|meet|trip|schedule|e-?mail|rate|"
    r"price|fee|cost|conference|event|class|dinner|lunch|help|send|sent|call|talk|chat|speak)\b"
)
# The same, said without a question: formal requests, escalations, strong wants.
_ASK_SAID = _rx(
    r"\b(?:(?:put\s+in|submit|file|log|raise|make)\s+(?:an?\s+)?(?:formal\s+|official\s+)?"
    r"(?:feature|enhancement|product)?\s*request\s+for"
    r"|(?:enhancement|feature|product)\s+request"
    r"|(?:formal|official)\s+request\s+for"
    r"|(?:the|our|my)\s+(?:[\w'-]+\s+){0,6}?request\s+(?:we|i)\s+(?:submitted|made|filed|put\s+in|"
    r"raised|logged|sent)"
    r"|(?:escalate|pass|forward|send|bring)\s+(?:[\w'-]+\s+){0,12}?(?:to|with)\s+(?:your|the)\s+"
    r"(?:product|dev|development|engineering|r&d)\s+(?:team|people|folks|org|side|managers?)"
    r"|(?:one|quick|small|big|main|feature|product|only)\s+(?:request|ask)\s+(?:from|for)\s+"
    r"(?:the|our|my)\b"
    r"|(?:one|only|last|main|biggest)\s+thing\s+(?:we're|we\s+are|we've\s+been|that's|that\s+is)\s+"
    r"(?:still\s+)?missing"
    r"|(?:hoping|hope)\s+(?:you(?:'ll|\s+will|\s+can|\s+guys\s+will)?)\s+(?:add|build|support|"
    r"offer|ship|release|get\s+to)"
    r"|(?:would|'d)\s+(?:honestly\s+|really\s+|gladly\s+|happily\s+|so\s+)?(?:kill\s+for|"
    r"jump\s+at|be\s+all\s+over)"
    r"|(?:we|i|they)(?:'d|\s+would)\s+(?:honestly\s+|really\s+|gladly\s+|happily\s+)?pay\s+"
    r"(?:extra\s+|more\s+|good\s+money\s+)?for"
    r"|(?:add|adding|count|put\s+in)\s+(?:our|my)\s+(?:vote|upvote)"
    r"|(?:roadmap|backlog)\s+(?:item|entry|ticket|card)"
    r"|(?:it'?d|it\s+would|that\s+would|would)\s+be\s+(?:[\w'-]+\s+){0,2}?(?:great|huge|amazing|"
    r"awesome|helpful|useful|nice|ideal)\s+if\s+(?:we|they|our\s+[\w'-]+)\s+could\s+(?:get|"
    r"have|see|use)"
    r"|^(?:really\s+|honestly\s+|we\s+|i\s+)?(?:would|'d)\s+(?:really\s+|so\s+|absolutely\s+)?"
    r"love(?!\s+(?:to|for|you|having\s+you)\b)\s+"
    r"|(?:you|your\s+(?:[\w'-]+\s+)?team)(?:\s+guys)?\s+(?:would\s+|could\s+|might\s+|will\s+)?"
    r"(?:ever\s+)?consider(?:ing)?\s+(?:building|adding|developing|offering)"
    r"|keeps?\s+(?:bumping|running)\s+into\s+(?:the\s+)?(?:lack|absence)\s+of"
    r"|,\s*any\s+plans(?:\s+(?:there|on\s+that|for\s+that|for\s+it))?\s*\??$)"
)
# A noun phrase whose head is an errand, a meeting or a document (what a frame's object must
# not be): "the call on the pharmacy alerts", "a copy", "more time".
# The condition of a counterfactual is a capability ("if photo proof of delivery were available").
_IF_AVAILABLE = _rx(r"\b(?:(?:were|was)\s+(?:available|possible|supported|built\s+in|included|"
                    r"an\s+option)|existed|synced|supported|integrated|worked\s+(?:with|offline))\b")
# "A white-labeled client portal would be great": the capability is the subject of the praise.
_GREAT_END = _rx(
    r"\b(?:would|'d|will)\s+be\s+(?:really\s+|so\s+|very\s+)?(?:great|huge|amazing|awesome|"
    r"fantastic|ideal|helpful|useful|handy|nice|brilliant|perfect|valuable|a\s+game[- ]changer)"
    r"(?:\s+for\s+(?:us|\w+))?(?=\s*(?:[.!,;)]|$|too|as\s+well))"
)
# An errand right after a need ("wants a summary of the export", "needs access to"), no modifier
# between (the vocabulary's errands, and a report of or on something).
_ERRAND_NEAR = _rx(r"\s*(?:(?:an?|the|some|more)\s+)?(?:(?:" + _ERRAND_WORDS + r")s?" + _HEAD_END
                   + r"|(?:" + _NO_THING_WORDS + r")s?" + _BARE_END + r"|report\s+(?:of|on)\b)")
# Questions about using what exists or about the work going on, which the feature-ask frames
# would otherwise take ("is there a filter I'm missing?", "is there a guide for setting up
# roles?", "is there a way to see who last edited it?", "can we move Thursday's call on the
# alerts?", "does the feed need a separate login?").
_USE_OR_ERRAND = _rx(
    r"\b(?:is\s+there\s+an?\s+(?:[\w'-]+\s+)?(?:guide|doc|document|documentation|article|tutorial|video|"
    r"walkthrough|faq|cheat\s*sheet|help\s+page|training)\s+(?:for|on|about)"
    r"|(?:i'm|we're|i\s+am|we\s+are)\s+missing\s*\?"
    r"|is\s+there\s+(?:an?\s+)?(?:way|option|setting|report|screen|place)\s+to\s+(?:see|find|"
    r"tell|check|know|look\s+up)\s+(?:who|what|when|which|where|whether|if|how)\b"
    r"|(?:can|could)\s+(?:we|you|i)\s+(?:move|reschedule|shift|push|bump)\s+(?:[\w'-]+\s+)?"
    r"(?:call|meeting|session|sync|review|demo|training)"
    r"|need\s+(?:a|its\s+own|their\s+own)\s+separate\s+(?:login|account|license|seat)"
    r"|or\s+can\s+they\s+share)"
)
# Not a capability: a how-to, an errand, a meeting.
_HOW_TO = _rx(
    r"^(?:[\w'-]+\s*[:,-]\s+)?(?:how\s+(?:do|can|should|would)\s+(?:i|we)\b|where\s+(?:do|can|"
    r"should)\s+(?:i|we)\s+(?:find|see|get)|(?:can|could)\s+you\s+(?:walk|show|remind|tell)\s+"
    r"(?:me|us)\s+how)|\b(?:walk\s+(?:me|us)\s+through|remind\s+(?:me|us)\s+how|"
    r"show\s+(?:me|us)\s+how)\b"
)
# Questions about using what exists or about when the work happens, whatever frame follows:
# "how long does it usually take for X to update", "what's the best way to add a user", "can
# we do Tuesday at 8:30 for X instead", "can we start the X call 15 minutes late".
_USAGE_Q = _rx(
    r"(?:^|[,;]\s*)(?:[\w'-]+\s*[:,-]\s+)?(?:how\s+long\s+(?:does|do|will|should|would)\s+(?:it|they|this|"
    r"that)\s+(?:usually\s+|normally\s+|typically\s+)?take|(?:what's|what\s+is)\s+the\s+(?:best|"
    r"easiest|right|quickest|recommended)\s+way\s+to|(?:can|could)\s+we\s+(?:do|start|make\s+it|"
    r"push|move|shift|bump|keep)\s+(?:[\w'-]+\s+){0,10}?(?:instead|late|later|earlier|early|"
    r"tomorrow|at\s+\d|to\s+(?:\d+|thirty|fifteen|twenty|forty-five|an?|half\s+an)\s+(?:minutes?|"
    r"mins?|hours?)))\b"
)
# Anywhere in the sentence: what the price covers, which setting or format is used.
_USAGE_ANY = _rx(
    r"\b(?:(?:is|are|does|do|will|would)\s+the\s+(?:new\s+)?(?:price|pricing|rate|fee|cost)s?\s+"
    r"(?:per|apply|include|change|go)"
    r"|(?:which|what)\s+(?:time\s*zone|browser|version|format|field|tab|setting|button|menu|screen|"
    r"column)\s+(?:is|are|does|do|should)"
    # (fourteenth round) "which" picks one of the things that exist: "which email does the
    # monthly report come from", "which user role lets the crew upload photos"; never which
    # plan or release holds a thing ("which plan includes X", "which release is X targeted
    # for" ask for it), nor which things are coming.
    r"|^(?:[\w'-]+\s*[:,-]\s+)?which\s+(?!(?:[\w'-]+\s+)?(?:plans?|tiers?|editions?|packages?|"
    r"bundles?|licen[cs]es?|subscriptions?|releases?|versions?|add-?ons?|modules?)\b)"
    r"(?:[\w'-]+\s+){1,3}?(?:does|do|is|are|lets?|shows?|gives?|holds?|has)\b"
    r"(?![^?]*\b(?:coming|planned|plans?|roadmap|ship\w*|launch\w*|releas\w*|develop\w*|"
    r"target\w*|works|pipeline|future|soon|yet)\b))\b"
)
_ERRAND = _rx(
    r"\b(?:(?:call|meeting|appointment|slot|availability|lunch|dinner|coffee|deck|slides|nda|"
    r"password|login\s+link|recording|minutes|agenda|attachment|the\s+file|shared\s+folder|"
    r"training|webinar)s?(?=\s*(?:$|[.,;:!?)-]|(?:for|to|from|with|on|about|in|at|by|this|next|so|and|"
    r"or|before|after|if|when|that|please|is|are|was|were|went|works?)\b))"
    r"|reach\s+you|(?:send|resend|forward|share)\s+(?:me|us|it|them|over)|meet|"
    r"invoice\s+(?:to|for)\s+(?:the|our|accounts)|cop(?:y|ies)\s+of|"
    r"add\s+(?:me|us|him|her|them|(?:[\w'-]+\s+){1,3}?)\s*to\s+(?:the|this|our|your|that)\s+"
    r"(?:invite|thread|call|meeting|loop|list|distribution|email|calendar|cc|channel|group|"
    r"account|team|workspace|project|org))\b"
)


# --- feature asks whatever the thing is called (issue 10, fifth round) ----------------------
# A request for a capability is carried by its predicate, not by what the capability is called:
# a development or future-existence predicate ("on the horizon", "being discussed",
# "realistic this year"), the vendor as the subject of building something ("do you foresee
# adding", "could your side build"), people pressing for it ("our engineers are desperate
# for"), a label ("nice-to-have:", "our biggest request is"), a use it would find ("we could
# really use"), the product letting people do something ("lets us attach photos"), or a
# feasibility tag after a want ("…, is that realistic?"). The thing asked for is any noun
# phrase: only its head vetoes (an errand, a meeting, a document, a time, a person; a
# definite one must name a part of the product), never a word elsewhere in the sentence
# ("automated appointment reminders", "manager approval for price overrides").

# Words that start no noun phrase of a capability (a pronoun, a verb, a question word).
_NOT_NP_START = _rx(
    r"^\s*(?:it|that|this|those|these|them|they|you|u|me|us|him|her|he|she|we|i|there|here|"
    r"anyone|anybody|someone|somebody|everyone|everybody|what|which|who|how|when|where|why|"
    r"whether|if|please|pls|send|resend|share|move|call|meet|talk|let|get|have|be|do|go|see|"
    r"know|confirm|check|so|just|also|any\s+(?:update|news|word|time)|some\s+time|time|more\s+"
    r"time|for|to|with|from|on|in|at|by|of|about|into|click|find|reply|visit|read|note|"
    r"contact|join|attend|register|sign|no|none|nothing|all|each|every|both|half|most|exactly|"
    r"precisely|basically|really|actually|"
    r"[\d$])\b(?!-)"
)
# A modifier that makes its noun a capability ("automatic dunning letters", "scheduled exports").
_CAPABLE_MODIFIER = _rx(
    r"^\s*(?:an?\s+|some\s+)?(?:automatic|automated|auto-\w+|scheduled|recurring|bulk|custom|"
    r"configurable|customi[sz]able|native|built-in|self-service|real-time|live|two-way|one-click|"
    r"in-app|mobile|offline|per-\w+)\b"
)
# A definite noun phrase (the thing asked for must then name a part of the product).
_DEFINITE = _rx(r"^\s*(?:the|your|our|my|his|her|their|its|this|that|these|those)\b")
# A future-existence or development predicate said of a noun phrase: "would a Spanish version
# be realistic this year", "is a native iPad layout something that's being discussed", "are
# custom SLA timers anywhere on the horizon", "please tell me field-level encryption is on the
# way", "has the idea of X been floated".
_NP_DEVELOPED = _rx(
    r"\b(?:(?:anywhere\s+|even\s+|already\s+|at\s+all\s+|still\s+)?on\s+(?:the|your|anyone's|any|"
    r"somebody's|someone's)\s+(?:[\w'-]+\s+)?(?:horizon|cards|radar|roadmap|docket|agenda|list|"
    r"backlog|whiteboard|plan|plans|sprint)"
    r"|in\s+the\s+(?:cards|pipeline|works|plans?|backlog|queue)|on\s+the\s+way"
    r"|(?:going\s+to\s+be\s+|ever\s+going\s+to\s+be\s+)?part\s+of\s+(?:the|your|a)\s+(?:next\s+|"
    r"upcoming\s+|coming\s+|new\s+)?(?:[\w'-]+\s+)?(?:release|version|update|roadmap|plan|build|"
    r"sprint)"
    r"|make\s+it\s+(?:into|onto)\s+(?:the|a|your)\s+(?:[\w'-]+\s+){0,2}?(?:release|version|update|"
    r"roadmap|sprint|build)"
    r"|coming\s+down\s+the\s+(?:pipe|pike|line)"
    r"|something\s+(?:that's\s+|that\s+is\s+|that\s+has\s+been\s+|that's\s+been\s+)?"
    r"(?:being\s+|been\s+)?(?:discussed|considered|explored|looked\s+at|planned|on\s+the\s+"
    r"(?:radar|roadmap|cards))"
    r"|something\s+(?:that\s+)?(?:you|your\s+(?:[\w'-]+\s+)?(?:team|side|folks|people|devs|"
    r"developers|engineers|designers)|the\s+"
    r"team)(?:'d|'ll|'re|\s+would|\s+will|\s+could|\s+might|\s+are|\s+guys|\s+all)?\s+(?:ever\s+|"
    r"be\s+(?:open|willing)\s+to\s+|consider(?:ing)?\s+|look\s+at\s+|think\s+about\s+)*(?:add|"
    r"build|offer|support|develop|prioriti[sz]|explor|plan|consider|work\w*\s+on|look\s+at|"
    r"pick\s+up)"
    r"|being\s+(?:discussed|considered|explored|looked\s+at|worked\s+on|planned|built|developed|"
    r"scoped|designed|floated|added|prioriti[sz]ed)"
    r"|under\s+(?:development|consideration|active\s+development)"
    r"|(?:been\s+)?prioriti[sz]ed\s+(?:for|in|on)\b|been\s+prioriti[sz]ed(?=\s*\?)"
    r"|something\s+(?:that\s+)?(?:you've|you\s+have|you\s+guys\s+have|your\s+team\s+has)\s+"
    r"(?:ever\s+)?(?:considered|thought\s+about|looked\s+at|discussed|explored)"
    r"|(?:been\s+)?(?:floated|raised|discussed|considered|explored)\s+(?:internally|on\s+your\s+"
    r"(?:side|end)|by\s+(?:your|the)\s+(?:product|dev|engineering)\s+(?:team|folks|people))"
    r"|(?:even\s+)?(?:realistic|feasible|doable|possible|in\s+scope|out\s+of\s+the\s+question|"
    r"a\s+(?:real\s+)?possibility)"
    r"(?=\s*(?:\?|$|for\s+(?:a|the|next|this)|in\s+(?:a|the|next|this)|this|next|soon|down|at\s+"
    r"some|one\s+day|eventually|later|any\s*time|before|by\s+(?:the|next|end)|with|to\s+(?:build|"
    r"add|develop|offer|support)))"
    r"|coming(?=\s*(?:[?,;:!-]|$|soon|at\s+all|this|next|in\s+(?:a|the)|before|anytime|any\s+time|"
    r"or\s+not|or\s+no))"
    r"|(?:be\s+)?(?:available|supported|offered)(?=\s*(?:[?,;]|$|yet|soon|before|for\s+(?!a\s+"
    r"(?:call|chat|meeting|quick))|to\s+(?:us|all|every|customers|clients|our)|in\s+(?:the|a|our|"
    r"your|\w+\s+plan)|on\s+(?:the|our|your|android|ios|mobile)|at\s+some|any\s*time|down\s+the|"
    r"one\s+day|eventually|this\s+year|next\s+year|or\s+only))"
    r"|a\s+thing(?:\s+yet)?(?=\s*[?.!]|$)"
    r"|something\s+(?:we|i)\s+(?:can|could|should|might)\s+(?:expect|look\s+forward\s+to|count\s+on)"
    r"|ever\s+(?:going\s+to\s+)?(?:happen|ship|land|come\s+out|be\s+(?:built|added|available|"
    r"possible))|ever\s+going\s+to\s+(?!be\b)[a-z]+"
    r"|planned|likely\s+to\s+(?:happen|ship|land|come))"
)
# A noun phrase whose development is asked about with a verb of talk ("has support for Apple
# Business Manager come up on your side", "has there been any thought given to X").
_THOUGHT_GIVEN = _rx(
    r"\b(?:(?:any|some)\s+(?:thought|consideration|discussion|talk)\s+(?:been\s+)?(?:given\s+to|"
    r"about|of|around|on|regarding)"
    r"|(?:has|have)\s+(?:the\s+(?:team|product\s+team)|your\s+(?:[\w'-]+\s+)?(?:team|side|folks|"
    r"people))\s+(?:ever\s+)?(?:looked\s+at|considered|discussed|thought\s+about|explored|"
    r"talked\s+about)"
    r"|something\s+(?:the|your)\s+(?:[\w'-]+\s+)?(?:team|side|folks|people|devs|engineers)\s+"
    r"(?:has|have|had)\s+(?:ever\s+)?(?:looked\s+at|considered|discussed|thought\s+about|"
    r"explored|talked\s+about))\s*"
)
_CAME_UP = _rx(
    r"^(?:so\s+|also\s+|and\s+)?(?:has|have)\s+(.{3,80}?)\s+(?:ever\s+)?(?:come\s+up|been\s+"
    r"(?:floated|raised|discussed|considered|requested))\b"
)
# The vendor building something: "do you foresee adding", "could your side build", "would the
# team entertain a connector", "do you plan on offering", "you folks could support".
_VENDOR = (
    r"(?:you|u|you\s+guys|you\s+folks|you\s+all|y'all|your\s+(?:[\w'-]+\s+)?(?:team|side|end|"
    r"devs|developers|engineers|engineering|folks|people|company|product\s+(?:team|folks|"
    r"people|org|group))|the\s+(?:product|dev|development|engineering)\s+(?:team|folks|people|"
    r"side)|the\s+team)"
)
_VENDOR_BUILDS = _rx(
    r"\b" + _VENDOR + r"\s+(?:(?:could|would|can|will|might|may|ever|eventually|possibly|"
    r"realistically|maybe|please|be\s+(?:able|willing|open)\s+to|plan(?:s|ning)?\s+(?:on|to)|"
    r"intend(?:s|ing)?\s+to|expect\s+to|foresee|envision|anticipate|consider|entertain|"
    r"(?:are|is)\s+(?:planning|going|looking|hoping)\s+(?:on\s+|to\s+)?|think\s+about|"
    r"look\s+at|get\s+around\s+to|have\s+(?:any\s+)?plans?\s+to)\s+)+"
    r"(?:add|build|support|offer|develop|ship|release|provide|expose|introduce|roll\s+out|"
    r"implement|create|enable|make\s+available|integrate\s+with|open\s+up|bring\s+out|do|"
    r"entertain|consider)"
    r"(?:ing|s|ed)?\s+"
)
_VENDOR_BUILDS_Q = _rx(
    r"^(?:so\s+|and\s+|also\s+)?(?:would|could|can|will|might)\s+" + _VENDOR + r"\s+(?:ever\s+|"
    r"please\s+|possibly\s+|realistically\s+)?(?:add|build|support|offer|develop|ship|release|"
    r"provide|expose|introduce|implement|create|enable|entertain|consider)(?:ing|s|ed)?\s+"
)
_ENTERTAIN = _rx(r"\b(?:entertain|foresee|envision|anticipate)(?:s|ing)?\s+")
# People pressing for a thing: "our dispatch folks are really after live chat", "the
# warehouse team has been requesting pallet-level tracking for ages", "desperate for".
_PRESSED_FOR = _rx(
    r"\b(?:is|are|'s|'re|been|keep|keeps|kept|still|^really)\s+(?:really\s+|so\s+|quite\s+|very\s+|"
    r"pretty\s+|all\s+|just\s+|constantly\s+|always\s+|hard\s+|badly\s+)?(?:after|desperate\s+"
    r"for|dying\s+for|begging\s+for|pushing\s+(?:hard\s+|really\s+hard\s+)?for|lobbying\s+"
    r"(?:hard\s+)?for|clamou?ring\s+for|requesting|crying\s+out\s+for|itching\s+for|hungry\s+"
    r"for|(?:still\s+|really\s+)?hoping\s+for|set\s+on|keen\s+on)\s+"
)
# A label naming the thing asked for: "nice-to-have: a bulk archive button", "our biggest
# request this year is X", "top of our wish list: X", "wish list item: being able to tag".
_ASK_LABEL = _rx(
    r"^(?!your\b)(?:(?:a|one|our|my|the|top\s+of\s+(?:our|my|the)|another|small|big|quick|last)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:wish\s*list(?:\s+item)?|nice[- ]to[- ]have|must[- ]have|"
    r"(?:feature|product|enhancement)\s+(?:idea|suggestion|wish|request)|request|ask|"
    r"suggestion|enhancement|idea)(?:\s+(?:from|for|of)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
    r"(?:\s+(?:this|next)\s+(?:year|quarter))?\s*(?:[:\u2014\u2013]|\s-\s|\s+(?:is|would\s+be)\s+)"
)
# (thirteenth round) A heading for the asks that follow ("Top of our list remains X", "q for
# product: X yes/no?", "Three asks from the dome crew: 1) X 2) ...", "2 things we need: X +").
_ASK_HEAD = _rx(
    r"^top\s+of\s+(?:our|my|the)\s+(?:[\w'-]+\s+)?list\s+(?:is|remains|would\s+be|stays)\s+"
    r"|^(?:q|question|one|ask)\s+for\s+(?:the\s+|your\s+)?product(?:\s+(?:team|folks|people))?\s*"
    r"[:\u2014\u2013-]\s*"
    r"|^(?:\d+|two|three|four|five|a\s+few|a\s+couple\s+of)\s+(?:asks|requests|things|items|"
    r"features|wishes)\s+(?:we\s+(?:need|want|would\s+like|'d\s+like)|from\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"\s*:\s*(?:1[.)]\s*|-\s*)?"
)
# A use the thing would find: "we could really use X", "our team would benefit hugely from X",
# "we'd value an option to", "we'd happily beta test X".
_WOULD_USE = _rx(
    r"\b(?!(?:it|that|this|which|what|there|who)\b)[\w'-]+(?:'d|\s+would|\s+could)\s+(?:really\s+|"
    r"so\s+|hugely\s+|greatly\s+|definitely\s+|certainly\s+|absolutely\s+|happily\s+|gladly\s+|"
    r"also\s+)?(?:use|value|benefit\s+(?:\w+\s+)?from|beta[- ]test|pilot|trial|be\s+first\s+in\s+"
    r"line\s+for)(?:\s+(?:hugely|greatly|a\s+lot|massively))?\s+"
)
# The product letting people do something: "could the portal ever let parents pay fees",
# "hoping the next version lets us attach photos", "any timeline for letting us restrict logins".
_LETS_DO = _rx(
    r"\b(?:let|lets|letting|allow|allows|allowing|enable|enables|enabling)\s+(?:us|users|"
    r"admins?|parents|teachers|managers|supervisors|customers|clients|staff|agents|drivers|reps|"
    r"patients|students|people|everyone|them|(?:the|our|each|every)\s+[\w'-]+)\s+(?:to\s+)?"
    r"(?!(?:know|go|in|off|out|hear|see\s+(?:you|it)|be|have|take|talk|chat|meet|discuss|think|"
    r"sleep|circle|regroup|review|look|get\s+back|keep|help|come|move|sit|wait|finish|proceed|"
    r"decide|check|confirm|the|an?|some|more|access)\b)[a-z]{3,}"
)
_LETS_CONTEXT = _rx(
    r"\?|\b(?:hop(?:e|ing)|wish|any\s+(?:timeline|plans?|chance|news|eta|"
    r"way)|ideally|if\s+(?:only|you|the|it)|nice|great|love|eventually|one\s+day|someday|"
    r"next\s+(?:version|release))\b"
)
# A feasibility tag after a want or a relayed ask: "we'd like X for the school year, is that
# realistic?", "we really need X, any chance?", "our treasury team asked about X, is that
# possible now or later?", "can that be done?".
_WANT_OF = _rx(
    r"\b(?:(?:we|i|they)(?:'d|\s+would)\s+(?:really\s+)?(?:like|love)|(?:want|wants|wanted|need|"
    r"needs|needed|require|requires)(?!\s+to\b)|(?:can|could)\s+(?:we|i)\s+(?:get|have)|"
    r"(?:thing|piece|gap)\s+(?:we're\s+|that's\s+|we\s+are\s+)?missing(?:\s+for\s+\w+)?\s+is|"
    r"(?:asked|asking|asks|inquiring|enquiring)\s+"
    r"(?:me\s+)?(?:about|for|after)|(?:looking|hoping)\s+for)\s+"
)
_FEASIBLE_TAG = _rx(
    r"(?:,|\s-|\u2014|\u2013|;|\s+and)\s*(?:so\s+)?(?:is\s+(?:that|this|it)\s+(?:even\s+|at\s+all\s+)?"
    r"(?:realistic|possible|doable|feasible|planned|coming|in\s+the\s+(?:works|cards|pipeline)|"
    r"on\s+(?:the|your)\s+(?:roadmap|radar|list)|something\s+you)|(?:can|could)\s+(?:that|this|it)"
    r"\s+be\s+(?:done|built|added|arranged)|any\s+chance|any\s+plans?|any\s+hope|is\s+(?:that|it)"
    r"\s+on\s+anyone's|(?:can|could)\s+you\s+share\s+(?:any\s+)?(?:plans?|timelines?|eta|roadmap)|"
    r"or\s+(?:is|does)\s+(?:it|that|one)\s+not\s+(?:built|available|possible|there|exist)|"
    r"(?:does|do)\s+(?:it|one|that)(?:\s+exist)?\s*\?|(?:asked|told)\s+me\s+to\s+(?:bug|ask|nudge|"
    r"ping|pester|check\s+with|chase|lobby|push)\s+you|(?:will|would)\s+(?:that|it)\s+(?:ever\s+)?"
    r"be\s+(?:possible|available))[^.!]*[.!]?\s*$"
)
# A counterfactual whose condition is a thing becoming available ("if manager approval for
# price overrides were available we'd expand"): the thing is any noun phrase.
_IF_THING = _rx(
    r"^(?:and\s+|but\s+|honestly,?\s+)?(?:if|once)\s+(.{3,80}?)\s+(?:were|was|is|are|became|"
    r"becomes)\s+(?:ever\s+|finally\s+|actually\s+)?(?:available|possible|supported|an\s+option|"
    r"built\s+in|included|offered)\b(?=.{0,80}\b(?:we|i|they|our\s+[\w'-]+)(?:'d|\s+would|"
    r"\s+could|'ll|\s+will)\b)"
)
# More frames of a thing wanted (dev wording #5's misses, as constructions): "if you had X the
# director would sign off", "every month-end I wish you had X", "please consider X", "can we
# please get X", "can you check with product about X".
_IF_YOU_HAD = _rx(r"\bif\s+you(?:\s+guys)?\s+(?:had|offered|supported|built|added)\s+")
_WISH_YOU_HAD = _rx(
    r"\bwish\s+(?:you(?:\s+guys)?|it|the\s+[\w'-]+|your\s+[\w'-]+)\s+(?:had|offered|supported|did)\s+"
)
_PLEASE_CONSIDER = _rx(r"\bplease\s+(?:do\s+)?consider\s+")
_CAN_WE_GET = _rx(
    r"^(?:[^:]{1,40}:\s*)?(?:please\s+|pls\s+)?(?:can|could|may)\s+(?:we|i|our\s+[\w'-]+)\s+"
    r"(?:please\s+)?(?:get|have)\s+"
    # ninth round: "might you be able to give us X", "would you have something like X"
    r"|^(?:[^:]{1,40}:\s*)?(?:could|can|might|would|will)\s+you(?:\s+guys)?\s+(?:be\s+able\s+to\s+)?"
    r"(?:give|offer|get)\s+us\s+"
    r"|^(?:[^:]{1,40}:\s*)?(?:would|do|does)\s+(?:you|yours)(?:\s+guys)?\s+(?:have|offer|do)\s+"
    r"(?:anything|something)\s+(?:like|similar\s+to|along\s+the\s+lines\s+of)\s+"
)
_CHECK_WITH_PRODUCT = _rx(
    r"\bcheck\s+with\s+(?:your\s+)?(?:product|dev|engineering)(?:\s+(?:team|folks|people))?\s+"
    r"(?:about|on|re)\s+"
    r"|\bwho(?:ever)?\s+(?:owns|runs|looks\s+after|is\s+responsible\s+for)\s+(?=.{3,80}?\s(?:on|in)\s+"
    r"(?:your|the)\s+(?:product|dev|development|engineering)\b)"
)
# Other predicates of a thing asked for: "would love to see X at some point", "what would it
# take to get X prioritized", "request X as an enhancement", "I'd like to formally request X",
# "do you have X yet", "early access to X".
_LOVE_TO_SEE = _rx(
    r"\b(?:would|'d)\s+(?:really\s+|so\s+|absolutely\s+)?(?:love|like)\s+to\s+see\s+"
)
_SEE_WHEN = _rx(
    r"\b(?:at\s+some\s+point|someday|some\s+day|one\s+day|eventually|down\s+the\s+(?:road|line)|"
    r"in\s+(?:a|the)\s+(?:future|coming|next|later)\s*\w*|gap|missing|added|built|supported|"
    r"in\s+(?:the|your)\s+(?:product|app|platform|roadmap|tool|system|portal))\b"
)
_GET_DEVELOPED = _rx(
    r"\b(?:(?:take|want|need|like|love|hoping|possible|able|way|chance|try|trying)\s+to|"
    r"if\s+you\s+(?:could|can)|"
    r"can\s+(?:we|you|i)|could\s+(?:we|you|i)|"
    r"chance\s+(?:to|of)|way\s+to)\s+(?:get|getting|have|see)\s+(.{3,90}?)\s+(?:prioriti[sz]ed|"
    r"turned\s+on|switched\s+on|enabled|"
    r"built|added|developed|bumped\s+up|done|"
    r"on\s+(?:the|your)\s+(?:[\w'-]+\s+)?(?:roadmap|backlog)|into\s+(?:the|a|your)\s+(?:next\s+)?"
    r"(?:release|sprint|roadmap|build|version))\b"
)
_AS_REQUEST = _rx(
    r"\b(?:request|submit|log|file|raise|register|put|enter|record)\w*\s+(?:[\w'-]+\s+){0,10}?"
    r"as\s+an?\s+(?:formal\s+|official\s+)?(?:enhancement|feature|improvement|product\s+(?:request|"
    r"idea)|request)\b"
)
_REQUEST_OF = _rx(
    r"\b(?:(?:formally|officially)\s+request|(?:we|i)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+"
    r"request|(?:early|beta|preview)\s+access\s+(?:to|for))\s+"
)
_HAVE_YET = _rx(
    r"^(?:so\s+|and\s+|also\s+)?(?:do|does)\s+(?:you|you\s+guys|you\s+folks|your\s+[\w'-]+|the\s+"
    r"[\w'-]+|it)\s+"
    r"(?:have|offer|support)\s+(.{3,80}?)\s+(?:yet|coming|planned|in\s+the\s+(?:works|pipeline)|on\s+"
    r"the\s+(?:roadmap|way|horizon))\b"
)
# A hypothetical thing as the subject of what it would do for them: "single sign-on with
# Google Workspace would be a big win for us", "X would make our lives so much easier".
_WOULD_WIN = _rx(
    r"\s+(?:would|'d|will)\s+(?:really\s+|honestly\s+|definitely\s+|certainly\s+)?(?:be\s+(?:a\s+"
    r"|an\s+)?(?:(?:big|huge|real|massive|major|nice|great|welcome)\s+)?(?:win|help|plus|"
    r"improvement|upgrade|relief|time-?saver|lifesaver|game[- ]changer|godsend)\b|make\s+(?:our|"
    r"my|their|everyone's)\s+(?:\w+\s+)?(?:lives?|jobs?|work|day|days)\s+(?:so\s+much\s+|a\s+lot\s+|"
    r"much\s+)?easier|save\s+(?:us|our\s+\w+|them)\s+(?:hours|days|a\s+(?:ton|lot)|so\s+much))"
)
# A plug put in for a thing: "I'd put in a plug for X", "can I nominate X for your next planning
# cycle", "put in a word with the product folks about X".
_PLUG_FOR = _rx(
    r"\b(?:put\s+in\s+a\s+(?:plug|vote|good\s+word)\s+for|make\s+(?:a|the)\s+case\s+for|"
    r"nominate\s+(?=.{3,80}\bfor\s+(?:your|the)\s+(?:next\s+)?(?:planning|roadmap|release|"
    r"sprint|backlog))|put\s+in\s+a\s+word\s+with\s+(?:your|the)\s+(?:product|dev|engineering)\s+"
    r"(?:team|folks|people|side)\s+about)\s*"
)

# Said rather than asked (issue 10, fifth round, from dev wording #5's misses, as constructions):
# a want with why it is wanted ("the reps want X so they can stop double-entering"), a relayed
# ask ("our PI asked me to ask you about X", "the ops managers have asked for X"), an absence
# with its cost ("we've been exporting every week because there's no X"), a workaround ("we
# fake X with a macro"), another product having it, a label or a ranking ("one more for the
# product team: X", "the one blocker to wider adoption is X", "X is on her must-have list"), a
# hope that it lands, what it would do ("X would make renewal an easy conversation", "having X
# would save hours"), an interest once it exists, when it lands.
_WANT_VERB = _rx(
    r"\b(?:want|wants|wanted|need|needs|needed|(?:would|'d)\s+(?:really\s+|so\s+|absolutely\s+)?"
    r"(?:love|like)|expect|expects|require|requires)(?!\s+(?:to|it|that|this|them|you|me|us)\b)\s+"
)
_WANT_WHY = _rx(
    r"\b(?:keeps?\s+(?:asking|coming\s+up|bringing\s+it\s+up)|ask(?:s|ing)?\s+(?:for\s+it|every|all"
    r"\s+the\s+time|constantly)|flagged\s+it|required|deal-?breaker|blocker|(?:need|want)\s+it\s+"
    r"(?:badly|daily)|use\s+it\s+(?:daily|every\s+day|constantly)|(?:it's|it\s+has|has)\s+come\s+up|"
    r"recurring|the\s+sooner\s+the\s+better|badly|killing\s+us|eats|double[- ]enter\w*|manual\w*|"
    r"by\s+hand|workaround|spreadsheet|re-?key\w*|copy-?past\w*|zapier|macro|heard\s+it\s+before|"
    r"(?:don't|do\s+not)\s+have\s+it|apologiz\w+|so\s+(?:they|we|i)\s+(?:can|could)\s+(?:stop|"
    r"finally)|so\s+they\s+stop|(?:to|so\s+we\s+can)\s+(?:move|roll|expand|switch|adopt|connect|"
    r"stay\s+on)|before\s+(?:they'll|we'll|we\s+can|they\s+can)\s+(?:expand|roll|renew|sign|"
    r"switch|move)|in\s+scope|makes?\s+the\s+roadmap|feedback|theme|since\s+the\s+current|"
    r"for\s+(?:the\s+|our\s+)?(?:new\s+)?(?:[\w'-]+\s+){0,3}?(?:rules|regulations?|compliance|"
    r"audit|law|requirements?|mandate|grant)|before\s+the\s+(?:audit|inspection|deadline))\b"
)
_ASKED_FOR = _rx(
    r"\b(?:(?:asked|asking|asks)\s+(?:me\s+|us\s+)?(?:about|for)|(?:asked|asking|ask)\s+me\s+to\s+"
    r"(?:flag|mention|raise|bring\s+up|push\s+for|ask\s+(?:you\s+)?(?:about|for)|request|lobby\s+"
    r"for|chase|check\s+on)|keeps?\s+asking\s+(?:me\s+)?(?:to\s+request|for|about)|(?:being|"
    r"getting)\s+asked\s+(?:about|for)|(?:another|one\s+more|add(?:ing)?\s+(?:our|my))\s+(?:vote|"
    r"voice|\+1)\s+(?:for|to\s+the\s+request\s+for)|^requesting|putting\s+in\s+a\s+request\s+for|"
    r"pass\s+along\s+a\s+request\s+for|(?:asked|ask|asking)\s+(?:me\s+)?(?:if|whether)\s+(?:(?:we|you)"
    r"\s+(?:could|can|would)\s+(?:get|have|add|offer|support)|you(?:'ll|\s+will)\s+(?:ever\s+)?"
    r"(?:have|offer|support|add)|there\s+will\s+(?:ever\s+)?be))\s+"
)
# A question about something asked about is an ask only with a sign of pressing or of the
# future ("our members asked about X; what should I tell them?", "keeps asking about X, any
# plans?"), not "the union asked about data retention, what's your standard policy?".
_ASKED_ABOUT_WHY = _rx(
    r"\b(?:keeps?|kept|constantly|again|every\s+(?:week|day|time)|any\s+(?:plans?|news|update|eta|"
    r"timeline)|tell\s+them|what\s+should\s+i|coming|planned|roadmap|in\s+the\s+works|will\s+you|"
    r"you'll|ask\s+you)\b"
)
_ABSENT = _rx(
    r"\b(?:there's\s+no|there\s+is\s+no|(?:we|they|i)\s+(?:still\s+)?(?:don't|do\s+not)\s+have|"
    r"without|(?:the\s+)?lack\s+of)\s+"
)
_ABSENT_WHY = _rx(
    r"\b(?:because|since|yet|still|which\s+(?:is|seems)|so\s+(?:we|i)|manually|by\s+hand|stuck|"
    r"exporting|spreadsheet|workaround|separate\s+tool|copy-?past\w*|problem|silly|wall|re-?key\w*|"
    r"why|keep\s+(?:hitting|running)|complaint|internally)\b"
)
_WORKAROUND = _rx(
    r"\b(?:(?:we|we're|we've|they|they're|i|i'm|i've|our\s+[\w'-]+)\s+(?:\w+\s+){0,2}?(?:cobbl\w+\s+"
    r"together|hack\w*\s+together|rigg?\w*\s+up|fake|faking|kludg\w+|duct-?tap\w+)|work(?:ing|s)?\s+"
    r"around\s+the\s+(?:lack|absence)\s+of|workaround\s+"
    r"(?:we\s+use\s+)?(?:instead\s+of|for)|in\s+place\s+of)\s+"
)
_OTHERS_HAVE = _rx(
    r"\b(?:(?:old|previous|former|other|another)\s+(?:[\w'-]+\s+)?(?:vendor|system|tool|platform|"
    r"provider|software|crm|erp|app)s?\s+(?:had|has|have|offered|offers|supported|supports|with)|"
    r"(?:their|other\s+\w+'s?)\s+(?:system|platform|tool|software)\s+(?:has|had|offers|does)|"
    r"(?:uses?|using|on)\s+an?\s+(?:platform|tool|system|product)\s+with|"
    r"competitors?\s+(?:[\w'-]+\s+){0,3}?(?:just\s+)?(?:announced|launched|released|added|"
    r"shipped|has|have|offers?))\s+"
)
_RANKED = _rx(
    r"(?:^|\b)(?:putting\s+(?:this|it)\s+on\s+your\s+radar\s*:\s*(?:we\s+need)?|"
    r"(?:one\s+more|another(?:\s+(?:one|item))?|suggestion|item|something\s+we'd\s+love|"
    r"requests?)\s+(?:for\s+(?:the|your)\s+(?:product(?:\s+team|\s+folks)?|roadmap|dev\s+team|"
    r"engineers|backlog|list))?\s*[:\u2014\u2013]"
    r"|(?:the\s+)?(?:biggest|big|main|major|real|one|only|last|top|#1|number\s+one)\s+(?:[\w'-]+\s+)?(?:thing|"
    r"feature|blocker|gap|piece|ask|request|item|wish|need)\b[^,.;:]{0,70}?\b(?:is|remains|would\s+"
    r"be|has\s+been))\s*"
)
_ON_LIST = _rx(
    r"\b(?:put|have|has|had|add|adding)\s+(.{3,60}?)\s+(?:at\s+the\s+top\s+of|on)\s+(?:our|my|her|"
    r"his|their|the)\s+(?:[\w'-]+\s+)?(?:wish\s*list|wishlist|must[- ]have\s+list|priority\s+list)"
)
_HOPE_LANDS = _rx(
    r"\bhop(?:e|ing)\s+(?:that\s+)?(.{3,80}?)\s+(?:makes?\s+it|shows?\s+up|lands?|ships?|gets?\s+"
    r"(?:added|built|prioriti[sz]ed)|comes?\s+(?:out|soon|through)|is\s+(?:coming|added|in\s+the))"
)
_HOPE_TO_SEE = _rx(r"\bhop(?:e|ing)\s+to\s+see\s+")
_GERUND_WOULD = _rx(
    r"^(?:[\w'-]+,?\s+)?(?:adding|supporting|offering|building|having|getting)\s+(.{3,80}?)\s+"
    r"(?:would|could|will)\s+(?:make|save|help|be|fix|let|give|get)\b"
)
_WOULD_DO = _rx(
    r"\s+(?:would|'d)\s+(?:really\s+|honestly\s+|definitely\s+)?(?:make\s+(?:it|this|renewal|"
    r"the\s+\w+|our\s+\w+)\s+(?:perfect|a\s+no-?brainer|easy|easier|an\s+easy)|help\s+(?:us|our\s+"
    r"\w+|a\s+lot|so\s+much|tremendously|the\s+(?:rollout|roll-out|adoption|go-live|launch|"
    r"migration|switch|onboarding))|(?:fix|end|solve|stop)\s+(?:that|this|it)|save\s+(?:us|"
    r"our\s+\w+))"
)
_OVERDUE = _rx(r"\s+(?:is|are|'s|feels|seems)\s+(?:long\s+|way\s+|really\s+|so\s+)?overdue\b")
_HELP_TO_HAVE = _rx(
    r"\b(?:it\s+would|it'd|would)\s+(?:really\s+|so\s+|a\s+lot\s+)?(?:be\s+(?:really\s+|so\s+|very\s+)?"
    r"(?:helpful|great|nice|huge|useful|amazing)\s+|help\s+(?:a\s+lot\s+|us\s+)?)(?:to\s+have|if\s+"
    r"there\s+(?:was|were|is|'s))\s+"
)
_INTERESTED = _rx(r"\binterested\s+in\s+")
_ONCE_EXISTS = _rx(
    r"\b(?:whenever|when|once|if)\s+(?:that's|it's|it\s+is|that\s+is|it\s+becomes?)\s+(?:ever\s+)?"
    r"(?:available|ready|out|built|possible)|if\s+it's\s+being\s+built"
)
_HAPPY_TO_PILOT = _rx(
    r"\b(?:happy|glad|willing|keen|eager)\s+to\s+(?:pilot|beta[- ]?test|test|try)\s+"
)
_QUEUE = _rx(
    r"\bfor\s+(.{3,80}?)\s+to\s+(?:jump\s+the\s+queue|get\s+(?:built|prioriti[sz]ed|added)|make\s+"
    r"(?:it\s+(?:into|onto)\s+)?the\s+(?:roadmap|next\s+release))"
)
_BETA_FOR = _rx(
    r"\b(?:(?:is\s+there|do\s+you\s+have|any)\s+(?:an?\s+)?(?:beta|pilot|preview|waitlist|wait\s+"
    r"list|plan|timeline|eta|date|target\s+date)|early[- ]access(?:\s+(?:list|program|group))?)\s+"
    r"(?:for|of|to)\s+"
)
_PLAN_INCLUDES = _rx(r"\b(?:your|the)\s+(?:roadmap|next\s+release|product\s+plan)\s+(?:include|"
                     r"have|cover)\s+")
_HOW_FAR = _rx(r"^(?:so\s+)?how\s+(?:far\s+(?:out|off|away)|close)\s+(?:is|are)\s+")
_WHEN_LANDS = _rx(
    r"\bwhen\s+(.{3,80}?)\s+(?:might|will|would|could|is\s+going\s+to)\s+(?:land|ship|arrive|come\s+"
    r"out|go\s+live|be\s+(?:ready|available|out|released))"
)
_STATUS_OF = _rx(r"^(?:so\s+)?(?:what's|what\s+is)\s+the\s+(?:status|latest|eta)\s+(?:of|on)\s+")
_ANY_WAY_TO = _rx(r"\bany\s+way\s+to\s+(?:add|build|get|support|offer)\s+")

# --- small talk, compliments, thanks, questions ------------------------------------------------
# Wellbeing wishes by construction: a hope that something of the reader's life treats them
# well ("hope the busy season is treating you OK", "hope the first weeks of the year have been
# kind to you", "trust life is good", "hope the new quarter is off to a gentle start"), and the
# pleasure of hearing from them again ("so good to have you back in my inbox", "what a
# pleasure to hear from you"). A hope that they can do something is a request, not a wish.
_WELLBEING_WISH = (
    r"\b(?:hope|hoping|trust)\s+(?:that\s+)?(?:[\w'-]+\s+){0,8}?(?:treat(?:s|ing)\s+(?:you|u)\b"
    r"|(?:been|being|is|are|be)\s+(?:[\w'-]+\s+)?(?:kind|good|gentle|easy)\s+(?:to|on)\s+"
    r"(?:you|u)\b)"
    r"|\b(?:hope|hoping|trust)\s+(?:that\s+)?(?:life|all|everything|things|the\s+(?:new\s+|"
    r"first\s+|busy\s+)?(?:year|week|weeks|month|quarter|season|summer|holidays?|weekend))"
    r"(?:'s|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+(?:(?:so|very|really|all)\s+)?"
    r"(?:good|great|well|going\s+well|calm|calmer|gentle|kind|off\s+to\s+a\s+[\w'-]+\s+start)\b"
)
_GLAD_TO_HEAR = (
    r"\b(?:good|great|lovely|nice|wonderful|pleasure|treat|joy|delight)\s+(?:to\s+(?:hear|see)|"
    r"hearing|seeing)\s+(?:from\s+you|you\b|your\s+name)"
    r"|\b(?:good|great|lovely|nice|wonderful)\s+(?:to\s+have|having)\s+you\s+back\b"
)
_PLEASANTRY = _rx(
    _WELLBEING_WISH + "|" + _GLAD_TO_HEAR + "|"
    r"\b(?:hope|hoping|trust)\s+(?:you(?:'re|\s+are|'ve|\s+have)?(?!\s+(?:can|could|would|might)\b)"
    r"|u|ur|all|everything|things|this|"
    r"the\s+"
    r"(?:[\w'-]+\s+)?(?:week|weekend|holidays?|trip|move|kids|family|conference|flight|travels?|"
    r"vacation|break|wedding|party|race|marathon|summer|time\s+off|recovery|surgery|birthday)|your|"
    r"you\s+and|everyone)\b"
    r"|\bhow\s+(?:are|have)\s+(?:you|u|things)\b|\bhow's\s+(?:it\s+going|life|everything|"
    r"the\s+family|"
    r"things)|\bhows\s+\w+|\bit's\s+been\s+(?:ages|a\s+while|too\s+long)|\bhappy\s+(?:friday|"
    r"monday|"
    r"holidays|new\s+year|thanksgiving|birthday|belated|4th|fourth|diwali|hanukkah|easter|"
    r"halloween)"
    r"|\bmerry\s+christmas|\bseason's\s+greetings|\b(?:have|enjoy)\s+(?:a|an|the|"
    r"your)\s+(?:(?:great|good|"
    r"nice|lovely|wonderful|relaxing|restful|fun|fantastic|safe|happy|amazing|terrific|peaceful|"
    r"well-deserved|long|rest\s+of\s+(?:the|your))\s+){0,2}"
    r"(?:weekend|holiday|holidays|vacation|break|trip|time|day|evening|summer|thanksgiving|"
    r"christmas|"
    r"rest|sunshine|week)\b|\bsafe\s+travels|\bcongrat\w*|\bgood\s+luck|\bwelcome\s+back|"
    r"\bsorry\s+to\s+hear|\bwishing\s+you|\bsending\s+good|\bbon(?:ne)?s?\s+(?:week-end|weekend|"
    r"vacances|f\u00eates|journ\u00e9e|ann\u00e9e|soir\u00e9e)|\bj'esp\u00e8re\s+que\s+(?:vous|tu)"
    r"|\bheard\s+you're|\bgreat\s+(?:seeing|to\s+see|to\s+hear|catching)|\bnice\s+(?:seeing|"
    r"chatting|to\s+see)"
)


# A wish for the season ("Merry Christmas and talk in January!", "happy holidays, let's
# reconnect after the 1st"): a sign-off for the break, not a put-off, whatever month it is sent.
_SEASON_WISH = _rx(
    r"\b(?:merry\s+(?:christmas|xmas)|happy\s+(?:holidays|new\s+year|thanksgiving|hanukkah|"
    r"easter|diwali)|season's\s+greetings|(?:happy|merry|joyful|wonderful)\s+holiday\s+season"
    r"|(?:have|enjoy)\s+(?:a|the|your)\s+(?:[\w'-]+\s+){0,2}(?:holidays?|christmas|xmas|"
    r"thanksgiving|new\s+year|holiday\s+break))\b"
)


_PERSONAL = _rx(
    r"\b(?:weekend|holidays?|vacation|trip|travel\w*|flight|jet\s+lag|honeymoon|wedding|birthday|"
    r"baby|"
    r"kids?|kid's|children|son|son's|daughter|daughter's|twins|wife|husband|family|mom|dad|"
    r"parents|sister|"
    r"sister's|brother|grandkids|dog|puppy|cat|house|move|renovation|nursery|marathon|race|game|"
    r"concert|golf|fishing|hike|hiking|ski(?:ing|s)?|beach|lake|mountains|snow\w*|rain|sunshine|"
    r"weather|heat|freezing|sunny|humid|scorching|"
    r"cold|storm|flood\w*|summer|spring\s+break|school|college|graduation|reunion|halloween|"
    r"barbecue|"
    r"surgery|sick|leave|airport|train|photos|paris|london|japan|italy|lisbon|maine|denver|ohio|"
    r"home|break|time\s+off|tournament|championship|soccer|leaves|fall|city|drive|thanksgiving|"
    r"christmas|easter|hanukkah|diwali|in-laws|grandparents|cousin|nephew|niece|getaway|cabin|"
    r"pouring|snowing|raining|"
    # life outside work: pets, hobbies, outings, sports seasons, food, sleep, the sky
    r"eclipse|recital|playoffs?|finals|bowling|bbq|heat\s*wave|documentary|movie|film|show|"
    r"series|book|novel|podcast|ramen|restaurant|food|recipe|garden|deck|knees?|sleep|"
    r"driver's\s+licen[cs]e|license\s+test|puppy|kitten|hometown|festival|cruise|camping|"
    r"sunburn|tan|downtime|sun|clouds|allergies|flu|cold\s+going\s+around|portugal|spain|"
    r"france|mexico|greece|hawaii|iceland|ireland|scotland|vacay|wedding|anniversary|"
    r"team\s+lunch|holiday\s+party|year\s+has\s+gone|weekend\s+is)\b"
)


_PERSONAL_WORDS = frozenset(
    [
        "weekend", "holiday", "holidays", "vacation", "trip", "travel", "traveling", "travelling",
        "flight", "jet", "honeymoon", "wedding", "birthday", "baby", "kids", "kid", "kid's",
        "children", "son", "son's", "daughter", "daughter's", "twins", "wife", "husband", "family",
        "mom", "dad", "parents", "sister", "sister's", "brother", "grandkids", "dog", "puppy",
        "cat", "house", "move", "renovation", "nursery", "marathon", "race", "game", "concert",
        "golf", "fishing", "hike", "hiking", "ski", "skiing", "beach", "lake", "mountains", "snow",
        "snowstorm", "rain", "sunshine", "weather", "heat", "cold", "storm", "flood", "flooding",
        "summer", "spring", "school", "college", "graduation", "reunion", "halloween", "barbecue",
        "surgery", "sick", "leave", "airport", "train", "photos", "paris", "london", "japan",
        "italy", "lisbon", "maine", "denver", "ohio", "home", "break", "off", "tournament",
        "championship", "soccer", "leaves", "fall", "city", "drive", "sunny", "raining", "freezing",
        "humid", "thanksgiving", "christmas", "easter", "hanukkah", "diwali", "laws",
        "grandparents", "cousin", "nephew", "niece", "getaway", "cabin", "pouring", "snowing",
        "eclipse", "recital", "playoff", "playoffs", "finals", "bowling", "bbq", "heatwave", "wave",
        "documentary", "movie", "film", "show", "series", "book", "novel", "podcast", "ramen",
        "restaurant", "food", "recipe", "garden", "deck", "knee", "knees", "sleep", "driver's",
        "kitten", "hometown", "festival", "cruise", "camping", "sunburn", "tan", "downtime", "sun",
        "clouds", "allergies", "flu", "portugal", "spain", "france", "mexico", "greece", "hawaii",
        "iceland", "ireland", "scotland", "vacay", "anniversary", "lunch", "party", "year",
        "license",
    ]
)


_AFFECT = _rx(
    r"\b(?:hope\w*|enjoy\w*|have\s+fun|how\s+(?:was|is|did|are|were)|glad|great|lovely|amazing|fun|"
    r"love[ds]?|bet|congrat\w*|sorry|good\s+luck|excited|thrilled|nice|beautiful|gorgeous|brutal|"
    r"nightmare|sore|chaotic|quiet|relax\w*|restful|happy|back\s+from|got\s+back|heading|off\s+to|"
    r"finally|wow|crazy|fighting|recovering|feeling|excuse|just\s+(?:got|adopted|started)|"
    r"spending|won(?!')|surviving|survived|escape|cooperates|painful|rest|catching\s+up|thrilled|"
    r"painting|"
    r"coach\w*|visiting|had\s+a|went|going\s+well|settling|treating|how's|hows|coming\s+along|"
    r"pouring|snowing|raining|scorching|freezing|here\s+in|here\s+today|as\s+usual|"
    # how people sound when it is about their life: "lol", "never again", "can't wait", "I
    # cried", "jealous", "still dreaming about", "pray for me", "of course"
    r"lol|haha\w*|never\s+again|can't\s+wait|cried|jealous|dreaming|pray|insufferable|"
    r"eventful|fingers\s+crossed|can't\s+believe|adopted|zero\s+sleep|disagree|thrilled|"
    r"of\s+course|obviously|in\s+sight|picked\s+this\s+week|felt\s+great|in\s+ages|"
    r"what\s+a|so\s+fast|recommended|you\s+mentioned|random|btw|did\s+you|"
    r"looked\s+like|so\s+far|mood)\b"
)


_PERSON_REF = _rx(r"\b(?:you|your|you're|ur|u|my|i|i'm|i've|we|we're|our|us|me)\b|^how\b")


_WEATHER = _rx(
    r"\b(?:weather|snow\w*|sunshine|sunny|rain\w*|heat|storm|leaves|fall\s+here|freezing|humid|"
    r"pouring)\b"
)


_WISH_AFFECT = _rx(r"^(?:hope|have\s+fun|enjoy|congrat|good\s+luck|how's|hows|happy)\b")


_BUSINESS_CONTEXT = _rx(
    r"\b(?:deploy\w*|shift|outage|policy|expenses?|closed|offsite|schedule[ds]?|construction|"
    r"substation|invoice|contract|plant|office\s+will|servers?|release|maintenance|submitted)\b"
)


# Life outside work told without a word of feeling: someone's family named as theirs ("my
# niece", "your folks"), a story or aside announced as one ("funny story", "on a personal
# note"), a first-person narrative about home, leisure, office life or the sky ("we spent
# Sunday at the lake", "our basement flooded"), and the quips people make about their own day
# ("my brain is mush", "forgive the typos, I'm on a train").
_FAMILY_OWN = _rx(
    r"\b(?:my|our|your)\s+(?:(?:little|oldest|youngest|eldest|older|younger|new|two|three|"
    r"whole)\s+)?(?:wife|husband|fianc[eé]e?|kids?|son|daughter|boys|girls|twins|baby|"
    r"toddler|niece|nephew|parents|folks|mom|dad|mother|father|sister|brother|grandkids?|"
    r"grandson|granddaughter|grandparents|grandma|grandpa|in-laws|dog|cat|puppy|kitten|kiddos?|"
    r"youngest|oldest|little\s+ones?|\w+\s+grader|neighbou?r)\b"
    r"(?!\s+(?:company|account|entity|organi[sz]ation|process|node|ticket|hospital|site|plant|"
    r"store|club|brand|office|school|publication|paper|firm|property)s?\b)"
    r"|\b(?:the|our)\s+(?:kids|grandkids|family|new\s+puppy)\s+(?:and\s+i|are|were|is|was|"
    r"has|had|all)\b|\btook\s+the\s+(?:kids|family)\b"
)
_ASIDE_OPENER = _rx(
    r"^(?:funny\s+story|fun\s+fact|true\s+story|(?:quick|random|personal)\s+aside|side\s+note|"
    r"on\s+a\s+(?:personal|lighter|side|non-work)\s+note|(?:totally\s+|completely\s+)?unrelated"
    r"(?:\s+to\s+\w+)?|off\s+topic|not\s+work[- ]related)\b"
    # eighth round, the announcement by construction: an aside or tangent, qualified or not
    # ("Total aside, but", "Tangent:"), a thought, note or update said to be personal or random
    # ("Random thought,", "Quick personal note,"), and work set aside ("Aside from work,",
    # "Outside of work", "Work aside,") — a business "Quick note:" is none of them
    r"|^(?:(?:a\s+)?(?:total|complete|totally|completely|random|quick|small|little|brief|"
    r"personal|unrelated|non-work|off-topic)\s+)?(?:aside|tangent|digression)\s*(?:[,:;\u2014-]|"
    r"\bbut\b|\bhere\b)"
    r"|^(?:(?:a|one)\s+)?(?:(?:quick|small|little|brief)\s+)?(?:personal|random|non-work|off-topic|"
    r"unrelated)\s+(?:thought|note|update|question|one)\b"
    r"|^(?:aside|apart|away)\s+from\s+work\b|^(?:outside|out)\s+(?:of\s+)?work\b|^work\s+aside\b"
)
# A personal remark that ends on a feeling: the last few words after a comma or dash are an
# evaluation or an emotion of one's own ("..., no regrets", "..., very proud", "..., jealous",
# "..., what a finish", "..., highly recommend", "..., best Tuesday ever", "..., I'm over the
# moon", "... and I'm jealous"), or the whole sentence is one ("Respect."). Tiredness and nerves
# are left out ("we're exhausted after the audit" is a busy state, not small talk), and so is
# the delight a business yes takes ("the team is thrilled", "delighted to confirm").
_AFFECT_CODA = _rx(
    r"(?:^|[,;:\u2014\u2013]\s*|\s-\s*|\band\s+(?=(?:i|i'm|we|we're|we've|i've|everyone|all\s+of\s+us)\b))"
    r"(?:[\w'-]+\s+){0,3}?(?:(?:so|very|such|totally|absolutely|"
    r"highly|super|pretty|quite|all|utterly|truly|a\s+bit|slightly)\s+)?(?:proud|jealous|envious|"
    r"terrified|chuffed|stoked|buzzing|gutted|hilarious|glamorous|unreal|"
    r"ridiculous|gorgeous|stunning|magical|bliss(?:ful)?|heaven(?:ly)?|surreal|priceless|"
    r"adorable|sweet|glorious|no\s+regrets|recommend(?:ed)?|life-?changing|over\s+the\s+"
    r"moon|best\s+[\w'-]+\s+ever|(?:good|great)\s+vibes?|never\s+again|living\s+the\s+dream|"
    r"can't\s+complain|what\s+a\s+(?:match|finish|game|day|night|view|sight|week|weekend|ride|"
    r"season|time|treat|race)|the\s+only\s+way\s+is\s+up)(?:\s+[\w'-]+){0,2}\s*[.!]*\s*$"
    r"|(?:^|[,;:\u2014\u2013]\s*)respect\s*[.!]*\s*$"
)
# Time of one's own: a weekend, a Saturday or Sunday, an evening or a night, told in a
# first-person narrative ("I spent the weekend making jam", "our choir sings on Saturday",
# "the gala was last night") is life outside work unless work is what filled it (work, a
# deliverable, a meeting, a visit or dinner with someone, thinking a matter over).
_OWN_TIME = _rx(
    r"\b(?:(?:last|this|over\s+the|at\s+the|on\s+the|the|long)\s+weekend|weekends?|"
    r"(?:on\s+)?(?:saturday|sunday)s?|(?:last|friday|saturday|sunday|yesterday|every)\s+"
    r"(?:night|evening)s?|(?:monday|tuesday|wednesday|thursday|friday)\s+evenings|"
    r"evenings|all\s+night|last\s+night|(?:on\s+)?(?:my|our)\s+(?:day|days)\s+off)\b"
)
_WORK_FILLED = _rx(
    r"\b(?:work(?:ed|ing|s)?|migrat\w*|cut-?over|go-?live|upgrade\w*|patch\w*|deploy\w*|"
    r"releas\w*|roll-?out|backups?|imports?|exports?|data|reports?|files?|system|servers?|"
    r"database|audit\w*|inventory|stocktake|overtime|on[- ]call|training|meetings?|calls?|"
    r"demo|reviews?|workshop|webinar|session|project|deadline|ticket|invoices?|orders?|"
    r"shipments?|customers?|clients?|vendors?|the\s+platform|your\s+(?:tool|product|app|team)|"
    r"recruit\w*|interview\w*|hiring|candidates?|told|think\w*|thought\s+about|decid\w*|"
    r"consider\w*|calculat\w*|look\s+(?:at|into|over)|(?:visit\w*|met|meet\w*|spoke|talk\w*|"
    r"call\w*|dinner|lunch|breakfast)\s+with)\b"
)
_LIFE = _rx(
    r"\b(?:remodel\w*|renovat\w*|kitchen|basement|garage|backyard|garden\w*|patio|porch|"
    r"bike|biking|cycling|half[- ]marathon|5k|10k|triathlon|yoga|gym|run\s+club|"
    r"taco|brisket|pizza|bbq|barbecue|cook-?off|bake-?off|potluck|chili|donuts?|cake|cookies|coffee\s+"
    r"machine|ugly\s+sweaters?|sweaters?|costumes?|pumpkin\s+patch|farmers\s+market|"
    r"swim\s+meet|soccer\s+game|little\s+league|recital|jury\s+duty|fundraiser|food\s+drive|"
    r"toy\s+drive|bake\s+sale|step\s+challenge|standing\s+desk|elevator|stairs|traffic|commute|"
    r"contest|trivia|happy\s+hour|game\s+night|holiday\s+party|pizza\s+party|fireworks|"
    r"tomatoes|hostas|deer|rooster|grill|treehouse|rv|new\s+house|boxes\s+everywhere|"
    r"apple\s+picking|state\s+fair|book\s+club|pickleball|peloton|t-ball|wedding\s+planning|"
    r"hotel\s+lobby|waiting\s+room|cup\s+of\s+coffee|grey\s+hair|gray\s+hair|spring\s+break|"
    r"school\s+pickup|semester|campus|first\s+tooth|started\s+walking|parental\s+leave|"
    r"disney|horses|fantasy\s+(?:team|league|football)|tickets\s+to|this\s+season|"
    r"(?:game|match|show)\s+(?:on\s+\w+day|last\s+night|last\s+week)|family\s+day|"
    r"the\s+flu|a\s+cold|stomach\s+bug|costume|"
    r"bridge|fog|hurricane|tornado|wildfire|blizzard|"
    r"heat\s*wave|pollen|patio\s+season|rooftop|the\s+view|retirement\s+party|birthday|"
    r"anniversary|coast|mountains|lake|beach|camping|hike|fishing|golf|"
    r"spanish|french|italian|guitar|piano|grew\s+up|hometown|road\s+trip|trip\s+up\s+the|"
    r"stranded|jet\s+lag|on\s+a\s+train|laptop\s+(?:died|decided)|power\s+outage|new\s+intern|"
    r"first\s+day|last\s+week\s+before)\b"
)
_SKY = _rx(
    r"\b(?:snow\w*|sunny|rain\w*|fog|foggy|hurricane|tornado|storm\w*|weather|degrees|"
    r"heat\s*wave|blizzard|humid|freezing|patio\s+season|leaves\s+are|ac\s+has\s+been)\b"
)
_HERE_NOW = _rx(
    r"\b(?:here|overnight|today|tonight|this\s+(?:morning|week|weekend)|right\s+now|"
    r"down\s+there|up\s+there|out\s+here|where\s+you\s+are)\b"
)
_NARRATIVE = _rx(
    r"\b(?:i|we|i'm|we're|i've|we've|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:just\s+|finally\s+|"
    r"still\s+|actually\s+)?(?:ran|had|spent|took|went|got|grew|tried|did|wore|made|saw|met|"
    r"caught|watched|bought|brought|celebrated|flooded|died|moved|lost|won|visited|started|"
    r"wrapped|held|hosted|threw|came\s+in|finished|bought|caved|surprised|coaching|sitting|"
    r"fighting|headed|built|picked|ate|saw|closed\s+on|"
    r"learning|trying|taking|planning|writing|working|doing|heading|stuck|was|were|am|is|are|"
    r"been|in\s+the\s+middle\s+of|back\s+from)\b"
    r"|^(?:(?:just|finally|still|also)\s+)?(?:had|spent|took|got|ran|went|saw|came\s+back|tried|"
    r"finished|been|back\s+from)\b"
)
_QUIP = _rx(
    r"\b(?:my\s+brain\s+is\s+(?:mush|fried|toast)|(?:losing|lost)\s+(?:badly|miserably)|"
    r"fun\s+times|good\s+times|was\s+something\s+else|can\s+you\s+tell(?=\s*[?!.]|$)|forgive\s+(?:the|my|any)\s+"
    r"(?:typos|brevity)|(?:apologies|sorry)\s+for\s+(?:the\s+|any\s+)?(?:typos|brevity)|"
    r"(?:legs|feet|back|knees)\s+(?:are|is|have|has)\s+(?:still\s+)?(?:mad|sore|opinions|"
    r"complaining)|morale\s+is|all-time\s+low|not\s+the\s+worst\s+place|dangerous\s+"
    r"distraction|much-needed|best\s+part\s+of\s+my|it's\s+been\s+a\s+zoo|(?:that|this)\s+time\s+"
    r"of\s+(?:the\s+)?year|send\s+help|bear\s+with\s+me|hence\s+the\s+delay|bucket\s+list|"
    r"(?:nearly|almost)\s+gave\s+me\s+a\s+heart\s+attack|is\s+it\s+(?:just\s+)?me\s+or|"
    r"can\s+you\s+believe|wish\s+me\s+luck|(?:please\s+)?don't\s+ask|perks\s+of|"
    r"not\s+my\s+favou?rite|i\s+blame|come\s+visit|killing\s+me|"
    r"why\s+do\s+i\s+keep|herding\s+cats|nothing\s+is\s+safe|we're\s+all\s+melting)\b"
)
_REMEMBERED = _rx(r"\byou\s+(?:were\s+(?:talking|telling\s+me)|told\s+me)\s+about\b")
# Logistics told in the first person are not asides: "I'll be on leave next week", "our
# flight lands at 5, I'll join from the airport".
_LOGISTICS_OWN = _rx(
    r"\b(?:i'll|we'll|i\s+will|we\s+will|will\s+be|out\s+of\s+(?:the\s+)?office|ooo|back\s+on|"
    r"join\s+(?:the|from)|dial\s+in|reschedul\w*|cover(?:ing)?\s+for\s+me|reach\s+me|"
    r"currently|return(?:ing)?\s+on|be\s+back|limited\s+access)\b"
)


_COMPLIMENT = _rx(
    r"\b(?:great|excellent|fantastic|amazing|awesome|outstanding|brilliant|superb|terrific|"
    r"wonderful|impressive|stellar|phenomenal|top-notch|fabulous|incredible|insightful|thoughtful|"
    r"super|really\s+(?:good|nice|helpful)|very\s+(?:good|helpful|responsive|useful)|so\s+helpful|"
    r"excellente?|super)\s+(?:[\w'-]+\s+)?(?:job|work|presentation|demo|session|call|meeting|"
    r"product|team|"
    r"support|service|effort|idea|deck|write-?up|summary|progress|results|news|help|guidance|"
    r"partner|tool|release|feature|training|webinar|turnaround|answer|point|question|insight|"
    r"stuff)\b"
    r"|\b(?:well|nicely)\s+done\b|\bkudos\b|\bhats\s+off\b|\bnice\s+(?:work|job|one)\b|"
    r"\bgood\s+(?:job|work)\b|\byou\s+(?:nailed|rock|killed|guys\s+rock)\b|\byou(?:'ve|"
    r"\s+have)\s+been\s+"
    r"(?:[\w'-]+\s+)?(?:great|amazing|fantastic|super|helpful|wonderful|responsive|"
    r"a\s+huge\s+help)\b|"
    r"\b(?:your|the)\s+team\s+(?:has|have)\s+been\s+(?:[\w'-]+\s+)?(?:great|amazing|helpful|"
    r"responsive|"
    r"fantastic)\b|\b(?:really|truly|very\s+much|greatly)\s+appreciate\s+(?:you|your|all|"
    r"the\s+(?:work|"
    r"effort|help))\b|\bimpressed\b|\b(?:love|loved|loves)\s+(?:the|your)\s+(?:new\s+)?\w+|"
    r"\bbravo\b|"
    r"\bwell\s+deserved\b|\bf\u00e9licitations\b|\bchapeau\b|\bbeau\s+travail\b|\bmuch\s+faster\b"
)


# Praise of us without the usual "great work on": someone or something of ours as the subject
# and a word of praise as what it is or did ("your support folks are so patient", "you've
# been incredibly reliable", "the new reporting is fantastic"), and the idioms that praise on
# their own ("top marks", "second to none", "knocked it out of the park", "one of the good
# ones", "deserves a raise").
_PRAISE_IDIOM = _rx(
    r"\b(?:top\s+marks|second\s+to\s+none|knocked\s+it\s+out\s+of\s+the\s+park|hit\s+it\s+out\s+"
    r"of\s+the\s+park|crushed\s+it|(?:go|goes|going|gone|went)\s+above\s+and\s+beyond|one\s+of\s+the\s+good\s+ones|deserves?\s+"
    r"a\s+(?:raise|medal|promotion)|did(?:\s+not|n't)\s+go\s+unnoticed|credit\s+where\s+(?:it's\s+)?"
    r"due|highest\s+compliment|made\s+me\s+look\s+good|(?:a\s+)?pleasure\s+to\s+work\s+with|"
    r"(?:big|huge)\s+fans?\s+of|(?:been\s+)?recommending\s+you|rock\s*stars?|all-stars?|"
    r"life-?savers?|game[- ]changer|(?:easiest|best)\s+(?:vendor|partner|explanation|"
    r"support|onboarding|rollout|qbr)|wish\s+all\s+(?:our|my)\s+vendors|classy\s+way|"
    r"changed\s+how\s+(?:our|we|my)|love\s+how|(?:it|product|platform|tool)\s+just\s+works|"
    r"raves?\s+about|bragged\s+about\s+you|can't\s+say\s+enough\s+good|"
    r"love\s+working\s+with|set\s+the\s+bar|singled\s+you\s+out|recommended\s+you\s+to|shout-out|"
    r"(?:is|are|was)\s+a\s+(?:hit|class\s+act)|gold\s+standard|nothing\s+but\s+good|"
    r"meant\s+a\s+lot|night\s+and\s+day|keeps\s+getting\s+better|(?:so|really|super|very)\s+"
    r"happy\s+with|thrilled\s+with|(?:guys|you|y'all)\s+rock|(?:they're|we're|are)\s+(?:big\s+|"
    r"huge\s+)?fans\b|(?:is|are)\s+(?:a\s+)?fans?\s+of\s+(?:you|your|the)|make\s+this\s+easy|"
    r"rare\s+to\s+find|always\s+a\s+pleasure|"
    # a person or team praised as one to work with: "good people to deal with", "such a
    # relief to work with a vendor who listens"
    r"(?:good|great|lovely|wonderful|easy|nice|a\s+(?:pleasure|joy|delight|relief|treat))\s+"
    r"(?:(?:people|folks|team|crew|vendor|partner|group|bunch)\s+)?to\s+(?:deal|work)\s+with|"
    r"made?s?\s+(?:our|my|this|a)\s+(?:[\w'-]+\s+){0,4}?(?:(?:so\s+)?much\s+|a\s+lot\s+)?"
    r"(?:easier|smoother|less\s+painful|simpler)|saved\s+(?:us|our|me)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:hours|days|weeks|a\s+ton))\b"
)
# Praise said without a verb, at the head of the sentence (eighth round): a strong word of
# praise before what it praises ("Excellent communication during the maintenance window",
# "Very slick tool", "What a slick rollout", "Gold-standard support, truly", "Incredibly
# well-organised onboarding"), or a manner of doing praised ("Beautifully done", "Brilliantly
# handled"). Verbless up to its first comma: "Impressive numbers are what the board wants" is
# no praise; nor is a plain "Great," or words a requirement takes ("seamless sync with SAP").
_PRAISE_EXCLAIM = _rx(
    r"^(?:(?:what|such)\s+an?\s+|(?:really|very|truly|incredibly|genuinely|seriously|absolutely|"
    r"just)\s+)?(?:excellent|superb|outstanding|brilliant|fantastic|amazing|awesome|terrific|"
    r"wonderful|stellar|phenomenal|impressive|gold-standard|first-class|first-rate|world-class|"
    r"top-notch|slick|classy|polished|beautiful|gorgeous|stunning|exceptional|admirable|"
    r"flawless|incredible|fabulous|well-(?:organi[sz]ed|run|executed|handled|"
    r"prepared|planned))\s+(?!(?:to|that|if|for|and|but|so|quick|question|news|point|idea|"
    r"morning|afternoon|evening|day|weekend|week)\b)"
    r"(?![^,;:.!?]*\b(?:is|are|was|were|will|would|should|must|need|needs|have|has|had|can|"
    r"could)\b)[a-z][\w'-]*"
    r"|^(?:(?:really|very|truly|incredibly|so)\s+)?(?:beautifully|brilliantly|superbly|expertly|"
    r"nicely|smoothly|flawlessly|impressively|masterfully)\s+(?:done|handled|executed|run|"
    r"organi[sz]ed|managed|delivered|built|designed)\b"
)
_PRAISE_SUBJECT = _rx(
    r"\b(?:you(?:\s+guys|\s+all|\s+folks)?|y'all|you've|you're|whoever\s+(?:built|designed|"
    r"made|wrote)|(?:your|the\s+new)\s+(?:[\w'-]+\s+){0,2}?(?:team|folks|people|product|tool|"
    r"platform|support|engineers?|csm|manager|documentation|docs|app|service|staff|crew|"
    r"responsiveness|work|walkthrough|write-?up|reporting|dashboard|release|rollout|training|"
    r"onboarding|admin\s+panel|ui|interface)s?|your\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|"
    r"the\s+new\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|"
    r"the\s+(?:[\w'-]+\s+){0,2}?(?:documentation|docs|help\s+articles|support|integration|module|"
    r"dashboard|redesign|refresh|search|portal|reporting|screens?|charts?|alerts|onboarding|"
    r"reliability|uptime|platform|update|booking\s+flow|interface|ui)|(?:the|that)\s+(?:walkthrough|workshop|"
    r"training|session|demo|write-?up|rollout)|the\s+product)\b"
)
_PRAISE_WORD = _rx(
    r"\b(?:(?:is|are|was|were|been|'s|'re|feel[s]?)\s+(?:(?!not\b|never\b|hardly\b|being\b)[\w'-]+\s+)"
    r"{0,2}?(?:great|excellent|"
    r"fantastic|amazing|awesome|outstanding|brilliant|superb|terrific|wonderful|stellar|"
    r"phenomenal|incredible|solid|rock[- ]solid|top[- ]notch|first[- ]rate|world[- ]class|"
    r"reliable|responsive|professional|patient|organi[sz]ed|clear(?!\s+(?:that|about|on|to)\b)|"
    r"slick|painless|seamless|"
    r"smooth(?:er)?|intuitive|a\s+(?:joy|delight|pleasure)|spot\s+on|on\s+point|a\s+huge\s+help|"
    r"so\s+helpful|really\s+helpful|super\s+helpful|the\s+(?:best|easiest)|sharp|clever|"
    r"beautiful|impressive|insightful|well\s+put\s+together|"
    # eighth round: more words of praise for a thing or a person of ours ("the new map view is
    # stunning", "the release is so polished", "the reliability has been exceptional", "your
    # CSM is worth her weight in gold", "your lead is a legend", "the module is a thing of
    # beauty", "the refresh is a big improvement")
    r"gorgeous|stunning|polished|exceptional|admirable|heroic|textbook|flawless|lightning[- ]"
    r"(?:quick|fast)|refreshingly\s+\w+|a\s+thing\s+of\s+beauty|an?\s+(?:big|huge|real|massive|"
    r"major)\s+improvement|a\s+credit|an?\s+(?:absolute\s+|real\s+|total\s+)?(?:star|legend|pro|"
    r"gem|hero|lifesaver)|worth\s+(?:her|his|their)\s+weight|chef's\s+kiss)|"
    r"(?:handled|nailed|made)\s+(?:[\w'-]+\s+){0,4}?(?:(?:really|very|so)\s+well|painless|easy|"
    r"a\s+real\s+difference)|nailed\s+it)\b"
)


_THANKS = _rx(
    r"\b(?:thank\s*(?:s|you|u)|thanx|thx|thnx|tks|ty|appreciate[ds]?|appreciated|grateful|"
    r"gratefully|gratitude|with\s+(?:much\s+|great\s+|real\s+|sincere\s+)?appreciation|"
    r"gracias|merci|danke|much\s+obliged|cheers)\b"
)


_NO_THANKS = _rx(r"\bno\s*,?\s+thank")


_RHETORICAL = _rx(
    r"^(?:how\s+(?:are|r)\s+(?:you|u|things)|how's\s+it\s+going|how\s+have\s+you\s+been|"
    r"how\s+is\s+everyone|"
    r"right|make\s+sense|makes\s+sense|why\s+not|ok|okay|no|yes|sound\s+good|sounds\s+good|"
    r"hope\s+\w+|you\s+know|isn't\s+it|guess\s+what|what\s+do\s+you\s+know|who\s+knew|ready)\??$"
)


_INDIRECT_Q = _rx(
    r"\b(?:i\s+was\s+wondering|i'm\s+wondering|i\s+wonder\s+(?:if|whether)|wondering\s+(?:if|"
    r"whether)|"
    r"curious\s+(?:if|whether)|(?:please|kindly)\s+(?:advise|confirm)\s+(?:if|whether|when|how))\b"
)


# --- redirects, departures, auto-replies -----------------------------------------------------
# The head nouns of a person: a title, a role, a relation ("the director", "my manager", "the
# account owner", "our client"). "On behalf of" one of these stands in for someone.
_PERSON_NOUN = (
    r"(?:director|dir|manager|mgr|head|chief|president|vp|ceo|cfo|coo|cto|cio|cxo|md|gm|"
    r"chair(?:man|woman|person)?|boss|owner|proprietor|founder|co-?founder|principal|partner|"
    r"lead|leader|officer|executive|exec|secretary|assistant|pa|ea|administrator|coordinator|"
    r"supervisor|superintendent|foreman|controller|treasurer|counsel|lawyer|attorney|solicitor|"
    r"notary|dean|rector|provost|registrar|clerk|trustee|governor|minister|mayor|commissioner|"
    r"client|customer|buyer|sender|signatory|undersigned|person|man|woman|gentleman|lady|"
    r"colleague|employee|member|representative|rep|agent|contact|sponsor|champion|engineer|"
    r"analyst|specialist|consultant|architect|accountant|auditor|doctor|professor|surgeon|"
    r"husband|wife|father|mother|son|daughter|brother|sister|friend|team\s+lead|"
    r"[a-z]*(?:master|mistress|man|woman|person|ee|ist|ian))\b"
)
# Whom one writes "on behalf of" when it is not a person: the organisation, a part of it or a
# body of people ("on behalf of the company", "For and on behalf of the Board Office,", "Signed
# on behalf of Procurement", "asking on behalf of the warehouse", "on behalf of all of us"): the
# writer speaks for their own side, nobody answers for an executive. Up to three words before
# the noun, none of them "of" or a possessive ("the head of procurement", "Pat's office" are
# people), and the noun ends the phrase (not "the finance director").
_COLLECTIVE = (
    r"(?:(?:(?:the|our|my|this|their)\s+|all\s+(?:of\s+)?|everyone\s+(?:at|in)\s+)?"
    r"(?:(?!of\b)[\w&-]+\s+){0,3}?"
    r"(?:company|companies|firm|business|organi[sz]ation|group|team|department|dept|office|"
    r"board(?:\s+of\s+(?:directors|trustees|governors))?|committee|council|trust|trustees|"
    r"foundation|charity|society|association|union|co-?op(?:erative)?|agency|authority|ministry|"
    r"institute|university|college|partnership|partners|members|staff|crew|desk|unit|division|"
    r"management|procurement|purchasing|finance|accounts|legal|operations|facilities|"
    r"warehouse|depot|yard|mill|factory|lab|site|plant|branch|store|practice|school|hospital|"
    r"clinic|family|everyone|everybody|us|all)|"
    # ...or any other thing named by a definite noun phrase with no person at its head ("Yours
    # sincerely, on behalf of the estate", "on behalf of our parish", "on behalf of the whole
    # observatory"): "the managing director", "my boss", "the account owner", "the harbour
    # master" are people, and a redirect. (A name after "the"/"our" is rare; the text is read
    # lower-cased, so a name cannot be told apart here.)
    r"(?:the|our|this|their)\s+(?:(?!of\b)[a-z][\w&-]*\s+){0,2}?"
    r"(?!" + _PERSON_NOUN + r")[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?()\u2013\u2014-]|$)|\s+(?:and|as|to|by|from|who|which|that|at|in|for|on|"
    r"with|i|we|is|are|has|have|will|would)\b)"
)
# Where one's own remit widens ("I'm now covering both the Abuja and Port Harcourt sites", "I'm
# handling the Leeds and York depots as well"): the writer takes on more, stands in for nobody.
_OWN_REMIT = (
    r"\s+(?:both\b|(?:(?!of\b)[\w&-]+\s+){0,5}?(?:sites?|branch(?:es)?|plants?|depots?|regions?|"
    r"locations?|stores?|campus(?:es)?|warehouses?|offices|territor(?:y|ies)|yards?|terminals?|"
    r"stations?|hubs?|facilities|properties|districts?|countries|markets|areas)\b(?!['\u2019]s))"
)
_REDIRECT = _rx(
    r"\b(?:asked\s+me\s+to\s+(?:respond|reply|answer|get\s+back|follow\s+up|reach\s+out|handle|"
    r"take|"
    r"coordinate|schedule|look|let\s+you|send|forward|connect|set\s+up)|"
    r"on\s+behalf\s+of(?!\s+" + _COLLECTIVE + r")|"
    r"i(?:'m|\s+am|'ll\s+be|\s+will\s+be)\s+(?:now\s+)?(?:handling|managing|coordinating|"
    r"taking\s+over|"
    r"covering|responsible\s+for)(?!" + _OWN_REMIT + r")|"
    r"i(?:'m|\s+am|'ll\s+be|\s+will\s+be)\s+(?:now\s+)?(?:your\s+(?:new\s+)?(?:main\s+|"
    r"primary\s+)?(?:point\s+of\s+)?contact)|"
    r"(?:please|kindly)\s+(?:[\w'-]+\s+)?(?:work|coordinate|deal|liaise|connect|follow\s+up|"
    r"direct\s+\w+|"
    r"reach\s+out|contact|route\s+\w+)\s+(?:[\w'-]+\s+){0,3}?(?:with|to)\s+[A-Za-z]+[^.]{0,40}?"
    r"(?:going\s+forward|directly|instead|from\s+now\s+on|moving\s+forward|in\s+the\s+future|"
    r"for\s+(?:this|these|all))|"
    r"will\s+be\s+your\s+(?:new\s+|main\s+|primary\s+)?(?:point\s+of\s+contact|contact)|"
    r"going\s+forward,?\s+(?:please\s+)?(?:contact|reach\s+out|direct|send|work)|"
    r"i(?:'m|\s+am)\s+(?:his|her|their|\w+'s)\s+(?:executive\s+|personal\s+)?assistant|"
    r"(?:is|would\s+be)\s+(?:the\s+)?(?:right|best|better|appropriate)\s+person|"
    r"(?:he|she|they)\s+(?:has|have)\s+asked\s+me|de\s+la\s+part\s+de|m'a\s+demand\u00e9\s+de)\b"
)


_LEFT = _rx(
    r"\b(?:no\s+longer\s+(?:with|at|employed|works?|working|part\s+of|in\s+(?:this|the)\s+role|"
    r"associated|monitored|active|in\s+use|being\s+monitored|valid)|(?:has|have)\s+(?:left|"
    r"departed)\s+"
    r"(?:the\s+|our\s+)?(?:company|organi[sz]ation|firm|business|team|\w+)|left\s+the\s+(?:company|"
    r"organi[sz]ation|firm)|(?:my|his|her)\s+last\s+day\s+(?:was|at|with|will\s+be|is)|"
    r"(?:has|have)\s+moved\s+on\s+from|(?:has|have)\s+retired|n'est\s+plus\s+(?:en\s+poste|chez|"
    r"avec)|"
    r"ne\s+fait\s+plus\s+partie|a\s+quitt\u00e9)\b"
)


_OOO = _rx(
    r"\b(?:(?:i\s+am|i'm|i\s+will\s+be|i'll\s+be|currently|"
    r"will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+"
    r"(?:the\s+)?office|ooo|away|on\s+(?:[\w'-]+\s+)?leave|on\s+(?:vacation|holiday|"
    r"annual\s+leave|pto)|"
    r"traveling|travelling|out\s+(?:until|through|from))|automatic\s+reply|auto-?reply|"
    r"autoreply|out[- ]of[- ](?:the[- ])?office\s+(?:until|through|from|reply|message|with)|"
    r"(?:limited|no)\s+access\s+to\s+(?:e-?mail|my\s+e-?mail)|"
    r"return(?:ing)?\s+(?:to\s+the\s+office\s+)?"
    r"on\s+\w+|back\s+in\s+the\s+office\s+on|upon\s+my\s+return|when\s+i\s+return|"
    r"for\s+(?:urgent|immediate)\s+(?:matters|assistance|requests|issues)|"
    r"this\s+is\s+an\s+automated\s+(?:response|reply|message)|je\s+suis\s+absente?|"
    r"en\s+cong\u00e9s?|"
    r"de\s+retour\s+le)\b"
)


_OOO_STRONG = _rx(
    r"\b(?:automatic\s+reply|auto-?reply|autoreply|this\s+is\s+an\s+automated|"
    r"out\s+of\s+(?:the\s+)?"
    r"office|ooo|je\s+suis\s+absente?|(?:limited|no)\s+access\s+to)"
)


# --- message-level ------------------------------------------------------------------------
# A warm sign-off: the closing line wishes the reader well or sends affection, where a plain
# one only signs ("Regards", "Best wishes", "Talk soon", "Regards from Omaha"): warmth words
# ("Warmly", "Warmest wishes", "Fondly", "Hugs from the clinic", "Much love"), care ("Take good
# care of yourself", "Be well", "Stay dry out there"), a wish for their time ("Have a good
# one", "Enjoy the long weekend"), their people ("Best wishes to you and your family", "say hi
# to the kids", "my friend"), or looking forward to seeing them. Read on closing lines only.
_WARM_SIGNOFF = _rx(
    r"\bwarm(?:ly|est)\b|\bwarm\s+(?:regards|wishes|thanks|greetings)\b|\bfondly\b|"
    r"\baffectionately\b|\bhugs?\b|\b(?:much|lots\s+of|all\s+my|with)\s+love\b|"
    r"\blove\s+from\b|\bsmiles?\b|\bheartfelt\b|\bxoxo\b"
    r"|^\W*(?:(?:and|so|now)\s+)?(?:take\s+(?:good\s+)?care(?:\s+of\s+(?:yourself|you)\b)?|"
    r"take\s+it\s+easy|be\s+well|"
    r"stay\s+(?:safe|well|warm|dry|cool|healthy|sane))(?=\s*(?:[,.!\u2014-]|and\b|out\b|up\b|"
    r"down\b|over\b|in\b|$))"
    r"|^\W*(?:(?:and|so|now)\s+)?(?:have\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:day|week|weekend|one|"
    r"evening|trip|summer|holidays?|break|time|flight|drive|season|afternoon)\b|enjoy\s+(?:the|your|"
    r"what's\s+left|a)\b)"
    r"|\ball\s+my\s+(?:very\s+)?best\b|\b(?:best|wishes|regards|love|thanks|cheers)\s+to\s+"
    r"(?:you\b|the\s+(?:whole\s+)?(?:family|kids|team|crew|gang))|\bto\s+you\s+and\s+(?:yours|your|"
    r"the)\b|\bmy\s+friend\b|,\s*friend\b|\byour\s+friend\b|\bsay\s+hi\s+to\b|"
    r"\bgive\s+(?:[\w'-]+\s+){1,2}a\s+(?:pat|hug|scratch)\b|\blooking\s+forward\s+to\s+"
    r"(?:seeing\s+you|catching\s+up|meeting\s+you)|\bhope\s+to\s+see\s+you\b"
)


_GREETING = _rx(
    r"^\W*(?:hi|hello|hey|hiya|howdy|dear|good\s+(?:morning|afternoon|evening|day)|morning|"
    r"afternoon|"
    r"greetings|bonjour|bonsoir|salut|coucou|yo|hallo|hola)\b(?!\s+(?:sir|madam|all\b|team\b|"
    r"everyone|"
    r"everybody|folks|customer|colleagues|valued|member|partners|friends|to\s+whom))"
)


# Emoji: pictographs (never ASCII) and ASCII emoticons, counted apart so that plain ASCII text
# without any of ":;=<^x" skips both; _EMOJI is the combined reference.
_EMOJI_CHARS = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\U0001f1e6-\U0001f1ff\u2b50\u2764\u263a]"
)
_EMOTICON = re.compile(r"(?<![\w:/])[:;=][-']?[)(DPp](?![\w(])|(?<!\w)<3|\^\^|(?<!\w)xD\b")
_EMOTICON_HINT = re.compile(r"[:;=][-']?[)(DPp]|<3|\^\^|xD")  # in every _EMOTICON match
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\U0001f1e6-\U0001f1ff\u2b50\u2764\u263a]"
    r"|(?<![\w:/])[:;=][-']?[)(DPp](?![\w(])|(?<!\w)<3|\^\^|(?<!\w)xD\b"
)


_TERSE_WORDS = _rx(
    r"^(?:(?:see\s+)?attached|noted|see\s+below|per\s+below|ok(?:ay)?|k|kk|received|done|got\s+it|"
    r"confirmed|will\s+do|fine|sounds\s+good|agreed|yes|yep|no|nope|approved|sent|fyi|correct|"
    r"understood|roger|ack|thx|thanks|thank\s+you|ty|works|sure|yes\s+please|will\s+review|"
    r"will\s+check|looks\s+good|lgtm|np|no\s+problem|good|perfect|great|copy|here\s+you\s+go|"
    r"ci-joint|not\u00e9|re\u00e7u|ok\s+pour\s+moi|merci|d'accord|entendu|vu|c'est\s+fait)"
    r"(?:[\s,.;:-]+(?:thanks|thx|thank\s+you|ty|merci|again|below|attached|will\s+do|done|noted|"
    r"received|ok|tomorrow|today|now|for\s+me|with\s+me|works|please))*[\s.!]*$"
)


# --- the language gaps of issue 10 ---------------------------------------------------------
# Our proposals written as plain statements of what more would look like or cost ("the
# Enterprise tier is $18 per user", "20 more seats come to $9,400 a year"): an expansion item
# and a price or a description of what it would be, no "propose"/"offer" in the sentence.
_PRICE = _rx(
    r"(?:[$\u20ac\u00a3]\s?\d|\d\s?(?:k|usd|eur|gbp|dollars|euros)\b|\b\d[\d,.]*\s*(?:%|percent)\s+"
    r"(?:off|discount)|\bper\s+(?:seat|user|licen[cs]e|month|year|head|agent|site)\b|"
    r"\ba\s+(?:seat|user|licen[cs]e|head)\b|\b(?:a|per)\s+(?:month|year)\b|\bannually\b|"
    r"\b(?:price|pricing|priced|cost|costs|costing|fee|fees|discount(?:ed)?|list\s+price|prorated)\b|"
    r"\b\d[\d,.]*\s*(?:%|percent)\s+(?:increase|more|uplift))"
)
_WOULD_BE = _rx(
    r"\b(?:would|will|could)\s+(?:be|mean|put\s+you|add|include|give\s+(?:you|your)|cost|come\s+to|"
    r"run|bring|take\s+(?:you|about)|total|move\s+you|line\s+up|keep|save|unlock|remove|cover)\b|"
    r"\b(?:unlocks?|keeps?\s+(?:you|your)|saves?\s+(?:you\s+)?(?:about\s+|roughly\s+)?\d|caps?\s+"
    r"(?:increases|your)|removes?\s+the|covers?\s+\d|is\s+included|comes?\s+with|"
    r"gets?\s+(?:you|your)|your\s+team\s+gets|means?\s+\d|is\s+a\s+(?:flat\s+)?[$\d])|"
    r"\b(?:would|will)\s+(?:\w+\s+)?total\b|\b(?:comes?|came)\s+to\b|\bruns?\s+(?:at\s+)?[$\u20ac\u00a3\d]|"
    r"\b(?:looks?|would\s+look)\s+like\b|\bincludes?\b|\badds?\b|\bdrops?\s+to\b|"
    r"\bon\s+top\s+of\s+(?:your|the)\b|\bis\s+(?:only\s+|just\s+)?[$\u20ac\u00a3]\s?\d|"
    # what it brings, said in the present (fourth round): "locks today's pricing", "takes 15%
    # off", "works out cheaper", "comes in under", "would cap increases", "means another 60"
    r"\blocks?\s+(?:in\s+)?(?:today's|your|the|current|this)|\btakes?\s+\d+\s*%|\bworks?\s+out\b|"
    r"\bcomes?\s+(?:in|out)\b|\bcaps?\s+(?:increases|your|the|price)|\bwould\s+cap\b|"
    r"\bslots?\s+into\b|\bputs?\s+you\b|\bmeans?\s+(?:another|an\s+extra|\d)"
)
# More only when a price and what it would be are both stated: a longer term or a whole unit
# ("a two-year extension keeps your current rate", "the whole Tulsa region would run $48k").
_EXP_ITEM_WEAK = _rx(
    r"\b(?:(?:multi|two|three|2|3)[- ]year\s+(?:deal|term|extension|contract|agreement|commitment|"
    r"renewal)|extend\w*\s+(?:[\w'-]+\s+){0,2}?(?:through|into|until|to\s+the\s+end)|"
    r"extension\s+(?:through|to|into|until|of\s+your)|"
    r"(?:full|whole|entire)\s+(?:[\w'-]+\s+)?(?:team|org\w*|company|department|staff|region|"
    r"division|group))\b"
)
# An item whose "more" is the sentence's own statement: a named tier or plan, an add-on on top
# of what they have, a number of seats or users.
_PLAN_ITEM = _rx(
    r"\b(?:(?:mov|switch|go|upgrad)\w*\s+(?:[\w'-]+\s+){0,2}?(?:to|onto)\s+(?:the\s+)?"
    r"(?:premium|enterprise|business|pro|growth|plus|advanced|professional|unlimited|scale)|"
    r"[a-z]+\s+(?:tier|plan|edition|bundle|package|add-?on|module)|tier|plan|add-?on|module|"
    r"\d+\s+(?:more\s+|additional\s+|extra\s+)?(?:seats?|licen[cs]es?|users?)|seats?|licen[cs]es?|"
    r"on\s+top\s+of\s+(?:your|the)\s+(?:subscription|plan|contract|licen[cs]e))\b"
)
# What they already have or pay, not more: "your invoice for 25 seats", "your plan renews at".
_CURRENT_BILLING = _rx(
    r"\b(?:invoice|receipt|renews?|renewal|billed\s+(?:for|on)|you(?:'re|\s+are)\s+(?:currently\s+)?"
    r"(?:on|paying)|your\s+current\s+(?:plan|tier|bill)|last\s+(?:month|year|invoice)|refund|"
    r"overdue|outstanding|payment)\b"
)
_SUBJECT_OFFER = _rx(
    r"\b(?:pricing|price|prices|quote|quotation|proposal|offer|options?|costs?|numbers|figures|"
    r"upgrade|for\s+(?:your|the)\s+(?:[\w'-]+\s+){0,3}?(?:team|office|group|hires|staff|site|"
    r"department|org\w*))\b"
)
# In a subject line, only a commercial item: "Business tier", "20 more seats", "a bigger plan"
# (not "the rollout plan").
_SUBJECT_ITEM = _rx(
    r"\b(?:(?:multi|two|three|2|3)[- ]year|extension|"
    r"extending\s+(?:[\w'-]+\s+){0,3}?(?:through|into|"
    r"to)|site\s+licen[cs]e|(?:\d+\s+)?more\s+(?:seats|users|licen[cs]es)|upgrade\s+path|"
    r"plan\s+upgrade|(?:x|to|annual)\s+(?:enterprise|premium|business\s+tier)|"
    r"extending\s+(?:your\s+|the\s+)?(?:contract|subscription|term|licen[cs]e|agreement)|scaling\s+"
    r"(?:[\w'-]+\s+){0,3}?to|(?:premium|enterprise|business|pro|growth|plus|advanced|professional|unlimited|scale|"
    r"bigger|larger|higher|next|upgraded)\s+(?:tier|plan|edition|package|bundle|licen[cs]e)|"
    r"[a-z]+\s+(?:tier|edition|add-?on|module)|tier|add-?on|module|seats?|licen[cs]es?|"
    r"\d+\s+(?:more\s+|additional\s+|extra\s+)?users?)\b"
)
# "Want me to save you a seat?" books a place at an event; it sells nothing.
_NOT_EXPANSION = _rx(r"\b(?:save|saved|book|reserve|hold|grab|keep)\s+(?:you\s+|me\s+)?a\s+seat\b")

# Deferrals without a postponement verb: the timing is bad, and a vaguer later time is floated
# ("Timing is tough on our side; maybe early next year?").
_BAD_TIMING = _rx(
    r"\b(?:timing\s+(?:is|'s)\s+(?:[\w'-]+\s+)?(?:tough|bad|off|difficult|tricky|awkward|hard|"
    r"rough|poor|terrible|not\s+(?:great|ideal|good|right))|timing\s+(?:isn't|is\s+not)\s+"
    r"(?:great|ideal|good|right|the\s+best)|bad\s+timing|"
    r"poor\s+timing|"
    r"not\s+(?:a|the|an)\s+(?:[\w'-]+\s+)?(?:good|great|best|right|ideal|convenient)\s+"
    r"(?:time|moment|window|period|stretch|fit\s+(?:right\s+)?now)|"
    r"(?:now|this\s+\w+|the\s+next\s+(?:few\s+)?\w+)\s+(?:isn't|is\s+not|aren't|are\s+not|"
    r"doesn't|don't|do\s+not|does\s+not)\s+(?:[\w'-]+\s+)?(?:ideal|great|good|look\s+good|"
    r"work|the\s+(?:right\s+)?time)|"
    r"(?:difficult|busy|crunch|tough|hard|rough|hectic|critical|heavy|intense|crazy)\s+"
    r"(?:period|time|stretch|moment|season|patch|few\s+weeks|quarter|month)|"
    r"(?:our|my|the\s+team's)\s+plate\s+is\s+(?:\w+\s+)?full|"
    r"(?:quarter|month|calendar|schedule)\s+is\s+(?:already\s+)?(?:spoken\s+for|full|packed|"
    r"booked|maxed)|no\s+room\s+(?:on|in)\s+(?:our|my|the)|"
    r"not\s+(?:realistic|feasible|doable)\s+(?:right\s+now|now|at\s+the\s+moment|before|in\s+the\s+"
    r"(?:near|short)\s+term)|"
    # "now's a bad moment", "this quarter is a wash", "this month is tough", "now's not great"
    r"(?:now|this\s+(?:week|month|quarter|year|half|season|period)|the\s+moment)\s*(?:'s|is|"
    r"looks|feels)\s+(?:just\s+|really\s+|a\s+bit\s+|pretty\s+|honestly\s+)?(?:an?\s+)?"
    r"(?:not\s+(?:great|ideal|good|right)|tough|bad|difficult|hard|rough|wash|write-off|"
    r"(?:bad|tough|difficult|hard|rough|awkward|terrible|poor)\s+(?:moment|time|week|month|"
    r"quarter|period))|"
    r"(?:isn't|is\s+not|'s\s+not)\s+(?:the|a\s+good|the\s+right)\s+(?:moment|time)|"
    r"(?:tough|bad|poor|rough|awkward|tricky|difficult|terrible)\s+timing|"
    r"timing\s+(?:doesn't|does\s+not|won't|will\s+not)\s+work|"
    # (fourteenth round) "the timing could not be worse", "couldn't be a worse moment"
    r"(?:timing|moment)\s+(?:could|can)(?:n't|\s+not|not)\s+be\s+(?:any\s+)?worse|"
    r"(?:could|can)(?:n't|\s+not|not)\s+be\s+a\s+worse\s+(?:time|moment|week|month|quarter)|"
    r"not\s+(?:a\s+)?(?:good|great|ideal)\s+(?:week|month|quarter)|"
    r"(?:calendar|schedule|diary)\s+is\s+(?:[\w'-]+\s+)?(?:wall-to-wall|jammed|solid|slammed|full)|"
    r"(?:quiet|blackout|busy|crunch|freeze)\s+(?:period|season)\s+(?:until|till|through)|"
    r"priorities\s+(?:are|lie)\s+elsewhere|focus\s+is\s+elsewhere|"
    # issue 10, third round: a present "not now" however said: "not now", "nope, not this
    # month", "this quarter is a no-go", "timing's not great", "no room right now", "too
    # early for us", "can't focus on this right now", "in budget lockdown at the moment",
    # "not in the cards this quarter", "a hard no on timing", "there's no way this gets
    # attention this month", "right now isn't it"
    r"^(?:no(?:pe)?,?\s+|sorry,?\s+|honestly,?\s+)?not\s+(?:now|right\s+now|this\s+(?:quarter|month|year|"
    r"week|half|time|cycle)|at\s+the\s+moment|yet)\b|"
    r"timing(?:'s|\s+is)\s+(?:just\s+|really\s+|honestly\s+)?(?:not\s+(?:great|ideal|good|right|there)|"
    r"off|tough|bad)|timing\s+(?:just\s+)?(?:isn't|is\s+not)\s+there|"
    r"(?:this\s+(?:quarter|month|year|half)|now|right\s+now)\s+(?:is|'s)\s+(?:a\s+)?(?:no-go|no\s+go|"
    r"out|off\s+the\s+table)|right\s+now\s+(?:isn't|is\s+not)\s+it|"
    r"(?:don't|do\s+not|doesn't)\s+have\s+(?:the\s+)?(?:room|cycles|headspace|bandwidth|capacity|"
    r"time)\s+(?:for\s+(?:this|it)\s+)?(?:right\s+)?now|no\s+room\s+for\s+(?:this|it)|"
    r"too\s+(?:early|soon|hectic|busy)\s+(?:for\s+us|here|right\s+now|at\s+the\s+moment)|"
    r"(?:can't|cannot|can\s+not)\s+(?:focus\s+on|do|take\s+on|look\s+at)\s+(?:this|it)\s+(?:right\s+)?now|"
    r"at\s+this\s+moment\s+we\s+(?:cannot|can't)|not\s+something\s+we\s+can\s+take\s+on\s+"
    r"(?:right\s+)?now|"
    r"\bin\s+(?:a\s+)?(?:[\w-]+\s+)?(?:lockdown|freeze|transition)\b|\bcrunch\b|"
    r"not\s+in\s+the\s+cards\s+this|"
    r"(?:hard\s+)?no\s+on\s+timing|no\s+way\s+(?:this|we|it)\b[^.;]{0,30}\bthis\s+"
    r"(?:month|quarter|week|year)|not\s+a\s+fit\s+for\s+this\s+(?:quarter|month|year|half)|"
    r"bad\s+(?:week|month|quarter|stretch|patch))"
)
# A later time named loosely: "more like February", "January at the earliest", "maybe in the
# spring", "sometime after the audit".
_VAGUE_LATER = _rx(
    r"\b(?:more\s+like|rather|probably|perhaps|maybe|possibly|likely|around|closer\s+to|"
    r"sometime\s+(?:in|around|after)|say)\s+(?:in\s+|after\s+)?(?:the\s+)?(?:early\s+|mid[- ]|"
    r"late\s+)?(?:" + _MONTH + r"|" + _SEASON + r"|new\s+year|next\s+\w+|q[1-4])\b|"
    r"\bat\s+the\s+(?:earliest|soonest)\b|\blater\s+(?:in|this|next)\b|"
    r"\b(?:would|could|might|may)\s+(?:be|work)\s+better\b|"
    r"\bsounds\s+more\s+realistic\b|\bmore\s+realistic\b|"
    # "down the line", "sometime after that", "next one, maybe", "Q1 looks more likely",
    # "when things quiet down", "after the holidays, maybe", "a bit later"
    r"\bdown\s+the\s+(?:line|road)\b|\bsometime\s+(?:after|later|down)\b|"
    r"\bnext\s+(?:one|quarter|month|year|half)\s*,?\s*(?:maybe|perhaps|probably|possibly)\b|"
    r"\b(?:looks|seems|feels|sounds|is)\s+(?:more\s+)?(?:likely|realistic|right)\b|"
    r"\bwhen\s+things\s+(?:quiet|calm|settle|slow)\s+down\b|"
    r"\b(?:maybe|perhaps|probably|possibly)\s+(?:after|once)\s+(?:the\s+)?\w+|"
    r"\ba\s+(?:bit|little)\s+later\b|\blater\s+on\b|\bfurther\s+(?:out|down\s+the)\b|"
    r"\bthe\s+earliest\s+(?:we|i)\s+(?:could|can|would)\b|"
    # "March is more realistic", "more likely March", "November probably", "July could be
    # different", "mid-April or after", "something for later", "maybe around March"
    r"\b(?:realistically|more\s+likely|maybe\s+around|probably\s+around)\s+(?:in\s+)?"
    r"(?:early\s+|mid[- ]|"
    r"late\s+)?(?:" + _MONTH + r"|" + _SEASON + r"|q[1-4]|next\s+\w+)\b|"
    r"\b(?:" + _MONTH + r"|" + _SEASON + r")\s*,?\s+(?:maybe|perhaps|probably|possibly|likely|"
    r"or\s+(?:so|later|after)|at\s+the\s+(?:earliest|soonest))\b|"
    r"\b(?:could|might|may)\s+(?:be|look)\s+different\b|\bor\s+(?:later|after)\b|"
    r"\b(?:something|one)\s+for\s+later\b|\b(?:maybe|perhaps|probably)\s+next\b"
)
# "This is a July conversation", "a second-half thing", "probably a fall topic": the matter
# itself is named as belonging to a later time.
_LATER_TOPIC = _rx(
    r"\b(?:an?|more\s+of\s+an?)\s+(?:(?:early|mid|late)[- ])?(?:" + _MONTH + r"|" + _SEASON
    + r"|q[1-4]|next[- ]year|new[- ]year|(?:second|back)[- ]half|later[- ]in[- ]the[- ]year|"
    r"[\w]+-or-later)\s+(?:conversation|topic|thing|problem|discussion|item|project|priority|"
    r"question)\b"
)
# Another occasion as the whole answer, hedged (issue 10, thirteenth round): "Maybe another
# time.", "Next one, perhaps.", "Some other day, perhaps.", "On another occasion.": not now,
# some later time. Whole sentence only ("Next time, please include the PO" is an instruction).
_OTHER_OCCASION = _rx(
    r"(?:(?:maybe|perhaps|possibly|hopefully|then)[,\s]+)?(?:on\s+|at\s+)?(?:another|some\s+other|"
    r"a\s+later|(?:the\s+)?next)\s+(?:time|day|occasion|one|round|go(?:-round)?|session|edition)"
    r"(?:[,\s]+(?:maybe|perhaps|possibly|then|hopefully|for\s+sure|i\s+hope))?\s*[.!]*"
)
# Asked to be contacted at a later time, the ask leading the sentence (issue 10, thirteenth
# round): "Try me again in Q1.", "Can you try me again around early April?", "Drop me a line in
# the back half of Q1.", "Give me a shout in late December.", "Hit me up in next quarter.", "Let
# me loop back in March." After a reason ("no budget till May, hit me up then") it is the
# revisit date of a concrete no, which the concrete-decline rules read.
_CONTACT_ME_LATER = _rx(
    r"(?:(?:so|ok|okay|please|just|maybe|perhaps)[,\s]+)?(?:(?:can|could|would)\s+you\s+|let\s+me\s+)?"
    r"(?:try\s+(?:me|us)|(?:drop|send|shoot)\s+(?:me|us)\s+a\s+(?:line|note|message)|"
    r"give\s+(?:me|us)\s+a\s+(?:shout|call|ring|buzz|nudge)|hit\s+(?:me|us)\s+up|loop\s+back)\b"
)
# Declining an invitation for now, as idioms ("I'll take a rain check", "we'll sit this one
# out", "count us out for this round", "not this time").
_DECLINE_FOR_NOW = _rx(
    r"\b(?:rain[\s-]*check|sit\s+(?:this|that)\s+(?:one\s+)?out|sit\s+out\s+(?:this|the|that)\s+"
    r"(?:one|round|time|session|year)|count\s+(?:us|me)\s+out|"
    r"pass\s+(?:on\s+(?:this|that)\s+(?:one\s+)?)?this\s+time(?:\s+around)?|"
    r"not\s+(?:on\s+)?this\s+(?:time|go-?round|occasion)|bow\s+out|skip\w*\s+this\s+(?:one|session|time|round|meeting|call|year)|"
    r"give\s+(?:this|that|it)\s+(?:one\s+)?a\s+miss|maybe\s+(?:the\s+)?next\s+(?:one|time)|"
    r"(?:catch|join)\s+(?:you\s+)?(?:at\s+)?(?:the\s+next|a\s+later|another)\s+one|"
    r"another\s+time\s+(?:perhaps|maybe)|(?:have|need)\s+to\s+decline\s+(?:this\s+time|"
    r"for\s+now)|"
    # "going to pass for now", "give the summit a pass this year", "beg off this one", "leave
    # it for now", "can't make it work this time around", "skip the review this quarter"
    r"pass\s+(?:for\s+now|this\s+(?:round|year|quarter))|give\s+(?:[\w'-]+\s+){1,3}?a\s+"
    r"(?:pass|miss)|beg\s+off|leave\s+(?:it|this|that)\s+(?:there\s+)?for\s+now|"
    r"(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to)\s+make\s+it\s+(?:work\s+)?this\s+"
    r"(?:time|round|year)|"
    r"skip\s+(?:[\w'-]+\s+){1,3}?this\s+(?:time|round|year|quarter|month)|"
    # issue 10, third round: "I'll skip this go-round", "I'll have to duck out of this one",
    # "sit on the sidelines for this one", "can't squeeze it in this time", "I'm out for this
    # one", "take a pass on the dinner", "not going to make this one", "isn't in the cards
    # for me", "pass on the invite for now"
    r"(?:pass|skip|sit\s+(?:it\s+|this\s+)?out|sidelines|duck\s+out|bow\s+out|out|miss)\s+"
    r"(?:on\s+|of\s+|for\s+)?(?:this|that)\s+(?:one|time|round|go-?round|go-?around)|"
    r"(?:can't|cannot|won't\s+be\s+able\s+to|not\s+going\s+to|unable\s+to)\s+(?:make|swing|squeeze|"
    r"carve|join|attend|fit|do|come\s+to|be\s+there)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:this|that)\s+(?:one|time|round|go-?round|go-?around)|"
    r"(?:take\s+a\s+)?pass\s+on\s+the\s+(?:invite|invitation|dinner|lunch|event|session|workshop|"
    r"webinar|summit|offsite|meeting)|"
    r"(?:isn't|is\s+not|not)\s+in\s+the\s+cards\s+for\s+(?:me|us)|(?:say|said)\s+no\s+for\s+now)\b"
)



# Our offer made as a question or a suggestion: a frame that offers ("would it make sense to",
# "how would you feel about", "should we", "can I put together", "I'd love to offer"), a move
# that grows (add, include, bring on, extend, bundle, a proposal or pricing) and what grows (a
# unit of theirs, an offering, their renewal or account).
_OFFER_QUESTION = _rx(
    r"\b(?:would\s+it\s+make\s+sense\s+to|would\s+you\s+(?:want|like|consider|be\s+open)\s+(?:to\s+)?|"
    r"should\s+we|how\s+would\s+you\s+feel\s+about|could\s+we\s+(?:talk\s+through|look\s+at|discuss)|"
    r"are\s+you\s+(?:interested\s+in|open\s+to)|i'd\s+suggest|can\s+i\s+(?:put\s+together|send\s+over|"
    r"send|draft|quote)|i'd\s+(?:love|be\s+happy|like)\s+to\s+(?:offer|propose|extend|quote))\b"
    r"[^.?;]{0,50}?\b(?:add\w*|includ\w*|bring\w*|extend\w*|mov\w*|bundl\w*|offer\w*|propos\w*|"
    r"pricing|quote|upgrad\w*|expand\w*|roll\w*)\b[^.?;]{0,60}?\b(?:" + _UNIT + r"|restaurants?|"
    r"practices?|volunteers|labs?|group|firm|integration|modules?|enterprise|add-?ons?|seats|"
    r"licen[cs]e|tier|plan|contract|renewal|account|access|rollout)\b"
)
# What more would cost or bring, said of the scope of more ("For the whole firm, the number is
# $96,000", "With the Reno branch included, the renewal comes to $38,500", "Adding the two labs
# brings your annual total to $31,000", "Full-department coverage is $22,000 a year").
_SCOPE_PRICED = _rx(
    r"(?:\bfor\s+(?:the\s+)?(?:whole|full|entire|all)\s|\bwith\s+[^,.]{3,40}\s+included\b|"
    r"\b[\w-]+-wide\s+(?:rollout|plan|licen\w+|agreement|coverage|deployment|pricing|access|contract)|"
    r"\bfull-\w+\s+coverage|(?:^|\ball\s+(?:of\s+)?your\s+)(?:all\s+)?(?:departments|offices|clinics|sites|"
    r"locations|teams|practices|stores)|\bunlimited\s+users|^(?:adding|including|bundling|bringing)\s|"
    r"\bwith\s+(?:the\s+)?(?:two|three|\d+|new)\s+(?:new\s+)?(?:modules?|seats|sites|offices|labs?))"
    r"[^.;]{0,80}?(?:[$\u20ac\u00a3]\s?\d|\b\d+\s+seats\b|\bcomes?\s+(?:to|in\s+at)|\bbrings?\s+(?:you|your)|"
    r"\blands?\s+at|\bwould\s+(?:be|cost|come|reduce|cover|bring|join)|\bat\s+your\s+current|"
    r"\bsame\s+rate|\bon\s+us\b|\bno\s+charge\b|\badds\s+[$\d])"
)


# --- issue 10, seventh round: our offer as a statement, by construction ----------------------
# An OFFER OBJECT (more seats, licences or users; a higher tier, plan or edition; an add-on or
# module; a longer term; a site, region or unit brought on) said with TERMS (a price in any
# currency, a rate per seat or month, a discount, a term, what it comes to or works out at):
# "The analytics module runs $400 a month", "The Albany hospital on the same contract: 40
# seats, co-termed with your renewal", "At 12 seats, the Enterprise edition works out cheaper".
# What the customer would count: people, places and things priced one by one.
_COUNTED = (
    r"(?:seats?|licen[cs]es?|users?|logins?|agents?|advis[eo]rs?|engineers?|coordinators?|analysts?|"
    r"clinicians?|rooms?|rooftops?|propert(?:y|ies)|sites?|locations?|"
    r"stores?|clinics?|branch(?:es)?|offices?|regions?|hospitals?|labs?|practices?|showrooms?|"
    r"kiosks?|drones?|members?|managers?|coaches|vets|designers|providers?|entit(?:y|ies)|"
    r"dealerships?|brands?|staff|hires|employees|reps|technicians|postdocs|franchisees?|"
    r"warehouses?|plants?|schools?|campus(?:es)?|teams?|departments?|divisions?|workspaces?|"
    r"call\s+cent(?:er|re)s?|subsidiar(?:y|ies)|country|countries|markets?|hotels?|units?|"
    r"depots?|terminals?|venues?|facilit(?:y|ies)|restaurants?|pharmac(?:y|ies)|studios?|"
    r"districts?|count(?:y|ies)|chapters?|firm)"
)
# (thirteenth round) The places, crews and kit of trades the list above never named: a yard, a
# base, a ring, a vessel, a building, a crew, a route's devices, the people on it. Counted or
# said to be more ("a second yard", "120 handhelds", "another 12 canoe guides") they are bought;
# named bare they are as often a modifier ("the building permit fees", "garage C rate change"),
# so _SUBJECT_THING keeps to _COUNTED.
_TRADE_UNITS = (
    r"(?:(?:stock|scaffold\w*\s+)?yards?|bases?|rings?|barns?|mills?|packhouses?|workshops?|"
    r"buildings?|pavilions?|stations?|outlets?|shops?|farms?|kitchens?|garages?|hangars?|"
    r"vessels?|ships?|boats?|vans?|trucks?|vehicles?|fleets?|routes?|crews?|shifts?|desks?|"
    r"tablets?|handhelds?|devices?|scanners?|guides?|instructors?|drivers?|inspectors?|"
    r"apprentices?|volunteers?|presidents?|operators?"
    # (fourteenth round) a trade's centre ("the distribution centre", "a second data center")
    r"|(?:distribution|data|service|training|sorting|logistics|fulfil+ment|visitor|contact)\s+"
    r"cent(?:er|re)s?)"
)
_COUNTED_ANY = r"(?:" + _COUNTED + r"|" + _TRADE_UNITS + r")"
# (fourteenth round) two things of theirs priced as one ("the tasting room and hop shop on one
# site", "loft network plus results office as a single site")
_TWO_AS_ONE = (r"\b(?:and|plus|\+)\s+(?:[\w'&.-]+\s+){1,4}?(?:on|under|as)\s+(?:one|a\s+single)\s+"
               r"(?:site|location|seat|licen[cs]e)\b")
# (fourteenth round) an ordinal past the third names one more of a unit as "second" does ("the
# Leeds depot as a fourth site")
_ORDINAL_PAST_THIRD = r"(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|[4-9]th|1\dth)"
# a word, or two plain ones, between a count and what it counts ("8 care coordinator seats"):
# not a possessive, an article, a preposition or a magnitude ("W-9 your AP team", "18 million
# webmail users", "$14 billion in market value")
_COUNT_MODS = (
    r"(?:[\w'-]+\s+|(?:(?!(?:your|our|their|the|my|his|her|of|to|for|in|at|on|by|from|with|and|or|"
    r"million|billion|thousand|hundred|percent)\b)[\w'-]+\s+){2})?"
)
_SEATS_TIMES_N = r"\b(?:seats?|licen[cs]es?|users?|logins?)\s*(?:x|\u00d7|\(\s*\+|\+)\s*\d"
_TIER_NAME = (
    r"(?:enterprise|premium|business|pro|growth|plus|advanced|professional|unlimited|platinum|"
    r"gold|scale|premier|ultimate|elite)"
)
_OFFERED_THING = _rx(
    # more of what they count: "20 more seats", "60 added seats", "one more rooftop"
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a\s+few|"
    r"several|a\s+couple\s+of)\s+(?:more|additional|extra|added|new)\s+(?:[\w'-]+\s+){0,2}?"
    + _COUNTED_ANY + r"\b"
    # (fourteenth round: the words between are the unit's own, not a phrase of place, "more at
    # each workshop")
    r"|\b(?:more|additional|extra|added|incremental)\s+(?:(?!(?:at|in|on|for|to|of|from|with|by|each|"
    r"the|a|an|our|your|their|this|that|per)\s)[\w'-]+\s+){0,2}?" + _COUNTED_ANY + r"\b"
    r"|\b\d[\d,]*\s+more\s+(?!(?:days|weeks|months|years|hours|minutes|times|questions|pages|"
    r"steps|emails|calls|meetings)\b)[a-z]+s\b"
    # a number of what they count ("60 agent seats", "for 25 agents", "12 rooms", "8 care
    # coordinator seats"), or said after them ("Editorial seats x 12", "users (+8)")
    r"|\b\d(?:[\d,]*\d)?\s+" + _COUNT_MODS + _COUNTED_ANY + r"\b|" + _SEATS_TIMES_N +
    r"|\b(?:view-only|read-only|named|dispatcher|agent|admin|editor|viewer|staff|lite)\s+seats\b"
    r"|\b(?:seats|licen[cs]es|users)\s+for\s+(?:the\s+|your\s+)?(?:new\s+|other\s+)?[\w'-]+"
    # (thirteenth round) licences or seats named for a unit of theirs ("Sisimiut crew licences")
    r"|\b(?:branch|site|crew|office|depot|yard|studio|shop|store|clinic|school)\s+(?:licen[cs]es?|seats?)\b"
    # a step up: a named tier, the next tier, an upgrade, a move from one plan to another
    r"|\b" + _TIER_NAME + r"\s+(?:[\w'-]+\s+)?(?:tier|plan|edition|package|bundle|upgrade|"
    r"licen[cs]e|agreement|features|support|seats?)\b"
    r"|\b(?:next|higher|bigger|larger|top|volume|[\w-]+)\s+tier\b|\btier\s+up\b|\bupgrad(?:e|es|ed|ing)\b"
    # (thirteenth round) a tier by its rank or a move up to one ("tier two", "up a tier", "the
    # full tier", "Standard to Enterprise", "uplift to Premium", "annual Plus", "going annual"),
    # a plan for more of them ("multi-branch plan", "the all-sites licence", "3-site package"),
    # more room ("a bigger storage plan", "the next size up", "extra storage")
    r"|\btier\s+(?:two|three|four|[2-5])\b|\bup\s+a\s+(?:tier|level|plan)\b|\bfull\s+(?:[\w'-]+\s+)?tier\b"
    r"|\b(?:basic|standard|starter|essentials?|lite|core|free|small)\s+(?:plan\s+|tier\s+)?(?:to|->|\u2192)\s+"
    + _TIER_NAME + r"\b|\b(?:uplift|step\s+up|move|moving|switch\w*|go(?:ing)?\s+up)\s+to\s+"
    r"(?:the\s+)?"
    + _TIER_NAME + r"\b|\bannual\s+(?!growth\b)" + _TIER_NAME + r"\b"
    r"|\b(?:go(?:ing)?|switch\w*\s+to|mov\w*\s+(?:[\w&'-]+\s+){0,3}?to)\s+annual\b"
    r"|\b[\w-]+\s+(?:plan|billing|tier|term)\s+instead\s+of\b|\binstead\s+of\s+(?:monthly|seasonal|quarterly)\b"
    r"|\b(?:multi|all|\d+)-(?!(?:year|month|day|week|hour)s?\b)[\w-]+\s+(?:plan|licen[cs]e|package|bundle|"
    r"contract|agreement|tier|deal|rate)\b"
    r"|\b(?:more|extra|additional|bigger|larger)\s+(?:[\w-]+\s+)?(?:storage|capacity|quota|bandwidth|"
    r"coverage)\b|\b(?:bigger|larger)\s+(?:[\w-]+\s+)?(?:plan|package)\b|\bnext\s+size\s+up\b"
    r"|\b(?:from|jump\s+from)\s+[\w-]+\s+to\s+" + _TIER_NAME + r"\b"
    r"|\bon\s+(?:the\s+)?" + _TIER_NAME + r"\b(?!\s+(?:team|support\s+ticket))"
    r"|^(?:the\s+)?" + _TIER_NAME + r"\b(?!\s+(?:customers?|users?\s+report))"
    r"|\bannual\s+(?:billing|plan|term|contract|commitment)\b|\bvolume\s+band\b"
    # an add-on: a module, pack, bundle or suite, unlimited use of something
    r"|\b(?:add-?ons?|modules?|packs?|bundle|suite|package)\b|\bunlimited\s+[a-z]+"
    # a longer term
    r"|\b(?:multi|one|two|three|four|five|\d+)[- ](?:year|month|season)\s+(?:[\w'-]+\s+)?"
    r"(?:term|deal|"
    r"commitment|contract|agreement|renewal|extension|plan|price|rate)\b(?!\s+target)|\bextra\s+years?\b"
    # (thirteenth round) more time bought: "an extra twelve months", "another season on top",
    # the agreement stretched ("stretching the agreement to three years", "extend the contract
    # so it covers the winter"), today's price locked for a term
    r"|\b(?:extra|additional|another)\s+(?:(?:\d+|two|three|six|nine|twelve|eighteen)\s+)?"
    r"(?:years?|seasons?|months)\b(?!\s+to\b)"
    r"|\b(?:extend|stretch|lengthen)\w*\s+(?:the\s+|your\s+|our\s+)?(?:agreement|contract|term|"
    r"licen[cs]e|subscription|support|coverage|cover)\b"
    r"|\block\w*\s+(?:in\s+)?(?:the\s+|your\s+|today's\s+|current\s+)?(?:price|rate|pricing)\s+"
    r"for\s+(?:\w+\s+)?(?:years?|months|seasons?)\b"
    r"|\b(?:two|three|four|five|\d+)\s+(?:more\s+)?(?:years|seasons)\s+at\s+(?:the\s+|today's\s+|your\s+)?"
    r"(?:current|same|today's|this|locked)\s+(?:price|rate|pricing)\b"
    # (thirteenth round) a count raised ("seat count to 40"), a unit of theirs set on what they
    # hold ("the standby ship on the same contract", "the Port Isaac school under your account")
    # or said to come on ("if the youth division comes on too")
    r"|\b(?:seat|user|licen[cs]e|site|login)\s+count\s+(?:to|up\s+to)\s+\d"
    r"|\b" + _COUNTED_ANY + r"\s+(?:on|under)\s+(?:your|the\s+same)\s+"
    r"(?:account|contract|agreement|plan)\b"
    r"|\b(?:if|when|once)\s+(?:the\s+|your\s+)?(?:[\w'-]+\s+){0,3}?" + _COUNTED_ANY
    + r"\s+(?:comes?\s+on|"
    r"joins?)\b"
    r"|\b(?:an?\s+)?extension\s+(?:to|through|for|of|into|until)\b|\ban\s+extension\b"
    # a site, region or unit brought on: new, second, remaining or every one of them, a
    # rollout or an expansion, a company-wide licence, a sister company joining
    r"|(?<!\bin\s)\b(?:second|third|another|remaining|other|all|every|whole|entire|full|both|"
    + _ORDINAL_PAST_THIRD + r")\s+(?:\d+\s+)?"
    r"(?:[\w'-]+\s+){0,2}?" + _COUNTED_ANY + r"\b"
    r"|\bexpansion\b|\bpilot\s+(?:for|at|in|of)\s+(?:the|your|an?)\b|"
    # what they hold apart brought under one agreement ("three contracts into one", "both
    # brands on one licence")
    r"\b(?:contracts|agreements|licen[cs]es|subscriptions|plans)\s+(?:into|under|on)\s+"
    r"(?:one|a\s+single)\b|\b(?:on|under|into)\s+(?:one|a\s+single)\s+(?:master\s+)?(?:contract|"
    r"agreement|licen[cs]e|plan|account|invoice)\b|" + _TWO_AS_ONE
    + r"|\b(?:one|a\s+single)\s+(?:shared|joint|group)\s+"
    r"(?:account|plan|contract|licen[cs]e)\b|\bgroup\s+(?:plan|licen[cs]e|account)\b"
    # (thirteenth round) a unit of theirs brought under what they hold ("put the scaffolding yard in
    # Leeds under the same contract", "bringing the studio onto your account"), or added ("adding
    # the glazing workshop", "add the night crew at the depot")
    r"|\b(?:bring|put|add|get|tak|mov)\w*\s+(?:the\s+|your\s+)?(?:[\w'&.-]+\s+){0,6}?(?:on(?:to)?|under|"
    r"into)\s+(?:your|the\s+same)\s+(?:existing\s+|current\s+)?(?:account|contract|agreement|plan|"
    r"licen[cs]e)\b"
    # (fourteenth round) a thing of theirs added to or included in what they hold or what we
    # quote ("add the Leeds smokehouse to the contract", "include the Reno office in the next
    # quote", "added the depot to your plan"), not a part of a document or a person ("add the
    # clause to the contract", "add Jo to the account")
    r"|\b(?:add(?:ed|ing)?|includ(?:e|ed|ing))\s+(?:the|your|a|an|all)\s+(?!(?:[\w-]+\s+)?(?:clauses?|"
    r"language|provisions?|sections?|wording|paragraphs?|terms?|signatures?|notes?|comments?|dates?|"
    r"names?|address|amendments?|exhibits?|schedules?|annex|appendix|invoices?|numbers?|details|"
    r"contacts?|users?\s+(?:to|on)|emails?|login|password|language)\b)(?:[\w'&.-]+\s+){0,5}?"
    r"(?:to|in(?:to)?|on(?:to)?)\s+(?:the|your)\s+(?:existing\s+|current\s+|same\s+|next\s+)?"
    r"(?:contract|agreement|plan|licen[cs]e|quote|subscription)\b"
    r"|\badd(?:ing)?\s+(?:the|your|a|an)\s+(?:[\w'&.-]+\s+){0,3}?" + _COUNTED_ANY + r"\b"
    r"(?!\s+(?:to|on)\s+(?:the\s+)?(?:thread|list|call|invite|cc|loop|email))"
    # a unit of theirs said to come in ("with the Reno branch included", "the new practices in
    # Elko would join at ...")
    r"|\bwith\s+(?:the\s+|your\s+)?(?:[\w'-]+\s+){0,3}?" + _COUNTED_ANY + r"\s+(?:included|added|"
    r"on\s+board|onboard)\b|\b" + _COUNTED_ANY + r"(?:\s+[\w'-]+){0,4}?\s+(?:would|could)\s+"
    r"(?:join|come\s+on(?:\s*board)?)\b(?!\s+(?:the|a|an|our|your|us\s+(?:on|for))\s+(?:[\w-]+\s+)?"
    r"(?:call|meeting|session|webinar|demo|zoom|review|workshop|training))|\b[\w]+-wide\b|\b(?:sister|parent|partner)\s+"
    r"(?:company|companies|organi[sz]ations?|agenc(?:y|ies)|brands?)\b"
)
_OFFER_TERMS = _rx(
    # a price in any currency format, a rate, a share
    r"[$\u20ac\u00a3\u00a5]\s?\d|\b\d[\d,.]*\s?(?:k|usd|eur|gbp|chf|dollars|euros|pounds)\b"
    # (a share of a count is a statistic, not terms: "17 percent of the 90,000 volunteers")
    r"|\b\d[\d,.]*\s*(?:%|percent)(?!\s+of\s+(?:the|their|its|our|all)\b)|\bper\s+(?!(?:cent|se|your|our|the|my|their|his|her|"
    r"request|email|note|call|conversation|policy)\b)[a-z][\w-]*|\b(?:annually|monthly|"
    r"yearly)\b|\ba\s+(?:month|year|seat|user|licen[cs]e)\b"
    # a discount or a rate they would get
    r"|\bdiscount\w*|\breduced\s+(?:rate|price)|\bhalf\s+(?:the\s+)?(?:list\s+)?price\b"
    r"|\bno\s+(?:extra\s+|setup\s+|monthly\s+)?(?:charge|fee|cost)\b|\bon\s+us\b|\bfree\b"
    r"|\bsame\s+(?:setup|set-up|configuration|package|deal)\s+as\b"
    r"|\b(?:same|group|current|academic|early-adopter|discounted|special|introductory|blended|"
    r"list|volume|partner|nonprofit|education)\s+(?:[\w'-]+\s+)?(?:rate|price|pricing|terms|band)\b"
    r"|\b(?:price|pricing|priced|cost|costs|fee|fees|cheaper|savings?|saves?)\b"
    # contract terms: the same or one agreement, co-termed, prorated, an amendment, billed
    r"|\bco-?term\w*|\bpro-?rated\b|\b(?:same|one|single|master)\s+(?:master\s+)?(?:contract|"
    r"agreement|invoice|order|licen[cs]e)\b|\bon\s+(?:your|the)\s+contract\b|\bamendment\b"
    r"|\bbilled\b|\bsame\s+terms\b|\bthrough\s+(?:the\s+end\s+of\s+)?your\s+(?:term|renewal)\b"
    # what it comes to, works out or lands at, what it would add or take
    r"|\b(?:would|will|could)\s+(?:\w+\s+)?(?:come\s+to|cost|total|run|add|be\s+billed|mean|need|"
    r"take|put\s+you|bring|join|land|replace|hold|qualify|cover|give)\b"
    r"|\bcomes?\s+(?:to|with)\b|\bworks?\s+out\b|\blands?\s+(?:at|around)\b|\bruns?\s+[$\d]"
    r"|\bfor\s+an\s+extra\b|\bon\s+top\s+of\b|\bbundled?\b|\bstarts?\s+at\b|\bcovers?\s+(?:up\s+to|"
    r"\d)|\bincludes?\b|\bincluded\b|\badds?\b|\bunlocks?\b|\bgets\s+(?:the|you|your)\b"
    r"|\bqualify\b|\btakes?\s+(?:effect|your)\b|\bgo-?live\b|\blive\s+by\b|\bup\s+to\s+\d"
    # (thirteenth round) the bill moved ("goes from $6,000 to $7,200", "goes up by $1,800",
    # "brings the monthly fee down"), money in other currencies ("Rs 4,200", "DKK 900"), what a
    # step up covers ("covers the two new apprentices", "covers unlimited sale days")
    r"|\b(?:goes|go|going|went)\s+(?:up|down)\b|\bgoes\s+from\s+[$\u20ac\u00a3]?\d|\bbrings?\s+(?:the\s+|your\s+)?"
    r"(?:[\w-]+\s+)?(?:fee|price|bill|cost|rate)\s+(?:down|up)\b"
    r"|\b(?:rs\.?|dkk|sek|nok|inr|aud|cad|nzd|zar|kes|bz\$|gmd|mur|azn)\s?\d"
    r"|\bcovers?\s+(?:the\s+)?(?:two|three|four|all|both|every|unlimited|new)\b"
)
# What they have or did, said of it: no offer ("your 25 seats renew on March 1 at $9,000",
# "we added the module last week"), unless it says more than that ("than what you pay today").
_THEIR_OWN = _rx(
    r"\b(?:renews?|renewed|invoiced|you\s+(?:already\s+)?(?:have|pay|paid|own|bought|purchased|"
    r"ordered|use)|you(?:'re|\s+are)\s+(?:currently\s+)?(?:on|paying|using)|your\s+current\s+"
    r"(?:plan|tier|bill|invoice|licen[cs]e)\s+(?:is|includes|covers|has)|has\s+been\s+"
    r"(?:added|enabled|activated|upgraded)|(?:was|were)\s+(?:added|enabled|upgraded|billed)|"
    r"refund\w*|overdue|outstanding|receipt)\b"
)
_MORE_THAN_NOW = _rx(
    r"\b(?:more|additional|extra|added|new|than|next|higher|upgrad\w*|instead|from\s+[\w-]+\s+to)\b"
)
# A service errand about a thing they have: a problem, a fix, a setup step, a document.
_OFFER_ERRAND = _rx(
    r"\b(?:bug|error|issue|outage|(?<!-)tickets?|fix(?:ed)?(?!\s+(?:price|rate|fee|term|pricing)\b)|broken|password|login|reset|training\s+"
    r"session|webinar|agenda|minutes|recording|checklist|readout|results|findings|"
    r"release\s+notes|maintenance|downtime|steps|how\s+to|instructions|guide)\b"
    # a report of what we did ("I've updated the contact list", "we've attached the forms")
    r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+)?(?:updated|attached|fixed|sent|added|shared|"
    r"uploaded|moved|changed|set\s+up|enabled|resolved)\b"
)
# A subject line that names an offered thing for them: a count of what they would add, a
# growth word or a named tier with it, an add-on for them, one contract for more of them.
_SUBJECT_OFFERED = _rx(
    r"\b\d(?:[\d,]*\d)?\s+(?:more\s+|additional\s+|extra\s+|new\s+)?" + _COUNT_MODS + _COUNTED_ANY
    + r"\b|" + _SEATS_TIMES_N
    # (eighth round) a step up by its rank ("on the higher tier")
    + r"|\b(?:higher|top|bigger|upper)\s+tier\b"
    r"|\b(?:more|additional|extra|second|third|another|remaining|every|all|both|"
    + _ORDINAL_PAST_THIRD + r")\s+(?:\d+\s+)?(?:[\w'-]+\s+){0,2}?" + _COUNTED_ANY + r"\b"
    # (thirteenth round) a step up by its rank or size ("tier two", "one tier up", "the full
    # association tier", "bigger plan", "extra storage"), a plan for more of them ("all-sites
    # licence", "3-site package", "multi-event licence"), licences or seats for a unit of theirs
    # ("Sisimiut crew licences", "Serekunda branch licence"), a licence extended, a unit joining
    # or set under what they hold ("Mahebourg office - joining the plan", "Port Isaac school
    # under your account"), an option to add
    r"|\btier\s+(?:two|three|four|[2-5])\b|\b(?:one|a)\s+tier\s+up\b|\bup\s+a\s+tier\b"
    r"|\bfull\s+(?:[\w'-]+\s+)?tier\b|\b(?:bigger|larger)\s+(?:[\w-]+\s+)?(?:plan|package)\b"
    r"|\b(?:more|extra|additional)\s+(?:[\w-]+\s+)?(?:storage|capacity|quota|coverage)\b"
    r"|\b(?:multi|all|\d+)-(?!(?:year|month|day|week|hour)s?\b)[\w-]+\s+(?:plan|licen[cs]e|package|bundle|"
    r"contract|agreement|tier|deal)\b"
    r"|\b" + _COUNTED_ANY + r"\s+(?:licen[cs]es?|seats?|logins?)\b"
    r"|\b(?:seats|licen[cs]es|logins)\s+for\s+(?:the\s+|your\s+|ur\s+)?(?:[\w'-]+\s+)?"
    + _COUNTED_ANY + r"\b"
    r"|\bextension\s+of\s+(?:the\s+|your\s+)?(?:licen[cs]e|contract|agreement|term|subscription)\b"
    r"|\bjoining\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:plan|contract|account|agreement)\b"
    r"|\bunder\s+(?:your|the\s+same)\s+(?:account|contract|agreement|plan)\b"
    r"|^options?\s+to\s+(?:add|extend|upgrade|bring|include)\b"
    r"|\b" + _TIER_NAME + r"\b|\bnext\s+tier\b|\bon\s+(?:the\s+)?" + _TIER_NAME + r"\b"
    r"|\b[\w-]+-wide\s+(?:licen[cs]e|plan|rollout|agreement|access)\b"
    r"|\b(?:one|a\s+single|master)\s+(?:master\s+)?(?:agreement|contract|licen[cs]e|bundle|invoice)\b"
    r"|\binto\s+one\b|\bon\s+(?:your|the\s+same|one)\s+(?:contract|agreement|plan)\b|" + _TWO_AS_ONE
    + r"|\b(?:annual|multi-year|three-year|two-year)\s+(?:billing|plan|term|terms|agreement)\b"
    r"|\b(?:rate|pricing|price|half\s+price|numbers|quote|proposal|offer)\b"
    r"|^(?:adding|bringing|extending|expanding|co-terming|upgrading|covering|including)\s+"
    r"|^(?:seats|licen[cs]es|users)\s+for\b"
)
# ...an add-on or a capability named for them ("Payments module for Acme", "Acme concierge
# add-on", "Multi-language pack for Acme", "Acme + the member portal").
_SUBJECT_ADDON = _rx(r"\b(?:add-?ons?|modules?|packs?|bundle|suite|package|portal|tier)\b")
# ...or a unit of theirs, a pilot or a trial, when the subject says the rest ("Reno call
# center on your contract", "The Reno pilot: 90 days at half price").
# ...or a move that grows what is theirs, said first ("Extending your contract + SSO",
# "Rolling Acme out company-wide", "Bringing Reno onto the contract", "Extension to Acme's call
# center", "Acme seats top-up: 20 more"); the case of the subject line tells a name.
_SUBJECT_GROW_THEIRS = re.compile(
    r"(?:^|[:\u2013\u2014|/-]\s+)(?:[Aa]dding|[Bb]ringing|(?:[Ee]xtending|[Ee]xpanding)(?:\s+to)?|"
    r"[Rr]olling(?:\s+out\s+to)?|[Ss]caling|[Cc]o-terming|[Mm]oving|[Cc]overing(?:\s+all\s+of)?|"
    r"[Ee]xtension(?:\s+of\s+[\w-]+)?(?:\s+(?:to|for))?)\s+(?:your\b|(?:the\s+)?[A-Z][\w&.'-]*|"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:org|organi[sz]ation)\b|"
    r"(?:the\s+)?(?:contract|plan|account|subscription|agreement|licen[cs]e)\b)"
    # (eighth round) a unit of theirs, named, brought onto what they hold or extended to
    # ("Leeds resort on the group plan", "Reno depot added to the scope", "Boise office joining
    # the contract", "Leeds hangar extension"), or today's price held for longer ("Lock current
    # pricing for three years")
    r"|\b(?!(?:The|A|An|Our|Your|This|That|New|Re)\b)[A-Z][\w&.'-]*\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:on(?:to)?|joining|added\s+to|into)\s+"
    r"(?:(?:the|your)\s+)?(?:[\w-]+\s+)?(?:plan|contract|agreement|scope|licen[cs]e|subscription)\b"
    r"|\b(?!(?:The|A|An|Our|Your|This|That|New|Re)\b)[A-Z][\w&.'-]*\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"extension\b|\brollout\s+(?:numbers|pricing|quote|proposal|costs?|figures)\b"
    r"|^[Ll]ock(?:ing)?\s+(?:in\s+)?(?:your\s+|current\s+|today's\s+)?(?:pricing|rates?|prices?)\b"
    r"|\b(?:top-?up|\d+\s+more)\b(?!\s+(?:days?|weeks?|minutes?|hours?|questions?|pages?)\b)"
    r"|\b[\w]+-wide\b"
)
# ...not a person added to a thread or a list ("Adding Jo to the thread").
_SUBJECT_TO_ERRAND = _rx(
    r"\b(?:to|on|from)\s+(?:the\s+|this\s+)?(?:thread|loop|list|cc|email|chain|channel|invite|"
    r"doc|folder|group(?!\s+(?:plan|rate|contract|licen[cs]e|agreement))|distribution|call|meeting|"
    r"agenda)\b")
_SUBJECT_THING = _rx(r"\b" + _COUNTED + r"\b|\b(?:pilot|trial)\b")


# --- issue 10, seventh round: an open no that never says no, by construction -------------------
# Restraint said of us or of our side, with no time to come back: the will to buy is low
# ("not a lot of enthusiasm internally for more seats", "the appetite for adding anything is
# pretty limited", "our budget owners are lukewarm on it"), we are holding back ("we're in
# belt-tightening mode", "the mood is to sit tight", "finance asked us to hold the line",
# "we're being careful with new commitments", "a general reluctance to expand"), what we have
# is enough ("we have enough licenses", "the current tier suits us fine", "we'll see how it goes
# with what we have"), or our focus is elsewhere ("we're prioritizing other initiatives",
# "other fish to fry", "consolidating, not adding").
_WILL_NOUN = (r"(?:appetite|enthusiasm|push|interest|support|momentum|energy|buy-in|will|drive|"
              r"urgency|demand|need|desire|excitement|traction)")
_RESTRAINT = _rx(
    # (ninth round) keeping what would pay for it held back ("let's keep our powder dry on that
    # one", "we're keeping the chequebook shut", "holding our fire for now")
    r"\b(?:keep|keeping|hold|holding)\s+(?:our|the|my)\s+(?:powder|wallets?|cheque-?books?|"
    r"check-?books?|purse(?:\s+strings)?|money|cash|fire)\s*(?:dry|shut|closed|tight|in\s+(?:our|"
    r"the|my)\s+pockets?|back|for\s+now|$|[.,;!])"
    r"|\b(?:not\s+(?:a\s+(?:lot|ton)\s+of|much|any|enough|really\s+any)|no\s+(?:real\s+|big\s+|strong\s+)?|"
    r"little|limited|low|zero|lukewarm|muted|minimal)\s+(?:[\w-]+\s+)?" + _WILL_NOUN + r"\b"
    r"|\b" + _WILL_NOUN + r"\s+(?:[\w'-]+\s+){0,6}?(?:is|seems|remains|feels|'s)\s+(?:[\w-]+\s+)?"
    r"(?:limited|low|lukewarm|muted|thin|weak|minimal|not\s+there|nil|zero)\b"
    r"|\b(?:general\s+|some\s+|real\s+|a\s+lot\s+of\s+|a\s+bit\s+of\s+)(?:reluctance|hesitation|"
    r"hesitancy|wariness|caution|skepticism|scepticism|resistance)\b"
    r"|\b(?:are|is|'re|been|being|feel|feels|remain|stay)\s+(?:very\s+|pretty\s+|quite\s+|a\s+bit\s+|"
    r"rather\s+|fairly\s+|extra\s+)?(?:cautious|careful|wary|conservative|lukewarm|hesitant|"
    r"reluctant|skeptical|sceptical|guarded|tight-fisted)\b(?=\s*(?:[.!,;]|$)|\s+(?:with|about|on|of|"
    r"toward|towards)\s+(?:new|any|more|spend\w*|commitments?|budgets?|money|vendors?|costs?|"
    r"contracts?|expan\w+|add\w*|grow\w*|anything|it|this|that|the\s+(?:idea|proposal|offer)))"
    r"|\b(?:belt-tightening|cost-cutting|tightening\s+(?:our|the)\s+belts?|wait-and-see|"
    r"sit(?:ting)?\s+tight|hold(?:ing)?\s+the\s+line|stay(?:ing)?\s+the\s+course|"
    r"(?:do|doing)\s+more\s+with\s+less|other\s+fish\s+to\s+fry|keep(?:ing)?\s+our\s+heads\s+down|"
    r"lie\s+low|lying\s+low|batten(?:ing)?\s+down)\b"
    r"|\bkeep(?:ing)?\s+(?:things|it|everything|the\s+(?:setup|footprint|scope))\s+(?:steady|simple|"
    r"lean|small|tight|stable|as\s+(?:is|they\s+are|it\s+is)|where\s+(?:they|it)\s+(?:are|is))\b"
    r"|\b(?:we\s+have|we've\s+got|there\s+are)\s+enough\s+(?:[\w-]+\s+)?(?:seats|licen[cs]es|users|"
    r"capacity|coverage|tools?)\b|\bsuits?\s+us\s+(?:fine|well|just\s+fine)\b|\bhappy\s+enough\s+with\b"
    r"|\bwith\s+what\s+we\s+(?:have|'ve\s+got|already\s+have)\b|\buse\s+what\s+we\s+(?:have|'ve\s+got)\b"
    r"|\bprioriti[sz]\w+\s+other\b|\bother\s+priorities\s+(?:come\s+first|win|take\s+precedence)\b"
    r"|\bconsolidat\w+,?\s+not\s+(?:add|grow|expand)\w*"
    r"|\b(?:pause|freeze|halt|hold\s+off\s+on)\s+(?:any|all)\s+(?:new\s+)?(?:expan\w+|additions?|"
    r"growth|upgrades?|spend\w*)\b"
    r"|\bnot\s+(?:really\s+)?feeling\s+the\s+need\b|\bnot\s+in\s+the\s+(?:plan|budget|roadmap)\b"
    r"|\b(?:doesn't|does\s+not|don't)\s+feel\s+(?:necessary|needed|like\s+the\s+right\s+(?:moment|"
    r"time|step|fit))\b|\ba\s+bit\s+much\s+(?:for\s+us\s+)?to\s+take\s+on\b"
    r"|\bleave\s+(?:it|that|this|things)\s+(?:there|for\s+another\s+(?:time|day))\b"
    r"|\bunlikely\s+in\s+the\s+current\s+(?:environment|climate|market)\b"
)


# --- issue 10, sixth round: deferrals without a postponement verb, as constructions --------
# A move by minutes, hours or a day is a conflict, not a postponement ("can we bump tomorrow's
# sync by 30 minutes?", "push it an hour later").
_SMALL_SHIFT = _rx(
    r"\bby\s+(?:\d+|a|an|one|two|half\s+an?|fifteen|twenty|thirty|forty-five|ten|a\s+few|"
    r"a\s+couple(?:\s+of)?)\s*(?:min\w*|hours?|hrs?|days?)\b|"
    r"\b(?:\d+|an?|one|two|half\s+an?|five|ten|fifteen|twenty|thirty|forty(?:-five)?|ninety|"
    r"a\s+few|a\s+couple(?:\s+of)?)\s*(?:min\w*|hours?|hrs?|days?)\s+(?:later|earlier|back)\b|"
    r"\bsame\s+day\b|\bfrom\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+to\s+\d{1,2}(?::\d\d)?\b"
)
# What we sell, named in a put-off: "nothing new before then", "no additions until June",
# "can't change vendors until March", "the extra licenses then, not before" - the answer to
# an offer (a concrete decline), which the rules of this round leave to the older ones.
_ABOUT_BUYING = _rx(
    r"\b(?:nothing\s+(?:new|else)|no\s+(?:additions?|new\s+\w+)|seats?|licen[cs]es?|vendors?|"
    r"contracts?|expan\w*|deploy\w*|roll-?outs?|upgrad\w*|add-?ons?|modules?|tiers?|purchas\w*|"
    r"signed|buy\w*|"
    r"spend\w*|budget\w*|software|renewal|pricing|quote|proposal|offer)\b"
)
# A busy or blocked state said in other words than _BUSY's: "my plate is overflowing",
# "knee-deep in the migration", "in the weeds with", "spoken for", "no free cycles", "no slack",
# "a lot on", "mid-merger", "crisis mode", "the busiest stretch of our year", "my hands are
# tied", "my calendar's a disaster", "right now is a zoo", "our heads are elsewhere", "our
# attention is on the opening", "we can't give this the time it needs".
_BUSY_MORE = _rx(
    r"\b(?:overflowing|overloaded|knee-deep|waist-deep|in\s+the\s+weeds|out\s+straight|"
    r"spoken\s+for|stacked|crisis\s+mode|firefighting|heads-down|"
    r"(?:no|zero|little)\s+(?:free\s+|spare\s+)?(?:cycles|slack|oxygen|breathing\s+room|"
    r"room\s+to\s+breathe|capacity|bandwidth)|"
    r"(?:capacity|bandwidth)\s+(?:is|'s)\s+(?:near\s+)?(?:zero|nil|the\s+issue|gone|maxed)|"
    r"(?:got|have|had)\s+(?:a\s+lot|lots|so\s+much|too\s+much)\s+on\b|"
    # (fourteenth round) "too many things at once", "too much going on", "too many plates
    # spinning"
    r"too\s+(?:many\s+(?:things|balls|plates|fires|projects)|much)\s+(?:at\s+once|going\s+on|"
    r"on\s+the\s+go|in\s+the\s+air|spinning|on\s+(?:at\s+once|right\s+now))|"
    r"(?:we're|we\s+are|i'm|i\s+am)\s+(?:right\s+)?mid-(?!(?:" + _MONTH + r"|" + _SEASON
    + r"|year|month|week|quarter)\b)[a-z]+|"
    r"busiest\s+(?:stretch|time|period|season|part|weeks?|months?)|"
    r"(?:hands|plate)\s+(?:are|is)\s+(?:\w+\s+)?(?:tied|full|overflowing)|"
    r"head\s+(?:won't|will\s+not|isn't|is\s+not)\s+be\s+above\s+water|above\s+water|"
    r"(?:calendar|schedule|week|month|plate|diary)(?:'s|\s+is)\s+(?:a\s+|an\s+)?(?:disaster|mess|"
    r"zoo|madhouse|nightmare|stacked|overflowing|absurd)|"
    r"(?:now|right\s+now|it|things|this\s+\w+)\s*(?:'s|is|are)\s+(?:a\s+|an\s+)?(?:just\s+)?"
    r"(?:zoo|mess|madhouse|mad\s+rush|circus|whirlwind|lot(?!\s+(?:of|more|better|easier)))\b|"
    r"mad\s+rush|too\s+(?:crazy|hectic|nuts|chaotic)|traveling\s+constantly|"
    r"(?:heads|attention|minds?)\s+(?:are|is)\s+on\s+(?:the|our)\b|"
    r"(?:can't|cannot|can\s+not)\s+give\s+(?:this|it)\s+(?:the\s+)?(?:time|attention|focus)|"
    r"eats?\s+every\s+(?:hour|minute)|no\s+oxygen)"
)
_BUSY_MORE_WORDS = frozenset(
    ["overflowing", "overloaded", "knee", "waist", "weeds", "straight", "spoken", "stacked",
     "crisis", "firefighting", "all", "heads", "cycles", "slack", "oxygen", "breathing",
     "breathe", "capacity", "bandwidth", "lot", "lots", "much", "mid", "busiest", "hands",
     "plate", "water", "disaster", "mess", "zoo", "madhouse", "nightmare", "absurd", "circus",
     "whirlwind", "rush", "crazy", "hectic", "nuts", "chaotic", "traveling", "attention",
     "mind", "minds", "focus", "give", "eat", "eats", "many"]
)
# A later time said to be better, easier or possible: "April would be easier", "the back half
# of February looks a lot calmer", "July feels more doable", "after June is a different story",
# "late March could", "the first week of February should be fine", "in April we'll have more
# room", "my schedule frees up around early summer", "bandwidth opens up in mid-February",
# "I'll be in a better spot", "I'm all yours", "the spring is likelier", "our best bet".
_LATER_BETTER = _rx(
    r"\b(?:(?:would|will|could|should|might|may|'d|'ll|is|'s|are|looks?|feels?|seems?|sounds?)\s+"
    r"(?:be\s+|look\s+|feel\s+)?(?:(?:a\s+)?(?:lot|much|far|way|bit|little)\s+)?(?:better|easier|"
    r"calmer|quieter|freer|likelier|saner|more\s+(?:doable|realistic|likely|feasible|manageable|"
    r"workable|sensible)|doable|feasible|workable)|"
    r"(?:would|will|could|should|might|'d|'ll)\s+(?:be\s+)?(?:fine|ok|okay)|"
    r"(?:would|will|could|should|might)\s+(?:work|suit|do)\b|"
    r"(?:could|might|should)\s*[.!?]*$|"
    r"(?:a\s+)?different\s+story|(?:our|the|my)\s+best\s+bet|"
    r"free(?:s|d)?\s+up|opens?\s+up|calms?\s+down|settles?\s+down|quiets?\s+down|"
    r"more\s+(?:room|time|clarity|headspace|bandwidth|capacity|breathing\s+room)|"
    r"breathing\s+room|all\s+yours|(?:in\s+)?a\s+better\s+(?:spot|place|position|shape)|"
    r"(?:i'm|i\s+am|i'll\s+be|we'll\s+be)\s+freer|"
    r"how\s+does\s+(?:[\w'-]+\s+){1,3}?look)"
)
# A later time that stands alone as the subject or the whole answer: "April would be easier",
# "Realistically, August.", "May is when I'll have breathing room" ("may" needs a capital or a
# month's company, so it is left out here).
_BARE_LATER = _rx(
    r"(?:^|[;:,.!?\u2014\u2013]\s*|\s-\s*|\b(?:and|but|so|honestly|realistically|probably|"
    r"maybe|perhaps|hopefully|say)\s+)(?:the\s+)?(?:early\s+|mid[- ]|late\s+)?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"spring|summer|fall|autumn|q[1-4]|next\s+(?:month|quarter|year))\b(?!\s*\d)"
)
# Nothing before a later time: "not before late April", "nothing before the spring", "nothing
# is possible until late April", "I'm not in a position for this before August", "the earliest
# window on our side is ...", "... at the soonest", "anything earlier is unrealistic".
_NOT_BEFORE = _rx(
    r"\b(?:not|nothing|none|no\s+(?:way|time|room|chance|bandwidth|capacity|availability|window|"
    r"slot|space|point))\s+(?:[\w'-]+\s+){0,5}?(?:before|until|till|prior\s+to)\b|"
    r"\bthe\s+earliest\s+(?:[\w'-]+\s+){0,5}?(?:is|would\s+be|'s)\b|"
    r"\bat\s+the\s+(?:earliest|soonest)\b|\bis\s+(?:probably\s+|likely\s+)?the\s+earliest\b|"
    r"\banything\s+(?:earlier|sooner)\s+is\b"
)
# A vaguer later time than _VAGUE_LATER's: "some other time", "at some later point", "some
# point down the road", "hopefully in April".
_VAGUE_LATER_MORE = _rx(
    r"\b(?:some\s+other\s+time|(?:at\s+)?some\s+(?:later\s+)?point(?:\s+(?:down\s+the\s+"
    r"(?:road|line)|later|after))?|(?:at\s+)?a\s+later\s+point|"
    r"(?:" + _MONTH + r"|" + _SEASON + r")\s*,?\s+hopefully|"
    r"hopefully\s+(?:in\s+|by\s+)?(?:" + _MONTH
    + r"|" + _SEASON + r"))\b"
)
# A present "not now" said in more ways: "not at this moment", "just not now", "now's a bit
# tricky", "it's a lot right now", "bad week".
_NOT_NOW_MORE = _rx(
    r"\b(?:not\s+(?:at\s+(?:this|the)\s+(?:moment|time|point|stage)|at\s+present|right\s+now)|"
    r"just\s+not\s+(?:now|yet|the\s+moment)|isn't\s+the\s+moment|"
    r"(?:now|right\s+now|this\s+(?:week|month|quarter))\s*(?:'s|is)\s+(?:just\s+|a\s+bit\s+|"
    r"pretty\s+|really\s+)?(?:tricky|awkward|messy|hard|a\s+lot|crazy|hectic|busy|not\s+ideal)|"
    r"(?:it's|it\s+is|things\s+are)\s+(?:a\s+lot|too\s+much|crazy|hectic|nuts)\s+(?:right\s+)?now|"
    r"(?:bad|rough|terrible|tough|crazy|mad)\s+(?:week|day|month)\b)"
)
# Declining an invitation for now, by construction: a first person, a verb of staying away
# (skip, pass on, sit out, miss, opt out, bail on, send regrets, hang back, can't make/join/
# attend/fit/commit to), and an invitation's object (an event, a programme, a seat at a table)
# or a "for now" ("this time", "for the time being", "next time").
_STAY_AWAY = _rx(
    r"\b(?:(?:i|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are|'d|\s+would|'ve|\s+have)?\s+(?:have\s+to\s+|need\s+to\s+|"
    r"going\s+to\s+|gonna\s+|better\s+|rather\s+|be\s+)?|(?:have|going|gonna|need)\s+to\s+|"
    r"^(?:will|gonna|going\s+to|have\s+to|had\s+to|must)\s+|(?:the\s+team|we)\s+(?:is|are)\s+"
    r"going\s+to\s+|regretfully\s+i\s+must\s+|sadly\s+we'll\s+be\s+)"
    r"(?:skip\w*|pass\b|passing|sit\w*\s+(?:[\w'-]+\s+){0,3}?out|sit\s+out|"
    r"opt\w*\s+out|bail\w*|send\s+my\s+(?:regrets|apologies)|hang\w*\s+back|hold\w*\s+back|"
    r"stay\w*\s+on\s+the\s+sidelines|bench\w*\s+myself|take\s+(?:a\s+pass|myself\s+off)|"
    r"decline\w*|let\s+(?:this|that)\s+one\s+go|give\s+(?:[\w'-]+\s+){1,3}?a\s+skip|"
    r"absent|a\s+no-show|be\s+a\s+no-show|not\s+(?:be\s+)?(?:joining|attending|sign\w*\s+up)|"
    r"won't\s+be\s+(?:joining|attending)|be\s+skipping|"
    r"a\s+no\s+on)\b"
    r"|\b(?:can'?t|cannot|can\s+not|won't\s+be\s+able\s+to|unable\s+to|not\s+able\s+to)\s+"
    r"(?:make|do|join|attend|fit|squeeze|commit\s+to|swing|participate|take\s+part|come)\b"
    r"|\b(?:won't|will\s+not)\s+(?:be\s+(?:joining|attending)|participate|take\s+part|come)\b"
    r"|\b(?:'ll|will|have\s+to|going\s+to|gonna|need\s+to)\s+(?:have\s+to\s+)?miss\b"
    r"|\bthis\s+one\s+(?:doesn't|does\s+not|won't|isn't\s+going\s+to)\s+(?:work|happen)\s+"
    r"for\s+me\b|\b(?:this|that)\s+one(?:'s|\s+is)\s+a\s+no(?:-go)?\b|\bnot\s+for\s+me\s+this\s+time\b"
    r"|\bschedule\s+won't\s+stretch\s+to\b"
)
_INVITATION = _rx(
    r"\b(?:invite|invitation|dinner|lunch(?:-and-learn)?|breakfast|event|outing|cruise|mixer|party|"
    r"reception|gala|conference|summit|roadshow|retreat|offsite|off-site|meetup|meet-up|panel|"
    r"roundtable|round-table|forum|webinar|workshop|programs?|programmes?|beta|pilot|"
    r"early-access|advisory|council|(?:advisory|customer)\s+board|case\s+study|reference\s+call|golf|happy\s+hour|"
    r"speaking|keynote|tour|open\s+house|user\s+group|session|attendee\s+list|celebration|"
    r"launch\s+party|showcase|expo|trade\s+show|boat)\b"
)
# ...or only for now (enough with any of those verbs but "pass" and "decline", which answer an
# offer as often: "we'll decline for the time being" is an open no)
_FOR_NOW_TAIL = _rx(
    r"\b(?:this|that)\s+(?:one|time|round|cycle|year|occasion|go-?round)\b|\bfor\s+(?:now|the\s+time\s+being|"
    r"the\s+moment)\b|\bat\s+(?:the|this)\s+(?:moment|point)\b|\bright\s+now\b|"
    r"\bnext\s+(?:time|one)\b"
)
_STAY_AWAY_WORDS = frozenset(
    ["skip", "skipping", "pass", "passing", "sit", "sitting", "miss", "missing", "opt", "bail",
     "regrets", "apologies", "hang", "hold", "sidelines", "bench", "take", "decline", "cant",
     "participate", "part", "come", "will",
     "declining", "let", "give", "absent", "no", "joining", "attending", "sign", "make", "do",
     "join", "attend", "fit", "squeeze", "commit", "swing", "stretch", "one", "me"]
)


# --- feature asks: one frame grammar (issue 10, seventh round) ------------------------------
# An ask is a FRAME that wants, expects or asks the vendor for something, followed by its
# OBJECT, any noun phrase the errand vocabulary lets through (markers._thing_at: no errand,
# meeting, document, time, money or person at its head; never a definite one). The frames, by
# what they do (each ends where its object starts):
# - feasibility: "would it be possible to have X", "is it possible to get X", "any chance of X"
# - expectation: "can we expect X", "do you foresee X", "when can we get X", "any plans for X",
#   "any news on X", "what's the timeline for X"
# - want: "we'd like X", "we'd love X", "we really need X", "we miss X", "we're missing X",
#   "we'd be interested in X", "if there were X", "it'd save us hours if there was X"
# - the vendor doing it: "would you consider X", "please consider X", "whether you'll ever do
#   X", "whether you support X"
# - pressing: "push for X", "more requests for X", "a few asks ..., first being X"
# - others have it: "a competitor that does X", "our competitors' guests get X", "a tool that
#   does X"
# - its absence costs: "without X we can't", "what X would do", "hack X together"
# So a new writer's combination of a known frame with a thing nobody named before is covered
# by construction; the frame alone never is (its object decides), and a negation just before
# the frame undoes it ("we don't need X").
_ASK_FRAME_OBJECT = _rx(
    r"\b(?:"
    # feasibility
    r"(?:would|will|is|could)\s+it\s+(?:ever\s+|at\s+all\s+|technically\s+|even\s+)?be\s+"
    r"(?:possible|feasible|doable|an\s+option)\s+(?:for\s+(?:us|you)\s+)?to\s+(?:have|get|see|add|"
    r"offer|build|enable)"
    r"|is\s+it\s+(?:ever\s+|at\s+all\s+|technically\s+)?possible\s+to\s+(?:have|get|add)"
    r"|(?:any|is\s+there\s+(?:any|a|some))\s+(?:chance|hope|possibility|likelihood)\s+(?:of|for)"
    r"(?:\s+(?:getting|having|seeing|adding))?"
    # expectation
    r"|(?:can|could|should|may|might)\s+we\s+(?:ever\s+|still\s+|realistically\s+)?(?:expect|"
    r"hope\s+for|count\s+on|look\s+forward\s+to|anticipate)"
    r"|(?:do|does|did)\s+(?:you|your\s+team|the\s+team|y'all|you\s+guys|you\s+all)\s+(?:foresee|"
    r"anticipate|envision|expect)"
    r"|when\s+(?:will|can|could|might|should)\s+we\s+(?:expect|get|see|have)"
    r"|(?:any|what\s+are\s+(?:the|your)|what's\s+the|what\s+is\s+the)\s+(?:plans?|timeline|eta|"
    r"roadmap|news|word|thinking)\s+(?:for|on|about|regarding)"
    # want
    r"|(?:we|i)(?:'d|\s+would)\s+(?:really\s+|still\s+|also\s+|absolutely\s+|definitely\s+)?"
    r"(?:like|love|want|prefer)"
    r"|(?:we|i)\s+(?:really\s+|still\s+|also\s+|badly\s+|desperately\s+|definitely\s+)?(?:need|"
    r"miss|require)"
    r"|(?:we're|we\s+are|i'm|i\s+am)\s+(?:still\s+|really\s+)?(?:missing|lacking|hoping\s+for|"
    r"counting\s+on)"
    r"|(?:we|i)(?:'d|\s+would)\s+be\s+(?:very\s+|really\s+|so\s+)?(?:interested|keen)\s+in"
    r"|if\s+there\s+(?:were|was|existed)"
    r"|(?:help|save\s+[\w\s']{1,30}?)\s+if\s+there\s+(?:were|was)"
    # the vendor doing it
    r"|(?:would|could|will)\s+(?:you|your\s+team|the\s+team|your\s+(?:devs|developers|"
    r"engineers|product\s+team))\s+(?:ever\s+|please\s+|possibly\s+)?consider"
    r"|please\s+consider"
    r"|(?:whether|if)\s+you(?:'ll|\s+will|\s+would)?\s+(?:ever\s+)?(?:do|support|offer|build|add)"
    # pressing
    r"|push(?:ing)?\s+again\s+for|(?:asked|asks|wants?)\s+(?:me|us)\s+to\s+push\s+for"
    r"|(?:more|many|lots\s+of|several|a\s+few|repeated)\s+requests\s+for"
    r"|asks?\s+for\s+the\s+product\s+team,?\s+(?:first|the\s+first|top)\s+(?:being|is|one\s+being)"
    # others have it
    r"|(?:competitors?|competitors'|another\s+tool|other\s+tools|other\s+vendors?|a\s+tool)"
    r"(?:\s+[\w'-]+){0,2}?\s+(?:that\s+)?(?:has|have|get|gets|offers?|does|do)"
    r")\s+"
)
# Objects no capability starts with: a quantity ("more teachers", "as many sponsors", "one
# survey"), someone's ("yours"), an action ("closing this year"), people ("a leader who",
# "members to volunteer").
_FRAME_NOT_OBJECT = _rx(
    r"^\s*(?:(?:more|some\s+more|as\s+many|one|yours|mine|another|enough|plenty)\b"
    r"|[a-z]+ing\s+(?:this|that|these|those|the|a|an|it|them|us|our|your|their|his|her|some|any)\b"
    r"|(?:an?\s+|some\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:leaders?|teachers?|members?|sponsors?|"
    r"officials?|volunteers?|people|staff|someone|somebody|candidates?|speakers?|attendees?|"
    r"employees?|guests?|partners?)\b)"
)
# Its absence costs: the object inside the frame ("without X we can't", "what X would do").
_FRAME_COST = _rx(
    r"^without\s+(?P<a>.+?)\s+(?:we|i|our|the\s+\w+)\s+(?:can't|cannot|couldn't|won't|have\s+to|"
    r"are\s+stuck)"
    r"|\bwhat\s+(?P<b>.+?)\s+would\s+do\b"
    r"|\bhack\s+(?P<c>.+?)\s+together\b"
)
# A question about what already exists, how to use it, or the logistics of the work: it seeks an
# answer and asks for nothing to be built, whatever capability it names ("how does the system
# handle daylight saving time?", "can I give someone read-only access?", "is there a template
# for the quarterly report?", "the scanner we use is the Zebra DS2208; is that supported?", "is
# there an API rate limit we should design around?", "is the maintenance on Sunday still on?",
# "does the uploader take files with commas as decimals?").
_LOOKUP_Q = _rx(
    r"\bhow\s+(?:does|do|will|would)\s+(?:the|your|it|this|that)\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:handle|treat|deal\s+with|calculate|count|decide|pick|choose|sort|order|round)\b"
    r"|(?:^|[,;:]\s*|\b(?:so|and|but|also)\s+)(?:can|could|how\s+do|how\s+can)\s+i\s+(?:give|set|"
    r"change|edit|add|remove|delete|rename|share|export|download|upload|restrict|limit|see|view|"
    r"find|invite|grant|assign|turn|reset|undo|merge|move|copy|make)\b"
    # (fourteenth round) where they do it themselves, after what they want: "the graders want
    # a separate category, so where do I create a new grade in the settings"
    r"|(?:[,;:]\s*|\b(?:so|and|but|also)\s+)where\s+(?:do|can|should)\s+(?:i|we)\s+(?:create|add|"
    r"set\s+up|set|make|change|edit|define|configure|enter|put)\b"
    # (fourteenth round) a routine step their own device or setup needs: "does the barcode
    # scanner need pairing again for that?", "do the tablets need updating?"
    r"|\b(?:does|do|will|would)\s+(?:the|our|my|these|those)\s+(?:[\w'-]+\s+){0,3}?need\s+"
    r"(?:to\s+be\s+)?(?:re-?)?[a-z]+(?:ing|ed)\s+(?:again|first|afterwards|each\s+time|every\s+time|"
    r"for\s+(?:that|this|it))\b"
    r"|\bis\s+there\s+(?:an?|any)\s+(?:[\w'-]+\s+){0,2}?(?:shortcut|template|setting|toggle|"
    r"limit|quota|cap|maximum|minimum|default)s?\b(?!\s+(?:to|that|which)\s+(?:let|lets|allow|"
    r"allows|would|could)\b)"
    r"|\b(?:we|i)\s+(?:use|have|run|are\s+on|'re\s+on|are\s+using|'re\s+using)\b[^?]{0,80}?\b"
    r"(?:is|are)\s+(?:that|this|it|those|these)\s+(?:model\s+|version\s+|one\s+)?(?:supported|"
    r"compatible)\s*\?"
    r"|\b(?:does|do|will|can|would)\s+(?:the|your|it)\b(?:\s+[\w'-]+){0,2}?\s+(?:accept|take|read|"
    r"open|recogni[sz]e)\s+(?:[\w'-]+\s+){0,3}?(?:files?|formats?|attachments?|csvs?|spreadsheets?|"
    r"characters|dates?|decimals?|delimiters?|encodings?|commas|semicolons)\b"
    r"|\b(?:design|plan|build|work)\s+around\b"
    r"|\b(?:the|scheduled|planned)\s+maintenance\s+(?:on|at|this|next|tonight|window|is|was|will)\b"
)
# More of what exists or is theirs (issue 10, eighth round): a way to do a routine thing with
# their own account or files ("is there a way to reset my password", "a better way to send it
# than the portal"), what their plan includes ("is the mobile app included in our subscription
# or a separate charge?", "email only on our tier?"), their contract or paperwork ("can you
# confirm whether our contract renews automatically"), a compliance document ("a SOC 2 report
# in the trust portal").
_LOOKUP_OWN = _rx(
    r"\bis\s+there\s+(?:an?|any)\s+(?:better\s+|easy\s+|easier\s+|quick\s+|simple\s+|faster\s+)?"
    r"way\s+(?:for\s+(?:me|us)\s+)?to\s+(?:reset|recover|change|update|upload|bulk-upload|"
    r"download|send|share|print|cancel|delete|remove|transfer|restore|undo|log\s+in|sign\s+in|"
    r"unlock|re-?send|get\s+(?:a\s+)?copy)\b"
    r"|\b(?:included|covered)\s+(?:in|by|under|with)\s+(?:our|my|the)\s+(?:[\w'-]+\s+)?"
    r"(?:subscription|plan|tier|licen[cs]e|contract|package|edition|agreement)\b"
    r"|\bor\s+(?:is\s+(?:it|that)\s+)?(?:a\s+)?(?:separate|extra|additional)\s+(?:charge|cost|fee|"
    r"line\s+item)"
    r"|\bonly\s+on\s+our\s+(?:current\s+)?(?:tier|plan|subscription|edition|licen[cs]e)\b"
    r"|\b(?:confirm|check|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+(?:whether|if|when|that|how)"
    r"\s+(?:our|my|the)\s+(?:[\w'-]+\s+)?(?:contract|agreement|subscription|licen[cs]es?|"
    r"renewal|invoice|order|po|dpa|msa|sow|payment|account|term)\b"
    r"|\b(?:soc\s*(?:1|2|ii)|iso\s*\d{4,5}|pen(?:etration)?\s*test|w-?9|certificate\s+of\s+"
    r"insurance|security\s+questionnaire)\b(?=.*\b(?:latest|current|copy|send|share|attach\w*|"
    r"download|find|where|portal)\b)"
)
# A yes to our offer that says "add it" ("great, please add the module from the 1st", "yes,
# the API package makes sense, please add it"): what is added is ours, offered.
_ADD_IT = _rx(
    r"^(?:[^.?!]{0,80}?[,.;!]\s*)?(?:please\s+)?(?:go\s+ahead\s+and\s+)?add\s+(?:it|them|that|"
    r"those|(?:the|those|these)\s+(?:[\w'-]+\s+){0,2}?(?:module|seats?|licen[cs]es?|users?|"
    r"add-?on|package|pack|tier|bundle|option|upgrade))(?:\s+(?:from|starting|as\s+of|on|at|"
    r"to\s+(?:our|the|my)\s+[\w'-]+|please|now|too|as\s+well)\b[^?]*)?[.!]*\s*$"
)
# A product or service customers connect to, named alone: "Looker?", "and Snowflake?", "any
# news on the Looker thing?", "what about the BigQuery connector?" ask about an integration with
# no verb of wanting. Only names that are no ordinary English word or meeting tool (never
# "Zoom?", "Teams?", "Box?", "Square?": a meeting or a word as often as a product).
_PRODUCT_NAME = (
    r"(?:looker|tableau|power\s*bi|qlik|snowflake|bigquery|redshift|databricks|mixpanel|"
    r"amplitude|intercom|freshdesk|servicenow|confluence|jira|asana|clickup|trello|airtable|"
    r"smartsheet|github|gitlab|bitbucket|salesforce|hubspot|pipedrive|zoho|netsuite|sap|workday|"
    r"bamboohr|rippling|gusto|greenhouse|xero|quickbooks|stripe|paypal|shopify|magento|"
    r"woocommerce|bigcommerce|klaviyo|mailchimp|marketo|pardot|sendgrid|twilio|zendesk|okta|"
    r"auth0|onelogin|azure\s+ad|sharepoint|onedrive|dropbox|docusign|zapier|workato|yardi|"
    r"procore|autocad|revit|dealertrack|epic\s+emr|cerner|kareo|athenahealth|ms\s+dynamics|"
    r"dynamics\s+365|google\s+(?:sheets|drive|workspace|classroom|bigquery)|sage\s+intacct)"
)
_NAME_ASK = _rx(
    r"^(?:(?:and|so|also|oh|hey|btw|ps|p\.s\.)[\s,]+)?(?:[\w' ]{1,20}\s+(?:-|\u2014|\u2013|:)\s+)?"
    r"(?:(?:what|how)\s+about\s+|any\s+(?:news|update|updates|word|progress|movement)\s+(?:on|"
    r"about|re|with)\s+)?(?:the\s+)?" + _PRODUCT_NAME
    + r"(?:\s+(?:integration|connector|sync|thing|piece|plugin|plug-in|app|export|import|feed|"
    r"support|request|idea|bit|stuff))?\s*(?:\?+|\.\.\.|\?!)\s*$"
)

# --- feature asks: the thing asked about by where it is (issue 10, eighth round) ----------------
# A new writer names the thing in words no list holds ("SPC charts", "HL7 messages") and asks
# about it with a predicate of arrival, status, need or absence. Each construction below
# captures the noun phrase (group "np" or the match's end) and markers._named_thing tests it
# (markers._thing_at: no errand, meeting, document, time, money or person at its head; a
# definite one only when it names a part of the product; one bare word only a product word):
# - arrival, asked or relayed: "when does X land", "when is X dropping", "reckon X will turn up
#   this year", "whether X might appear before the show", "check if X coming soon", "whether X
#   forms part of the roadmap", "would there be X at some stage";
# - status: "any joy on X", "where are we on X", "where does X stand", "the status of X",
#   "a view on X", "X and where it stands", "re X timing";
# - need with a team as the subject: "the ops team needs X", "site ops at the pit need X",
#   "our planning office requires X", "editorial would love X", "we would need X", "we are
#   needing X", "our requirements include X";
# - required: "X is blocking our go-live", "X is mandatory", "flagged X as must-have", "list X
#   as required", "X is the only thing stopping them";
# - relayed capability: "asked whether X will support AIS data", "wonders if X might stretch
#   to TIFFs", "asked whether you can do X";
# - counterfactual: "should X become available", "were X on offer", "if X existed", "if only it
#   did X";
# - imperative: "please prioritise X", "build X and", "add X to your list", "put us down for
#   the X beta";
# - the thing then "when": "X for the crewing module - when?", "X, yes or no, and roughly
#   when?", "X for Hamburg, timing TBC?".
_ARRIVE = (
    r"(?:land|ship|arrive|drop|launch|appear|happen|materiali[sz]e|turn\s+up|show\s+up|"
    r"come\s+(?:out|through|online|along)|go\s+live|make\s+it|"
    r"be\s+(?:ready|available|out|live|released|expected|switched\s+on|turned\s+on|enabled|"
    r"made\s+available|added|possible|supported|offered|in\s+place))"
)
_ARRIVING = (
    r"(?:coming|comming|landing|shipping|dropping|arriving|launching|happening|expected|"
    r"scheduled|planned|foreseen|forecast|slated|targeted|out\s+yet|available\s+yet)"
)
_ARRIVAL_Q = _rx(
    r"\bw(?:h)?en(?:'s|\s+(?:does|do|did|will|would|might|could|should|is|are))\s+"
    r"(?!(?:you|we|they|i)\s)(?P<np>.{3,80}?)\s+"
    r"(?:" + _ARRIVE + r"|" + _ARRIVING + r")\b"
    r"|(?:^(?!(?:do|does|did|is|are|can|could|would|will|i|we|you|so|and|but)\b)|\b(?:think|"
    r"reckon|guess|suppose|whether|if|odds|chances?)\s+(?:that\s+)?)"
    r"(?P<np2>.{3,80}?)\s+(?:will|'ll|would|could|can|might|may|is\s+going\s+to|is\s+likely\s+to)\s+"
    r"(?:ever\s+|actually\s+|still\s+)?" + _ARRIVE + r"\b"
    r"|\b(?:whether|if)\s+(?P<np3>.{3,80}?)\s+(?:(?:is|are|will\s+be)\s+(?:still\s+|already\s+)?"
    r"(?:coming|comming|happening|planned|scheduled|part\s+of\s+(?:the|your)|(?:on|in)\s+(?:the|"
    r"your)\s+(?:roadmap|plans?|pipeline|backlog))|forms?\s+part\s+of|comm?ing\s+(?:soon|or\s+"
    r"not))\b"
    r"|\bwould\s+there\s+(?:ever\s+)?be\s+(?P<np4>.{3,80}?)\s+(?:\w+\s+){0,4}?(?:at\s+some\s+"
    r"(?:stage|point)|in\s+(?:the\s+)?future|eventually|down\s+the\s+(?:line|road)|one\s+day|"
    r"soon)\b"
    r"|\b(?:can|could|will|would)\s+(?P<np5>.{3,80}?)\s+(?:be\s+)?(?:in|part\s+of|included\s+in|"
    r"make\s+it\s+into)\s+(?:it|that\s+one|the\s+(?:next|coming|upcoming|following)\s+(?:release|"
    r"update|version|build|sprint|drop))\s*\?"
    # ninth round: the modal first ("will X ever land", "might X be added for heavy users",
    # "could X come to the tablet app", "would X be on the table if we committed"), after a
    # label ("honest question - will X ever land"); the odds of its arrival ("what are the
    # odds of X landing before our peak season"); the vendor planning it ("have you got X
    # planned", "does your team have X planned", "do your devs have X on their board", "do you
    # plan X").
    r"|^(?:[^:?]{1,40}(?::|\s-)\s*)?(?:so\s+|and\s+|but\s+)?(?:will|would|could|might|may|can)\s+"
    r"(?P<np6>.{3,80}?)\s+(?:ever\s+|actually\s+|still\s+|soon\s+)?(?:" + _ARRIVE + r"|"
    r"come\s+to\s+(?:the|our|your)|be\s+on\s+the\s+table)\b"
    r"|\b(?:odds|chances?|likelihood)\s+(?:of|on)\s+(?P<np7>.{3,80}?)\s+(?:landing|shipping|"
    r"arriving|launching|happening|coming|being\s+(?:ready|available|released|added|built))\b"
    r"|\b(?:have|has|do|does)\s+(?:you|your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|engineers|"
    r"product\s+(?:team|people|folks)|folks|people|side))\s+(?:guys\s+)?(?:got\s+|have\s+)?"
    r"(?P<np8>.{3,80}?)\s+(?:planned|scheduled|lined\s+up|on\s+(?:the|your|their)\s+(?:board|"
    r"roadmap|radar|backlog))\b"
    r"|^(?:and\s+|so\s+|but\s+)?do\s+you\s+(?:guys\s+)?plan\s+(?!to\b|on\b|for\b)(?P<np9>.{3,80}?)"
    r"\s*(?:\?|$|for\b|this\b|next\b|in\b)"
    r"|\b(?:whether|if)\s+(?P<np10>.{3,80}?)\s+(?:made|makes|will\s+make|has\s+made)\s+(?:the\s+cut|"
    r"it\s+(?:into|onto))\b"
    # (thirteenth round) the auxiliary dropped: "when X coming?", "brah when X landing?"
    r"|(?:^|\s)when\s+(?!(?:you|we|they|i|it|is|are|was|were|do|does|did|will|would|can|could|"
    r"should|the\s+(?:meeting|call))\b)(?P<np11>[^,;:?]{3,80}?)\s+(?:coming|landing|shipping|"
    r"dropping|arriving|launching)\s*\?"
)
# Asked with a question mark: "is X happening?", "is X a thing yet or still vapourware".
_IS_IT_COMING = _rx(
    r"^(?:[^:]{1,40}:\s*)?(?:so\s+|and\s+|but\s+)?(?:is|are)\s+(?:there\s+)?(?P<np>.{3,80}?)\s+(?:still\s+|"
    r"actually\s+|really\s+)?(?:happening|coming|comming|dropping|landing|shipping|a\s+thing\s+"
    r"yet|on\s+(?:the|its)\s+way|a\s+(?:this|next)[- ](?:year|quarter)\s+thing|(?:going|likely|"
    r"expected|set|due|planned)\s+to\s+(?:come|work|land|ship|arrive|happen|make\s+it|be\s+"
    r"(?:supported|added|available|released|ready|included|offered)))\b"
)
_STATUS_ON = _rx(
    r"\b(?:any\s+(?:joy|luck|news|updates?|word|progress|movement|timeline|eta|dates?|forecast|"
    r"visibility|traction)|(?:the|a|an|some|your)\s+(?:(?:roadmap|latest|current|tentative|"
    r"rough|expected|target|delivery|release|planned)\s+)?(?:status|timeline|timing|eta|forecast|view|"
    r"steer|position|stance|roadmap|date|availability)|where\s+(?:are|is)\s+(?:we|you|things)(?:\s+at)?|"
    r"quick\s+q(?:uestion)?|how\s+likely\s+is|"
    r"need\s+to\s+know(?:\s+more)?|(?:asking|asked|enquiring|"
    r"inquiring|chasing)(?=[^?]*\b(?:date|eta|timeline|timeframe|when)\b))\s+(?:on|"
    r"re|regarding|about|for|of|around|as\s+to|with)\s+"
    r"|\bwhere\s+(?:does|do|is|are)\s+(?P<np>.{3,60}?)\s+(?:stand|sit|at)\b"
    # ninth round: "how likely is X in the next six months", "is it realistic to expect X this
    # year", "is anybody building X", "is your team working on X"
    r"|\bhow\s+likely\s+is\s+(?=\S)|\b(?:realistic|reasonable|fair|safe)\s+to\s+expect\s+"
    r"|\b(?:is|are)\s+(?:anybody|anyone|someone|somebody|your\s+(?:[\w'-]+\s+)?(?:team|devs|"
    r"developers|engineers|folks|people)|you(?:\s+guys)?)\s+(?:actually\s+|already\s+|currently\s+)?"
    r"(?:building|developing|working\s+on|scoping|designing)\s+"
)
_STATUS_AFTER = _rx(
    r"^(?:[^:]{1,40}:\s*)?(?P<np>.{3,80}?)\s+and\s+where\s+(?:it|that|this|they)\s+(?:stands|"
    r"sits|is)\b"
    r"|\bre\s+(?P<np2>.{3,80}?)\s+(?:timing|eta|status|roadmap)\s*[?.!]*$"
)
_TEAM = (
    r"(?:(?:our|the|my)\s+)?(?:[\w'-]+\s+){0,3}?(?:team|teams|group|office|department|dept|ops|"
    r"operations|desk|crew|staff|unit|division|shop|plant|site|lab|board|committee|council|"
    r"management|leadership|editorial|services|finance|legal|it|hr|compliance|procurement|"
    r"security|records|engineering|maintenance|planning|dispatch|logistics|folks|people|users|"
    r"partners|members|manager|director|lead|head|supervisor|officer|chief|boss|owner|cfo|ceo|"
    r"coo|cto|cio|vp|nurses|chefs|cooks|vets|doctors|pilots|captains|crews|techs|reps|leads|"
    r"admins|clients|agents|residents|students|accountants|consultants|assistants|"
    r"tenants|parents|patients|(?!(?:numbers|orders|papers|letters|folders|headers|filters|"
    r"servers|computers|printers|meters|chapters|parameters|containers|markers|trailers|"
    r"covers|others|offers|transfers|answers|vendors|factors|errors|monitors|sensors|"
    r"indicators|colors|colours|doors|floors|visitors|attendees|invitees)\b)"
    r"[a-z]+(?:ers|ors|ists|ians|ees))"
    r"(?:\s+(?:at|in|on|for)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
)
_TEAM_NEEDS = _rx(
    r"^(?:(?:heads\s+up|fyi|so|also|and|honestly|btw|note)[,:]?\s+)?" + _TEAM + r"\s+"
    r"(?:really\s+|also\s+|still\s+|urgently\s+|badly\s+|definitely\s+|absolutely\s+)?"
    r"(?:needs?|requires?|wants?|(?:would|'d)\s+(?:really\s+|also\s+)?(?:like|love|need|want)|"
    r"(?:is|are)\s+needing)\s+"
    r"|\b(?:we|i)(?:'d|\s+would)\s+(?:really\s+|also\s+|still\s+)?(?:need|require)\s+"
    r"|\b(?:we|i)(?:'re|\s+are|'m|\s+am)\s+(?:really\s+|also\s+)?(?:needing|requiring)\s+"
    r"|\b(?:we|i)(?:'re|\s+are|'m|\s+am)\s+having\s+(?:a\s+)?requirement\s+(?:of|for)\s+"
    r"|\b(?:our|the)\s+(?:[\w'-]+\s+)?requirements?\s+(?:includes?|is|are|lists?)\s+"
    r"|\bis\s+(?:it\s+)?possible\s+to\s+have\s+"
    r"|\b(?:still\s+)?dreaming\s+(?:of|about)\s+"
    r"|\bdo\s+you\s+(?:already|currently|now)\s+(?:have|offer|support)\s+"
    r"|\bwould\s+(?:it\s+)?be\s+(?:an?\s+)?(?:[\w'-]+\s+)?(?:faff|hassle|pain|stretch|big\s+deal|"
    r"lot\s+of\s+work)\s+to\s+(?:add|build|support|offer|get)\s+"
)
_REQUIRED = _rx(
    r"\s+(?:is|are|remains|has\s+become)\s+(?:now\s+|absolutely\s+|really\s+)?(?:blocking|"
    r"mandatory|required|a\s+must(?:-have)?|must-have|a\s+(?:hard\s+)?(?:requirement|"
    r"blocker|prerequisite)|a\s+deal-?breaker|the\s+(?:only|one|last)\s+thing\s+(?:stopping|"
    r"holding|blocking|keeping)|holding\s+us\s+(?:up|back)|non-negotiable)\b"
)
_FLAGGED_AS = _rx(
    r"\b(?:flagged|listed|lists?|marked|named|ranked|put)\s+(?P<np>.{3,60}?)\s+as\s+(?:an?\s+)?"
    r"(?:must-have|must\s+have|required|mandatory|requirement|critical|essential|top\s+priority|"
    r"blocker|blocking|priority)\b"
)
_RELAYED = _rx(
    r"\b(?:asked|asking|asks|ask|wonders?|wondering|wanted\s+to\s+know|wants\s+to\s+know|curious)"
    r"(?:\s*,\s*[\w\s]{1,25},)?\s+(?:me\s+|us\s+)?(?:whether|if)\s+(?P<np>.{3,80}?)\s+(?:will|"
    r"would|could|can|might|may)\s+(?:ever\s+|also\s+)?(?:support|include|handle|stretch|work|"
    r"cover|read|connect|sync|integrate|export|import|show|cope|take|accept|allow|let|be\s+"
    r"(?:extended|used|switched|turned|made))\b"
    r"|\b(?:asked|asking|asks|wonders?|wondering|curious)\s+(?:me\s+|us\s+)?(?:whether|if)\s+"
    r"you(?:\s+guys)?\s+(?:can|could|will|would|'ll)\s+(?:ever\s+)?(?:do|support|offer|build|"
    r"add|provide|have)\s+"
)
_COUNTERFACTUAL = _rx(
    r"^(?:and\s+|but\s+|honestly,?\s+)?should\s+(?P<np>.{3,80}?)\s+(?:ever\s+)?(?:become|be)\s+"
    r"(?:available|possible|supported|an\s+option|a\s+reality|part\s+of)"
    r"|^(?:and\s+|but\s+)?were\s+(?P<np2>.{3,80}?)\s+(?:on\s+offer|available|possible|supported|"
    r"an\s+option|included)\b"
    r"|\bif\s+(?P<np3>.{3,80}?)\s+(?:existed|were\s+there|was\s+there|became\s+available|"
    r"were\s+on\s+offer)\b"
    r"|^(?:[\w'-]+,?\s+)?if\s+only\s+(?:it|the\s+[\w'-]+|your\s+[\w'-]+)\s+(?:did|had|supported|"
    r"offered|could\s+do)\s+"
)
_BUILD_IT = _rx(
    r"^(?:please|pls|plz|kindly)\s+(?:do\s+)?(?:prioriti[sz]e|build|develop|implement|"
    r"fast-?track|expedite|bring\s+(?:us\s+)?)\s+"
    r"|^(?:prioriti[sz]e|build|develop|implement|fast-?track)\s+(?P<np3>.{3,80}?)\s+and\s+(?:i|we|"
    r"you'll|our)\b"
    r"|^(?:(?:please|pls|plz|kindly)\s+)?add\s+(?P<np>.{3,80}?)\s+to\s+(?:your|the|whatever|"
    r"any)\s+(?:[\w'-]+\s+){0,2}?(?:list|roadmap|backlog|wish\s*list|queue|board)\b"
    r"|\bput\s+us\s+(?:down\s+)?(?:for|on)\s+(?:the|a|your|any)\s+(?P<np2>.{3,60}?)\s+(?:beta|"
    r"pilot|waitlist|wait\s+list|early[- ]access)\b"
)
_THEN_WHEN = _rx(
    r"^(?:[\w' ]{1,25}:\s*)?(?P<np>.{3,80}?)(?:\s*[-\u2013\u2014,]\s*|\s+)(?:(?:yes\s+or\s+no|"
    r"any\s+(?:news|eta|timeline))\s*,?\s*)?(?:and\s+)?(?:roughly\s+|realistically\s+)?"
    r"(?:when|eta|timing(?:\s+(?:tbc|tbd|confirmed))?)\s*\?+\s*$"
)
# The thing alone, then "please" or a question mark ("A HubSpot sync, please.", "calendar sync
# with Google Workspace pls, team asking again", "not to be annoying but a Xero link??"): an
# order or a question with no verb; markers._thing_please judges the noun phrase.
_THING_PLEASE = _rx(
    r"^(?:[\w' ]{1,25}:\s*)?(?:(?:not\s+to\s+(?:be\s+annoying|nag|chase)|sorry\s+to\s+(?:nag|"
    r"chase))\s*,?\s*but\s+)?(?P<np>[^,.;:!?]{3,70}?)(?:\s*,?\s+(?:please|pls|plz)(?:\s*[.!]*$|"
    r"\s*,)|\s*\?+(?:\s+(?:please|pls|plz))?[.!]*$)"
)
# What a thing named without a verb must end in to be a capability rather than a deliverable
# ("a John Deere link", "calendar sync with Google", "an offline mode"; not "an API key", "a
# CSV export of last month", "a template"): its head, the last word before its first
# preposition.
_CAPABILITY_HEAD = _rx(
    r"(?:sync|syncing|feed|interface|integration|connector|link|api|plug-?in|add-?on|bot|portal|"
    r"module|mode|app|dashboards?|alerts?|reminders?|sandbox(?:es)?|workflows?|tracking|support|"
    r"sso|scim|provisioning|allow-?listing|whitelisting|single\s+sign-on)$"
)
# The missing thing as the complaint ("the lack of X is what people complain about most",
# "not having X is our single biggest gap").
_LACK_OF = _rx(
    r"(?:\b(?:the\s+)?(?:lack|absence)\s+of|^(?:but\s+|and\s+|honestly,?\s+)?(?:missing|not\s+having))"
    r"\s+(?P<np>.{3,60}?)\s+(?:is|remains|has\s+been)\s+"
    # (thirteenth round) "missing X is hurting adoption", "not having X is costing us deals"
    r"(?:(?:really\s+|seriously\s+|actively\s+)?(?:hurting|costing|killing|blocking|holding\s+back|"
    r"slowing|hampering|limiting|stalling)\b|what\s+(?:[\w'-]+\s+){0,3}?(?:complain|moan|grumble|ask|nag)|(?:the|our)\s+(?:single\s+)?"
    r"(?:biggest|main|number\s+one|#1|top|largest)\s+(?:complaint|gap|pain(?:\s+point)?|gripe|"
    r"frustration|headache|blocker))"
)
# The short question after a sentence that named the thing ("Other vendors had X. Is it on
# yours?", "The process group needs X. Any timeline?", "The bulk export. Any news?").
_FOLLOW_UP = _rx(
    r"^(?:so\s+|and\s+|but\s+)?(?:(?:do\s+you|does\s+yours|will\s+yours|possible|(?:roughly\s+)?when|"
    r"still\s+true|what(?:'s|\s+is)\s+realistic|where\s+do\s+you\s+stand|doable|feasible|"
    r"realistic|likely|(?:is|are)\s+(?:it|that|this|they))\s*\?"
    r"|(?:any\s+(?:timeline|eta|forecast|idea\s+when|date|plans?|news|joy|word|chance)"
    # (fourteenth round) feasibility by a date, the thing made, its arrival still awaited:
    # "possible this year?", "can it be done?", "can it be ready in time?", "still coming?"
    r"|(?:possible|doable|feasible|realistic|achievable)\s+(?:this|next|by|before|within|soon|"
    r"anytime|in\s+(?:time|q\d|\d{4}|the\s+next))"
    r"|(?:can|could|will)\s+(?:it|that|this)\s+be\s+(?:done|ready|built|added|delivered|made)"
    r"|(?:(?:is|are)\s+(?:it|that|this|they)\s+)?still\s+coming"
    r"|(?:is|are)\s+(?:it|that|this|they)\s+(?:even\s+|already\s+|still\s+)?(?:on\s+(?:yours|"
    r"the\s+\w+|your\s+(?:[\w'-]+\s+)?(?:list|roadmap|radar|whiteboard|plans?))|coming|planned|"
    r"possible|scheduled|expected|in\s+(?:the|your|ur)\s+(?:works|plans?|pipeline)|existing|"
    r"in\s+progress|being\s+(?:considered|built|worked|looked|planned|discussed|developed)|"
    r"something\s+(?:you|your|in\s+your))"
    r"|(?:do|does|will|can|could)\s+(?:you|yours),?\s+or\s+(?:will|would|could|do|might)\s+(?:you|yours)"
    r"|yes,?\s+no,?\s+(?:or\s+)?(?:someday|maybe|later|when)"
    r"|(?:can|could)\s+we\s+(?:get|be)\s+(?:on|in|onto|into)\s+(?:it|that|the\s+\w+)"
    r"|what\s+does\s+the\s+(?:timeline|roadmap|plan)\s+look\s+like"
    r"|when\s+(?:is|will)\s+(?:it|that|this)\s+(?:be\s+)?(?:expected|coming|due|planned|"
    r"available|ready|out)|(?:can|could)\s+you\s+(?:share|confirm|give\s+(?:us|me))\s+"
    r"(?:a|an|the)\s+(?:date|timeline|eta|timeframe)|(?:native\s+)?support\s+soon)\b"
    r"[^.!?]{0,30}\?)[?!\s]*$"
)
# The sentence before such a question names the thing after one of these verbs, or is only the
# thing ("The bulk export.", "Requirement from our engineers: X.").
_HAS_THING = _rx(
    r"\b(?:has|have|had|offers?|offered|needs?|needed|requires?|required|lists?|listed|saw|seen|"
    r"find|found|integrate|integrates|"
    r"mentioned|promised|that|including|includes?|wants?|(?:would|'d)\s+(?:really\s+)?(?:love|like)|"
    r"(?:use|benefit)\s+(?:of|from)|showed\s+(?:us|me)|demoed|(?:ask|asking|asked)\s+for|(?:to|we)\s+"
    r"get)\s+"
)
# A list of asks: a heading that ends in a colon, then its items ("A few things from the team:
# - X (top priority)", "Wishlist for next year: 1. X").
_ASK_LIST_HEAD = _rx(
    r"\b(?:asks?|requests?|wish\s*list|wishes|priorities|requirements|must-haves|feature\s+"
    r"requests?|things\s+(?:from|we|the)|items\s+from|(?:top|our)\s+\w*\s*needs)\b[^:]{0,40}:\s*$"
)
_LIST_ITEM = _rx(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s*")

# Deferrals without a postponement verb, by construction (issue 10, seventh round): a busy or
# bad-timing STATE now x a vague LATER. The state in words the older lexicons lack: "at max
# capacity", "capacity is tight", "short two people", "too many irons in the fire", "our hands
# are full", "in crunch mode", "knee deep in", "deep in budgeting", "dealing with a recall",
# "with the audit going on", "between the merger and the audit", "month-end is killing us",
# "it's peak here", "the busy season", "a quiet period", "still digesting", "up in the air",
# "focused on the launch", "the wrong time of year", "not the season", "too early", "the worst
# possible time", "not possible for us", "impossible", "the moment isn't right", "not a fit
# timing-wise", "not in the cards", "not this quarter", "very busy", "everything is on the ERP".
_STATE_MORE = _rx(
    r"\b(?:(?:at|over)\s+(?:max(?:imum)?\s+|full\s+)?capacity|capacity\s+(?:is|'s)\s+(?:\w+\s+)?"
    r"(?:tight|limited|thin|stretched|constrained)|short[- ](?:staffed|handed)|understaffed|"
    r"short\s+(?:a\s+few|a\s+couple|two|three|\d+|several)\s+(?:\w+\s+)?(?:people|staff|hands|"
    r"heads|engineers|members)|(?:too\s+many|a\s+lot\s+of|lots\s+of)\s+irons|"
    r"(?:hands|calendars?|plates?|schedules?|diar(?:y|ies)|weeks?|months?)\s+(?:are|is)\s+"
    r"(?:\w+\s+)?(?:full|packed|booked|impossible)|(?:crunch|survival|firefighting|heads-down)\s+mode|"
    r"(?:knee|waist|neck|ankle)[- ]deep|(?:we're|we\s+are|i'm|i\s+am|team\s+is|team's|"
    r"everyone's|everyone\s+is)\s+(?:\w+\s+)?deep\s+in(?:to)?|deep\s+in\s+(?:the\s+)?\w+ing\b|"
    r"dealing\s+with|(?:with|given)\s+(?:the|our|a|this|all\s+the)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:going\s+on|underway|under\s+way|in\s+progress|happening|on\s+(?:our|my)\s+plate)|"
    r"between\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s+and\s+the\b|(?:is|are)\s+killing\s+(?:us|me)|"
    r"(?:it's|it\s+is|we're|we\s+are)\s+(?:in\s+)?peak|peak\s+(?:season|time|period|prep)|"
    r"busy\s+season|quiet\s+period|black-?out\s+(?:period|window)|still\s+digesting|"
    r"up\s+in\s+the\s+air|(?:we're|we\s+are|i'm|i\s+am|team\s+is|all)\s+(?:\w+\s+)?focused\s+on|"
    r"wrong\s+(?:time|moment|season)|not\s+(?:the|our)\s+(?:season|time\s+of\s+year)|"
    r"too\s+early\s+(?:for|in)|(?:worst|bad|terrible|awful|tough|rough)\s+(?:possible\s+)?"
    r"(?:moment|time)|(?:isn't|is\s+not|'s\s+not|not)\s+(?:possible|feasible|realistic|"
    r"doable)\s+(?:for\s+us|right\s+now|now|at\s+the\s+moment)|impossible|"
    r"(?:the\s+)?(?:moment|timing)\s+(?:isn't|is\s+not|'s\s+not)\s+(?:right|ideal|great|good)|"
    r"timing[- ]wise|not\s+in\s+the\s+cards|not\s+(?:this|the\s+current)\s+(?:month|quarter|"
    r"week|half|term|semester)|(?:very|really|extremely|terribly|incredibly|so)\s+busy|"
    r"everything\s+(?:is|'s)\s+(?:on|about)\s+the|"
    r"(?:can't|cannot|can\s+not)\s+(?:think\s+about|take\s+on|get\s+to|fit)\s+"
    r"(?:that|this|it|anything)|(?:now|the\s+moment)\s+(?:isn't|is\s+not)\s+"
    r"(?:ideal|right|good|great)|not\s+good\s+timing|(?:leadership|management|board|ownership)\s+"
    r"(?:change|transition|shake-?up)|(?:hiring|budget|spending|change)\s+freeze|reorg\b|"
    r"(?:we're|we\s+are)\s+(?:just\s+)?not\s+there\s+yet|(?:we're|we\s+are)\s+(?:still\s+)?"
    r"(?:in\s+the\s+)?(?:middle|midst)\s+of)"
)
_STATE_MORE_WORDS = frozenset(
    ["capacity", "staffed", "handed", "understaffed", "short", "irons", "full", "packed",
     "booked", "impossible", "mode", "deep", "dealing", "going", "underway", "under",
     "progress", "happening", "plate", "between", "killing", "peak", "season", "period",
     "window", "digesting", "air", "focused", "wrong", "early", "moment", "time", "possible",
     "feasible", "realistic", "doable", "timing", "wise", "cards", "month", "quarter", "week",
     "half", "term", "semester", "busy", "everything", "think", "take", "get", "fit", "freeze",
     "change", "transition", "reorg", "there", "middle", "midst", "blackout", "black"]
)
# ...and a vague later time, in words _FAR and _VAGUE_LATER lack: "until spring", "until after
# the testing window", "maybe then", "it'll be a while", "not for a bit", "not in the near term",
# "not anytime soon", "later in the quarter", "maybe once the new building opens", "perhaps
# after", "early next year at best", "some other month", "in a few months", "the new school
# year", "next fiscal", "let me get through this month first", "when the dust settles".
_LATER_LOOSE = _rx(
    r"\b(?:until|till|til)\s+(?:after\s+)?(?:the\s+|our\s+|we\b|things\b|[a-z]+\s+(?:ends?|is\s+"
    r"over|wraps?))|\b(?:until|till|til)\s+(?:" + _SEASON + r"|" + _MONTH + r")\b|"
    r"\b(?:maybe|perhaps|probably|hopefully|possibly|likely)\s*,?\s+(?:then|later|after(?:wards?|"
    r"\s+that)?|the\s+next|next|in\s+(?:a|the|some)\b|once\b|when\b|sometime|some\s+point|around|"
    r"not\s+(?:soon|for\s+a\s+while))|\b(?:then|later|after(?:wards?|\s+that)?)\s*,?\s+(?:maybe|"
    r"perhaps|probably|hopefully)\b|\bsometime\s+(?:after|later|next|down)|"
    r"\b(?:it'll|it\s+will|it's\s+going\s+to|that'll)\s+(?:have\s+to\s+)?be\s+(?:a\s+(?:little\s+)?"
    r"(?:while|bit)|later|some\s+time)\b|\bnot\s+(?:for\s+(?:a\s+(?:little\s+)?(?:while|bit)|some\s+time)|"
    r"any\s*time\s+soon|soon|in\s+the\s+(?:near|short|immediate)\s+(?:term|future)|in\s+the\s+"
    r"next\s+(?:few|couple|several)\b|until\s+after)|\blater\s+(?:in|this|next)\b|"
    r"\b(?:in|for)\s+(?:a\s+few|some|several|a\s+couple\s+of|a\s+couple)\s+(?:more\s+)?"
    r"(?:weeks|months)\b|\bat\s+best\b|\bsome\s+other\s+(?:month|week|quarter|time|day)\b|"
    r"\bthe\s+new\s+(?:school|academic|fiscal|financial|budget)\s+year\b|\bnext\s+fiscal\b|"
    r"\bget\s+through\s+(?:this|the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+first\b|"
    r"\b(?:once|when|after)\s+(?:the\s+)?(?:dust|things|it\s+all|everything)\s+(?:settles?|"
    r"calms?|quiets?|dies|slows?)|\bthings\s+settle\b|\bin\s+the\s+future\b|\bdown\s+the\s+"
    r"(?:road|line|track)\b|\b(?:early|later)\s+next\b"
)
# A later time that is itself the not-now ("not for the next few months", "it'll be a while
# before we can look at it", "the next couple of months are spoken for", "ask me again when
# the dust settles", "let's see how things look in a few months"): a put-off on its own.
_NOT_FOR_A_WHILE = _rx(
    r"\bnot\s+for\s+(?:a\s+(?:good\s+)?while|some\s+time|the\s+next\s+(?:few|couple(?:\s+of)?|"
    r"several)\s+(?:weeks|months))\b|\b(?:it'll|it\s+will|it's\s+going\s+to)\s+be\s+a\s+"
    r"(?:good\s+|long\s+|little\s+)?while\s+before\b|\bnot\s+in\s+the\s+next\s+(?:few|couple)\b|"
    r"\bthe\s+next\s+(?:few|couple(?:\s+of)?|several|two|three)\s+(?:weeks|months)\s+(?:are|look)\s+"
    r"(?:\w+\s+)?(?:spoken\s+for|full|booked|packed|impossible|out)|\bask\s+(?:me|us)\s+again\s+"
    r"(?:when|in|after|once|later)\b|\bsee\s+how\s+things\s+(?:look|are|stand|go)\s+(?:in|after|"
    r"once)\b"
)
# A postponement verb with no time: what it moves is a meeting ("push our meeting again",
# "postpone the call"), or it is open ("again", "indefinitely", "for now", "for a bit").
_MEETING_NOUN = _rx(
    r"\b(?:call|calls|meeting|meetings|sync|syncs|review|qbr|ebr|check-?ins?|session|sessions|"
    r"touchpoint|touch-base|training|visit|demo|workshop|kickoff|kick-off|catch-up|1:1|"
    r"one-on-one|standing|recurring|planning|conversation|talk|discussion|walkthrough|"
    r"presentation|appointment|onsite|on-site)\b"
)
_OPEN_AGAIN = _rx(
    r"\b(?:again|indefinitely|for\s+(?:now|a\s+(?:little\s+)?(?:bit|while)|the\s+time\s+being|"
    r"the\s+moment|the\s+rest\s+of)|a\s+(?:little\s+)?bit|until\s+further\s+notice|"
    r"down\s+the\s+road|back\s+burner|later)\b"
)
# A holiday or a break, in many calendars (issue 10, seventh round): a deferral to or past it
# is the season speaking, not the person ("we're closed between Christmas and New Year's, so
# the first week of January", "after Diwali", "once Golden Week is over", "half the team is
# off for Eid", "after the summer holidays").
_BREAK = _rx(
    r"\b(?:(?:the\s+)?holidays|(?:the\s+)?holiday(?=\s*(?:[,.;:!?]|$))|holiday\s+(?:season|freeze|shutdown|closure|schedule|break|week|"
    r"period|hours)|christmas|xmas|new\s+year'?s?|year[- ]end\s+(?:break|shutdown|closure|freeze)|"
    r"thanksgiving|easter|passover|hanukk?ah|chanukah|kwanzaa|boxing\s+day|the\s+fourth|"
    r"(?:fourth|4th)\s+of\s+july|labou?r\s+day|memorial\s+day|bank\s+holiday|diwali|deepavali|"
    r"holi|navratri|durga\s+puja|onam|pongal|(?:lunar|chinese)\s+new\s+year|spring\s+festival|"
    r"t[eế]t|chuseok|golden\s+week|obon|silver\s+week|ramadan|ramazan|eid(?:\s+al-\w+)?|"
    r"rosh\s+hashanah|yom\s+kippur|sukkot|songkran|carnival|carnaval|midsummer|"
    r"(?:spring|summer|winter|mid-?term|half-?term|easter|christmas|holiday|semester)\s+"
    r"(?:break|holidays?|recess|vacation)|summer\s+(?:shutdown|closure)|(?:august|summer)\s+"
    r"holidays?|pto|annual\s+leave|festive\s+(?:season|period|break)|f[eê]tes|"
    r"(?:office|plant|site|school|we're|we\s+are|we'll\s+be)\s+(?:is\s+|are\s+|will\s+be\s+|be\s+)?"
    r"(?:closed|dark|shut)\s+(?:for|over|between|from|during|the\s+week))\b"
)
# ...and a time after it, or a plan to meet then: "so after that", "early January please", "the
# week after", "once we reopen", "let's pick back up after", "can we talk after?".
_AFTER_BREAK = _rx(
    r"\b(?:after(?:wards?)?|once|the\s+week\s+after|when\s+(?:we|everyone|things)|in\s+the\s+new\s+"
    r"year|early\s+(?:january|next)|(?:first|second)\s+week\s+of|resume|reopen|pick\s+(?:\w+\s+)?"
    r"(?:back\s+)?up|reconnect|regroup|let's\s+(?:plan|aim|set|talk|meet|get|touch|circle|"
    r"reconvene|pick|schedule|find)|can\s+we\s+(?:talk|meet|do|push|move|schedule|find)|"
    r"(?:january|february)\b|(?:that|it)\s+works|(?:it\s+)?is\s+(?:it|best|better))"
)


# --- feature asks as a new writer says them (issue 10, eleventh round) ----------------------
# The thing's state asked of it: its being possible, supported, planned or in development, its
# place in a plan or a tier, its packaging ("is X in our tier or an add-on?", "would X come as
# part of an update or as a paid module?", "does X exist on the enterprise tier?", "will X
# support our setup?", "has X been prioritised at all?", "is X something you'd entertain?").
# Said with the auxiliary first (after a label: "hi there, does ..."), or after "whether/if"
# (relayed: "please inform if X will be available in Q1", "can you tell us whether X is on its
# way"). markers._thing_state_asked judges the captured noun phrase like every other
# construction (no pronoun, person, errand, meeting, document, time or money at its head).
_THING_STATE = (
    r"(?:possible|feasible|doable|achievable|realistic|supported|compatible|prioriti[sz]ed|"
    r"considered|scoped|unlocked|planned|(?:ever\s+)?coming|being\s+(?:built|considered|"
    r"developed|worked\s+on|scoped|looked\s+at|planned)|in\s+(?:development|progress|the\s+works|"
    r"the\s+pipeline|(?:the|your|ur|our)\s+(?:[\w'-]+\s+){0,2}?(?:plans?|roadmap|backlog|"
    r"pipeline|tier|edition|package|bundle|subscription|licen[cs]e))|on\s+(?:its|the)\s+way|"
    r"on\s+(?:your|the|ur)\s+(?:[\w'-]+\s+)?(?:roadmap|radar|plans?|list)|something\s+(?:you|"
    r"your|we|the|that|our)|an?\s+(?:[\w'-]+\s+)?(?:thing|add-?on|module|extra|option|possibility)|"
    r"included|done\s*(?:\?|$|for\s+(?:us|our))|"
    r"(?:a\s+)?part\s+of\s+(?:the|our|your|an?)\s+(?:[\w'-]+\s+)?(?:core|plan|tier|package|"
    r"subscription|licen[cs]e|update|release|product|platform|standard|base)|exist|"
    r"come\s+as\s+(?:part|standard|an?)\b|be\s+on\s+the\s+table|(?:support|work\s+with|cover)\s+"
    r"(?:our|my)\s"
    # thirteenth round: where it is in its life (shipped, slipped, deprioritised, slated, a
    # release it is in, real or vaporware) and how it is sold (in every plan or one tier only,
    # bought, licensed or charged separately or per unit, region-locked).
    r"|shipped|slipped|launched|released|deprioriti[sz]ed|shelved|delayed|slated|greenlit|"
    r"a\s+thing(?:\s+yet)?\b|real\s+or\s+|vapou?rware|region-locked|bundled\s+with|"
    r"(?:bought|purchased|sold|licen[cs]ed|charged|billed|priced|available)\s+(?:separately|"
    r"per\s+\w+|on\s+its\s+own|as\s+an?\s+add-?on)|"
    r"in\s+(?:every|each|all|any|(?:the|our|your)\s+(?:base|top|higher|lower|standard|current|"
    r"next|coming|upcoming))\s+(?:[\w'-]+\s+)?(?:plans?|tiers?|editions?|product|release|update|"
    r"version|packages?)\b|in\s+(?:enterprise|premium|pro|business)\s+only\b)"
)
# The capability asked of the thing itself, whatever it is called ("does X support multiple
# time zones?", "will X work with the crews' ruggedized phones?", "can X handle waivers for
# minors?", "could X pull from our ERP directly?", "is X going to support mobile drives?"),
# asked with the auxiliary first or relayed ("wants to know if X supports SAML"): a capability
# verb and an object that is no pronoun nor a person it suits ("will Monday work for you").
_THING_DOES = (
    r"(?:support|handle|cover|pull|push|sync|integrate|connect|import|export|read|track|show|"
    r"display|work\s+(?:with|on|across|in|offline|for(?!\s+(?:you|me|us|them|him|her|everyone|"
    r"everybody|all)\b)))"
)
_NOT_THING_SUBJ = (r"(?:it|that|this|there|they|you|u|we|i|he|she|anyone|anybody|someone|somebody|"
                   r"your\s+team|the\s+team)\b")
_NOT_OBJECT = r"(?:it|that|this|them|you|me|us|him|her)\b"
_THING_DOES_Q = _rx(
    r"^(?:[^:?]{1,40}(?::|\s-|,)\s*)?(?:so\s+|and\s+|but\s+|also\s+)?(?:does|do|will|would|can|"
    r"could)\s+(?!" + _NOT_THING_SUBJ + r")(?P<np>[^,;:?]{3,80}?)\s+(?:ever\s+|also\s+|still\s+|"
    r"already\s+|now\s+)?(?:be\s+able\s+to\s+)?" + _THING_DOES + r"\s+(?!" + _NOT_OBJECT + r")\w"
    r"|^(?:[^:?]{1,40}(?::|\s-|,)\s*)?(?:so\s+|and\s+|but\s+|also\s+)?(?:is|are)\s+(?!"
    + _NOT_THING_SUBJ + r")(?P<np3>[^,;:?]{3,80}?)\s+(?:ever\s+|also\s+|still\s+)?(?:going|able)\s+"
    r"to\s+" + _THING_DOES + r"\s+(?!" + _NOT_OBJECT + r")\w"
    # relayed, of what they would get, not their own kit: "wants to know if X supports SAML"
    r"|\b(?:whether|if)\s+(?!" + _NOT_THING_SUBJ + r")(?P<np2>[^,;:?]{3,80}?)\s+(?:supports|"
    r"handles|covers|works\s+(?:with|on|offline))\s+(?!" + _NOT_OBJECT
    + r"|(?:our|my|the|their)\b)\w"
)
# The thing's arrival asked in the past ("did X slip?", "did X ship?", "did X get cut?").
_THING_DID = _rx(
    r"^(?:[^:?]{1,40}(?::|\s-|,)\s*)?(?:so\s+|and\s+|but\s+)?did\s+(?!(?:it|that|this|they|you|u|"
    r"we|i|he|she|anyone|anybody)\b)(?P<np>[^,;:?]{3,80}?)\s+(?:ever\s+|actually\s+)?(?:slip|ship|"
    r"land|launch|get\s+(?:cut|dropped|shelved|deprioriti[sz]ed|pushed|delayed)|make\s+(?:it|the\s+"
    r"cut))\b"
)
_THING_STATE_Q = _rx(
    r"^(?:[^:?]{1,40}(?::|\s-|,)\s*)?(?:so\s+|and\s+|but\s+|honestly\s+|also\s+)?(?:is|are|would|"
    r"will|could|can|has|have|does|do)\s+(?!(?:it|that|this|there|they|you|u|we|i|he|she|anyone|"
    r"anybody|someone|somebody)\b)(?P<np>[^,;:?]{3,80}?)\s+(?:ever\s+|still\s+|already\s+|really\s+|"
    r"actually\s+|at\s+all\s+|now\s+)?(?:be\s+|been\s+)?" + _THING_STATE +
    r"|\b(?:whether|if|true|heard|hear|told)\s+(?:that\s+)?(?!(?:it|that|this|there|they|you|u|we|"
    r"i|he|she)\b)"
    r"(?P<np2>[^,;:?]{3,80}?)\s+(?:is|are|will|would|can|could|might|has|have)\s+(?:ever\s+|still\s+|"
    r"already\s+|now\s+|at\s+all\s+)?(?:be\s+|been\s+)?(?:" + _THING_STATE[3:-1] +
    r"|available\s+(?:in|by|for|this|next|before|on\s+our)|done)"
)
# The vendor providing or supporting it, asked ("does ur platform support X or no?", "are you
# able to support X?", "whether you can provide X", "can your system do X by then?", "can the
# platform be extended with X?", "Mr. Chan asks: can support X?"), or looking into it ("can
# you look into X for us?", "could the team look at X?"), or giving it ("would ye be able to
# give us X").
_VENDOR_PROVIDES = _rx(
    r"\b(?:does|do|can|could|will|would)\s+(?:you(?:\s+guys)?|ye|u|(?:your|ur|the)\s+(?:[\w'-]+\s+)?"
    r"(?:platform|system|product|app|software|tool|solution|portal))\s+(?:ever\s+|already\s+|"
    r"currently\s+)?(?:support|provide|offer)\s+"
    r"|\b(?:are|is)\s+(?:you(?:\s+guys)?|your\s+(?:[\w'-]+\s+)?(?:team|platform|system|product))\s+"
    r"able\s+to\s+(?:support|provide|offer)\s+"
    r"|\b(?:whether|if)\s+(?:you|your\s+(?:[\w'-]+\s+)?(?:team|platform|system|product))\s+"
    r"(?:can|could|will|would)\s+(?:support|provide|offer)\s+"
    r"|\b(?:can|could)\s+(?:your|ur|the)\s+(?:platform|system|product|app|software|tool|solution)\s+"
    r"(?:do|handle)\s+"
    r"|\b(?:can|could)\s+(?:the|your|ur)\s+(?:platform|system|product|app|software|tool|solution)\s+"
    r"be\s+extended\s+(?:with|to\s+(?:support|include|cover))\s+"
    r"|(?:^|:\s*)can\s+support\s+"
    r"|\b(?:can|could|would)\s+(?:you|your\s+(?:[\w'-]+\s+)?(?:team|devs|developers|engineers|"
    r"product\s+(?:team|people|folks))|the\s+(?:product\s+)?team)\s+(?:please\s+)?(?:look\s+(?:into|"
    r"at)|explore|investigate)\s+"
    r"|\b(?:would|could|can)\s+(?:you|ye|u)\s+(?:guys\s+)?(?:be\s+able\s+to\s+)?give\s+us\s+"
    r"|\bwould\s+(?:it|that)\s+be\s+(?:an?\s+)?(?:big|huge|large|hard|difficult|easy|quick|small)\s+"
    r"(?:job|task|lift|change|effort|thing)?\s*(?:for\s+(?:you|your\s+(?:[\w'-]+\s+)?(?:team|devs|"
    r"developers|engineers)))?\s*to\s+(?:add|build|support|offer)\s+"
)
# Its status asked by a noun of news or work ("what's the story with X", "what's the latest on
# X", "have you got anything coming for X", "is there work happening on X", "did your team
# ever get anywhere with X", "your roadmap around X", "when you say 'coming soon' for X", "can
# we expect X this year", "where X sits on your priorities").
_STATUS_OF_THING = _rx(
    r"\bwhat(?:'s|\s+is)\s+the\s+(?:story|latest|word|news|situation|status)\s+(?:with|on|re|"
    r"regarding|around|for)\s+"
    r"|\banything\s+(?:coming|planned|in\s+the\s+works|in\s+the\s+pipeline)\s+(?:for|on|around|"
    r"re)\s+"
    r"|\bwork\s+(?:happening|going\s+on|under\s*way|planned|being\s+done)\s+(?:on|for|around)\s+"
    r"|\b(?:got|get|getting|gotten)\s+anywhere\s+with\s+"
    r"|\broadmap\s+(?:around|for|on|re|regarding)\s+"
    r"|['\"\u201c](?:coming\s+soon|in\s+beta|planned|on\s+the\s+roadmap)['\"\u201d,.]*\s+for\s+"
    r"|\b(?:can|could|should)\s+we\s+(?:expect|hope\s+for|count\s+on)\s+"
    r"|\b(?:need|love|like|want|appreciate)\s+(?:an?\s+|some\s+)?(?:update|news)\s+(?:on|about|re|"
    r"regarding)\s+"
    r"|\bwhen\s+you\s+(?:plan|intend|expect|hope)\s+to\s+(?:add|build|release|ship|support|offer|"
    r"launch)\s+"
    r"|\bwhere\s+(?P<np>[^,;:?]{3,60}?)\s+(?:sits?|stands?|ranks?)\s+(?:on|in|among)\s+(?:your|the)\b"
)
# A short question after the thing in the same sentence, behind a colon, a dash or a comma
# ("X: planned, parked, or dead?", "X - planned, in progress, or not happening?", "the lane
# mechanics want X, is that on ur roadmap or nah", "X, can do or not?", "X, any sign of it?"):
# markers._named_then_asked judges the two halves as two sentences.
_FOLLOW_UP_MORE = _rx(
    r"^(?:so\s+|and\s+|but\s+)?(?:(?:planned|parked|shelved|coming|happening|in\s+progress|yes)"
    r"\s*,[^?]{0,40}\bor\b[^?]{0,25}\?"
    r"|(?:can\s+do|doable|possible|coming)\s+or\s+(?:not|no|nah)\b[^?]{0,10}\?"
    r"|any\s+(?:sign|light|movement|update|progress)\b[^.!?]{0,40}\?"
    r"|(?:is|are)\s+(?:it|that|this|they)\s+(?:on|in)\s+(?:ur|your)\s+(?:[\w'-]+\s+)?(?:roadmap|"
    r"radar|plans?|sights|list)\b[^.!?]{0,20}(?:\?|$)"
    r"|(?:is|are)\s+(?:it|that|this|they)\s+(?:in\s+development|under\s+development|on\s+(?:the|its)"
    r"\s+way)\b[^.!?]{0,30}\?"
    r"|(?:is|are)\s+(?:it|that|this)\s+(?:something|feasible|realistic|doable|achievable)\b"
    r"[^.!?]{0,50}\?"
    r"|(?:is|are)\s+(?:your\s+(?:[\w'-]+\s+)?team|you(?:\s+guys)?)\s+able\s+to\s+do\s+(?:it|this|"
    r"that)\b[^.!?]{0,20}\?"
    r"|(?:which|any)\s+(?:(?:one\s+)?of\s+(?:these|them|those)\s+)?(?:are\s+|is\s+)?(?:coming|"
    r"planned)\b[^.!?]{0,20}\?"
    r"|how\s+(?:would|do|could|can)\s+we\s+go\s+about\s+getting\s+(?:it|that|this)\b[^.!?]{0,20}\?"
    r"|any\s+(?:plans?|chance|word|news)\b[^.!?]{0,20}\?)[?!\s]*$"
)
# What leads the thing in the first half of such a sentence ("wondering about X: planned, parked,
# or dead?", "tell us more about X - is it in development?").
_ABOUT_LEAD = _rx(
    r"^(?:tell\s+(?:us|me)\s+(?:more\s+)?|(?:just\s+)?wondering\s+|curious\s+|(?:a\s+)?(?:quick\s+)?"
    r"(?:question|q|one)\s+)(?:about|re|regarding|on)\s+"
)

# Feature asks by the clause that carries them (issue 10, twelfth round, from dev #10's misses,
# grouped by construction, never by a writer's words; markers._clause_asks). Each names where
# the thing sits; the noun phrase there decides, as everywhere (markers._np_after).
# - The vendor or its product as the subject of a question about doing or having the thing
#   ("does the system do X?", "can the routing engine do X?", "will you do X?", "y'all ever
#   gonna do X?", "are you going to offer X?"), or the same relayed ("asked if the program
#   does X", "asked whether the planner will get X"). Never "do you do X" (a person's own
#   work: "do you do expense reports?") nor "anything" or a pronoun as the thing ("are you
#   going to do anything about it?").
_VENDOR_SUBJ = (
    r"(?:you(?:\s+guys|\s+folks|\s+all)?|y'?all|u(?:\s+guys)?|ye|(?:your|ur|the)\s+(?:[\w'-]+\s+)"
    r"{0,2}?(?:platform|system|product|app|software|tool|solution|portal|program|programme|"
    r"scheduler|planner|engine|module|tracker|tracking|log))"
)
# (fourteenth round) The vendor asked whether it has or does a kind of thing: "do you have a
# seat map for the dome?", "do you do configurators?", "do you have any kind of wildlife log?".
# The vendor has documents, offices and people too ("do you have a guide for roles", "an office
# in Berlin", "a reference customer"): markers._clause_asks takes the noun phrase only when its
# head names a part of software (_SOFTWARE_HEAD) or a process ("e-invoicing", "fuzzy matching").
_VENDOR_HAS_Q = _rx(
    r"(?:^|[:,]\s*|\b(?:so|and|also|but)\s+)(?:do|does)\s+(?:you|u)(?:\s+guys|\s+folks|\s+all)?"
    r"\s+(?:already\s+|currently\s+|also\s+)?(?:have|do|offer|provide)\s+(?:(?:any|some)\s+"
    r"(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?)?(?!(?:an?\s+)?(?:recommended|preferred|"
    r"suggested|sample|example|standard|default|usual|typical|spare|free)\b)"
)
# The head of a thing a product has: a part of software, or a process software runs, named
# by its gerund or an "e-" ("fuzzy matching", "e-invoicing"; never "parking", "a training").
_SOFTWARE_HEAD = _rx(
    r"\b(?:maps?|logs?|counters?|calendars?|configurators?|tables?|views?|screens?|trackers?|"
    r"planners?|builders?|generators?|editors?|wizards?|chat|inbox(?:es)?|queues?|kiosks?|"
    r"checkout|ledgers?|inventory|scanning|matching|invoicing|tracking|scheduling|ticketing|"
    r"routing|reporting|messaging|rostering|dispatching|geofencing|syncing|e-[a-z]+)$"
)
_VENDOR_DOES_Q = _rx(
    r"(?:(?:^|[:,]\s*|\b(?:so|and|also|but)\s+)(?:can|could|will|would)\s+" + _VENDOR_SUBJ
    + r"\s+(?:ever\s+|already\s+|currently\s+|also\s+|now\s+)?(?:do|support|cover|handle|offer)\s+"
    r"|(?:^|[:,]\s*|\b(?:so|and|also|but)\s+)(?:does|do)\s+(?:y'?all|you\s+guys|u\s+guys|(?:your|ur|"
    r"the)\s+(?:[\w'-]+\s+){0,2}?(?:platform|system|product|app|software|tool|solution|portal|"
    r"program|programme|scheduler|planner|engine|module|log))\s+(?:already\s+|currently\s+)?(?:do|"
    r"have|support|cover|handle|offer)\s+"
    r"|(?:^|[:,]\s*|\b(?:so|and)\s+)(?:are|is)\s+" + _VENDOR_SUBJ + r"\s+(?:ever\s+)?(?:going\s+to|"
    r"gonna|planning\s+(?:to|on))\s+(?:do|doing|support|offer|have|add|adding|build|building)\s+"
    r"|^" + _VENDOR_SUBJ + r"\s+(?:ever\s+)?(?:gonna|going\s+to)\s+(?:do|support|offer|have|add|"
    r"build)\s+"
    r"|^" + _VENDOR_SUBJ + r"\s+(?:ever\s+)?(?:doing|building|adding)\s+"
    r"(?=[^?]{3,80}\b(?:at\s+some\s+point|ever|someday|eventually|soon)\b)"
    r"|\b(?:if|whether)\s+(?:the|your|ur)\s+(?:[\w'-]+\s+){0,2}?(?:platform|system|product|app|"
    r"software|tool|solution|portal|program|programme|scheduler|planner|engine|module)\s+"
    r"(?:does|supports|covers|handles|offers|can\s+(?:do|support|handle|cover)|will\s+(?:ever\s+)?"
    r"(?:get|have|do|support|offer|cover))\s+"
    r")(?!(?:anything|something|nothing|everything|it|that|this|them)\b)"
)
# - The thing's status asked by where it stands, how far along it is, whether anything was
#   decided or changed, or an answer or clarity sought on it ("where do things stand on X",
#   "how far along is X", "has there been any decision on X", "anything new on X", "can I ask
#   where you've landed on X", "I need a straight answer on X", "we'd like to understand your
#   plans around X"); a news frame leading the sentence asks without a question mark ("hey any
#   news re X").
_STATUS_ASKED = _rx(
    r"\bwhere\s+(?:do|does)\s+things\s+(?:stand|sit)\s+(?:on|with|re|regarding)\s+"
    r"|\bhow\s+far\s+(?:along|off|away)\s+(?:is|are)\s+"
    r"|\b(?:has|have)\s+there\s+been\s+(?:any\s+)?(?:decision|movement|progress|news|update|change|"
    r"word)s?\s+(?:on|about|re|regarding|around|with)\s+"
    r"|\b(?:anything|something)\s+new\s+(?:on|re|about|regarding|with)\s+"
    r"|\b(?:has|is)\s+anything\s+(?:changed|moved|new|happening|happened)\s+(?:on|with|re|about|"
    r"regarding)\s+"
    r"|\bwhere\s+(?:you|your\s+(?:[\w'-]+\s+)?team)(?:'ve|\s+have)?\s+(?:landed|ended\s+up|come\s+"
    r"out)\s+(?:on|with)\s+"
    r"|\b(?:clarity|a\s+(?:straight|clear|firm|definite)\s+answer)\s+(?:on|about|re|regarding|"
    r"around)\s+"
    r"|\b(?:understand|hear|know|learn)\s+(?:your|the)\s+(?:plans?|roadmap|thinking|intentions?)\s+"
    r"(?:around|for|on|re|regarding|about)\s+"
    r"|^(?:(?:hey|hi|so|ok|also|and)[,!]?\s+)*any\s+(?:news|updates?|word|progress|joy|luck)\s+"
    r"(?:on|re|regarding|about|abt|with)\s+"
    # thirteenth round: a status noun leading the sentence ("ETA on X?", "status check on X,
    # please"), the thing gone missing, or ranked ("what happened to X?", "how high on the list
    # is X?")
    r"|^(?:(?:hey|hi|so|ok|also|and|fyi|quick\s+one)[,!:]?\s+)*(?:an?\s+)?(?:eta|status(?:\s+check)?|"
    r"timeline|timing|progress\s+(?:check|report))\s+(?:on|for|re|regarding|about|abt)\s+"
    r"|\bwhat(?:ever)?\s+(?:happened|became)\s+(?:to|of|with)\s+"
    # fourteenth round: the person to ask about the thing ("who do i talk to about X", "who
    # should we speak to regarding X"); the noun phrase decides (never the invoice, a person)
    r"|^(?:(?:so|and|also|ok)[,]?\s+)?who\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:talk|speak|"
    r"write|reach\s+out)\s+(?:to|with)\s+(?:about|regarding|re|on)\s+"
    r"|\bhow\s+(?:high|far\s+up|low)\s+(?:up\s+)?(?:on|in)\s+(?:the|your)\s+(?:[\w'-]+\s+)?(?:list|"
    r"roadmap|priorities|backlog|queue)\s+(?:is|are)\s+"
    r"|\bwhat(?:'s|\s+is|\s+are)\s+the\s+(?:chances?|odds|likelihood)\s+(?:we|of)\s+(?:see|seeing|"
    r"get|getting)\s+"
    r"|^(?:is|are)\s+there\s+(?:something|anything)\s+(?:like|similar\s+to)\s+"
    r"|\b(?:if|whether)\s+there(?:'s|\s+is|\s+will)\s+(?:ever\s+)?(?:going\s+to\s+)?be\s+"
)
# - The same with the thing inside the frame ("can you share when X is expected", "how hard
#   would X be on your end", "did X make it into the plan", "where X is in the queue", "is X in
#   the product or not").
_STATUS_AROUND = _rx(
    r"\b(?:share|tell\s+(?:us|me)|let\s+(?:us|me)\s+know|say|know|confirm)\s+when\s+(?P<np>.{3,80}?)"
    r"\s+(?:is|are|will\s+be)\s+(?:expected|due|coming|planned|available|ready|out|released)\b"
    r"|\bhow\s+(?:hard|difficult|easy|big|much\s+work)\s+(?:would|will|is)\s+(?P<np2>.{3,80}?)\s+"
    r"(?:be|to\s+(?:build|add|do))\b"
    r"|^(?:did|has|have)\s+(?P<np3>.{3,80}?)\s+(?:make|made)\s+it\s+(?:into|onto|on\s+to)\s+(?:the|"
    r"your)\s+(?:[\w'-]+\s+)?(?:plan|roadmap|list|release|backlog|schedule|sprint)\b"
    r"|\bwhere\s+(?P<np4>.{3,60}?)\s+(?:is|sits|stands|ranks)\s+(?:in|on)\s+(?:the|your)\s+(?:queue|"
    r"list|roadmap|backlog|priorities|pipeline)\b"
    r"|^(?:[^:]{1,40}:\s*)?(?:is|are)\s+(?P<np5>.{3,80}?)\s+in\s+the\s+(?:product|platform|system|"
    r"app|tool)\s+(?:or\s+not|yet|already|today)\b"
)
# - The thing requested, or interest in it registered, by a verb of the request itself ("we'd
#   like to register interest in X", "put us on the list for X", "could you put us down as
#   interested in X", "formally requesting X on behalf of", "we kindly request X to be
#   developed", "I'd like to get X in front of your product manager", "we ask about X", "I'd
#   like to ask about adding X", "roadmap question: X").
_REQUESTED = _rx(
    r"\b(?:register|record|log|note|express|registering|noting|expressing)\s+(?:our\s+|my\s+|an?\s+|"
    r"some\s+)?(?:strong\s+)?interest\s+in\s+"
    r"|\bput\s+(?:us|me|our\s+(?:[\w'-]+\s+)?(?:team|company|site|name))\s+(?:down\s+)?(?:on\s+(?:the|"
    r"your)\s+(?:wait(?:ing)?\s*)?list\s+for|as\s+(?:very\s+|really\s+|extremely\s+|"
    r"definitely\s+|keenly\s+)?interested\s+in|for)\s+"
    # thirteenth round: a place asked for among the first users of the thing ("we'd like to be on
    # the beta list for X", "we'd volunteer as a design partner for X"), its cost or its making
    # shared ("happy to co-fund X", "would you co-develop X with us?"), a research session or a
    # trial of it, or someone from product about it ("get on a call with someone from product
    # about X"); the request lodged where the vendor collects them ("I added X to your ideas
    # board", "posted X in the community forum", "I raised X at the user group", "raising X
    # again", "we request that X be considered for inclusion").
    r"|\b(?:be|get|put\s+us|sign\s+us\s+up|add\s+us)\s+(?:on|to|for|in)\s+(?:the|your|a|any)\s+"
    r"(?:beta|pilot|early[- ]access|preview|wait(?:ing)?\s*)(?:\s+(?:list|program(?:me)?|group|"
    r"cohort|tester\s+list))?\s+for\s+"
    r"|\b(?:volunteer|sign\s+(?:us\s+)?up|serve|act|be)\s+as\s+(?:an?\s+)?(?:design|beta|pilot|"
    r"development|launch|early[- ]access)\s+(?:partner|customer|site|tester)s?\s+(?:for|on)\s+"
    r"|\bco-?(?:fund|develop|build|design|finance)\s+"
    r"|\b(?:join|attend|take\s+part\s+in|sit\s+in\s+on|be\s+part\s+of)\s+(?:a|an|the|your|any)\s+"
    r"(?:[\w'-]+\s+)?(?:research|design|discovery|feedback|usability|user)\s+(?:session|interview|"
    r"study|call|panel|group)s?\s+(?:on|about|for|re)\s+"
    r"|^(?:is|are)\s+there\s+(?:a|an|any)\s+(?:free\s+)?(?:trial|beta|pilot|preview)\s+(?:of|for)\s+"
    r"|\b(?:someone|somebody|anyone|people)\s+(?:from|in|on)\s+(?:your\s+)?product(?:\s+(?:team|"
    r"side))?\s+(?:about|on|re|regarding)\s+"
    r"|(?:^|\b(?:i|we)(?:'ve|\s+have)?\s+)(?:added|posted|submitted|logged|filed|raised|pitched|"
    r"suggested|put)\s+(?=.{3,80}?\s(?:at|in|on|to)\s+(?:the|your|a)\s+(?:[\w'-]+\s+)?(?:user\s+"
    r"group|conference|community|forum|ideas?|feedback|feature\s+request|portal|summit|meetup|"
    r"advisory|cab)\b)"
    r"|^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+)?(?:raising|re-?raising|bumping|flagging)\s+"
    r"(?=.{3,80}?\s+again\b)"
    r"|\brequest\s+that\s+(?P<np>.{3,80}?)\s+be\s+(?:considered|added|built|developed|included|"
    r"prioriti[sz]ed|implemented)\b"
    r"|(?:^|\b(?:we|i)\s+(?:hereby\s+|kindly\s+|formally\s+|respectfully\s+)?)(?:formally\s+|"
    r"officially\s+|kindly\s+)?request(?:ing)?\s+(?=.{3,80}?\s(?:to\s+be\s+(?:developed|built|added|"
    r"made|implemented)|on\s+behalf\s+of|as\s+an?\s+(?:feature|new|formal|enhancement)))"
    r"|\b(?:get|put|bring|take|raise|flag|escalate)\s+(?=.{3,80}?\s(?:in\s+front\s+of|on\s+the\s+"
    r"radar\s+of|with|to)\s+(?:your|the)\s+product\s+(?:manager|team|people|owner|lead|folks))"
    r"|\b(?:we|i)(?:\s+would\s+like\s+to|'d\s+like\s+to|\s+have\s+to|\s+must|\s+need\s+to|"
    r"\s+want\s+to)?\s+(?:respectfully\s+|formally\s+)?ask\s+(?:again\s+)?about\s+(?:adding\s+)?"
    r"|^roadmap\s+(?:question|q|query)\s*:\s*"
    r"|\b(?:check|talk|speak)\s+(?:to\s+us\s+)?(?:with\s+)?(?:the|your|ur)\s+product\s+(?:[\w'-]+\s+)?"
    r"(?:about|on|re)\s+"
    r"|\bask\s+(?:your\s+|the\s+)?product(?:\s+(?:team|people|folks|side))?\s+(?:about|whether|if)\s+"
    r"|\b(?:would|could|will)\s+(?:the|your)\s+(?:[\w'-]+\s+)?(?:team|folks|people|devs|engineers)\s+"
    r"(?:ever\s+)?(?:consider|entertain)\s+"
    r"|\bwhat\s+would\s+it\s+take\s+(?:for\s+you\s+)?to\s+(?:prioriti[sz]e|build|add|ship|"
    r"fast-track)\s+"
    r"|^(?:is|are)\s+(?:anyone|anybody)\s+else\s+(?:asking|begging|clamou?ring)\s+(?:for|about)\s+"
    r"|^if\s+(?:you|u|y'?all)(?:\s+guys)?\s+(?:add|added|build|built|ship|shipped|offered|"
    r"supported)\s+(?=[^,]{3,80}(?:,\s*)?\s(?:we|we're|we'd|we'll|our|i'd|i'll)\b)"
)
# - A short follow-up about the thing named in the sentence before (markers._named_then_asked):
#   where it is, whether the vendor will have or meet it, a date for it, its place on a list
#   ("Where is it?", "Where are we on that one?", "Where does that sit on your list?", "Will you
#   have it?", "Is that supported?", "Is there a date I can give them?", "Any firmer date?",
#   "Coming when?", "On the list?", "still planned?", "Is that on anybody's whiteboard?").
_FOLLOW_UP_WHERE = _rx(
    r"^(?:so\s+|and\s+|but\s+|ok\s+so\s+)?(?:where\s+(?:is|are)\s+(?:it|that|this|they)(?:\s+at)?"
    r"|where\s+are\s+we\s+(?:on|with)\s+(?:it|that|this)(?:\s+one)?"
    r"|where\s+(?:does|do)\s+(?:it|that|this|they)\s+(?:sit|stand|rank)\b[^.!?]{0,30}"
    r"|(?:is|are)\s+(?:it|that|this|they)\s+supported"
    r"|(?:will|do|can|could)\s+(?:you|y'?all|u)(?:\s+guys)?\s+(?:have|do|support|offer|meet)\s+(?:it|"
    r"that|this)"
    r"|is\s+there\s+(?:a|an|any)\s+(?:date|eta|timeline|timeframe)\b[^.!?]{0,40}"
    r"|(?:any\s+)?(?:firmer|firm|rough|real)\s+(?:date|eta|timeline)"
    r"|(?:coming|planned|due|expected)\s+when"
    r"|on\s+(?:the|your)\s+(?:list|roadmap|radar)"
    r"|(?:still\s+)?(?:planned|coming|happening)"
    r"|(?:is|are)\s+(?:it|that|this)\s+(?:on|in)\s+(?:any|anybody's|anyone's|somebody's|someone's)\s+"
    r"[\w'-]+(?:\s+over\s+there)?"
    r"|when\s+can\s+(?:we|customers|users|i|everyone|clients)\s+(?:have|get|expect|use)\s+(?:it|that|"
    r"this)"
    r"|is\s+there,?\s+or\s+will\s+there\s+be|yes\s+or\s+no\b[^.!?]{0,30}"
    r"|(?:does|do|will|can|could)\s+(?:it|(?:your|ur)\s+[\w'-]+)"
    # thirteenth round: whether what was said of it still holds, or came to anything ("Has that
    # changed?", "How soon is soon?", "Did it make the cut?", "Did anything come of that?"),
    # how to get it or why it is not theirs ("How do we get it?", "Why don't we have it?"),
    # where it is sold ("Is it a different tier?")
    r"|(?:has|did)\s+(?:that|it|this)\s+(?:changed|change|slipped|slip|moved|move)"
    r"|how\s+soon\s+is\s+soon|did\s+(?:it|that|this|they)\s+make\s+(?:the\s+cut|it)"
    r"|did\s+anything\s+(?:ever\s+)?come\s+of\s+(?:it|that|this)"
    r"|how\s+(?:do|can|could|would)\s+we\s+get\s+(?:it|that|this|one)"
    r"|why\s+(?:don't|do\s+not|can't|cannot)\s+we\s+have\s+(?:it|that|this|one)"
    r"|(?:is|are)\s+(?:it|that|this|they)\s+(?:in\s+)?(?:a|an)\s+(?:different|higher|separate|"
    r"other|extra)\s+(?:tier|plan|edition|package|licen[cs]e))\s*\?[?!\s]*$"
)
# - Where such a sentence names the thing, besides lexicon._HAS_THING: after a relayed ask or
#   a demand ("asked again about X", "keep asking the front desk for X", "insists on X",
#   "starting to demand X"), or as the subject of what it would fix ("X would fix that").
_THING_ANCHOR = _rx(
    r"\b(?:asked|asking|ask|asks)\s+(?:me\s+|us\s+|again\s+|(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:desk|"
    r"team|office|staff)\s+)?(?:again\s+)?(?:about|for)\s+"
    r"|\b(?:insists?|insisting)\s+on\s+|\b(?:demand|demanding|demands)\s+"
    r"|^(?:ok\s+so\s+|so\s+|and\s+)?(?:how|what)\s+about\s+|\bmentions?\s+"
    r"|\b(?:would|'d)\s+use\s+|\b(?:if|whether)\s+there(?:'s|\s+is|\s+are)\s+"
    r"|\bintegrate\s+with\s+(?:you|your\s+[\w'-]+)\s+(?:via|through|using)\s+"
    r"|\b(?:if|whether)\s+we\s+can\s+(?:produce|get|have|do|export|generate)\s+"
)
_THING_WOULD_FIX = _rx(
    r"^(?P<np>[^,;:]{3,80}?)\s+would\s+(?:really\s+|totally\s+)?(?:fix|solve|sort|end|cure|save)\b"
)


# Strain now in words the older strain lexicons (_BUSY, _BUSY_MORE, _BAD_TIMING, _NOT_NOW_MORE,
# _STATE_MORE) lack, or say without a first person (issue 10, eleventh round; one lexicon with
# them through markers._strained since the twelfth): "swamped", "flat out", "rammed", "spoken
# for", "no hands spare", "zero bandwidth", "up to our eyes", "nothing left in the tank", "the
# wrong month", "not the moment", "not there yet", "too soon". Searched, not `_affirmed`: some
# are negative themselves.
_STRAIN_MORE = _rx(
    r"\b(?:swamped|slammed|snowed\s+under|flat\s+out|stretched|hectic|mayhem|chaos|chaotic|"
    r"crazy|mad|manic|rammed|packed|chock-full|drowning|underwater|brutal|spoken\s+for|"
    r"a\s+(?:disaster|mess|horror\s+show)|"
    r"(?:things|it)(?:'s|\s+are|\s+is)\s+(?:\w+\s+)?tight|"
    r"no\s+(?:time|room|slack|bandwidth|capacity|hands?\s+spare|spare\s+\w+|one\s+here\s+has\s+time)|"
    r"zero\s+bandwidth|at\s+(?:full\s+)?(?:capacity|stretch)|out\s+of\s+capacity|"
    r"run\s+off\s+our\s+feet|fully\s+(?:booked|committed|allocated|stretched)|up\s+to\s+(?:our|my)\s+(?:eyes|eyeballs|necks?)|buried|"
    r"(?:plate|(?:dance\s+)?card)(?:'s|\s+is)\s+(?:\w+\s+)?full|under\s+(?:huge\s+|a\s+lot\s+of\s+)?"
    r"pressure|nothing\s+left\s+in\s+the\s+tank|heads\s+are\s+(?:all\s+)?(?:full|in)|"
    r"(?:too\s+much|a\s+lot)\s+(?:on|in\s+flight)|"
    r"(?:wrong|worst|bad|tough|rough|busy|rush|peak)\s+(?:possible\s+)?(?:time|timing|moment|"
    r"month|week|fortnight|season|quarter|patch)|"
    r"not\s+(?:a\s+|the\s+)?(?:good|great|ideal|convenient|best|right|suitable)\s+"
    r"(?:\w+\s+)?(?:time|timing|moment|season|week|month|period)|"
    r"timing(?:'s|\s+is)?(?:\s+\w+)?\s+(?:bad|rough|off|poor|a\s+mess)|bad\s+tim|"
    r"not\s+(?:in\s+a\s+position|possible|feasible|there\s+yet|the\s+moment)|"
    r"(?:isn't|is\s+not)\s+(?:a\s+good|ideal|convenient|the\s+moment)|too\s+(?:soon|early)|"
    r"inopportune|not\s+a\s+priority|(?:very\s+)?busy)\b")
# A later month, season or quarter leading a short sentence or clause, hedged or weighed
# ("Possibly April.", "The start of Q2 is when ...", "Easter week at the earliest"; thirteenth
# round: "Perhaps May." where no verb follows "may", "the second quarter", "the back half of
# Q1", "next summer", "sometime in March").
_LATER_LED = _rx(
    r"^(?:(?:so|and|but|think|i\s+think|ideally|realistically|honestly|perhaps|maybe|possibly|"
    r"probably|likely|hopefully|say|more\s+like|kindly\s+note)[,:\s]+){0,2}"
    r"(?:(?:in|after|around|about|from|somewhere\s+(?:after|in|around)|some\s*time\s+(?:in|"
    r"after|around)?|some\s+point\s+(?:in|after))\s+)?(?:the\s+)?"
    r"(?:(?:start|end|beginning|close|middle|tail\s+end|back\s+end|first|second|third|last|"
    r"back|front|latter)\s+(?:(?:half|days?|weeks?)\s+)?of\s+(?:the\s+)?)?"
    r"(?:(?:early|mid|late)[- ]\s*)?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"may(?=\s*$|\s*[-,;:.!?]|\s+(?:at|or|and|probably|maybe|perhaps|then|latest|earliest|"
    r"20\d\d)\b)|"
    r"spring|summer|autumn|fall|winter|q[1-4]|easter|(?:first|second|third|fourth)\s+quarter|"
    r"next\s+(?:quarter|year|spring|summer|autumn|fall|winter|fiscal\s+year)|"
    r"the\s+new\s+year)\b")
# Declining an occasion for this time, by construction (issue 10, twelfth round): a verb of
# abstaining whose object is an occasion, said in more ways than _STAY_AWAY's ("give the dinner
# a swerve", "take a bye", "sit this dance out", "count us out", "duck out of", "steer clear
# of", "stand down from", "excuse me from", "forgo", "refrain from", "a no-show for", "leave the
# panel to my colleagues", "let this one slide by"). The strong ones name an abstention
# whatever they answer; the weak ones (_ABSTAIN_WEAK: "not for us", "no can do", "a no from me",
# "can't do", "hard pass") answer an offer as often, and need an occasion named.
_ABSTAIN = _rx(
    r"\b(?:giv(?:e|es|ing|en)\s+(?:[\w'-]+\s+){1,4}?a\s+(?:(?:body\s+|wide\s+)?(?:swerve|berth)|bye|"
    r"skip|miss)|take\s+a\s+bye|beg\w*\s+off|"
    # (thirteenth round) "watch from the sidelines", "stay on the bench", "bench us", "not
    # throw our hat in the ring", "take us off the list", "put me down
    # as a no", "send my regrets", "won't take you up on it", "my dance card is full"
    r"(?:watch\w*|sit\w*|stay\w*)\s+(?:from|on)\s+the\s+(?:sidelines?|bleachers|bench)|"
    r"bench\s+(?:us|me)\b|(?:not|won't|will\s+not)\s+(?:going\s+to\s+)?throw\w*\s+(?:our|my)\s+"
    r"hats?\s+in|take\s+(?:us|me)\s+off\s+the\s+"
    r"(?:list|invite|roster)|(?:put|mark)\s+(?:us|me)\s+(?:down\s+)?as\s+a\s+(?:no|not)\b|"
    r"(?:i'm|we're|i\s+am|we\s+are)\s+a\s+no\s+(?:for|on)\b|a\s+not[- ]now\b|"
    r"(?:not\s+(?:going\s+to\s+)?|won't\s+|will\s+not\s+|can't\s+|cannot\s+)take\s+you\s+up\s+on|"
    r"(?:dance\s+)?card(?:'s|\s+is)\s+(?:\w+\s+)?full|"
    r"(?:duck\w*|tap\w*|drop\w*|pull\w*|cry\w*|bow\w*)\s+(?:out|off)\b|"
    r"duck(?:ing)?\s+(?:this|that)\s+one|sit\w*\s+(?:[\w'-]+\s+){1,4}?out\b|sit\w*\s+out\b|"
    r"step\w*\s+(?:back|away|aside)\s+(?:from|for)|stand\w*\s+down\s+(?:from|on|for)|"
    r"stay\w*\s+(?:out\s+of|off\s+the|home\s+from|away\s+from)|steer\w*\s+clear\s+of|"
    r"keep\s+(?:my|our)\s+distance|"
    r"(?:count|deal|consider|leave|put)\s+(?:us|me|(?:the\s+|our\s+)?[\w'-]+\s+(?:team|side|lot))"
    r"\s+(?:out|off)\b|"
    r"leave\s+(?:[\w'-]+\s+){1,4}?to\s+(?:my|our)\s+colleagues|"
    r"leave\s+(?:[\w'-]+\s+){1,4}?to\s+(?:someone|somebody)\s+else|"
    r"excuse\s+(?:me|myself|us|ourselves)\s+from|forgo\w*|refrain\w*\s+from\s+(?:attending|"
    r"joining|the)|abstain\w*\s+from\s+(?:attending|joining|the)|"
    r"(?:send\w*|accept)\s+(?:(?:my|our|his|her|their)\s+)?regrets|(?:my|our)\s+regrets\s+for|"
    r"regrets\s+from\s+(?:me|us|our)|"
    r"let\s+(?:[\w'-]+\s+){1,4}?(?:slide|sail|pass)\s+(?:by|me\s+by|past|without)|"
    r"(?:a|an)\s+no-show\s+(?:for|at)|rsvp\s+no|"
    r"(?:go\s+ahead|carry\s+on|run)\s+without\s+(?:me|us|our\s+lot)\b|"
    r"(?:will|'ll)\s+have\s+to\s+do\s+without\s+(?:me|us)\b|"
    r"rather\s+(?:catch|watch)\s+the\s+(?:replay|recording)|"
    r"(?:i'm|we're|i\s+am|we\s+are)\s+out\s+(?:for|on)\s+the)"
)
_ABSTAIN_WEAK = _rx(
    r"\b(?:not\s+(?:one\s+)?for\s+(?:me|us)|no\s+can\s+do|no\s+dice|(?:a|an)\s+(?:no|no-go|"
    r"non-starter|pass)\s+(?:for|from|on)\b|(?:'s|is)\s+a\s+(?:no|no-go|pass)\b|"
    r"can't\s+do\s+the|not\s+(?:going\s+to\s+)?make\s+it\s+to|won't\s+be\s+at\s+the|hard\s+pass|"
    r"hold\w*\s+off\s+(?:on\s+)?(?:joining|attending|accepting)|"
    r"skip(?:s|ped|ping)?|declin(?:e|es|ed|ing)|apologies\s+for\s+the|"
    r"pass(?:es|ed|ing)?(?!\s+(?:along|by|through|on\s+to|(?:it|this|that|them|the\s+word)\s+"
    r"(?:along|on)))"
    r")\b"
)
# An occasion: _INVITATION's, and the days, visits and gatherings other writers name.
_OCCASION_MORE = _rx(
    r"\b(?:visit|preview|screening|tasting|training|(?:field|user|strategy|golf|training|open|"
    r"away|fun|family)\s+day|evening|awards?\s+night|cohort|instalment|installment|masterclass|"
    r"kick-?off|briefing|demos?|walkthrough|qbr|quarterly|steering\s+group|working\s+group|"
    r"focus\s+group|guest\s+list|hospitality|round\s+table|call|meeting|get-together|drinks|"
    r"ceremony|launch|show)\b"
)
# ...for this time: this one, this round, this edition, this year's, on this occasion, for now.
_THIS_TIME = _rx(
    r"\b(?:this|that)[\s-]+(?:time(?:\s+around)?|one|round|go(?:-round)?|once|occasion|edition|"
    r"instalment|installment|season|year|quarter|cycle|dance|particular\s+\w+)\b|"
    r"\bthis\s+year's\b|\bon\s+this\s+occasion\b|\bat\s+this\s+juncture\b|"
    r"\bfor\s+(?:now|the\s+time\s+being|the\s+moment|a\s+bit|the\s+foreseeable)\b|"
    r"\bjust\s+(?:now|yet)\b|\bright\s+now\b|\bnext\s+(?:time|one|occasion)\b|"
    r"\banother\s+time\b|\bnot-now\b"
)
# A state that holds now and names no strain, said to last until a later month (issue 10,
# twelfth round): our calendar or diary "is" something, nothing spare or doing, no room or
# resources, not having the time or the people, not engaging, frozen, a non-starter, peak,
# unreachable ("Our calendar is a wall of red until April", "nothing spare till April").
_HELD_NOW = _rx(
    r"\b(?:(?:our|my|the)\s+(?:calendar|diary|schedule|plate|dance\s+card)(?:'s|\s+is|\s+looks)|"
    r"nothing\s+(?:spare|doing|free|open|new)|no\s+new\s+(?:initiatives?|projects?|work)|"
    r"no\s+(?:room|resources|time|one\s+free|spare)|"
    r"(?:won't|will\s+not|don't|do\s+not|can't|cannot)\s+(?:have\s+(?:the|any)\s+(?:resources|"
    r"bandwidth|time|capacity|people|room|headspace)|engage|take\s+(?:this|it|anything)\s+on)|"
    r"non-starter|frozen|a\s+freeze|(?:it's|it\s+is)\s+all\s+go|unreachable|bigger\s+fish|"
    r"peak\s+for\s+(?:us|me))"
)
