// Starts the backend the e2e tests and the bench talk to, and reads its URL and demo token from its output.
// UNSPOKEN_E2E_STANDIN=1 → the stand-in in this folder; otherwise UNSPOKEN_E2E_BACKEND_CMD (run from the repo
// root, "{port}" replaced), by default the real service's demo: `.venv/bin/unspoken demo --port {port}`.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, "..", "..", "..");

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

export async function startBackend({ timeoutMs = 90_000 } = {}) {
  const port = await freePort();
  const standin = process.env.UNSPOKEN_E2E_STANDIN === "1";
  const template = standin
    ? `"${process.execPath}" "${join(here, "standin.mjs")}" --port {port}`
    : (process.env.UNSPOKEN_E2E_BACKEND_CMD ?? ".venv/bin/unspoken demo --port {port}");
  const cmd = template.replaceAll("{port}", String(port));
  const child = spawn(cmd, { cwd: REPO_ROOT, shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const found = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`backend did not print its URL and token within ${timeoutMs} ms: ${cmd}\n${out}`)), timeoutMs);
    const look = (chunk) => {
      out += chunk;
      const url = /(https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+)/.exec(out)?.[1];
      const token = /(?:^|\s)token\s*[:=]\s*["']?([A-Za-z0-9._~+/=-]{8,})/i.exec(out)?.[1];
      if (url && token) {
        clearTimeout(timer);
        resolve({ url, token });
      }
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`backend exited (${code}) before it was ready: ${cmd}\n${out}`));
    });
  });
  await waitListening(found.url, child, timeoutMs);
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM"); // its whole process group, which we created
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  return { ...found, standin, stop, api: (method, path, body) => api(found, method, path, body) };
}

/** Some servers print their URL before they accept connections: wait until one HTTP answer comes back. */
async function waitListening(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`backend exited (${child.exitCode})`);
    try {
      await fetch(`${url}/v1/me`, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`backend at ${url} did not answer within ${timeoutMs} ms`);
}

async function api({ url, token }, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

/** Demo data is imported in the background: wait until no mailbox is still in its first (backfill) sync. */
export async function waitForDemoData(backend, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const me = await backend.api("GET", "/v1/me").catch(() => null);
    if (me?.mailboxes && !me.mailboxes.some((m) => m.status === "syncing" && m.stage === "backfill")) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the backend's demo mailboxes did not finish their first sync");
}

/**
 * The saved pages use invented placeholder contacts (the stand-in knows them). Against another backend, each
 * placeholder that backend does not know is played by one of its own contacts of the same level, found from
 * its accounts' evidence, so the same saved markup is exercised on real data. Returns placeholder → stand-in.
 */
export const PLACEHOLDERS = {
  at_risk: { email: "dana.reyes@acme-logistics.com", name: "Dana Reyes" },
  watch: { email: "priya.shah@globex-retail.com", name: "Priya Shah" },
};

export async function castContacts(backend) {
  const cast = new Map();
  const { badges } = await backend.api("POST", "/v1/badges", { emails: Object.values(PLACEHOLDERS).map((p) => p.email) });
  const known = new Set(badges.filter((b) => b.level !== "unknown").map((b) => b.email));
  const missing = Object.entries(PLACEHOLDERS).filter(([, p]) => !known.has(p.email));
  if (!missing.length) return cast;
  const accounts = await backend.api("GET", "/v1/accounts").catch(() => null);
  const candidates = new Set();
  for (const a of accounts?.accounts ?? []) {
    for (const s of a.signals ?? []) for (const e of s.evidence ?? []) if (e.contact) candidates.add(e.contact.toLowerCase());
    if (a.suggested_checkin?.to) candidates.add(a.suggested_checkin.to.toLowerCase());
  }
  if (!candidates.size) return cast;
  const levels = await backend.api("POST", "/v1/badges", { emails: [...candidates].slice(0, 200) });
  const used = new Set();
  for (const [level, placeholder] of missing) {
    const pick = levels.badges.find((b) => b.level === level && !used.has(b.email));
    if (!pick) continue;
    used.add(pick.email);
    const detail = await backend.api("GET", `/v1/contacts/${encodeURIComponent(pick.email)}`).catch(() => null);
    cast.set(placeholder.email, { email: pick.email, name: detail?.name || pick.email.split("@")[0], placeholderName: placeholder.name });
  }
  return cast;
}

export function applyCast(html, cast) {
  let out = html;
  for (const [placeholder, actor] of cast) out = out.replaceAll(placeholder, actor.email).replaceAll(actor.placeholderName, actor.name);
  return out;
}
