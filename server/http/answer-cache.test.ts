import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerCache } from "./answer-cache.ts";

// The middleware in front of a stand-in for Apollo that counts what reaches it and answers with
// the request's variables, or with errors when asked to.
describe("answerCache", () => {
  let version: number | Error | "hung" = 1;
  let today = "2026-11-21";
  let reached = 0;
  let etagsComputed = 0;
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    // Express's own weak ETag would do; this one also counts how often a body is hashed.
    app.set("etag", (body: Buffer | string) => {
      etagsComputed += 1;
      return `W/"${body.length.toString(16)}-${etagsComputed}"`;
    });
    app.use(express.json(), answerCache(
        {
          graphVersion: async () => {
            if (version instanceof Error) throw version;
            if (version === "hung") return new Promise<number>(() => undefined);
            return version;
          },
          today: () => today,
        },
        { maxBytes: 4_000, versionWaitMs: 200 },
      ), (req, res) => {
      reached += 1;
      const variables = req.body.variables ?? {};
      res.type("application/json").send(JSON.stringify(variables.fail ? { errors: [{ message: "refused" }] } : { data: { echo: variables, pad: "x".repeat(variables.pad ?? 0) } }));
    });
    const server = app.listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  async function ask(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const before = reached;
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { kept: response.headers.get("x-atlas-answer") === "kept", reachedApollo: reached > before, body: await response.json() };
  }

  it("answers a repeated query from the bytes it sent, and a different one afresh", async () => {
    const first = await ask("query A($n: Int) { echo(n: $n) }", { n: 1 });
    expect(first).toMatchObject({ kept: false, reachedApollo: true });
    expect(await ask("query A($n: Int) { echo(n: $n) }", { n: 1 })).toEqual({ kept: true, reachedApollo: false, body: first.body });
    expect(await ask("query A($n: Int) { echo(n: $n) }", { n: 2 })).toMatchObject({ kept: false, reachedApollo: true });
  });

  it("asks again once the graph changes or the day turns", async () => {
    await ask("{ dated }");
    expect((await ask("{ dated }")).kept).toBe(true);
    version = 2;
    expect((await ask("{ dated }")).kept).toBe(false);
    today = "2026-11-22";
    expect((await ask("{ dated }")).kept).toBe(false);
    expect((await ask("{ dated }")).kept).toBe(true);
  });

  it("never keeps a mutation, an answer with errors, a request with a token, a query it cannot parse or one asking metricsStatus", async () => {
    for (const [query, variables, token] of [
      ["mutation { reviewAgreement }", {}, undefined],
      ["{ refused }", { fail: true }, undefined],
      ["{ private }", {}, "token"],
      ["{ broken", {}, undefined],
      // A recompute's progress moves while the graph does not.
      ["{ metricsStatus { state progress } }", {}, undefined],
      ["{ network { totalNodes } metricsStatus { state } }", {}, undefined],
    ] as const) {
      await ask(query, variables, token);
      expect(await ask(query, variables, token)).toMatchObject({ kept: false, reachedApollo: true });
    }
  });

  it("passes a request on, unkept, when the graph's version cannot be read or does not come (the database is down or hung)", async () => {
    const kept = version;
    try {
      for (const trouble of [new Error("database unavailable"), "hung" as const]) {
        version = trouble;
        await ask("{ during }");
        expect(await ask("{ during }")).toMatchObject({ kept: false, reachedApollo: true });
      }
    } finally {
      version = kept;
    }
  });

  it("sends a kept answer with the ETag of the first, without hashing its bytes again", async () => {
    const post = () =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ tagged }", variables: { n: 7 } }) });
    const first = await post();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    const hashed = etagsComputed;
    const again = await post();
    expect(etagsComputed).toBe(hashed);
    expect(again.headers.get("x-atlas-answer")).toBe("kept");
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(await first.text());
  });

  it("lets the least recently used answers go beyond its size", async () => {
    await ask("{ big }", { pad: 850 });
    await ask("{ big }", { pad: 851 });
    await ask("{ big }", { pad: 852 });
    await ask("{ big }", { pad: 853 });
    await ask("{ big }", { pad: 854 }); // over 4,000 bytes kept: the first goes
    expect((await ask("{ big }", { pad: 854 })).kept).toBe(true);
    expect((await ask("{ big }", { pad: 850 })).kept).toBe(false);
  });
});

describe("answerCache with answers worth compressing", () => {
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    app.use(express.json(), answerCache({ graphVersion: async () => 1, today: () => "2026-12-07" }), (req, res) => {
      res.type("application/json").send(JSON.stringify({ data: { rows: Array.from({ length: 400 }, (_, i) => ({ id: `organisation-${i}`, degree: i % 7 })) } }));
    });
    const server = app.listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const ask = (acceptEncoding: string) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": acceptEncoding }, body: JSON.stringify({ query: "{ rows }" }) });

  it("sends a kept answer gzipped to a client that accepts gzip, and as it is to one that does not", async () => {
    const first = await ask("gzip, deflate, br");
    expect(first.headers.get("content-encoding")).toBeNull();
    const plain = await first.text();
    expect(plain.length).toBeGreaterThan(10_000);
    // The answer is kept once its gzip is done, a few milliseconds after it was sent.
    let kept = await ask("gzip, deflate, br");
    for (let i = 0; i < 50 && kept.headers.get("x-atlas-answer") !== "kept"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      kept = await ask("gzip, deflate, br");
    }
    expect(kept.headers.get("x-atlas-answer")).toBe("kept");
    expect(kept.headers.get("content-encoding")).toBe("gzip");
    expect(kept.headers.get("vary")).toMatch(/Accept-Encoding/i);
    expect(Number(kept.headers.get("content-length"))).toBeLessThan(plain.length / 4);
    expect(await kept.text()).toBe(plain); // fetch undoes the gzip
    const identity = await ask("identity");
    expect(identity.headers.get("x-atlas-answer")).toBe("kept");
    expect(identity.headers.get("content-encoding")).toBeNull();
    expect(await identity.text()).toBe(plain);
  });
});
