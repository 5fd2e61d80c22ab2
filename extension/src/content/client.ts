/** The content script's side of the messaging: a small memo in the page plus calls to the service worker. */
import type { Badge, ContactDetail, FeedbackKind } from "../shared/api";
import { CACHE_TTL_MS } from "../shared/config";
import { type ContentRequest, type Invalidate, MESSAGE_MAX_ITEMS } from "../shared/messages";

function _chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export type Send = (msg: ContentRequest) => Promise<unknown>;

interface _Memo<V> {
  v: V;
  at: number;
}

export class LookupClient {
  private readonly _badges = new Map<string, _Memo<Badge | null>>();
  private readonly _names = new Map<string, _Memo<string | null>>();
  private readonly _contacts = new Map<string, _Memo<ContactDetail>>();
  private readonly _listeners = new Set<(emails: string[] | "all") => void>();

  constructor(private readonly _send: Send) {}

  /** The memoised badge, if fresh: lets a rescan draw without waiting. null = known to have none. */
  peek(email: string): Badge | null | undefined {
    const m = this._badges.get(email);
    return m && Date.now() - m.at < CACHE_TTL_MS ? m.v : undefined;
  }

  peekName(name: string): string | null | undefined {
    const m = this._names.get(name);
    return m && Date.now() - m.at < CACHE_TTL_MS ? m.v : undefined;
  }

  async badges(emails: string[]): Promise<Map<string, Badge | null>> {
    const out = new Map<string, Badge | null>();
    if (emails.length === 0) return out;
    // Messages carry at most MESSAGE_MAX_ITEMS; the worker re-batches them into ≤ 200 per request anyway.
    const answers = await Promise.all(
      _chunks(emails, MESSAGE_MAX_ITEMS).map(
        (part) => this._safeSend({ type: "badges", emails: part }) as Promise<{ badges?: Badge[] } | null>,
      ),
    );
    const got = new Map(answers.flatMap((res) => res?.badges ?? []).map((b) => [b.email, b]));
    for (const e of emails) out.set(e, this._remember(e, got.get(e)));
    return out;
  }

  /** Memoises a real answer (signed out or backend down leaves nothing, so a later scan asks again). */
  private _remember(email: string, b: Badge | undefined): Badge | null {
    const shown = b && b.level !== "unknown" ? b : null;
    if (b) this._badges.set(email, { v: shown, at: Date.now() });
    return shown;
  }

  async resolve(names: string[]): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    if (names.length === 0) return out;
    const answers = await Promise.all(
      _chunks(names, MESSAGE_MAX_ITEMS).map(
        (part) =>
          this._safeSend({ type: "resolve", names: part }) as Promise<{
            matches?: Record<string, string | null>;
            badges?: Badge[];
          } | null>,
      ),
    );
    // The badges of the addresses found came with them: a later peek() draws without asking again.
    for (const b of answers.flatMap((r) => r?.badges ?? [])) this._remember(b.email, b);
    const matches: Record<string, string | null> = Object.assign({}, ...answers.map((r) => r?.matches ?? {}));
    const now = Date.now();
    for (const n of names) {
      const v = matches[n];
      if (Object.hasOwn(matches, n)) this._names.set(n, { v: v ?? null, at: now });
      out.set(n, typeof v === "string" ? v : null);
    }
    return out;
  }

  /** The popover's detail, memoised like badges and forgotten with them. */
  async contact(email: string): Promise<ContactDetail | null> {
    const m = this._contacts.get(email);
    if (m && Date.now() - m.at < CACHE_TTL_MS) return m.v;
    const detail = (await this._safeSend({ type: "contact", email })) as ContactDetail | null;
    if (detail) this._contacts.set(email, { v: detail, at: Date.now() });
    return detail;
  }

  async feedback(email: string, kind: FeedbackKind): Promise<{ ok: boolean; muted_until: string | null }> {
    const res = (await this._safeSend({ type: "feedback", email, kind })) as {
      ok: boolean;
      muted_until: string | null;
    } | null;
    return res ?? { ok: false, muted_until: null };
  }

  /** Called with the service worker's "invalidate" messages. */
  invalidate(msg: Invalidate): void {
    if (msg.emails === "all") {
      this._badges.clear();
      this._names.clear();
      this._contacts.clear();
    } else {
      for (const e of msg.emails) {
        this._badges.delete(e);
        this._contacts.delete(e);
      }
    }
    for (const l of this._listeners) l(msg.emails);
  }

  onInvalidate(listener: (emails: string[] | "all") => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** The extension may be reloaded or the worker asleep: never throw into the page, never log. */
  private async _safeSend(msg: ContentRequest): Promise<unknown> {
    try {
      return (await this._send(msg)) ?? null;
    } catch {
      return null;
    }
  }
}
