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
      const token = /\btoken\b\s*[:=]\s*["']?([A-Za-z0-9._~+/=-]{8,})/i.exec(out)?.[1];
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

async function api({ url, token }, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}
