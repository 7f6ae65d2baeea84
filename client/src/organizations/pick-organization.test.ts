import { describe, expect, it } from 'vitest';
import { pickOrganization } from './pick-organization';

const detail = (id: string) => ({ id, name: id, nameZh: null, aliases: null, kind: null, regionCode: null });

describe('pickOrganization', () => {
  it('finds the organisation and its type in whichever list holds it', () => {
    expect(pickOrganization({ institutions: [], enterprises: [detail('e1')], governments: [] })).toEqual({
      type: 'enterprise',
      organization: detail('e1'),
    });
  });

  it('returns null when no list holds it', () => {
    expect(pickOrganization({ institutions: [], enterprises: [], governments: [] })).toBeNull();
  });

  it('prefers the first type when bad data lists one id twice', () => {
    expect(pickOrganization({ institutions: [], enterprises: [detail('x')], governments: [detail('x')] })?.type).toBe(
      'enterprise',
    );
  });
});
