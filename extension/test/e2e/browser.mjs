// Launches Debian's Chromium (never a downloaded browser) with the built extension, and serves the saved
// mail pages at their real URLs so the real content scripts run on them.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const EXT_ROOT = join(here, "..", "..");
export const DIST = join(EXT_ROOT, "dist");
export const FIXTURES = join(EXT_ROOT, "test", "fixtures");
export const ARTIFACTS = join(EXT_ROOT, "test-artifacts");
export const CHROMIUM = process.env.UNSPOKEN_CHROMIUM ?? "/usr/bin/chromium";

const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const MAIL_HOSTS = new Set(["mail.google.com", "outlook.office.com", "outlook.office365.com", "outlook.live.com"]);

/** CI installs Debian's chromium when it is missing; a developer is told how. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.env.CI === "true") {
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    if (existsSync(CHROMIUM)) return;
  }
  throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
}

/**
 * A fresh profile, headless, with or without the extension. `pages` maps a mail host to the saved page
 * (file name or HTML) its documents get; `backend` is the origin let through; everything else is refused.
 */
export async function launch({ extension = true, backend = null, profile = null } = {}) {
  ensureChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), "unspoken-e2e-"));
  const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-dev-shm-usage"];
  if (extension) args.push(`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: extension ? ["--disable-extensions"] : [],
  });
  const pages = {};
  const backendRequests = [];
  // Paths whose answers the harness holds back (ms): a test proves two requests were in flight
  // together whatever the backend's speed, since a sequential client would wait out the hold.
  const holds = {};
  await context.route("**/*", async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (backend && url.origin === backend) {
      const entry = { method: req.method(), path: url.pathname, body: req.postData(), at: Date.now(), answeredAt: null };
      backendRequests.push(entry);
      // Fetched here and handed back, so the tests know when the backend answered.
      const response = await route.fetch().catch(() => null);
      if (!response) return route.abort("connectionrefused");
      if (holds[url.pathname]) await new Promise((r) => setTimeout(r, holds[url.pathname]));
      entry.answeredAt = Date.now();
      return route.fulfill({ response });
    }
    if (req.resourceType() === "image") return route.fulfill({ status: 200, contentType: "image/gif", body: PIXEL });
    if (MAIL_HOSTS.has(url.hostname)) {
      const page = pages[url.hostname];
      if (req.resourceType() === "document" && page) {
        const body = page.startsWith("<") ? page : readFileSync(join(FIXTURES, page), "utf8");
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.protocol === "chrome-extension:") return route.fallback();
    return route.abort();
  });
  let extensionId = null;
  if (extension) {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent("serviceworker", { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    pages,
    backendRequests,
    holds,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs the extension in through its real popup: backend URL, then a pasted token. */
export async function signIn(b, backendUrl, token) {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await popup.locator("#signin:visible, #account:visible").first().waitFor();
  if (await popup.locator("#account").isVisible()) {
    await popup.click("#signout");
    await popup.locator("#signin").waitFor({ state: "visible" });
  }
  await popup.locator("#settings summary").click();
  await popup.fill("#backend", backendUrl);
  await popup.click("#backend-form button[type=submit]");
  await popup.locator("#token-box summary").click();
  await popup.fill("#token", token);
  await popup.click("#token-form button[type=submit]");
  await popup.locator("#account").waitFor({ state: "visible", timeout: 10_000 });
  return popup;
}
