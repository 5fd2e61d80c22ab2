"""Quote and signature stripping: what a reply *adds*, whatever client wrote it.

One linear pass over the lines finds where quoted history starts (Gmail/Apple/French
attributions, Outlook header blocks, "-----Original Message-----", Lotus Notes
`Name / MM/DD/YYYY HH:MM AM / To:` blocks, forwards); `>` lines are dropped but unquoted
lines between them are kept (interleaved replies). A second pass on the remaining tail
splits off the signature ("-- ", "Sent from my iPhone", disclaimers, "Best,\\nName\\nTitle").
Every regex is anchored and applied to one line, so the cost is linear in the body.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# --- quoted-history headers -------------------------------------------------------------

# "-----Original Message-----", "----- Forwarded by X on ... -----", "Begin forwarded message:".
_SEPARATOR = re.compile(
    r"\s*-{2,}\s*(?:original\s+message|message\s+d'origine|urspr\u00fcngliche\s+nachricht"
    r"|forwarded\s+(?:message|by)|message\s+transf\u00e9r\u00e9|reply\s+message)\b"
    r"|\s*begin\s+forwarded\s+message\s*:"
    r"|\s*-{5,}\s*forwarded\b"
    r"|\s*_{5,}\s*(?:forwarded\s+by|reply\s+separator)\b",
    re.IGNORECASE,
)
# Attribution lines: Gmail "On Mon, Oct 12, 2026 at 10:02 AM X <x@y> wrote:", Apple
# "On 12 Oct 2026, at 10:02, X wrote:", French "Le lun. 12 oct. 2026 à 10:02, X a écrit :",
# German "Am ... schrieb X:". The start and the end may sit on two wrapped lines.
_ATTRIB_START = re.compile(r"\s*(?:on|le|am|el|il)\s+\S", re.IGNORECASE)
_ATTRIB_END = re.compile(
    r".*(?:\bwrote|\ba\s+\u00e9crit|\bschrieb|\bescribi\u00f3|\bha\s+scritto)\s*:?\s*$",
    re.IGNORECASE,
)
_ATTRIB_ONE = re.compile(r"\s*\S.{0,200}\bwrote\s*:\s*$", re.IGNORECASE)
# Outlook / Apple / Lotus header lines inside a quoted block.
_HEADER_KEY = re.compile(
    r"\s*\*?(from|sent|date|to|cc|bcc|subject|sent by|de|envoy\u00e9|\u00e0|objet|a|"
    r"von|gesendet|an|betreff)\*?\s?:",
    re.IGNORECASE,
)
_FROM_KEY = re.compile(r"\s*\*?(?:from|de|von)\*?\s?:\s*\S", re.IGNORECASE)
# Lotus Notes: "MM/DD/YYYY HH:MM AM" alone on a line (the name is on the line above), or
# "Name <x@y> on 05/14/2001 12:09:54 PM", "From: Name on 03/26/2001 01:28 PM".
_NOTES_DATE = re.compile(
    r"(?:^|(?<=\s))(?:(?:on|le)\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?[ \t]*$"
)
_NOTES_TO = re.compile(r"\s*(?:to|cc|subject|sent by)\s*:", re.IGNORECASE)
# A Notes block whose name/date lines were lost: "To: a/b@C" ... "cc:" / "Subject:".
_BARE_TO = re.compile(r"\s*(?:to|sent by)\s*:", re.IGNORECASE)
_BARE_NEXT = re.compile(r"\s*(?:cc|subject)\s*:", re.IGNORECASE)
_QUOTED = re.compile(r"\s{0,3}>")

# --- signatures ---------------------------------------------------------------------------

# A device's footer, also behind a dash ("- sent from phone, sorry for typos"): its apology
# for typos is the phone's etiquette, not a note about the writer's day (no small talk).
_MOBILE = re.compile(
    r"\s*(?:[-\u2013\u2014]{1,2}\s*)?(?:sent\s+(?:from|via|with)\s+(?:my\s+)?\S+"
    r"|envoy\u00e9\s+(?:de|depuis)\s+(?:mon|ma)\s+\S+"
    r"|get\s+outlook\s+for\s+\S+"
    r"|t\u00e9l\u00e9charger\s+outlook\b)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\s*\**\s*(?:confidential(?:ity)?\s+(?:notice|note|statement|warning)|disclaimer\b"
    r"|this\s+(?:e-?mail|message|communication|transmission)\b.{0,60}"
    r"\b(?:confidential|privileged|intended\s+(?:solely|only)|intended\s+recipient)"
    r"|the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message|communication)"
    r"|if\s+you\s+(?:are\s+not|have\s+received\s+this)\b.{0,40}"
    r"(?:intended\s+recipient|in\s+error)"
    r"|ce\s+(?:message|courriel|mail)\b.{0,60}\bconfidenti"
    r"|\*{3,}\s*(?:ebiz|confidential|disclaimer))",
    re.IGNORECASE,
)
_VALEDICTION = re.compile(
    r"\s*(?:best(?:\s+(?:regards|wishes))?|regards|kind(?:est)?\s+regards|warm(?:est)?\s+regards"
    r"|many\s+thanks|thanks(?:\s+(?:again|so\s+much|a\s+lot))?|thank\s+you|thx|cheers|sincerely"
    r"|yours(?:\s+(?:truly|sincerely))?|all\s+the\s+best|talk\s+soon|take\s+care|rgds|br"
    r"|cordialement|bien\s+(?:\u00e0|a)\s+(?:vous|toi)|bien\s+cordialement|merci(?:\s+beaucoup)?"
    r"|bonne\s+(?:journ\u00e9e|soir\u00e9e)|amiti\u00e9s|salutations|tr\u00e8s\s+cordialement)"
    r"\s*[,.!\u2014-]*\s*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:\+?\d[\d ().-]{6,}\d|\S+@\S+\.\w+|https?://|www\.|\b(?:tel|phone|mobile|cell|fax|"
    r"direct|office|t|m|p|f)\s*[.:]\s*[+(\d])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.?!]\s*$")
_SIG_MAX_LINES = 10
_SIG_MAX_CHARS = 80


def split_reply(body: str) -> tuple[str, str]:
    """(new text, signature block) of a plain-text body: quoted history and signature removed."""
    if not body:
        return "", ""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = _unquoted_lines(lines)
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    cut = _signature_start(kept)
    new = "\n".join(kept[:cut]).strip()
    signature = "\n".join(kept[cut:]).strip()
    return new, signature


def _unquoted_lines(lines: list[str]) -> list[str]:
    """Lines written by the sender: stop at quoted history, drop `>` lines."""
    kept: list[str] = []
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            kept.append("")
            i += 1
            continue
        if _QUOTED.match(line):
            i += 1
            continue
        if len(stripped) < 400:
            attrib = _attribution_span(lines, i)
            if attrib:
                # An attribution followed by `>` lines only introduces the quote: drop it and
                # keep scanning (bottom-posting, interleaved). Otherwise the history is
                # unmarked (HTML converted, top-posted): everything below is quoted.
                if _next_is_quoted(lines, i + attrib):
                    i += attrib
                    continue
                return _drop_trailing_rule(kept)
            if _SEPARATOR.match(line) or _is_header_block(lines, i) or _is_bare_block(lines, i):
                return _drop_trailing_rule(kept)
            notes = _notes_block_start(lines, i)
            if notes is not None:
                # The block's first line (the author's name) may already be kept.
                back = i - notes
                if back and len(kept) >= back:
                    del kept[len(kept) - back :]
                return _drop_trailing_rule(kept)
        kept.append(line)
        i += 1
    return kept


def _attribution_span(lines: list[str], i: int) -> int:
    """Number of lines (1 or 2) of an "On … wrote:" attribution starting at line i, else 0."""
    line = lines[i]
    if _ATTRIB_START.match(line):
        if _ATTRIB_END.match(line):
            return 1
        if i + 1 < len(lines) and len(lines[i + 1]) < 200 and _ATTRIB_END.match(lines[i + 1]):
            return 2
        return 0
    if _ATTRIB_ONE.match(line) and (line.count("@") or line.count(",") or line.count(":") > 1):
        # "Dana Reyes <dana@acme.com> wrote:" / "2026-10-12 10:02 GMT+02:00 Dana wrote:"
        return 1
    return 0


def _next_is_quoted(lines: list[str], j: int) -> bool:
    n = len(lines)
    while j < n and not lines[j].strip():
        j += 1
    return j < n and bool(_QUOTED.match(lines[j]))


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: / Sent: / To: / Subject:" block starts at line i."""
    if not _FROM_KEY.match(lines[i]):
        return False
    keys = 0
    seen: set[str] = set()
    for j in range(i + 1, min(len(lines), i + 8)):
        m = _HEADER_KEY.match(lines[j])
        if m:
            key = m.group(1).lower()
            if key not in seen:
                seen.add(key)
                keys += 1
            if keys >= 2:
                return True
    return False


