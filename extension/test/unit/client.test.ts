import { describe, expect, it } from "vitest";
import { LookupClient } from "../../src/content/client";
import type { ContentRequest } from "../../src/shared/messages";
import { badge } from "./helpers";

describe("LookupClient", () => {
  it("splits very large lookups into messages the worker accepts", async () => {
    const sent: ContentRequest[] = [];
    const client = new LookupClient(async (msg) => {
      sent.push(msg);
      return msg.type === "badges" ? { badges: msg.emails.map((e) => badge(e, "watch")) } : null;
    });
    const emails = Array.from({ length: 1500 }, (_, i) => `u${i}@acme.co`);
    const got = await client.badges(emails);
    expect(sent.map((m) => (m.type === "badges" ? m.emails.length : 0))).toEqual([1000, 500]);
    expect([...got.values()].every((b) => b?.level === "watch")).toBe(true);
  });

  it("memoises real answers (unknown → null) but not silence, so signed-out pages ask again", async () => {
    let answer: unknown = { badges: [badge("a@acme.co", "at_risk"), badge("b@acme.co", "unknown")] };
    const client = new LookupClient(async () => answer);
    await client.badges(["a@acme.co", "b@acme.co", "c@acme.co"]);
    expect(client.peek("a@acme.co")?.level).toBe("at_risk");
    expect(client.peek("b@acme.co")).toBeNull();
    expect(client.peek("c@acme.co")).toBeUndefined();
    answer = null;
    client.invalidate({ type: "invalidate", emails: "all" });
    await client.badges(["a@acme.co"]);
    expect(client.peek("a@acme.co")).toBeUndefined();
  });

  it("memoises the popover's detail and forgets it with the badge", async () => {
    const sent: ContentRequest[] = [];
    const client = new LookupClient(async (msg) => {
      sent.push(msg);
      return msg.type === "contact" ? { email: msg.email, level: "watch", signals: [] } : null;
    });
    await client.contact("a@acme.co");
    await client.contact("a@acme.co");
    expect(sent).toHaveLength(1);
    client.invalidate({ type: "invalidate", emails: ["a@acme.co"] });
    await client.contact("a@acme.co");
    client.invalidate({ type: "invalidate", emails: "all" });
    await client.contact("a@acme.co");
    expect(sent).toHaveLength(3);
  });

  it("keeps the badges the resolver answered with the names", async () => {
    const client = new LookupClient(async (msg) =>
      msg.type === "resolve" ? { matches: { "Dana Reyes": "dana@acme.co" }, badges: [badge("dana@acme.co", "at_risk")] } : null,
    );
    expect((await client.resolve(["Dana Reyes"])).get("Dana Reyes")).toBe("dana@acme.co");
    expect(client.peek("dana@acme.co")?.level).toBe("at_risk");
  });

  it("a worker that throws (extension reloaded) yields no badges, no exception", async () => {
    const client = new LookupClient(async () => {
      throw new Error("Extension context invalidated.");
    });
    expect([...(await client.badges(["a@acme.co"])).values()]).toEqual([null]);
    expect(await client.contact("a@acme.co")).toBeNull();
    expect(await client.feedback("a@acme.co", "snooze")).toEqual({ ok: false, muted_until: null });
  });
});
