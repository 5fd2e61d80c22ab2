from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from tests.imports.exports import mail, mbox
from unspoken.scan import ScanInputs, run_scan
from unspoken.signals.policy import Policy

AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)
ICS = ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:s\nDTSTART:20260901T150000Z\n"
       "RRULE:FREQ=WEEKLY;COUNT=4\nEND:VEVENT\nEND:VCALENDAR\n")


def export(tmp_path, n: int = 400):
    msgs = []
    for i in range(n):
        frm, to = (("sam@northwind-saas.com", f"c{i % 9}@acme{i % 5}.com") if i % 3 == 0
                   else (f"c{i % 9}@acme{i % 5}.com", "sam@northwind-saas.com"))
        msgs.append(mail(frm=frm, to=to, subject=f"{'Re: ' if i % 2 else ''}topic {i // 2}",
                         message_id=f"<{i}@x>", date=f"Tue, {1 + i % 28} Sep 2026 10:00:00 +0000",
                         body=f"Hello,\n\nMessage number {i}. Thanks!\n"))
    msgs.append(mail(message_id="<0@x>"))  # the same Message-ID again: a duplicate
    msgs.append(mail(message_id="<bad@x>", date="yesterday"))
    path = tmp_path / "all.mbox"
    path.write_bytes(mbox(*msgs))
    cal = tmp_path / "cal.ics"
    cal.write_text(ICS)
    return path, cal


class TestRunScan:
    def test_workers_give_the_same_result_as_one_process(self, tmp_path, monkeypatch):
        path, cal = export(tmp_path)
        inputs = ScanInputs(me=frozenset({"sam@northwind-saas.com"}), mbox=(path,), ics=(cal,))
        monkeypatch.setattr("unspoken.scan.MBOX_CHUNK", 8_000)  # many small ranges
        one = run_scan(inputs, as_of=AS_OF, policy=Policy(), workers=1)
        two = run_scan(inputs, as_of=AS_OF, policy=Policy(), workers=2)
        assert one.messages == two.messages == 400
        assert one.meetings == two.meetings == 4
        assert one.report == two.report
        assert one.skips.lines() == two.skips.lines() == [
            f"skipped 1 unreadable message in {path} (bad date: 1); ignored 1 message "
            "(duplicate: 1)"]


class TestScanCommand:
    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        code = "from unspoken.cli import main; main()"
        return subprocess.run([sys.executable, "-c", code, "scan", *args], capture_output=True,
                              text=True, timeout=120)

    def test_missing_or_non_mailbox_file_is_one_line_and_exit_2(self, tmp_path):
        (tmp_path / "notes.txt").write_text("hello\nworld\n")
        for args in (["--mbox", str(tmp_path / "nope.mbox")],
                     ["--mbox", str(tmp_path / "notes.txt")],
                     ["--ics", str(tmp_path / "notes.txt")],
                     ["--eml-dir", str(tmp_path / "nodir")]):
            result = self.run("--me", "sam@northwind-saas.com", *args)
            assert result.returncode == 2, result.stderr
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and args[1] in lines[0] and "Traceback" not in result.stderr

    def test_eml_folders_in_workers_drop_copies_before_reading_them(self, tmp_path, monkeypatch):
        for folder in ("inbox", "all_documents", "sent"):
            (tmp_path / folder).mkdir()
        for i in range(30):
            text = mail(message_id=f"<{i}@enron>", subject=f"topic {i}",
                        date=f"Tue, {1 + i % 28} Sep 2026 10:00:00 +0000")
            (tmp_path / "inbox" / f"{i}_").write_text(text)
            if i % 3 == 0:  # a copy in another folder, with another Message-ID
                (tmp_path / "all_documents" / f"{i}_").write_text(
                    text.replace(f"<{i}@enron>", f"<copy{i}@enron>"))
        (tmp_path / "sent" / "notes.txt").write_text("not mail")
        monkeypatch.setattr("unspoken.scan.EML_BATCH", 4)
        inputs = ScanInputs(me=frozenset({"sam@northwind-saas.com"}), eml_dirs=(tmp_path,))
        one = run_scan(inputs, as_of=AS_OF, policy=Policy(), workers=1)
        two = run_scan(inputs, as_of=AS_OF, policy=Policy(), workers=2)
        assert one.messages == two.messages == 30
        assert one.report == two.report
        assert one.skips.lines() == two.skips.lines() == [
            f"ignored 11 files in {tmp_path} (duplicate: 10, not a mail file: 1)"]
