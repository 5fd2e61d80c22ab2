/** Every word the badge and popover show, in one place. */
import type { Badge, Level } from "../shared/api";

export type Display = Exclude<Level, "unknown"> | "muted";

export const LEVEL_LABEL: Record<Display, string> = {
  healthy: "healthy",
  watch: "watch",
  at_risk: "at risk",
  insufficient_data: "not enough data",
  muted: "muted",
};

/** The glyph carries the level without colour; the shape (square for at risk) does too. */
export const LEVEL_GLYPH: Record<Display, string> = {
  healthy: "✓",
  watch: "!",
  at_risk: "!!",
  insufficient_data: "?",
  muted: "–",
};

/** The engine's signal kinds (server/unspoken/signals/model.py SignalKind) in plain English. */
export const SIGNAL_LABEL: Record<string, string> = {
  polite_procrastination: "Polite procrastination",
  small_talk_loss: "Small talk has disappeared",
  exec_access_loss: "Decision makers drifting out of reach",
  feature_silence: "They stopped asking for things",
  expansion_refusal: "Expansion politely refused",
};

export function signalLabel(kind: string): string {
  return SIGNAL_LABEL[kind] ?? kind.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}

export function displayOf(b: Badge, now = Date.now()): Display | null {
  if (b.level === "unknown") return null;
  if (b.muted_until && Date.parse(b.muted_until) > now) return "muted";
  return b.level;
}

export function ariaLabel(b: Badge, d: Display): string {
  if (d === "muted") return `Customer risk: muted until ${formatDate(b.muted_until)}`;
  const label = LEVEL_LABEL[d];
  if ((d === "watch" || d === "at_risk") && b.signal_count > 0) {
    return `Customer risk: ${label} — ${b.signal_count} signal${b.signal_count === 1 ? "" : "s"}`;
  }
  return `Customer risk: ${label}`;
}

const _MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "14 Sep 2026" (UTC): the evidence dates are calendar dates. */
export function formatDate(iso: string | null | undefined): string {
  const t = iso ? new Date(iso) : null;
  if (!t || Number.isNaN(t.getTime())) return "unknown date";
  return `${t.getUTCDate()} ${_MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
}

/** "30 Oct 2026, 18:00 UTC". */
export function formatDateTime(iso: string | null | undefined): string {
  const t = iso ? new Date(iso) : null;
  if (!t || Number.isNaN(t.getTime())) return "unknown time";
  const hh = String(t.getUTCHours()).padStart(2, "0");
  const mm = String(t.getUTCMinutes()).padStart(2, "0");
  return `${formatDate(iso)}, ${hh}:${mm} UTC`;
}
