/** Messages between content scripts, popup and service worker, and their validation (untrusted input). */
import type { FeedbackKind } from "./api";
import { BATCH_MAX, MAIL_ORIGINS } from "./config";

/** From a mail page's content script. */
export type ContentRequest =
  | { type: "badges"; emails: string[] }
  | { type: "resolve"; names: string[] }
  | { type: "contact"; email: string }
  | { type: "feedback"; email: string; kind: FeedbackKind };

/** From the extension's own popup page. */
export type PopupRequest =
  | { type: "status" }
  | { type: "setBackend"; url: string }
  | { type: "setToken"; token: string }
  | { type: "signIn"; provider: "google" | "microsoft" }
  | { type: "signOut" };

/** Service worker → content scripts: these addresses changed, ask again. */
export interface Invalidate {
  type: "invalidate";
  emails: string[] | "all";
}

const EMAIL_RE = /^[^\s@<>()",;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/;
const FEEDBACK_KINDS: readonly string[] = ["not_a_risk", "snooze", "confirmed"];

export function isEmail(value: unknown): value is string {
  return typeof value === "string" && value.length <= 254 && EMAIL_RE.test(value);
}

function _isName(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0 && value.length <= 200;
}

function _list<T>(value: unknown, ok: (v: unknown) => v is T, max: number): T[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > max) return null;
  return value.every(ok) ? (value as T[]) : null;
}

/** Content scripts may ask for up to this many items per message; the worker re-batches them. */
export const MESSAGE_MAX_ITEMS = BATCH_MAX * 5;

/** Returns a normalised ContentRequest, or null if the message is not one. */
export function parseContentRequest(msg: unknown): ContentRequest | null {
  if (!msg || typeof msg !== "object") return null;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case "badges": {
      const emails = _list(m.emails, isEmail, MESSAGE_MAX_ITEMS);
      return emails ? { type: "badges", emails: emails.map((e) => e.toLowerCase()) } : null;
    }
    case "resolve": {
      const names = _list(m.names, _isName, MESSAGE_MAX_ITEMS);
      return names ? { type: "resolve", names: names.map((n) => n.trim()) } : null;
    }
    case "contact":
      return isEmail(m.email) ? { type: "contact", email: m.email.toLowerCase() } : null;
    case "feedback":
      return isEmail(m.email) && typeof m.kind === "string" && FEEDBACK_KINDS.includes(m.kind)
        ? { type: "feedback", email: m.email.toLowerCase(), kind: m.kind as FeedbackKind }
        : null;
    default:
      return null;
  }
}

export function parsePopupRequest(msg: unknown): PopupRequest | null {
  if (!msg || typeof msg !== "object") return null;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case "status":
    case "signOut":
      return { type: m.type };
    case "setBackend":
      return typeof m.url === "string" && m.url.length <= 2048 ? { type: "setBackend", url: m.url } : null;
    case "setToken":
      return typeof m.token === "string" && m.token.trim().length > 0 && m.token.length <= 4096
        ? { type: "setToken", token: m.token.trim() }
        : null;
    case "signIn":
      return m.provider === "google" || m.provider === "microsoft" ? { type: "signIn", provider: m.provider } : null;
    default:
      return null;
  }
}

/** The parts of chrome.runtime.MessageSender we judge. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = { kind: "content"; tabId: number } | { kind: "popup" } | null;

/**
 * Who is talking: a content script in a mail page's tab, or our own popup/options page.
 * Anything else (other extensions, web pages via externally_connectable, unknown frames) is refused.
 */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? "";
  if (url.startsWith(extensionOrigin)) return { kind: "popup" }; // our own page (popup, or opened in a tab)
  if (sender.tab?.id === undefined || sender.tab.id < 0) return null;
  let origin: string;
  try {
    origin = sender.origin ?? new URL(url).origin;
  } catch {
    return null;
  }
  return MAIL_ORIGINS.includes(origin) ? { kind: "content", tabId: sender.tab.id } : null;
}
