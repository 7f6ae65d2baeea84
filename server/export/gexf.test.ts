import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { networkToGexf } from "./gexf.ts";
import { formulaName, oddNameInXml, testNetwork } from "./test-network.ts";

const illegalXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("networkToGexf", () => {
  const text = networkToGexf(testNetwork());
  const graph = parse(UndirectedGraph, text);

  it("is UTF-8 GEXF 1.3 of an undirected graph, described in its meta", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(text).toContain('<graph defaultedgetype="undirected">');
    expect(graph.type).toBe("undirected");
    expect(graph.getAttribute("creator")).toBe("Alliance Atlas");
    expect(graph.getAttribute("description")).toMatch(/^Alliance Atlas cooperation network: .*Truncated to 4 of 10 nodes/);
  });

  it("puts the display name and the weight where Gephi reads them: <node label> and <edge weight>", () => {
    expect(text).toContain('<node id="tsinghua" label="Tsinghua University">');
    expect(text).toContain('<node id="ruida" label="内蒙古瑞达化工集团有限公司">');
    expect(text).toMatch(/<edge id="e1" source="tsinghua" target="odd" weight="3">/);
    expect(text).not.toMatch(/<attribute id="(label|weight)"/);
  });

  it("reads back as the same nodes, with the other fields as typed attributes and nulls left out", () => {
    expect(graph.nodes()).toEqual(["tsinghua", "ruida", "odd", "formula"]);
    expect(graph.getNodeAttributes("tsinghua")).toEqual({
      label: "Tsinghua University",
      name: "Tsinghua University",
      nameZh: "清华大学",
      type: "Institution",
      kind: "university",
      regionCode: "110000",
      degree: 2,
      weightedDegree: 5,
      betweenness: 2 / 3,
      community: 0,
    });
    expect(graph.getNodeAttributes("odd")).toEqual({
      label: oddNameInXml,
      name: oddNameInXml,
      type: "Enterprise",
      degree: 1,
      weightedDegree: 3,
      betweenness: 0,
      community: 0,
    });
    expect(graph.getNodeAttributes("formula")).toMatchObject({ label: formulaName, nameZh: "包头市人民政府", kind: "-municipal" });
  });

  it("marks the partners outside a one-end network's regions, and only there", () => {
    expect(text).not.toContain("outsideRegions");
    const network = testNetwork();
    network.nodes[1] = { ...network.nodes[1]!, outsideRegions: true };
    const read = parse(UndirectedGraph, networkToGexf(network));
    expect(read.getNodeAttribute("ruida", "outsideRegions")).toBe(true);
    expect(read.getNodeAttribute("tsinghua", "outsideRegions")).toBeUndefined();
  });

  it("reads back as the same edges and weights", () => {
    const edges = graph.mapEdges((edge, attributes, source, target) => ({ edge, source, target, ...attributes }));
    expect(edges).toEqual([
      { edge: "e0", source: "tsinghua", target: "ruida", weight: 2, firstOn: "2019-03-01", lastOn: "2023-06-30" },
      { edge: "e1", source: "tsinghua", target: "odd", weight: 3, firstOn: "2021-01-15" },
      { edge: "e2", source: "ruida", target: "formula", weight: 2, firstOn: "2022-09-01", lastOn: "2022-09-01" },
    ]);
  });

  it("drops the characters XML forbids, in ids and meta as well as names", () => {
    expect(text).not.toMatch(illegalXml);
    const network = testNetwork();
    network.nodes[2]!.id = "odd\u0002";
    network.links[1]!.target = "odd\u0002";
    const read = parse(UndirectedGraph, networkToGexf(network));
    expect(read.hasEdge("tsinghua", "odd")).toBe(true);
  });

  it("refuses a network that joins one pair twice", () => {
    const network = testNetwork();
    network.links.push({ source: "odd", target: "tsinghua", weight: 1, firstOn: null, lastOn: null });
    expect(() => networkToGexf(network)).toThrow("link 3 joins odd and tsinghua again");
  });
});
