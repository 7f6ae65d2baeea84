import { describe, expect, it } from 'vitest';
import { assignFootnotes } from './footnotes';
import { formatChange } from './format-change';
import { lastFullYear } from './briefing-state';

describe('assignFootnotes', () => {
  const sources = [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'uncited' }];

  it('numbers sources in order of first citation down the page, each once', () => {
    const notes = assignFootnotes([['b', 'a'], ['a', 'c'], ['b']], sources);
    expect(notes.ordered.map((s) => s.id)).toEqual(['b', 'a', 'c', 'uncited']);
    expect(notes.numbersOf(['b', 'a'])).toEqual([1, 2]);
    expect(notes.numbersOf(['a', 'c', 'a'])).toEqual([2, 3]);
  });

  it('gives no number to an id the source list lacks, so every marker resolves', () => {
    const notes = assignFootnotes([['missing', 'a']], sources);
    expect(notes.numbersOf(['missing', 'a'])).toEqual([1]);
    expect(notes.ordered[0]?.id).toBe('a');
  });
});

describe('formatChange', () => {
  it('says the direction with an arrow and a sign, not colour alone', () => {
    expect(formatChange(1234)).toEqual({ direction: 'up', arrow: '▲', signed: '+1,234' });
    expect(formatChange(-2)).toEqual({ direction: 'down', arrow: '▼', signed: '−2' });
    expect(formatChange(0)).toEqual({ direction: 'same', arrow: '■', signed: '0' });
  });
});

describe('lastFullYear', () => {
  it('is the calendar year before today', () => {
    expect(lastFullYear(new Date(2026, 0, 1))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(lastFullYear(new Date(2026, 11, 31))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
