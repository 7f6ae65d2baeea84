import { UndirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { Network } from "../model/index.ts";
import { describeNetwork, displayName, finiteOrNull, nodesById } from "./export-common.ts";
import { xmlSafe } from "./xml.ts";

/**
 * The cooperation network as GEXF 1.3, Gephi's own format, written by graphology-gexf. Gephi
 * reads a node's name from the `label` attribute of `<node>` and a link's weight from the
 * `weight` attribute of `<edge>`; everything else becomes `<attvalue>`s, typed by the writer from
 * the values it sees (so a metric whose values are all whole numbers is declared `integer`).
 *
 * The writer escapes markup but not the characters XML 1.0 forbids, so text is cleaned first.
 */

type Attribute = string | number | boolean | null;

interface NodeAttributes {
  label: string;
  attributes: Record<string, Attribute>;
  [key: string]: unknown;
}

interface EdgeAttributes {
  weight: number | null;
  attributes: Record<string, Attribute>;
  [key: string]: unknown;
}

const text = (value: string | null): string | null => (value === null ? null : xmlSafe(value));

export function networkToGexf(network: Network): string {
  nodesById(network);
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.mergeAttributes({ creator: "Alliance Atlas", description: xmlSafe(describeNetwork(network)) });
  for (const node of network.nodes) {
    graph.addNode(xmlSafe(node.id), {
      label: xmlSafe(displayName(node)),
      attributes: {
        name: text(node.name),
        nameZh: text(node.nameZh),
        // The organisation's label is an attribute `type`: GEXF's own `label` is the display name.
        type: node.label,
        kind: text(node.kind),
        regionCode: text(node.regionCode),
        degree: finiteOrNull(node.degree),
        weightedDegree: finiteOrNull(node.weightedDegree),
        betweenness: finiteOrNull(node.betweenness),
        community: finiteOrNull(node.community),
        // Only in a network of regions with one end of each link inside: true for the partners elsewhere.
        outsideRegions: node.outsideRegions === true ? true : null,
      },
    });
  }
  network.links.forEach((link, index) => {
    graph.addUndirectedEdgeWithKey(`e${index}`, xmlSafe(link.source), xmlSafe(link.target), {
      weight: finiteOrNull(link.weight),
      attributes: { firstOn: text(link.firstOn), lastOn: text(link.lastOn) },
    });
  });
  // Null attributes are left out of the file by the writer, as are the whole declarations of
  // attributes that are null everywhere.
  return write(graph, {
    version: "1.3",
    formatNode: (_key, { label, attributes }) => ({ label, attributes }),
    formatEdge: (_key, { weight, attributes }) => (weight === null ? { attributes } : { weight, attributes }),
  });
}
