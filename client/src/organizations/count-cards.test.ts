import { describe, expect, it } from 'vitest';
import { countCards } from './count-cards';

const count = (nodes: number) => ({ aggregate: { count: { nodes } } });

describe('countCards', () => {
  it('lists the five totals in display order with their test-id keys', () => {
    const cards = countCards({
      institutionsConnection: count(12),
      enterprisesConnection: count(30),
      governmentsConnection: count(4),
      agreementsConnection: count(41),
      sourcesConnection: count(9),
    });
    expect(cards.map((card) => [card.key, card.label, card.value])).toEqual([
      ['institutions', 'Institutions', 12],
      ['enterprises', 'Enterprises', 30],
      ['governments', 'Governments', 4],
      ['agreements', 'Agreements', 41],
      ['sources', 'Sources', 9],
    ]);
  });
});
