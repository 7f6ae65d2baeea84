import type { RegionFlow } from './map-flows';

export interface NetworkNodeRef {
  readonly id: string;
  readonly label: string;
  readonly regionCode: string | null;
}

export interface NetworkLinkRef {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface RegionCounts {
  readonly agreements: Map<string, number>;
  readonly institutions: Map<string, number>;
  readonly enterprises: Map<string, number>;
  readonly flows: RegionFlow[];
}

/**
 * The region on the map an organisation's region code falls in: the code itself when the map has
 * it, else its prefecture (first four digits), else its province (first two); null when outside.
 */
export function mapRegionOf(code: string | null, mapCodes: ReadonlySet<string>): string | null {
  if (code === null || !/^\d{6}$/.test(code)) return null;
  for (const candidate of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) if (mapCodes.has(candidate)) return candidate;
  return null;
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Figures per map region from the cooperation network: institutions and enterprises located
 * there, agreements (the weights of the links with at least one party there, each link counted
 * once per region, so an agreement of three parties counts per pair), and flows between regions
 * (links whose two parties lie in different regions).
 */
export function regionCounts(nodes: readonly NetworkNodeRef[], links: readonly NetworkLinkRef[], mapCodes: ReadonlySet<string>): RegionCounts {
  const institutions = new Map<string, number>();
  const enterprises = new Map<string, number>();
  const agreements = new Map<string, number>();
  const regionOfNode = new Map<string, string | null>();
  for (const node of nodes) {
    const region = mapRegionOf(node.regionCode, mapCodes);
    regionOfNode.set(node.id, region);
    if (region === null) continue;
    if (node.label === 'Institution') add(institutions, region, 1);
    else if (node.label === 'Enterprise') add(enterprises, region, 1);
  }
  const flowsByPair = new Map<string, RegionFlow & { links: number; agreements: number }>();
  for (const link of links) {
    const a = regionOfNode.get(link.source) ?? null;
    const b = regionOfNode.get(link.target) ?? null;
    if (a !== null) add(agreements, a, link.weight);
    if (b !== null && b !== a) add(agreements, b, link.weight);
    if (a === null || b === null || a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}|${target}`;
    const flow = flowsByPair.get(key) ?? { source, target, links: 0, agreements: 0 };
    flowsByPair.set(key, { ...flow, links: flow.links + 1, agreements: flow.agreements + link.weight });
  }
  return { agreements, institutions, enterprises, flows: [...flowsByPair.values()] };
}

/** Counts as map values: a region with none recorded has no value (hatched, not the lightest colour). */
export function countValues(counts: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...counts].filter(([, count]) => count > 0));
}
