"""Graph JSON (recorded fixtures) -> Message / Meeting."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.providers.microsoft.fake_graph import fixture
from unspoken.providers.microsoft import parse
from unspoken.signals.model import Direction, MeetingStatus, MessageFlag, Response

ME = frozenset({"apinangodev@outlook.com"})


def _page1() -> list[dict]:
    return fixture("graph_messages_delta_page1_nextlink.json")["value"]


class TestMessage:
    def test_recorded_reply_keeps_only_the_new_text(self):
        m = parse.message(_page1()[0], folder=parse.INBOX, me=ME)
        assert m.new_text == "Thank you for your email. This is a test reply from Nango."
        assert "From: Nango Dev" not in m.new_text
        assert m.message_id.startswith("lv5pr18mb9276") and "<" not in m.message_id
        assert m.id == "inbox:" + _page1()[0]["id"]

    def test_own_address_is_sent_and_dated_by_sending(self):
        m = parse.message(_page1()[0], folder=parse.INBOX, me=ME)
        assert m.direction is Direction.SENT
        assert m.date == datetime(2026, 5, 4, 9, 47, 50, tzinfo=UTC)

    def test_sent_items_are_sent_even_from_an_alias(self):
        m = parse.message(_page1()[0], folder=parse.SENT, me=frozenset({"other@x.test"}))
        assert m.direction is Direction.SENT

    def test_received_mail_has_sender_recipients_and_received_date(self):
        raw = fixture("graph_messages_delta_page2_deltalink.json")["value"][0]
        m = parse.message(raw, folder=parse.INBOX, me=ME)
        assert m.direction is Direction.RECEIVED
        assert m.sender.email == "account-security-noreply@accountprotection.microsoft.com"
        assert m.sender.name == "Microsoft account team"
        assert [a.email for a in m.to] == ["apinangodev@outlook.com"]
        assert m.to[0].name == ""  # Graph repeats the address as the name: dropped
        assert m.date == datetime(2026, 3, 19, 15, 0, 28, tzinfo=UTC)
        assert MessageFlag.BULK in m.flags  # a no-reply sender

    def test_unique_body_text_wins_over_the_html_body(self):
        raw = {**_page1()[0], "uniqueBody": {"contentType": "text",
                                             "content": "Short answer.\r\n\r\nDana\r\nVP Ops"}}
        m = parse.message(raw, folder=parse.INBOX, me=frozenset())
        assert m.new_text.startswith("Short answer.")

    def test_recipients_and_cc_from_the_recorded_get(self):
        raw = {**fixture("graph_message_get.json"), "isDraft": False,
               "from": {"emailAddress": {"name": "Sam", "address": "Sam@Vendor.test"}},
               "ccRecipients": [{"emailAddress": {"name": "Lee", "address": "lee@acme.test"}}]}
        m = parse.message(raw, folder=parse.SENT, me=frozenset())
        assert m.sender.email == "sam@vendor.test"
        assert [a.email for a in m.to] == ["test@example.com"]
        assert [a.email for a in m.cc] == ["lee@acme.test"]

    def test_message_ids_are_normalised_and_replies_threaded_like_the_importers(self):
        """Brackets and case differ between Graph and Gmail for the same mail: both normalise,
        and a reply's thread comes from its References, as in an export."""
        raw = {**_page1()[1], "internetMessageId": "<CAF3xT9q@Mail.Gmail.Com>",
               "conversationId": "AAQkAGI2TG93AAA=", "subject": "Re: Renewal",
               "internetMessageHeaders": [
                   {"name": "In-Reply-To", "value": "<Parent.1@Acme.test>"},
                   {"name": "References", "value": "<ROOT.0@acme.test>\r\n <Parent.1@Acme.test>"}]}
        m = parse.message(raw, folder=parse.INBOX, me=frozenset())
        assert m.message_id == "caf3xt9q@mail.gmail.com"
        assert m.in_reply_to == "parent.1@acme.test"
        assert m.thread_id == "id:root.0@acme.test"
        # Sent Items has no headers: a sent reply is threaded by subject and people.
        sent = parse.message({**raw, "internetMessageHeaders": None}, folder=parse.SENT,
                             me=frozenset())
        assert sent.in_reply_to == "" and sent.thread_id.startswith("s:")

    def test_drafts_and_removed_items_are_not_messages(self):
        assert parse.message(fixture("graph_message_get.json"), folder="drafts", me=ME) is None
        removed = fixture("graph_messages_delta_next_round_removed_docs_sample.json")["value"]
        assert parse.message(removed[0], folder=parse.INBOX, me=ME) is None
        # an update carrying only a few properties is not a new message either
        assert parse.message(removed[1], folder=parse.INBOX, me=ME) is None

    def test_auto_reply_recognised_from_headers(self):
        raw = {**_page1()[1], "subject": "Thanks for your note"}
        hdrs = parse.headers_dict([{"name": "Auto-Submitted", "value": "auto-replied"},
                                   {"name": "In-Reply-To", "value": "<a@b>"}])
        m = parse.message(raw, folder=parse.INBOX, me=frozenset(), headers=hdrs)
        assert MessageFlag.AUTO_REPLY in m.flags and m.in_reply_to == "a@b"

    def test_bounce_from_an_exchange_ndr(self):
        raw = {**_page1()[1], "subject": "Undeliverable: Renewal",
               "from": {"emailAddress": {"name": "Microsoft Outlook", "address":
                                         "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
                                         "@acme.test"}}}
        assert parse.needs_headers(raw, parse.INBOX)
        m = parse.message(raw, folder=parse.INBOX, me=frozenset())
        assert MessageFlag.BOUNCE in m.flags

    def test_header_candidates_exclude_sent_items_and_plain_mail(self):
        raw = {**_page1()[1], "subject": "Automatic reply: Renewal"}
        assert parse.needs_headers(raw, parse.INBOX)
        assert not parse.needs_headers(raw, parse.SENT)  # Sent Items carries no headers
        assert not parse.needs_headers(_page1()[1], parse.INBOX)
        delivered = {**raw, "internetMessageHeaders": [{"name": "Auto-Submitted",
                                                        "value": "auto-replied"}]}
        assert not parse.needs_headers(delivered, parse.INBOX)  # delta already gave them


