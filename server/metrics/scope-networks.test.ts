import { describe, expect, it } from "vitest";
import { packSnapshot, unpackSnapshot } from "./packed-snapshot.ts";
import { scopeLinks } from "./scope-networks.ts";

const organizations = [
  { id: "chengdu-a", regionCodes: ["510000", "510100"] },
  { id: "chengdu-b", regionCodes: ["510000", "510100"] },
  { id: "mianyang", regionCodes: ["510000", "510700"] },
  { id: "xian", regionCodes: ["610000", "610100"] },
  { id: "nowhere", regionCodes: [] },
];
const links = [
  { source: "xian", target: "chengdu-a", weight: 1 },
  { source: "chengdu-a", target: "mianyang", weight: 2 },
  { source: "chengdu-a", target: "chengdu-b", weight: 3 },
  { source: "mianyang", target: "nowhere", weight: 1 },
];

describe("scopeLinks", () => {
  it("gives the country every link and a region those whose two organisations lie in it, ordered by ends", () => {
    const scopes = scopeLinks(organizations, links);
    expect([...scopes.keys()].sort()).toEqual(["510000", "510100", "country"]);
    expect(scopes.get("country")!.map((l) => `${l.source}-${l.target}`)).toEqual(["chengdu-a-chengdu-b", "chengdu-a-mianyang", "mianyang-nowhere", "xian-chengdu-a"]);
    expect(scopes.get("510000")!.map((l) => `${l.source}-${l.target}`)).toEqual(["chengdu-a-chengdu-b", "chengdu-a-mianyang"]);
    expect(scopes.get("510100")!.map((l) => `${l.source}-${l.target}`)).toEqual(["chengdu-a-chengdu-b"]);
  });
});

describe("packSnapshot", () => {
  it("carries the snapshot through typed arrays and back unchanged", () => {
    const packed = packSnapshot({ organizations, links });
    expect(packed.sources).toBeInstanceOf(Int32Array);
    expect(unpackSnapshot(packed)).toEqual({ organizations, links });
  });

  it("keeps a link to an organisation the first read missed, with no regions", () => {
    const unpacked = unpackSnapshot(packSnapshot({ organizations: organizations.slice(0, 1), links: [{ source: "chengdu-a", target: "late", weight: 1 }] }));
    expect(unpacked.organizations).toEqual([organizations[0], { id: "late", regionCodes: [] }]);
  });
});
