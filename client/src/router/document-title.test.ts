import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title';

describe('documentTitle', () => {
  it('puts the page before the product name', () => {
    expect(documentTitle('Network')).toBe('Network — Alliance Atlas');
    expect(documentTitle('')).toBe('Alliance Atlas');
  });
});
