import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { svgRoot } from './svg-root';

const base = { width: 320, height: 200, fontFamily: 'system-ui, sans-serif', fontSize: 12, role: 'img', label: 'A chart' } as const;

describe('svgRoot', () => {
  it('sizes, names and styles the root in the document given', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const svg = svgRoot(window.document, { ...base, className: 'a-chart', background: '#ffffff' }).node()!;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.ownerDocument).toBe(window.document);
    expect(Object.fromEntries([...svg.attributes].map((a) => [a.name, a.value]))).toEqual({
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'a-chart',
      width: '320',
      height: '200',
      viewBox: '0 0 320 200',
      'font-family': 'system-ui, sans-serif',
      'font-size': '12',
      role: 'img',
      'aria-label': 'A chart',
    });
    const background = svg.querySelector('rect.background')!;
    expect(background).toBe(svg.firstElementChild);
    expect([background.getAttribute('width'), background.getAttribute('height'), background.getAttribute('fill')]).toEqual(['320', '200', '#ffffff']);
  });

  it('paints no background and sets no class unless asked', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const svg = svgRoot(window.document, { ...base, background: null }).node()!;
    expect(svg.hasAttribute('class')).toBe(false);
    expect(svg.children).toHaveLength(0);
  });
});
