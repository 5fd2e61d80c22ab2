import { describe, expect, it } from "vitest";
import { gmailPage } from "../../src/sites/gmail/page";
import * as S from "../../src/sites/gmail/selectors";
import { savedPage } from "./helpers";

const page = gmailPage({ pathname: "/mail/u/0/" });
const found = (file: string) =>
  page.findContacts(savedPage(file).body).map((c) => ({ email: c.email, name: c.name, cls: c.element.className }));

describe("Gmail adapter on the real opened-message header (2025-08-20)", () => {
  it("finds the sender and the recipient by their email attributes", () => {
    expect(found("gmail_message_view_header_2025-08-20.html")).toEqual([
      { email: "vinod.jptnp@gmail.com", name: "Vinod Kumar", cls: "gD" },
      { email: "jiitengg2026@googlegroups.com", name: "jiitengg2026", cls: "g2" },
    ]);
  });

  it("ignores the avatar and the <address> echo next to the sender", () => {
    const doc = savedPage("gmail_message_view_header_2025-08-20.html");
    expect(doc.querySelector("img.ajn[jid]")).not.toBeNull();
    expect(doc.querySelector("span.go")).not.toBeNull();
    expect(page.findContacts(doc.body).map((c) => c.element.tagName)).toEqual(["SPAN", "SPAN"]);
  });
});

describe("Gmail adapter on the inbox list (2026-11-26)", () => {
  it("finds each visible sender once, not the hidden accessibility copy", () => {
    const doc = savedPage("gmail_inbox_2026-11-26.html");
    const contacts = page.findContacts(doc.body);
    expect(contacts.every((c) => c.element.closest("div.yW"))).toBe(true);
    expect(contacts.map((c) => c.email)).toEqual([
      "dana.reyes@acme-logistics.com",
      "priya.shah@globex-retail.com",
      "sam@northwind-saas.com",
      "marco.bianchi@initech.io",
      "lee.wong@umbrella-health.com",
      "hello@digest.producthunt.com",
      "jordan.patel@northwind-saas.com",
      "dana.reyes@acme-logistics.com",
      "chris.lee@acme-logistics.com",
      "vinod.jptnp@gmail.com",
    ]);
  });

  it("reads unread (zF) and read (yP) rows alike", () => {
    const doc = savedPage("gmail_inbox_2026-11-26.html");
    const classes = new Set(page.findContacts(doc.body).map((c) => c.element.className));
    expect(classes).toEqual(new Set(["yP", "zF"]));
  });

  it("rescanning a single row finds only that row's senders", () => {
    const doc = savedPage("gmail_inbox_2026-11-26.html");
    const row = doc.querySelectorAll("tr.zA")[1]!;
    expect(page.findContacts(row).map((c) => c.name)).toEqual(["Priya Shah", "me"]);
  });

  it("a change inside a contact rescans the contact itself", () => {
    const doc = savedPage("gmail_inbox_2026-11-26.html");
    const inner = doc.querySelector(S.LIST_ROW_SENDER)!;
    inner.innerHTML = "<b>Dana Reyes</b>";
    expect(page.findContacts(inner.firstElementChild!).map((c) => c.email)).toEqual(["dana.reyes@acme-logistics.com"]);
  });
});

describe("Gmail adapter on a thread (2026-11-26)", () => {
  it("finds senders and recipients of every message", () => {
    const emails = found("gmail_thread_2026-11-26.html").map((c) => `${c.cls}:${c.email}`);
    expect(emails).toEqual([
      "gD:dana.reyes@acme-logistics.com",
      "g2:sam@northwind-saas.com",
      "g2:chris.lee@acme-logistics.com",
      "gD:sam@northwind-saas.com",
      "g2:dana.reyes@acme-logistics.com",
      "g2:priya.shah@globex-retail.com",
      "gD:marco.bianchi@initech.io",
      "g2:sam@northwind-saas.com",
      "g2:lee.wong@umbrella-health.com",
    ]);
  });
});

