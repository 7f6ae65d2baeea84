import type { Attributes } from "graphology-types";
import type { CollaborationGraph } from "./collaboration-graph.ts";

export interface NodeDegree {
  /** Partners. */
  degree: number;
  /** Sum of the weights of the edges to those partners. */
  weightedDegree: number;
}

/**
 * Degree and weighted degree of every node, including isolated ones (0 and 0).
 *
 * Cost: O(n + m) time, one pass over the edges; O(n) memory.
 */
export function degrees<NodeAttributes extends Attributes>(
  graph: CollaborationGraph<NodeAttributes>,
): Map<string, NodeDegree> {
  const result = new Map<string, NodeDegree>();
  graph.forEachNode((node) => result.set(node, { degree: 0, weightedDegree: 0 }));
  graph.forEachEdge((_edge, { weight }, source, target) => {
    const a = result.get(source) as NodeDegree;
    const b = result.get(target) as NodeDegree;
    a.degree++;
    b.degree++;
    a.weightedDegree += weight;
    b.weightedDegree += weight;
  });
  return result;
}
