import type { MetricsSnapshot } from "./compute-scopes.ts";

/**
 * A snapshot as it crosses to the worker: ids once, links as typed arrays of id positions, which
 * move without copying. Copying 800,000 link objects would cost the server's thread a second.
 */
export interface PackedSnapshot {
  ids: string[];
  regionCodes: string[][];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function packSnapshot(snapshot: MetricsSnapshot): PackedSnapshot {
  const ids = snapshot.organizations.map((org) => org.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const positionOf = (id: string) => {
    let at = position.get(id);
    if (at === undefined) {
      // A link to an organisation the snapshot's first read did not see (it arrived in between).
      at = ids.length;
      ids.push(id);
      position.set(id, at);
    }
    return at;
  };
  const { links } = snapshot;
  const sources = new Int32Array(links.length);
  const targets = new Int32Array(links.length);
  const weights = new Float64Array(links.length);
  links.forEach((link, i) => {
    sources[i] = positionOf(link.source);
    targets[i] = positionOf(link.target);
    weights[i] = link.weight;
  });
  const regionCodes = ids.map((_, i) => snapshot.organizations[i]?.regionCodes ?? []);
  return { ids, regionCodes, sources, targets, weights };
}

export function unpackSnapshot(packed: PackedSnapshot): MetricsSnapshot {
  const { ids } = packed;
  return {
    organizations: ids.map((id, i) => ({ id, regionCodes: packed.regionCodes[i]! })),
    links: Array.from(packed.sources, (source, i) => ({ source: ids[source]!, target: ids[packed.targets[i]!]!, weight: packed.weights[i]! })),
  };
}
