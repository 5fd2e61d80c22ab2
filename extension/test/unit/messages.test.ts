import { describe, expect, it } from "vitest";
import { classifySender, parseContentRequest, parsePopupRequest } from "../../src/shared/messages";

const ID = "abcdefghijklmnopabcdefghijklmnop";
const ORIGIN = `chrome-extension://${ID}/`;

describe("parseContentRequest", () => {
  it("accepts a badge lookup and lower-cases addresses", () => {
    expect(parseContentRequest({ type: "badges", emails: ["Dana.Reyes@Acme-Logistics.com"] })).toEqual({
      type: "badges",
      emails: ["dana.reyes@acme-logistics.com"],
    });
  });

  it.each([
    ["no type", { emails: ["a@b.co"] }],
    ["unknown type", { type: "token" }],
    ["empty list", { type: "badges", emails: [] }],
    ["not an address", { type: "badges", emails: ["a@b.co", "javascript:alert(1)"] }],
    ["not strings", { type: "badges", emails: [{ toString: (): string => "a@b.co" }] }],
    ["too many", { type: "badges", emails: Array.from({ length: 1001 }, (_, i) => `u${i}@b.co`) }],
    ["header injection", { type: "badges", emails: ["a@b.co\r\nX: y"] }],
    ["blank name", { type: "resolve", names: ["  "] }],
    ["bad feedback kind", { type: "feedback", email: "a@b.co", kind: "delete_everything" }],
    ["contact without address", { type: "contact", email: "../v1/me" }],
    ["null", null],
    ["string", "badges"],
  ])("refuses %s", (_, msg) => {
    expect(parseContentRequest(msg)).toBeNull();
  });

  it("accepts names, contacts and feedback", () => {
    expect(parseContentRequest({ type: "resolve", names: [" Dana Reyes "] })).toEqual({ type: "resolve", names: ["Dana Reyes"] });
    expect(parseContentRequest({ type: "contact", email: "a@b.co" })).toEqual({ type: "contact", email: "a@b.co" });
    expect(parseContentRequest({ type: "feedback", email: "a@b.co", kind: "snooze" })).toEqual({
      type: "feedback",
      email: "a@b.co",
      kind: "snooze",
    });
  });

  it("content scripts cannot send popup requests", () => {
    expect(parseContentRequest({ type: "setToken", token: "x" })).toBeNull();
    expect(parseContentRequest({ type: "signOut" })).toBeNull();
  });
});

describe("parsePopupRequest", () => {
  it("accepts the popup's requests only", () => {
    expect(parsePopupRequest({ type: "setToken", token: " t0k " })).toEqual({ type: "setToken", token: "t0k" });
    expect(parsePopupRequest({ type: "signIn", provider: "github" })).toBeNull();
    expect(parsePopupRequest({ type: "badges", emails: ["a@b.co"] })).toBeNull();
  });
});

describe("classifySender", () => {
  it("recognises a content script in a mail tab", () => {
    expect(classifySender({ id: ID, url: "https://mail.google.com/mail/u/0/#inbox", tab: { id: 7 } }, ID, ORIGIN)).toEqual({
      kind: "content",
      tabId: 7,
    });
    expect(classifySender({ id: ID, url: "https://outlook.office.com/mail/", origin: "https://outlook.office.com", tab: { id: 3 } }, ID, ORIGIN)).toEqual({
      kind: "content",
      tabId: 3,
    });
  });

  it("recognises our own popup, in its window or opened in a tab", () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: "popup" });
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html`, tab: { id: 2 } }, ID, ORIGIN)).toEqual({ kind: "popup" });
  });

  it.each([
    ["another extension", { id: "zzzz", url: "https://mail.google.com/", tab: { id: 1 } }],
    ["a non-mail page", { id: ID, url: "https://evil.example/mail.google.com", tab: { id: 1 } }],
    ["a look-alike host", { id: ID, url: "https://mail.google.com.evil.example/", tab: { id: 1 } }],
    ["no tab and not our page", { id: ID, url: "https://mail.google.com/" }],
    ["garbage url", { id: ID, url: "::", tab: { id: 1 } }],
  ])("refuses %s", (_, sender) => {
    expect(classifySender(sender, ID, ORIGIN)).toBeNull();
  });
});
