import { describe, expect, it } from "vitest";
import { sharedRegionResolver } from "./shared-resolver.ts";

describe("sharedRegionResolver", () => {
  it("is one resolver over the whole table", () => {
    expect(sharedRegionResolver()).toBe(sharedRegionResolver());
    expect(sharedRegionResolver().resolve("Xi'an, Shaanxi")).toEqual({ code: "610100" });
  });
});