def _is_bare_block(lines: list[str], i: int) -> bool:
    """A header block without its From line: "To:"/"Sent by:" then "cc:"/"Subject:" soon."""
    if not _BARE_TO.match(lines[i]):
        return False
    return any(_BARE_NEXT.match(lines[j]) for j in range(i + 1, min(len(lines), i + 16)))


def _notes_block_start(lines: list[str], i: int) -> int | None:
    """Index of the first line of a Lotus Notes quoted header whose date line is i."""
    line = lines[i]
    if "/" not in line and "." not in line:
        return None
    # Searched, not matched with a lazy "who" prefix: linear even on long runs of blanks.
    m = _NOTES_DATE.search(line.rstrip())
    if not m:
        return None
    who = line[: m.start()].strip()
    seen = 0
    for j in range(i + 1, min(len(lines), i + 7)):
        if not lines[j].strip():
            continue
        seen += 1
        if _NOTES_TO.match(lines[j]):
            break
        if seen >= 3:
            return None
    else:
        return None
    if who:
        return i
    # Name on the nearest non-empty line above (within two lines).
    for k in range(i - 1, max(-1, i - 3), -1):
        if lines[k].strip():
            return k if len(lines[k].strip()) < 80 else i
    return i


def _drop_trailing_rule(kept: list[str]) -> list[str]:
    """Drop the blank lines and "____" rules that preceded a quoted block."""
    while kept and (not kept[-1].strip() or set(kept[-1].strip()) <= set("_-=*")):
        kept.pop()
    return kept


