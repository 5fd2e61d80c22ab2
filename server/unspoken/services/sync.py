"""Store one provider change set: features derived (text dropped here), rows replaced by id,
account keys recorded as pending for the rescore that ends the run."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.base import ChangeSet, FullListing
from unspoken.services import context as context_service
from unspoken.services import scoring
from unspoken.signals.features import extract
from unspoken.signals.model import Direction, MessageFeatures, MessageFlag
from unspoken.signals.policy import Policy
from unspoken.signals.replay import fridays, week_end
from unspoken.store.models import Mailbox
from unspoken.store.repositories import assessments as assessments_repo
from unspoken.store.repositories import records as records_repo

# A listing's date bounds and a record's stored date may differ a little (Gmail filters on
# the internal date, Graph on receivedDateTime): records this close to an edge are kept.
SWEEP_EDGE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Applied:
    messages: int
    meetings: int
    deleted: int
    touched: frozenset[str]
    # Wrote or deleted something a stored weekly score depends on (services/weekly: a message
    # dated before the last past Friday's end, any meeting, any deletion): only then must the
    # weekly scores be replayed. New mail today changes no past Friday.
    past: bool = True


async def apply_changes(session: AsyncSession, *, mailbox: Mailbox, changes: ChangeSet,
                        me: frozenset[str], policy: Policy, as_of: datetime) -> Applied:
    if changes.full_listings:
        changes = await _with_sweep(session, mailbox_id=mailbox.id, changes=changes)
    own = scoring.own_keys(me) | frozenset(policy.internal_domains)
    touched: set[str] = set()
    features = [extract(m, executive_titles=policy.executive_titles,
                        store_quotes=policy.store_quotes) for m in changes.messages]
    keys = []
    for f in features:
        ks = scoring.message_keys(f, me=me, own=own)
        keys.append(ks)
        touched |= ks
    await _update_context(session, mailbox=mailbox, changes=changes, features=features, me=me,
                          policy=policy, as_of=as_of)
    bounces = [f for f in features
               if MessageFlag.BOUNCE in f.flags and f.direction is Direction.RECEIVED]
    if bounces:
        touched |= await records_repo.keys_near_bounces(session, user_id=mailbox.user_id,
                                                        bounces=bounces)
    await records_repo.replace_messages(session, mailbox_id=mailbox.id,
                                        user_id=mailbox.user_id, features=features, keys=keys,
                                        keep_quotes=policy.store_quotes)
    m_rows, m_keys = [], []
    for m in changes.meetings:
        m_rows.append(records_repo.meeting_row(m, mailbox_id=mailbox.id,
                                               user_id=mailbox.user_id))
        ks = scoring.meeting_keys(m, me=me, own=own)
        m_keys.append(ks)
        touched |= ks
    await records_repo.replace_meetings(session, m_rows, m_keys)
    touched |= await records_repo.delete_messages(session, mailbox_id=mailbox.id,
                                                  ext_ids=list(changes.deleted_messages))
    touched |= await records_repo.delete_meetings(session, mailbox_id=mailbox.id,
                                                  occurrence_ids=list(changes.deleted_meetings))
    touched.discard(records_repo.BOUNCE_KEY)
    deleted = len(changes.deleted_messages) + len(changes.deleted_meetings)
    last_week_end = week_end(fridays(as_of, 1)[-1])
    return Applied(messages=len(features), meetings=len(m_rows), deleted=deleted,
                   touched=frozenset(touched),
                   past=bool(m_rows or deleted) or any(f.date < last_week_end
                                                        for f in features))


async def _with_sweep(session: AsyncSession, *, mailbox_id: str,
                      changes: ChangeSet) -> ChangeSet:
    """The change set plus, as deletions, the records its completed full listings did not see
    (deleted at the provider while its change feed had forgotten us). Deleting them through
    the change set keeps account keys and the mailbox context in step."""
    seen_messages = {m.id for m in changes.messages}
    seen_meetings = {m.occurrence_id for m in changes.meetings}
    gone_messages: dict[str, None] = dict.fromkeys(changes.deleted_messages)
    gone_meetings: dict[str, None] = dict.fromkeys(changes.deleted_meetings)
    for listing in changes.full_listings:
        since, until = _inner(listing)
        if listing.kind == "messages":
            for i in await records_repo.unseen_messages(
                    session, mailbox_id=mailbox_id, written_before=listing.started_at,
                    since=since, until=until, id_prefix=listing.id_prefix):
                if i not in seen_messages:
                    gone_messages[i] = None
        else:
            for i in await records_repo.unseen_meetings(
                    session, mailbox_id=mailbox_id, written_before=listing.started_at,
                    since=since, until=until):
                if i not in seen_meetings:
                    gone_meetings[i] = None
    return replace(changes, deleted_messages=tuple(gone_messages),
                   deleted_meetings=tuple(gone_meetings))


def _inner(listing: FullListing) -> tuple[datetime | None, datetime | None]:
    since = listing.since + SWEEP_EDGE if listing.since is not None else None
    until = listing.until - SWEEP_EDGE if listing.until is not None else None
    return since, until


async def _update_context(session: AsyncSession, *, mailbox: Mailbox, changes: ChangeSet,
                          features: list[MessageFeatures], me: frozenset[str], policy: Policy,
                          as_of: datetime) -> None:
    """Keep the mailbox-context counts in step with the records (same transaction)."""
    row = await assessments_repo.context(session, mailbox.user_id)
    stats = context_service.of_row(row, me=me, as_of=as_of, policy=policy)
    if stats is None:
        return  # rebuilt from every record by the rescore that ends the run
    ok = not await records_repo.known_elsewhere(session, user_id=mailbox.user_id,
                                                mailbox_id=mailbox.id, features=features)
    if ok:
        gone = [*[f.id for f in features], *changes.deleted_messages]
        gone_meetings = [*[m.occurrence_id for m in changes.meetings], *changes.deleted_meetings]
        ok = context_service.apply(
            stats,
            removed=await records_repo.stored_messages(session, mailbox_id=mailbox.id,
                                                       ext_ids=gone),
            added=features,
            removed_meetings=await records_repo.stored_meetings(
                session, mailbox_id=mailbox.id, occurrence_ids=gone_meetings),
            added_meetings=changes.meetings, me=me, as_of=as_of, policy=policy)
    await assessments_repo.save_stats(session, user_id=mailbox.user_id,
                                      stats=stats if ok else None, row=row)
