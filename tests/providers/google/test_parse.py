"""parse.py against the recorded Gmail and Calendar responses (../shared/fixtures/providers)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from tests.providers.google.fixtures import load
from unspoken.providers.google import parse
from unspoken.signals.model import Direction, MeetingStatus, MessageFlag, Response

ME = frozenset({"hassanwari254@gmail.com"})


class TestGmailFull:
    def test_reply_with_attachment_keeps_only_the_new_text(self) -> None:
        m = parse.gmail_message(load("gmail_messages_get_full_reply_attachment.json"), me=ME)
        assert m is not None
        assert m.id == "1926aae906133846"
        assert m.thread_id == "gm:" + str(int("1926aade210af14d", 16))
        assert m.new_text == "Response"  # the quoted "This is an example body" is gone
        assert m.subject == "Re: THIS IS AN EXAMPLE"
        assert m.direction is Direction.SENT
        assert m.date == datetime.fromtimestamp(1728366557, UTC)
        assert m.in_reply_to == "cajd6vj+pug5qq8kg4zxusz_5n9w3cpmfa5ax_hsp=2myopcjfa@mail.gmail.com"
        assert m.message_id.startswith("cajd6vjj92nh4rh")
        assert m.flags == frozenset()

    def test_mixed_attachment_without_internal_date_uses_the_date_header(self) -> None:
        m = parse.gmail_message(load("gmail_messages_get_full_mixed_attachment.json"), me=ME)
        assert m is not None
        assert m.new_text == "Another one with attachments"
        assert m.date == datetime(2025, 8, 13, 18, 14, 39, tzinfo=UTC)

    def test_html_only_body_is_converted(self) -> None:
        msg = copy.deepcopy(load("gmail_messages_get_full_mixed_attachment.json"))
        alt = msg["payload"]["parts"][0]
        alt["parts"] = [alt["parts"][1]]  # drop text/plain
        m = parse.gmail_message(msg, me=ME)
        assert m is not None and m.new_text == "Another one with attachments"

    def test_trash_spam_chat_and_drafts_are_skipped(self) -> None:
        for label in ("TRASH", "SPAM", "CHAT", "DRAFT"):
            msg = copy.deepcopy(load("gmail_messages_get_full_reply_attachment.json"))
            msg["labelIds"].append(label)
            assert parse.gmail_message(msg, me=ME) is None


class TestGmailMetadata:
    def test_marketing_mail_is_bulk_and_not_fetched_in_full(self) -> None:
        msg = load("gmail_messages_get_metadata_external_sender.json")
        me = frozenset({"api+dev@nango.dev"})
        env = parse.envelope(msg, me=me)
        assert env is not None
        assert env.sender.email == "team@mail.airtable.com"
        assert env.sender.name == "The Airtable Team"
        assert MessageFlag.BULK in env.flags
        assert not parse.needs_body(env, me=me)
        m = parse.gmail_message(msg, me=me)
        assert m is not None and m.new_text == "" and m.direction is Direction.RECEIVED

    def test_bounce_report_is_a_bounce(self) -> None:
        msg = load("gmail_messages_get_metadata_bounce_report.json")
        m = parse.gmail_message(msg, me=frozenset({"api@nango.dev"}))
        assert m is not None
        assert MessageFlag.BOUNCE in m.flags and MessageFlag.AUTO_REPLY in m.flags
        assert MessageFlag.BULK not in m.flags
        assert m.date == datetime.fromtimestamp(1777485004, UTC)

    def test_customer_mail_needs_the_body_internal_mail_does_not(self) -> None:
        msg = copy.deepcopy(load("gmail_messages_get_metadata_external_sender.json"))
        me = frozenset({"sam@vendor.com"})
        hs = [h for h in msg["payload"]["headers"]
              if h["name"].lower() not in ("list-unsubscribe", "list-unsubscribe-post",
                                           "from", "to", "reply-to")]
        msg["labelIds"] = ["INBOX"]
        msg["payload"]["headers"] = hs + [{"name": "From", "value": "Dana <dana@acme.com>"},
                                          {"name": "To", "value": "sam@vendor.com"}]
        env = parse.envelope(msg, me=me)
        assert env is not None and parse.needs_body(env, me=me)
        msg["payload"]["headers"] = hs + [{"name": "From", "value": "kim@vendor.com"},
                                          {"name": "To", "value": "sam@vendor.com"}]
        env = parse.envelope(msg, me=me)
        assert env is not None and not parse.needs_body(env, me=me)


    def test_a_gmail_user_writing_to_gmail_contacts_still_reads_their_mail(self) -> None:
        msg = load("gmail_messages_get_full_reply_attachment.json")
        me = frozenset({"sam.personal@gmail.com"})
        env = parse.envelope(msg, me=me)
        assert env is not None and parse.needs_body(env, me=me)


class TestCalendar:
    def test_single_events_page_maps_to_meetings(self) -> None:
        items = load("gcal_events_list_single_events.json")["items"]
        meetings = [parse.calendar_event(e) for e in items]
        first = meetings[0]
        assert first is not None and first.occurrence_id == "icvejk9fh93algqmb76n8vvmm4"
        assert first.start == datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
        assert first.organizer is not None and first.organizer.email == "api@nango.dev"
        allday = meetings[2]
        assert allday is not None and allday.start == datetime(2026, 3, 15, tzinfo=UTC)
        needs = meetings[1]
        assert needs is not None and needs.attendees[0].response is Response.NEEDS_ACTION
        inst = meetings[3]
        assert inst is not None and inst.recurring and inst.original_start is None
        assert inst.uid == "qregmrsft1lsl6bi1p6m5vrgf4@google.com"

    def test_cancelled_moved_exception_keeps_original_start_and_declines(self) -> None:
        items = load("gcal_events_list_cancelled_recurring.json")["items"]
        by_id = {e["id"]: e for e in items}
        m = parse.calendar_event(by_id["3aglv36le4dh7v31b37fth1d2q_20231121T103000Z"])
        assert m is not None
        assert m.status is MeetingStatus.CANCELLED
        assert m.start == datetime(2023, 11, 21, 12, 30, tzinfo=UTC)
        assert m.original_start == datetime(2023, 11, 21, 10, 30, tzinfo=UTC)
        assert {a.email: a.response for a in m.attendees}["khaliq@nango.dev"] \
            is Response.DECLINED

    def test_recurring_masters_are_not_meetings(self) -> None:
        items = load("gcal_events_list_cancelled_recurring.json")["items"]
        masters = [e for e in items if "recurrence" in e]
        assert masters and all(parse.calendar_event(e) is None for e in masters)

    def test_single_event_moved_later_keeps_the_previous_start(self) -> None:
        ev = copy.deepcopy(load("gcal_events_list_single_events.json")["items"][0])
        before = parse.calendar_event(ev)
        assert before is not None
        ev["start"]["dateTime"] = "2026-03-19T07:00:00-03:00"
        moved = parse.calendar_event(ev, previous_start=before.start)
        assert moved is not None and moved.original_start == before.start

    def test_deleted_event_without_times_is_none(self) -> None:
        assert parse.calendar_event({"id": "abc", "status": "cancelled"}) is None
