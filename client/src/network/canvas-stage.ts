import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import { drawBase, drawHover, drawNetwork, fitTransform, NO_HIGHLIGHT, type Highlight, type Scene, type ViewTransform, type Viewport } from './canvas-renderer';
import { createFrameMeter } from './frame-meter';
import type { Insets } from './legend-cover';
import { buildHitIndex, type HitIndex } from './hit-test';

export interface CanvasStageCallbacks {
  /** The pointer is over node `index` (-1: none) at (x, y) in the stage's pixels. */
  readonly onHover: (index: number, x: number, y: number) => void;
  readonly onClick: (index: number, event: MouseEvent) => void;
  readonly onDoubleClick: (index: number) => void;
  readonly onEscape: () => void;
  readonly onEnter: () => void;
  /** Panels over the stage's edges (the open legend): a fit keeps the network clear of them. */
  readonly covered?: () => Insets;
}

export interface CanvasStage {
  setScene(scene: Scene | null): void;
  /** The scene's positions moved (the layout went on): rebuild the hit index, redraw. */
  positionsChanged(): void;
  setHighlight(highlight: Highlight): void;
  /** Fits the network in view after a layout step (unless the user has moved the view), drawing lazily. */
  followLayout(): void;
  /** Fits the whole network in view, unless the user has panned or zoomed (or `force`). */
  fit(force?: boolean): void;
  centreOn(index: number): void;
  zoomBy(factor: number): void;
  viewport(): Viewport;
  /** A node's centre in viewport (client) coordinates, or null when it is off screen. */
  clientPosition(index: number): { x: number; y: number } | null;
  dispose(): void;
}

const KEY_PAN = 60;
/** Above this many nodes and links, draws go through a snapshot and layout steps are drawn lazily. */
const EXPENSIVE_PRIMITIVES = 6000;
/** The snapshot reaches this far (a share of the larger side) beyond each edge, so a pan shows no blank edge at once. */
const SNAPSHOT_MARGIN = 0.25;
const LAZY_INTERVAL_MS = 300;

function sameTransform(a: ViewTransform, b: ViewTransform): boolean {
  return a.x === b.x && a.y === b.y && a.k === b.k;
}

interface Snapshot {
  readonly canvas: HTMLCanvasElement;
  readonly version: number;
  readonly transform: ZoomTransform;
  readonly margin: number;
}

/**
 * The canvas and everything done on it: sizing to its box at the device's pixel ratio, pan and
 * zoom (d3-zoom; arrows and + − 0 from the keyboard), hover and click through a quadtree, and
 * drawing at most once per animation frame. Pans and zooms are timed by the frame meter.
 */
