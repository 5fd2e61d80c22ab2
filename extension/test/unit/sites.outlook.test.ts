import { describe, expect, it } from "vitest";
import { looksLikeDateOrTime, outlookPage } from "../../src/sites/outlook/page";
import * as S from "../../src/sites/outlook/selectors";
import { parseNameAddress } from "../../src/sites/types";
import { savedPage } from "./helpers";

const FILE = "outlook_inbox_reading_pane_2026-11-26.html";
const page = outlookPage({ origin: "https://outlook.office.com" });

describe("Outlook adapter on the reading pane (2026-11-26)", () => {
  it("reads addresses from persona labels and titles; not from the body, the editor or the account button", () => {
    const doc = savedPage(FILE);
    const withAddress = page.findContacts(doc.body).filter((c) => c.email);
    expect(withAddress.map((c) => [c.email, c.name])).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"],
      ["sam@northwind-saas.com", "Sam Carter"],
      ["priya.shah@globex-retail.com", "Priya Shah"],
      ["lee.wong@umbrella-health.com", "Lee Wong"],
      ["newsletter@vendor-updates.com", "Vendor Updates"],
    ]);
  });

  it("never reads the message body's mailto links (signatures, quoted mail)", () => {
    const doc = savedPage(FILE);
    const body = doc.querySelector('[aria-label="Message body"]')!;
    expect(body.querySelectorAll('a[href^="mailto:"]')).toHaveLength(2);
    expect(page.findContacts(body)).toEqual([]);
    expect(page.findContacts(body.querySelector("a")!)).toEqual([]);
  });

  it("rescanning inside the pane finds only that part", () => {
    const doc = savedPage(FILE);
    const cc = doc.querySelector('[aria-label="Cc"]')!;
    expect(page.findContacts(cc).map((c) => c.email)).toEqual([
      "lee.wong@umbrella-health.com",
      "newsletter@vendor-updates.com",
    ]);
  });
});

describe("Outlook adapter on the message list (2026-11-26)", () => {
  it("returns display names only, for the backend to resolve", () => {
    const doc = savedPage(FILE);
    const nameOnly = page.findContacts(doc.body).filter((c) => !c.email);
    expect(nameOnly.map((c) => c.name)).toEqual([
      "Dana Reyes",
      "Priya Shah",
      "Marco Bianchi",
      "Chris Lee",
      "Alex Kim",
      "Microsoft Outlook",
    ]);
    expect(nameOnly.every((c) => c.element.closest('[role="option"]'))).toBe(true);
  });

  it("a recycled row (virtualised list) is read from its new title", () => {
    const doc = savedPage(FILE);
    const row = doc.querySelector('[role="option"]')!;
    row.querySelector("span[title]")!.setAttribute("title", "Jordan Patel");
    expect(page.findContacts(row.querySelector("span[title]")!).map((c) => c.name)).toEqual(["Jordan Patel"]);
  });
});

describe("Outlook adapter on compose recipient chips (2026-11-26)", () => {
  const COMPOSE = "outlook_compose_recipients_2026-11-26.html";

  it("reads each To/Cc chip from its aria-label or title; nothing from the body, the toolbar or the account button", () => {
    const doc = savedPage(COMPOSE);
    const withAddress = page.findContacts(doc.body).filter((c) => c.email);
    expect(withAddress.map((c) => [c.email, c.name])).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"],
      ["priya.shah@globex-retail.com", "Priya Shah"],
      ["events@confsummit.io", "events@confsummit.io"],
      ["marco.bianchi@initech.io", "Marco Bianchi"],
    ]);
    expect(withAddress.every((c) => c.element.parentElement?.getAttribute("contenteditable") === "false")).toBe(true);
    expect(withAddress.every((c) => c.element.closest(S.RECIPIENT_WELL))).toBe(true);
  });

  it("rescanning one well, or a chip re-rendered inside, finds only that", () => {
    const doc = savedPage(COMPOSE);
    const cc = doc.querySelector('[role="textbox"][aria-label="Cc"]')!;
    expect(page.findContacts(cc).map((c) => c.email)).toEqual(["marco.bianchi@initech.io"]);
    const name = doc.querySelector('[role="textbox"][aria-label="To"] [role="button"] span')!;
    expect(page.findContacts(name).map((c) => c.email)).toEqual(["dana.reyes@acme-logistics.com"]);
  });

  it("never reads inside the message body, not even its non-editable @mention pill", () => {
    const doc = savedPage(COMPOSE);
    const body = doc.querySelector('[role="textbox"][aria-label^="Message body"]')!;
    expect(body.querySelector('[contenteditable="false"] > [role="button"][aria-label*="@"]')).not.toBeNull();
    expect(page.findContacts(body)).toEqual([]);
    expect(page.findContacts(body.querySelector("a")!)).toEqual([]);
  });

  it("a textbox that is not a people picker (no list of suggestions) is left alone", () => {
    const doc = savedPage(COMPOSE);
    const to = doc.querySelector('[role="textbox"][aria-label="To"]')!;
    to.removeAttribute("aria-haspopup");
    expect(page.findContacts(to)).toEqual([]);
  });
});

