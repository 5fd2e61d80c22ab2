"""Store one provider change set: features derived (text dropped here), rows replaced by id,
account keys recorded as pending for the rescore that ends the run."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.providers.base import ChangeSet
from unspoken.services import scoring
from unspoken.signals.features import extract
from unspoken.signals.model import Direction, MessageFlag
from unspoken.signals.policy import Policy
from unspoken.store.models import Mailbox
from unspoken.store.repositories import records as records_repo


@dataclass(frozen=True, slots=True)
class Applied:
    messages: int
    meetings: int
    deleted: int
    touched: frozenset[str]


async def apply_changes(session: AsyncSession, *, mailbox: Mailbox, changes: ChangeSet,
                        me: frozenset[str], policy: Policy) -> Applied:
    own = scoring.own_keys(me) | frozenset(policy.internal_domains)
    touched: set[str] = set()
    features = [extract(m, executive_titles=policy.executive_titles,
                        store_quotes=policy.store_quotes) for m in changes.messages]
    rows, keys = [], []
    for f in features:
        rows.append(records_repo.features_row(f, mailbox_id=mailbox.id, user_id=mailbox.user_id,
                                              keep_quotes=policy.store_quotes))
        ks = scoring.message_keys(f, me=me, own=own)
        keys.append(ks)
        touched |= ks
    bounces = [f for f in features
               if MessageFlag.BOUNCE in f.flags and f.direction is Direction.RECEIVED]
    if bounces:
        touched |= await records_repo.keys_near_bounces(session, user_id=mailbox.user_id,
                                                        bounces=bounces)
    await records_repo.replace_messages(session, rows, keys)
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
    return Applied(messages=len(rows), meetings=len(m_rows),
                   deleted=len(changes.deleted_messages) + len(changes.deleted_meetings),
                   touched=frozenset(touched))
