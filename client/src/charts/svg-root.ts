import { select, type Selection } from 'd3';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgRootOptions {
  /** Class of the root, which the dashboard's styles and the tests select by. */
  readonly className?: string;
  readonly width: number;
  readonly height: number;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** `group` when the chart's parts are controls of their own, `img` when it is one picture. */
  readonly role: 'group' | 'img';
  /** The chart's accessible name. */
  readonly label: string;
  /** Painted behind the chart, since an exported file has no page behind it; null for none. */
  readonly background: string | null;
}

/**
 * The root of a hand-drawn chart, the same for every chart: the SVG namespace written out (so
 * the element is a file on its own when exported), the size as width, height and a viewBox from
 * the origin, the font set on the root (a file has no page to inherit it from), its role and
 * name, and the background. Created in `doc`, so the charts also draw under jsdom.
 */
export function svgRoot(doc: Document, o: SvgRootOptions): Selection<SVGSVGElement, unknown, null, undefined> {
  const svg = select(doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement).attr('xmlns', SVG_NS);
  if (o.className !== undefined) svg.attr('class', o.className);
  svg
    .attr('width', o.width)
    .attr('height', o.height)
    .attr('viewBox', `0 0 ${o.width} ${o.height}`)
    .attr('font-family', o.fontFamily)
    .attr('font-size', o.fontSize)
    .attr('role', o.role)
    .attr('aria-label', o.label);
  if (o.background !== null) {
    svg.append('rect').attr('class', 'background').attr('width', o.width).attr('height', o.height).attr('fill', o.background);
  }
  return svg;
}