describe("Gmail adapter on compose chips (2026-11-26)", () => {
  it("finds classic and new chips", () => {
    expect(found("gmail_compose_chips_2026-11-26.html")).toEqual([
      { email: "dana.reyes@acme-logistics.com", name: "Dana Reyes", cls: "vN bfK a3q" },
      { email: "events@confsummit.io", name: "events@confsummit.io", cls: "vN bfK a3q" },
      { email: "priya.shah@globex-retail.com", name: "Priya Shah", cls: "afV" },
      { email: "marco.bianchi@initech.io", name: "Marco Bianchi", cls: "afV" },
    ]);
  });

  it("never matches inside the message body being written", () => {
    const doc = savedPage("gmail_compose_chips_2026-11-26.html");
    const body = doc.querySelector('[contenteditable="true"]')!;
    expect(page.findContacts(body)).toEqual([]);
  });
});

describe("Gmail adapter on the contact hovercard (2026-11-26)", () => {
  const FILE = "gmail_hovercard_2026-11-26.html";

  it("finds the hovercard's address line, named from the card's heading, besides the message header", () => {
    expect(found(FILE)).toEqual([
      { email: "dana.reyes@acme-logistics.com", name: "Dana Reyes", cls: "gD" },
      { email: "sam@northwind-saas.com", name: "me", cls: "g2" },
      { email: "dana.reyes@acme-logistics.com", name: "Dana Reyes", cls: "" },
    ]);
    const doc = savedPage(FILE);
    const card = page.findContacts(doc.body).at(-1)!.element;
    expect(card.closest(S.HOVERCARD)?.getAttribute("data-hovercard-id")).toBe("dana.reyes@acme-logistics.com");
  });

  it("the card appearing (its root added to <body>) is found from that root alone", () => {
    const doc = savedPage(FILE);
    const card = doc.querySelector(S.HOVERCARD)!;
    expect(page.findContacts(card).map((c) => [c.email, c.name])).toEqual([["dana.reyes@acme-logistics.com", "Dana Reyes"]]);
    // Re-rendered text inside the address line rescans the address line itself.
    const line = card.querySelector("span[email]")!;
    line.innerHTML = "<b>dana.reyes@acme-logistics.com</b>";
    expect(page.findContacts(line.firstElementChild!).map((c) => c.email)).toEqual(["dana.reyes@acme-logistics.com"]);
  });

  it("ignores the card's action buttons and the header's <address> echo", () => {
    const doc = savedPage(FILE);
    const card = doc.querySelector(S.HOVERCARD)!;
    expect(card.querySelectorAll('[role="button"]').length).toBe(3);
    expect(page.findContacts(card.querySelector('[role="toolbar"]')!)).toEqual([]);
    expect(page.findContacts(doc.querySelector("span.go")!)).toEqual([]);
  });
});

describe("Gmail compose link", () => {
  it("opens the full-screen compose of the account being read, with everything encoded", () => {
    const url = gmailPage({ pathname: "/mail/u/1/" }).composeUrl({
      to: "dana.reyes@acme-logistics.com",
      subject: "Where are we falling short?",
      body: "Hi Dana,\n\nThat's on me & I'd like to fix it.",
    });
    expect(url).toBe(
      "https://mail.google.com/mail/u/1/?view=cm&fs=1&to=dana.reyes%40acme-logistics.com" +
        "&su=Where%20are%20we%20falling%20short%3F&body=Hi%20Dana%2C%0A%0AThat's%20on%20me%20%26%20I'd%20like%20to%20fix%20it.",
    );
    expect(gmailPage({ pathname: "/mail/" }).composeUrl({ to: "a@b.co", subject: "s", body: "b" })).toBe(
      "https://mail.google.com/mail/?view=cm&fs=1&to=a%40b.co&su=s&body=b",
    );
  });
});
