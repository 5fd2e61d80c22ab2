import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Batcher } from "../../src/worker/batcher";

function setup(fail = false) {
  const calls: { at: number; keys: string[] }[] = [];
  const b = new Batcher<string>({
    fetch: async (keys) => {
      calls.push({ at: Date.now(), keys });
      if (fail) throw new Error("down");
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    },
    intervalMs: 250,
    max: 200,
    gatherMs: 15,
  });
  return { b, calls };
}

describe("Batcher", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("coalesces requests arriving together into one call", async () => {
    const { b, calls } = setup();
    const p1 = b.request(1, ["a", "b"]);
    const p2 = b.request(1, ["b", "c"]);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toEqual([{ at: 15, keys: ["a", "b", "c"] }]);
    expect([...(await p1)]).toEqual([["a", "A"], ["b", "B"]]);
    expect([...(await p2)]).toEqual([["b", "B"], ["c", "C"]]);
  });

  it("sends at most one request per 250 ms per tab", async () => {
    const { b, calls } = setup();
    void b.request(1, ["a"]);
    await vi.advanceTimersByTimeAsync(20);
    void b.request(1, ["b"]);
    await vi.advanceTimersByTimeAsync(50);
    void b.request(1, ["c"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.map((c) => c.at)).toEqual([15, 265]);
    expect(calls[1]!.keys).toEqual(["b", "c"]);
  });

  it("tabs do not wait for each other", async () => {
    const { b, calls } = setup();
    void b.request(1, ["a"]);
    void b.request(2, ["b"]);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls.map((c) => c.keys)).toEqual([["a"], ["b"]]);
  });

  it("splits more than 200 keys into requests of at most 200, spaced by the interval", async () => {
    const { b, calls } = setup();
    const keys = Array.from({ length: 450 }, (_, i) => `k${i}`);
    const p = b.request(1, keys);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.map((c) => [c.at, c.keys.length])).toEqual([
      [15, 200],
      [265, 200],
      [515, 50],
    ]);
    expect((await p).size).toBe(450);
  });

  it("a failed call answers nothing, without throwing", async () => {
    const { b } = setup(true);
    const p = b.request(1, ["a"]);
    await vi.advanceTimersByTimeAsync(20);
    expect((await p).size).toBe(0);
  });

  it("forgetting a closed tab resolves its waiters", async () => {
    const { b, calls } = setup();
    const p = b.request(9, ["a"]);
    b.forget(9);
    expect((await p).size).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([]);
  });
});
