import { describe, expect, it } from 'vitest';
import { correctionOf, type ReviewAgreement } from './review-query';
import { cleanToken } from './review-token';

const agreement: ReviewAgreement = {
  id: 'a1',
  type: 'joint_lab',
  title: 'Joint lab',
  signedOn: '2024-05-01',
  endsOn: null,
  status: null,
  reviewStatus: 'unreviewed',
  parties: [],
};

describe('correctionOf', () => {
  it('keeps only the fields that changed, trimmed', () => {
    expect(correctionOf(agreement, { type: 'joint_lab', title: ' Joint laboratory ', signedOn: '2024-05-01', endsOn: '2027-05-01', status: '' })).toEqual({
      title: 'Joint laboratory',
      endsOn: '2027-05-01',
    });
  });

  it('is null when nothing changed', () => {
    expect(correctionOf(agreement, { type: 'joint_lab', title: 'Joint lab', signedOn: '2024-05-01', endsOn: '', status: '' })).toBeNull();
  });
});

describe('cleanToken', () => {
  it('drops spaces and a pasted "Bearer " prefix', () => {
    expect(cleanToken('  Bearer abc.def.ghi \n')).toBe('abc.def.ghi');
    expect(cleanToken('abc')).toBe('abc');
  });
});
