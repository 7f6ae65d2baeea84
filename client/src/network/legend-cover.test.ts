import { describe, expect, it } from 'vitest';
import { legendInsets, NO_INSETS } from './legend-cover';

const stage = { left: 100, top: 50, width: 1000, height: 600 };

describe('legendInsets', () => {
  it('keeps the network beside a tall legend and above a wide one', () => {
    // 12 px from the stage's left edge, 272 px wide, 400 px tall: clearing its right edge costs less.
    expect(legendInsets(stage, { left: 112, top: 238, width: 272, height: 400 })).toEqual({ ...NO_INSETS, left: 284 });
    // A short legend on a narrow stage: clearing its top costs less.
    const narrow = { left: 0, top: 0, width: 380, height: 700 };
    expect(legendInsets(narrow, { left: 12, top: 588, width: 272, height: 100 })).toEqual({ ...NO_INSETS, bottom: 112 });
  });

  it('covers nothing when the legend is folded, empty or the stage has no size', () => {
    expect(legendInsets(stage, null)).toEqual(NO_INSETS);
    expect(legendInsets(stage, { left: 112, top: 600, width: 0, height: 0 })).toEqual(NO_INSETS);
    expect(legendInsets({ ...stage, width: 0 }, { left: 112, top: 238, width: 272, height: 400 })).toEqual(NO_INSETS);
  });
});
