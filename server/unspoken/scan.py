"""Scan exports end to end: read, derive features (text dropped here), assess."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from unspoken.imports.eml import read_eml_dir
from unspoken.imports.errors import Skips
from unspoken.imports.ics import read_ics
from unspoken.imports.mbox import read_mbox
from unspoken.signals.assess import assess
from unspoken.signals.features import extract
from unspoken.signals.model import Meeting, MessageFeatures, Report
from unspoken.signals.policy import Policy


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


def _check_exists(inputs: ScanInputs) -> None:
    for p in (*inputs.mbox, *inputs.ics):
        if not p.is_file():
            raise FileNotFoundError(f"{p}: no such file")
    for p in inputs.eml_dirs:
        if not p.exists():
            raise FileNotFoundError(f"{p}: no such folder")


def _features(inputs: ScanInputs, policy: Policy, skips: Skips) -> Iterator[MessageFeatures]:
    for path in inputs.mbox:
        for msg in read_mbox(path, me=inputs.me, skips=skips):
            yield extract(msg, executive_titles=policy.executive_titles)
    for path in inputs.eml_dirs:
        for msg in read_eml_dir(path, me=inputs.me, skips=skips):
            yield extract(msg, executive_titles=policy.executive_titles)


def run_scan(inputs: ScanInputs, *, as_of: datetime, policy: Policy,
             progress: bool = False) -> ScanResult:
    _check_exists(inputs)
    skips = Skips()
    start = as_of - timedelta(days=policy.recent_days + policy.baseline_days)
    features = list(_features(inputs, policy, skips))
    meetings: list[Meeting] = [
        m for path in inputs.ics for m in read_ics(path, start=start, end=as_of, skips=skips)
    ]
    report = assess(features, meetings, me=inputs.me, as_of=as_of, policy=policy)
    return ScanResult(report=report, skips=skips, messages=len(features), meetings=len(meetings))
