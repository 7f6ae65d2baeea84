import { describe, expect, it } from "vitest";
import { BatchWriter } from "./batch-writer.ts";

/** A writer whose writes take a turn of the event loop each, recording what it wrote and how many ran at once. */
function recording(failOn?: number) {
  const writes: { name: string; rows: number[] }[] = [];
  let running = 0;
  let started = 0;
  let mostAtOnce = 0;
  const writer = new BatchWriter(async (name, rows) => {
    started++;
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
    if (writes.length === failOn) throw new Error(`write ${failOn} failed`);
    writes.push({ name, rows: rows as unknown as number[] });
  }, 3);
  return { writer, writes, mostAtOnce: () => mostAtOnce, started: () => started };
}

const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i) as unknown as object[];

describe("BatchWriter", () => {
  it("writes full batches as rows arrive, one write at a time, and the rest on flush", async () => {
    const { writer, writes, mostAtOnce } = recording();
    writer.add("a", rows(0, 2));
    expect(writer.queued).toBe(0);
    writer.add("a", rows(2, 7));
    writer.add("b", rows(100, 101));
    expect(writer.queued).toBe(2);
    await writer.flush();
    expect(writes).toEqual([
      { name: "a", rows: [0, 1, 2] },
      { name: "a", rows: [3, 4, 5] },
      { name: "a", rows: [6] },
      { name: "b", rows: [100] },
    ]);
    expect(mostAtOnce()).toBe(1);
    expect(writer.written).toBe(4);
  });

  it("stops at the first failed write and says so on flush", async () => {
    const { writer, writes } = recording(1);
    writer.add("a", rows(0, 9));
    await expect(writer.flush()).rejects.toThrow("write 1 failed");
    expect(writes).toEqual([{ name: "a", rows: [0, 1, 2] }]);
    expect(() => writer.throwIfFailed()).toThrow("write 1 failed");
  });

  it("writes nothing more once abandoned, after the write under way", async () => {
    const { writer, writes, started } = recording();
    writer.add("a", rows(0, 9));
    while (started() === 0) await new Promise((resolve) => setImmediate(resolve));
    await writer.abandon();
    writer.add("a", rows(9, 12));
    await writer.flush();
    expect(writes).toEqual([{ name: "a", rows: [0, 1, 2] }]);
    expect(started()).toBe(1);
  });
});
