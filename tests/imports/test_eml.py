from __future__ import annotations

from collections import Counter

import pytest

from tests.imports.exports import ME, mail, shared
from unspoken.imports.eml import read_eml_dir
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.signals.model import Direction


class TestReadEmlDir:
    def test_eml_and_extensionless_files_are_read_recursively_in_sorted_order(self, tmp_path):
        (tmp_path / "inbox").mkdir()
        (tmp_path / "sent" / "2026").mkdir(parents=True)
        (tmp_path / "inbox" / "10_").write_text(mail(subject="b", message_id="<b@x>"))
        (tmp_path / "inbox" / "a.eml").write_text(mail(subject="a", message_id="<a@x>"))
        (tmp_path / "sent" / "2026" / "1").write_text(
            mail(subject="c", message_id="<c@x>", frm="sam@northwind-saas.com"))
        skips = Skips()
        msgs = list(read_eml_dir(tmp_path, me=ME, skips=skips))
        assert [m.subject for m in msgs] == ["b", "a", "c"]
        assert msgs[2].direction is Direction.SENT
        assert not skips.lines()

    def test_non_mail_files_are_counted_not_read(self, tmp_path):
        (tmp_path / "1_").write_text(mail())
        (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))
        (tmp_path / "notes").write_text("shopping list\nmilk\n")
        (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")
        skips = Skips()
        assert len(list(read_eml_dir(tmp_path, me=ME, skips=skips))) == 1
        assert skips.lines() == [f"ignored 2 files in {tmp_path} (not a mail file: 2)"]

    def test_the_same_message_in_two_folders_is_read_once(self, tmp_path):
        for folder in ("inbox", "all_documents"):
            (tmp_path / folder).mkdir()
        (tmp_path / "inbox" / "1_").write_text(mail(message_id="<copy1@enron>"))
        (tmp_path / "all_documents" / "7_").write_text(mail(message_id="<copy2@enron>"))
        (tmp_path / "inbox" / "2_").write_text(mail(message_id="<copy1@enron>", body="other\n"))
        skips = Skips()
        assert len(list(read_eml_dir(tmp_path, me=ME, skips=skips))) == 1
        assert skips.ignored[str(tmp_path)]["duplicate"] == 2

    def test_missing_folder_and_folder_without_mail_are_clear_errors(self, tmp_path):
        with pytest.raises(FileNotFoundError, match="nope"):
            list(read_eml_dir(tmp_path / "nope", me=ME, skips=Skips()))
        (tmp_path / "readme.txt").write_text("hello")
        with pytest.raises(UnreadableSource, match="no mail files"):
            list(read_eml_dir(tmp_path, me=ME, skips=Skips()))

    def test_real_enron_mailbox_is_read_with_crlf_and_cross_folder_duplicates(self):
        lay = shared("enron", "lay-k")
        skips = Skips()
        msgs = list(read_eml_dir(lay, me=frozenset({"klay@enron.com"}), skips=skips))
        # 5,937 files; 3,651 distinct by (Date, From, Subject, body) per SOURCES.md, one of
        # which has no valid From address and 5 the Lotus Notes null date (1980-01-01).
        assert len(msgs) == 3645
        assert skips.ignored[str(lay)]["duplicate"] == 2286
        assert skips.by_reason[str(lay)] == {"no sender address": 1, "absurd date": 5}
        senders = Counter(m.sender.email for m in msgs)
        assert senders["rosalee.fleming@enron.com"] > 200
        assert all(m.date.year >= 1999 for m in msgs)
        assert all("\r" not in m.new_text for m in msgs)
