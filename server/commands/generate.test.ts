import { describe, expect, it } from "vitest";
import { parseGenerateArgs } from "./generate.ts";

describe("parseGenerateArgs", () => {
  it("reads scale, seed, out and province", () => {
    expect(parseGenerateArgs(["--scale", "national", "--seed", "42", "--out", "/tmp/x"])).toEqual({ scale: "national", seed: 42, out: "/tmp/x" });
    expect(parseGenerateArgs(["--scale=province", "--province", "610000", "--out=/tmp/y"])).toEqual({ scale: "province", seed: 1, out: "/tmp/y", province: "610000" });
  });

  it("says what is wrong", () => {
    expect(parseGenerateArgs([])).toBe("--scale is required");
    expect(parseGenerateArgs(["--scale", "huge", "--out", "x"])).toMatch(/--scale must be one of national, province, tiny/);
    expect(parseGenerateArgs(["--scale", "tiny", "--seed", "-3", "--out", "x"])).toMatch(/--seed must be a whole number/);
    expect(parseGenerateArgs(["--scale", "tiny", "--seed", "1.5", "--out", "x"])).toMatch(/--seed must be a whole number/);
    expect(parseGenerateArgs(["--scale", "tiny"])).toBe("--out is required");
    expect(parseGenerateArgs(["--scale", "tiny", "--out"])).toBe("--out needs a value");
    expect(parseGenerateArgs(["--scale", "tiny", "--out", "--seed", "2"])).toBe("--out needs a value");
    expect(parseGenerateArgs(["--scale", "tiny", "--scale", "national", "--out", "x"])).toBe("--scale given twice");
    expect(parseGenerateArgs(["--scale", "tiny", "--out", "x", "extra"])).toBe('unexpected argument "extra"');
  });
});
