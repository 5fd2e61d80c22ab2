"""The page at `/`: the signed-in user's accounts by risk, with their signals (the full console
is a later issue). Server-rendered, no script but the sign-in form's."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from unspoken.api.deps import SESSION_COOKIE, RuntimeDep, SessionDep
from unspoken.services import accounts as account_service
from unspoken.services.users import authenticate
from unspoken.store.models import TokenKind

router = APIRouter(include_in_schema=False)

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
h1{font-size:1.4rem}
.acct{border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}
.lvl{font-weight:600;padding:.1rem .5rem;border-radius:4px}
.at_risk{background:#fdd;color:#900}.watch{background:#fff3c4;color:#7a5a00}
.healthy{background:#dfd;color:#064}.insufficient_data{background:#eee;color:#666}
.ev{color:#555;font-size:.9rem;margin-left:1rem}
pre{white-space:pre-wrap;background:#f7f7f7;padding:.6rem}
"""

_LOGIN = """<h1>Unspoken</h1><p>Paste your token (from <code>unspoken users create</code> or the
demo's output) to open your console.</p>
<form id="f"><input id="t" type="password" size="60" autocomplete="off" placeholder="usk_...">
<button>Sign in</button></form><p id="e" style="color:#900"></p>
<script>
document.getElementById('f').onsubmit = async (ev) => {
  ev.preventDefault();
  const r = await fetch('/v1/auth/session', {method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({token: document.getElementById('t').value.trim()})});
  if (r.ok) location.reload(); else document.getElementById('e').textContent = 'Token refused.';
};
</script>"""

_LABEL = {"at_risk": "at risk", "watch": "watch", "healthy": "healthy",
          "insufficient_data": "not enough data"}


def _page(body: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><html><head><meta charset='utf-8'><title>Unspoken"
                        f"</title><style>{_STYLE}</style></head><body>{body}</body></html>",
                        headers={"Cache-Control": "no-store",
                                 "Content-Security-Policy":
                                     "default-src 'self'; script-src 'unsafe-inline'; "
                                     "style-src 'unsafe-inline'; frame-ancestors 'none'"})


def _account(a: dict[str, Any]) -> str:
    signals = "".join(
        f"<li>{escape(s['summary'])}" + "".join(
            f"<div class='ev'>{escape(e['date'])} · {escape(e['contact'])}: "
            f"{escape(e['text'])}</div>" for e in s["evidence"][:3]) + "</li>"
        for s in a["signals"])
    checkin = a.get("suggested_checkin")
    draft = (f"<details><summary>Suggested check-in to {escape(checkin['to'])}</summary>"
             f"<pre><b>{escape(checkin['subject'])}</b>\n\n{escape(checkin['body'])}</pre>"
             f"</details>") if checkin else ""
    return (f"<div class='acct'><b>{escape(a['account'])}</b> "
            f"<span class='lvl {escape(a['level'])}'>{_LABEL.get(a['level'], a['level'])}</span>"
            f" score {a['score']} · {a['contact_count']} contacts"
            f"<ul>{signals}</ul>{draft}</div>")


@router.get("/", response_class=HTMLResponse)
async def console(request: Request, session: SessionDep, rt: RuntimeDep) -> HTMLResponse:
    cookie = request.cookies.get(SESSION_COOKIE)
    found = None
    if cookie:
        found = await authenticate(session, token=cookie, kind=TokenKind.SESSION,
                                   now=datetime.now(UTC))
    if found is None:
        return _page(_LOGIN)
    p, _ = found
    accounts = await account_service.ranked(session, user_ids=[p.user_id], risk=None,
                                            limit=200, offset=0)
    rows = "".join(_account(a) for a in accounts) or \
        "<p>No customer accounts yet: import an export or wait for the first sync.</p>"
    return _page(f"<h1>Accounts of {escape(p.email)}, riskiest first</h1>{rows}")
