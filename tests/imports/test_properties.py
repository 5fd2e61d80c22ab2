"""Random input never raises: importers skip and count, or refuse the whole file cleanly."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.imports.exports import ME
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.ics import read_ics
from unspoken.imports.mbox import read_mbox
from unspoken.imports.rfc822 import Parsed, Rejected, parse_message

SEP = b"From someone@example.com Tue Sep 15 10:00:00 2026\n"
HEADER_NAMES = st.sampled_from([
    "From", "To", "Cc", "Date", "Subject", "Message-ID", "References", "In-Reply-To",
    "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "X-Gmail-Labels",
    "X-GM-THRID", "Auto-Submitted", "Precedence", "List-Id", "X-From", "Received"])
HEADER_VALUES = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "multipart/mixed; boundary=b", 'multipart/alternative; boundary="b"', "text/html",
        "text/plain; charset=x-unknown", "text/plain; charset=utf-16", "base64",
        "quoted-printable", "=?utf-8?b?!!!?=", "=?x-bad?q?a?=", "<a@b> <c@d>", "Chat,Spam",
        "Tue, 15 Sep 2026 10:00:00 +0000", "Tue, 31 Feb 2026 99:99:99 +9999", '"a, b" <x@y.z>',
        "multipart/report; report-type=delivery-status; boundary=b"]),
)
BODIES = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from([b"--b", b"--b--", b"Content-Type: text/plain", b"", b"hello",
                              b"Content-Transfer-Encoding: base64", b"aGVsbG8=", b"\xff\xfe",
                              b"From x", b">From y", b"\r"]), max_size=30
             ).map(b"\n".join),
)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _file(data: bytes, suffix: str) -> Path:
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as f:
        f.write(data)
    return Path(f.name)


class TestImportersNeverRaise:
    @SETTINGS
    @given(st.binary(max_size=2000))
    def test_random_bytes_as_an_mbox_file(self, data):
        for blob in (data, SEP + data, SEP + b"From: a@b.com\n" + data + b"\n" + SEP + data):
            path = _file(blob, ".mbox")
            try:
                list(read_mbox(path, me=ME, skips=Skips()))
            except UnreadableSource:
                pass
            finally:
                path.unlink()

    @SETTINGS
    @given(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=12), BODIES)
    def test_random_headers_and_mime_parse_or_are_rejected_with_a_known_reason(self, headers,
                                                                                 body):
        head = "".join(f"{k}: {v}\n" for k, v in headers).encode("utf-8", "surrogatepass")
        result = parse_message(head + b"\n" + body, me=ME, source="t", fallback_id="t#0",
                               latest=datetime(2027, 1, 1, tzinfo=UTC))
        assert isinstance(result, Parsed | Rejected)
        if isinstance(result, Rejected):
            assert result.reason != "unparseable message"  # no unexpected exception inside

    @SETTINGS
    @given(st.one_of(
        st.text(max_size=500),
        st.lists(st.sampled_from([
            "BEGIN:VEVENT", "END:VEVENT", "UID:x", "DTSTART:20260101T100000Z",
            "DTSTART;VALUE=DATE:20260102", "DTSTART:garbage", "RRULE:FREQ=DAILY;COUNT=3",
            "RRULE:FREQ=NOPE", "RRULE:FREQ=WEEKLY;UNTIL=bad", "EXDATE:20260102T100000Z",
            "RECURRENCE-ID:20260102T100000Z", "STATUS:CANCELLED", "ATTENDEE:mailto:a@b.com",
            "ATTENDEE;PARTSTAT=WHAT:xx", "ORGANIZER:nobody", "SEQUENCE:abc", "DURATION:PT1H",
            "BEGIN:VTIMEZONE", "END:VTIMEZONE", "TZID:Nowhere/Else", ";;;", "X:\xff"]),
            max_size=25).map(lambda lines: "BEGIN:VCALENDAR\n" + "\n".join(lines)
                             + "\nEND:VCALENDAR\n"),
    ))
    def test_random_ics_text(self, text):
        path = _file(text.encode("utf-8", "surrogatepass"), ".ics")
        try:
            list(read_ics(path, start=datetime(2025, 1, 1, tzinfo=UTC),
                          end=datetime(2027, 1, 1, tzinfo=UTC), skips=Skips()))
        except UnreadableSource:
            pass
        finally:
            path.unlink()
