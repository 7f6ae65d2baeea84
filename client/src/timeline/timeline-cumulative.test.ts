import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { OKABE_ITO } from '../charts/palettes';
import { timelineCumulative, type CumulativeDatum } from './timeline-cumulative';
import { svgFile } from '../charts/svg-file';

const data: CumulativeDatum[] = [
  { period: '2017', cumulative: 8 },
  { period: '2018', cumulative: 8 },
  { period: '2019', cumulative: 9 },
  { period: '2020', cumulative: 12 },
  { period: '2021', cumulative: 10 },
];

function render(rows: readonly CumulativeDatum[] = data, options: Parameters<typeof timelineCumulative>[1] = {}) {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  return timelineCumulative(rows, options, document);
}

describe('timelineCumulative', () => {
  it('draws the same SVG for the same data', async () => {
    const svg = render();
    expect(svg.outerHTML).toBe(render().outerHTML);
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/timeline-cumulative.svg');
  });

  it('draws one point per period on a blue line, the highest point for the largest count', () => {
    const svg = render();
    const dots = [...svg.querySelectorAll('g[aria-label="dot"] circle')];
    expect(dots).toHaveLength(data.length);
    const highest = dots.reduce((a, b) => (Number(b.getAttribute('cy')) < Number(a.getAttribute('cy')) ? b : a));
    expect(highest.querySelector('title')?.textContent).toBe('2020: 12');
    expect(svg.querySelector('g[aria-label="line"]')?.getAttribute('stroke')).toBe(OKABE_ITO.blue);
    expect(svg.querySelector('g[aria-label="area"]')?.getAttribute('fill')).toBe(OKABE_ITO.blue);
    const line = svg.querySelector('g[aria-label="line"] path')?.getAttribute('d') ?? '';
    expect(line.split('L')).toHaveLength(data.length);
  });

  it('describes what it shows', () => {
    const svg = render();
    expect(svg.querySelector(':scope > title')?.textContent).toBe('Live agreements at the end of each period');
    expect(svg.querySelector(':scope > desc')?.textContent).toBe(
      'A line of the agreements live at the end of each period: 8 at the end of 2017, 10 at the end of 2021, at most 12.',
    );
    expect(render(data, { labels: { y: '有效协议' } }).querySelector('.y-axis-label')?.textContent).toBe('有效协议');
  });

  it('follows the pointer with a tip instead of dots when periods are too many to dot', () => {
    const months = Array.from({ length: 60 }, (_, i) => ({ period: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, cumulative: i }));
    const svg = render(months);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(0);
    expect(svg.querySelector('g[aria-label="line"] path')?.getAttribute('d')?.split('L')).toHaveLength(60);
  });
});
