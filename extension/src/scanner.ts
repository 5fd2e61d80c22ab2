/**
 * Finds contacts as the mail app renders them and keeps one badge next to each. Watches the page with a
 * MutationObserver, debounces, rescans only the subtrees that changed, and removes everything on abort.
 */
import { BADGE_TAG, type BadgeHandle, createBadge } from "./badge/badge";
import type { Badge } from "./shared/api";
import { CACHE_TTL_MS } from "./shared/config";
import type { LookupClient } from "./content/client";
import type { ContactRef, SitePage } from "./sites/types";

export interface ScannerOptions {
  client: LookupClient;
  doc?: Document;
  /** Quiet period before a rescan; a burst of mutations never delays a scan beyond maxWaitMs. */
  debounceMs?: number;
  maxWaitMs?: number;
}

interface _Tracked {
  key: string; // email, or "name:" + display name until resolved
  name: string | null;
  email: string | null;
  handle: BadgeHandle | null;
}

/** Attributes that carry addresses; a change to one of them means the contact may have changed. */
const _WATCHED_ATTRIBUTES = ["email", "data-hovercard-id", "title", "aria-label", "href"];
const _EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const _NOT_EDITABLE = '[contenteditable="false"]';

/**
 * True when `el` is part of something the user is writing. The one exception: a non-editable chip inside a
 * site's recipient field (a well that is not itself inside another editable, such as the message body).
 */
function _inDraft(el: Element, recipientFields: string | undefined): boolean {
  const host = el.closest(_EDITABLE);
  if (!host) return false;
  if (!recipientFields || !host.matches(recipientFields) || host.parentElement?.closest(_EDITABLE)) return true;
  const island = el.closest(_NOT_EDITABLE);
  return !island || !host.contains(island);
}

