import { describe, expect, it } from 'vitest';
import { httpStatusHint } from './http-status-hint';

describe('httpStatusHint', () => {
  it('explains the statuses a user is likely to meet', () => {
    expect(httpStatusHint(502)).toContain('not answering');
    expect(httpStatusHint(504)).toContain('not answering');
    expect(httpStatusHint(503)).toContain('database');
  });

  it('adds nothing for statuses that carry their own GraphQL messages', () => {
    expect(httpStatusHint(400)).toBeNull();
    expect(httpStatusHint(500)).toBeNull();
  });
});
