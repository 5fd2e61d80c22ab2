"""Scan exports end to end: read, derive features (text dropped here), assess.

Mail is cut into work units (byte ranges of an mbox that start on a "From " line, batches of
.eml files) that worker processes parse and turn into `MessageFeatures`: only features cross
back, never text. Units come back in order, so the result does not depend on timing; the same
message seen twice (Enron folders, two exports) is kept once, then threads are linked across
all messages. Small inputs are read in this process: starting workers costs more than it saves.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from unspoken.imports.eml import list_files, parse_files
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.ics import read_ics
from unspoken.imports.mbox import check_mbox, parse_range, split_ranges
from unspoken.imports.rfc822 import Seen
from unspoken.imports.threads import link_threads
from unspoken.signals.assess import assess
from unspoken.signals.features import extract
from unspoken.signals.model import Meeting, MessageFeatures, Report
from unspoken.signals.policy import Policy

MBOX_CHUNK = 8 << 20  # bytes of mbox per work unit
EML_BATCH = 200  # files per work unit
PARALLEL_FROM = 6 << 20  # below this much mail, one process is faster
FUTURE_DAYS = 180  # meetings after as_of still count: a review slid to next quarter
PROGRESS_AFTER = 2.0  # seconds before a progress bar appears


@dataclass(frozen=True, slots=True)
class ScanInputs:
    me: frozenset[str]
    mbox: tuple[Path, ...] = ()
    eml_dirs: tuple[Path, ...] = ()
    ics: tuple[Path, ...] = ()


@dataclass
class ScanResult:
    report: Report
    skips: Skips = field(default_factory=Skips)
    messages: int = 0
    meetings: int = 0


@dataclass(frozen=True, slots=True)
class _Unit:
    """One piece of work for a worker: an mbox byte range or a batch of files."""

    kind: str  # "mbox" | "eml"
    label: str  # the input as the user named it, for skip lines
    path: Path | None = None
    start: int = 0
    end: int | None = None
    files: tuple[Path, ...] = ()
    weight: int = 1  # bytes, for progress


@dataclass(frozen=True, slots=True)
class _Context:
    me: frozenset[str]
    latest: datetime
    executive_titles: tuple[str, ...]


_Row = tuple[MessageFeatures, str, str]  # features, Message-ID, content key


def run_scan(inputs: ScanInputs, *, as_of: datetime, policy: Policy, progress: bool = False,
             workers: int | None = None) -> ScanResult:
    """Read every input, assess it. `workers`: processes for mail (default: one per core)."""
    units = _plan(inputs)
    skips = Skips()
    ctx = _Context(me=inputs.me, latest=as_of + timedelta(days=366),
                   executive_titles=policy.executive_titles)
    start = as_of - timedelta(days=policy.recent_days + policy.baseline_days)
    end = as_of + timedelta(days=FUTURE_DAYS)

    def meetings() -> list[Meeting]:
        return [m for p in inputs.ics for m in read_ics(p, start=start, end=end, skips=skips)]

    features, calendar = _collect(units, ctx, skips, meetings, progress=progress,
                                  workers=_workers(units, workers))
    report = assess(features, calendar, me=inputs.me, as_of=as_of, policy=policy)
    return ScanResult(report=report, skips=skips, messages=len(features),
                      meetings=len(calendar))


def _plan(inputs: ScanInputs) -> list[_Unit]:
    """Check every input (missing or not a mailbox: raise now, before any work) and cut it."""
    for p in inputs.ics:
        if not p.is_file():
            raise FileNotFoundError(f"{p}: no such file")
    units: list[_Unit] = []
    for p in inputs.mbox:
        check_mbox(p)
        size = p.stat().st_size
        for s, e in split_ranges(p, max(1, size // MBOX_CHUNK)):
            units.append(_Unit("mbox", str(p), path=p, start=s, end=e,
                               weight=(e if e is not None else size) - s))
    for d in inputs.eml_dirs:
        files = list_files(d)
        if not files:
            raise UnreadableSource(f"{d}: no mail files in this folder")
        for i in range(0, len(files), EML_BATCH):
            batch = tuple(files[i:i + EML_BATCH])
            units.append(_Unit("eml", str(d), files=batch, weight=_size(batch)))
    return units


def _size(files: tuple[Path, ...]) -> int:
    total = 0
    for f in files:
        with contextlib.suppress(OSError):
            total += f.stat().st_size
    return total


def _workers(units: list[_Unit], wanted: int | None) -> int:
    if wanted is not None:
        return max(1, min(wanted, len(units)))
    if sum(u.weight for u in units) < PARALLEL_FROM:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8, len(units)))


def _collect(units: list[_Unit], ctx: _Context, skips: Skips,
             meetings: Callable[[], list[Meeting]], *, progress: bool, workers: int
             ) -> tuple[list[MessageFeatures], list[Meeting]]:
    seen = Seen()
    kept: list[MessageFeatures] = []
    bar = _Progress(sum(u.weight for u in units), enabled=progress)
    try:
        if workers <= 1:
            calendar = meetings()
            results: Iterator[tuple[list[_Row], Skips]] = (_work(u, ctx) for u in units)
            _keep(units, results, seen, kept, skips, bar)
        else:
            pool = mp.get_context("forkserver").Pool(
                workers, initializer=_init_worker, initargs=(ctx,))
            try:
                results = pool.imap(_work_in_worker, units)
                calendar = meetings()  # the calendar is read here while workers parse mail
                _keep(units, results, seen, kept, skips, bar)
            finally:
                pool.terminate()
                pool.join()
    finally:
        bar.close()
    return link_threads(kept), calendar


def _keep(units: list[_Unit], results: Iterator[tuple[list[_Row], Skips]], seen: Seen,
          kept: list[MessageFeatures], skips: Skips, bar: _Progress) -> None:
    mail_in: dict[str, int] = {}
    for unit, (rows, unit_skips) in zip(units, results, strict=True):
        skips.merge(unit_skips)
        mail_in[unit.label] = mail_in.get(unit.label, 0) + len(rows)
        for feats, message_id, content_key in rows:
            if seen.first_time(message_id, content_key):
                kept.append(feats)
            else:
                skips.ignore(unit.label, "duplicate", what="file" if unit.kind == "eml"
                             else "message")
        bar.advance(unit.weight)
    for label, n in mail_in.items():
        if not n and not skips.counts.get(label) and Path(label).is_dir():
            raise UnreadableSource(f"{label}: no mail files in this folder")


_CTX: _Context | None = None


def _init_worker(ctx: _Context) -> None:
    global _CTX
    _CTX = ctx


def _work_in_worker(unit: _Unit) -> tuple[list[_Row], Skips]:
    assert _CTX is not None
    return _work(unit, _CTX)


def _work(unit: _Unit, ctx: _Context) -> tuple[list[_Row], Skips]:
    """Parse one unit and reduce each message to its features: the text stays here."""
    skips = Skips()
    if unit.kind == "mbox":
        assert unit.path is not None
        parsed = parse_range(unit.path, unit.start, unit.end, me=ctx.me, skips=skips,
                             latest=ctx.latest, label=unit.label)
    else:
        parsed = parse_files(unit.files, me=ctx.me, skips=skips, label=unit.label,
                             latest=ctx.latest)
    rows = [(extract(p.message, executive_titles=ctx.executive_titles), p.message.message_id,
             p.content_key) for p in parsed]
    return rows, skips


class _Progress:
    """A progress bar on stderr, shown only when the scan runs longer than PROGRESS_AFTER."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = max(1, total)
        self.enabled = enabled
        self.began = time.monotonic()
        self.done = 0
        self.bar: Any = None
        self.task: Any = None

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is None and time.monotonic() - self.began > PROGRESS_AFTER:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("reading mail", total=self.total, completed=self.done)
        elif self.bar is not None:
            self.bar.update(self.task, completed=self.done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
