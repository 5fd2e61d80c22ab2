"""`python -m unspoken.bench.smtp_sink`: a local SMTP server (aiosmtpd) for the digest tests and
benchmark. It runs in its own process so a test can kill the sender, not the receiver.

  --port P        listen on 127.0.0.1:P (0: any free port, written to DIR/port)
  --dir DIR       each accepted message is written to DIR/NNNNNN.eml before the 250 reply
  --discard       count messages instead of writing them (the benchmark)
  --hold-from N   message N (1-based) and later, until DIR/release exists: touch DIR/holding,
                  wait for DIR/release, then answer 451 and keep nothing (a sender killed
                  meanwhile sent nothing); messages after the release are accepted
  --temp-fail K   answer 451 to the first K messages
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session


class Sink:
    def __init__(self, folder: Path, *, discard: bool, hold_from: int, temp_fail: int) -> None:
        self.folder, self.discard = folder, discard
        self.hold_from, self.temp_fail = hold_from, temp_fail
        self.seen = 0
        self.accepted = 0

    async def handle_DATA(self, server: SMTP, session: Session,  # noqa: N802 - aiosmtpd's API
                          envelope: Envelope) -> str:
        self.seen += 1
        n = self.seen
        if n <= self.temp_fail:
            return "451 4.3.0 try again later"
        if self.hold_from and n >= self.hold_from and not (self.folder / "release").exists():
            (self.folder / "holding").touch()
            while not (self.folder / "release").exists():
                await asyncio.sleep(0.05)
            return "451 4.3.0 held, not accepted"
        self.accepted += 1
        if not self.discard:
            path = self.folder / f"{self.accepted:06d}.eml"
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(envelope.original_content or b"")
            os.replace(tmp, path)  # whole files only: a reader never sees half a message
        (self.folder / "count").write_text(str(self.accepted))
        return "250 2.0.0 OK"


async def main(args: Any) -> None:
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    sink = Sink(folder, discard=args.discard, hold_from=args.hold_from,
                temp_fail=args.temp_fail)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(sink, hostname="sink.test", data_size_limit=10_000_000),
        host="127.0.0.1", port=args.port)
    port = server.sockets[0].getsockname()[1]
    (folder / "port.tmp").write_text(str(port))
    os.replace(folder / "port.tmp", folder / "port")
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.close()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--dir", required=True)
    p.add_argument("--discard", action="store_true")
    p.add_argument("--hold-from", type=int, default=0)
    p.add_argument("--temp-fail", type=int, default=0)
    asyncio.run(main(p.parse_args()))
