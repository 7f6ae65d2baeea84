import type { NetworkNodeData } from './network-query';
import type { ColourMode } from './network-url-state';

/**
 * The Okabe–Ito palette, told apart with every common colour-vision deficiency. Black is kept
 * for outlines and highlights, so seven colours remain for categories; the rest share grey.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Categories in order of size take these; the largest gets the first. */
export const CATEGORY_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];

/** Everything beyond the coloured categories, and organisations brought in from outside the filter. */
export const OTHER_COLOUR = '#A3A3A3';
/** Organisations with no region recorded (province mode): white, so the outline carries them. */
export const UNKNOWN_COLOUR = '#FFFFFF';

const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Institution: OKABE_ITO.blue,
  Enterprise: OKABE_ITO.orange,
  Government: OKABE_ITO.bluishGreen,
};

/** One row of the legend; `kind` says how to name it, `key` what it stands for. */
export interface LegendEntry {
  readonly kind: 'label' | 'community' | 'province' | 'other' | 'unknown';
  readonly key: string;
  readonly colour: string;
  readonly count: number;
}

export interface ColourScale {
  readonly mode: ColourMode;
  /** A colour per node, in node order. */
  readonly colours: readonly string[];
  readonly legend: readonly LegendEntry[];
}

/** The province of a GB/T 2260 region code: its first two digits and four zeros. */
export function provinceOf(regionCode: string | null | undefined): string | null {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return null;
  return `${regionCode.slice(0, 2)}0000`;
}

/**
 * Partners outside a one-end network's regions are drawn hollow and grey whatever the mode
 * (canvas-renderer), so they count in no colour of the legend, which gives them a row of their own.
 */
export const OUTSIDE_STROKE = '#7D8590';

export function colourScale(mode: ColourMode, all: readonly NetworkNodeData[]): ColourScale {
  const scale = insideScale(mode, all.filter((node) => node.outsideRegions !== true));
  if (scale.colours.length === all.length) return scale;
  // Colours per node of the whole list again: those outside take the grey of "other" (not filled).
  let next = 0;
  const colours = all.map((node) => (node.outsideRegions === true ? OTHER_COLOUR : scale.colours[next++]!));
  return { ...scale, colours };
}

/** How many nodes are partners outside the chosen regions. */
export function outsideCount(nodes: readonly NetworkNodeData[]): number {
  return nodes.reduce((sum, node) => sum + (node.outsideRegions === true ? 1 : 0), 0);
}

function insideScale(mode: ColourMode, nodes: readonly NetworkNodeData[]): ColourScale {
  if (mode === 'type') return typeScale(nodes);
  const keyOf =
    mode === 'community'
      ? (node: NetworkNodeData) => (node.added || node.community < 0 ? null : String(node.community))
      : (node: NetworkNodeData) => provinceOf(node.regionCode);
  return rankedScale(mode, nodes, keyOf);
}

function typeScale(nodes: readonly NetworkNodeData[]): ColourScale {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
  const colours = nodes.map((node) => TYPE_COLOURS[node.label] ?? OTHER_COLOUR);
  const legend: LegendEntry[] = Object.keys(TYPE_COLOURS).map((label) => ({
    kind: 'label',
    key: label,
    colour: TYPE_COLOURS[label]!,
    count: counts.get(label) ?? 0,
  }));
  const others = nodes.filter((node) => TYPE_COLOURS[node.label] === undefined).length;
  if (others > 0) legend.push({ kind: 'other', key: 'other', colour: OTHER_COLOUR, count: others });
  return { mode: 'type', colours, legend };
}

/**
 * Communities or provinces: the seven largest (ties by key, so colours repeat from run to run)
 * take the palette, smaller ones share grey, unknown ones are white.
 */
function rankedScale(
  mode: 'community' | 'province',
  nodes: readonly NetworkNodeData[],
  keyOf: (node: NetworkNodeData) => string | null,
): ColourScale {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const node of nodes) {
    const key = keyOf(node);
    if (key === null) unknown += 1;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]));
  const coloured = new Map(ranked.slice(0, CATEGORY_COLOURS.length).map(([key], rank) => [key, CATEGORY_COLOURS[rank]!]));
  const unknownColour = mode === 'community' ? OTHER_COLOUR : UNKNOWN_COLOUR;
  const colours = nodes.map((node) => {
    const key = keyOf(node);
    return key === null ? unknownColour : (coloured.get(key) ?? OTHER_COLOUR);
  });
  const legend: LegendEntry[] = ranked
    .slice(0, CATEGORY_COLOURS.length)
    .map(([key, count]) => ({ kind: mode, key, colour: coloured.get(key)!, count }));
  const rest = ranked.slice(CATEGORY_COLOURS.length);
  const otherCount = rest.reduce((sum, [, count]) => sum + count, 0) + (mode === 'community' ? unknown : 0);
  if (otherCount > 0) legend.push({ kind: 'other', key: String(rest.length), colour: OTHER_COLOUR, count: otherCount });
  if (mode === 'province' && unknown > 0) legend.push({ kind: 'unknown', key: 'unknown', colour: UNKNOWN_COLOUR, count: unknown });
  return { mode, colours, legend };
}

function compareKeys(a: string, b: string): number {
  const numeric = Number(a) - Number(b);
  return Number.isNaN(numeric) ? a.localeCompare(b) : numeric;
}
