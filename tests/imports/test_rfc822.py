from __future__ import annotations

import base64
from datetime import UTC, datetime

from tests.imports.exports import ME, mail
from unspoken.imports.rfc822 import Parsed, Rejected, Seen, parse_message, split_multipart
from unspoken.signals.model import Direction, MessageFlag


def parse(text: str | bytes, me: frozenset[str] = ME) -> Parsed | Rejected:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return parse_message(raw, me=me, source="test", fallback_id="test#0",
                         latest=datetime(2027, 10, 30, tzinfo=UTC))


def ok(text: str | bytes, me: frozenset[str] = ME) -> Parsed:
    result = parse(text, me)
    assert isinstance(result, Parsed), result
    return result


class TestParseMessage:
    def test_plain_message_becomes_a_received_record_with_normalised_addresses(self):
        msg = ok(mail(to="Sam <SAM@northwind-saas.com>, broken@, \"Doe, J\" <j.doe@acme.com >")
                 ).message
        assert msg.sender.email == "dana.reyes@acme-logistics.com"
        assert msg.sender.name == "Dana Reyes"
        assert [a.email for a in msg.to] == ["sam@northwind-saas.com", "j.doe@acme.com"]
        assert msg.to[1].name == "Doe, J"
        assert msg.direction is Direction.RECEIVED
        assert msg.date == datetime(2026, 9, 15, 10, 0, tzinfo=UTC)
        assert msg.message_id == "m1@acme-logistics.com"
        assert "Sounds good." in msg.new_text

    def test_message_from_me_is_sent(self):
        msg = ok(mail(frm="Sam <sam@northwind-saas.com>", to="dana@acme.com")).message
        assert msg.direction is Direction.SENT

    def test_takeout_sent_label_is_sent_even_from_an_alias(self):
        msg = ok(mail(frm="sam.alias@other.com", headers="X-Gmail-Labels: Sent,Important")
                 ).message
        assert msg.direction is Direction.SENT

    def test_chat_spam_and_trash_labels_are_ignored_not_broken(self):
        for label in ("Chat", "Spam", "Trash"):
            result = parse(mail(headers=f"X-Gmail-Labels: Inbox,{label}"))
            assert result == Rejected(label.lower(), ignored=True)

    def test_missing_and_absurd_dates_are_rejected_with_a_reason(self):
        assert parse(mail(date=None)) == Rejected("no date")
        assert parse(mail(date="not a date")) == Rejected("bad date")
        assert parse(mail(date="Mon, 1 Jan 1970 00:00:00 +0000")) == Rejected("absurd date")
        assert parse(mail(date="Mon, 1 Jan 2090 00:00:00 +0000")) == Rejected("absurd date")

    def test_missing_date_falls_back_to_the_top_received_header(self):
        msg = ok(mail(date=None, headers="Received: from mx by mx; Tue, 15 Sep 2026 11:00:00 "
                                         "+0200")).message
        assert msg.date == datetime(2026, 9, 15, 9, 0, tzinfo=UTC)

    def test_no_valid_sender_is_rejected(self):
        assert parse(mail(frm="<\"d@x\".@enron@enron.com>")) == Rejected("no sender address")

    def test_encoded_words_and_latin1_body_are_decoded(self):
        body = "Merci pour la réunion, à bientôt".encode("latin-1")
        raw = mail(frm="=?utf-8?q?Chlo=C3=A9_Dubois?= <chloe@acme.fr>",
                   subject="=?iso-8859-1?q?R=E9union?=", body="",
                   content_type="text/plain; charset=iso-8859-1").encode() + body
        msg = ok(raw).message
        assert msg.sender.name == "Chloé Dubois"
        assert msg.subject == "Réunion"
        assert "réunion, à bientôt" in msg.new_text

    def test_unknown_charset_and_undecodable_bytes_are_replaced_not_fatal(self):
        raw = mail(body="", content_type="text/plain; charset=x-klingon").encode() + b"ok \xff\xfe"
        assert "ok" in ok(raw).message.new_text
        raw = mail(body="", content_type="text/plain; charset=base64").encode() + b"fine"
        assert ok(raw).message.new_text.startswith("fine")

    def test_html_only_mail_goes_through_html_to_text(self):
        msg = ok(mail(body="<html><body><p>Hello <b>Sam</b></p></body></html>",
                      content_type="text/html; charset=utf-8")).message
        assert "Hello" in msg.new_text and "Sam" in msg.new_text

    def test_plain_part_is_preferred_and_attachments_are_not_read(self):
        b64 = base64.b64encode(b"PLAIN BODY from the customer").decode()
        body = (
            "--outer\nContent-Type: multipart/alternative; boundary=\"alt\"\n\n"
            f"--alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64"
            f"\n\n{b64}\n--alt\nContent-Type: text/html\n\n<p>HTML BODY</p>\n--alt--\n"
            "--outer\nContent-Type: text/plain; name=notes.txt\nContent-Disposition: attachment"
            "\n\nATTACHED TEXT\n--outer--\n")
        msg = ok(mail(body=body, content_type='multipart/mixed; boundary="outer"')).message
        assert msg.new_text == "PLAIN BODY from the customer"

    def test_truncated_multipart_still_yields_its_text(self):
        body = "--b\nContent-Type: text/plain\n\nStill here.\n--b\nContent-Type: app"
        msg = ok(mail(body=body, content_type="multipart/mixed; boundary=b")).message
        assert "Still here." in msg.new_text

    def test_auto_reply_headers_and_subjects_are_flagged(self):
        for kwargs in ({"headers": "Auto-Submitted: auto-replied"}, {"headers": "X-Autoreply: yes"},
                       {"headers": "Precedence: auto_reply"},
                       {"subject": "Automatic reply: Renewal"}, {"subject": "Out of Office"},
                       {"subject": "Réponse automatique : Renouvellement"}):
            assert MessageFlag.AUTO_REPLY in ok(mail(**kwargs)).message.flags, kwargs
        assert MessageFlag.AUTO_REPLY not in ok(mail(headers="Auto-Submitted: no")).message.flags

    def test_bounces_are_flagged(self):
        report = ("--r\nContent-Type: text/plain\n\nAddress not found\n--r\n"
                  "Content-Type: message/delivery-status\n\nStatus: 5.1.1\n--r--\n")
        assert MessageFlag.BOUNCE in ok(mail(
            body=report, content_type="multipart/report; report-type=delivery-status; boundary=r"
        )).message.flags
        assert MessageFlag.BOUNCE in ok(mail(frm="MAILER-DAEMON@mx.acme.com")).message.flags
        assert MessageFlag.BOUNCE in ok(mail(subject="Undeliverable: Renewal")).message.flags

    def test_bulk_senders_lists_and_esps_are_flagged(self):
        for kwargs in ({"headers": "List-Unsubscribe: <mailto:u@x.com>"},
                       {"headers": "Precedence: bulk"}, {"frm": "no-reply@vendor.com"},
                       {"frm": "notifications@github.com"}, {"headers": "X-SG-EID: abc"},
                       {"headers": "X-Gmail-Labels: Inbox,Category Promotions"}):
            assert MessageFlag.BULK in ok(mail(**kwargs)).message.flags, kwargs
        assert not ok(mail()).message.flags

    def test_invitations_are_calendar_flagged(self):
        body = "--c\nContent-Type: text/plain\n\nJoin us\n--c\nContent-Type: text/calendar\n\n" \
               "BEGIN:VCALENDAR\nEND:VCALENDAR\n--c--\n"
        assert MessageFlag.CALENDAR in ok(mail(
            body=body, content_type="multipart/mixed; boundary=c")).message.flags
        assert MessageFlag.CALENDAR in ok(mail(subject="Declined: QBR")).message.flags
        assert MessageFlag.CALENDAR in ok(mail(subject="Updated invitation: QBR @ Tue")
                                          ).message.flags

    def test_thread_id_prefers_gmail_then_references_then_subject(self):
        gm = ok(mail(headers="X-GM-THRID: 42\nReferences: <root@x>")).message
        assert gm.thread_id == "gm:42"
        ref = ok(mail(headers="References: <root@x> <parent@x>")).message
        assert ref.thread_id == "id:root@x" and ref.in_reply_to == "parent@x"
        a = ok(mail(subject="RE: Fwd: Q3  review", message_id="<a@x>")).message
        b = ok(mail(subject="Q3 review", message_id="<b@x>",
                    frm="sam@northwind-saas.com", to="dana.reyes@acme-logistics.com")).message
        assert a.thread_id == b.thread_id and a.thread_id.startswith("s:")

    def test_garbage_is_rejected_not_raised(self):
        assert isinstance(parse(b""), Rejected)
        assert isinstance(parse(b"\x00\x01\x02" * 100), Rejected)
        assert isinstance(parse(b"no headers here at all"), Rejected)


class TestSplitMultipart:
    def test_parts_between_delimiters_with_crlf(self):
        body = b"preamble\r\n--b\r\nA: 1\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\nepilogue"
        assert split_multipart(body, "b") == [b"A: 1\r\n\r\none", b"\r\ntwo"]

    def test_a_boundary_inside_a_line_is_not_a_delimiter(self):
        assert split_multipart(b"--b\n\nx --b y\n--b--\n", "b") == [b"\nx --b y"]


class TestSeen:
    def test_same_message_id_or_same_content_is_a_duplicate(self):
        seen = Seen()
        assert seen.first_time("a@x", "k1")
        assert not seen.first_time("a@x", "k2")
        assert not seen.first_time("b@x", "k1")
        assert seen.first_time("", "k3")
