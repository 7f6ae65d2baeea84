import type { Network, NetworkNode } from "../model/index.ts";

/** What every export shares: the name a node is shown by, checks on the network, its description. */

/** The name a tool should show for a node: its name, else its Chinese name, else its id. */
export function displayName(node: NetworkNode): string {
  return node.name || node.nameZh || node.id;
}

/** A metric as written: a number that is not finite (NaN, say) is missing. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * The nodes by id, after checking that the network can be written as a graph: every id once, and
 * every link between two of its nodes and the only one between them. A file that broke one of
 * these rules would fail to open or open as a different network (Gephi merges parallel links into one),
 * so the export fails here instead, saying which.
 */
export function nodesById(network: Network): Map<string, NetworkNode> {
  const byId = new Map<string, NetworkNode>();
  for (const node of network.nodes) {
    if (byId.has(node.id)) throw new Error(`network export: node "${node.id}" appears twice`);
    byId.set(node.id, node);
  }
  const pairs = new Set<string>();
  network.links.forEach((link, index) => {
    for (const end of [link.source, link.target]) {
      if (!byId.has(end)) throw new Error(`network export: link ${index} (${link.source}–${link.target}) names node "${end}", which is not among the nodes`);
    }
    const pair = JSON.stringify([link.source, link.target].sort());
    if (pairs.has(pair)) throw new Error(`network export: link ${index} joins ${link.source} and ${link.target} again`);
    pairs.add(pair);
  });
  return byId;
}

/** One paragraph saying what the file holds, for GraphML's `<desc>` and GEXF's description. */
export function describeNetwork(network: Network): string {
  const parts = [
    "Alliance Atlas cooperation network: organisations (institutions, enterprises, governments) linked by the cooperation agreements they share; a link's weight is the number of agreements.",
  ];
  if (network.truncated) {
    parts.push(
      `Truncated to ${network.nodes.length} of ${network.totalNodes} nodes (${network.links.length} of ${network.totalLinks} links), the strongest part of the filtered network; degree, betweenness and community are computed over the whole filtered network.`,
    );
  }
  if (network.betweenness.method === "sampled") {
    const sources = network.betweenness.sampleSize === null ? "" : ` from ${network.betweenness.sampleSize} sampled sources`;
    parts.push(`Betweenness is an estimate${sources}.`);
  }
  return parts.join(" ");
}
