import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { networkToCsv } from "./csv.ts";
import { formulaName, oddNameInCsv, testNetwork } from "./test-network.ts";

function read(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true });
}

describe("networkToCsv", () => {
  it("starts with a byte order mark and a header row, and ends lines with \\n", () => {
    const links = networkToCsv(testNetwork(), "links");
    expect(links.startsWith("\uFEFFSource,Target,Weight,SourceName,TargetName,FirstOn,LastOn\n")).toBe(true);
    expect(links).not.toContain("\r");
    expect(links.endsWith("\n")).toBe(true);
    const nodes = networkToCsv(testNetwork(), "nodes");
    expect(nodes.startsWith("\uFEFFId,Label,NameZh,Type,Kind,RegionCode,Degree,WeightedDegree,Betweenness,Community\n")).toBe(true);
  });

  it("reads back as the links, names beside ids, and the formula guarded", () => {
    expect(read(networkToCsv(testNetwork(), "links"))).toEqual([
      { Source: "tsinghua", Target: "ruida", Weight: "2", SourceName: "Tsinghua University", TargetName: "内蒙古瑞达化工集团有限公司", FirstOn: "2019-03-01", LastOn: "2023-06-30" },
      { Source: "tsinghua", Target: "odd", Weight: "3", SourceName: "Tsinghua University", TargetName: oddNameInCsv, FirstOn: "2021-01-15", LastOn: "" },
      { Source: "ruida", Target: "formula", Weight: "2", SourceName: "内蒙古瑞达化工集团有限公司", TargetName: `'${formulaName}`, FirstOn: "2022-09-01", LastOn: "2022-09-01" },
    ]);
  });

  it("reads back as the nodes, nulls empty, text that would run as a formula guarded", () => {
    const rows = read(networkToCsv(testNetwork(), "nodes"));
    expect(rows).toEqual([
      { Id: "tsinghua", Label: "Tsinghua University", NameZh: "清华大学", Type: "Institution", Kind: "university", RegionCode: "110000", Degree: "2", WeightedDegree: "5", Betweenness: "0.6666666666666666", Community: "0" },
      { Id: "ruida", Label: "内蒙古瑞达化工集团有限公司", NameZh: "内蒙古瑞达化工集团有限公司", Type: "Enterprise", Kind: "chemical", RegionCode: "150000", Degree: "2", WeightedDegree: "4", Betweenness: "0.6666666666666666", Community: "1" },
      { Id: "odd", Label: oddNameInCsv, NameZh: "", Type: "Enterprise", Kind: "", RegionCode: "", Degree: "1", WeightedDegree: "3", Betweenness: "0", Community: "0" },
      { Id: "formula", Label: `'${formulaName}`, NameZh: "包头市人民政府", Type: "Government", Kind: "'-municipal", RegionCode: "150200", Degree: "1", WeightedDegree: "2", Betweenness: "0", Community: "1" },
    ]);
  });

  it("guards text starting with = + - @, tab or carriage return, but not a negative number", () => {
    const network = testNetwork();
    const names = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b"];
    network.nodes = names.map((name, i) => ({ ...network.nodes[0]!, id: `n${i}`, name, community: -i }));
    network.links = [];
    const rows = read(networkToCsv(network, "nodes"));
    expect(rows.map((row) => row.Label)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b"]);
    expect(rows.map((row) => row.Community)).toEqual(["0", "-1", "-2", "-3", "-4", "-5", "-6"]);
  });

  it("guards a formula after a ; or , inside a cell, where a spreadsheet splitting there starts a cell", () => {
    const network = testNetwork();
    const guarded: [string, string][] = [
      ["Acme;=1+1", "Acme;'=1+1"],
      ["Acme;=1+1;", "Acme;'=1+1;"],
      ["Acme; =1+1", "Acme;' =1+1"],
      ["Acme,=1+1", "Acme,'=1+1"],
      ["Acme;+1", "Acme;'+1"],
      ["Acme;-1", "Acme;'-1"],
      ["Acme;@SUM(A1)", "Acme;'@SUM(A1)"],
      ['Acme;"=1+1"', `Acme;'"=1+1"`],
      // The tab is a separator too (for a reader of tab-separated text), so both get one.
      ["Acme;\t=1", "Acme;'\t'=1"],
      ["\t=1", "'\t'=1"],
      ["Acme\n=1+1", "Acme\n'=1+1"],
      ["=1;=2,+3", "'=1;'=2,'+3"],
      ['=cmd|" /C calc"!A0;x', `'=cmd|" /C calc"!A0;x`],
      // Nothing to guard: no formula character where a cell could start, or one already guarded.
      ["a=b;c", "a=b;c"],
      ["Acme; Ltd", "Acme; Ltd"],
      ["Xi'an, Shaanxi", "Xi'an, Shaanxi"],
      ["2019-03-01;2020-01-01", "2019-03-01;2020-01-01"],
      ["Acme;'=1+1", "Acme;'=1+1"],
    ];
    network.nodes = guarded.map(([name], i) => ({ ...network.nodes[0]!, id: `n${i}`, name }));
    network.links = [];
    const text = networkToCsv(network, "nodes");
    expect(read(text).map((row) => row.Label)).toEqual(guarded.map(([, csv]) => csv));
    // As a spreadsheet splitting every line on ; (and honouring a quote only at the start of a
    // cell) reads the file: no cell of text starts with a formula character.
    const cells = text.split("\n").flatMap((line) => line.split(";"));
    expect(cells.filter((cell) => /^[\s"]*[=+@-]/.test(cell))).toEqual([]);
  });

  it("quotes fields holding commas, quotes and line breaks", () => {
    const network = testNetwork();
    network.nodes[0]!.name = 'Tsinghua, "THU"\nBeijing';
    const text = networkToCsv(network, "nodes");
    expect(text).toContain('\ntsinghua,"Tsinghua, ""THU""\nBeijing",清华大学,');
    expect(read(text)[0]!.Label).toBe('Tsinghua, "THU"\nBeijing');
  });

  it("refuses an unknown table", () => {
    expect(() => networkToCsv(testNetwork(), "edges" as "links")).toThrow('unknown CSV table "edges"; the tables are links, nodes');
  });
});
