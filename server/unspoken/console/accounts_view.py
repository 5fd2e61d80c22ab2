"""View models of the account pages: the Needs attention list, the Accounts table (and its CSV)
and one account in depth. Reads through the repositories; formats nothing but plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.console import trends, views
from unspoken.console.charts import Point
from unspoken.services.badges import muted_until
from unspoken.store.models import (
    AccountAssessmentRow,
    ContactAssessmentRow,
    Feedback,
    LevelTransition,
    Mailbox,
)
from unspoken.store.repositories import assessments as repo
from unspoken.store.repositories import feedback as feedback_repo
from unspoken.store.repositories import mailboxes as mailboxes_repo
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import transitions as transitions_repo

PER_PAGE = 50
MAX_PAGE = 10_000
CSV_MAX_ROWS = 20_000
CHANGED_DAYS = 7


@dataclass(frozen=True, slots=True)
class Filters:
    """The Accounts table's query, parsed leniently: a bad value falls back to its default
    and says so in `notes` (the page never errors on a hand-edited URL)."""

    level: str = ""
    signal: str = ""
    q: str = ""
    sort: str = "risk"
    page: int = 1
    notes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, *, level: str = "", signal: str = "", q: str = "", sort: str = "",
              page: str = "") -> Filters:
        notes = []
        if level and level not in views.LEVELS:
            notes.append(f"Unknown level {level[:40]!r}: showing every level.")
            level = ""
        if signal and signal not in views.SIGNALS:
            notes.append(f"Unknown signal {signal[:40]!r}: showing every signal.")
            signal = ""
        if sort and sort not in repo.ACCOUNT_SORTS:
            notes.append(f"Unknown sort {sort[:40]!r}: sorted by risk.")
            sort = ""
        n = 1
        if page:
            try:
                n = int(page)
                if not 1 <= n <= MAX_PAGE:
                    raise ValueError
            except ValueError:
                notes.append(f"Page must be a number from 1 to {MAX_PAGE}: showing page 1.")
                n = 1
        q = " ".join(q.split())[:100]
        return cls(level=level, signal=signal, q=q, sort=sort or "risk", page=n,
                   notes=tuple(notes))

    def query(self, **changes: Any) -> dict[str, str]:
        """The query string of this view with `changes` (defaults left out)."""
        values = {"level": self.level, "signal": self.signal, "q": self.q,
                  "sort": self.sort if self.sort != "risk" else "",
                  "page": str(self.page) if self.page != 1 else ""}
        values.update({k: str(v) for k, v in changes.items()})
        if values.get("page") == "1":
            values["page"] = ""
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True, slots=True)
class Row:
    account: str
    level: str
    score: int
    signals: list[str]  # kinds, strongest first
    top_reason: str
    top_contact: repo.TopContact | None  # the riskiest contact
    contact_count: int
    last_received: datetime | None
    last_sent: datetime | None
    points: list[Point]
    muted_until: datetime | None
    updated_at: datetime


@dataclass
class AccountsView:
    rows: list[Row]
    total: int
    filters: Filters
    pages: int


def _muted(fb: dict[tuple[str, str], Feedback], account: str, now: datetime) -> datetime | None:
    return muted_until(now, fb.get(("account", account)))


async def _rows(session: AsyncSession, *, user_id: str,
                found: list[AccountAssessmentRow]) -> list[Row]:
    names = [a.account for a in found]
    last = await records_repo.last_dates(session, user_id=user_id, keys=names)
    contacts = await repo.top_contacts(session, user_id=user_id, accounts=names)
    fb = await feedback_repo.latest(session, user_id=user_id,
                                    targets=[("account", n) for n in names])
    points = await trends.list_points(session, user_id=user_id, rows=found)
    now = datetime.now(UTC)
    out = []
    for a in found:
        dates = last.get(a.account, {})
        out.append(Row(
            account=a.account, level=a.risk, score=a.score,
            signals=list(dict.fromkeys(s["kind"] for s in a.signals)),
            top_reason=a.signals[0]["summary"] if a.signals else "",
            top_contact=contacts.get(a.account), contact_count=a.contact_count,
            last_received=dates.get("received"), last_sent=dates.get("sent"),
            points=points.get(a.account, []), muted_until=_muted(fb, a.account, now),
            updated_at=a.computed_at))
    return out


async def accounts(session: AsyncSession, *, user_id: str, filters: Filters,
                   per_page: int = PER_PAGE) -> AccountsView:
    found, total = await repo.accounts_page(
        session, user_id=user_id, level=filters.level or None, signal=filters.signal or None,
        search=filters.q, sort=filters.sort, limit=per_page,
        offset=(filters.page - 1) * per_page)
    rows = await _rows(session, user_id=user_id, found=list(found))
    return AccountsView(rows=rows, total=total, filters=filters,
                        pages=max(1, -(-total // per_page)))


CSV_HEADER = ["account", "level", "score", "signals", "top_reason", "riskiest_contact",
              "contacts", "last_inbound", "last_outbound", "muted_until", "updated_at"]


def _cell(value: str) -> str:
    """Spreadsheets run a cell starting with = + - @ as a formula: quote it as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


