import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBadge } from "../../src/badge/badge";
import { ariaLabel, displayOf, formatDate } from "../../src/badge/text";
import type { ContactDetail } from "../../src/shared/api";
import { gmailPage } from "../../src/sites/gmail/page";
import { badge } from "./helpers";

const DETAIL: ContactDetail = {
  email: "dana.reyes@acme-logistics.com",
  name: "Dana Reyes",
  title: "VP of Operations",
  role: "executive",
  account: "acme-logistics.com",
  level: "at_risk",
  score: 78,
  signals: [
    {
      kind: "polite_procrastination",
      severity: 0.8,
      summary: "Business review pushed twice in 6 weeks",
      evidence: [{ date: "2026-09-14", source: "calendar", text: "QBR moved from Sep 17 to Oct 8" }],
    },
  ],
  account_signals: [],
  suggested_checkin: { to: "dana.reyes@acme-logistics.com", subject: "Where are we falling short?", body: "Hi Dana" },
  computed_at: "2026-10-30T18:00:00+00:00",
  feedback: null,
};

function make(level: Parameters<typeof badge>[1] = "at_risk") {
  const feedback = vi.fn(async () => ({ ok: true, muted_until: "2026-11-29T18:00:00+00:00" }));
  const onFeedback = vi.fn();
  const handle = createBadge(
    document,
    badge("dana.reyes@acme-logistics.com", level),
    "Dana Reyes",
    { loadDetail: async () => DETAIL, feedback, composeUrl: gmailPage({ pathname: "/mail/u/0/" }).composeUrl },
    onFeedback,
  );
  if (handle) document.body.append(handle.host);
  return { handle, feedback, onFeedback };
}

const pop = (host: HTMLElement) => host.shadowRoot!.querySelector<HTMLElement>(".pop")!;

describe("badge", () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse("2026-10-30T18:00:00Z"), toFake: ["setTimeout", "clearTimeout", "Date"] }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = "";
  });

  it.each([
    ["at_risk", "!!", "Customer risk: at risk — 3 signals"],
    ["watch", "!", "Customer risk: watch — 1 signal"],
    ["healthy", "✓", "Customer risk: healthy"],
    ["insufficient_data", "?", "Customer risk: not enough data"],
  ] as const)("%s is readable without colour: glyph %s and its label", (level, glyph, label) => {
    const { handle } = make(level);
    expect(handle!.host.shadowRoot!.querySelector(".dot")!.textContent).toBe(glyph);
    expect(handle!.host.getAttribute("aria-label")).toBe(label);
    expect(handle!.host.getAttribute("role")).toBe("button");
    expect(handle!.host.tabIndex).toBe(0);
  });

  it("unknown contacts get no badge", () => {
    expect(make("unknown").handle).toBeNull();
  });

  it("a snoozed contact shows as muted until the date", () => {
    const b = badge("a@b.co", "at_risk", { muted_until: "2026-11-29T18:00:00+00:00" });
    expect(displayOf(b)).toBe("muted");
    expect(ariaLabel(b, "muted")).toBe("Customer risk: muted until 29 Nov 2026");
    expect(displayOf(b, Date.parse("2026-12-01T00:00:00Z"))).toBe("at_risk");
  });

  it("opens on keyboard Enter with the reasons, dated evidence, computed time and actions; Escape closes", async () => {
    const { handle } = make();
    const host = handle!.host;
    host.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(0);
    const p = pop(host);
    expect(p.hidden).toBe(false);
    expect(host.getAttribute("aria-expanded")).toBe("true");
    const text = p.textContent!;
    expect(text).toContain("Dana Reyes: At risk");
    expect(text).toContain("Polite procrastination: Business review pushed twice in 6 weeks");
    expect(text).toContain("14 Sep 2026 · calendar · “QBR moved from Sep 17 to Oct 8”");
    expect(text).toContain("Computed 30 Oct 2026, 18:00 UTC");
    const link = p.querySelector<HTMLAnchorElement>('a[data-action="checkin"]')!;
    expect(link.getAttribute("href")).toBe(
      "https://mail.google.com/mail/u/0/?view=cm&fs=1&to=dana.reyes%40acme-logistics.com&su=Where%20are%20we%20falling%20short%3F&body=Hi%20Dana",
    );
    expect(link.target).toBe("_blank");
    expect(link.rel).toContain("noopener");
    host.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
    expect(p.hidden).toBe(true);
  });

  it("keeps the site's shortcuts and row clicks from seeing events on the badge", () => {
    const { handle } = make();
    const seen = vi.fn();
    document.body.addEventListener("keydown", seen);
    document.body.addEventListener("click", seen);
    handle!.host.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
    handle!.host.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
  });

  it("Not a risk posts feedback and says so", async () => {
    const { handle, feedback, onFeedback } = make();
    handle!.host.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    pop(handle!.host).querySelector<HTMLButtonElement>('button[data-action="not_a_risk"]')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(feedback).toHaveBeenCalledWith("dana.reyes@acme-logistics.com", "not_a_risk");
    expect(onFeedback).toHaveBeenCalledWith("dana.reyes@acme-logistics.com");
    expect(pop(handle!.host).querySelector(".note")!.textContent).toContain("Marked as not a risk");
  });

  it("updates in place when the level changes, and asks to be removed when it becomes unknown", () => {
    const { handle } = make();
    expect(handle!.update(badge("dana.reyes@acme-logistics.com", "watch"))).toBe(true);
    expect(handle!.host.dataset.level).toBe("watch");
    expect(handle!.update(badge("dana.reyes@acme-logistics.com", "unknown"))).toBe(false);
  });

  it("formats dates as day month year", () => {
    expect(formatDate("2026-09-14")).toBe("14 Sep 2026");
    expect(formatDate("nonsense")).toBe("unknown date");
  });
});
