"""Stored assessments per user: what badges, contacts and accounts read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import flag_modified

from unspoken.store.db import contains
from unspoken.store.models import AccountAssessmentRow, ContactAssessmentRow, UserContext

_CHUNK = 500


def _insert(session: AsyncSession, model: Any) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


async def _upsert(session: AsyncSession, model: Any, rows: Sequence[dict[str, Any]],
                  key: tuple[str, str]) -> None:
    """INSERT ... ON CONFLICT (key) DO UPDATE every other column: the stored row keeps its id
    and its place (PostgreSQL writes the new version on the same page when it fits, without
    new index entries; a delete and an insert left the old row and index entries behind)."""
    for i in range(0, len(rows), _CHUNK):
        stmt = _insert(session, model).values(list(rows[i:i + _CHUNK]))
        await session.execute(stmt.on_conflict_do_update(
            index_elements=list(key),
            set_={c: stmt.excluded[c] for c in rows[0] if c not in key}))


async def _stored(session: AsyncSession, columns: tuple[Any, Any], *, user_id: str,
                  accounts: Sequence[str] | None) -> list[tuple[int, str]]:
    """(id, name) of the user's rows of `accounts` (None: all of them)."""
    model = columns[0].class_
    q = select(*columns).where(model.user_id == user_id)
    if accounts is None:
        return [(row_id, name) for row_id, name in (await session.execute(q)).all()]
    out: list[tuple[int, str]] = []
    for i in range(0, len(accounts), _CHUNK):
        part = q.where(model.account.in_(accounts[i:i + _CHUNK]))
        out += [(row_id, name) for row_id, name in (await session.execute(part)).all()]
    return out


async def store_for_accounts(session: AsyncSession, *, user_id: str,
                             accounts: Iterable[str] | None,
                             account_rows: Sequence[dict[str, Any]],
                             contact_rows: Sequence[dict[str, Any]]) -> None:
    """Make the stored assessments of `accounts` (None: every account of the user) exactly
    the new rows (one transaction): rows still there are updated in place, those gone are
    deleted. A contact that moved from another account (a policy change) is moved with it:
    a contact is one row per (user, email)."""
    A, C = AccountAssessmentRow, ContactAssessmentRow  # noqa: N806
    scope = None if accounts is None else sorted(set(accounts))
    new_accounts = {r["account"] for r in account_rows}
    new_emails = {r["email"] for r in contact_rows}
    gone_accounts = [i for i, a in await _stored(session, (A.id, A.account), user_id=user_id,
                                                 accounts=scope) if a not in new_accounts]
    gone_contacts = [i for i, e in await _stored(session, (C.id, C.email), user_id=user_id,
                                                 accounts=scope) if e not in new_emails]
    for model, ids in ((C, gone_contacts), (A, gone_accounts)):
        for i in range(0, len(ids), _CHUNK):
            await session.execute(delete(model).where(model.id.in_(ids[i:i + _CHUNK])))
    await _upsert(session, A, account_rows, ("user_id", "account"))
    await _upsert(session, C, contact_rows, ("user_id", "email"))
    # The writes bypassed the session: rows it loaded before are read again (else they would
    # keep the old values, and a query returning them would too).
    for model in (A, C):
        ids = [o.id for o in session.identity_map.values() if isinstance(o, model)]
        for i in range(0, len(ids), _CHUNK):
            await session.execute(select(model).where(model.id.in_(ids[i:i + _CHUNK]))
                                  .execution_options(populate_existing=True))


async def contacts_by_email(session: AsyncSession, *, user_id: str,
                            emails: Sequence[str]) -> Sequence[ContactAssessmentRow]:
    q = select(ContactAssessmentRow).where(ContactAssessmentRow.user_id == user_id,
                                           ContactAssessmentRow.email.in_(emails))
    return (await session.execute(q)).scalars().all()