describe.each([
  ["fr", "À", "Cc"],
  ["de", "An", "Cc"],
  ["es", "Para", "CC"],
])("Outlook compose in %s (2026-12-05)", (code, to, cc) => {
  const doc = savedPage(`outlook_compose_${code}_2026-12-05.html`);

  it("reads the To/Cc chips whatever the wells are called, nothing from the body", () => {
    expect(doc.querySelector(`[role="textbox"][aria-label="${to}"]`)).not.toBeNull();
    const found = page.findContacts(doc.body);
    expect(found.map((c) => [c.email, c.name])).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"],
      ["priya.shah@globex-retail.com", "Priya Shah"],
    ]);
    expect(found[0]!.element.closest(`[aria-label="${to}"]`)).not.toBeNull();
    expect(found[1]!.element.closest(`[aria-label="${cc}"]`)).not.toBeNull();
    const body = doc.querySelector("#editorParent_1")!;
    expect(body.querySelector('a[href^="mailto:"]')).not.toBeNull();
    expect(page.findContacts(body)).toEqual([]);
  });
});

describe("Outlook reading pane variants (2026-12-05)", () => {
  const FILE2 = "outlook_reading_pane_variants_2026-12-05.html";

  it("reads a sender container labelled 'From: Name <address>' and badges after its unlabelled persona", () => {
    const doc = savedPage(FILE2);
    const sender = doc.querySelector('[aria-label^="From:"]')!;
    const [c] = page.findContacts(sender);
    expect([c!.email, c!.name]).toEqual(["dana.reyes@acme-logistics.com", "Dana Reyes"]);
    expect(c!.element).toBe(sender.querySelector('[role="button"]'));
    // A re-render inside the persona finds the same contact, once.
    expect(page.findContacts(sender.querySelector('[role="button"]')!).map((x) => x.email)).toEqual([
      "dana.reyes@acme-logistics.com",
    ]);
  });

  it("sends the sender's name to the resolver, never the row's date or time", () => {
    const doc = savedPage(FILE2);
    const rows = [...doc.querySelectorAll('[role="option"]')];
    expect(rows.map((r) => page.findContacts(r).map((c) => [c.email, c.name]))).toEqual([
      [[null, "Dana Reyes"]],
      [[null, "Priya Shah"]],
      [[null, "Alex Kim"]],
    ]);
  });

  it("resolves names shown without an address (Cc); nothing from the body or the toolbar", () => {
    const doc = savedPage(FILE2);
    const pane = doc.querySelector("#ReadingPaneContainerId")!;
    expect(page.findContacts(pane).map((c) => [c.email, c.name])).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"],
      ["sam@northwind-saas.com", "Sam Carter"],
      [null, "Priya Shah"],
      [null, "Marco Bianchi"],
    ]);
    expect(page.findContacts(doc.querySelector("#UniqueMessageBody_1")!)).toEqual([]);
  });
});

describe("Outlook.com personas (2026-12-05)", () => {
  it("reads the Fluent persona's name and the address beside it; a title beside it means resolve by name", () => {
    const doc = savedPage("outlook_live_persona_2026-12-05.html");
    const found = page.findContacts(doc.body);
    expect(found.map((c) => [c.email, c.name])).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"],
      ["priya.shah@globex-retail.com", "Priya Shah"],
      [null, "Chris Lee"],
    ]);
    expect(found.every((c) => c.element.matches(".ms-Persona-primaryText"))).toBe(true);
    // The address re-rendered: the card is read again from its name.
    const secondary = doc.querySelector(".ms-Persona-secondaryText")!;
    expect(page.findContacts(secondary).map((c) => c.email)).toEqual(["dana.reyes@acme-logistics.com"]);
  });
});

describe("looksLikeDateOrTime", () => {
  it.each(["10/21/2026", "Thu 8:15 AM", "08:05", "21.10.2026", "Thu 10/29", "Oct 21", "21 oct.", "3. Dez.", "mar. 14:05", "2026-10-21"])(
    "%s is a date or a time",
    (t) => expect(looksLikeDateOrTime(t)).toBe(true),
  );
  it.each(["Dana Reyes", "Team 42", "Room 101", "Marco Bianchi (Initech)", "Microsoft Outlook", "Octavia Spencer"])(
    "%s is a name",
    (t) => expect(looksLikeDateOrTime(t)).toBe(false),
  );
});

describe("Outlook compose deeplink", () => {
  it("opens compose on the same Outlook host, prefilled", () => {
    const url = outlookPage({ origin: "https://outlook.live.com" }).composeUrl({
      to: "dana.reyes@acme-logistics.com",
      subject: "Checking in",
      body: "Hi Dana,\nthat's on me.",
    });
    expect(url).toBe(
      "https://outlook.live.com/mail/deeplink/compose?to=dana.reyes%40acme-logistics.com&subject=Checking%20in&body=Hi%20Dana%2C%0Athat's%20on%20me.",
    );
  });
});

describe("parseNameAddress", () => {
  it.each([
    ["From: Dana Reyes <dana.reyes@acme-logistics.com>", "Dana Reyes", "dana.reyes@acme-logistics.com"],
    ['"Reyes, Dana" <Dana.Reyes@Acme-Logistics.com>', "Reyes, Dana", "dana.reyes@acme-logistics.com"],
    ["lee.wong@umbrella-health.com", null, "lee.wong@umbrella-health.com"],
    ["Dana Reyes", null, null],
    ["De : Dana Reyes <dana.reyes@acme-logistics.com>", "Dana Reyes", "dana.reyes@acme-logistics.com"],
    ["Von: Dana Reyes <dana.reyes@acme-logistics.com>", "Dana Reyes", "dana.reyes@acme-logistics.com"],
    ["Para: Dana Reyes <dana.reyes@acme-logistics.com>", "Dana Reyes", "dana.reyes@acme-logistics.com"],
  ])("%s", (text, name, email) => {
    expect(parseNameAddress(text)).toEqual({ name, email });
  });
});
