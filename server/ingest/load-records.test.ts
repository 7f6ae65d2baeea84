import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { newCollaborations } from "./load-records.ts";

const date = (text: string) => {
  const [y, m, d] = text.split("-").map(Number);
  return new neo4j.types.Date(y!, m!, d!);
};
const agreement = (id: string, parties: string[], signedOn?: string, reviewStatus?: string) => ({
  id,
  parties,
  props: { ...(signedOn ? { signedOn: date(signedOn) } : {}), ...(reviewStatus ? { reviewStatus } : {}) },
});

describe("newCollaborations", () => {
  it("counts new agreements per pair of parties, ordered by id, with their first and last dates", () => {
    const rows = [
      agreement("a1", ["u", "e"], "2021-05-01"),
      agreement("a2", ["e", "u"], "2019-01-02"),
      agreement("a3", ["u", "e", "g"]),
    ];
    const pairs = newCollaborations(rows, new Set(["a1", "a2", "a3"]));
    expect(pairs.map((p) => ({ ...p, firstOn: p.firstOn?.toString(), lastOn: p.lastOn?.toString() }))).toEqual([
      { x: "e", y: "u", agreements: 3, firstOn: "2019-01-02", lastOn: "2021-05-01" },
      { x: "e", y: "g", agreements: 1, firstOn: undefined, lastOn: undefined },
      { x: "g", y: "u", agreements: 1, firstOn: undefined, lastOn: undefined },
    ]);
  });

  it("leaves out agreements that existed before, rejected ones, and a party listed twice", () => {
    const rows = [agreement("old", ["u", "e"], "2020-01-01"), agreement("no", ["u", "e"], "2020-01-01", "rejected"), agreement("twice", ["u", "u"])];
    expect(newCollaborations(rows, new Set(["no", "twice"]))).toEqual([]);
  });
});
