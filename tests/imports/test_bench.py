from __future__ import annotations

from collections import Counter

from unspoken.bench.generate import AS_OF, ME, generate
from unspoken.imports.errors import Skips
from unspoken.imports.ics import read_ics
from unspoken.imports.mbox import read_mbox
from unspoken.signals.model import Direction, MessageFlag


class TestBenchExport:
    def test_generated_export_reads_back_with_every_kind_of_mail(self, tmp_path):
        mbox, ics = generate(tmp_path, messages=600, seed=3)
        skips = Skips()
        msgs = list(read_mbox(mbox, me=frozenset({ME}), skips=skips))
        ignored = sum(skips.ignored[str(mbox)].values())
        assert len(msgs) + ignored >= 600 and not skips.counts
        flags = Counter(f for m in msgs for f in m.flags)
        assert flags[MessageFlag.BULK] > 50
        assert {m.direction for m in msgs} == {Direction.SENT, Direction.RECEIVED}
        replies = [m for m in msgs if m.in_reply_to and MessageFlag.BULK not in m.flags]
        assert replies and all("wrote:" not in m.new_text for m in replies[:50])
        meetings = list(read_ics(ics, start=AS_OF.replace(year=2025), end=AS_OF, skips=skips))
        assert meetings and not skips.counts
