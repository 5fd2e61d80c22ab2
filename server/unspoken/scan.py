"""Scan exports end to end: read, derive features (text dropped here), assess.

Mail is cut into work units (byte ranges of an mbox that start on a "From " line, batches of
.eml files) that worker processes parse and turn into `MessageFeatures`: only features cross
back, never text. Units come back in order, so the result does not depend on timing. Copies
of a message in several .eml folders (Enron) are dropped before any worker reads them, a
message in two inputs is kept once, then threads are linked across all messages. Small inputs
are read in this process: starting workers costs more than it saves.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from unspoken.imports.eml import first_copies, list_files, parse_files
from unspoken.imports.errors import Skips, UnreadableSource
from unspoken.imports.ics import read_ics_limited
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


@dataclass(frozen=True, slots=True)
class _Done:
    """What a worker sends back for one unit: features and counts, no text."""

    label: str
    noun: str
    weight: int
    rows: list[_Row]
    skips: Skips


def run_scan(inputs: ScanInputs, *, as_of: datetime, policy: Policy, progress: bool = False,
             workers: int | None = None) -> ScanResult:
    """Read every input, assess it. `workers`: processes for mail (default: one per core)."""
    read = read_inputs(inputs, first=as_of, last=as_of, policy=policy, progress=progress,
                       workers=workers)
    report = assess(read.features, read.meetings, me=inputs.me, as_of=as_of, policy=policy)
    return ScanResult(report=report, skips=read.skips, messages=len(read.features),
                      meetings=len(read.meetings))


@dataclass
class ReadInputs:
    """Every input reduced to features and meetings (no text), read once."""

    features: list[MessageFeatures]
    meetings: list[Meeting]
    skips: Skips


def read_inputs(inputs: ScanInputs, *, first: datetime, last: datetime, policy: Policy,
                progress: bool = False, workers: int | None = None) -> ReadInputs:
    """Features of every message and the meetings any assessment as of `first`..`last` can use
    (the backtest reads once and assesses many weeks)."""
    skips = Skips()
    units, total = _plan(inputs, skips)
    ctx = _Context(me=frozenset(a.strip().lower() for a in inputs.me),
                   latest=last + timedelta(days=366), executive_titles=policy.executive_titles)
    start = first - timedelta(days=policy.recent_days + policy.baseline_days)
    end = last + timedelta(days=FUTURE_DAYS)

    def meetings() -> list[Meeting]:
        return [m for p in inputs.ics for m in read_ics_limited(p, start=start, end=end,
                                                          skips=skips)]

    features, calendar, read = _collect(units, ctx, skips, meetings, progress=progress,
                                        total=total, workers=_workers(total, workers))
    for d in inputs.eml_dirs:
        if not read[str(d)] and not skips.counts.get(str(d)):
            raise UnreadableSource(f"{d}: no mail files in this folder")
    return ReadInputs(features=features, meetings=calendar, skips=skips)


def _plan(inputs: ScanInputs, skips: Skips) -> tuple[Iterator[_Unit], int]:
    """Check every input (missing or not a mailbox: raise now, before any work), then cut the
    mail into units, lazily: .eml copies are dropped while the workers already run."""
    for p in inputs.ics:
        if not p.is_file():
            raise FileNotFoundError(f"{p}: no such file")
    mbox_units: list[_Unit] = []
    for p in inputs.mbox:
        check_mbox(p)
        size = p.stat().st_size
        for s, e in split_ranges(p, max(1, size // MBOX_CHUNK)):
            mbox_units.append(_Unit("mbox", str(p), path=p, start=s, end=e,
                                    weight=(e if e is not None else size) - s))
    folders: list[tuple[Path, list[Path]]] = []
    for d in inputs.eml_dirs:
        files = list_files(d)
        if not files:
            raise UnreadableSource(f"{d}: no mail files in this folder")
        folders.append((d, files))
    total = sum(u.weight for u in mbox_units) + sum(_size(f) for _d, f in folders)

    def units() -> Iterator[_Unit]:
        yield from mbox_units
        seen = Seen()
        for d, files in folders:
            batch: list[Path] = []
            for f in first_copies(files, seen, skips, str(d)):
                batch.append(f)
                if len(batch) == EML_BATCH:
                    yield _Unit("eml", str(d), files=tuple(batch), weight=_size(batch))
                    batch = []
            if batch:
                yield _Unit("eml", str(d), files=tuple(batch), weight=_size(batch))

    return units(), total


def _size(files: list[Path]) -> int:
    total = 0
    for f in files:
        with contextlib.suppress(OSError):
            total += f.stat().st_size
    return total


def _workers(total: int, wanted: int | None) -> int:
    if wanted is not None:
        return max(1, wanted)
    if total < PARALLEL_FROM:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _collect(units: Iterator[_Unit], ctx: _Context, skips: Skips,
             meetings: Callable[[], list[Meeting]], *, progress: bool, total: int, workers: int
             ) -> tuple[list[MessageFeatures], list[Meeting], Counter[str]]:
    seen = Seen()
    kept: list[MessageFeatures] = []
    read: Counter[str] = Counter()  # messages read per input
    bar = Progress(total, enabled=progress)
    try:
        if workers <= 1:
            calendar = meetings()
            _keep((_work(u, ctx) for u in units), seen, kept, read, skips, bar)
        else:
            pool = mp.get_context("forkserver").Pool(
                workers, initializer=_init_worker, initargs=(ctx,))
            try:
                results = pool.imap(_work_in_worker, units)
                calendar = meetings()  # the calendar is read here while workers parse mail
                _keep(results, seen, kept, read, skips, bar)
            finally:
                pool.terminate()
                pool.join()
    finally:
        bar.close()
    return link_threads(kept, me=ctx.me), calendar, read


def _keep(results: Iterable[_Done], seen: Seen, kept: list[MessageFeatures],
          read: Counter[str], skips: Skips, bar: Progress) -> None:
    """Merge unit results in unit order; the same message from two inputs is kept once."""
    for done in results:
        skips.merge(done.skips)
        read[done.label] += len(done.rows)
        for feats, message_id, content_key in done.rows:
            if seen.first_time(message_id, content_key):
                kept.append(feats)
            else:
                skips.ignore(done.label, "duplicate", what=done.noun)
        bar.advance(done.weight)


_CTX: _Context | None = None


def _init_worker(ctx: _Context) -> None:
    global _CTX
    _CTX = ctx


def _work_in_worker(unit: _Unit) -> _Done:
    assert _CTX is not None
    return _work(unit, _CTX)


def _work(unit: _Unit, ctx: _Context) -> _Done:
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
    return _Done(unit.label, "file" if unit.kind == "eml" else "message", unit.weight, rows,
                 skips)


class Progress:
    """A progress bar on stderr, shown only when the scan runs longer than PROGRESS_AFTER."""

    def __init__(self, total: int, *, enabled: bool, label: str = "reading mail") -> None:
        self.total = max(1, total)
        self.label = label
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
            self.task = self.bar.add_task(self.label, total=self.total, completed=self.done)
        elif self.bar is not None:
            self.bar.update(self.task, completed=self.done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
