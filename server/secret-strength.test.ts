import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { estimateSecretBits, minSecretBits, weakSecretProblem } from "./secret-strength.ts";

// What `openssl rand -hex 32` printed once.
const opensslHex32 = "e16d63723beaafc4603c891f2d80523bb1dfc7fa0c8a74e6067a9e8d1ee50c27";

describe("estimateSecretBits", () => {
  it("gives the output of openssl rand -hex 32 or -base64 32 well over 128 bits, every time", () => {
    expect(estimateSecretBits(opensslHex32)).toBeGreaterThan(200);
    for (let i = 0; i < 200; i++) {
      expect(estimateSecretBits(randomBytes(32).toString("hex"))).toBeGreaterThanOrEqual(minSecretBits);
      expect(estimateSecretBits(randomBytes(32).toString("base64"))).toBeGreaterThanOrEqual(minSecretBits);
    }
  });

  it.each([
    ["password four times (32 characters)", "password".repeat(4)],
    ["password ten times (80 characters)", "password".repeat(10)],
    ["one letter 64 times", "a".repeat(64)],
    ["a run of hex digits, twice", "0123456789abcdef0123456789abcdef"],
    ["the alphabet and the digits", "abcdefghijklmnopqrstuvwxyz0123456789"],
    ["a short word", "secret"],
    ["nothing", ""],
  ])("refuses %s, whatever its length", (_kind, secret) => {
    expect(estimateSecretBits(secret)).toBeLessThan(minSecretBits);
    expect(weakSecretProblem("ATLAS_JWT_SECRET", secret)).toMatch(/^ATLAS_JWT_SECRET is too easy to guess: about \d+ bits .* under the 128 a signing key needs/);
  });

  it("counts a repeat of earlier text once, and the steps of a run not at all", () => {
    const word = estimateSecretBits("password");
    // The same characters in the same proportions, so the same bits per character: only the count of new ones grows by one.
    expect(estimateSecretBits("password".repeat(4))).toBeCloseTo((word * 9) / 8, 5);
    expect(estimateSecretBits("abcdefgh")).toBeLessThan(estimateSecretBits("ahdbfceg") / 3);
  });

  it("has nothing to say about a strong secret", () => {
    expect(weakSecretProblem("ATLAS_JWT_SECRET", opensslHex32)).toBeUndefined();
  });
});