export function init(signal: AbortSignal, page: SitePage, opts: ScannerOptions): void {
  const doc = opts.doc ?? document;
  const client = opts.client;
  const debounceMs = opts.debounceMs ?? 30;
  const maxWaitMs = opts.maxWaitMs ?? 150;
  const bench = doc.documentElement.hasAttribute("data-unspoken-bench");
  const tracked = new Map<Element, _Tracked>();
  const pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  /** Something left the page (a hovercard closed, a view re-rendered): forget contacts no longer in it. */
  let removed = false;

  const measure = (name: string, start: number) => {
    if (bench) performance.measure(name, { start, end: performance.now() });
  };

  const actions = {
    loadDetail: (email: string) => client.contact(email),
    feedback: (email: string, kind: "not_a_risk" | "snooze" | "confirmed") => client.feedback(email, kind),
    composeUrl: page.composeUrl.bind(page),
  };

  function draw(el: Element, t: _Tracked, b: Badge | null): void {
    if (signal.aborted || tracked.get(el) !== t || !el.isConnected) return; // gone before the answer came
    if (!b) {
      t.handle?.destroy();
      t.handle = null;
      return;
    }
    if (t.handle) {
      if (!t.handle.update(b)) {
        t.handle.destroy();
        t.handle = null;
      } else if (!t.handle.host.isConnected) el.after(t.handle.host); // the site re-rendered around it
      return;
    }
    t.handle = createBadge(doc, b, t.name, actions, (email) => client.invalidate({ type: "invalidate", emails: [email] }));
    if (t.handle) el.after(t.handle.host);
  }

  /**
   * Draws what the page-side memo already knows and asks for the rest. Names are resolved while the addresses
   * already known are looked up: neither waits for the other, and the resolver's answer carries the badges of
   * the addresses it found.
   */
  async function lookup(items: [Element, _Tracked][]): Promise<void> {
    const needNames = new Set<string>();
    for (const [, t] of items) {
      if (!t.email && t.name) {
        const known = client.peekName(t.name);
        if (known === undefined) needNames.add(t.name);
        else t.email = known; // null: unknown or ambiguous name → no badge
      }
    }
    const addressed = items.filter(([, t]) => t.email);
    const resolving = needNames.size
      ? client.resolve([...needNames]).then((resolved) => {
          if (signal.aborted) return;
          const found: [Element, _Tracked][] = [];
          for (const it of items) {
            const t = it[1];
            if (t.email || !t.name || !resolved.has(t.name)) continue;
            t.email = resolved.get(t.name) ?? null;
            if (t.email) found.push(it);
          }
          return badgesFor(found);
        })
      : undefined;
    await Promise.all([badgesFor(addressed), resolving]);
  }

  async function badgesFor(items: [Element, _Tracked][]): Promise<void> {
    const needEmails = new Set<string>();
    const t0 = performance.now();
    for (const [el, t] of items) {
      if (!t.email) continue;
      const memo = client.peek(t.email);
      if (memo === undefined) needEmails.add(t.email);
      else draw(el, t, memo);
    }
    measure("unspoken:draw", t0);
    if (!needEmails.size) return;
    const answer = await client.badges([...needEmails]);
    if (signal.aborted) return;
    const t1 = performance.now();
    for (const [el, t] of items) if (t.email && answer.has(t.email)) draw(el, t, answer.get(t.email) ?? null);
    measure("unspoken:draw", t1);
  }

  function scan(roots: Iterable<Element>): void {
    const t0 = performance.now();
    const found: [Element, _Tracked][] = [];
    const seen = new Set<Element>();
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const c of page.findContacts(root)) {
        if (seen.has(c.element)) continue;
        seen.add(c.element);
        const t = _track(c);
        if (t) found.push([c.element, t]);
      }
    }
    measure("unspoken:scan", t0);
    if (found.length) void lookup(found);
  }

  /** Returns the contact's state if it needs a lookup (new, or its address changed, or its badge was lost). */
  function _track(c: ContactRef): _Tracked | null {
    if (_inDraft(c.element, page.recipientFields) || c.element.closest(BADGE_TAG)) return null;
    if (page.messageBodies && c.element.closest(page.messageBodies)) return null; // never inside a message
    const key = c.email ?? (c.name ? `name:${c.name}` : null);
    if (!key) return null;
    const prev = tracked.get(c.element);
    if (prev && prev.key === key) {
      if (!prev.handle || prev.handle.host.isConnected) return null; // badged once is enough
      return prev;
    }
    prev?.handle?.destroy();
    const t: _Tracked = { key, name: c.name, email: c.email, handle: null };
    tracked.set(c.element, t);
    return t;
  }

  /** Asks again for these addresses (or all) and redraws where the level changed. */
  async function refresh(emails: string[] | "all"): Promise<void> {
    const items: [Element, _Tracked][] = [];
    for (const [el, t] of tracked) {
      if (!el.isConnected) {
        t.handle?.destroy();
        tracked.delete(el);
      } else if (emails === "all" || (t.email && emails.includes(t.email))) {
        if (emails === "all" && !t.key.includes("@")) t.email = null; // names are resolved again too
        items.push([el, t]);
      }
    }
    if (items.length) await lookup(items);
  }

  /** Drops what left the page, so short-lived surfaces (hovercards) do not pile up. O(tracked), isConnected only. */
  function sweep(): void {
    removed = false;
    for (const [el, t] of tracked) {
      if (el.isConnected) continue;
      t.handle?.destroy();
      tracked.delete(el);
    }
  }

  function flush(): void {
    timer = undefined;
    if (removed) sweep();
    const queued = new Set(pending);
    pending.clear();
    // Drop roots inside other queued roots, so each subtree is scanned once (ancestor walk: O(n · depth)).
    const top = [...queued].filter((r) => {
      for (let p = r.parentElement; p; p = p.parentElement) if (queued.has(p)) return false;
      return true;
    });
    const t0 = performance.now();
    scan(top); // also draws, in this same task, whatever the page memo already knows
    measure("unspoken:batch", t0);
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") {
        if (r.target instanceof Element && r.target.localName !== BADGE_TAG) pending.add(r.target);
        continue;
      }
      if (!removed) for (const n of r.removedNodes) if (n.nodeType === 1 && (n as Element).localName !== BADGE_TAG) removed = true;
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && (n as Element).localName !== BADGE_TAG) pending.add(n as Element);
        else if (n.nodeType === 3 && n.parentElement) pending.add(n.parentElement); // text re-rendered in place
      }
    }
    if (!pending.size && !removed) return;
    const now = Date.now();
    if (timer === undefined) firstPendingAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(flush, wait);
  });

  const unsubscribe = client.onInvalidate((emails) => void refresh(emails));
  // Levels change on the server: look again when the cache would have expired, only while visible.
  const ticker = setInterval(() => {
    if (doc.visibilityState === "visible") void refresh("all");
  }, CACHE_TTL_MS);

  signal.addEventListener(
    "abort",
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(ticker);
      unsubscribe();
      for (const t of tracked.values()) t.handle?.destroy();
      tracked.clear();
      pending.clear();
    },
    { once: true },
  );
  if (signal.aborted) return;

  const body = doc.body ?? doc.documentElement;
  observer.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: _WATCHED_ATTRIBUTES });
  scan([body]);
}
