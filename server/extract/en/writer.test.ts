import { describe, expect, it } from "vitest";
import type { OrgEntry } from "./organizations.ts";
import { collectOrganizations } from "./organizations.ts";
import { splitSentences } from "./sentences.ts";
import { findWriter, sponsorName } from "./writer.ts";

const writerOf = (text: string, writer?: { name: string; role: OrgEntry["role"] }) => {
  const sentences = splitSentences(text);
  const { orgs } = collectOrganizations(sentences);
  return findWriter({ text, language: "en", ...(writer ? { writer } : {}) }, sentences, orgs, () => false);
};

describe("findWriter", () => {
  it("takes the writer the reader found", () => {
    expect(writerOf("Our college signed.", { name: "Lanxi College", role: "institution" })).toMatchObject({ name: "Lanxi College", role: "institution", extra: true });
  });
  it("reads a source or publisher line", () => {
    expect(writerOf("Headline here\nSource: Gansu Baiyun Pharmaceutical Co., Ltd.   Date: 2025-06-18\nOur company signed.")).toMatchObject({
      name: "Gansu Baiyun Pharmaceutical Co., Ltd.",
      role: "enterprise",
    });
    expect(writerOf("Headline here\nPublisher: Lanxi University News Center   Date: 2025-03-21\nThe university signed.")).toMatchObject({ name: "Lanxi University" });
  });
  it("takes the only organisation of the first person's kind in the title", () => {
    expect(writerOf("Lanxi Titanium Co., Ltd. opens a class with Weibei College\nOur company and Weibei College opened the class.")).toMatchObject({
      name: "Lanxi Titanium Co., Ltd.",
      role: "enterprise",
    });
  });
  it("falls back on the company a sponsored class is named after", () => {
    expect(writerOf("Our company met Lanxi Institute of Mining.\nIdeas on Hongyuan Tongda targeted class training were put forward.")).toMatchObject({
      name: "Hongyuan Tongda",
      role: "enterprise",
      extra: true,
    });
  });
  it("gives none when the text does not speak for anyone", () => {
    expect(writerOf("Lanxi College signed an agreement with Baiyun Co., Ltd.")).toBeUndefined();
  });
  it("reads sponsor names but not known ones or people", () => {
    expect(sponsorName("the Hongyuan Tongda special scholarship", () => false)).toBe("Hongyuan Tongda");
    expect(sponsorName("the Hongyuan targeted class", (t) => t === "Hongyuan")).toBeUndefined();
    expect(sponsorName("the Wang Hui scholarship", () => false)).toBeUndefined();
  });
});
