import type { GraphModel } from './graph-model';
import { NO_INSETS, type Insets } from './legend-cover';

/** Pan and zoom: screen = graph × k + (x, y), in CSS pixels. */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface Viewport {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly transform: ViewTransform;
  /** Where labels may go (CSS pixels); the whole canvas when absent. A snapshot with margins keeps them to the visible part. */
  readonly labelArea?: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

/** What to draw: the graph, where its nodes are, and how each looks. */
export interface Scene {
  readonly model: GraphModel;
  readonly positions: Float32Array;
  readonly radii: Float32Array;
  readonly colours: readonly string[];
  /** Node indices by colour, so each colour is one fill. */
  readonly colourGroups: ReadonlyMap<string, readonly number[]>;
  /** Node indices, largest circle first: the order labels are tried in. */
  readonly bySize: readonly number[];
  readonly labelOf: (index: number) => string;
  /** 1 for a node drawn hollow (a partner outside the chosen regions); null when none is. */
  readonly hollow?: Uint8Array | null;
}

/** What stands out: the node under the pointer, the selection, pinned nodes, a path. */
export interface Highlight {
  readonly hovered: number;
  readonly selected: number;
  readonly pinned: ReadonlySet<number>;
  readonly pathNodes: ReadonlySet<number> | null;
  readonly pathLinks: ReadonlySet<number> | null;
}

export const NO_HIGHLIGHT: Highlight = { hovered: -1, selected: -1, pinned: new Set(), pathNodes: null, pathLinks: null };

const INK = '#1b1f24';
/** Links: the muted ink of styles.css, as r, g, b for rgba(). */
const LINK_RGB = '77, 85, 97';
const OUTLINE = 'rgba(27, 31, 36, 0.7)';
/** Hollow nodes: a grey ring on white (colour-scales' OUTSIDE_STROKE). */
const HOLLOW_STROKE = '#7D8590';
const BACKGROUND = '#ffffff';
const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const MAX_AUTO_LABELS = 30;

export function colourGroups(colours: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  colours.forEach((colour, index) => {
    const group = groups.get(colour);
    if (group) group.push(index);
    else groups.set(colour, [index]);
  });
  return groups;
}

/** Node indices, largest first (ties by index). */
export function orderBySize(radii: Float32Array): number[] {
  return Array.from(radii, (_, i) => i).sort((a, b) => radii[b]! - radii[a]! || a - b);
}

/**
 * Draws the network: links first (one stroke per strength), then nodes (one fill per colour),
 * then rings for the selection, pins and path, then labels in screen space on pale chips, and
 * last the hovered node. Nodes off screen are skipped.
 */
export function drawNetwork(ctx: CanvasRenderingContext2D, viewport: Viewport, scene: Scene, highlight: Highlight): void {
  drawBase(ctx, viewport, scene, highlight);
  drawHover(ctx, viewport, scene, highlight.hovered);
}

/** Everything but the hovered node: what a snapshot keeps, since hovering changes nothing else. */
export function drawBase(ctx: CanvasRenderingContext2D, viewport: Viewport, scene: Scene, highlight: Highlight): void {
  const { width, height, dpr, transform } = viewport;
  const { k } = transform;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  if (scene.model.nodes.length === 0) return;

  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * transform.x, dpr * transform.y);
  const bounds = viewBounds(viewport);
  const dimmed = highlight.pathNodes !== null;
  drawLinks(ctx, scene, { k, dpr }, bounds, { colour: LINK_RGB, faded: dimmed });
  if (highlight.pathLinks !== null) drawLinks(ctx, scene, { k, dpr }, bounds, { bold: 3.5, only: highlight.pathLinks });
  drawNodes(ctx, scene, k, bounds, dimmed ? highlight.pathNodes : null);
  drawRings(ctx, scene, k, highlight);
  drawLabels(ctx, viewport, scene, { ...highlight, hovered: -1 }, true);
}

/** The node under the pointer, over a finished picture: its links in ink, a ring, its name. */
export function drawHover(ctx: CanvasRenderingContext2D, viewport: Viewport, scene: Scene, hovered: number): void {
  if (hovered < 0 || hovered >= scene.model.nodes.length) return;
  const { dpr, transform } = viewport;
  const { k } = transform;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * transform.x, dpr * transform.y);
  drawLinks(ctx, scene, { k, dpr }, viewBounds(viewport), { bold: 1.5, only: new Set(scene.model.linksAt[hovered]) });
  strokeRing(ctx, scene, k, hovered, 2, 2, INK);
  drawLabels(ctx, viewport, scene, { ...NO_HIGHLIGHT, hovered }, false);
}

function viewBounds({ width, height, transform }: Viewport): Bounds {
  const { k } = transform;
  return { x0: -transform.x / k, y0: -transform.y / k, x1: (width - transform.x) / k, y1: (height - transform.y) / k };
}

interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Above this many links, lines are one device pixel wide: canvas draws those on a fast path, wider ones cost ten times more. */
const HAIRLINE_LINKS = 1500;
/** Alpha of the link colour for 1, 2, and 3 or more agreements: darker is stronger. */
const LINK_ALPHA = [0.35, 0.6, 0.9] as const;

function drawLinks(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  transform: { readonly k: number; readonly dpr: number },
  bounds: Bounds,
  style: { readonly colour: string; readonly faded: boolean } | { readonly bold: number; readonly only: ReadonlySet<number> },
): void {
  const { linkEnds, linkWeights } = scene.model;
  const { k, dpr } = transform;
  const p = scene.positions;
  const hairline = linkWeights.length > HAIRLINE_LINKS;
  const only = 'only' in style ? style.only : null;
  ctx.lineCap = hairline ? 'butt' : 'round';
  const trace = (i: number): boolean => {
    const a = linkEnds[2 * i]!;
    const b = linkEnds[2 * i + 1]!;
    const ax = p[2 * a]!;
    const ay = p[2 * a + 1]!;
    const bx = p[2 * b]!;
    const by = p[2 * b + 1]!;
    if ((ax < bounds.x0 && bx < bounds.x0) || (ax > bounds.x1 && bx > bounds.x1)) return false;
    if ((ay < bounds.y0 && by < bounds.y0) || (ay > bounds.y1 && by > bounds.y1)) return false;
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    return true;
  };
  if (only !== null && 'bold' in style) {
    ctx.beginPath();
    let any = false;
    for (const i of only) any = trace(i) || any;
    if (!any) return;
    ctx.strokeStyle = INK;
    ctx.lineWidth = style.bold / k;
    ctx.stroke();
    return;
  }
  if (!('colour' in style)) return;
  // Three strengths, by the number of agreements behind a link: 1, 2, 3 or more.
  for (let strength = 1; strength <= 3; strength += 1) {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < linkWeights.length; i += 1) {
      const w = Math.min(3, Math.max(1, Math.round(linkWeights[i] ?? 1)));
      if (w === strength) any = trace(i) || any;
    }
    if (!any) continue;
    const alpha = LINK_ALPHA[strength - 1]! * (style.faded ? 0.3 : 1);
    ctx.strokeStyle = `rgba(${style.colour}, ${alpha})`;
    ctx.lineWidth = hairline ? 1 / (k * dpr) : (0.6 + 0.6 * strength) / k;
    ctx.stroke();
  }
}

