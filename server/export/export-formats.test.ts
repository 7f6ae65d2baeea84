import { describe, expect, it } from "vitest";
import { exportFormats, exportNetwork, isExportFormat, type ExportFormat } from "./export-formats.ts";
import { networkToCsv } from "./csv.ts";
import { networkToGexf } from "./gexf.ts";
import { networkToGraphml } from "./graphml.ts";
import { testNetwork } from "./test-network.ts";

describe("exportNetwork", () => {
  const network = testNetwork();

  it("writes each format with its content type and extension", () => {
    expect(exportNetwork(network, "graphml")).toEqual({ body: networkToGraphml(network), contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" });
    expect(exportNetwork(network, "gexf")).toEqual({ body: networkToGexf(network), contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" });
    expect(exportNetwork(network, "csv")).toEqual({ body: networkToCsv(network, "links"), contentType: "text/csv; charset=utf-8", extension: "csv" });
    expect(exportNetwork(network, "csv", { table: "nodes" }).body).toBe(networkToCsv(network, "nodes"));
  });

  it("names the known formats when asked for another", () => {
    expect(() => exportNetwork(network, "pajek" as ExportFormat)).toThrow('unknown export format "pajek"; the formats are graphml, gexf, csv');
    expect(() => exportNetwork(network, "csv", { table: "edges" as "links" })).toThrow('unknown CSV table "edges"; the tables are links, nodes');
  });

  it("tells a format from any other string", () => {
    expect(Object.keys(exportFormats).filter(isExportFormat)).toEqual(["graphml", "gexf", "csv"]);
    expect(["GraphML", "pajek", "toString", "__proto__", ""].filter(isExportFormat)).toEqual([]);
  });
});