export function createCanvasStage(stage: HTMLElement, canvas: HTMLCanvasElement, callbacks: CanvasStageCallbacks): CanvasStage {
  const context = canvas.getContext('2d', { alpha: false });
  if (context === null) throw new Error('This browser cannot draw on a canvas.');
  const ctx = context;
  let scene: Scene | null = null;
  let highlight: Highlight = NO_HIGHLIGHT;
  let transform: ZoomTransform = zoomIdentity;
  let width = 0;
  let height = 0;
  let dpr = 1;
  let frame = 0;
  let moved = false;
  let hitIndex: HitIndex | null = null;
  let hovered = -1;
  /** Bumps whenever what is drawn changes (positions, styles, highlight), not when the view moves. */
  let version = 0;
  /** A pan or zoom by the user is under way. */
  let gesture = false;
  let snapshot: Snapshot | null = null;
  let lastFullDraw = 0;
  /** The view is being fitted to a layout step: draw lazily, like the step itself. */
  let followingLayout = false;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  const meter = createFrameMeter();

  const viewport = (): Viewport => ({ width, height, dpr, transform: { x: transform.x, y: transform.y, k: transform.k } });
  const expensive = () => scene !== null && scene.model.nodes.length + scene.model.links.length > EXPENSIVE_PRIMITIVES;

  /** Renders the picture without the hovered node into the snapshot, a margin wider than the view on each side. */
  const renderSnapshot = (current: Scene): Snapshot | null => {
    const margin = Math.round(Math.max(width, height) * SNAPSHOT_MARGIN);
    const target = snapshot?.canvas ?? document.createElement('canvas');
    const snapshotWidth = Math.round((width + 2 * margin) * dpr);
    const snapshotHeight = Math.round((height + 2 * margin) * dpr);
    if (target.width !== snapshotWidth || target.height !== snapshotHeight) {
      target.width = snapshotWidth;
      target.height = snapshotHeight;
    }
    const targetContext = target.getContext('2d', { alpha: false });
    if (targetContext === null) return null;
    drawBase(
      targetContext,
      {
        width: width + 2 * margin,
        height: height + 2 * margin,
        dpr,
        transform: { x: transform.x + margin, y: transform.y + margin, k: transform.k },
        labelArea: { x0: margin, y0: margin, x1: margin + width, y1: margin + height },
      },
      current,
      highlight,
    );
    lastFullDraw = performance.now();
    return { canvas: target, version, transform, margin };
  };

  /** The last snapshot, moved and scaled to the current view: a pan costs one image copy. */
  const blit = (shot: Snapshot) => {
    const ratio = transform.k / shot.transform.k;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(
      shot.canvas,
      transform.x - ratio * (shot.transform.x + shot.margin),
      transform.y - ratio * (shot.transform.y + shot.margin),
      (shot.canvas.width / dpr) * ratio,
      (shot.canvas.height / dpr) * ratio,
    );
  };

  /**
   * One frame. A small network is drawn whole every time. A large one is drawn into the snapshot
   * only when it changed, or when the view moved and no gesture is under way (so it is sharp
   * again after a pan or zoom); otherwise the snapshot is copied, and the hovered node drawn over it.
   */
  const draw = () => {
    frame = 0;
    if (width === 0 || height === 0) return;
    const started = performance.now();
    if (scene === null) {
      snapshot = null;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
    } else if (!expensive()) {
      snapshot = null;
      drawNetwork(ctx, viewport(), scene, { ...highlight, hovered });
      lastFullDraw = performance.now();
    } else {
      const stale = snapshot === null || snapshot.version !== version || (!gesture && !sameTransform(snapshot.transform, transform));
      if (stale) snapshot = renderSnapshot(scene);
      if (snapshot === null) drawNetwork(ctx, viewport(), scene, { ...highlight, hovered });
      else {
        blit(snapshot);
        drawHover(ctx, viewport(), scene, hovered);
      }
    }
    meter.recordDraw(performance.now() - started);
  };
  const requestDraw = () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };
  /** A redraw that may wait: layout steps of a large network are drawn at most every few hundred ms, so input stays quick. */
  const requestLazyDraw = () => {
    if (!expensive()) {
      requestDraw();
      return;
    }
    if (deferred !== undefined) return;
    const wait = Math.max(0, lastFullDraw + LAZY_INTERVAL_MS - performance.now());
    deferred = setTimeout(() => {
      deferred = undefined;
      requestDraw();
    }, wait);
  };

  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 16])
    .on('start', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      if (!event.sourceEvent) return;
      gesture = true;
      meter.start();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = event.transform;
      if (event.sourceEvent) moved = true;
      canvas.dataset['zoom'] = transform.k.toFixed(3);
      if (hovered >= 0 && event.sourceEvent?.type !== 'wheel') setHovered(-1, 0, 0);
      if (followingLayout) requestLazyDraw();
      else requestDraw();
    })
    .on('end', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      if (!event.sourceEvent) return;
      gesture = false;
      // Sharp again at the new scale and position.
      requestDraw();
      // The last frame of the gesture is still to come: stop after it.
      requestAnimationFrame(() => {
        const stats = meter.stop({ nodes: scene?.model.nodes.length ?? 0, links: scene?.model.links.length ?? 0 });
        if (stats) canvas.dataset['frameMs'] = String(stats.interval.meanMs);
      });
    });
  const canvasSelection = select(canvas);
  canvasSelection.call(behaviour).on('dblclick.zoom', null);

  const setTransform = (next: ZoomTransform) => canvasSelection.call(behaviour.transform, next);

  const nodeAt = (clientX: number, clientY: number): number => {
    if (scene === null) return -1;
    if (hitIndex === null) hitIndex = buildHitIndex(scene.positions, scene.radii, scene.model.nodes.length);
    const rect = canvas.getBoundingClientRect();
    const [x, y] = transform.invert([clientX - rect.left, clientY - rect.top]);
    return hitIndex.find(x, y, 4 / transform.k);
  };

  const setHovered = (index: number, x: number, y: number) => {
    const changed = index !== hovered;
    hovered = index;
    canvas.style.cursor = index >= 0 ? 'pointer' : '';
    callbacks.onHover(index, x, y);
    if (changed) requestDraw();
  };

  const onPointerMove = (event: PointerEvent) => {
    if (event.buttons !== 0) return;
    const index = nodeAt(event.clientX, event.clientY);
    const rect = stage.getBoundingClientRect();
    setHovered(index, event.clientX - rect.left, event.clientY - rect.top);
  };
  const onPointerLeave = () => setHovered(-1, 0, 0);
  const onClick = (event: MouseEvent) => callbacks.onClick(nodeAt(event.clientX, event.clientY), event);
  const onDoubleClick = (event: MouseEvent) => {
    const index = nodeAt(event.clientX, event.clientY);
    if (index >= 0) callbacks.onDoubleClick(index);
    else {
      const rect = canvas.getBoundingClientRect();
      canvasSelection.call(behaviour.scaleBy, 2, [event.clientX - rect.left, event.clientY - rect.top]);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const pan: Record<string, [number, number]> = { ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN] };
    const step = pan[event.key];
    if (step) {
      moved = true;
      canvasSelection.call(behaviour.translateBy, step[0] / transform.k, step[1] / transform.k);
    } else if (event.key === '+' || event.key === '=') stageApi.zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') stageApi.zoomBy(1 / 1.5);
    else if (event.key === '0') stageApi.fit(true);
    else if (event.key === 'Escape') callbacks.onEscape();
    else if (event.key === 'Enter') callbacks.onEnter();
    else return;
    event.preventDefault();
  };
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('dblclick', onDoubleClick);
  canvas.addEventListener('keydown', onKeyDown);

  const resize = () => {
    const box = stage.getBoundingClientRect();
    const nextWidth = Math.max(1, Math.floor(box.width));
    const nextHeight = Math.max(1, Math.floor(box.height));
    const nextDpr = Math.min(2, window.devicePixelRatio || 1);
    if (nextWidth === width && nextHeight === height && nextDpr === dpr) return;
    width = nextWidth;
    height = nextHeight;
    dpr = nextDpr;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    snapshot = null;
    stageApi.fit();
    draw();
  };
  const observer = new ResizeObserver(resize);
  observer.observe(stage);

  const stageApi: CanvasStage = {
    setScene(next) {
      scene = next;
      hitIndex = null;
      hovered = -1;
      version += 1;
      requestDraw();
    },
    positionsChanged() {
      hitIndex = null;
      version += 1;
      requestLazyDraw();
    },
    followLayout() {
      followingLayout = true;
      stageApi.fit();
      followingLayout = false;
    },
    setHighlight(next) {
      highlight = next;
      version += 1;
      requestDraw();
    },
    fit(force = false) {
      if (scene === null || (moved && !force)) return;
      if (force) moved = false;
      const fitted = fitTransform(scene.positions, scene.radii, scene.model.nodes.length, width, height, undefined, callbacks.covered?.());
      setTransform(zoomIdentity.translate(fitted.x, fitted.y).scale(fitted.k));
    },
    centreOn(index) {
      if (scene === null || index < 0) return;
      const x = scene.positions[2 * index]!;
      const y = scene.positions[2 * index + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      moved = true;
      const k = Math.max(transform.k, 1);
      setTransform(zoomIdentity.translate(width / 2 - x * k, height / 2 - y * k).scale(k));
    },
    zoomBy(factor) {
      moved = true;
      canvasSelection.call(behaviour.scaleBy, factor, [width / 2, height / 2]);
    },
    viewport,
    clientPosition(index) {
      if (scene === null || index < 0 || index >= scene.model.nodes.length) return null;
      const x = transform.applyX(scene.positions[2 * index]!);
      const y = transform.applyY(scene.positions[2 * index + 1]!);
      if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0 || x > width || y > height) return null;
      const rect = canvas.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y };
    },
    dispose() {
      observer.disconnect();
      meter.dispose();
      if (frame !== 0) cancelAnimationFrame(frame);
      clearTimeout(deferred);
      canvasSelection.on('.zoom', null);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('dblclick', onDoubleClick);
      canvas.removeEventListener('keydown', onKeyDown);
    },
  };
  return stageApi;
}
