import { describe, expect, it } from 'vitest';
import { timelineVariables } from './timeline-query';

describe('timelineVariables', () => {
  it('asks for the whole country, every type and all dates by default', () => {
    expect(timelineVariables({ interval: 'year', types: null, regions: [], from: '', to: '' })).toEqual({ filter: {}, interval: 'YEAR' });
  });

  it('passes every chosen filter', () => {
    expect(timelineVariables({ interval: 'month', types: ['joint_lab'], regions: ['610000'], from: '2019-01-01', to: '2024-12-31' })).toEqual({
      filter: { agreementTypes: ['joint_lab'], regionCodes: ['610000'], from: '2019-01-01', to: '2024-12-31' },
      interval: 'MONTH',
    });
  });
});
