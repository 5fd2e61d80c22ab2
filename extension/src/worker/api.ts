/** The few HTTP calls the extension makes to the backend, with typed failures. */
import { REQUEST_TIMEOUT_MS } from "../shared/config";

/** status 0: unreachable (network, timeout, CORS); 401/403: the token is not accepted. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
  get unauthorized(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export async function callApi<T>(
  fetchImpl: FetchLike,
  base: string,
  token: string,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(base.replace(/\/+$/, "") + path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new ApiError(0, "unreachable");
  }
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const problem = (await res.json()) as { detail?: unknown; title?: unknown };
      detail = String(problem.detail ?? problem.title ?? detail);
    } catch {
      // not a problem+json body
    }
    throw new ApiError(res.status, detail);
  }
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(502, "invalid JSON from backend");
  }
}

/** Accepts https origins, and http only for this machine (development). */
export function normaliseBackendUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  const local = u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.hostname === "[::1]";
  if (u.protocol !== "https:" && !(u.protocol === "http:" && local)) return null;
  if (u.username || u.password || u.search || u.hash) return null;
  return (u.origin + u.pathname).replace(/\/+$/, "");
}
