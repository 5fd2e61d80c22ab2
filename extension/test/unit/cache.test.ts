import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TtlCache } from "../../src/worker/cache";
import { MemoryArea } from "./helpers";

describe("TtlCache", () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it("answers hits until the TTL, misses after", async () => {
    const area = new MemoryArea();
    const c = new TtlCache<number>(area, "b:", 60_000);
    await c.setMany(new Map([["a@b.co", 1]]));
    expect(await c.getMany(["a@b.co", "x@y.co"])).toEqual({ hits: new Map([["a@b.co", 1]]), misses: ["x@y.co"] });
    vi.advanceTimersByTime(60_001);
    expect((await c.getMany(["a@b.co"])).misses).toEqual(["a@b.co"]);
  });

  it("keeps its keys under its prefix and clears only them", async () => {
    const area = new MemoryArea();
    area.data["secret:api_token"] = "t";
    const c = new TtlCache<number>(area, "b:", 60_000);
    await c.setMany(new Map([["a@b.co", 1]]));
    expect(Object.keys(area.data).sort()).toEqual(["b:a@b.co", "secret:api_token"]);
    await c.clear();
    expect(Object.keys(area.data)).toEqual(["secret:api_token"]);
  });

  it("a broken storage area is a miss, not an error", async () => {
    const broken = {
      get: () => Promise.reject(new Error("gone")),
      set: () => Promise.reject(new Error("quota")),
      remove: () => Promise.reject(new Error("gone")),
    };
    const c = new TtlCache<number>(broken, "b:", 60_000);
    await c.setMany(new Map([["a@b.co", 1]]));
    expect(await c.getMany(["a@b.co"])).toEqual({ hits: new Map(), misses: ["a@b.co"] });
  });
});
