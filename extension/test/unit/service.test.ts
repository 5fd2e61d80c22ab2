import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Invalidate } from "../../src/shared/messages";
import { Service, tokenFromRedirect } from "../../src/worker/service";
import { MemoryArea, badge } from "./helpers";

/** A fake of the backend's HTTP API (CONTRACT.md), recording calls. */
class FakeBackend {
  calls: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  down = false;
  status = 200;
  known: Record<string, ReturnType<typeof badge>> = {
    "dana.reyes@acme-logistics.com": badge("dana.reyes@acme-logistics.com", "at_risk"),
  };
  fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const u = new URL(url);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    this.calls.push({ method: init.method ?? "GET", path: u.pathname, body, auth: new Headers(init.headers).get("authorization") });
    if (this.down) throw new TypeError("Failed to fetch");
    if (this.status !== 200) return new Response(JSON.stringify({ title: "no", status: this.status }), { status: this.status });
    if (u.pathname === "/v1/badges") {
      return Response.json({
        badges: (body.emails as string[]).map((e) => this.known[e] ?? { ...badge(e, "unknown") }),
      });
    }
    if (u.pathname === "/v1/contacts/resolve")
      return Response.json({
        matches: { "Dana Reyes": "dana.reyes@acme-logistics.com", "Chris Lee": null },
        badges: [this.known["dana.reyes@acme-logistics.com"]],
      });
    if (u.pathname.startsWith("/v1/contacts/"))
      return Response.json({ email: decodeURIComponent(u.pathname.split("/")[3]!), level: "at_risk", signals: [] });
    if (u.pathname === "/v1/feedback") return Response.json({ ok: true, muted_until: "2026-12-29T18:00:00+00:00" });
    if (u.pathname === "/v1/me") return Response.json({ email: "sam@northwind-saas.com", name: "Sam", org: null, role: "member", mailboxes: [] });
    return new Response("{}", { status: 404 });
  };
}

function setup(token: string | null = "tok") {
  const backend = new FakeBackend();
  let stored = token;
  const session = new MemoryArea();
  const local = new MemoryArea();
  local.data.backend_url = "http://127.0.0.1:9999";
  const broadcasts: Invalidate[] = [];
  const launched: string[] = [];
  const service = new Service({
    fetch: backend.fetch,
    tokens: {
      get: async () => stored,
      set: async (t) => void (stored = t),
      clear: async () => void (stored = null),
    },
    session,
    local,
    broadcast: (m) => broadcasts.push(m),
    launchAuth: async (url) => {
      launched.push(url);
      return `https://id.chromiumapp.org/auth#token=oauth-${new URL(url).pathname.split("/")[2]}`;
    },
    authRedirectUrl: "https://id.chromiumapp.org/auth",
    gatherMs: 0,
  });
  return { service, backend, session, broadcasts, launched, token: () => stored };
}

