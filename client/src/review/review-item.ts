import { select, type Selection } from 'd3';
import { AGREEMENT_TYPES } from '../charts/palettes';
import { profileHref } from '../coverage/coverage-tables';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { agreementTypeName } from '../timeline/timeline-chart-labels';
import { isIsoDate } from '../format/iso-date';
import { showStatus } from '../ui/status-message';
import { correctionOf, type Correction, type ReviewDecision, type ReviewItem } from './review-query';
import { AGREEMENT_STATUSES, statusName, t } from './review-messages';

/** Sends a decision; resolves when saved, rejects with a message fit to show. */
export type Decide = (decision: ReviewDecision, correction: Correction | null) => Promise<void>;

/** The agreement's title, or its type when it has none, for messages and button names. */
export function itemTitle(item: ReviewItem): string {
  return item.agreement.title ?? agreementTypeName(item.agreement.type);
}

/**
 * One agreement awaiting review: its type, title, parties, dates and confidence, the quotes that
 * state it with links to their sources, and the three decisions. Everything from the data goes in
 * as text (d3's `.text()`), never as markup: quotes come from scraped pages.
 */
export function renderReviewItem(list: HTMLElement, item: ReviewItem, decide: Decide): HTMLElement {
  const agreement = item.agreement;
  const title = itemTitle(item);
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  const card = select(list).append('li').attr('class', 'review-item').attr('data-agreement', agreement.id).attr('data-testid', 'review-item');
  const headingId = `review-${cssId(agreement.id)}-heading`;
  card.attr('aria-labelledby', headingId);

  const header = card.append('div').attr('class', 'review-item-header');
  header.append('span').attr('class', 'review-type').text(agreementTypeName(agreement.type));
  header.append('h3').attr('id', headingId).attr('class', 'review-title').text(agreement.title ?? t('untitled'));
  header
    .append('span')
    .attr('class', 'review-confidence')
    .text(item.confidence === null ? t('confidenceUnknown') : t('confidence', { value: item.confidence.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 }) }));

  const facts = card.append('dl').attr('class', 'review-facts');
  facts.append('dt').text(t('parties'));
  const parties = facts.append('dd').append('ul').attr('class', 'review-parties');
  for (const party of agreement.parties) {
    parties.append('li').append('a').attr('href', profileHref(party.id)).text(displayName(party));
  }
  facts.append('dt').text(t('signedOn'));
  facts.append('dd').attr('data-field', 'signedOn').text(agreement.signedOn ?? t('undated'));
  if (agreement.endsOn !== null) {
    facts.append('dt').text(t('endsOn'));
    facts.append('dd').text(agreement.endsOn);
  }
  if (agreement.status !== null) {
    facts.append('dt').text(t('status'));
    facts.append('dd').text(statusLabel(agreement.status));
  }

  const evidence = card.append('div').attr('class', 'review-evidence');
  evidence.append('h4').attr('class', 'visually-hidden').text(t('evidence'));
  if (item.evidence.length === 0) evidence.append('p').attr('class', 'note').text(t('noEvidence'));
  for (const entry of item.evidence) {
    const figure = evidence.append('figure').attr('class', 'review-quote');
    figure
      .append('blockquote')
      .attr('data-testid', 'review-quote')
      .text(entry.quote ?? '');
    const caption = figure.append('figcaption');
    caption.append('span').text(`${t('source')}: `);
    const sourceTitle = entry.source.title ?? entry.source.url ?? t('untitledSource');
    if (entry.source.url !== null && /^https?:\/\//i.test(entry.source.url)) {
      caption.append('a').attr('href', entry.source.url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text(sourceTitle);
    } else {
      caption.append('span').text(sourceTitle);
    }
    const details = [entry.source.publisher, entry.source.publishedOn].filter((part): part is string => part !== null && part !== '');
    if (details.length > 0) caption.append('span').text(` (${details.join(', ')})`);
  }

  const actions = card.append('div').attr('class', 'review-actions');
  const message = card.append('div').attr('class', 'review-message').attr('data-testid', 'review-message');
  const form = card.append('form').attr('class', 'review-correction').property('hidden', true);
  const buttons: Selection<HTMLButtonElement, unknown, null, undefined>[] = [];

  async function run(decision: ReviewDecision, correction: Correction | null): Promise<void> {
    for (const button of buttons) button.property('disabled', true);
    showStatus(message.node() as HTMLElement, 'loading', t('working'));
    try {
      await decide(decision, correction);
    } catch (error) {
      showStatus(message.node() as HTMLElement, 'error', t('refused', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      for (const button of buttons) button.property('disabled', false);
    }
  }

  const button = (key: 'approve' | 'correct' | 'reject', onClick: () => void) => {
    const labelKey = `${key}Label` as const;
    const made = actions
      .append('button')
      .attr('type', 'button')
      .attr('class', `review-button review-${key}`)
      .attr('data-action', key)
      .attr('aria-label', t(labelKey, { title }))
      .text(t(key))
      .on('click', onClick);
    buttons.push(made as unknown as Selection<HTMLButtonElement, unknown, null, undefined>);
    return made;
  };
  button('approve', () => void run('APPROVE', null));
  const correctButton = button('correct', () => {
    const open = !form.property('hidden');
    form.property('hidden', open);
    correctButton.attr('aria-expanded', String(!open));
    if (!open) (form.select('select').node() as HTMLElement | null)?.focus();
  }).attr('aria-expanded', 'false');
  button('reject', () => void run('REJECT', null));

  // The correction form: the fields a reviewer may change, filled with what the extraction found.
  form.append('h4').text(t('correctionHeading'));
  const fields = form.append('div').attr('class', 'review-fields');
  const idBase = `review-${cssId(agreement.id)}`;
  const typeField = fields.append('div').attr('class', 'field');
  typeField.append('label').attr('for', `${idBase}-type`).text(t('type'));
  const typeSelect = typeField.append('select').attr('id', `${idBase}-type`).attr('name', 'type');
  const types: string[] = [...AGREEMENT_TYPES];
  if (!types.includes(agreement.type)) types.unshift(agreement.type);
  typeSelect
    .selectAll('option')
    .data(types)
    .join('option')
    .attr('value', (type) => type)
    .text((type) => agreementTypeName(type));
  typeSelect.property('value', agreement.type);

  const input = (name: 'title' | 'signedOn' | 'endsOn', label: string, type: string) => {
    const field = fields.append('div').attr('class', `field review-field-${name}`);
    field.append('label').attr('for', `${idBase}-${name}`).text(label);
    return field.append('input').attr('id', `${idBase}-${name}`).attr('name', name).attr('type', type).property('value', agreement[name] ?? '');
  };
  const titleInput = input('title', t('titleField'), 'text');
  const signedInput = input('signedOn', t('signedOn'), 'date');
  const endsInput = input('endsOn', t('endsOn'), 'date');

  const statusField = fields.append('div').attr('class', 'field');
  statusField.append('label').attr('for', `${idBase}-status`).text(t('status'));
  const statusSelect = statusField.append('select').attr('id', `${idBase}-status`).attr('name', 'status');
  const statuses: string[] = ['', ...AGREEMENT_STATUSES];
  if (agreement.status !== null && !statuses.includes(agreement.status)) statuses.push(agreement.status);
  statusSelect
    .selectAll('option')
    .data(statuses)
    .join('option')
    .attr('value', (status) => status)
    .text((status) => (status === '' ? t('statusNone') : statusLabel(status)));
  statusSelect.property('value', agreement.status ?? '');

  const formActions = form.append('div').attr('class', 'review-actions');
  const save = formActions.append('button').attr('type', 'submit').attr('class', 'review-button review-save').text(t('saveCorrection'));
  buttons.push(save as unknown as Selection<HTMLButtonElement, unknown, null, undefined>);
  formActions
    .append('button')
    .attr('type', 'button')
    .attr('class', 'review-button review-cancel')
    .text(t('cancel'))
    .on('click', () => {
      form.property('hidden', true);
      correctButton.attr('aria-expanded', 'false');
      (correctButton.node() as HTMLElement).focus();
    });
  form.on('submit', (event: Event) => {
    event.preventDefault();
    const values = {
      type: String(typeSelect.property('value')),
      title: String(titleInput.property('value')),
      signedOn: String(signedInput.property('value')),
      endsOn: String(endsInput.property('value')),
      status: String(statusSelect.property('value')),
    };
    for (const date of [values.signedOn, values.endsOn]) if (date !== '' && !isIsoDate(date)) return;
    const correction = correctionOf(agreement, values);
    if (correction === null) {
      showStatus(message.node() as HTMLElement, 'error', t('nothingChanged'));
      return;
    }
    void run('CORRECT', correction);
  });

  return card.node() as HTMLElement;
}

function statusLabel(status: string): string {
  return (AGREEMENT_STATUSES as readonly string[]).includes(status) ? statusName(status as (typeof AGREEMENT_STATUSES)[number]) : status;
}

/** An id safe for an element id: ids come from data. */
function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