async def csv_rows(session: AsyncSession, *, user_id: str,
                   filters: Filters) -> list[list[str]]:
    """Every account of the current view (all pages, at most CSV_MAX_ROWS), dates ISO 8601."""
    view = await accounts(session, user_id=user_id,
                          filters=Filters(level=filters.level, signal=filters.signal,
                                          q=filters.q, sort=filters.sort),
                          per_page=CSV_MAX_ROWS)
    out = []
    for r in view.rows:
        out.append([_cell(v) for v in (
            r.account, views.level(r.level).label, str(r.score), ";".join(r.signals),
            r.top_reason, (r.top_contact.name or r.top_contact.email) if r.top_contact else "",
            str(r.contact_count),
            r.last_received.isoformat() if r.last_received else "",
            r.last_sent.isoformat() if r.last_sent else "",
            r.muted_until.isoformat() if r.muted_until else "", r.updated_at.isoformat())])
    return out


@dataclass
class Attention:
    account: str
    level: str
    score: int
    reason: str
    contact: repo.TopContact | None
    quiet_days: int | None  # since the customer last wrote
    changed: str = ""  # "watch → at risk" when the level changed recently


@dataclass
class HomeView:
    items: list[Attention]
    muted: int
    counts: dict[str, int]
    learning: list[Mailbox] = field(default_factory=list)  # mailboxes still backfilling
    mailboxes: int = 0


async def needs_attention(session: AsyncSession, *, user_id: str, today: datetime,
                          now: datetime | None = None) -> HomeView:
    """Accounts whose level changed in the last CHANGED_DAYS days and every at-risk account,
    riskiest first, minus those muted by feedback."""
    now = now or datetime.now(UTC)
    moved: dict[str, LevelTransition] = {}
    for tr in await transitions_repo.recent_transitions(
            session, user_id=user_id, since=now - timedelta(days=CHANGED_DAYS), limit=500):
        if tr.from_level is not None:
            moved.setdefault(tr.account, tr)  # newest first: the latest change of each account
    at_risk, _ = await repo.accounts_page(session, user_id=user_id, level="at_risk",
                                          signal=None, search="", sort="risk", limit=500,
                                          offset=0)
    found = {a.account: a for a in at_risk}
    for a in await repo.accounts_by_name(session, user_id=user_id,
                                         accounts=sorted(set(moved) - set(found))):
        found[a.account] = a
    rows = await _rows(session, user_id=user_id, found=list(found.values()))
    rows.sort(key=lambda r: (views.level(r.level).rank, -r.score, r.account))
    items, muted = [], 0
    for r in rows:
        if r.muted_until is not None:
            muted += 1
            continue
        t = moved.get(r.account)
        items.append(Attention(
            account=r.account, level=r.level, score=r.score, reason=r.top_reason,
            contact=r.top_contact, quiet_days=views.days_between(r.last_received, today),
            changed=f"{views.level(t.from_level or '').label} → {views.level(t.to_level).label}"
            f" {views.ago(t.at, now)}" if t else ""))
    boxes = list(await mailboxes_repo.list_for_user(session, user_id))
    return HomeView(items=items, muted=muted,
                    counts=await repo.level_counts(session, user_id=user_id),
                    learning=[b for b in boxes if b.stage == "backfill" or b.progress < 1.0],
                    mailboxes=len(boxes))


@dataclass
class SignalView:
    kind: str
    summary: str
    severity: float
    started: Any  # date | None
    evidence: list[dict[str, Any]]
    marker: int  # its number on the chart (0: began before the chart's 12 weeks)


@dataclass
class AccountView:
    row: AccountAssessmentRow
    contacts: list[ContactAssessmentRow]
    signals: list[SignalView]
    points: list[Point]
    last_received: datetime | None
    last_sent: datetime | None
    feedback: list[Feedback]
    muted_until: datetime | None


async def account(session: AsyncSession, *, user_id: str, name: str) -> AccountView | None:
    row = await repo.account(session, user_id=user_id, account=name)
    if row is None:
        return None
    contacts = list(await repo.contacts_of_account(session, user_id=user_id, account=name))
    last = (await records_repo.last_dates(session, user_id=user_id, keys=[name])).get(name, {})
    history = list(await feedback_repo.history(session, user_id=user_id, target_kind="account",
                                               target=name))
    now = datetime.now(UTC)
    return AccountView(
        row=row, contacts=contacts,
        signals=[SignalView(kind=s["kind"], summary=s["summary"], severity=s["severity"],
                            started=views.signal_started(s), evidence=s.get("evidence", []),
                            marker=0) for s in row.signals],
        points=(await trends.list_points(session, user_id=user_id, rows=[row]))[row.account],
        last_received=last.get("received"),
        last_sent=last.get("sent"), feedback=history,
        muted_until=muted_until(now, history[0] if history else None))


def number_markers(view: AccountView, first_week: Any) -> list[tuple[Any, str]]:
    """Number the signals that began inside the chart's weeks (1, 2, …) for its markers."""
    markers = []
    for s in view.signals:
        if s.started is not None and s.started >= first_week - timedelta(days=6):
            markers.append((s.started, views.signal(s.kind).label))
            s.marker = len(markers)
    return markers