/** Below this radius on screen a node is a filled square without outline: far cheaper to draw, and it looks the same. */
const TINY_PX = 2.5;

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, k: number, bounds: Bounds, bright: ReadonlySet<number> | null): void {
  const p = scene.positions;
  const r = scene.radii;
  const tiny = TINY_PX / k;
  const hollow = scene.hollow ?? null;
  const groups: [string, readonly number[], boolean][] = [...scene.colourGroups].map(([colour, members]) => [colour, hollow === null ? members : members.filter((i) => hollow[i] !== 1), false]);
  if (hollow !== null) {
    const rings: number[] = [];
    for (let i = 0; i < hollow.length; i += 1) if (hollow[i] === 1) rings.push(i);
    groups.push([BACKGROUND, rings, true]);
  }
  for (const pass of bright === null ? ['all'] : ['faded', 'bright']) {
    ctx.globalAlpha = pass === 'faded' ? 0.22 : 1;
    for (const [colour, members, isHollow] of groups) {
      ctx.fillStyle = colour;
      ctx.lineWidth = (isHollow ? 1.6 : 0.8) / k;
      ctx.strokeStyle = isHollow ? HOLLOW_STROKE : OUTLINE;
      for (const size of ['small', 'large'] as const) {
        ctx.beginPath();
        let any = false;
        for (const i of members) {
          if (bright !== null && bright.has(i) !== (pass === 'bright')) continue;
          const radius = r[i]!;
          if ((radius < tiny) !== (size === 'small')) continue;
          const x = p[2 * i]!;
          const y = p[2 * i + 1]!;
          if (x + radius < bounds.x0 || x - radius > bounds.x1 || y + radius < bounds.y0 || y - radius > bounds.y1) continue;
          if (size === 'small') ctx.rect(x - radius, y - radius, 2 * radius, 2 * radius);
          else {
            ctx.moveTo(x + radius, y);
            ctx.arc(x, y, radius, 0, 2 * Math.PI);
          }
          any = true;
        }
        if (!any) continue;
        ctx.fill();
        if (size === 'large' || isHollow) ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;
}

function strokeRing(ctx: CanvasRenderingContext2D, scene: Scene, k: number, i: number, px: number, gapPx: number, colour: string, dash: number[] = []): void {
  if (i < 0 || i >= scene.radii.length) return;
  ctx.beginPath();
  ctx.arc(scene.positions[2 * i]!, scene.positions[2 * i + 1]!, scene.radii[i]! + gapPx / k, 0, 2 * Math.PI);
  ctx.setLineDash(dash.map((d) => d / k));
  ctx.lineWidth = px / k;
  ctx.strokeStyle = colour;
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawRings(ctx: CanvasRenderingContext2D, scene: Scene, k: number, highlight: Highlight): void {
  if (highlight.pathNodes !== null) for (const i of highlight.pathNodes) strokeRing(ctx, scene, k, i, 2, 2, INK);
  for (const i of highlight.pinned) strokeRing(ctx, scene, k, i, 2, 3, INK, [3, 2]);
  if (highlight.selected >= 0) {
    strokeRing(ctx, scene, k, highlight.selected, 5, 3.5, BACKGROUND);
    strokeRing(ctx, scene, k, highlight.selected, 3, 3.5, INK);
  }
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * Labels for the nodes that matter (hovered, selected, pinned, on the path), then for the
 * largest nodes big enough on screen, skipping any that would overlap one already placed.
 */
function drawLabels(ctx: CanvasRenderingContext2D, viewport: Viewport, scene: Scene, highlight: Highlight, withAutoLabels: boolean): void {
  const { dpr, transform, width, height } = viewport;
  const area = viewport.labelArea ?? { x0: 0, y0: 0, x1: width, y1: height };
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  const placed: Box[] = [];
  const forced = new Set<number>();
  for (const i of [highlight.hovered, highlight.selected, ...highlight.pinned, ...(highlight.pathNodes ?? [])]) if (i >= 0) forced.add(i);

  const tryLabel = (i: number, force: boolean): boolean => {
    const sx = scene.positions[2 * i]! * transform.k + transform.x;
    const sy = scene.positions[2 * i + 1]! * transform.k + transform.y;
    const sr = scene.radii[i]! * transform.k;
    if (sx < area.x0 - 200 || sx > area.x1 + 20 || sy < area.y0 - 20 || sy > area.y1 + 20) return false;
    const text = scene.labelOf(i);
    const textWidth = ctx.measureText(text).width;
    // Right of the node, or left of it where the right would run off the canvas.
    const right = sx + sr + 7 + textWidth <= area.x1;
    const x0 = right ? sx + sr + 3 : sx - sr - 7 - textWidth;
    const box = { x0, y0: sy - 8, x1: x0 + textWidth + 4, y1: sy + 8 };
    const outside = box.x0 < area.x0 || box.y0 < area.y0 || box.y1 > area.y1;
    if (!force && (outside || placed.some((other) => overlaps(box, other)))) return false;
    placed.push(box);
    // A pale chip behind the text keeps it readable over links (a stroked halo costs far more to draw).
    ctx.fillStyle = 'rgba(255, 255, 255, 0.82)';
    ctx.fillRect(box.x0, box.y0 + 1, box.x1 - box.x0, box.y1 - box.y0 - 2);
    ctx.fillStyle = INK;
    ctx.fillText(text, box.x0 + 2, sy);
    return true;
  };

  for (const i of forced) tryLabel(i, true);
  // With a path shown, only its organisations (and the selection, pins) are named.
  if (!withAutoLabels || highlight.pathNodes !== null) return;
  let auto = 0;
  const minScreenRadius = scene.bySize.length > 300 ? 7 : 5;
  for (const i of scene.bySize) {
    if (auto >= MAX_AUTO_LABELS) break;
    if (scene.radii[i]! * transform.k < minScreenRadius) break;
    if (forced.has(i)) continue;
    if (tryLabel(i, false)) auto += 1;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * The transform that fits every node in a width × height box with a margin, clear of `covered`
 * (panels over the box's edges, such as the open legend) unless that would leave under a third
 * of the box either way.
 */
export function fitTransform(positions: Float32Array, radii: Float32Array, count: number, width: number, height: number, margin = 24, covered: Insets = NO_INSETS): ViewTransform {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < count; i += 1) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    const r = radii[i] ?? 0;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
  }
  if (!Number.isFinite(x0) || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, k: 1 };
  const roomy = width - covered.left - covered.right >= width / 3 && height - covered.top - covered.bottom >= height / 3;
  const clear = roomy ? covered : NO_INSETS;
  const boxWidth = width - clear.left - clear.right;
  const boxHeight = height - clear.top - clear.bottom;
  const k = Math.min(2, Math.max(0.02, Math.min((boxWidth - 2 * margin) / Math.max(1, x1 - x0), (boxHeight - 2 * margin) / Math.max(1, y1 - y0))));
  return { x: clear.left + boxWidth / 2 - ((x0 + x1) / 2) * k, y: clear.top + boxHeight / 2 - ((y0 + y1) / 2) * k, k };
}
