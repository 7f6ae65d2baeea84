import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serializeSvg, svgSize } from './download-svg';

function page() {
  const { window } = new JSDOM('<!doctype html><body></body>');
  return window;
}

function chart(doc: Document, attributes: Record<string, string>): SVGSVGElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  svg.innerHTML = '<title>Live agreements</title><style>.x { fill: red; }</style><g aria-label="bar"><rect x="1" y="2" width="3" height="4" fill="#0072B2"></rect></g><text>协议 &amp; “quotes”</text>';
  doc.body.append(svg);
  return svg;
}

describe('serializeSvg', () => {
  it('writes a standalone SVG file: XML declaration, namespace, size, the marks and text', () => {
    const window = page();
    const svg = chart(window.document, { width: '640', height: '320', viewBox: '0 0 640 320', style: 'max-width: 100%; font-family: system-ui;' });
    const text = serializeSvg(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toMatch(/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/m);
    expect(text).toContain('width="640"');
    expect(text).toContain('height="320"');
    expect(text).toContain('<rect x="1" y="2" width="3" height="4" fill="#0072B2"');
    expect(text).toContain('协议 &amp; “quotes”');
    expect(text).toContain('<style>.x { fill: red; }</style>');
    expect(text).toContain('font-family: system-ui');
    expect(text).not.toContain('max-width');

    // It parses as XML and keeps the drawing.
    const parsed = new window.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(parsed.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(1);
  });

  it('paints a white background behind the marks unless told not to, and leaves the page alone', () => {
    const window = page();
    const svg = chart(window.document, { width: '200', height: '100' });
    const parsed = new window.DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml');
    const children = [...parsed.documentElement.children].map((child) => child.localName);
    expect(children).toEqual(['title', 'style', 'rect', 'g', 'text']);
    const background = parsed.documentElement.children[2]!;
    expect([background.getAttribute('width'), background.getAttribute('height'), background.getAttribute('fill')]).toEqual(['200', '100', 'white']);
    expect(parsed.documentElement.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(serializeSvg(svg, { background: null })).not.toContain('fill="white"');
    // The chart on the page is untouched.
    expect(svg.querySelectorAll('rect')).toHaveLength(1);
    expect(svg.getAttribute('style')).toBeNull();
  });

  it('writes another size for drawing larger, keeping the viewBox', () => {
    const window = page();
    const svg = chart(window.document, { viewBox: '0 0 300 150' });
    expect(svgSize(svg)).toEqual({ width: 300, height: 150 });
    const parsed = new window.DOMParser().parseFromString(serializeSvg(svg, { size: { width: 600, height: 300 } }), 'image/svg+xml');
    expect([parsed.documentElement.getAttribute('width'), parsed.documentElement.getAttribute('height'), parsed.documentElement.getAttribute('viewBox')]).toEqual([
      '600',
      '300',
      '0 0 300 150',
    ]);
  });
});
