/**
 * The API token: kept in the extension origin's IndexedDB (survives a browser restart, unreadable by
 * content scripts and pages — unlike chrome.storage.local), with chrome.storage.session as a fast cache.
 */
import type { StorageAreaLike } from "./cache";

const _DB = "unspoken";
const _STORE = "secrets";
const _KEY = "api_token";
const _SESSION_KEY = "secret:api_token";

function _open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb.open(_DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(_STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function _tx<T>(idb: IDBFactory, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await _open(idb);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(_STORE, mode);
      const req = op(tx.objectStore(_STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export class TokenStore {
  constructor(
    private readonly _idb: IDBFactory,
    private readonly _session: StorageAreaLike,
  ) {}

  async get(): Promise<string | null> {
    const cached = (await this._session.get([_SESSION_KEY]).catch((): Record<string, unknown> => ({})))[_SESSION_KEY];
    if (typeof cached === "string" && cached) return cached;
    const stored = await _tx<unknown>(this._idb, "readonly", (s) => s.get(_KEY)).catch(() => null);
    if (typeof stored !== "string" || !stored) return null;
    await this._session.set({ [_SESSION_KEY]: stored }).catch(() => undefined);
    return stored;
  }

  async set(token: string): Promise<void> {
    await _tx(this._idb, "readwrite", (s) => s.put(token, _KEY));
    await this._session.set({ [_SESSION_KEY]: token }).catch(() => undefined);
  }

  async clear(): Promise<void> {
    await _tx(this._idb, "readwrite", (s) => s.delete(_KEY)).catch(() => undefined);
    await this._session.remove([_SESSION_KEY]).catch(() => undefined);
  }
}
