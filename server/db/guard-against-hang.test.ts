import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, guardAgainstHang } from "./database.ts";

const never = () => new Promise<never>(() => undefined);
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("guardAgainstHang", () => {
  it("ends the wait with ServiceUnavailable once the database stops answering pings", async () => {
    const waiting = guardAgainstHang(never(), async () => false, 20);
    await expect(waiting).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(waiting).rejects.toMatchObject({ code: "ServiceUnavailable" });
  });

  it("keeps waiting for a slow query while the database answers", async () => {
    let pings = 0;
    expect(await guardAgainstHang(after(120, "rows"), async () => (pings++, true), 20)).toBe("rows");
    expect(pings).toBeGreaterThan(0);
  });

  it("passes the query's own answer or error through", async () => {
    expect(await guardAgainstHang(Promise.resolve(1), async () => false, 20)).toBe(1);
    await expect(guardAgainstHang(Promise.reject(new Error("syntax")), async () => false, 20)).rejects.toThrow("syntax");
  });
});
