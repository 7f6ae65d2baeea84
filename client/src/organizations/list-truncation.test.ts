import { describe, expect, it } from 'vitest';
import { possiblyTruncatedTypes, truncationNote } from './list-truncation';

const orgs = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `o${index}`, name: `O${index}`, nameZh: null, kind: null, regionCode: null }));

describe('possiblyTruncatedTypes', () => {
  it('names the types whose list reached the limit', () => {
    expect(possiblyTruncatedTypes({ institutions: orgs(3), enterprises: orgs(2), governments: orgs(0) }, 3)).toEqual([
      'institution',
    ]);
    expect(possiblyTruncatedTypes({ institutions: orgs(2), enterprises: orgs(2), governments: orgs(2) }, 3)).toEqual([]);
  });
});

describe('truncationNote', () => {
  it('says nothing for complete lists and names the cut ones otherwise', () => {
    expect(truncationNote([], 500)).toBeNull();
    expect(truncationNote(['institution', 'enterprise'], 500)).toBe(
      'Only the first 500 institutions and enterprises (by name) are listed here; the counts above are the full totals.',
    );
  });
});
