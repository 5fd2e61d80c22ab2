import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LookupClient } from "../../src/content/client";
import * as scanner from "../../src/scanner";
import type { ContentRequest } from "../../src/shared/messages";
import { gmailPage } from "../../src/sites/gmail/page";
import { outlookPage } from "../../src/sites/outlook/page";
import { badge, mountSavedPage } from "./helpers";

const NAMES: Record<string, string> = {
  "Dana Reyes": "dana.reyes@acme-logistics.com",
  "Priya Shah": "priya.shah@globex-retail.com",
};

/**
 * Stands in for the service worker: answers from a table, records messages. The resolver answers the badges of
 * the addresses it found, as the backend does; `resolveGate` holds its answer until released.
 */
function fakeWorker(levels: Record<string, Parameters<typeof badge>[1]>, opts: { names?: Record<string, string>; resolveGate?: Promise<void> } = {}) {
  const sent: ContentRequest[] = [];
  const names = opts.names ?? { "Dana Reyes": NAMES["Dana Reyes"]! };
  const client = new LookupClient(async (msg) => {
    sent.push(msg);
    if (msg.type === "badges") return { badges: msg.emails.map((e) => badge(e, levels[e] ?? "unknown")) };
    if (msg.type === "resolve") {
      await opts.resolveGate;
      const matches = Object.fromEntries(msg.names.map((n) => [n, names[n] ?? null]));
      const found = [...new Set(Object.values(matches).filter((e): e is string => e !== null))];
      return { matches, badges: found.map((e) => badge(e, levels[e] ?? "unknown")) };
    }
    return null;
  });
  return { client, sent, levels };
}

const LEVELS = {
  "dana.reyes@acme-logistics.com": "at_risk",
  "priya.shah@globex-retail.com": "watch",
  "marco.bianchi@initech.io": "healthy",
  "lee.wong@umbrella-health.com": "insufficient_data",
} as const;

const badges = () =>
  [...document.querySelectorAll("unspoken-badge")].map((b) => [
    b.previousElementSibling?.getAttribute("email") ?? b.previousElementSibling?.getAttribute("title") ?? b.previousElementSibling?.getAttribute("aria-label"),
    b.getAttribute("data-level"),
  ]);

const settle = () => vi.advanceTimersByTimeAsync(200);

/** Fake timers and a fresh abort signal for one scanner test. */
function startScanEnv(): AbortController {
  vi.useFakeTimers();
  return new AbortController();
}

/** Stop the scanner, restore timers and empty the page. */
function endScanEnv(ctl: AbortController): void {
  ctl.abort();
  vi.useRealTimers();
  document.body.innerHTML = "";
}

