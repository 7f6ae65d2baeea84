import { select } from 'd3';
import type { OrganizationCountsResult } from '../api/queries';
import { formatCount } from '../format/format-count';
import { t } from './organization-messages';

export interface CountCard {
  /** Also names the card's test id: `count-<key>`. */
  readonly key: 'institutions' | 'enterprises' | 'governments' | 'agreements' | 'sources';
  readonly label: string;
  readonly value: number;
}

/** The figures shown at the top of the organisations view, in display order. */
export function countCards(counts: OrganizationCountsResult): CountCard[] {
  return [
    { key: 'institutions', label: t('institutions'), value: counts.institutionsConnection.aggregate.count.nodes },
    { key: 'enterprises', label: t('enterprises'), value: counts.enterprisesConnection.aggregate.count.nodes },
    { key: 'governments', label: t('governments'), value: counts.governmentsConnection.aggregate.count.nodes },
    { key: 'agreements', label: t('agreements'), value: counts.agreementsConnection.aggregate.count.nodes },
    { key: 'sources', label: t('sources'), value: counts.sourcesConnection.aggregate.count.nodes },
  ];
}

/**
 * Renders the cards into `container` (a list element) with a keyed join.
 * `data-value` carries the unformatted number for scripts and tests.
 */
export function renderCountCards(container: HTMLElement, cards: readonly CountCard[]): void {
  select(container)
    .selectAll<HTMLLIElement, CountCard>('li')
    .data(cards, (card) => card.key)
    .join((enter) => {
      const card = enter.append('li').attr('class', 'count-card');
      card.append('span').attr('class', 'count-value');
      card.append('span').attr('class', 'count-label');
      return card;
    })
    .attr('data-testid', (card) => `count-${card.key}`)
    .attr('data-value', (card) => String(card.value))
    .call((card) => card.select('.count-value').text((d) => formatCount(d.value)))
    .call((card) => card.select('.count-label').text((d) => d.label));
}