class TestMeeting:
    def _events(self) -> list[dict]:
        return fixture("graph_events_list_series_master.json")["value"]

    def test_single_instance_from_the_recording(self):
        m = parse.meeting(self._events()[0])
        assert m.title == "Test Meeting" and not m.recurring
        assert m.start == datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
        assert m.end == datetime(2026, 6, 15, 11, 0, tzinfo=UTC)
        assert m.organizer.email == "apinangodev@outlook.com"
        assert m.status is MeetingStatus.CONFIRMED

    def test_series_master_is_left_to_its_occurrences(self):
        assert parse.meeting(self._events()[1]) is None

    def test_attendee_responses(self):
        ev = {**self._events()[0], "attendees": [
            {"emailAddress": {"address": "a@x.test", "name": "A"},
             "status": {"response": "declined"}},
            {"emailAddress": {"address": "b@x.test", "name": "B"},
             "status": {"response": "tentativelyAccepted"}},
            {"emailAddress": {"address": "c@x.test", "name": "C"},
             "status": {"response": "none"}},
            {"emailAddress": {"address": "d@x.test", "name": "D"},
             "status": {"response": "accepted"}}]}
        got = [(a.email, a.response) for a in parse.meeting(ev).attendees]
        assert got == [("a@x.test", Response.DECLINED), ("b@x.test", Response.TENTATIVE),
                       ("c@x.test", Response.NEEDS_ACTION), ("d@x.test", Response.ACCEPTED)]
        assert parse.meeting(self._events()[2]).attendees[0].response is Response.NEEDS_ACTION

    def test_moved_occurrence_keeps_its_original_start_and_series(self):
        ev = {**self._events()[0], "id": "occ-1", "type": "exception",
              "seriesMasterId": "master-1", "originalStart": "2026-06-08T10:00:00Z",
              "isCancelled": True}
        m = parse.meeting(ev)
        assert m.recurring and m.uid == "master-1" and m.occurrence_id == "occ-1"
        assert m.original_start == datetime(2026, 6, 8, 10, 0, tzinfo=UTC)
        assert m.status is MeetingStatus.CANCELLED

    def test_unmoved_occurrence_has_no_original_start(self):
        ev = {**self._events()[0], "type": "occurrence", "seriesMasterId": "master-1",
              "originalStart": "2026-06-15T10:00:00Z"}
        assert parse.meeting(ev).original_start is None

    def test_removed_event_from_the_docs_sample(self):
        sample = fixture("graph_calendarview_delta_next_round_removed_docs_sample.json")
        assert parse.meeting(sample["value"][0]) is None
        m = parse.meeting(sample["value"][1])
        assert m.title == "Attend service" and m.organizer.name == "Samantha Booth"


class TestTime:
    def test_graph_instants(self):
        assert parse.parse_time("2026-06-15T10:00:00.0000000") == \
            datetime(2026, 6, 15, 10, tzinfo=UTC)
        assert parse.parse_time("2026-05-04T09:21:38.8798788Z").microsecond == 879878
        assert parse.parse_time("2019-09-18T00:52:45.9696658+00:00").second == 45
        assert parse.parse_time("garbage") is None
