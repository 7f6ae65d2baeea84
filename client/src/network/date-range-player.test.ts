import { describe, expect, it } from 'vitest';
import { dateToYear, nextPlayYear, yearDomain, yearRangeToDates } from './date-range-player';

describe('the date range', () => {
  it('writes years as the first and last day of the year, open ends as null', () => {
    expect(yearRangeToDates(2019, 2021)).toEqual({ from: '2019-01-01', to: '2021-12-31' });
    expect(yearRangeToDates(null, null)).toEqual({ from: null, to: null });
    expect(dateToYear('2021-12-31')).toBe(2021);
    expect(dateToYear(null)).toBeNull();
  });

  it('spans the years of the timeline’s periods', () => {
    expect(yearDomain(['2017', '2018', '2025'])).toEqual([2017, 2025]);
    expect(yearDomain(['2019-03', '2020-11'])).toEqual([2019, 2020]);
    expect(yearDomain([])).toBeNull();
  });

  it('plays the end year forward one year at a time and stops at the last', () => {
    const domain = [2017, 2020] as const;
    expect(nextPlayYear(null, 2017, domain)).toBe(2018);
    expect(nextPlayYear(2018, 2019, domain)).toBe(2020);
    expect(nextPlayYear(null, 2020, domain)).toBeNull();
    expect(nextPlayYear(null, null, domain)).toBeNull();
  });
});