async def contact(session: AsyncSession, *, user_id: str,
                  email: str) -> ContactAssessmentRow | None:
    q = select(ContactAssessmentRow).where(ContactAssessmentRow.user_id == user_id,
                                           ContactAssessmentRow.email == email)
    return (await session.execute(q)).scalar_one_or_none()


async def contacts_by_name(session: AsyncSession, *, user_id: str,
                           names: Sequence[str]) -> Sequence[ContactAssessmentRow]:
    q = select(ContactAssessmentRow).where(ContactAssessmentRow.user_id == user_id,
                                           ContactAssessmentRow.name.in_(names))
    return (await session.execute(q)).scalars().all()


async def account(session: AsyncSession, *, user_id: str,
                  account: str) -> AccountAssessmentRow | None:
    q = select(AccountAssessmentRow).where(AccountAssessmentRow.user_id == user_id,
                                           AccountAssessmentRow.account == account)
    return (await session.execute(q)).scalar_one_or_none()


async def accounts_by_name(session: AsyncSession, *, user_id: str,
                           accounts: Sequence[str]) -> Sequence[AccountAssessmentRow]:
    q = select(AccountAssessmentRow).where(AccountAssessmentRow.user_id == user_id,
                                           AccountAssessmentRow.account.in_(accounts))
    return (await session.execute(q)).scalars().all()


_RANK = case({"at_risk": 0, "watch": 1, "healthy": 2, "insufficient_data": 3},
             value=AccountAssessmentRow.risk, else_=4)


async def accounts_ranked(session: AsyncSession, *, user_ids: Sequence[str],
                          risk: str | None, limit: int,
                          offset: int) -> Sequence[AccountAssessmentRow]:
    q = select(AccountAssessmentRow).where(AccountAssessmentRow.user_id.in_(user_ids))
    if risk:
        q = q.where(AccountAssessmentRow.risk == risk)
    q = q.order_by(_RANK, AccountAssessmentRow.score.desc(), AccountAssessmentRow.account,
                   AccountAssessmentRow.user_id).limit(limit).offset(offset)
    return (await session.execute(q)).scalars().all()


async def contacts_of_account(session: AsyncSession, *, user_id: str,
                              account: str) -> Sequence[ContactAssessmentRow]:
    q = (select(ContactAssessmentRow)
         .where(ContactAssessmentRow.user_id == user_id, ContactAssessmentRow.account == account)
         .order_by(ContactAssessmentRow.score.desc(), ContactAssessmentRow.email))
    return (await session.execute(q)).scalars().all()


async def context(session: AsyncSession, user_id: str) -> UserContext | None:
    return await session.get(UserContext, user_id, populate_existing=True)


async def save_context(session: AsyncSession, *, user_id: str, body: dict[str, Any],
                       computed_at: datetime) -> None:
    row = await session.get(UserContext, user_id)
    if row is None:
        session.add(UserContext(user_id=user_id, body=body, computed_at=computed_at))
    else:
        row.body, row.computed_at = body, computed_at
    await session.flush()


async def save_stats(session: AsyncSession, *, user_id: str, stats: dict[str, Any] | None,
                     row: UserContext | None = None) -> None:
    """Replace the context counts, keeping the stored context itself (`row`: the user's, read
    in this transaction)."""
    row = row or await session.get(UserContext, user_id)
    if row is not None:
        row.body = {**row.body, "stats": stats}
        # The counts are updated in place (services/context `apply`) inside the body read in
        # this transaction: compared with that same mutated body, the new one would look
        # unchanged and no UPDATE would be written.
        flag_modified(row, "body")
        await session.flush()


async def levels(session: AsyncSession, *, user_id: str,
                 accounts: Sequence[str] | None = None) -> dict[str, tuple[str, int]]:
    """account -> (level, score) of the stored assessments (of `accounts`, or all)."""
    q = select(AccountAssessmentRow.account, AccountAssessmentRow.risk,
               AccountAssessmentRow.score).where(AccountAssessmentRow.user_id == user_id)
    if accounts is None:
        return {a: (r, s) for a, r, s in (await session.execute(q)).all()}
    out: dict[str, tuple[str, int]] = {}
    accounts = list(accounts)
    for i in range(0, len(accounts), _CHUNK):
        part = q.where(AccountAssessmentRow.account.in_(accounts[i:i + _CHUNK]))
        out.update({a: (r, s) for a, r, s in (await session.execute(part)).all()})
    return out


