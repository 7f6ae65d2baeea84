import { describe, expect, it } from 'vitest';
import { estimateTextWidth, legendLayout } from './timeline-legend';

describe('legendLayout', () => {
  it('counts Chinese characters a full em wide and others about 0.6 em', () => {
    expect(estimateTextWidth('战略合作', 12)).toBe(48);
    expect(estimateTextWidth('Other', 10)).toBe(30);
  });

  it('places items left to right and wraps before the width runs out', () => {
    const items = [
      { label: 'Internship base', color: '#CC6677' },
      { label: 'Joint lab', color: '#882255' },
      { label: 'Other', color: '#BBBBBB' },
    ];
    const wide = legendLayout(items, 1000, 12);
    expect(wide.items.map((item) => item.y)).toEqual([0, 0, 0]);
    expect(wide.items[0]!.x).toBe(0);
    expect(wide.items[1]!.x).toBeCloseTo(12 + 6 + 15 * 7.2 + 18, 6);
    expect(wide.items[2]!.x).toBeCloseTo(2 * (12 + 6) + 24 * 7.2 + 2 * 18, 6);
    expect(wide.height).toBe(20);
    const narrow = legendLayout(items, 170, 12);
    expect(narrow.items.map((item) => item.y)).toEqual([0, 20, 20]);
    expect(narrow.height).toBe(40);
    expect(legendLayout([], 100, 12).height).toBe(0);
  });
});
