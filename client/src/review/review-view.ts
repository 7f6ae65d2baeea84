import './review-view.css';
import { select } from 'd3';
import { request } from '../api/graphql-client';
import { documentTitle } from '../router/document-title';
import { itemTitle, renderReviewItem } from './review-item';
import { t } from './review-messages';
import {
  REVIEW_AGREEMENT_MUTATION,
  REVIEW_QUEUE_QUERY,
  type ReviewAgreementResult,
  type ReviewDecision,
  type ReviewItem,
  type ReviewQueueResult,
  type ReviewVariables,
} from './review-query';
import { cleanToken, fetchWithToken, readToken, storeToken } from './review-token';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';

const QUEUE_LIMIT = 50;
const TOKEN_COMMAND = 'npm run -s atlas -- token --subject NAME';

/**
 * `/review`: agreements extracted with low confidence, each with its quotes and sources, to
 * approve, correct or reject. Decisions carry the editor's bearer token, kept in session storage
 * only; a refusal from the server is shown as the server words it.
 */
export const reviewView: View = (root) => {
  document.title = documentTitle(t('title'));
  const mounted = new AbortController();
  let token = readToken();
  let items: ReviewItem[] = [];
  const cards = new Map<ReviewItem, HTMLElement>();

  const view = select(root).append('section').attr('class', 'view review-view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text(t('title'));
  view.append('p').attr('class', 'lede').text(t('lede'));

  // The token: a password field, so it is not shown over a shoulder or kept by autofill.
  const tokenBox = view.append('form').attr('class', 'review-token').attr('aria-labelledby', 'review-token-heading');
  tokenBox.append('h2').attr('id', 'review-token-heading').text(t('tokenHeading'));
  const help = tokenBox.append('p').attr('class', 'note').attr('id', 'review-token-help');
  const [before, after] = t('tokenHelp').split('{command}');
  help.append('span').text(before ?? '');
  help.append('code').text(TOKEN_COMMAND);
  help.append('span').text(after ?? '');
  const row = tokenBox.append('div').attr('class', 'review-token-row');
  const field = row.append('div').attr('class', 'field');
  field.append('label').attr('for', 'review-token-input').text(t('tokenLabel'));
  const tokenInput = field
    .append('input')
    .attr('id', 'review-token-input')
    .attr('type', 'password')
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false')
    .attr('aria-describedby', 'review-token-help review-token-state')
    .attr('data-testid', 'review-token')
    .property('value', token);
  row.append('button').attr('type', 'submit').attr('class', 'review-button').attr('data-testid', 'review-token-save').text(t('tokenSave'));
  row
    .append('button')
    .attr('type', 'button')
    .attr('class', 'review-button review-cancel')
    .text(t('tokenClear'))
    .on('click', () => setToken('', t('tokenCleared')));
  const tokenState = tokenBox.append('p').attr('class', 'note').attr('id', 'review-token-state').attr('role', 'status').text(token === '' ? t('tokenNone') : t('tokenSaved'));
  tokenBox.on('submit', (event: Event) => {
    event.preventDefault();
    const cleaned = cleanToken(String(tokenInput.property('value')));
    setToken(cleaned, cleaned === '' ? t('tokenCleared') : t('tokenSaved'));
  });

  function setToken(value: string, message: string): void {
    token = value;
    storeToken(value);
    tokenInput.property('value', value);
    tokenState.text(message);
  }

  view.append('h2').attr('id', 'review-queue-heading').text(t('queue'));
  const confirmation = view.append('div').attr('class', 'review-confirmation').attr('role', 'status').attr('data-testid', 'review-confirmation');
  const status = view.append('div').attr('data-testid', 'review-status').node() as HTMLElement;
  const list = view.append('ul').attr('class', 'review-list').attr('aria-labelledby', 'review-queue-heading').attr('data-testid', 'review-list').node() as HTMLElement;

  void loadQueue();

  async function loadQueue(): Promise<void> {
    showStatus(status, 'loading', t('loading'));
    try {
      const answer = await request<ReviewQueueResult>(REVIEW_QUEUE_QUERY, { limit: QUEUE_LIMIT }, { signal: mounted.signal });
      items = [...answer.reviewQueue];
      list.replaceChildren();
      cards.clear();
      for (const item of items) cards.set(item, renderReviewItem(list, item, (decision, correction) => decide(item, decision, correction)));
      showCount();
    } catch (error) {
      if (mounted.signal.aborted) return;
      showStatus(status, 'error', t('failed', { reason: errorMessage(error) }));
    }
  }

  function showCount(): void {
    if (items.length === 0) showStatus(status, 'empty', t('empty'));
    else showStatus(status, 'info', items.length === 1 ? t('countOne') : t('count', { n: items.length }));
  }

  async function decide(item: ReviewItem, decision: ReviewDecision, correction: ReviewVariables['correction']): Promise<void> {
    await request<ReviewAgreementResult, ReviewVariables>(
      REVIEW_AGREEMENT_MUTATION,
      { id: item.agreement.id, decision, correction },
      { signal: mounted.signal, fetch: fetchWithToken(token) },
    );
    // Saved: the item leaves the list, and the page says what was done.
    const index = items.indexOf(item);
    items = items.filter((other) => other !== item);
    cards.get(item)?.remove();
    cards.delete(item);
    const key = decision === 'APPROVE' ? 'approved' : decision === 'CORRECT' ? 'corrected' : 'rejected';
    confirmation.text(t(key, { title: itemTitle(item) }));
    showCount();
    // Keep keyboard focus in the list: the next item's first button, else the heading.
    const next = list.querySelectorAll<HTMLElement>('.review-item')[Math.min(index, items.length - 1)];
    (next?.querySelector<HTMLElement>('button') ?? (view.select('#review-queue-heading').attr('tabindex', '-1').node() as HTMLElement)).focus();
  }

  return () => mounted.abort();
};
