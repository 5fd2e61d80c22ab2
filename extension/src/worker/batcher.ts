/** Coalesces lookups per tab: at most one backend request per interval per tab, at most `max` keys each. */

export interface BatcherOptions<V> {
  /** One backend call for these keys; keys absent from the answer count as "no answer". */
  fetch: (keys: string[]) => Promise<Map<string, V>>;
  intervalMs: number;
  max: number;
  /** Short wait before the first request so scans arriving together share it. */
  gatherMs: number;
}

interface _Waiter<V> {
  remaining: Set<string>;
  out: Map<string, V>;
  resolve: (out: Map<string, V>) => void;
}

interface _TabQueue<V> {
  pending: Set<string>; // invariant: every key here has at least one waiter
  waiters: _Waiter<V>[];
  lastSentAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

export class Batcher<V> {
  private readonly _tabs = new Map<number, _TabQueue<V>>();

  constructor(private readonly _opts: BatcherOptions<V>) {}

  /** Resolves once every key has been answered (or its request failed: the key is then absent). */
  request(tabId: number, keys: string[]): Promise<Map<string, V>> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return Promise.resolve(new Map());
    const q = this._queue(tabId);
    return new Promise((resolve) => {
      q.waiters.push({ remaining: new Set(unique), out: new Map(), resolve });
      for (const k of unique) q.pending.add(k);
      this._schedule(tabId, q);
    });
  }

  /** Drops a closed tab's queue; its waiters resolve with what they have. */
  forget(tabId: number): void {
    const q = this._tabs.get(tabId);
    if (!q) return;
    if (q.timer) clearTimeout(q.timer);
    for (const w of q.waiters) w.resolve(w.out);
    this._tabs.delete(tabId);
  }

  private _queue(tabId: number): _TabQueue<V> {
    let q = this._tabs.get(tabId);
    if (!q) {
      q = { pending: new Set(), waiters: [], lastSentAt: -Infinity, timer: null };
      this._tabs.set(tabId, q);
    }
    return q;
  }

  private _schedule(tabId: number, q: _TabQueue<V>): void {
    if (q.timer || q.pending.size === 0) return;
    const now = Date.now();
    const at = Math.max(q.lastSentAt + this._opts.intervalMs, now + this._opts.gatherMs);
    q.timer = setTimeout(() => this._flush(tabId, q), at - now);
  }

  private _flush(tabId: number, q: _TabQueue<V>): void {
    q.timer = null;
    const chunk = [...q.pending].slice(0, this._opts.max);
    for (const k of chunk) q.pending.delete(k);
    q.lastSentAt = Date.now();
    this._schedule(tabId, q); // the rest waits for the next interval
    this._opts
      .fetch(chunk)
      .catch(() => new Map<string, V>())
      .then((answer) => this._settle(tabId, q, chunk, answer));
  }

  private _settle(tabId: number, q: _TabQueue<V>, chunk: string[], answer: Map<string, V>): void {
    q.waiters = q.waiters.filter((w) => {
      for (const k of chunk) {
        if (!w.remaining.delete(k)) continue;
        const v = answer.get(k);
        if (v !== undefined) w.out.set(k, v);
      }
      if (w.remaining.size > 0) return true;
      w.resolve(w.out);
      return false;
    });
    if (q.waiters.length === 0 && q.pending.size === 0 && !q.timer) {
      // Keep lastSentAt so the interval still holds for the next request.
      setTimeout(() => {
        if (this._tabs.get(tabId) === q && q.waiters.length === 0 && !q.timer) this._tabs.delete(tabId);
      }, this._opts.intervalMs);
    }
  }
}
