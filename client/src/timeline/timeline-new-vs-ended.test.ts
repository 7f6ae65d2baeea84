import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { OKABE_ITO } from '../charts/palettes';
import { timelineNewVsEnded, type NewVsEndedDatum } from './timeline-new-vs-ended';
import { svgFile } from '../charts/svg-file';

const data: NewVsEndedDatum[] = [
  { period: '2017', new: 8, ended: 0 },
  { period: '2018', new: 0, ended: 0 },
  { period: '2019', new: 2, ended: 1 },
  { period: '2020', new: 3, ended: 4 },
  { period: '2021', new: 1, ended: 0 },
];

function render(options: Parameters<typeof timelineNewVsEnded>[1] = {}) {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  return timelineNewVsEnded(data, options, document);
}

const bars = (svg: SVGSVGElement) => [...svg.querySelectorAll('g[aria-label="bar"] rect')];
const height = (rect: Element) => Number(rect.getAttribute('height'));
const zeroLine = (svg: SVGSVGElement) => Number(svg.querySelector('g[aria-label="rule"] line')!.getAttribute('y1'));

describe('timelineNewVsEnded', () => {
  it('draws the same SVG for the same data', async () => {
    const svg = render();
    expect(svg.outerHTML).toBe(render().outerHTML);
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/timeline-new-vs-ended.svg');
  });

  it('draws a bar for every non-zero count: new above the axis in blue, ended below it in vermillion', () => {
    const svg = render();
    const drawn = bars(svg);
    const nonZero = data.reduce((n, d) => n + (d.new > 0 ? 1 : 0) + (d.ended > 0 ? 1 : 0), 0);
    expect(drawn).toHaveLength(nonZero);
    const axis = zeroLine(svg);
    const newBars = drawn.filter((rect) => rect.getAttribute('fill') === OKABE_ITO.blue);
    const endedBars = drawn.filter((rect) => rect.getAttribute('fill') === OKABE_ITO.vermillion);
    expect(newBars).toHaveLength(4);
    expect(endedBars).toHaveLength(2);
    for (const rect of newBars) expect(Number(rect.getAttribute('y')) + height(rect)).toBeCloseTo(axis, 5);
    for (const rect of endedBars) expect(Number(rect.getAttribute('y'))).toBeCloseTo(axis, 5);
  });

  it('makes the tallest bar the largest count and writes counts below the axis without a minus', () => {
    const svg = render();
    const tallest = bars(svg).reduce((a, b) => (height(b) > height(a) ? b : a));
    expect(tallest.querySelector('title')?.textContent).toBe('New, 2017: 8');
    const endedFour = bars(svg).find((rect) => rect.querySelector('title')?.textContent === 'Ended, 2020: 4')!;
    expect(height(tallest) / height(endedFour)).toBeCloseTo(2, 5);
    const tickLabels = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(tickLabels.some((label) => label?.includes('−') || label?.includes('-'))).toBe(false);
  });

  it('names itself and its series in the words it is given', () => {
    const svg = render({ labels: { title: '新签与终止', new: '新签', ended: '终止' } });
    expect(svg.querySelector(':scope > title')?.textContent).toBe('新签与终止');
    expect([...svg.querySelectorAll('.timeline-legend text')].map((t) => t.textContent)).toEqual(['新签', '终止']);
    expect(render().querySelector(':scope > desc')?.textContent).toBe(
      'Bars above the axis count the agreements signed in each period from 2017 to 2021 (14 in all); bars below count those that ended (5 in all).',
    );
  });
});