describe("scanner on Gmail", () => {
  let ctl: AbortController;
  beforeEach(() => {
    ctl = startScanEnv();
  });
  afterEach(() => endScanEnv(ctl));

  it("badges known contacts once, in one message, and none for unknown ones", async () => {
    mountSavedPage("gmail_inbox_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client: w.client });
    await settle();
    expect(w.sent).toHaveLength(1);
    expect(badges()).toEqual([
      ["dana.reyes@acme-logistics.com", "at_risk"],
      ["priya.shah@globex-retail.com", "watch"],
      ["marco.bianchi@initech.io", "healthy"],
      ["lee.wong@umbrella-health.com", "insufficient_data"],
      ["dana.reyes@acme-logistics.com", "at_risk"],
    ]);
    const first = document.querySelector("unspoken-badge")!;
    expect(first.getAttribute("aria-label")).toBe("Customer risk: at risk — 3 signals");
    expect(first.getAttribute("tabindex")).toBe("0");
    expect(first.shadowRoot?.querySelector(".dot")?.textContent).toBe("!!");
  });

  it("rescans only the rows that changed, answering repeats from the page memo", async () => {
    mountSavedPage("gmail_inbox_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    const page = gmailPage({ pathname: "/mail/u/0/" });
    const spy = vi.spyOn(page, "findContacts");
    scanner.init(ctl.signal, page, { client: w.client });
    await settle();
    const tbody = document.querySelector("tbody")!;
    const clone = tbody.firstElementChild!.cloneNode(true) as Element;
    clone.querySelectorAll("unspoken-badge").forEach((b) => b.remove());
    tbody.append(clone);
    await settle();
    expect(spy.mock.calls.at(-1)![0]).toBe(clone);
    expect(w.sent).toHaveLength(1); // dana is memoised in the page
    expect(clone.querySelectorAll("unspoken-badge")).toHaveLength(1);
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(6);
  });

  it("a big render (hundreds of nodes in one batch) is scanned once per subtree", async () => {
    mountSavedPage("gmail_inbox_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    const page = gmailPage({ pathname: "/mail/u/0/" });
    scanner.init(ctl.signal, page, { client: w.client });
    await settle();
    const spy = vi.spyOn(page, "findContacts");
    const tbody = document.querySelector("tbody")!;
    const rows = [...tbody.querySelectorAll("tr.zA")].map((r) => r.cloneNode(true) as Element);
    const box = document.createElement("div");
    document.body.append(box);
    for (let i = 0; i < 30; i++) {
      const t = document.createElement("table");
      const b = document.createElement("tbody");
      t.append(b);
      box.append(t);
      for (const r of rows) {
        const c = r.cloneNode(true) as Element;
        c.querySelectorAll("unspoken-badge").forEach((x) => x.remove());
        b.append(c); // each row is its own mutation record, inside an added table inside the box
      }
    }
    await settle();
    expect(spy.mock.calls.map((c) => c[0])).toEqual([box]);
    expect(box.querySelectorAll("unspoken-badge")).toHaveLength(30 * 5);
  });

  it("does not badge an element twice when the site touches it", async () => {
    mountSavedPage("gmail_thread_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client: w.client });
    await settle();
    const n = document.querySelectorAll("unspoken-badge").length;
    const sender = document.querySelector("span.gD")!;
    sender.setAttribute("name", "Dana R."); // not watched
    sender.setAttribute("email", "dana.reyes@acme-logistics.com"); // watched, same value
    sender.append(document.createTextNode(""));
    await settle();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(n);
  });

  it("updates the badge when the address behind an element changes", async () => {
    mountSavedPage("gmail_thread_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client: w.client });
    await settle();
    const sender = document.querySelector("span.gD")!;
    sender.setAttribute("email", "priya.shah@globex-retail.com");
    await settle();
    expect(sender.nextElementSibling?.getAttribute("data-level")).toBe("watch");
    expect(sender.parentElement!.querySelectorAll("unspoken-badge")).toHaveLength(1);
  });

  it("redraws when the level changes on the server (invalidate)", async () => {
    mountSavedPage("gmail_thread_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client: w.client });
    await settle();
    (w.levels as Record<string, string>)["dana.reyes@acme-logistics.com"] = "watch";
    w.client.invalidate({ type: "invalidate", emails: ["dana.reyes@acme-logistics.com"] });
    await settle();
    const levels = [...document.querySelectorAll('unspoken-badge[data-email="dana.reyes@acme-logistics.com"]')].map((b) =>
      b.getAttribute("data-level"),
    );
    expect(levels).toEqual(["watch", "watch"]);
  });

  it("signed out (no answers): no badges, and they go away after sign-out", async () => {
    mountSavedPage("gmail_thread_2026-11-26.html");
    let signedIn = true;
    const client = new LookupClient(async (msg) =>
      msg.type === "badges" ? { badges: signedIn ? msg.emails.map((e) => badge(e, "at_risk")) : [] } : null,
    );
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client });
    await settle();
    expect(document.querySelectorAll("unspoken-badge").length).toBeGreaterThan(0);
    signedIn = false;
    client.invalidate({ type: "invalidate", emails: "all" });
    await settle();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(0);
  });

  it("the worker being gone (extension reloaded) is silent", async () => {
    mountSavedPage("gmail_thread_2026-11-26.html");
    const error = vi.spyOn(console, "error");
    const client = new LookupClient(async () => {
      throw new Error("Extension context invalidated.");
    });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client });
    await settle();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(0);
    expect(error).not.toHaveBeenCalled();
  });

  it("never touches the message being written", async () => {
    mountSavedPage("gmail_compose_chips_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS, "chris.lee@acme-logistics.com": "at_risk" });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client: w.client });
    await settle();
    expect(document.querySelector('[contenteditable="true"] unspoken-badge')).toBeNull();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(3);
  });

  it("badges a hovercard when it appears and forgets it when it goes", async () => {
    mountSavedPage("gmail_hovercard_2026-11-26.html");
    const card = document.querySelector('div[role="dialog"][data-hovercard-id]')!;
    card.remove(); // the page before the pointer reaches the sender
    const w = fakeWorker({ ...LEVELS });
    const page = gmailPage({ pathname: "/mail/u/0/" });
    scanner.init(ctl.signal, page, { client: w.client });
    await settle();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(1); // the header's sender
    const spy = vi.spyOn(page, "findContacts");

    for (let shown = 0; shown < 3; shown++) {
      const again = card.cloneNode(true) as Element;
      document.body.append(again); // hover: the card appears
      await settle();
      expect(spy.mock.calls.at(-1)![0]).toBe(again);
      const inCard = again.querySelectorAll("unspoken-badge");
      expect(inCard).toHaveLength(1);
      expect(inCard[0]!.getAttribute("data-level")).toBe("at_risk");
      expect(inCard[0]!.previousElementSibling?.getAttribute("email")).toBe("dana.reyes@acme-logistics.com");
      again.remove(); // pointer leaves: the card goes
      await settle();
      expect(document.querySelectorAll("unspoken-badge")).toHaveLength(1);
    }
    expect(w.sent).toHaveLength(1); // later cards are answered from the page memo

    // A card that closes before the answer arrives never gets a badge drawn into it.
    const slow = fakeWorker({ "priya.shah@globex-retail.com": "watch" });
    let answer: (() => void) | undefined;
    const gate = new Promise<void>((r) => (answer = r));
    const origBadges = slow.client.badges.bind(slow.client);
    slow.client.badges = async (emails: string[]) => {
      await gate;
      return origBadges(emails);
    };
    ctl.abort();
    ctl = new AbortController();
    scanner.init(ctl.signal, page, { client: slow.client });
    const priya = card.cloneNode(true) as Element;
    priya.setAttribute("data-hovercard-id", "priya.shah@globex-retail.com");
    priya.querySelector("span[email]")!.setAttribute("email", "priya.shah@globex-retail.com");
    document.body.append(priya);
    await settle();
    priya.remove();
    await settle();
    answer!();
    await settle();
    expect(priya.querySelectorAll("unspoken-badge")).toHaveLength(0);
  });

  it("cleans up on abort: badges removed, observer stopped", async () => {
    mountSavedPage("gmail_inbox_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    scanner.init(ctl.signal, gmailPage({ pathname: "/mail/u/0/" }), { client: w.client });
    await settle();
    ctl.abort();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(0);
    const row = document.querySelector("tr.zA")!.cloneNode(true);
    document.querySelector("tbody")!.append(row);
    await settle();
    expect(document.querySelectorAll("unspoken-badge")).toHaveLength(0);
  });
});

describe("scanner on any site", () => {
  let ctl: AbortController;
  beforeEach(() => {
    ctl = startScanEnv();
  });
  afterEach(() => endScanEnv(ctl));

  it("never draws inside a message body, whatever an adapter finds there", async () => {
    document.body.innerHTML =
      '<div id="head"><span data-a="dana.reyes@acme-logistics.com">Dana</span></div>' +
      '<div class="body"><p><span data-a="priya.shah@globex-retail.com">Priya</span></p></div>';
    const w = fakeWorker({ ...LEVELS });
    scanner.init(
      ctl.signal,
      {
        site: "gmail",
        messageBodies: ".body",
        findContacts: (root) => [...root.querySelectorAll("[data-a]")].map((el) => ({ element: el, email: el.getAttribute("data-a"), name: null })),
        composeUrl: () => "",
      },
      { client: w.client },
    );
    await settle();
    expect([...document.querySelectorAll("unspoken-badge")].map((b) => b.getAttribute("data-email"))).toEqual([
      "dana.reyes@acme-logistics.com",
    ]);
    expect(w.sent.flatMap((m) => (m.type === "badges" ? m.emails : []))).toEqual(["dana.reyes@acme-logistics.com"]);
  });
});

describe("scanner on Outlook", () => {
  let ctl: AbortController;
  beforeEach(() => {
    ctl = startScanEnv();
  });
  afterEach(() => endScanEnv(ctl));

  it("resolves list-row names through the backend, ambiguous or unknown → no badge", async () => {
    mountSavedPage("outlook_inbox_reading_pane_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS });
    scanner.init(ctl.signal, outlookPage({ origin: "https://outlook.office.com" }), { client: w.client });
    await settle();
    // Both sent at once; the resolver's answer carried the row's badge: no second badge request.
    expect(w.sent.map((m) => m.type)).toEqual(["resolve", "badges"]);
    const rowBadges = [...document.querySelectorAll('[role="option"] unspoken-badge')];
    expect(rowBadges.map((b) => b.getAttribute("data-email"))).toEqual(["dana.reyes@acme-logistics.com"]);
    const pane = [...document.querySelectorAll("#ReadingPaneContainerId unspoken-badge")].map((b) => [
      b.getAttribute("data-email"),
      b.getAttribute("data-level"),
    ]);
    expect(pane).toEqual([
      ["dana.reyes@acme-logistics.com", "at_risk"],
      ["priya.shah@globex-retail.com", "watch"],
      ["lee.wong@umbrella-health.com", "insufficient_data"],
    ]);
    // The mailto links in the message body (marco.bianchi@, ops@) are never badged.
    expect(document.querySelectorAll('[aria-label="Message body"] unspoken-badge')).toHaveLength(0);
  });

  it("draws the pane's addresses without waiting for the list's names to resolve", async () => {
    mountSavedPage("outlook_inbox_reading_pane_2026-11-26.html");
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const w = fakeWorker({ ...LEVELS }, { resolveGate: gate });
    scanner.init(ctl.signal, outlookPage({ origin: "https://outlook.office.com" }), { client: w.client });
    await settle();
    expect(document.querySelectorAll("#ReadingPaneContainerId unspoken-badge")).toHaveLength(3);
    expect(document.querySelectorAll('[role="option"] unspoken-badge')).toHaveLength(0);
    release();
    await settle();
    expect([...document.querySelectorAll('[role="option"] unspoken-badge')].map((b) => b.getAttribute("data-email"))).toEqual([
      "dana.reyes@acme-logistics.com",
    ]);
    expect(w.sent.filter((m) => m.type === "badges")).toHaveLength(1);
  });

  it("reads the variants of 2026-12-05: a labelled sender container, a date-first row, a name-only Cc, no body", async () => {
    mountSavedPage("outlook_reading_pane_variants_2026-12-05.html");
    const w = fakeWorker({ ...LEVELS }, { names: NAMES });
    scanner.init(ctl.signal, outlookPage({ origin: "https://outlook.office.com" }), { client: w.client });
    await settle();
    const drawn = [...document.querySelectorAll("unspoken-badge")].map((b) => [
      b.getAttribute("data-email"),
      b.previousElementSibling?.textContent,
    ]);
    expect(drawn).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"], // list row: the sender, not "10/21/2026"
      ["priya.shah@globex-retail.com", "Priya Shah"], // list row: not "Thu 8:15 AM"
      ["dana.reyes@acme-logistics.com", "Dana Reyes"], // sender: after the clickable persona inside
      ["priya.shah@globex-retail.com", "Priya Shah"], // Cc shown by name only
    ]);
    expect(document.querySelectorAll("#UniqueMessageBody_1 unspoken-badge")).toHaveLength(0);
    const resolved = w.sent.flatMap((m) => (m.type === "resolve" ? m.names : []));
    expect(resolved.sort()).toEqual(["Alex Kim", "Dana Reyes", "Marco Bianchi", "Priya Shah"]);
  });

  it("badges compose recipient chips in the To/Cc wells, never anything in the message body", async () => {
    mountSavedPage("outlook_compose_recipients_2026-11-26.html");
    const w = fakeWorker({ ...LEVELS, "chris.lee@acme-logistics.com": "at_risk" });
    scanner.init(ctl.signal, outlookPage({ origin: "https://outlook.office.com" }), { client: w.client });
    await settle();
    const inWells = (label: string) =>
      [...document.querySelectorAll(`[role="textbox"][aria-label="${label}"] unspoken-badge`)].map((b) => [
        b.getAttribute("data-email"),
        b.getAttribute("data-level"),
      ]);
    expect(inWells("To")).toEqual([
      ["dana.reyes@acme-logistics.com", "at_risk"],
      ["priya.shah@globex-retail.com", "watch"],
    ]);
    expect(inWells("Cc")).toEqual([["marco.bianchi@initech.io", "healthy"]]);
    // The badge sits inside the chip's non-editable island, next to the persona button.
    for (const b of document.querySelectorAll('[role="textbox"][aria-label="To"] unspoken-badge'))
      expect(b.parentElement?.getAttribute("contenteditable")).toBe("false");
    const body = document.querySelector('[aria-label^="Message body"]')!;
    expect(body.querySelectorAll("unspoken-badge")).toHaveLength(0);
    const asked = w.sent.flatMap((m) => (m.type === "badges" ? m.emails : []));
    expect(asked).not.toContain("chris.lee@acme-logistics.com");
    expect(asked).not.toContain("lee.wong@umbrella-health.com");

    // A recipient added while writing is badged; a mention typed into the body is not.
    const well = document.querySelector('[role="textbox"][aria-label="Cc"]')!;
    const island = well.querySelector('[contenteditable="false"]')!.cloneNode(true) as Element;
    island.querySelector("unspoken-badge")?.remove();
    island.firstElementChild!.setAttribute("aria-label", "Lee Wong <lee.wong@umbrella-health.com>");
    island.firstElementChild!.setAttribute("title", "lee.wong@umbrella-health.com");
    well.append(island);
    body.append(island.cloneNode(true));
    await settle();
    expect(inWells("Cc")).toEqual([
      ["marco.bianchi@initech.io", "healthy"],
      ["lee.wong@umbrella-health.com", "insufficient_data"],
    ]);
    expect(body.querySelectorAll("unspoken-badge")).toHaveLength(0);
  });
});
