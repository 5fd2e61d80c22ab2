import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Badge, Level } from "../../src/shared/api";

export const FIXTURES = join(__dirname, "..", "fixtures");

/** Parses a saved page into its own document (selectors run against it as in the browser). */
export function savedPage(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), "utf8"), "text/html");
}

/** Puts a saved page's body into the global document, for code that observes `document`. */
export function mountSavedPage(name: string): void {
  const doc = savedPage(name);
  document.body.innerHTML = doc.body.innerHTML;
}

export function badge(email: string, level: Level, extra: Partial<Badge> = {}): Badge {
  return {
    email,
    level,
    score: level === "unknown" ? null : 50,
    account: email.split("@")[1] ?? null,
    signal_count: level === "at_risk" ? 3 : level === "watch" ? 1 : 0,
    top_signal: level === "at_risk" ? { kind: "polite_procrastination", summary: "Business review pushed twice" } : null,
    updated_at: "2026-10-30T18:00:00+00:00",
    muted_until: null,
    ...extra,
  };
}

/** An in-memory chrome.storage area. */
export class MemoryArea {
  data: Record<string, unknown> = {};
  gets = 0;
  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    this.gets++;
    if (keys === null) return { ...this.data };
    return Object.fromEntries(keys.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string[]): Promise<void> {
    for (const k of keys) delete this.data[k];
  }
}
