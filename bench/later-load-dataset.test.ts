import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { laterIdPrefix, laterSourceId, writeLaterLoad } from "./later-load-dataset.ts";

function dataset(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "later-dataset-"));
  writeFileSync(path.join(dir, "institutions.csv"), "id,name,kind,region,source\ni1,School One,university,110000,s\ni2,School Two,university,110000,s\n");
  writeFileSync(path.join(dir, "enterprises.csv"), "id,name,kind,region,segments,source\ne1,Firm One,private,110000,,s\ne2,Firm Two,private,110000,,s\ne3,Firm Three,private,110000,,s\n");
  return dir;
}

describe("writeLaterLoad", () => {
  it("writes new agreements between a school and an enterprise of the dataset, citing its own source", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "later-"));
    writeLaterLoad(dataset(), out, { count: 50, seed: 3 });
    const rows = readFileSync(path.join(out, "agreements.csv"), "utf8").trim().split("\n").slice(1).map((line) => line.split(","));
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r[0])).size).toBe(50);
    for (const row of rows) {
      expect(row[0]!.startsWith(laterIdPrefix)).toBe(true);
      const [school, firm] = row[6]!.split("|");
      expect(["i1", "i2"]).toContain(school);
      expect(["e1", "e2", "e3"]).toContain(firm);
      expect(row[3]).toMatch(/^2026-(0[1-9]|1[01])-(0[1-9]|1\d|2[0-8])$/);
      expect(row[8]).toBe(laterSourceId);
    }
    expect(readFileSync(path.join(out, "sources.csv"), "utf8")).toContain(`\n${laterSourceId},dataset,`);
  });

  it("writes the same files for the same seed, and others for another", () => {
    const from = dataset();
    const [a, b, c] = [1, 1, 2].map((seed) => {
      const out = mkdtempSync(path.join(os.tmpdir(), "later-"));
      writeLaterLoad(from, out, { count: 30, seed });
      return readFileSync(path.join(out, "agreements.csv"), "utf8");
    });
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});
