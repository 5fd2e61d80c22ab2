"""Role and title from a signature block or a title string.

A title is split into segments ("Vice President, Regulatory Affairs" -> two segments); in each
segment only the part before "of"/"for"/"to" names the rank ("Head of Sales" -> "Head",
"Assistant to the CEO" -> "Assistant"), and the LAST rank word there is the head noun
("Director's Assistant" -> assistant, "Assistant Director" -> director with a junior
modifier). The highest role over the segments wins. Decisions, so they are checkable:

- executive: C-level and "Chief … Officer", President, VP/SVP/EVP and Assistant Vice
  President (a bank/insurance officer rank above director), Director, Managing Director,
  Head of …, Founder, Partner (as the head noun, not "Partner Manager"), GM / General Manager,
  Chair, Owner (not "Product Owner"), General Counsel, Treasurer, Chief of Staff (a senior
  seat that speaks for the executive), Corporate Secretary, and the admin's extra patterns.
- manager: Manager, Lead, Supervisor, Controller; "Assistant/Associate Director" (junior
  rank of director); Account/Client Director (a seller's territory, not a budget owner).
- assistant: Executive/Administrative/Personal Assistant, "Assistant to …", EA/PA,
  Secretary, Office Manager (they run the calendar and the inbox, and redirect).
- individual: Engineer, Analyst, Specialist, Coordinator, Associate, Trader, Counsel,
  "… Executive" as a noun (Account Executive), and other contributor nouns.
"""

from __future__ import annotations

import re

from unspoken.signals import patterns as _patterns
from unspoken.signals.model import Role

_RANK = {Role.EXECUTIVE: 4, Role.MANAGER: 3, Role.ASSISTANT: 2, Role.INDIVIDUAL: 1, Role.UNKNOWN: 0}

_SEGMENT_SPLIT = re.compile(r"\s*(?:[,;|/\u2022\u00b7]|\s[-\u2013\u2014&]\s|\band\b|\bet\b)\s*")
# The complement after these words names a field, a person or a company, not a rank.
_COMPLEMENT = re.compile(
    r"(?<=\S)\s(?:of|for|to|at|in|on|with|de|du|des|d'|chez|pour|aupr\u00e8s)\s.*$|@.*$",
    re.IGNORECASE,
)

# (pattern, role) for head nouns. Order does not matter: the rightmost match wins.
_EXEC = (
    r"chief\s+executive(?:\s+officer)?|c[a-z]?[eotfoirmpsd]o|cxo|c\.e\.o\.?"
    r"|chief(?:\s+\w+){0,4}\s+officer|chief"
    r"|(?:(?:senior|executive|exec|sr\.?|assistant|asst\.?|group|corporate|regional|area)\s+)?"
    r"(?:vice[\s-]+president|v\.?p\.?)"
    r"|svp|evp|avp|gvp|rvp|president|pr\u00e9sident(?:e)?|pdg|directeur|directrice"
    r"|(?:managing|executive|general)\s+director|director|dir\.?"
    r"|head(?=\s*$)|founder|co-?founder|cofounder|fondateur|fondatrice"
    r"|(?:managing|senior|general|founding|equity)\s+partner|partner(?=\s*$)"
    r"|gm|general\s+manager|chair(?:man|woman|person)?|owner|proprietor"
    r"|general\s+counsel|treasurer|(?:corporate|company)\s+secretary|principal(?=\s*$)"
    r"|board\s+member|trustee|md"
)
_MANAGER = (
    r"manager|mgr\.?|lead|leader|supervisor|superintendent|foreman|controller|team\s+lead"
    r"|responsable|chef|(?:account|client|creative|associate|assistant|asst\.?)\s+director"
    r"|(?:account|client|creative|associate|assistant|asst\.?)\s+dir\.?"
)
_ASSISTANT = (
    r"assistant|asst\.?|assistante|ea|pa|secretary|secr\u00e9taire|receptionist"
    r"|office\s+manager|scheduler|executive\s+assistant"
)
_INDIVIDUAL = (
    r"engineer|developer|programmer|analyst|specialist|coordinator|associate|consultant"
    r"|representative|rep|trader|accountant|lawyer|attorney|counsel|designer|scientist"
    r"|researcher|administrator|officer|agent|clerk|technician|architect|intern|planner"
    r"|buyer|advisor|adviser|writer|editor|recruiter|strategist|economist|executive"
    r"|product\s+owner|ing\u00e9nieur|ingenieur|charg\u00e9e?|commercial|stagiaire|staff"
    r"|member|auditor|paralegal|nurse|teacher|student|professional|expert"
)
_HEAD = re.compile(
    rf"(?<![\w'])(?:(?P<exec>{_EXEC})|(?P<mgr>{_MANAGER})|(?P<asst>{_ASSISTANT})|(?P<ind>{_INDIVIDUAL}))"
    r"(?![\w'-])",
    re.IGNORECASE,
)
_SIG_SKIP = re.compile(
    r"\S+@\S+|https?://|www\.|\+?\d[\d ().-]{6,}\d|^\W*(?:tel|phone|mobile|cell|fax|t|m|p|f)\b\W",
    re.IGNORECASE,
)


def role_from_title(title: str, *, extra_patterns: tuple[str, ...] = ()) -> Role:
    """Role named by a job title; UNKNOWN when it names none."""
    role, _ = _classify(title, extra_patterns)
    return role


def role_from_signature(
    signature: str, *, extra_patterns: tuple[str, ...] = ()
) -> tuple[Role, str]:
    """(role, title line) found in a signature block; (UNKNOWN, "") when none."""
    if not signature:
        return Role.UNKNOWN, ""
    best: tuple[Role, str] = (Role.UNKNOWN, "")
    lines = [ln.strip(" \t*_-|>") for ln in signature.splitlines()]
    for line in [ln for ln in lines if ln][:10]:
        if len(line) > 90 or _SIG_SKIP.search(line):
            continue
        role, title = _classify(line, extra_patterns)
        if _RANK[role] > _RANK[best[0]]:
            best = (role, title)
            if role is Role.EXECUTIVE:
                break
    return best


def _classify(text: str, extra_patterns: tuple[str, ...]) -> tuple[Role, str]:
    text = text.strip()
    if not text or len(text) > 200:
        return Role.UNKNOWN, ""
    if extra_patterns and _patterns.matches_any(text, extra_patterns):
        return Role.EXECUTIVE, text
    best = Role.UNKNOWN
    start = -1
    pos = 0
    for segment in _SEGMENT_SPLIT.split(text):
        role = _segment_role(segment)
        if _RANK[role] > _RANK[best]:
            best = role
            start = text.find(segment, pos)
        pos += len(segment)
    if best is Role.UNKNOWN:
        return best, ""
    return best, text[max(0, start) :].strip()


def _segment_role(segment: str) -> Role:
    rank_part = _COMPLEMENT.sub("", " " + segment.strip()).strip()
    last = None
    for m in _HEAD.finditer(rank_part):
        word = m.group(0)
        # Two-letter abbreviations count only in capitals ("EA", "VP"), not "ea"/"pa" in text.
        if len(word) == 2 and word.lower() in ("ea", "pa", "gm", "md", "vp") and not word.isupper():
            continue
        last = m
    if last is None:
        return Role.UNKNOWN
    if last.group("exec"):
        return Role.EXECUTIVE
    if last.group("mgr"):
        return Role.MANAGER
    if last.group("asst"):
        return Role.ASSISTANT
    return Role.INDIVIDUAL