ACCOUNT_SORTS = ("risk", "score", "name", "updated")


def _has_signal(kind: str, dialect: str) -> Any:
    """The account has a signal of `kind` (signals is a JSON array of objects)."""
    if dialect == "postgresql":
        sql = ("EXISTS (SELECT 1 FROM json_array_elements(account_assessments.signals) AS s "
               "WHERE s->>'kind' = :signal_kind)")
    else:
        sql = ("EXISTS (SELECT 1 FROM json_each(account_assessments.signals) AS s "
               "WHERE json_extract(s.value, '$.kind') = :signal_kind)")
    return text(sql).bindparams(signal_kind=kind)


def _filtered(session: AsyncSession, q: Any, *, user_id: str, level: str | None,
              signal: str | None, search: str) -> Any:
    A, C = AccountAssessmentRow, ContactAssessmentRow  # noqa: N806
    q = q.where(A.user_id == user_id)
    if level:
        q = q.where(A.risk == level)
    if signal:
        q = q.where(_has_signal(signal, session.get_bind().dialect.name))
    if search:
        people = (select(C.id).where(C.user_id == A.user_id, C.account == A.account,
                                     or_(contains(C.name, search), contains(C.email, search))))
        q = q.where(or_(contains(A.account, search), people.exists()))
    return q


async def accounts_page(session: AsyncSession, *, user_id: str, level: str | None,
                        signal: str | None, search: str, sort: str, limit: int,
                        offset: int) -> tuple[Sequence[AccountAssessmentRow], int]:
    """One page of a user's accounts (filter by level, signal kind, name/contact search;
    sort by `ACCOUNT_SORTS`) and how many match in all."""
    A = AccountAssessmentRow  # noqa: N806
    order = {"risk": (_RANK, A.score.desc()), "score": (A.score.desc(), _RANK),
             "name": (A.account,), "updated": (A.computed_at.desc(), _RANK)}[sort]
    rows_q = _filtered(session, select(A, func.count().over()), user_id=user_id, level=level,
                       signal=signal, search=search).order_by(*order, A.account) \
        .limit(limit).offset(offset)
    found = (await session.execute(rows_q)).all()
    if found:  # every row carries the total: one round trip
        return [r[0] for r in found], int(found[0][1])
    count_q = _filtered(session, select(func.count()).select_from(A), user_id=user_id,
                        level=level, signal=signal, search=search)
    return [], int(await session.scalar(count_q) or 0)


async def level_counts(session: AsyncSession, *, user_id: str) -> dict[str, int]:
    q = (select(AccountAssessmentRow.risk, func.count())
         .where(AccountAssessmentRow.user_id == user_id).group_by(AccountAssessmentRow.risk))
    return {str(r): int(n) for r, n in (await session.execute(q)).all()}


@dataclass(frozen=True, slots=True)
class TopContact:
    account: str
    email: str
    name: str
    title: str


async def top_contacts(session: AsyncSession, *, user_id: str,
                       accounts: Sequence[str]) -> dict[str, TopContact]:
    """The highest-scoring contact of each account (ties: the address, alphabetically); a
    few columns, not whole rows: an export asks for thousands."""
    C = ContactAssessmentRow  # noqa: N806
    out: dict[str, TopContact] = {}
    accounts = list(accounts)
    for i in range(0, len(accounts), _CHUNK):
        q = (select(C.account, C.email, C.name, C.title)
             .where(C.user_id == user_id, C.account.in_(accounts[i:i + _CHUNK]))
             .order_by(C.account, C.score.desc(), C.email))
        for account, email, name, title in (await session.execute(q)).all():
            if account not in out:
                out[account] = TopContact(account, email, name, title)
    return out
