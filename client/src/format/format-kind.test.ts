import { describe, expect, it } from 'vitest';
import { formatKind } from './format-kind';

describe('formatKind', () => {
  it('turns snake_case codes into words', () => {
    expect(formatKind('vocational_college')).toBe('Vocational college');
    expect(formatKind('provincial_department')).toBe('Provincial department');
    expect(formatKind('private')).toBe('Private');
  });

  it('capitalises abbreviations', () => {
    expect(formatKind('soe')).toBe('SOE');
  });

  it('gives an empty string for a missing kind', () => {
    expect(formatKind(null)).toBe('');
    expect(formatKind('  ')).toBe('');
  });
});
