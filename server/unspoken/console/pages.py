"""The account pages: Needs attention (home), Accounts (+ CSV), one account, its feedback."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from unspoken.api.deps import RuntimeDep, SessionDep
from unspoken.console import accounts_view, compose, trends
from unspoken.console.charts import line_chart, weeks_ending
from unspoken.console.session import ConsoleError, ConsoleUser
from unspoken.console.templating import page
from unspoken.services import badges as badge_service
from unspoken.services import feedback as feedback_service
from unspoken.services import learning as learning_service
from unspoken.services import notifications as notifications_service
from unspoken.services import policy as policy_service
from unspoken.services import scoring
from unspoken.services.users import my_addresses

router = APIRouter(include_in_schema=False)
AccountName = Annotated[str, Path(min_length=1, max_length=320)]
_FEEDBACK = {"not_a_risk", "snooze", "confirmed"}


def today(rt: RuntimeDep) -> datetime:
    """The engine's "now" for durations ("quiet for 12 days"): the frozen as_of when set."""
    return rt.settings.as_of or datetime.now(UTC)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, user: ConsoleUser, session: SessionDep,
               rt: RuntimeDep) -> Response:
    view = await accounts_view.needs_attention(session, user_id=user.user_id, today=today(rt))
    digest = await notifications_service.digest_summary(session, user_id=user.user_id,
                                                        settings=rt.settings)
    return page(request, "home.html", user=user, title="Needs attention", view=view,
                digest=digest, now=datetime.now(UTC))


@router.get("/accounts", response_class=HTMLResponse)
async def accounts(request: Request, user: ConsoleUser, session: SessionDep) -> Response:
    """Filter by level and signal kind (`level`, `signal`), search (`q`), `sort`, `page`."""
    filters = _filters(request)
    view = await accounts_view.accounts(session, user_id=user.user_id, filters=filters)
    return page(request, "accounts.html", user=user, title="Accounts", view=view,
                csv_href="/accounts.csv" + _qs(filters.query(page="")))


def _filters(request: Request) -> accounts_view.Filters:
    q = request.query_params
    return accounts_view.Filters.parse(level=q.get("level", ""), signal=q.get("signal", ""),
                                       q=q.get("q", ""), sort=q.get("sort", ""),
                                       page=q.get("page", ""))


def _qs(params: dict[str, str]) -> str:
    return "?" + urlencode(params) if params else ""


@router.get("/accounts.csv")
async def accounts_csv(request: Request, user: ConsoleUser, session: SessionDep) -> Response:
    """The current view (every page of it) as UTF-8 CSV with a header row, ISO 8601 dates."""
    rows = await accounts_view.csv_rows(session, user_id=user.user_id, filters=_filters(request))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(accounts_view.CSV_HEADER)
    w.writerows(rows)
    name = f"unspoken-accounts-{datetime.now(UTC).date().isoformat()}.csv"
    return Response(buf.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "Cache-Control": "no-store"})


@router.get("/accounts/{account}", response_class=HTMLResponse)
async def account(request: Request, account: AccountName, user: ConsoleUser,
                  session: SessionDep, rt: RuntimeDep) -> Response:
    name = account.strip().lower()
    view = await accounts_view.account(session, user_id=user.user_id, name=name)
    if view is None:
        raise ConsoleError(404, "No such account",
                           f"{name} is not one of your customer accounts (yet).")
    as_of = scoring.as_of(rt.settings.as_of)
    policy = await policy_service.engine_policy(session, org_id=user.org_id)
    me = await my_addresses(session, user_id=user.user_id, email=user.email)
    view.points = await trends.account_points(
        session, kv=rt.kv, user_id=user.user_id, row=view.row, me=me, as_of=as_of,
        policy=policy)
    last_week = view.points[-1][0] if view.points else as_of.date()
    markers = accounts_view.number_markers(view, weeks_ending(last_week)[0])
    chart = line_chart(view.points, markers=markers, last_week=last_week,
                       label=f"Weekly risk score of {name} over the last 12 weeks, 0 to 100")
    checkin = view.row.checkin
    return page(request, "account.html", user=user, title=name, view=view, chart=chart,
                checkin=checkin, links=compose.links(checkin) if checkin else None,
                saved=request.query_params.get("saved", "")[:20], now=datetime.now(UTC))


@router.post("/accounts/{account}/feedback")
async def feedback(account: AccountName, user: ConsoleUser, session: SessionDep,
                   rt: RuntimeDep, kind: Annotated[str, Form(max_length=20)] = "",
                   ) -> Response:
    name = account.strip().lower()
    if kind not in _FEEDBACK:
        raise ConsoleError(422, "Unknown feedback",
                           "Choose not a risk, snooze or confirmed at risk.")
    try:
        done = await feedback_service.record(
            session, user_id=user.user_id, org_id=user.org_id, kind=kind, email=None,
            account=name, days=None, now=datetime.now(UTC))
    except feedback_service.NotFound:
        raise ConsoleError(404, "No such account",
                           f"{name} is not one of your accounts.") from None
    await session.commit()
    await badge_service.invalidate(rt.kv, user_id=user.user_id)
    if done.moves:
        await learning_service.changed(rt.queue, org_id=user.org_id)
    return RedirectResponse(f"/accounts/{quote(name)}?saved={kind}#feedback", status_code=303)
