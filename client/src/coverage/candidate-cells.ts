import { select, type Selection } from 'd3';
import type { EvidenceItem } from './candidate-evidence';
import type { CandidateFacts } from './candidate-facts';
import { t } from './coverage-messages';

type Row = Selection<HTMLTableRowElement, unknown, null, undefined>;
type Parent = Selection<HTMLElement, unknown, null, undefined>;

/** How many cells `appendCandidateCells` adds: the detail and the gap list span their "no candidate" rows by it. */
export const CANDIDATE_CELL_COUNT = 5;

/**
 * A candidate's cells in a table row: the institution (its profile), its region, why it is a
 * candidate, how far it is, and the facts behind it as links to their sources and to the
 * organisations they are about. The detail and the gap list draw candidates with it alike.
 */
export function appendCandidateCells(row: Row, facts: CandidateFacts): void {
  row.attr('data-institution', facts.institution.id).attr('data-reason', facts.reasonCode).attr('data-distance', facts.distanceCode);
  row.append('td').attr('class', 'candidate-name').append('a').attr('href', facts.institution.href).text(facts.institution.name);
  row.append('td').text(facts.region);
  row.append('td').attr('class', 'candidate-reason').attr('data-tier', facts.tier).text(facts.reason);
  row.append('td').attr('class', 'candidate-distance').text(facts.distance);
  appendEvidence(row.append('td').attr('class', 'candidate-evidence') as unknown as Parent, facts.evidence);
}

export function appendEvidence(parent: Parent, evidence: readonly EvidenceItem[]): void {
  if (evidence.length === 0) {
    parent.text('—');
    return;
  }
  parent
    .append('ul')
    .attr('class', 'plain-list evidence-list')
    .attr('data-testid', 'candidate-evidence')
    .selectAll('li')
    .data(evidence)
    .join('li')
    .attr('data-kind', (item) => item.kind)
    .attr('data-id', (item) => item.id)
    .each(function (item) {
      const li = select(this);
      if (item.kind === 'institution' && item.profile !== null) {
        li.append('a').attr('class', 'evidence-profile').attr('href', item.profile.href).text(item.label);
      } else {
        li.append('span').attr('class', 'evidence-label').text(item.label);
        if (item.profile !== null) {
          li.append('span').text(` — ${t('evidenceWith')} `);
          li.append('a').attr('class', 'evidence-profile').attr('href', item.profile.href).text(item.profile.text);
        }
      }
      if (item.segment !== null) li.append('span').attr('class', 'evidence-segment').text(t('inParens', { text: item.segment }));
      const sources = li.append('span').attr('class', 'evidence-sources');
      if (item.sources.length === 0) {
        sources.text(` · ${t('evidenceNoSource')}`);
        return;
      }
      sources.append('span').text(` · ${t('evidenceSources')} `);
      item.sources.forEach((source, i) => {
        if (i > 0) sources.append('span').text(', ');
        // Another site: a new tab, with no hold on this page (noopener) and no referrer sent.
        sources
          .append('a')
          .attr('class', 'evidence-source')
          .attr('href', source.href)
          .attr('data-host', new URL(source.href).hostname)
          .attr('target', '_blank')
          .attr('rel', 'external noopener noreferrer')
          .text(source.text);
      });
    });
}
