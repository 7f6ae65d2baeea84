import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { svgFile } from './svg-file';

const SVG_NS = 'http://www.w3.org/2000/svg';

function parse(text: string, window: JSDOM['window']): Document {
  return new window.DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('svgFile', () => {
  it('writes a valid SVG document with the namespace once, whether or not the chart set it', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    for (const explicit of [false, true]) {
      const svg = window.document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
      if (explicit) svg.setAttribute('xmlns', SVG_NS);
      svg.setAttribute('style', 'font-family: "Segoe UI", sans-serif');
      const text = svg.appendChild(window.document.createElementNS(SVG_NS, 'text'));
      text.textContent = 'A < B & C\u00a0D';
      const file = svgFile(svg);
      expect(file.match(/xmlns=/g)).toHaveLength(1);
      const parsed = parse(file, window);
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(parsed.documentElement.namespaceURI).toBe(SVG_NS);
      expect(parsed.documentElement.textContent).toBe('A < B & C\u00a0D');
    }
  });

  it('leaves the chart in the page as it was', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const svg = window.document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
    svg.setAttribute('xmlns', SVG_NS);
    svgFile(svg);
    expect(svg.getAttribute('xmlns')).toBe(SVG_NS);
  });
});
