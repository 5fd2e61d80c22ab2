/** Constants shared by the service worker, content scripts and popup. */

/** Replaced at build time (build.mjs, UNSPOKEN_DEFAULT_BACKEND); the production backend. */
declare const __DEFAULT_BACKEND__: string;
export const DEFAULT_BACKEND: string =
  typeof __DEFAULT_BACKEND__ === "string" ? __DEFAULT_BACKEND__ : "https://api.unspoken.app";

export const MAIL_ORIGINS: readonly string[] = [
  "https://mail.google.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://outlook.cloud.microsoft",
];

/** At most one backend request per tab per this many milliseconds. */
export const BATCH_INTERVAL_MS = 250;
/** The contract accepts 1..200 addresses (or names) per request. */
export const BATCH_MAX = 200;
/** How long a badge answer stays fresh in chrome.storage.session and in the page. */
export const CACHE_TTL_MS = 5 * 60_000;
/** After a failed call the backend is left alone this long (no retries storm, no noise). */
export const BACKOFF_MS = 30_000;
export const REQUEST_TIMEOUT_MS = 8_000;
