import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands the same way in every locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('shows a dash rather than NaN', () => {
    expect(formatCount(Number.NaN)).toBe('—');
  });
});
