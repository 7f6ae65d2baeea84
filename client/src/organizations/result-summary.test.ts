import { describe, expect, it } from 'vitest';
import { noMatchMessage, resultSummary } from './result-summary';

describe('resultSummary', () => {
  it('says whether the filter hides anything', () => {
    expect(resultSummary(40, 40)).toBe('Showing all 40 organisations.');
    expect(resultSummary(1, 1)).toBe('Showing all 1 organisation.');
    expect(resultSummary(3, 1200)).toBe('Showing 3 of 1,200 organisations.');
  });
});

describe('noMatchMessage', () => {
  it('quotes the filter text, and names the type when one is chosen', () => {
    expect(noMatchMessage(' xyz ', null)).toBe('No organisations match “xyz”.');
    expect(noMatchMessage('xyz', 'Governments')).toBe('No governments match “xyz”.');
    expect(noMatchMessage('', 'Governments')).toBe('There are no governments in the database yet.');
  });
});