describe("Service", () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse("2026-10-30T18:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  const run = async <T>(p: Promise<T>) => {
    await vi.advanceTimersByTimeAsync(300);
    return p;
  };

  it("calls POST /v1/badges with the bearer token and answers unknown addresses as unknown", async () => {
    const { service, backend } = setup();
    const got = await run(service.badges(1, ["dana.reyes@acme-logistics.com", "x@y.co"]));
    expect(backend.calls).toEqual([
      {
        method: "POST",
        path: "/v1/badges",
        body: { emails: ["dana.reyes@acme-logistics.com", "x@y.co"] },
        auth: "Bearer tok",
      },
    ]);
    expect(got.map((b) => [b.email, b.level])).toEqual([
      ["dana.reyes@acme-logistics.com", "at_risk"],
      ["x@y.co", "unknown"],
    ]);
  });

  it("answers repeated lookups from chrome.storage.session without calling the backend", async () => {
    const { service, backend, session } = setup();
    await run(service.badges(1, ["dana.reyes@acme-logistics.com", "x@y.co"]));
    const again = await run(service.badges(2, ["dana.reyes@acme-logistics.com", "x@y.co"]));
    expect(backend.calls).toHaveLength(1);
    expect(again).toHaveLength(2);
    expect(Object.keys(session.data)).toContain("b:dana.reyes@acme-logistics.com");
  });

  it("asks again once the short TTL has passed", async () => {
    const { service, backend } = setup();
    await run(service.badges(1, ["dana.reyes@acme-logistics.com"]));
    vi.advanceTimersByTime(5 * 60_000 + 1);
    await run(service.badges(1, ["dana.reyes@acme-logistics.com"]));
    expect(backend.calls).toHaveLength(2);
  });

  it("signed out: no call, no badges", async () => {
    const { service, backend } = setup(null);
    expect(await run(service.badges(1, ["dana.reyes@acme-logistics.com"]))).toEqual([]);
    expect(backend.calls).toEqual([]);
  });

  it("backend down: no badges, no error, and it is left alone for a while", async () => {
    const { service, backend } = setup();
    backend.down = true;
    expect(await run(service.badges(1, ["dana.reyes@acme-logistics.com"]))).toEqual([]);
    expect(await run(service.badges(1, ["dana.reyes@acme-logistics.com"]))).toEqual([]);
    expect(backend.calls).toHaveLength(1);
    const status = await service.status();
    expect(status.problem?.kind).toBe("unreachable");
    backend.down = false;
    vi.advanceTimersByTime(30_001);
    expect(await run(service.badges(1, ["dana.reyes@acme-logistics.com"]))).toHaveLength(1);
  });

  it("a rejected token signs out and tells the pages", async () => {
    const { service, backend, token, broadcasts } = setup();
    backend.status = 401;
    await run(service.badges(1, ["dana.reyes@acme-logistics.com"]));
    expect(token()).toBeNull();
    expect(broadcasts).toEqual([{ type: "invalidate", emails: "all" }]);
    expect((await service.status()).problem?.kind).toBe("unauthorized");
  });

  it("resolves display names, null for unknown or ambiguous, with the badges of the addresses found", async () => {
    const { service, backend } = setup();
    expect(await run(service.resolve(1, ["Dana Reyes", "Chris Lee"]))).toEqual({
      matches: { "Dana Reyes": "dana.reyes@acme-logistics.com", "Chris Lee": null },
      badges: [backend.known["dana.reyes@acme-logistics.com"]],
    });
    // The badge came with the name: asking for it costs no request.
    const before = backend.calls.length;
    expect(await run(service.badges(1, ["dana.reyes@acme-logistics.com"]))).toEqual([backend.known["dana.reyes@acme-logistics.com"]]);
    expect(backend.calls.length).toBe(before);
  });

  it("caches the popover's detail like badges and drops it with them", async () => {
    const { service, backend } = setup();
    const gets = () => backend.calls.filter((c) => c.path.startsWith("/v1/contacts/dana")).length;
    expect((await service.contact("dana.reyes@acme-logistics.com"))?.level).toBe("at_risk");
    expect((await service.contact("dana.reyes@acme-logistics.com"))?.level).toBe("at_risk");
    expect(gets()).toBe(1);
    await service.feedback("dana.reyes@acme-logistics.com", "snooze"); // the level may have changed
    await service.contact("dana.reyes@acme-logistics.com");
    expect(gets()).toBe(2);
    await service.signOut();
    await service.setToken("again");
    await service.contact("dana.reyes@acme-logistics.com");
    expect(gets()).toBe(3);
    backend.down = true; // a failure is not remembered
    await service.feedback("dana.reyes@acme-logistics.com", "snooze");
  });

  it("feedback posts, drops the cached badge and tells the pages", async () => {
    const { service, backend, session, broadcasts } = setup();
    await run(service.badges(1, ["dana.reyes@acme-logistics.com"]));
    const res = await service.feedback("dana.reyes@acme-logistics.com", "snooze");
    expect(res).toEqual({ ok: true, muted_until: "2026-12-29T18:00:00+00:00" });
    expect(backend.calls.at(-1)).toMatchObject({ path: "/v1/feedback", body: { email: "dana.reyes@acme-logistics.com", kind: "snooze" } });
    expect(session.data["b:dana.reyes@acme-logistics.com"]).toBeUndefined();
    expect(broadcasts).toEqual([{ type: "invalidate", emails: ["dana.reyes@acme-logistics.com"] }]);
  });

  it("a pasted token is checked against GET /v1/me before it is kept", async () => {
    const { service, backend, token } = setup(null);
    backend.status = 401;
    expect(await service.setToken("bad")).toEqual({ ok: false, error: "The backend did not accept this token." });
    expect(token()).toBeNull();
    backend.status = 200;
    expect(await service.setToken("good")).toEqual({ ok: true });
    expect(token()).toBe("good");
  });

  it("signs in through the backend's OAuth start page", async () => {
    const { service, token, launched } = setup(null);
    expect(await service.signIn("microsoft")).toEqual({ ok: true });
    expect(token()).toBe("oauth-microsoft");
    expect(launched).toEqual([
      "http://127.0.0.1:9999/auth/microsoft/start?client=extension&redirect=https%3A%2F%2Fid.chromiumapp.org%2Fauth",
    ]);
  });

  it("only https backends, or http on this machine", async () => {
    const { service } = setup();
    expect((await service.setBackend("http://evil.example")).ok).toBe(false);
    expect((await service.setBackend("https://unspoken.acme.internal/")).ok).toBe(true);
    expect(await service.backend()).toBe("https://unspoken.acme.internal");
  });
});

describe("tokenFromRedirect", () => {
  it("reads the token from the fragment or the query", () => {
    expect(tokenFromRedirect("https://x.chromiumapp.org/auth#token=abc&expires_in=3600")).toBe("abc");
    expect(tokenFromRedirect("https://x.chromiumapp.org/auth?token=def")).toBe("def");
    expect(tokenFromRedirect("https://x.chromiumapp.org/auth?error=denied")).toBeNull();
  });
});
