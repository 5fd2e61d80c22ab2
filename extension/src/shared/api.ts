/** Shapes of the badge API (server/unspoken/api/CONTRACT.md, v1) as the extension reads them. */

export type Level = "healthy" | "watch" | "at_risk" | "insufficient_data" | "unknown";
export const LEVELS: readonly Level[] = ["healthy", "watch", "at_risk", "insufficient_data", "unknown"];

export interface Badge {
  email: string;
  level: Level;
  score: number | null;
  account: string | null;
  signal_count: number;
  top_signal: { kind: string; summary: string } | null;
  updated_at: string | null;
  muted_until: string | null;
}

export interface Evidence {
  date: string;
  contact?: string;
  source?: string;
  text?: string;
}

export interface SignalDetail {
  kind: string;
  severity: number;
  summary: string;
  evidence: Evidence[];
}

export interface ContactDetail {
  email: string;
  name: string | null;
  title: string | null;
  role: string | null;
  account: string | null;
  level: Level;
  score: number | null;
  signals: SignalDetail[];
  account_signals: SignalDetail[];
  suggested_checkin: { to: string; subject: string; body: string } | null;
  computed_at: string | null;
  feedback: unknown;
}

export type FeedbackKind = "not_a_risk" | "snooze" | "confirmed";

export interface Mailbox {
  id: string;
  provider: string;
  address: string;
  status: "ok" | "syncing" | "needs_reauth" | "error" | string;
  stage: string;
  progress: number | null;
  last_synced_at: string | null;
  last_error?: string | null;
}

export interface Me {
  email: string;
  name: string | null;
  org: string | null;
  role: string;
  mailboxes: Mailbox[];
}

/** Turns one untrusted badge object from the server into a Badge, or null if it is malformed. */
export function parseBadge(raw: unknown): Badge | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.email !== "string" || !LEVELS.includes(r.level as Level)) return null;
  const top = r.top_signal as Record<string, unknown> | null | undefined;
  return {
    email: r.email.toLowerCase(),
    level: r.level as Level,
    score: typeof r.score === "number" ? r.score : null,
    account: typeof r.account === "string" ? r.account : null,
    signal_count: typeof r.signal_count === "number" ? r.signal_count : 0,
    top_signal:
      top && typeof top.kind === "string" && typeof top.summary === "string"
        ? { kind: top.kind, summary: top.summary }
        : null,
    updated_at: typeof r.updated_at === "string" ? r.updated_at : null,
    muted_until: typeof r.muted_until === "string" ? r.muted_until : null,
  };
}

export function unknownBadge(email: string): Badge {
  return {
    email,
    level: "unknown",
    score: null,
    account: null,
    signal_count: 0,
    top_signal: null,
    updated_at: null,
    muted_until: null,
  };
}
