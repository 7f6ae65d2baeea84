import { describe, expect, it } from "vitest";
import { computeOnce, sharedRead, VersionedCache } from "./versioned-cache.ts";

describe("VersionedCache", () => {
  it("keeps values for the version it is at, and drops them all when a lookup brings another", () => {
    const cache = new VersionedCache<string>();
    expect(cache.version).toBe(-1);
    expect(cache.get(1, "a")).toBeUndefined();
    cache.set(1, "a", "one");
    expect(cache.get(1, "a")).toBe("one");
    expect(cache.get(2, "a")).toBeUndefined();
    expect(cache.version).toBe(2);
    expect(cache.get(1, "a")).toBeUndefined();
  });

  it("does not keep a value of a version the cache has moved past", () => {
    const cache = new VersionedCache<string>();
    cache.get(1, "a");
    cache.get(2, "b");
    cache.set(1, "a", "stale");
    expect(cache.get(2, "a")).toBeUndefined();
  });

  it("lets the least recently used entries go beyond maxEntries", () => {
    const cache = new VersionedCache<number>({ maxEntries: 2 });
    cache.get(1, "x");
    cache.set(1, "a", 1);
    cache.set(1, "b", 2);
    expect(cache.get(1, "a")).toBe(1); // b is now the least recently used
    cache.set(1, "c", 3);
    expect(cache.get(1, "b")).toBeUndefined();
    expect(cache.get(1, "a")).toBe(1);
    expect(cache.get(1, "c")).toBe(3);
  });

  it("counts size with sizeOf, keeps nothing larger than maxValueSize, and counts a replaced value once", () => {
    const cache = new VersionedCache<string>({ maxSize: 10, sizeOf: (value) => value.length, maxValueSize: 5 });
    cache.get(1, "x");
    cache.set(1, "big", "123456");
    expect(cache.get(1, "big")).toBeUndefined();
    cache.set(1, "a", "1234");
    cache.set(1, "a", "1234");
    cache.set(1, "b", "1234");
    expect(cache.get(1, "a")).toBe("1234");
    cache.set(1, "c", "1234"); // 12 > 10: b, least recently used, goes
    expect(cache.get(1, "b")).toBeUndefined();
    expect(cache.get(1, "a")).toBe("1234");
    expect(cache.get(1, "c")).toBe("1234");
  });

  it("may count the key in an entry's size, and reports the total kept, never above maxSize", () => {
    const cache = new VersionedCache<string>({ maxSize: 20, sizeOf: (value, key) => key.length + value.length });
    cache.get(1, "x");
    cache.set(1, "key-a", "12345"); // 10
    expect(cache.totalSize).toBe(10);
    cache.set(1, "key-b", "12345"); // 20
    cache.set(1, "key-c", "1"); // 26 > 20: key-a goes
    expect(cache.totalSize).toBe(16);
    expect(cache.get(1, "key-a")).toBeUndefined();
    cache.delete("key-b");
    expect(cache.totalSize).toBe(6);
    cache.get(2, "x");
    expect(cache.totalSize).toBe(0);
  });

  it("refuses sizeOf without maxSize", () => {
    expect(() => new VersionedCache<string>({ sizeOf: (value) => value.length })).toThrow(/maxSize/);
  });
});

describe("computeOnce", () => {
  it("shares one computation among concurrent lookups of a key", async () => {
    const cache = new VersionedCache<Promise<unknown>>();
    let runs = 0;
    const compute = async () => {
      runs += 1;
      return "answer";
    };
    const answers = await Promise.all([computeOnce(cache, 1, "k", compute), computeOnce(cache, 1, "k", compute)]);
    expect(answers).toEqual(["answer", "answer"]);
    expect(runs).toBe(1);
    await computeOnce(cache, 2, "k", compute);
    expect(runs).toBe(2);
  });

  it("does not keep a computation that failed: the next lookup tries again", async () => {
    const cache = new VersionedCache<Promise<unknown>>();
    await expect(computeOnce(cache, 1, "k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await computeOnce(cache, 1, "k", async () => "back")).toBe("back");
  });
});

describe("sharedRead", () => {
  it("runs one read for all callers that arrive while it is under way, and a new one after", async () => {
    let reads = 0;
    let finish: (value: number) => void = () => undefined;
    const read = sharedRead(() => {
      reads += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    });
    const first = read();
    const second = read();
    finish(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(reads).toBe(1);
    const third = read();
    finish(8);
    expect(await third).toBe(8);
    expect(reads).toBe(2);
  });

  it("lets a failed read go, so the next caller reads again", async () => {
    let fail = true;
    const read = sharedRead(async () => {
      if (fail) throw new Error("down");
      return 1;
    });
    await expect(read()).rejects.toThrow("down");
    fail = false;
    expect(await read()).toBe(1);
  });
});
