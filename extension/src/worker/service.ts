/** What the service worker does for content scripts and the popup; chrome APIs come in as dependencies. */
import { type Badge, type ContactDetail, type FeedbackKind, type Me, parseBadge, unknownBadge } from "../shared/api";
import { BACKOFF_MS, BATCH_INTERVAL_MS, BATCH_MAX, CACHE_TTL_MS, DEFAULT_BACKEND } from "../shared/config";
import type { Invalidate } from "../shared/messages";
import { ApiError, callApi, type FetchLike, normaliseBackendUrl } from "./api";
import { Batcher } from "./batcher";
import { type StorageAreaLike, TtlCache } from "./cache";

export interface ServiceDeps {
  fetch: FetchLike;
  tokens: { get(): Promise<string | null>; set(token: string): Promise<void>; clear(): Promise<void> };
  /** chrome.storage.session */
  session: StorageAreaLike;
  /** chrome.storage.local: only the backend URL, nothing secret */
  local: StorageAreaLike;
  broadcast: (msg: Invalidate) => void;
  /** Opens the backend's OAuth page and returns the final redirect URL. */
  launchAuth: (url: string) => Promise<string>;
  authRedirectUrl: string;
  gatherMs?: number;
}

export type ProblemKind = "unreachable" | "unauthorized" | "server";

export interface Status {
  backend: string;
  signedIn: boolean;
  me: Me | null;
  problem: { kind: ProblemKind; detail: string; at: string } | null;
}

const _BACKEND_KEY = "backend_url";
const _PROBLEM_KEY = "problem";

export class Service {
  readonly badgeCache: TtlCache<Badge>;
  readonly nameCache: TtlCache<string | null>;
  /** The popover's detail, cached like badges and dropped with them (feedback, sign-in, sign-out). */
  readonly contactCache: TtlCache<ContactDetail>;
  private readonly _badgeBatcher: Batcher<Badge>;
  private readonly _nameBatcher: Batcher<string | null>;
  private _downUntil = 0;

  constructor(private readonly _d: ServiceDeps) {
    this.badgeCache = new TtlCache(_d.session, "b:", CACHE_TTL_MS);
    this.nameCache = new TtlCache(_d.session, "n:", CACHE_TTL_MS);
    this.contactCache = new TtlCache(_d.session, "c:", CACHE_TTL_MS);
    const gatherMs = _d.gatherMs ?? 15;
    this._badgeBatcher = new Batcher({
      fetch: (emails) => this._fetchBadges(emails),
      intervalMs: BATCH_INTERVAL_MS,
      max: BATCH_MAX,
      gatherMs,
    });
    this._nameBatcher = new Batcher({
      fetch: (names) => this._fetchNames(names),
      intervalMs: BATCH_INTERVAL_MS,
      max: BATCH_MAX,
      gatherMs,
    });
  }

  async backend(): Promise<string> {
    const v = (await this._d.local.get([_BACKEND_KEY]).catch((): Record<string, unknown> => ({})))[_BACKEND_KEY];
    return typeof v === "string" && v ? v : DEFAULT_BACKEND;
  }

  /** Badges for these addresses; signed out or backend down → only what is cached (usually nothing). */
  async badges(tabId: number, emails: string[]): Promise<Badge[]> {
    const { hits, misses } = await this.badgeCache.getMany(emails);
    if (misses.length && Date.now() >= this._downUntil && (await this._d.tokens.get())) {
      const fresh = await this._badgeBatcher.request(tabId, misses);
      for (const [k, v] of fresh) hits.set(k, v);
    }
    return [...hits.values()];
  }

  /**
   * Display name → address, as the user's own mailboxes know it (null: unknown or ambiguous), with the badges of
   * the addresses found (the backend answers them with the names, so a name-only row needs no second request).
   */
  async resolve(tabId: number, names: string[]): Promise<{ matches: Record<string, string | null>; badges: Badge[] }> {
    const { hits, misses } = await this.nameCache.getMany(names);
    if (misses.length && Date.now() >= this._downUntil && (await this._d.tokens.get())) {
      const fresh = await this._nameBatcher.request(tabId, misses);
      for (const [k, v] of fresh) hits.set(k, v);
    }
    const found = [...new Set([...hits.values()].filter((e): e is string => e !== null))];
    const badges = (await this.badgeCache.getMany(found)).hits;
    return { matches: Object.fromEntries(hits), badges: [...badges.values()] };
  }

  /** The popover's detail; cached like badges, so reopening a popover asks nothing. */
  async contact(email: string): Promise<ContactDetail | null> {
    const cached = (await this.contactCache.getMany([email])).hits.get(email);
    if (cached) return cached;
    try {
      const detail = await this._call<ContactDetail>("GET", `/v1/contacts/${encodeURIComponent(email)}`);
      await this.contactCache.setMany(new Map([[email, detail]]));
      return detail;
    } catch {
      return null;
    }
  }

  async feedback(email: string, kind: FeedbackKind): Promise<{ ok: boolean; muted_until: string | null }> {
    try {
      const res = await this._call<{ ok: boolean; muted_until: string | null }>("POST", "/v1/feedback", {
        email,
        kind,
      });
      await this.badgeCache.delete([email]);
      await this.contactCache.delete([email]);
      this._d.broadcast({ type: "invalidate", emails: [email] });
      return { ok: res.ok === true, muted_until: res.muted_until ?? null };
    } catch {
      return { ok: false, muted_until: null };
    }
  }

  forgetTab(tabId: number): void {
    this._badgeBatcher.forget(tabId);
    this._nameBatcher.forget(tabId);
  }

