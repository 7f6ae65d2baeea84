import { max, scaleSqrt, select } from 'd3';

/** Cooperation between two regions: how many links (pairs of partners) join them, and their agreements. */
export interface RegionFlow {
  readonly source: string;
  readonly target: string;
  /** Links between organisations of the two regions. */
  readonly links: number;
  /** Agreements those links stand for (the sum of the links' weights). */
  readonly agreements: number;
}

export interface MapFlowsOptions {
  /** Thinnest and thickest line, in pixels. */
  readonly minWidth: number;
  readonly maxWidth: number;
  /** How far the curve bows away from the straight line, as a share of its length. */
  readonly bend: number;
  readonly colour: string;
  /** Tooltip of one flow. */
  readonly title: (flow: RegionFlow) => string;
  /** Most flows drawn, strongest first (the rest would only be noise). */
  readonly limit: number;
}

export const MAP_FLOWS_DEFAULTS: MapFlowsOptions = {
  minWidth: 1,
  maxWidth: 9,
  bend: 0.2,
  colour: '#c2410c',
  title: (flow) => `${flow.source} – ${flow.target}: ${flow.links} links, ${flow.agreements} agreements`,
  limit: 150,
};

/** The flows between regions, merged both ways, each pair once (codes in order), strongest first. */
export function mergeFlows(flows: readonly RegionFlow[]): RegionFlow[] {
  const byPair = new Map<string, { source: string; target: string; links: number; agreements: number }>();
  for (const flow of flows) {
    if (flow.source === flow.target) continue;
    const [a, b] = flow.source < flow.target ? [flow.source, flow.target] : [flow.target, flow.source];
    const key = `${a}|${b}`;
    const entry = byPair.get(key) ?? { source: a, target: b, links: 0, agreements: 0 };
    entry.links += flow.links;
    entry.agreements += flow.agreements;
    byPair.set(key, entry);
  }
  return [...byPair.values()].sort((x, y) => y.links - x.links || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
}

/** A quadratic curve from a to b bowing to the left of the way from a to b. */
export function flowCurve(a: readonly [number, number], b: readonly [number, number], bend: number): string {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const cx = mx - dy * bend;
  const cy = my + dx * bend;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}

/**
 * Cross-region cooperation as curved lines between region centres, as wide as the number of
 * links between the two regions (square-root scale, so one strong pair does not drown the rest).
 * Flows whose ends have no position (a region not on the map) are left out. Pure: returns an SVG
 * group in the given document, for the map to lay over its regions.
 */
export function mapFlows(
  flows: readonly RegionFlow[],
  positions: ReadonlyMap<string, readonly [number, number]>,
  options: Partial<MapFlowsOptions> = {},
  doc: Document = document,
): SVGGElement {
  const o: MapFlowsOptions = { ...MAP_FLOWS_DEFAULTS, ...options };
  const drawn = mergeFlows(flows)
    .filter((flow) => positions.has(flow.source) && positions.has(flow.target))
    .slice(0, o.limit);
  const width = scaleSqrt()
    .domain([0, max(drawn, (flow) => flow.links) ?? 1])
    .range([o.minWidth, o.maxWidth]);
  const group = select(doc.createElementNS('http://www.w3.org/2000/svg', 'g'))
    .attr('class', 'map-flows')
    .attr('fill', 'none')
    .attr('stroke', o.colour)
    .attr('stroke-linecap', 'round');
  // Weakest first, so the strongest lie on top.
  const flowsDrawn = group
    .selectAll('path')
    .data([...drawn].reverse())
    .join('path')
    .attr('class', 'flow')
    .attr('data-source', (flow) => flow.source)
    .attr('data-target', (flow) => flow.target)
    .attr('data-links', (flow) => flow.links)
    .attr('d', (flow) => flowCurve(positions.get(flow.source)!, positions.get(flow.target)!, o.bend))
    .attr('stroke-width', (flow) => Math.round(Math.max(o.minWidth, width(flow.links)) * 10) / 10)
    .attr('stroke-opacity', 0.75);
  flowsDrawn.append('title').text((flow) => o.title(flow));
  // The ends: small dots at the region centres that take part.
  const ends = [...new Set(drawn.flatMap((flow) => [flow.source, flow.target]))].sort();
  group
    .append('g')
    .attr('class', 'flow-ends')
    .attr('fill', o.colour)
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 1)
    .selectAll('circle')
    .data(ends)
    .join('circle')
    .attr('data-code', (code) => code)
    .attr('cx', (code) => Math.round(positions.get(code)![0] * 10) / 10)
    .attr('cy', (code) => Math.round(positions.get(code)![1] * 10) / 10)
    .attr('r', 3);
  return group.node()!;
}
