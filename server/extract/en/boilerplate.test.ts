import { describe, expect, it } from "vitest";
import { isBoilerplateLine, isBoilerplateSentence, isMetaLine } from "./boilerplate.ts";

describe("boilerplate", () => {
  it("recognises navigation, footers, tags and links to other articles", () => {
    for (const line of [
      "Location: HOME >> Rolling News",
      "Current position: Home > News",
      "Copyright notice: texts and pictures here are reprinted from the web.",
      "Everything on this site belongs to Lanxi Daily Information Co (LDIC).",
      "TAG: cooperation",
      "Previous: Lanxi College holds job fair",
      "Next: Qiantang University and Hangzhou Metro Co., Ltd. sign internship base agreement",
    ]) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
    expect(isBoilerplateLine("On May 6, the college signed an agreement with the company.")).toBe(false);
    expect(isBoilerplateSentence("Copyright © 2025 Lanxi College All Rights Reserved.")).toBe(true);
  });

  it("recognises header lines", () => {
    for (const line of [" time:2025-05-06 View:1698", "Source: Lanxi College   Date: 2025-06-18", "2025-05-07 10:21", "21", "-", "By Xu Min | news site | Updated: 2025-05-19 16:20"]) {
      expect(isMetaLine(line), line).toBe(true);
    }
    expect(isMetaLine("He said: the base matters.".padEnd(260, " more words"))).toBe(false);
  });
});
