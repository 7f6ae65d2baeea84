import { describe, expect, it } from 'vitest';
import { countScale, periodTickFormat, periodTicks } from './timeline-axes';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const months = (fromYear: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${fromYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

describe('periodTicks', () => {
  it('labels every year when they fit, else every 2nd, 5th or 10th round year', () => {
    expect(periodTicks(years(2017, 2025), 12)).toEqual(years(2017, 2025));
    expect(periodTicks(years(2001, 2025), 12)).toEqual(['2002', '2004', '2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024']);
    expect(periodTicks(years(2001, 2025), 5)).toEqual(['2005', '2010', '2015', '2020', '2025']);
  });

  it('labels months by quarter, half-year or January', () => {
    expect(periodTicks(months(2024, 12), 4)).toEqual(['2024-01', '2024-04', '2024-07', '2024-10']);
    expect(periodTicks(months(2017, 108), 12)).toEqual(years(2017, 2025).map((year) => `${year}-01`));
    expect(periodTicks([], 10)).toEqual([]);
  });

  it('writes a January-only axis as years', () => {
    expect(periodTickFormat(['2017-01', '2018-01'])('2017-01')).toBe('2017');
    expect(periodTickFormat(['2017-01', '2017-07'])('2017-07')).toBe('2017-07');
    expect(periodTickFormat(['2017', '2018'])('2017')).toBe('2017');
  });
});

describe('countScale', () => {
  it('rounds outwards and keeps whole-number ticks', () => {
    expect(countScale(0, 23)).toEqual({ domain: [0, 25], ticks: [0, 5, 10, 15, 20, 25] });
    expect(countScale(0, 2)).toEqual({ domain: [0, 2], ticks: [0, 1, 2] });
    expect(countScale(-4, 8).domain).toEqual([-4, 8]);
    expect(countScale(0, 0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});
