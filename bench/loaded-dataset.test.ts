import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadedDatasetMismatch, noteLoadedDataset } from "./loaded-dataset.ts";

const homes: string[] = [];
const home = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-home-"));
  homes.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of homes.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the dataset a bench database holds", () => {
  it("serves a run of the same scale and seed", () => {
    const dir = home();
    noteLoadedDataset(dir, { scale: "province", seed: 1 });
    expect(loadedDatasetMismatch(dir, { scale: "province", seed: 1 })).toBeUndefined();
  });

  it("refuses another scale or seed, or a database that does not say", () => {
    const dir = home();
    noteLoadedDataset(dir, { scale: "national", seed: 1 });
    expect(loadedDatasetMismatch(dir, { scale: "province", seed: 1 })).toMatch(/holds the national dataset \(seed 1\), not the province one/);
    expect(loadedDatasetMismatch(dir, { scale: "national", seed: 2 })).toMatch(/not the national one \(seed 2\)/);
    expect(loadedDatasetMismatch(home(), { scale: "national", seed: 1 })).toMatch(/does not say which dataset it holds/);
  });
});
