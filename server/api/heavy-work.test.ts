import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HeavyWork } from "./heavy-work.ts";

/** Work that runs until the test lets it finish. */
function held<T>(value: T) {
  let finish!: () => void;
  let started = false;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      started = true;
      await done;
      return value;
    },
    finish: () => finish(),
    get started() {
      return started;
    },
  };
}

/** Lets the promises settled so far run their callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The refusal as the HTTP answer and the GraphQL error carry it. */
async function refusal(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe("HeavyWork", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs at most `concurrency` at once, queues up to `queue` in order, and refuses the next at once as SERVER_BUSY with 503 and Retry-After", async () => {
    const pool = new HeavyWork({ concurrency: 2, queue: 1, maxWaitMs: 30_000 });
    const [a, b, c] = [held("a"), held("b"), held("c")];
    const running = [pool.run(a.work), pool.run(b.work)];
    const queued = pool.run(c.work);
    await settle();
    expect([a.started, b.started, c.started]).toEqual([true, true, false]);
    expect(pool.figures).toEqual({ running: 2, waiting: 1, concurrency: 2, queue: 1 });
    expect(pool.saturated).toBe(true);

    const refused = await refusal(pool.run(async () => "d"));
    expect(refused.extensions.code).toBe("SERVER_BUSY");
    expect(refused.extensions.retryAfterSeconds).toBe(30);
    expect(refused.extensions.http).toEqual({ status: 503, headers: new Map([["retry-after", "30"]]) });
    expect(refused.message).toMatch(/ATLAS_HEAVY_CONCURRENCY/);

    a.finish();
    expect(await running[0]).toBe("a");
    await settle();
    expect(c.started).toBe(true);
    expect(pool.figures).toMatchObject({ running: 2, waiting: 0 });
    b.finish();
    c.finish();
    expect(await Promise.all([running[1], queued])).toEqual(["b", "c"]);
    expect(pool.figures).toMatchObject({ running: 0, waiting: 0 });
    expect(pool.saturated).toBe(false);
  });

  it("frees the place of work that fails", async () => {
    const pool = new HeavyWork({ concurrency: 1, queue: 0, maxWaitMs: 1_000 });
    await expect(pool.run(async () => Promise.reject(new Error("query failed")))).rejects.toThrow("query failed");
    expect(await pool.run(async () => "next")).toBe("next");
  });

  it("refuses work that waited past maxWaitMs, and gives its place in the queue to the next", async () => {
    vi.useFakeTimers();
    const pool = new HeavyWork({ concurrency: 1, queue: 2, maxWaitMs: 5_000 });
    const first = held("first");
    const running = pool.run(first.work);
    const late = refusal(pool.run(async () => "late"));
    await vi.advanceTimersByTimeAsync(5_000);
    const refused = await late;
    expect(refused.extensions.code).toBe("SERVER_BUSY");
    expect(refused.message).toMatch(/waited 5 s/);
    expect(pool.figures).toMatchObject({ running: 1, waiting: 0 });
    const next = pool.run(async () => "next");
    first.finish();
    expect(await running).toBe("first");
    expect(await next).toBe("next");
  });
});
