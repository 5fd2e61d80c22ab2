"""Quote and signature stripping (signals/text.py) on the formats real clients write.

Enron excerpts come from ../shared/data/enron (CMU Enron corpus, see ../shared/data/SOURCES.md);
those tests skip when the shared data is absent.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspoken.signals.text import html_to_text, split_reply

SHARED = Path(__file__).parents[3] / "shared"
ENRON = SHARED / "data" / "enron"


def new(body: str) -> str:
    return split_reply(body)[0]


class TestSplitReplyQuotedHistory:
    def test_gmail_attribution_then_quote_is_dropped(self) -> None:
        body = (
            "Sounds good, Thursday works.\n\n"
            "On Mon, Oct 12, 2026 at 10:02 AM Dana Reyes <dana@acme.com> wrote:\n"
            "> Can we meet Thursday?\n> Dana\n"
        )
        assert new(body) == "Sounds good, Thursday works."

    def test_gmail_attribution_wrapped_over_two_lines(self) -> None:
        body = (
            "Thanks, will review.\n\n"
            "On Mon, Oct 12, 2026 at 10:02 AM Dana Reyes <dana.reyes@acme-logistics.com>\n"
            "wrote:\n\n> Please see the attached.\n"
        )
        assert new(body) == "Thanks, will review."

    def test_attribution_without_quote_marks_cuts_everything_below(self) -> None:
        body = "Fine by me.\n\nOn Oct 12, 2026, at 10:02, Dana Reyes wrote:\n\nCan we meet?\n"
        assert new(body) == "Fine by me."

    def test_apple_mail_attribution(self) -> None:
        body = "Yes.\n\nOn 12 Oct 2026, at 10:02, Dana Reyes <dana@acme.com> wrote:\n\n> Ready?\n"
        assert new(body) == "Yes."

    def test_french_attribution(self) -> None:
        body = (
            "Merci, c'est noté.\n\n"
            "Le lun. 12 oct. 2026 à 10:02, Dana Reyes <dana@acme.com> a écrit :\n"
            "> Bonjour,\n> Voici le devis.\n"
        )
        assert new(body) == "Merci, c'est noté."

    def test_outlook_header_block(self) -> None:
        body = (
            "Approved.\n\n"
            "________________________________\n"
            "From: Dana Reyes <dana@acme.com>\n"
            "Sent: Monday, October 12, 2026 10:02 AM\n"
            "To: Sam Park <sam@northwind.com>\n"
            "Subject: RE: PO 4471\n\n"
            "Please approve PO 4471.\n"
        )
        assert new(body) == "Approved."

    def test_french_outlook_header_block(self) -> None:
        body = (
            "Validé.\n\nDe : Dana Reyes\nEnvoyé : lundi 12 octobre 2026 10:02\n"
            "À : Sam Park\nObjet : Devis\n\nPouvez-vous valider ?\n"
        )
        assert new(body) == "Validé."

    def test_original_message_separator(self) -> None:
        body = "Ken will attend.\n\n-----Original Message-----\nFrom: Cash, Michelle\nHello\n"
        assert new(body) == "Ken will attend."

    def test_lotus_notes_name_date_to_block(self) -> None:
        body = (
            "Ken will be here.\r\n\r\nrosie\r\n\r\n\r\n\r\n"
            "Katherine Brown\r\n07/14/2000 08:35 AM\r\n\r\n\r\n"
            "To: James M Bannantine/ENRON_DEVELOPMENT@ENRON_DEVELOPMENT, Cliff \r\n"
            "Baxter/HOU/ECT@ECT\r\ncc: \r\nSubject: EXECUTIVE COMMITTEE MEETING\r\n\r\nAgenda\r\n"
        )
        assert new(body) == "Ken will be here.\n\nrosie"

    def test_lotus_notes_name_and_date_on_one_line(self) -> None:
        body = (
            "Regrettably, Mr. Lay will not be able to attend.\n\nTori\n\n\n"
            "Gayla E Seiter @ ENRON_DEVELOPMENT   11/15/2000 08:21 AM\n\n"
            "To: Kenneth Lay/Corp/Enron@ENRON\ncc:\nSubject: Holiday Party\n"
        )
        assert new(body) == "Regrettably, Mr. Lay will not be able to attend.\n\nTori"

    def test_notes_forward_keeps_only_the_note_above(self) -> None:
        body = (
            "FYI - see below.\n\n"
            "---------------------- Forwarded by Rosalee Fleming/Corp/Enron on 12/13/2000 "
            "09:05 AM ---------------------------\n\nOriginal text\n"
        )
        assert new(body) == "FYI - see below."

    def test_pure_forward_has_no_new_text(self) -> None:
        body = "---------- Forwarded message ---------\nFrom: Dana\nDate: Mon\n\nHello\n"
        assert new(body) == ""

    def test_interleaved_reply_keeps_unquoted_parts(self) -> None:
        body = (
            "On Mon, Oct 12, 2026 at 10:02 AM Dana <dana@acme.com> wrote:\n"
            "> Can you do Thursday?\n"
            "Yes, 2pm works.\n"
            "> And can you bring the contract?\n"
            "I will bring two copies.\n"
        )
        assert new(body) == "Yes, 2pm works.\nI will bring two copies."

    def test_bottom_posted_reply(self) -> None:
        body = "> Are we still on for Friday?\n> Dana\n\nYes, see you then.\n"
        assert new(body) == "Yes, see you then."

    def test_plain_text_is_unchanged(self) -> None:
        body = "Hi Dana,\n\nThe numbers look right to me.\n\nSam"
        assert new(body) == body

    def test_from_inside_a_sentence_is_not_a_header(self) -> None:
        body = "From: the team's point of view this is fine.\nLet's go ahead."
        assert new(body) == body


class TestSplitReplySignature:
    def test_dash_dash_delimiter(self) -> None:
        text, sig = split_reply("See you then.\n\n-- \nDana Reyes\nVP of Operations\n")
        assert text == "See you then."
        assert sig.splitlines()[-1] == "VP of Operations"

    def test_sent_from_my_iphone(self) -> None:
        text, sig = split_reply("Works for me.\n\nSent from my iPhone")
        assert (text, sig) == ("Works for me.", "Sent from my iPhone")

    def test_device_footer_behind_a_dash(self) -> None:
        # Its apology for typos is no small talk: the footer is cut before markers are read.
        for footer in ("- sent from phone, sorry for typos", "-- sent from my phone, pls excuse "
                       "brevity", "\u2014 Sent via mobile, pls excuse typos"):
            text, sig = split_reply(f"Hi,\n\nThe export ran fine today.\n\n{footer}\nDana")
            assert text == "Hi,\n\nThe export ran fine today."
            assert sig.startswith(footer)

    def test_valediction_then_name_title_company_phone(self) -> None:
        body = (
            "I'll send the signed order form tomorrow.\n\nBest,\nDana Reyes\n"
            "VP of Operations\nAcme Logistics\n+1 (555) 123-4567\n"
        )
        text, sig = split_reply(body)
        assert text == "I'll send the signed order form tomorrow.\n\nBest,"
        assert sig.startswith("Dana Reyes") and "VP of Operations" in sig

    def test_contact_block_without_valediction(self) -> None:
        body = (
            "Please find the agenda attached.\n\nKim Kosman\nFederalism Project\n"
            "(p) 202 862 4883"
        )
        text, sig = split_reply(body)
        assert text == "Please find the agenda attached."
        assert sig.startswith("Kim Kosman")

    def test_legal_disclaimer(self) -> None:
        body = (
            "Confirmed for Tuesday.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments "
            "are confidential and intended solely for the addressee.\n"
        )
        text, sig = split_reply(body)
        assert text == "Confirmed for Tuesday."
        assert sig.startswith("CONFIDENTIALITY NOTICE")

    def test_long_last_paragraph_is_not_a_signature(self) -> None:
        body = (
            "Thanks for the update.\n\nWe reviewed the proposal with our finance team yesterday "
            "and we would like to go ahead with the first phase as discussed on the call."
        )
        assert split_reply(body) == (body, "")


class TestHtmlToText:
    def test_blockquote_becomes_quoted_lines(self) -> None:
        html = "<div>Sounds good.</div><blockquote><p>Can we meet?</p></blockquote>"
        assert html_to_text(html) == "Sounds good.\n\n> Can we meet?"

    def test_gmail_quote_is_stripped_by_split_reply(self) -> None:
        html = (
            '<div dir="ltr">Works for me!</div><br><div class="gmail_quote">'
            '<div class="gmail_attr">On Mon, Oct 12, 2026 at 10:02 AM Dana wrote:<br></div>'
            '<blockquote class="gmail_quote">Thursday?</blockquote></div>'
        )
        assert new(html_to_text(html)) == "Works for me!"

    def test_outlook_reply_div_cuts_history(self) -> None:
        html = (
            "<p>Approved.</p><div id=\"divRplyFwdMsg\"><b>From:</b> Dana<br><b>Sent:</b> Monday"
            "</div><div>Please approve PO 4471.</div>"
        )
        assert new(html_to_text(html)) == "Approved."

    def test_gmail_signature_div_becomes_signature(self) -> None:
        html = (
            '<div>See you Thursday.</div><div class="gmail_signature">Dana Reyes<br>'
            "VP of Operations</div>"
        )
        text, sig = split_reply(html_to_text(html))
        assert text == "See you Thursday."
        assert "VP of Operations" in sig

    def test_scripts_styles_and_entities(self) -> None:
        html = "<style>p{}</style><script>x()</script><p>Caf&eacute; &amp; tea&nbsp;at 3</p>"
        assert html_to_text(html) == "Café & tea at 3"

    def test_broken_markup_still_gives_text(self) -> None:
        assert "hello" in html_to_text("<div><p>hello<b>world</div></span><<<")


def _enron_reply_bodies(limit: int) -> list[str]:
    bodies = []
    for path in sorted(ENRON.glob("*/_sent*/*")) + sorted(ENRON.glob("*/sent_items/*")):
        with path.open("rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        if not re.match(r"\s*(?:re|fw|fwd)\s*:", str(msg.get("subject", "")), re.I):
            continue
        part = msg.get_body(preferencelist=("plain",))
        if part is not None:
            bodies.append(part.get_content())
        if len(bodies) >= limit:
            break
    return bodies


_RESIDUE = re.compile(
    r"-{2,}\s*original message|forwarded by .* on \d|^\s*(?:from|sent|to|cc|subject)\s*:.*\n"
    r"(?:.*\n){0,4}?\s*(?:sent|to|cc|subject)\s*:|\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2} [ap]m\s*\n"
    r"(?:\s*\n){0,3}\s*to:",
    re.IGNORECASE | re.MULTILINE,
)


@pytest.mark.skipif(not ENRON.is_dir(), reason="shared Enron data not present")
class TestEnronReplies:
    def test_quoted_headers_rarely_survive(self) -> None:
        bodies = [b for b in _enron_reply_bodies(400) if _RESIDUE.search(b)]
        assert len(bodies) >= 50
        left = [b for b in bodies if _RESIDUE.search(new(b))]
        assert len(left) / len(bodies) < 0.05

    def test_rosalee_fleming_reply_keeps_her_note(self) -> None:
        path = ENRON / "lay-k" / "sent_items" / "3_"
        if not path.exists():
            pytest.skip("fixture file not present")
        with path.open("rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        text = new(msg.get_body(preferencelist=("plain",)).get_content())
        assert text.startswith("Hi Michelle -")
        assert "Original Message" not in text and "Dear Mr. Lay" not in text


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_split_reply_never_raises_and_never_grows(self, body: str) -> None:
        text, sig = split_reply(body)
        assert len(text) <= len(body)
        assert len(sig) <= len(body)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from([
        "Hi Dana,", "> quoted", "On Mon, Oct 12 Dana wrote:", "From: x", "Sent: y", "To: z",
        "-----Original Message-----", "-- ", "Best,", "Sam", "", "07/14/2000 08:35 AM",
        "Thanks for the update.", "Sent from my iPhone", "\r",
    ]), max_size=30))
    def test_new_text_lines_come_from_the_body(self, lines: list[str]) -> None:
        body = "\n".join(lines)
        text, _sig = split_reply(body)
        source = set(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        assert all(line in source for line in text.split("\n") if line)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivpbrq&;#x0123!-\n"))))
    def test_html_to_text_never_raises(self, html: str) -> None:
        assert isinstance(html_to_text(html), str)

    @settings(max_examples=100, deadline=None)
    @given(st.text())
    def test_html_to_text_on_any_text(self, html: str) -> None:
        assert isinstance(html_to_text(html), str)
