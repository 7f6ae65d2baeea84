import type { Network, NetworkLink, NetworkNode } from "../model/index.ts";
import { describeNetwork, displayName, finiteOrNull, nodesById } from "./export-common.ts";
import { escapeXml } from "./xml.ts";

/**
 * The cooperation network as GraphML 1.0, for Gephi, Cytoscape and yEd. Written by hand: no
 * package in the registry writes GraphML, and the format is small.
 *
 * Gephi reads a node key named `label` as the node's label and an edge key named `weight` as the
 * edge's weight (and would also take keys with the ids `d3` and `d7`, yEd's label keys, as labels),
 * so each key's id is its name, `label` holds the display name, and the organisation's own label
 * (Institution, Enterprise, Government) is the attribute `type`, as in the CSV export.
 */

type KeyType = "string" | "int" | "double";
type Value = string | number | null;

interface KeyDeclaration {
  name: string;
  type: KeyType;
}

interface Key<Item> extends KeyDeclaration {
  value: (item: Item) => Value;
}

const nodeKeys: readonly Key<NetworkNode>[] = [
  { name: "label", type: "string", value: displayName },
  { name: "name", type: "string", value: (node) => node.name },
  { name: "nameZh", type: "string", value: (node) => node.nameZh },
  { name: "type", type: "string", value: (node) => node.label },
  { name: "kind", type: "string", value: (node) => node.kind },
  { name: "regionCode", type: "string", value: (node) => node.regionCode },
  { name: "degree", type: "int", value: (node) => node.degree },
  { name: "weightedDegree", type: "double", value: (node) => node.weightedDegree },
  { name: "betweenness", type: "double", value: (node) => node.betweenness },
  { name: "community", type: "int", value: (node) => node.community },
];

const edgeKeys: readonly Key<NetworkLink>[] = [
  { name: "weight", type: "double", value: (link) => link.weight },
  { name: "firstOn", type: "string", value: (link) => link.firstOn },
  { name: "lastOn", type: "string", value: (link) => link.lastOn },
];

export function networkToGraphml(network: Network): string {
  nodesById(network);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((key) => keyLine("node", key)),
    ...edgeKeys.map((key) => keyLine("edge", key)),
    '  <graph id="cooperation" edgedefault="undirected">',
    `    <desc>${escapeXml(describeNetwork(network))}</desc>`,
  ];
  for (const node of network.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`, ...dataLines(nodeKeys, node), "    </node>");
  }
  network.links.forEach((link, index) => {
    lines.push(`    <edge id="e${index}" source="${escapeXml(link.source)}" target="${escapeXml(link.target)}">`, ...dataLines(edgeKeys, link), "    </edge>");
  });
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

function keyLine(domain: "node" | "edge", key: KeyDeclaration): string {
  return `  <key id="${key.name}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"/>`;
}

/** One `<data>` per key with a value; a null (or a number that is not finite) is left out. */
function dataLines<Item>(keys: readonly Key<Item>[], item: Item): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = key.value(item);
    const text = typeof value === "number" ? numberText(key, value) : value;
    if (text !== null) lines.push(`      <data key="${key.name}">${escapeXml(text)}</data>`);
  }
  return lines;
}

function numberText(key: KeyDeclaration, value: number): string | null {
  if (finiteOrNull(value) === null) return null;
  if (key.type === "int" && !Number.isInteger(value)) throw new Error(`network export: ${key.name} ${value} is not an integer`);
  return String(value);
}
