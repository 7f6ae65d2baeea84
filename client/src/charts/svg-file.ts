const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The text of a standalone SVG file of a drawn chart, as the tests keep it in `__snapshots__/` so
 * a reviewer can open the picture in a browser. XML serialisation, not `outerHTML`: it writes the
 * SVG namespace on the root and escapes as XML does, so the file is a valid SVG document. The
 * drawing is the element's as is; nothing is added or restyled.
 */
export function svgFile(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // A namespace written as a plain attribute (charts that also export themselves do) would be
  // serialised a second time beside the one the serialiser writes: one is enough.
  if (clone.getAttribute('xmlns') === SVG_NS) clone.removeAttribute('xmlns');
  const Serializer = svg.ownerDocument.defaultView?.XMLSerializer ?? XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(clone)}\n`;
}
