/** A TTL cache over chrome.storage.session (not readable by content scripts; cleared on browser restart). */

export interface StorageAreaLike {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

interface _Entry<V> {
  v: V;
  at: number;
}

export class TtlCache<V> {
  constructor(
    private readonly _area: StorageAreaLike,
    private readonly _prefix: string,
    private readonly _ttlMs: number,
  ) {}

  async getMany(keys: string[]): Promise<{ hits: Map<string, V>; misses: string[] }> {
    const hits = new Map<string, V>();
    const misses: string[] = [];
    if (keys.length === 0) return { hits, misses };
    let stored: Record<string, unknown> = {};
    try {
      stored = await this._area.get(keys.map((k) => this._prefix + k));
    } catch {
      // storage unavailable: everything is a miss
    }
    const now = Date.now();
    for (const k of keys) {
      const e = stored[this._prefix + k] as _Entry<V> | undefined;
      if (e && typeof e.at === "number" && now - e.at < this._ttlMs && now >= e.at) hits.set(k, e.v);
      else misses.push(k);
    }
    return { hits, misses };
  }

  async setMany(values: Map<string, V>): Promise<void> {
    if (values.size === 0) return;
    const at = Date.now();
    const items: Record<string, _Entry<V>> = {};
    for (const [k, v] of values) items[this._prefix + k] = { v, at };
    try {
      await this._area.set(items);
    } catch {
      // quota or shutdown: the cache is an optimisation only
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this._area.remove(keys.map((k) => this._prefix + k)).catch(() => undefined);
  }

  async clear(): Promise<void> {
    const all = await this._area.get(null).catch((): Record<string, unknown> => ({}));
    const mine = Object.keys(all).filter((k) => k.startsWith(this._prefix));
    if (mine.length) await this._area.remove(mine).catch(() => undefined);
  }
}
