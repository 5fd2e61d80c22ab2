"""Learning from the team's feedback, per organisation (the rule: signals.learning).

Feedback is stored with the signals that were on its target at the time; in the same
transaction `observe` recounts the org's judgements for those signals and moves each learned
factor by at most one step, writing every move to the audit log with the feedback that caused
it and the judgements counted. The engine multiplies the admin's sensitivity by the factor
(services/policy), and the level it gives stays within LEVELS' bounds, so learning never makes
a signal looser than the false-alarm budget's level. Admins see the factors, their bounds and
counts, and reset them (audited); after any change the org is rescored (`assess.org`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.services import policy as policy_service
from unspoken.signals import learning as rule
from unspoken.signals.model import SignalKind
from unspoken.signals.policy import LEVELS
from unspoken.store.models import AuditEntry, Feedback, SignalLearning, User
from unspoken.store.repositories import learning as repo
from unspoken.store.repositories import policies as policies_repo
from unspoken.worker.queue import JobQueue

COUNTED_SHOWN = 50  # judgements named in one audit entry (the counts cover them all)


def kinds_of(signals: list[Any]) -> list[str]:
    """The signal kinds of stored assessment signals (signals.report.signal_json)."""
    known = {k.value for k in SignalKind}
    return sorted({s["kind"] for s in signals if isinstance(s, dict) and s.get("kind") in known})


def _since(row: SignalLearning | None, now: datetime) -> datetime:
    window = now - timedelta(days=rule.WINDOW_DAYS)
    return max(window, row.reset_at) if row is not None and row.reset_at else window


def _count(kind: str, judgements: list[Feedback], since: datetime
           ) -> tuple[int, int, list[Feedback]]:
    counted = [f for f in judgements if kind in (f.signals or []) and f.created_at >= since]
    confirmed = sum(1 for f in counted if rule.COUNTED[f.kind])
    return confirmed, len(counted) - confirmed, counted


def _ref(f: Feedback, *, named: bool) -> dict[str, Any]:
    """A judgement in the audit log: always its id; the account or contact only when the org
    lets admins see members' account risk (`admins_see_team_risk`), as the team view does."""
    out: dict[str, Any] = {"id": f.id, "kind": f.kind, "target_kind": f.target_kind}
    return {**out, "target": f.target} if named else out


async def observe(session: AsyncSession, *, org_id: str, feedback: Feedback,
                  now: datetime) -> list[dict[str, Any]]:
    """After `feedback` is stored: move the factor of each signal it counts toward. Returns
    the moves ({"signal", "from", "to"}); the caller rescores the org after commit if any."""
    if feedback.kind not in rule.COUNTED or not feedback.signals:
        return []
    return await _update(session, org_id=org_id, now=now, cause=feedback,
                         kinds=kinds_of([{"kind": k} for k in feedback.signals]))


async def age(session: AsyncSession, *, org_id: str, now: datetime) -> list[dict[str, Any]]:
    """Nightly: judgements older than the window stop counting, so a factor the remaining
    ones no longer support takes its step back towards 1 (audited, `"feedback": null`)."""
    moved = [k for k, f in (await repo.factors(session, org_id)).items() if f != 1.0]
    if not moved:
        return []
    return await _update(session, org_id=org_id, now=now, cause=None, kinds=kinds_of(
        [{"kind": k} for k in moved]))


async def _update(session: AsyncSession, *, org_id: str, now: datetime,
                  cause: Feedback | None, kinds: list[str]) -> list[dict[str, Any]]:
    """Recount `kinds` and step each factor once; every move is a `learning.adjusted` entry."""
    await repo.lock_org(session, org_id)
    _, pol = await policy_service.current(session, org_id=org_id)
    rows = await repo.states(session, org_id)
    judgements = await repo.judgements(session, org_id=org_id, kinds=list(rule.COUNTED),
                                       since=now - timedelta(days=rule.WINDOW_DAYS))
    named = pol.admins_see_team_risk
    moves = []
    for kind in kinds:
        row = rows.get(kind)
        confirmed, dismissed, counted = _count(kind, judgements, _since(row, now))
        setting = pol.signals.get(SignalKind(kind))
        sensitivity = setting.sensitivity if setting else 1.0
        low, high = rule.bounds(SignalKind(kind), sensitivity)
        old = row.factor if row is not None else 1.0
        new = rule.step(old, confirmed, dismissed, low=low, high=high)
        if new == old:
            continue
        entry = AuditEntry(
            org_id=org_id, action="learning.adjusted", target=f"signal:{kind}",
            detail={"signal": kind, "from": old, "to": new, "confirmed": confirmed,
                    "dismissed": dismissed, "bounds": [low, high],
                    "admin_sensitivity": sensitivity,
                    "feedback": _ref(cause, named=named) if cause is not None else None,
                    "counted": [_ref(f, named=named) for f in counted[-COUNTED_SHOWN:]]})
        await policies_repo.audit(session, entry)
        if row is None:
            row = repo.add(session, SignalLearning(org_id=org_id, signal=kind))
        row.factor, row.updated_at = new, now
        row.last_change = {"at": now.isoformat(), "from": old, "to": new,
                           "feedback_id": cause.id if cause is not None else None,
                           "audit_id": entry.id}
        moves.append({"signal": kind, "from": old, "to": new})
    return moves


