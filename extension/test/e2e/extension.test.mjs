// End-to-end: the built extension in real Chromium, on saved Gmail and Outlook pages served at their real
// URLs, against a backend started here (see backend.mjs). Screenshots go to test-artifacts/.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyCast, castContacts, startBackend, waitForDemoData } from "./backend.mjs";
import { ARTIFACTS, FIXTURES, launch, signIn } from "./browser.mjs";

const GMAIL_INBOX = "https://mail.google.com/mail/u/0/#inbox";
const GMAIL_THREAD = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrLqHZj";
const OUTLOOK = "https://outlook.office.com/mail/inbox/id/AAQkADk1ZmE4MzQ5";

let backend;
let b;
let cast = new Map();
const pageErrors = [];

/** What the backend says about these addresses: the truth the badges must show. */
async function expectedLevels(emails) {
  const { badges } = await backend.api("POST", "/v1/badges", { emails: [...new Set(emails)] });
  return new Map(badges.map((x) => [x.email, x.muted_until && Date.parse(x.muted_until) > Date.now() ? "muted" : x.level]));
}

async function openMail(url, fixture) {
  b.pages[new URL(url).hostname] = applyCast(readFileSync(join(FIXTURES, fixture), "utf8"), cast);
  const page = await b.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`${url}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") pageErrors.push(`${url}: console.${m.type()}: ${m.text()}`);
  });
  await page.goto(url);
  return page;
}

/** Waits until the badges stop changing, then returns [address shown, level] for each. */
async function settledBadges(page, expectAtLeast = 1) {
  await page.waitForFunction((n) => document.querySelectorAll("unspoken-badge").length >= n, expectAtLeast, { timeout: 10_000 });
  await page.waitForTimeout(600);
  return page.$$eval("unspoken-badge", (els) => els.map((e) => [e.dataset.email, e.dataset.level, e.getAttribute("aria-label")]));
}

/** Contacts the adapter would find, read from the saved page the same way (attributes), for the expected set. */
async function gmailAddresses(page) {
  return page.$$eval("h3.iw span.gD[email], span.hb span.g2[email], tr.zA td.yX div.yW span[email], div.vR span.vN[email], div.afV[data-hovercard-id], " +
    'div[role="dialog"][data-hovercard-id] span[email]',
    (els) => els.map((e) => (e.getAttribute("email") ?? e.getAttribute("data-hovercard-id")).toLowerCase()));
}

describe("Unspoken extension in Chromium", { timeout: 180_000 }, () => {
  before(async () => {
    backend = await startBackend();
    await waitForDemoData(backend);
    cast = await castContacts(backend);
    b = await launch({ backend: backend.url });
  });
  after(async () => {
    await b?.close();
    backend?.stop();
  });

  it("loads as an MV3 extension with minimal permissions", async () => {
    assert.match(b.extensionId, /^[a-p]{32}$/);
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
    const manifest = JSON.parse(await page.locator("body").innerText());
    assert.equal(manifest.manifest_version, 3);
    assert.ok(!JSON.stringify(manifest).includes("<all_urls>"));
    assert.deepEqual(manifest.permissions, ["storage", "identity"]);
    assert.equal(manifest.content_security_policy, undefined);
    await page.close();
  });

  it("signed out: no badges, a clear popup state, no backend call", async () => {
    const page = await openMail(GMAIL_INBOX, "gmail_inbox_2026-11-26.html");
    await page.waitForTimeout(1000);
    assert.equal(await page.locator("unspoken-badge").count(), 0);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.getByText("Signed out: no badges are shown.").waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, "popup-signed-out.png") });
    assert.equal(b.backendRequests.length, 0);
    await popup.close();
    await page.close();
  });

  it("signs in with a pasted token and shows mailbox sync status", async () => {
    const popup = await signIn(b, backend.url, backend.token);
    const text = await popup.locator("body").innerText();
    assert.match(text, /Signed in as/);
    // The token is kept where content scripts cannot read it: never in chrome.storage.local.
    const local = await popup.evaluate(() => chrome.storage.local.get(null));
    assert.ok(!JSON.stringify(local).includes(backend.token), "token found in chrome.storage.local");
    const level = await popup.evaluate(() => chrome.storage.session.getAccessLevel?.() ?? null);
    if (level) assert.equal(level.accessLevel ?? level, "TRUSTED_CONTEXTS");
    await popup.screenshot({ path: join(ARTIFACTS, "popup-signed-in.png") });
    await popup.close();
  });

  it("Gmail inbox: the right level on known contacts, none on unknown ones, in one backend request", async () => {
    const before = b.backendRequests.length;
    const page = await openMail(GMAIL_INBOX, "gmail_inbox_2026-11-26.html");
    const addresses = await gmailAddresses(page);
    const truth = await expectedLevels(addresses);
    const known = addresses.filter((a) => truth.get(a) !== "unknown");
    assert.ok(known.length >= 2, `the backend knows too few of the saved page's contacts: ${[...truth]}`);
    const drawn = await settledBadges(page, known.length);
    assert.deepEqual(drawn.map(([e, l]) => [e, l]), known.map((a) => [a, truth.get(a)]));
    for (const [, level, label] of drawn) assert.match(label, /^Customer risk: /, level);
    const calls = b.backendRequests.slice(before).filter((r) => r.path === "/v1/badges");
    assert.equal(calls.length, 1);
    await page.screenshot({ path: join(ARTIFACTS, "gmail-inbox.png") });
    await page.close();
  });

  it("Gmail thread: senders and recipients badged; popover with reasons, computed time and a compose link", async () => {
    const page = await openMail(GMAIL_THREAD, "gmail_thread_2026-11-26.html");
    const addresses = await gmailAddresses(page);
    const truth = await expectedLevels(addresses);
    const known = addresses.filter((a) => truth.get(a) !== "unknown");
    const drawn = await settledBadges(page, known.length);
    assert.deepEqual(drawn.map(([e, l]) => [e, l]), known.map((a) => [a, truth.get(a)]));

    const risky = drawn.find(([, l]) => l === "at_risk") ?? drawn.find(([, l]) => l === "watch");
    assert.ok(risky, "no at-risk or watch contact on the page");
    const [email] = risky;
    const detail = await backend.api("GET", `/v1/contacts/${encodeURIComponent(email)}`);
    const badge = page.locator(`unspoken-badge[data-email="${email}"]`).first();
    await badge.focus(); // keyboard reachable; focus opens the popover
    const pop = badge.locator(".pop");
    await pop.waitFor({ state: "visible" });
    await pop.getByText("Computed").waitFor();
    const text = await pop.innerText();
    assert.match(text, email === drawn.find(([, l]) => l === "at_risk")?.[0] ? /At risk/ : /Watch/);
    for (const s of detail.signals) assert.ok(text.includes(s.summary), `popover lacks "${s.summary}"`);
    const d = new Date(detail.signals[0].evidence[0].date);
    const date = `${d.getUTCDate()} ${d.toLocaleString("en-US", { month: "short", timeZone: "UTC" })} ${d.getUTCFullYear()}`;
    assert.ok(text.includes(date), `popover lacks the evidence date ${date}`);
    const href = await pop.locator('a[data-action="checkin"]').getAttribute("href");
    const url = new URL(href);
    assert.equal(url.origin + url.pathname, "https://mail.google.com/mail/u/0/");
    assert.equal(url.searchParams.get("view"), "cm");
    assert.equal(url.searchParams.get("to"), detail.suggested_checkin.to);
    assert.equal(url.searchParams.get("su"), detail.suggested_checkin.subject);
    assert.equal(url.searchParams.get("body"), detail.suggested_checkin.body);
    assert.equal(await pop.locator('a[data-action="checkin"]').getAttribute("target"), "_blank");
    await page.screenshot({ path: join(ARTIFACTS, "gmail-thread-popover.png") });
    await page.keyboard.press("Escape");
    await pop.waitFor({ state: "hidden" });
    await page.close();
  });

  it("Gmail compose: chips are badged, the message body is never touched", async () => {
    const page = await openMail("https://mail.google.com/mail/u/0/#inbox?compose=new", "gmail_compose_chips_2026-11-26.html");
    const addresses = await gmailAddresses(page);
    const truth = await expectedLevels(addresses);
    const known = addresses.filter((a) => truth.get(a) !== "unknown");
    const drawn = await settledBadges(page, known.length);
    assert.deepEqual(drawn.map(([e]) => e), known);
    assert.equal(await page.locator('[contenteditable="true"] unspoken-badge').count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, "gmail-compose.png") });
    await page.close();
  });

  it("Gmail hovercard: badged when it appears, gone with it, badged again when it comes back", async () => {
    const page = await openMail(GMAIL_THREAD, "gmail_hovercard_2026-11-26.html");
    const CARD = 'div[role="dialog"][data-hovercard-id]';
    const dana = cast.get("dana.reyes@acme-logistics.com")?.email ?? "dana.reyes@acme-logistics.com";
    const addresses = await gmailAddresses(page);
    const truth = await expectedLevels(addresses);
    assert.equal(truth.get(dana), "at_risk");
    const known = addresses.filter((a) => truth.get(a) !== "unknown");
    const drawn = await settledBadges(page, known.length);
    assert.deepEqual(drawn.map(([e, l]) => [e, l]), known.map((a) => [a, truth.get(a)]));
    const inCard = () => page.$$eval(`${CARD} unspoken-badge`, (els) => els.map((e) => [e.dataset.email, e.dataset.level]));
    assert.deepEqual(await inCard(), [[dana, "at_risk"]]);
    await page.screenshot({ path: join(ARTIFACTS, "gmail-hovercard.png") });

    // The pointer leaves: Gmail removes the card, and its badge goes with it.
    const html = await page.$eval(CARD, (el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll("unspoken-badge").forEach((x) => x.remove());
      el.remove();
      return copy.outerHTML;
    });
    await page.waitForTimeout(300);
    assert.equal(await page.locator("unspoken-badge").count(), known.length - 1);
    // Hovering again: a new card is appended to <body> and is badged again, without asking the backend again.
    const before = b.backendRequests.length;
    await page.evaluate((h) => document.body.insertAdjacentHTML("beforeend", h), html);
    await page.waitForFunction((sel) => document.querySelector(`${sel} unspoken-badge`), CARD, { timeout: 5_000 });
    assert.deepEqual(await inCard(), [[dana, "at_risk"]]);
    assert.equal(b.backendRequests.slice(before).filter((r) => r.path === "/v1/badges").length, 0);
    assert.equal(await page.locator(".a3s unspoken-badge").count(), 0);
    await page.close();
  });

  it("Outlook: reading-pane addresses from labels and titles, list names resolved alongside, the body untouched", async () => {
    const before = b.backendRequests.length;
    // Both answers held back 300 ms: the two requests overlap only if neither waited for the other.
    Object.assign(b.holds, { "/v1/badges": 300, "/v1/contacts/resolve": 300 });
    const page = await openMail(OUTLOOK, "outlook_inbox_reading_pane_2026-11-26.html");
    const paneAddresses = ["dana.reyes@acme-logistics.com", "sam@northwind-saas.com", "priya.shah@globex-retail.com",
      "lee.wong@umbrella-health.com", "newsletter@vendor-updates.com"]
      .map((a) => cast.get(a)?.email ?? a);
    const listNames = await page.$$eval('[role="option"] span[title]:first-of-type', (els) => [...new Set(els.map((e) => e.title))]);
    const { matches } = await backend.api("POST", "/v1/contacts/resolve", { names: listNames });
    const listAddresses = listNames.map((n) => matches[n]).filter(Boolean);
    const truth = await expectedLevels([...paneAddresses, ...listAddresses]);
    const knownPane = paneAddresses.filter((a) => truth.get(a) !== "unknown");
    const knownList = listAddresses.filter((a) => truth.get(a) !== "unknown");
    await settledBadges(page, knownPane.length + knownList.length);
    delete b.holds["/v1/badges"];
    delete b.holds["/v1/contacts/resolve"];
    const pane = await page.$$eval("#ReadingPaneContainerId unspoken-badge", (els) => els.map((e) => [e.dataset.email, e.dataset.level]));
    assert.deepEqual(pane, knownPane.map((a) => [a, truth.get(a)]));
    const list = await page.$$eval('[role="option"] unspoken-badge', (els) => els.map((e) => [e.dataset.email, e.dataset.level]));
    assert.deepEqual(list, knownList.map((a) => [a, truth.get(a)]));
    assert.equal(await page.locator('[contenteditable="true"] unspoken-badge').count(), 0);
    assert.equal(await page.locator('[aria-label="Message body"] unspoken-badge').count(), 0); // signature mailto links
    // The names were resolved while the shown addresses were looked up, and came back with their badges.
    const calls = b.backendRequests.slice(before).filter((r) => r.path === "/v1/badges" || r.path === "/v1/contacts/resolve");
    const resolve = calls.find((r) => r.path === "/v1/contacts/resolve");
    const first = calls.find((r) => r.path === "/v1/badges");
    assert.ok(resolve && first, calls.map((c) => c.path).join(", "));
    assert.ok(first.at < resolve.answeredAt && resolve.at < first.answeredAt, "the two requests did not overlap");
    assert.equal(calls.filter((r) => r.path === "/v1/badges").length, 1);
    const risky = pane.find(([, l]) => l === "at_risk");
    if (risky) {
      const badge = page.locator(`#ReadingPaneContainerId unspoken-badge[data-email="${risky[0]}"]`).first();
      await badge.click();
      const href = await badge.locator('.pop a[data-action="checkin"]').getAttribute("href");
      assert.ok(href.startsWith("https://outlook.office.com/mail/deeplink/compose?to="), href);
    }
    await page.screenshot({ path: join(ARTIFACTS, "outlook.png") });
    await page.close();
  });

  it("Outlook variants: a labelled sender container, date-first rows, a name-only Cc; nothing in the body", async () => {
    const page = await openMail(OUTLOOK, "outlook_reading_pane_variants_2026-12-05.html");
    const dana = cast.get("dana.reyes@acme-logistics.com") ?? { email: "dana.reyes@acme-logistics.com", name: "Dana Reyes" };
    const priya = cast.get("priya.shah@globex-retail.com") ?? { email: "priya.shah@globex-retail.com", name: "Priya Shah" };
    const { matches } = await backend.api("POST", "/v1/contacts/resolve", { names: [dana.name, priya.name, "Alex Kim", "Marco Bianchi"] });
    // In page order: the two rows' senders, the message's sender, its name-only Cc.
    const shown = [[matches[dana.name], dana.name], [matches[priya.name], priya.name], [dana.email, dana.name],
      [matches[priya.name], priya.name], [matches["Alex Kim"], "Alex Kim"], [matches["Marco Bianchi"], "Marco Bianchi"]];
    const truth = await expectedLevels(shown.map(([e]) => e).filter(Boolean));
    const want = shown.filter(([e]) => e && truth.get(e) !== "unknown");
    assert.ok(want.length >= 3, `the backend resolves too few of the page's names: ${JSON.stringify(matches)}`);
    await settledBadges(page, want.length);
    const drawn = await page.$$eval("unspoken-badge", (els) => els.map((e) => [e.dataset.email, e.previousElementSibling?.textContent]));
    const order = (rows) => rows.map(([e, n]) => `${e}|${n}`).sort();
    assert.deepEqual(order(drawn), order(want));
    // Next to names, never next to a date, and the sender's after its clickable persona.
    assert.equal(await page.locator('[role="option"] span[title*="/"] + unspoken-badge, [role="option"] span[title*=":"] + unspoken-badge').count(), 0);
    assert.equal(await page.locator('[aria-label^="From:"] [role="button"] + unspoken-badge').count(), 1);
    assert.equal(await page.locator("#UniqueMessageBody_1 unspoken-badge").count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, "outlook-variants.png") });
    await page.close();
  });

  it("Outlook.com: Fluent personas badged from the address beside the name; nothing in the body", async () => {
    const page = await openMail("https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS0", "outlook_live_persona_2026-12-05.html");
    const addresses = ["dana.reyes@acme-logistics.com", "priya.shah@globex-retail.com"].map((a) => cast.get(a)?.email ?? a);
    const truth = await expectedLevels(addresses);
    const known = addresses.filter((a) => truth.get(a) !== "unknown");
    assert.ok(known.length >= 1);
    await settledBadges(page, known.length);
    const drawn = await page.$$eval(".ms-Persona-primaryText + unspoken-badge", (els) => els.map((e) => [e.dataset.email, e.dataset.level]));
    assert.deepEqual(drawn.filter(([e]) => addresses.includes(e)), known.map((a) => [a, truth.get(a)]));
    assert.equal(await page.locator("#UniqueMessageBody_1 unspoken-badge").count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, "outlook-live-persona.png") });
    await page.close();
  });

  for (const [code, to, cc] of [["fr", "À", "Cc"], ["de", "An", "Cc"], ["es", "Para", "CC"]]) {
    it(`Outlook compose in ${code}: the translated To/Cc wells' chips badged, the body never`, async () => {
      const page = await openMail("https://outlook.office.com/mail/inbox", `outlook_compose_${code}_2026-12-05.html`);
      const addresses = ["dana.reyes@acme-logistics.com", "priya.shah@globex-retail.com"].map((a) => cast.get(a)?.email ?? a);
      const truth = await expectedLevels(addresses);
      const known = addresses.filter((a) => truth.get(a) !== "unknown");
      await settledBadges(page, known.length);
      const inWells = await page.$$eval(`[role="textbox"][aria-label="${to}"] unspoken-badge, [role="textbox"][aria-label="${cc}"] unspoken-badge`,
        (els) => els.map((e) => [e.dataset.email, e.dataset.level]));
      assert.deepEqual(inWells, known.map((a) => [a, truth.get(a)]));
      assert.equal(await page.locator("#editorParent_1 unspoken-badge").count(), 0);
      await page.screenshot({ path: join(ARTIFACTS, `outlook-compose-${code}.png`) });
      await page.close();
    });
  }

  it("the popover's reasons are fetched once and reused until the badge changes", async () => {
    const page = await openMail(GMAIL_THREAD, "gmail_thread_2026-11-26.html");
    const drawn = await settledBadges(page);
    // Not the contact the thread test opened (its reasons may be cached already): another one with a badge.
    const opened = (drawn.find(([, l]) => l === "at_risk") ?? drawn.find(([, l]) => l === "watch"))?.[0];
    const target = drawn.find(([e]) => e !== opened);
    assert.ok(target, `one contact only: ${drawn}`);
    const before = b.backendRequests.length;
    const gets = () => b.backendRequests.slice(before).filter((r) => r.path === `/v1/contacts/${encodeURIComponent(target[0])}`).length;
    const badge = page.locator(`unspoken-badge[data-email="${target[0]}"]`).first();
    const pop = badge.locator(".pop");
    await badge.focus();
    await pop.getByText("Computed").waitFor();
    assert.equal(gets(), 1);
    await page.keyboard.press("Escape");
    await pop.waitFor({ state: "hidden" });
    await page.keyboard.press("Enter"); // open it again
    await pop.getByText("Computed").waitFor();
    await page.keyboard.press("Escape");
    assert.equal(gets(), 1);
    await page.close();
  });

  it("Outlook compose: To/Cc recipient chips badged, the message body never touched", async () => {
    const page = await openMail("https://outlook.office.com/mail/inbox", "outlook_compose_recipients_2026-11-26.html");
    const WELL = '[role="textbox"][aria-label="To"], [role="textbox"][aria-label="Cc"]';
    // The chips as the saved page shows them (aria-label "Name <address>", else title), in page order.
    const chips = await page.$$eval(`:is(${WELL}) [contenteditable="false"] > [role="button"]:not(unspoken-badge)`, (els) =>
      els.map((e) => /[^\s<>]+@[^\s<>]+/.exec(`${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""}`)[0].toLowerCase()));
    const dana = cast.get("dana.reyes@acme-logistics.com")?.email ?? "dana.reyes@acme-logistics.com";
    assert.ok(chips.includes(dana), `${chips}`);
    const listNames = await page.$$eval('[role="option"] span[title]:first-of-type', (els) => [...new Set(els.map((e) => e.title))]);
    const { matches } = await backend.api("POST", "/v1/contacts/resolve", { names: listNames });
    const listAddresses = listNames.map((n) => matches[n]).filter(Boolean);
    const truth = await expectedLevels([...chips, ...listAddresses]);
    assert.equal(truth.get(dana), "at_risk");
    const known = chips.filter((a) => truth.get(a) !== "unknown");
    const knownList = listAddresses.filter((a) => truth.get(a) !== "unknown");
    await settledBadges(page, known.length + knownList.length);
    const inWells = await page.$$eval(`:is(${WELL}) unspoken-badge`, (els) => els.map((e) => [e.dataset.email, e.dataset.level]));
    assert.deepEqual(inWells, known.map((a) => [a, truth.get(a)]));
    assert.ok(inWells.some(([e, l]) => e === dana && l === "at_risk"));
    // Each badge lives inside the chip's non-editable island, so the well's editor never edits it.
    assert.equal(await page.locator(`:is(${WELL}) unspoken-badge:not([contenteditable="false"] > unspoken-badge)`).count(), 0);
    assert.equal(await page.locator('[aria-label^="Message body"] unspoken-badge').count(), 0);
    const toText = await page.$eval('[role="textbox"][aria-label="To"]', (e) => e.innerText);
    assert.ok(!/risk|watch/i.test(toText), `the To well's text changed: ${toText}`);
    await page.screenshot({ path: join(ARTIFACTS, "outlook-compose.png") });
    await page.close();
  });

  it("feedback: Snooze 30 days posts /v1/feedback and the badge turns muted", async () => {
    const page = await openMail(GMAIL_THREAD, "gmail_thread_2026-11-26.html");
    const drawn = await settledBadges(page);
    const target = drawn.find(([, l]) => l === "at_risk" || l === "watch");
    assert.ok(target);
    const badge = page.locator(`unspoken-badge[data-email="${target[0]}"]`).first();
    await badge.click();
    const before = b.backendRequests.length;
    await badge.locator('.pop button[data-action="snooze"]').click();
    await badge.locator(".pop .note", { hasText: /Snoozed until/ }).waitFor();
    const call = b.backendRequests.slice(before).find((r) => r.path === "/v1/feedback");
    assert.ok(call, "no POST /v1/feedback");
    assert.equal(call.method, "POST");
    assert.deepEqual(JSON.parse(call.body), { email: target[0], kind: "snooze" });
    await page.screenshot({ path: join(ARTIFACTS, "gmail-feedback.png") });
    await page.locator("h2.hP").click(); // click elsewhere
    await page.waitForFunction((e) => [...document.querySelectorAll(`unspoken-badge[data-email="${e}"]`)].every((x) => x.dataset.level === "muted"),
      target[0], { timeout: 10_000 });
    await page.close();
  });

  it("signing out removes the badges from open pages", async () => {
    const page = await openMail(GMAIL_INBOX, "gmail_inbox_2026-11-26.html");
    await settledBadges(page);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.click("#signout");
    await popup.getByText("Signed out: no badges are shown.").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("unspoken-badge").length === 0, null, { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it("the token survives a browser restart (IndexedDB), and a dead backend means no badges and a clear popup", async () => {
    const popup = await signIn(b, backend.url, backend.token);
    await popup.close();
    await b.context.close();
    b = await launch({ backend: backend.url, profile: b.userDataDir });
    const again = await b.context.newPage();
    await again.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await again.getByText(/Signed in as/).waitFor();
    await again.close();

    backend.stop();
    const page = await openMail(GMAIL_INBOX, "gmail_inbox_2026-11-26.html");
    await page.waitForTimeout(1500);
    assert.equal(await page.locator("unspoken-badge").count(), 0);
    const popup2 = await b.context.newPage();
    await popup2.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup2.getByText(/cannot be reached/).waitFor();
    await popup2.screenshot({ path: join(ARTIFACTS, "popup-backend-down.png") });
    await popup2.close();
    await page.close();
  });

  it("never wrote to the mail pages' console", () => {
    assert.deepEqual(pageErrors, []);
  });
});
