import { describe, expect, it } from "vitest";
import { chainCatalogue, segmentTemplates } from "./chain-catalogue.ts";

describe("chainCatalogue", () => {
  it("holds at least 40 chains with distinct keys and names", () => {
    expect(chainCatalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(chainCatalogue.map((t) => t.key)).size).toBe(chainCatalogue.length);
    expect(new Set(chainCatalogue.map((t) => t.nameZh)).size).toBe(chainCatalogue.length);
    expect(chainCatalogue.filter((t) => t.national).length).toBeGreaterThanOrEqual(10);
  });

  it("gives every chain 8 to 11 bilingual segments over all three stages", () => {
    for (const template of chainCatalogue) {
      const segments = segmentTemplates(template);
      expect(segments.length, template.key).toBeGreaterThanOrEqual(8);
      expect(segments.length, template.key).toBeLessThanOrEqual(11);
      expect(new Set(segments.map((s) => s.stage)), template.key).toEqual(new Set(["upstream", "midstream", "downstream"]));
      for (const s of segments) {
        expect(s.nameZh, template.key).toMatch(/\p{Script=Han}/u);
        expect(s.name, template.key).toMatch(/^[A-Z][\w ,'()&-]+$/);
        expect(`${s.name}${s.nameZh}`).not.toContain("|");
      }
      for (const p of template.provinces ?? []) expect(p).toMatch(/^\d{2}$/);
    }
  });
});