  async status(): Promise<Status> {
    const backend = await this.backend();
    const token = await this._d.tokens.get();
    let me: Me | null = null;
    if (token) {
      try {
        me = await this._call<Me>("GET", "/v1/me");
        await this._setProblem(null);
      } catch {
        // recorded by _call
      }
    }
    return { backend, signedIn: (await this._d.tokens.get()) !== null, me, problem: await this._problem() };
  }

  async setBackend(url: string): Promise<{ ok: boolean; error?: string }> {
    const norm = normaliseBackendUrl(url);
    if (!norm) return { ok: false, error: "Use an https:// address (http:// only for localhost)." };
    if (norm !== (await this.backend())) {
      await this.signOut(); // a token belongs to one backend
      await this._d.local.set({ [_BACKEND_KEY]: norm });
    }
    return { ok: true };
  }

  async setToken(token: string): Promise<{ ok: boolean; error?: string }> {
    try {
      await callApi<Me>(this._d.fetch, await this.backend(), token, "GET", "/v1/me");
    } catch (e) {
      const err = e as ApiError;
      return {
        ok: false,
        error: err.unauthorized ? "The backend did not accept this token." : "Could not reach the backend.",
      };
    }
    await this._d.tokens.set(token);
    await this._afterSignIn();
    return { ok: true };
  }

  async signIn(provider: "google" | "microsoft"): Promise<{ ok: boolean; error?: string }> {
    const start = new URL(`${await this.backend()}/auth/${provider}/start`);
    start.searchParams.set("client", "extension");
    start.searchParams.set("redirect", this._d.authRedirectUrl); // https://<id>.chromiumapp.org/auth
    let final: string;
    try {
      final = await this._d.launchAuth(start.toString());
    } catch {
      return { ok: false, error: "Sign-in was cancelled or the backend does not offer it yet." };
    }
    const token = tokenFromRedirect(final);
    if (!token) return { ok: false, error: "The backend did not return a token." };
    return this.setToken(token);
  }

  async signOut(): Promise<void> {
    await this._d.tokens.clear();
    await this.badgeCache.clear();
    await this.nameCache.clear();
    await this.contactCache.clear();
    await this._setProblem(null);
    this._d.broadcast({ type: "invalidate", emails: "all" });
  }

  private async _afterSignIn(): Promise<void> {
    this._downUntil = 0;
    await this.badgeCache.clear();
    await this.nameCache.clear();
    await this.contactCache.clear();
    await this._setProblem(null);
    this._d.broadcast({ type: "invalidate", emails: "all" });
  }

  private async _fetchBadges(emails: string[]): Promise<Map<string, Badge>> {
    const out = new Map<string, Badge>();
    const res = await this._call<{ badges?: unknown[] }>("POST", "/v1/badges", { emails });
    for (const raw of res.badges ?? []) {
      const b = parseBadge(raw);
      if (b) out.set(b.email, b);
    }
    for (const e of emails) if (!out.has(e)) out.set(e, unknownBadge(e)); // the server had nothing: cache that too
    await this.badgeCache.setMany(out);
    return out;
  }

  private async _fetchNames(names: string[]): Promise<Map<string, string | null>> {
    const res = await this._call<{ matches?: Record<string, unknown>; badges?: unknown[] }>("POST", "/v1/contacts/resolve", {
      names,
    });
    const out = new Map<string, string | null>();
    for (const n of names) {
      const v = res.matches?.[n];
      out.set(n, typeof v === "string" && v.includes("@") ? v.toLowerCase() : null);
    }
    const badges = new Map<string, Badge>();
    for (const raw of Array.isArray(res.badges) ? res.badges : []) {
      const b = parseBadge(raw);
      if (b && [...out.values()].includes(b.email)) badges.set(b.email, b);
    }
    await Promise.all([this.nameCache.setMany(out), this.badgeCache.setMany(badges)]);
    return out;
  }

  /** Every backend call goes through here: records problems for the popup and backs off quietly. */
  private async _call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const token = await this._d.tokens.get();
    if (!token) throw new ApiError(401, "signed out");
    if (Date.now() < this._downUntil) throw new ApiError(0, "backing off");
    try {
      return await callApi<T>(this._d.fetch, await this.backend(), token, method, path, body);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, String(e));
      if (err.unauthorized) {
        await this._d.tokens.clear();
        await this._setProblem({ kind: "unauthorized", detail: "Your session ended; sign in again." });
        this._d.broadcast({ type: "invalidate", emails: "all" });
      } else if (err.status === 0 || err.status >= 500) {
        this._downUntil = Date.now() + BACKOFF_MS;
        await this._setProblem({
          kind: err.status === 0 ? "unreachable" : "server",
          detail: err.status === 0 ? "The backend cannot be reached." : `The backend answered ${err.status}.`,
        });
      }
      throw err;
    }
  }

  private async _setProblem(p: { kind: ProblemKind; detail: string } | null): Promise<void> {
    if (p) await this._d.session.set({ [_PROBLEM_KEY]: { ...p, at: new Date().toISOString() } }).catch(() => undefined);
    else await this._d.session.remove([_PROBLEM_KEY]).catch(() => undefined);
  }

  private async _problem(): Promise<Status["problem"]> {
    const v = (await this._d.session.get([_PROBLEM_KEY]).catch((): Record<string, unknown> => ({})))[_PROBLEM_KEY];
    return (v as Status["problem"]) ?? null;
  }
}

/** The backend ends its OAuth flow on the extension's redirect URL with #token=… (or ?token=…). */
export function tokenFromRedirect(url: string): string | null {
  try {
    const u = new URL(url);
    const frag = new URLSearchParams(u.hash.replace(/^#/, ""));
    return frag.get("token") ?? frag.get("access_token") ?? u.searchParams.get("token");
  } catch {
    return null;
  }
}
