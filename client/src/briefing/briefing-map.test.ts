import { describe, expect, it } from 'vitest';
import { briefingMapArea } from './briefing-map';

describe('briefingMapArea', () => {
  it('shows the country by province (a province outlined among them), a prefecture outlined within its province', () => {
    expect(briefingMapArea(null)).toEqual({ province: '', selected: null });
    expect(briefingMapArea('510000')).toEqual({ province: '', selected: '510000' });
    expect(briefingMapArea('510100')).toEqual({ province: '510000', selected: '510100' });
    expect(briefingMapArea('510104')).toEqual({ province: '510000', selected: '510104' });
  });
});
