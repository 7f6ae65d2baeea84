import { describe, expect, it } from 'vitest';
import { enumParam, formatQueryState, parseQueryState, textParam, type QuerySchema } from './query-state';

interface ExampleState {
  readonly q: string;
  readonly type: 'institution' | 'enterprise' | null;
}
const schema: QuerySchema<ExampleState> = { q: textParam, type: enumParam(['institution', 'enterprise'] as const) };

describe('parseQueryState', () => {
  it('gives defaults for an empty query string', () => {
    expect(parseQueryState('', schema)).toEqual({ q: '', type: null });
  });

  it('reads and decodes values, with or without the leading ?', () => {
    expect(parseQueryState('?q=xi%27an+jiaotong&type=institution', schema)).toEqual({
      q: "xi'an jiaotong",
      type: 'institution',
    });
    expect(parseQueryState(`q=${encodeURIComponent('西安')}`, schema)).toEqual({ q: '西安', type: null });
  });

  it('turns unknown enum values into "no choice" instead of failing', () => {
    expect(parseQueryState('?type=university', schema).type).toBeNull();
  });
});

describe('formatQueryState', () => {
  it('writes changed values and keeps parameters it does not own', () => {
    expect(formatQueryState('?region=610000', schema, { q: '陕西', type: 'enterprise' })).toBe(
      `?region=610000&q=${encodeURIComponent('陕西')}&type=enterprise`,
    );
  });

  it('drops parameters set back to their default', () => {
    expect(formatQueryState('?q=abc&type=institution', schema, { q: '', type: null })).toBe('');
    expect(formatQueryState('?q=abc&type=institution', schema, { type: null })).toBe('?q=abc');
  });

  it('round-trips through parseQueryState', () => {
    const state: ExampleState = { q: 'a&b=c ?#', type: 'enterprise' };
    expect(parseQueryState(formatQueryState('', schema, state), schema)).toEqual(state);
  });
});
