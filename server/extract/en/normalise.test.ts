import { describe, expect, it } from "vitest";
import { normaliseEnglish } from "./normalise.ts";

describe("normaliseEnglish", () => {
  it("joins spaced hyphens", () => {
    expect(normaliseEnglish("an Off - Campus base for high - level talent")).toBe("an Off-Campus base for high-level talent");
  });
  it("straightens quotes and apostrophes and collapses spaces", () => {
    expect(normaliseEnglish("the “Xi’an   Base”\u00a0opened")).toBe('the "Xi\'an Base" opened');
  });
  it("leaves a dash between a number and punctuation alone", () => {
    expect(normaliseEnglish("Copyright 1995 - . All")).toBe("Copyright 1995 - . All");
  });
});
