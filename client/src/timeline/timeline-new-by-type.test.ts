import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPE_COLORS, TOL_GREY, TOL_MUTED } from '../charts/palettes';
import { timelineNewByType, type NewByTypeDatum } from './timeline-new-by-type';
import { svgFile } from '../charts/svg-file';

const data: NewByTypeDatum[] = [
  { period: '2017', type: 'strategic_cooperation', new: 8 },
  { period: '2019', type: 'internship_base', new: 1 },
  { period: '2019', type: 'strategic_cooperation', new: 1 },
  { period: '2021', type: 'practice_base', new: 5 },
  { period: '2021', type: 'industry_college', new: 2 },
  { period: '2021', type: 'joint_lab', new: 2 },
  { period: '2024', type: 'industry_college', new: 2 },
  { period: '2024', type: 'other', new: 1 },
  // Ended only in this period: nothing to stack.
  { period: '2024', type: 'joint_lab', new: 0 },
];
const periods = ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];

function render(options: Parameters<typeof timelineNewByType>[1] = {}) {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  return timelineNewByType(data, { periods, ...options }, document);
}

const bars = (svg: SVGSVGElement) => [...svg.querySelectorAll('g[aria-label="bar"] rect')];
const height = (rect: Element) => Number(rect.getAttribute('height'));

describe('timelineNewByType', () => {
  it('draws the same SVG for the same data', async () => {
    const svg = render();
    expect(svg.outerHTML).toBe(render().outerHTML);
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/timeline-new-by-type.svg');
  });

  it('draws one bar per type and period with new agreements, the tallest for the largest count', () => {
    const svg = render();
    const drawn = bars(svg);
    expect(drawn).toHaveLength(data.filter((d) => d.new > 0).length);
    const tallest = drawn.reduce((a, b) => (height(b) > height(a) ? b : a));
    expect(tallest.querySelector('title')?.textContent).toBe('strategic_cooperation, 2017: 8');
    // Heights are proportional to counts: 8 is eight times 1.
    const one = drawn.find((rect) => rect.querySelector('title')?.textContent === 'internship_base, 2019: 1')!;
    expect(height(tallest) / height(one)).toBeCloseTo(8, 5);
  });

  it('colours each type with its colour-blind-safe palette colour, in the legend too', () => {
    const svg = render();
    const palette = new Set<string>([...TOL_MUTED, TOL_GREY]);
    for (const rect of bars(svg)) expect(palette.has(rect.getAttribute('fill')!)).toBe(true);
    const strategic = bars(svg).filter((rect) => rect.querySelector('title')?.textContent?.startsWith('strategic_cooperation'));
    expect(strategic.map((rect) => rect.getAttribute('fill'))).toEqual([AGREEMENT_TYPE_COLORS.strategic_cooperation, AGREEMENT_TYPE_COLORS.strategic_cooperation]);
    const legend = [...svg.querySelectorAll('.timeline-legend > g')].map((entry) => [entry.textContent, entry.querySelector('rect')?.getAttribute('fill')]);
    expect(legend).toEqual([
      ['internship_base', AGREEMENT_TYPE_COLORS.internship_base],
      ['practice_base', AGREEMENT_TYPE_COLORS.practice_base],
      ['industry_college', AGREEMENT_TYPE_COLORS.industry_college],
      ['joint_lab', AGREEMENT_TYPE_COLORS.joint_lab],
      ['strategic_cooperation', AGREEMENT_TYPE_COLORS.strategic_cooperation],
      ['other', AGREEMENT_TYPE_COLORS.other],
    ]);
  });

  it('has a title and description for assistive technology, and every period on the axis', () => {
    const svg = render();
    expect(svg.querySelector(':scope > title')?.textContent).toBe('New agreements per period by type');
    expect(svg.getAttribute('aria-label')).toBe('New agreements per period by type');
    expect(svg.querySelector(':scope > desc')?.textContent).toBe('Stacked bars of the agreements signed in each period from 2017 to 2024, by type: 22 in all.');
    expect([...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent)).toEqual(periods);
  });

  it('takes its words from the labels option, so a view can translate them', () => {
    const names: Record<string, string> = { strategic_cooperation: '战略合作' };
    const svg = render({
      labels: {
        title: '各类型新签协议',
        x: '签署时间',
        y: '新签协议',
        type: (type) => names[type] ?? type,
        bar: ({ period, type, count }) => `${type}，${period}：${count}`,
      },
    });
    expect(svg.querySelector(':scope > title')?.textContent).toBe('各类型新签协议');
    expect(svg.querySelector('g[aria-label="x-axis label"]')?.textContent).toBe('签署时间');
    expect(svg.querySelector('.y-axis-label')?.textContent).toBe('新签协议');
    expect(svg.textContent).toContain('战略合作，2017：8');
  });

  it('labels only round periods when there are many months', () => {
    const months = Array.from({ length: 36 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    const svg = timelineNewByType([{ period: '2022-03', type: 'joint_lab', new: 2 }], { periods: months, width: 400 }, document);
    expect([...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent)).toEqual(['2021', '2022', '2023']);
    expect(bars(svg)).toHaveLength(1);
  });
});
