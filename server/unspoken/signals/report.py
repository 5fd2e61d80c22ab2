"""Report -> the JSON shape of `unspoken scan --format json` (and of the service's API).

The assessment's grade is `level` everywhere (the API's word too). `risk` repeats it as a
deprecated alias for one release, so scripts written against the old shape keep working;
remove it in the release after (see README).
"""

from __future__ import annotations

from typing import Any

from unspoken.signals.model import (
    AccountAssessment,
    CheckIn,
    ContactAssessment,
    Evidence,
    Report,
    Signal,
)


def evidence_json(e: Evidence) -> dict[str, Any]:
    return {"date": e.date.date().isoformat(), "contact": e.contact, "source": e.source,
            "text": e.text}


def signal_json(s: Signal) -> dict[str, Any]:
    return {"kind": s.kind.value, "severity": round(s.severity, 2), "summary": s.summary,
            "evidence": [evidence_json(e) for e in s.evidence]}


def contact_json(c: ContactAssessment) -> dict[str, Any]:
    return {"email": c.email, "name": c.name, "role": c.role.value, "title": c.title,
            "level": c.risk.value, "risk": c.risk.value,  # deprecated alias of "level"
            "score": c.score, "signals": [signal_json(s) for s in c.signals]}


def checkin_json(c: CheckIn | None) -> dict[str, str] | None:
    return None if c is None else {"to": c.to, "subject": c.subject, "body": c.body}


def account_json(a: AccountAssessment) -> dict[str, Any]:
    return {"account": a.account, "level": a.risk.value,
            "risk": a.risk.value,  # deprecated alias of "level", removed in the next release
            "score": a.score,
            "signals": [signal_json(s) for s in a.signals],
            "contacts": [contact_json(c) for c in a.contacts],
            "suggested_checkin": checkin_json(a.suggested_checkin),
            "undecided": [k.value for k in a.undecided]}


def report_json(r: Report) -> dict[str, Any]:
    return {"as_of": r.as_of.isoformat(), "accounts": [account_json(a) for a in r.accounts]}
