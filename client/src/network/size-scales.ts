import { scaleSqrt } from 'd3';
import type { NetworkNodeData } from './network-query';
import type { SizeMode } from './network-url-state';

export interface SizeScale {
  readonly mode: SizeMode;
  /** A radius per node (graph units), in node order. */
  readonly radii: Float32Array;
  /** The radius of a value: for the legend. */
  readonly radiusOf: (value: number) => number;
  /** Values worth showing in the legend: the largest, and a middle one. */
  readonly legendValues: readonly number[];
  readonly max: number;
}

/** Smaller circles for larger networks, so a big one does not become a solid blot. */
export function radiusRange(nodeCount: number): readonly [number, number] {
  if (nodeCount > 2000) return [1.5, 9];
  if (nodeCount > 500) return [2.5, 12];
  return [4, 18];
}

export function sizeValue(mode: SizeMode, node: NetworkNodeData): number {
  return mode === 'degree' ? node.degree : node.betweenness;
}

/** Area in proportion to degree or betweenness (a square-root scale of the radius). */
export function sizeScale(mode: SizeMode, nodes: readonly NetworkNodeData[]): SizeScale {
  const [minRadius, maxRadius] = radiusRange(nodes.length);
  let max = 0;
  for (const node of nodes) max = Math.max(max, sizeValue(mode, node));
  const scale = scaleSqrt().domain([0, max > 0 ? max : 1]).range([minRadius, maxRadius]).clamp(true);
  const radii = Float32Array.from(nodes, (node) => scale(sizeValue(mode, node)));
  const legendValues = max > 0 ? [max, max / 4].map((value) => roundForLegend(mode, value)).filter((v, i, all) => v > 0 && all.indexOf(v) === i) : [];
  return { mode, radii, radiusOf: (value) => scale(value), legendValues, max };
}

function roundForLegend(mode: SizeMode, value: number): number {
  if (mode === 'degree') return Math.max(1, Math.round(value));
  return Number(value.toPrecision(2));
}