async def reset(session: AsyncSession, *, org_id: str, actor: User,
                signal: SignalKind | None, now: datetime) -> bool:
    """Back to factor 1 and count feedback from now on, for one signal or all; audited
    ("learning.reset"). Returns whether a factor changed (then rescore the org)."""
    await repo.lock_org(session, org_id)
    rows = await repo.states(session, org_id)
    kinds = [signal.value] if signal is not None else [k.value for k in SignalKind]
    before = {}
    for kind in kinds:
        row = rows.get(kind) or repo.add(session, SignalLearning(org_id=org_id, signal=kind))
        before[kind] = row.factor if row.factor is not None else 1.0
        row.factor, row.reset_at, row.updated_at = 1.0, now, now
        row.last_change = {"at": now.isoformat(), "from": before[kind], "to": 1.0,
                           "reset_by": actor.email}
    await policies_repo.audit(session, AuditEntry(
        org_id=org_id, actor_id=actor.id, actor_email=actor.email, action="learning.reset",
        target=f"signal:{signal.value}" if signal is not None else "signal:all",
        detail={"signals": {k: {"from": f, "to": 1.0} for k, f in before.items()}}))
    return any(f != 1.0 for f in before.values())


async def view(session: AsyncSession, *, org_id: str, now: datetime) -> dict[str, Any]:
    """Per signal: the learned factor, its bounds, the counts it follows, the resulting level
    against the budget's, and the last change."""
    _, pol = await policy_service.current(session, org_id=org_id)
    rows = await repo.states(session, org_id)
    judgements = await repo.judgements(session, org_id=org_id, kinds=list(rule.COUNTED),
                                       since=now - timedelta(days=rule.WINDOW_DAYS))
    out = []
    for kind in SignalKind:
        row = rows.get(kind.value)
        since = _since(row, now)
        confirmed, dismissed, _ = _count(kind.value, judgements, since)
        setting = pol.signals.get(kind)
        sensitivity = setting.sensitivity if setting else 1.0
        factor = row.factor if row is not None else 1.0
        low, high = rule.bounds(kind, sensitivity)
        level = LEVELS[kind]
        now_level = level.at(sensitivity * factor)
        out.append({
            "signal": kind.value, "factor": factor, "bounds": {"low": low, "high": high},
            "admin_sensitivity": sensitivity, "sensitivity": round(sensitivity * factor, 4),
            "level": {"now": now_level, "default": level.default, "budget": level.most_eager,
                      "quietest": level.quietest,
                      "measure": "false_alarm_probability" if level.test else "evidence_needed",
                      "at_budget": now_level == level.most_eager},
            "confirmed": confirmed, "dismissed": dismissed,
            "aim": min(max(rule.target(confirmed, dismissed), low), high),
            "counting_since": since.isoformat(),
            "reset_at": row.reset_at.isoformat() if row is not None and row.reset_at else None,
            "last_change": row.last_change if row is not None else None})
    return {"rule": {"min_feedback": rule.MIN_FEEDBACK, "confidence": rule.CONFIDENCE,
                     "step": rule.STEP, "window_days": rule.WINDOW_DAYS,
                     "factor_min": rule.FACTOR_MIN, "factor_max": rule.FACTOR_MAX},
            "signals": out}


async def changed(queue: JobQueue, *, org_id: str) -> None:
    """After a learned factor changed (committed): rescore the org's accounts."""
    await queue.enqueue("assess.org", org_id)
