// A tiny stand-in for the Unspoken backend (server/unspoken/api/CONTRACT.md), for developing the extension
// before the real service exists. Used by the e2e tests and the bench ONLY when UNSPOKEN_E2E_STANDIN=1.
// Usage: node test/e2e/standin.mjs [--port N]  → prints its URL and a demo token, like `unspoken demo`.
import { createServer } from "node:http";

const TOKEN = "demo-standin-token";
const NOW = "2026-10-30T18:00:00+00:00";

const ev = (date, text, source = "email") => ({ date, contact: "dana.reyes@acme-logistics.com", source, text });
const CONTACTS = {
  "dana.reyes@acme-logistics.com": {
    name: "Dana Reyes", title: "VP of Operations", role: "executive", account: "acme-logistics.com", level: "at_risk", score: 78,
    signals: [
      { kind: "polite_procrastination", severity: 0.8, summary: "Business review pushed twice in 6 weeks",
        evidence: [ev("2026-09-14", "QBR moved from Sep 17 to Oct 8", "calendar"), ev("2026-10-06", "“Slammed right now, let's reconnect next month.”")] },
      { kind: "small_talk_loss", severity: 0.6, summary: "Replies shrank from 80 to 6 words; greetings and thanks are gone",
        evidence: [ev("2026-10-22", "“Noted.”")] },
      { kind: "expansion_refusal", severity: 0.5, summary: "Seat expansion answered with a vague “keep the current scope”",
        evidence: [ev("2026-10-12", "“Let's keep the current scope for now.”")] },
    ],
    account_signals: [],
    suggested_checkin: { to: "dana.reyes@acme-logistics.com", subject: "Where are we falling short?",
      body: "Hi Dana,\n\nI feel I haven't been meeting your expectations on the Q4 review; that's on me. Where are we falling short?\n\nSam" },
  },
  "priya.shah@globex-retail.com": {
    name: "Priya Shah", title: "Head of Procurement", role: "executive", account: "globex-retail.com", level: "watch", score: 41,
    signals: [{ kind: "feature_silence", severity: 0.5, summary: "No feature or roadmap questions since August (9 in the baseline)",
      evidence: [{ date: "2026-08-03", contact: "priya.shah@globex-retail.com", source: "email", text: "“When will you support SSO for stores?”" }] }],
    account_signals: [],
    suggested_checkin: { to: "priya.shah@globex-retail.com", subject: "Checking in", body: "Hi Priya,\n\nI haven't kept you posted on the roadmap; that's on me." },
  },
  "marco.bianchi@initech.io": {
    name: "Marco Bianchi", title: "Data Engineer", role: "member", account: "initech.io", level: "healthy", score: 8,
    signals: [], account_signals: [], suggested_checkin: null,
  },
  "lee.wong@umbrella-health.com": {
    name: "Lee Wong", title: null, role: "member", account: "umbrella-health.com", level: "insufficient_data", score: null,
    signals: [], account_signals: [], suggested_checkin: null,
  },
};
const NAMES = { "Dana Reyes": "dana.reyes@acme-logistics.com", "Priya Shah": "priya.shah@globex-retail.com",
  "Marco Bianchi": "marco.bianchi@initech.io", "Chris Lee": null /* two Chris Lees: ambiguous */ };
const muted = new Map();

function badge(email) {
  const c = CONTACTS[email];
  if (!c) return { email, level: "unknown", score: null, account: null, signal_count: 0, top_signal: null, updated_at: null, muted_until: null };
  const top = c.signals[0];
  return { email, level: c.level, score: c.score, account: c.account, signal_count: c.signals.length,
    top_signal: top ? { kind: top.kind, summary: top.summary } : null, updated_at: NOW, muted_until: muted.get(email) ?? null };
}

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(JSON.stringify(body));
}
const problem = (res, status, title) => send(res, status, { type: "about:blank", title, status, detail: title }, "application/problem+json");

function readJson(req) {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => { try { resolve(JSON.parse(data || "null")); } catch { resolve(undefined); } });
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return problem(res, 401, "Not authenticated");
  const body = req.method === "POST" ? await readJson(req) : null;
  if (req.method === "POST" && url.pathname === "/v1/badges") {
    const emails = body?.emails;
    if (!Array.isArray(emails) || emails.length < 1 || emails.length > 200) return problem(res, 422, "1..200 emails");
    return send(res, 200, { badges: emails.map((e) => badge(String(e).toLowerCase())) });
  }
  if (req.method === "POST" && url.pathname === "/v1/contacts/resolve") {
    const names = body?.names;
    if (!Array.isArray(names) || names.length > 200) return problem(res, 422, "≤200 names");
    const matches = Object.fromEntries(names.map((n) => [n, NAMES[n] ?? null]));
    const found = [...new Set(Object.values(matches).filter(Boolean))];
    return send(res, 200, { matches, badges: found.map((e) => badge(e)) });
  }
  if (req.method === "GET" && url.pathname.startsWith("/v1/contacts/")) {
    const email = decodeURIComponent(url.pathname.slice("/v1/contacts/".length)).toLowerCase();
    const c = CONTACTS[email];
    if (!c) return problem(res, 404, "Unknown contact");
    return send(res, 200, { email, ...c, trend: [], computed_at: NOW, feedback: muted.has(email) ? { kind: "snooze" } : null });
  }
  if (req.method === "POST" && url.pathname === "/v1/feedback") {
    if (!body?.email || !["not_a_risk", "snooze", "confirmed"].includes(body.kind)) return problem(res, 422, "bad feedback");
    const until = body.kind === "confirmed" ? null : new Date(Date.parse(NOW) + (body.days ?? 30) * 86400_000).toISOString();
    if (until) muted.set(body.email, until);
    return send(res, 200, { ok: true, muted_until: until });
  }
  if (req.method === "GET" && url.pathname === "/v1/me") {
    return send(res, 200, { email: "sam@northwind-saas.com", name: "Sam Carter", org: "northwind-saas.com", role: "member",
      mailboxes: [
        { id: "mb1", provider: "google", address: "sam@northwind-saas.com", status: "ok", stage: "idle", progress: 1, last_synced_at: NOW },
        { id: "mb2", provider: "microsoft", address: "sam.carter@northwind-saas.com", status: "syncing", stage: "incremental", progress: 0.4, last_synced_at: NOW },
      ] });
  }
  return problem(res, 404, "Not found");
});

const i = process.argv.indexOf("--port");
const port = i > 0 ? Number(process.argv[i + 1]) : 0;
server.listen(port, "127.0.0.1", () => {
  console.log(`Unspoken stand-in backend on http://127.0.0.1:${server.address().port}`);
  console.log(`token: ${TOKEN}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
