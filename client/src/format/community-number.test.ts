import { describe, expect, it } from 'vitest';
import { communityNumber } from './community-number';

describe('communityNumber', () => {
  it('writes the API number as it is, 1 being the largest community', () => {
    expect(communityNumber(1, 'en')).toBe('1');
    expect(communityNumber(1200, 'en')).toBe('1,200');
  });

  it('writes a dash for an organisation in no community', () => {
    expect(communityNumber(-1)).toBe('—');
    expect(communityNumber(0)).toBe('—');
  });
});
