import { UndirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { networkToGraphml } from "./graphml.ts";
import { formulaName, oddNameInXml, testNetwork } from "./test-network.ts";

// Anything XML 1.0 forbids: C0 controls other than tab, LF, CR; lone surrogates; U+FFFE, U+FFFF.
const illegalXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("networkToGraphml", () => {
  const text = networkToGraphml(testNetwork());
  const graph = parse(UndirectedGraph, text);

  it("is UTF-8 GraphML 1.0 of an undirected graph", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(text).toContain('edgedefault="undirected"');
    expect(graph.type).toBe("undirected");
  });

  it("reads back as the same nodes, with every attribute, typed, and nulls left out", () => {
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
    expect(graph.getNodeAttributes("ruida")).toMatchObject({ label: "内蒙古瑞达化工集团有限公司", nameZh: "内蒙古瑞达化工集团有限公司", type: "Enterprise" });
    expect(graph.getNodeAttributes("odd")).toEqual({
      label: oddNameInXml,
      name: oddNameInXml,
      type: "Enterprise",
      degree: 1,
      weightedDegree: 3,
      betweenness: 0,
      community: 0,
    });
    expect(graph.getNodeAttributes("formula")).toMatchObject({ label: formulaName, kind: "-municipal", regionCode: "150200" });
  });

  it("reads back as the same edges, with weights as numbers", () => {
    expect(graph.size).toBe(3);
    const edges = graph.mapEdges((_edge, attributes, source, target) => ({ source, target, ...attributes }));
    expect(edges).toEqual([
      { source: "tsinghua", target: "ruida", weight: 2, firstOn: "2019-03-01", lastOn: "2023-06-30" },
      { source: "tsinghua", target: "odd", weight: 3, firstOn: "2021-01-15" },
      { source: "ruida", target: "formula", weight: 2, firstOn: "2022-09-01", lastOn: "2022-09-01" },
    ]);
  });

  it("escapes markup and drops the characters XML forbids", () => {
    expect(text).not.toMatch(illegalXml);
    expect(text).toContain("<data key=\"name\">R&amp;D &lt;Lab&gt; &quot;Alpha&quot; &apos;Beta&apos; Co.</data>");
  });

  it("keeps tabs and line breaks in values", () => {
    const network = testNetwork();
    network.nodes[0]!.kind = "a\tb\r\nc";
    expect(parse(UndirectedGraph, networkToGraphml(network)).getNodeAttribute("tsinghua", "kind")).toBe("a\tb\r\nc");
  });

  it("declares typed keys under their own names, not yEd's d3 or d7, which Gephi takes for labels", () => {
    expect(text).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<key id="regionCode" for="node" attr.name="regionCode" attr.type="string"/>');
    expect(text).toContain('<key id="degree" for="node" attr.name="degree" attr.type="int"/>');
    expect(text).toContain('<key id="betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
    expect(text).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).not.toMatch(/id="d\d+"/);
  });

  it("says what the network is, and how far it is truncated", () => {
    expect(text).toMatch(/<desc>Alliance Atlas cooperation network: .*Truncated to 4 of 10 nodes \(3 of 12 links\)/);
    const whole = { ...testNetwork(), truncated: false, totalNodes: 4, totalLinks: 3 };
    expect(networkToGraphml(whole)).not.toContain("Truncated");
    const sampled = { ...testNetwork(), betweenness: { method: "sampled" as const, sampleSize: 500 } };
    expect(networkToGraphml(sampled)).toMatch(/<desc>[^<]*Betweenness is an estimate from 500 sampled sources\.<\/desc>/);
  });

  it("leaves out a metric that is not a number, and refuses a fractional count", () => {
    const network = testNetwork();
    network.nodes[0]!.betweenness = Number.NaN;
    expect(parse(UndirectedGraph, networkToGraphml(network)).getNodeAttributes("tsinghua")).not.toHaveProperty("betweenness");
    network.nodes[0]!.degree = 1.5;
    expect(() => networkToGraphml(network)).toThrow("degree 1.5 is not an integer");
  });

  it("refuses a link to a node that is not in the network", () => {
    const network = testNetwork();
    network.links.push({ source: "tsinghua", target: "nowhere", weight: 1, firstOn: null, lastOn: null });
    expect(() => networkToGraphml(network)).toThrow('names node "nowhere", which is not among the nodes');
  });

  it("writes the fixture as pinned (a change to the format shows here in review)", () => {
    expect(text).toMatchSnapshot();
  });
});
