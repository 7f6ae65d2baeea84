import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route';
import { orgPath } from './paths';

describe('orgPath', () => {
  it('round-trips awkward ids through the router', () => {
    for (const id of ['plain-id', 'a/b', 'x?y#z', '陕西 汽车', '100%']) {
      expect(matchRoute(orgPath(id))?.params['id']).toBe(id);
    }
  });
});
