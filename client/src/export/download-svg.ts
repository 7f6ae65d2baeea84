import { triggerDownload } from './trigger-download';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Inherited properties a chart takes from the page, which a file on its own would lose. */
const INHERITED = ['font-family', 'font-size', 'font-weight', 'color'] as const;

export interface SerializeSvgOptions {
  /** Painted behind the chart (files have no page behind them); null keeps it transparent. */
  readonly background?: string | null;
  /** Width and height to write, for drawing at another size (the viewBox keeps the drawing). */
  readonly size?: { readonly width: number; readonly height: number };
}

/** The chart's size in CSS pixels: its width/height attributes, else its viewBox, else its box. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0) return { width: viewBox[2]!, height: viewBox[3]! };
  const box = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
}

/**
 * A standalone SVG file of the element: the SVG namespace, explicit size and viewBox, the font
 * and colour it inherits from the page written onto its root, and a background. Marks keep their
 * presentation attributes and Plot's own `<style>` element travels inside the SVG.
 */
export function serializeSvg(svg: SVGSVGElement, options: SerializeSvgOptions = {}): string {
  const doc = svg.ownerDocument;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svgSize(svg);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(options.size?.width ?? width));
  clone.setAttribute('height', String(options.size?.height ?? height));

  const computed = svg.isConnected ? doc.defaultView?.getComputedStyle(svg) : undefined;
  for (const property of INHERITED) {
    const value = clone.style.getPropertyValue(property) || computed?.getPropertyValue(property) || '';
    if (value !== '') clone.style.setProperty(property, value);
  }
  // Responsive sizing means nothing outside the page; the written size stands.
  clone.style.removeProperty('max-width');

  const background = options.background === undefined ? 'white' : options.background;
  if (background !== null) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    const [x = 0, y = 0, w = width, h = height] = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(w));
    rect.setAttribute('height', String(h));
    rect.setAttribute('fill', background);
    rect.setAttribute('aria-hidden', 'true');
    // After <title>, <desc> and <style>, before the first drawn element.
    const first = [...clone.children].find((child) => !['title', 'desc', 'style', 'defs'].includes(child.localName)) ?? null;
    clone.insertBefore(rect, first);
  }

  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  let markup = new Serializer().serializeToString(clone);
  // Serialisers write the namespace for an SVG root that came from an HTML page; make sure.
  if (!/^<svg[^>]*\sxmlns="/.test(markup)) markup = markup.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** Downloads the chart as an SVG file named `filename` (add `.svg`). */
export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  triggerDownload(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), filename, svg.ownerDocument);
}
