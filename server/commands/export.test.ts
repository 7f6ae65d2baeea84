import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./export.ts";

describe("parseExportArgs", () => {
  it("takes the format, the file and the network filter", () => {
    expect(parseExportArgs(["--format", "graphml", "--out", "n.graphml", "--regions", "510000,610000", "--ends", "one", "--types", "joint_lab", "--from", "2020-01-01", "--live", "--limit", "300"])).toEqual({
      format: "graphml",
      out: "n.graphml",
      table: "links",
      filter: {
        regionCodes: ["510000", "610000"],
        linkRule: "ONE_END",
        labels: null,
        agreementTypes: ["joint_lab"],
        chainIds: null,
        from: "2020-01-01",
        to: null,
        liveOnly: true,
        limit: 300,
      },
    });
  });

  it("keeps the API's default link rule (both ends) when --ends is not given, and refuses another value", () => {
    const parsed = parseExportArgs(["--format", "gexf", "--out", "n.gexf", "--regions", "510000"]);
    expect(typeof parsed !== "string" && parsed.filter.linkRule).toBeNull();
    expect(parseExportArgs(["--format", "gexf", "--out", "n.gexf", "--regions", "510000", "--ends", "either"])).toBe('--ends takes one (links with at least one end in the regions) or both (both ends in them), not "either".');
  });

  it("exports up to the API's largest network when no limit is given", () => {
    const parsed = parseExportArgs(["--format", "csv", "--out", "n.csv", "--table", "nodes"]);
    expect(typeof parsed !== "string" && parsed.filter.limit).toBe(5000);
    expect(typeof parsed !== "string" && parsed.table).toBe("nodes");
  });

  it("says what is wrong", () => {
    expect(parseExportArgs(["--format", "pajek", "--out", "x"])).toMatch(/--format must be one of graphml, gexf, csv/);
    expect(parseExportArgs(["--format", "gexf"])).toMatch(/--out FILE is needed/);
    expect(parseExportArgs(["--format", "gexf", "--out", "x", "--limit", "lots"])).toMatch(/--limit takes a whole number/);
    expect(parseExportArgs(["--format", "gexf", "--out", "x", "--colour", "red"])).toMatch(/colour/);
  });
});
