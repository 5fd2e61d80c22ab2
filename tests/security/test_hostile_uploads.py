"""Uploads that are not what their names say end the import in `error` with a one-line reason
the user can act on; the files are deleted at once and no log line carries a server path."""

from __future__ import annotations

import gzip
import io
import logging
import os
import zipfile

import pytest

from tests.security.figures import FIGURES
from tests.service_support import make_user

MBOX = (b"From a@b Thu Oct  1 10:00:00 2026\nFrom: Dana <dana@acme.test>\nTo: {me}\n"
        b"Subject: hi\nDate: Thu, 1 Oct 2026 10:00:00 +0000\nMessage-ID: <m1@acme.test>\n\n"
        b"Hello there!\n\n")


def _zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, data)
    return buf.getvalue()


def _random(n: int = 200_000) -> bytes:
    return os.urandom(n)


# (uploaded files, the words the user must see)
CASES = {
    "random bytes as .mbox": ([("inbox.mbox", _random())], ["inbox.mbox", "not an mbox"]),
    "gzip as .mbox": ([("inbox.mbox", gzip.compress(MBOX * 50))], ["inbox.mbox", "gzip",
                                                                    "decompress"]),
    "zip as .ics": ([("cal.ics", _zip("cal.ics", b"BEGIN:VCALENDAR\n"))], ["cal.ics", "zip"]),
    "random bytes as .ics": ([("cal.ics", _random())], ["cal.ics", "not an iCalendar"]),
    "random bytes as .eml": ([("note.eml", _random(5000))], [".eml", "readable"]),
    "good mail, broken calendar": ([("inbox.mbox", MBOX), ("cal.ics", _random())],
                                   ["cal.ics"]),
}


class TestHostileUploads:
    @pytest.mark.parametrize("case", list(CASES))
    async def test_unreadable_upload_ends_in_error_with_a_reason_and_is_deleted(
            self, rt, client, caplog, case):
        files, words = CASES[case]
        user = await make_user(rt)
        caplog.set_level(logging.INFO)  # the service logs at INFO (drivers log SQL at DEBUG)
        r = await client.post("/v1/imports", headers=user.auth, files=[
            ("files", (name, data.replace(b"{me}", user.email.encode()), "application/x"))
            for name, data in files])
        assert r.status_code == 202, r.text
        FIGURES.fault("hostile upload")
        import_id = r.json()["id"]
        await rt.queue.drain()
        box = (await client.get(f"/v1/imports/{import_id}", headers=user.auth)).json()["mailbox"]
        assert box["status"] == "error" and box["last_error"] == "unreadable"
        detail = box["error_detail"]
        assert detail and "\n" not in detail and len(detail) <= 200
        for w in words:
            assert w in detail, detail
        upload_dir = str(rt.settings.upload_dir.resolve())
        assert "/" not in detail.replace(" / ", "")  # no path, not even a relative one
        assert not (rt.settings.upload_dir / import_id).exists()
        logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
        assert upload_dir not in logged and str(rt.settings.data_dir) not in logged
        # a second run (a resync, the stuck-job sweep) keeps the error, never "syncing" forever
        assert (await client.post(f"/v1/mailboxes/{import_id}/sync",
                                  headers=user.auth)).status_code == 202
        await rt.queue.drain()
        box = (await client.get(f"/v1/imports/{import_id}", headers=user.auth)).json()["mailbox"]
        assert box["status"] == "error"
        FIGURES.rows(1)
