import { describe, expect, it } from "vitest";
import { outlookPage } from "../../src/sites/outlook/page";
import * as S from "../../src/sites/outlook/selectors";
import { parseNameAddress } from "../../src/sites/types";
import { savedPage } from "./helpers";

const FILE = "outlook_inbox_reading_pane_2026-11-26.html";
const page = outlookPage({ origin: "https://outlook.office.com" });

describe("Outlook adapter on the reading pane (2026-11-26)", () => {
  it("reads addresses from persona labels, titles and mailto links, not from the editor or the account button", () => {
    const doc = savedPage(FILE);
    const withAddress = page.findContacts(doc.body).filter((c) => c.email);
    expect(withAddress.map((c) => [c.email, c.name])).toEqual([
      ["dana.reyes@acme-logistics.com", "Dana Reyes"],
      ["sam@northwind-saas.com", "Sam Carter"],
      ["priya.shah@globex-retail.com", "Priya Shah"],
      ["lee.wong@umbrella-health.com", "Lee Wong"],
      ["newsletter@vendor-updates.com", "Vendor Updates"],
      ["marco.bianchi@initech.io", "Marco"],
      ["ops@acme-logistics.com", "ops@acme-logistics.com"],
    ]);
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

  it("a well under another label (or in a localised UI) is left alone", () => {
    const doc = savedPage(COMPOSE);
    const to = doc.querySelector('[role="textbox"][aria-label="To"]')!;
    to.setAttribute("aria-label", "An");
    expect(page.findContacts(to)).toEqual([]);
  });
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
  ])("%s", (text, name, email) => {
    expect(parseNameAddress(text)).toEqual({ name, email });
  });
});
