from __future__ import annotations

from pathlib import Path

import pytest

from tests.imports.exports import ME, mail, mbox
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.mbox import iter_raw, read_mbox, split_ranges


def write(tmp_path: Path, data: bytes, name: str = "inbox.mbox") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(path: Path) -> tuple[list, Skips]:
    skips = Skips()
    return list(read_mbox(path, me=ME, skips=skips)), skips


class TestReadMbox:
    def test_each_message_is_read_once_in_file_order(self, tmp_path):
        path = write(tmp_path, mbox(*(mail(subject=f"s{i}", message_id=f"<{i}@x>")
                                      for i in range(5))))
        msgs, skips = read(path)
        assert [m.subject for m in msgs] == ["s0", "s1", "s2", "s3", "s4"]
        assert not skips.lines()

    def test_from_line_in_a_body_does_not_split_and_escapes_are_undone(self, tmp_path):
        body = "Hi,\n\nFrom what I hear, fine.\n>From the archive\n\nDana\n"
        msgs, _ = read(write(tmp_path, mbox(mail(body=body), mail(message_id="<2@x>"))))
        assert len(msgs) == 2
        assert "From what I hear" in msgs[0].new_text
        assert "\nFrom the archive" in msgs[0].new_text

    def test_crlf_mbox_is_read(self, tmp_path):
        data = mbox(mail(), mail(message_id="<2@x>")).replace(b"\n", b"\r\n")
        msgs, _ = read(write(tmp_path, data))
        assert len(msgs) == 2 and msgs[0].sender.email == "dana.reyes@acme-logistics.com"

    def test_binary_noise_before_and_between_messages_is_counted_not_fatal(self, tmp_path):
        noise = bytes(range(256)) * 4
        data = noise + b"\n" + mbox(mail()) + noise + b"\n" + mbox(mail(message_id="<2@x>"))
        msgs, skips = read(write(tmp_path, data))
        assert len(msgs) == 2
        assert skips.by_reason[str(tmp_path / "inbox.mbox")]["data before the first message"] == 1

    def test_truncated_last_message_keeps_what_is_there(self, tmp_path):
        data = mbox(mail(), mail(message_id="<2@x>", body="Cut off in the mid"))
        msgs, _ = read(write(tmp_path, data[:-5]))
        assert len(msgs) == 2

    def test_truncated_headers_are_skipped_with_a_reason(self, tmp_path):
        data = mbox(mail()) + b"From x@y Tue Sep 15 10:00:00 2026\nMessage-ID: <3@x>\nDate: Tu"
        msgs, skips = read(write(tmp_path, data))
        assert len(msgs) == 1
        assert skips.lines() == [f"skipped 1 unreadable message in {tmp_path / 'inbox.mbox'} "
                                 "(bad date: 1)"]

    def test_takeout_chat_spam_trash_are_ignored_and_said_so(self, tmp_path):
        data = mbox(mail(), *(mail(message_id=f"<{lab}@x>", headers=f"X-Gmail-Labels: {lab}")
                              for lab in ("Chat", "Spam", "Trash", "Spam")))
        msgs, skips = read(write(tmp_path, data))
        assert len(msgs) == 1
        assert skips.lines() == [f"ignored 4 messages in {tmp_path / 'inbox.mbox'} "
                                 "(spam: 2, chat: 1, trash: 1)"]

    def test_empty_file_is_an_empty_mailbox(self, tmp_path):
        assert read(write(tmp_path, b""))[0] == []

    def test_missing_file_raises_file_not_found_naming_it(self, tmp_path):
        with pytest.raises(FileNotFoundError, match="nope.mbox"):
            read(tmp_path / "nope.mbox")

    def test_a_file_that_is_not_an_mbox_is_unreadable_source(self, tmp_path):
        with pytest.raises(UnreadableSource, match="not an mbox"):
            read(write(tmp_path, b"%PDF-1.4\n" + bytes(range(256)) * 10, "report.pdf"))


class TestIterRaw:
    def test_a_huge_message_keeps_its_head_and_the_next_message_is_found(self, tmp_path):
        blob = ("QUJD" * 19 + "\n") * 60_000  # ~4.8 MB of base64 lines
        huge = mail(body=f"--b\nContent-Type: text/plain\n\nTop text.\n--b\nContent-Type: "
                         f"application/pdf\nContent-Transfer-Encoding: base64\n\n{blob}--b--\n",
                    content_type="multipart/mixed; boundary=b")
        path = write(tmp_path, mbox(huge, mail(message_id="<2@x>")))
        out = list(iter_raw(path, max_message=1 << 20, keep=64 << 10))
        assert len(out) == 2
        assert len(out[0][1]) == 64 << 10 and out[0][1].startswith(b"Message-ID: <m1@")
        assert out[1][1].startswith(b"Message-ID: <2@x>")


class TestSplitRanges:
    def test_ranges_start_on_separators_and_cover_every_message_once(self, tmp_path):
        msgs = [mail(subject=f"s{i}", message_id=f"<{i}@x>",
                     body="From here on\n" + "line of text\n" * (i % 7)) for i in range(300)]
        path = write(tmp_path, mbox(*msgs))
        ranges = split_ranges(path, 7, min_bytes=0)
        assert len(ranges) > 1
        offsets = [off for start, end in ranges for off, _raw in iter_raw(path, start, end)]
        assert offsets == [off for off, _raw in iter_raw(path)]
        assert len(offsets) == 300
