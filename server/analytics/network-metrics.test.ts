import { describe, expect, it } from "vitest";
import { betweenness } from "./betweenness.ts";
import { communities } from "./communities.ts";
import { id, randomGraph, twoCliquesGraph } from "./graph-fixtures.ts";
import { networkMetrics } from "./network-metrics.ts";

describe("networkMetrics", () => {
  it("gives every node its degree, weighted degree, betweenness and community", () => {
    const metrics = networkMetrics(twoCliquesGraph());
    expect(metrics.nodes.size).toBe(10);
    // Node 4: its four clique mates and the bridge; a bridge end, so 20 of 36 pairs (see betweenness).
    expect(metrics.nodes.get(id(4))).toEqual({
      degree: 5,
      weightedDegree: 5,
      betweenness: expect.closeTo(20 / 36, 12),
      community: 1,
    });
    expect(metrics.nodes.get(id(9))).toEqual({ degree: 4, weightedDegree: 4, betweenness: 0, community: 2 });
    expect(metrics).toMatchObject({
      betweenness: { method: "exact", sampleSize: null },
      communities: 2,
      modularity: expect.closeTo(19 / 42, 10),
    });
  });

  it("takes the defaults for options left out or passed on as undefined", () => {
    const graph = randomGraph(200, 3, 2);
    const defaults = networkMetrics(graph);
    const undefinedOptions = networkMetrics(graph, {
      betweenness: { exactUpTo: undefined, sampleSize: undefined, seed: undefined },
      communities: { seed: undefined, resolution: undefined },
    });
    expect(undefinedOptions).toEqual(defaults);
    expect(defaults.betweenness).toEqual({ method: "exact", sampleSize: null });
    // The seed matters only to a sample.
    const sampled = { exactUpTo: 50, sampleSize: 20 };
    expect(networkMetrics(graph, { betweenness: { ...sampled, seed: undefined } })).toEqual(
      networkMetrics(graph, { betweenness: sampled }),
    );
  });

  it("passes its options on", () => {
    const graph = randomGraph(200, 3, 2);
    const options = { betweenness: { exactUpTo: 50, sampleSize: 20, seed: 3 }, communities: { seed: 4, resolution: 2 } };
    const metrics = networkMetrics(graph, options);
    const between = betweenness(graph, options.betweenness);
    const partition = communities(graph, options.communities);
    expect(metrics.betweenness).toEqual({ method: "sampled", sampleSize: 20 });
    expect(metrics.communities).toBe(partition.count);
    expect(metrics.modularity).toBe(partition.modularity);
    for (const [node, values] of metrics.nodes) {
      expect(values.betweenness).toBe(between.values.get(node));
      expect(values.community).toBe(partition.assignment.get(node));
    }
  });
});