def _signature_start(lines: list[str]) -> int:
    """Index where the signature block starts (len(lines) when there is none)."""
    n = len(lines)
    # Explicit markers first: "-- ", mobile footers, disclaimers (the earliest one wins).
    for idx, line in enumerate(lines):
        if not line.strip():
            continue
        if line.strip() in ("--", "__", "\u2014"):
            return idx
        # Mobile footers and disclaimers count in the last part of the message only, not
        # when a sentence near the top happens to quote one.
        late = idx >= n // 3 or idx == 0 or n - idx <= 25
        if late and len(line) < 300 and (_MOBILE.match(line) or _DISCLAIMER.match(line)):
            return idx
    # A valediction ("Best," / "Thanks,") followed by a few short lines: name, title, phone.
    lo = max(0, n - _SIG_MAX_LINES - 2)
    for idx in range(n - 1, lo - 1, -1):
        line = lines[idx]
        if _VALEDICTION.match(line) and idx < n - 1:
            tail = [t for t in lines[idx + 1 :] if t.strip()]
            if tail and len(tail) <= _SIG_MAX_LINES and all(_short(t) for t in tail):
                return idx + 1
            break
    # No valediction: a final paragraph of short lines with contact details.
    start = n
    for idx in range(n - 1, -1, -1):
        if not lines[idx].strip():
            break
        start = idx
    block = lines[start:]
    if (
        0 < start < n
        and 2 <= len(block) <= _SIG_MAX_LINES
        and all(_short(t) for t in block)
        and any(_CONTACT.search(t) for t in block)
    ):
        return start
    return n


def _short(line: str) -> bool:
    s = line.strip()
    return len(s) <= _SIG_MAX_CHARS and not (_SENTENCE_END.search(s) and len(s.split()) > 6)


# --- HTML ---------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "pre", "section", "article", "header", "footer", "address", "dd", "dt", "dl", "center"
    ]
)
_SKIP_TAGS = frozenset(("script", "style", "head", "title", "template", "xml"))
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote")
_SIG_CLASSES = ("gmail_signature", "moz-signature", "signature")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_TAG = re.compile(r"<[^>]*>")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []  # finished lines
        self.cur: list[str] = []
        self.quote = 0  # depth of quoting (blockquote / quote divs)
        self.skip = 0
        self.pre = 0
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, opened quote, is sig)

    def _flush(self) -> None:
        text = "".join(self.cur).strip()
        self.cur = []
        if text:
            prefix = "> " * self.quote
            self.out.append(prefix + text)
        elif self.out and self.out[-1] != "":
            self.out.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag in _BLOCK_TAGS or tag == "blockquote":
            self._flush()
        if tag == "br" or tag == "hr" or tag in ("img", "meta", "link", "input", "wbr"):
            return  # void elements never close
        klass = ""
        ident = ""
        for k, v in attrs:
            if k == "class" and v:
                klass = v
            elif k == "id" and v:
                ident = v
        opened = tag == "blockquote" or any(c in klass for c in _QUOTE_CLASSES)
        if ident in ("divRplyFwdMsg", "appendonsend") and not opened:
            # Outlook puts the quoted header in this div and the history after it: mark
            # the cut explicitly; split_reply stops at an "-----Original Message-----" line.
            self._flush()
            self.out.append("-----Original Message-----")
        is_sig = not opened and any(c in klass for c in _SIG_CLASSES)
        if is_sig:
            self._flush()
            self.out.append("-- ")
        if opened:
            self.quote += 1
        if tag == "pre":
            self.pre += 1
        self.stack.append((tag, opened, is_sig))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK_TAGS or tag == "blockquote":
            self._flush()
        # Pop to the matching open tag (tolerates unclosed children).
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                for _t, opened, _s in self.stack[k:]:
                    if opened:
                        self._flush()
                        self.quote = max(0, self.quote - 1)
                if tag == "pre":
                    self.pre = max(0, self.pre - 1)
                del self.stack[k:]
                break

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            parts = data.split("\n")
            for part in parts[:-1]:
                self.cur.append(part)
                self._flush()
            self.cur.append(parts[-1])
        else:
            self.cur.append(_WS.sub(" ", data))

    def text(self) -> str:
        self._flush()
        return "\n".join(self.out).strip()


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body (blockquotes kept as '>' lines for split_reply)."""
    if not html:
        return ""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
        return parser.text()
    except Exception:  # html.parser is lenient, but never let odd markup break a scan
        return _WS.sub(" ", _TAG.sub(" ", html)).strip()
