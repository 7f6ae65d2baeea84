import './briefing-view.css';
import { select } from 'd3';
import { request } from '../api/graphql-client';
import { mountBriefingControls } from './briefing-controls';
import { regionLabel, renderBriefing } from './briefing-content';
import { t } from './briefing-messages';
import { BRIEFING_QUERY, hasContent, isQuiet, type BriefingResult, type BriefingVariables } from './briefing-query';
import { BRIEFING_SCHEMA, type BriefingState } from './briefing-state';
import { applyPageChrome } from '../i18n/page-chrome';
import { documentTitle } from '../router/document-title';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { PROVINCES_QUERY, type ProvincesResult } from '../timeline/timeline-query';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';
import { setTextKeepingDates } from './unbroken-dates';

/**
 * `/briefing`: one page for a region and period, made to print on exactly one A4 page — key
 * figures with their change, a chart of them, a map of the period's agreements, top partnerships,
 * the most central organisations and the biggest coverage gaps, each fact footnoted to its sources.
 * The state (region, from, to) is in the query string; each change rewrites it and reloads.
 */
export const briefingView: View = (root) => {
  let state: BriefingState = readQueryState(BRIEFING_SCHEMA);
  const mounted = new AbortController();
  let load: AbortController | null = null;

  const view = select(root).append('section').attr('class', 'view briefing-view').attr('aria-labelledby', 'view-heading');
  const heading = view.append('h1').attr('id', 'view-heading').attr('data-testid', 'briefing-title');
  view.append('p').attr('class', 'lede briefing-lede').text(t('lede'));
  const controlsSlot = view.append('div').attr('class', 'briefing-controls-slot').node() as HTMLElement;
  const status = view.append('div').attr('class', 'briefing-status').attr('data-testid', 'briefing-status').node() as HTMLElement;
  const results = view.append('div').attr('class', 'briefing-results').attr('data-testid', 'briefing-results').node() as HTMLElement;

  const controls = mountBriefingControls(controlsSlot, state, update);
  setHeading(null);
  void loadProvinces();
  void refresh();

  /** The title names the region and period; until the answer names the region, the province list or the code does. */
  function setHeading(regionName: string | null): void {
    const region = state.region === '' ? t('wholeCountry') : (regionName ?? controls.provinceName(state.region) ?? state.region);
    const text = t('heading', { region, from: state.from, to: state.to });
    setTextKeepingDates(heading.node()!, text);
    document.title = documentTitle(text);
  }

  function update(changes: Partial<BriefingState>): void {
    state = { ...state, ...changes };
    replaceQueryState(BRIEFING_SCHEMA, state);
    // The language switch links to this page's address: keep it pointing at the new state.
    applyPageChrome();
    setHeading(null);
    void refresh();
  }

  async function loadProvinces(): Promise<void> {
    try {
      const answer = await request<ProvincesResult>(PROVINCES_QUERY, undefined, { signal: mounted.signal });
      controls.setProvinces(answer.regions);
      setHeading(null);
    } catch (error) {
      if (mounted.signal.aborted) return;
      controls.provincesFailed(errorMessage(error));
    }
  }

  async function refresh(): Promise<void> {
    load?.abort();
    load = new AbortController();
    const signal = AbortSignal.any([load.signal, mounted.signal]);
    if (state.from > state.to) {
      results.replaceChildren();
      showStatus(status, 'error', t('badDates', { from: state.from, to: state.to }));
      return;
    }
    showStatus(status, 'loading', t('loading'));
    results.setAttribute('aria-busy', 'true');
    try {
      const variables: BriefingVariables = { regionCode: state.region === '' ? null : state.region, from: state.from, to: state.to };
      const answer = await request<BriefingResult, BriefingVariables>(BRIEFING_QUERY, variables, { signal });
      if (signal.aborted) return;
      const briefing = answer.briefing;
      setHeading(briefing.region === null ? null : regionLabel(briefing.region));
      const quiet = `${t('empty', { region: regionLabel(briefing.region), from: briefing.from, to: briefing.to })} ${t('emptyHint')}`;
      if (!hasContent(briefing)) {
        results.replaceChildren();
        showStatus(status, 'empty', quiet);
        return;
      }
      // A quiet period still has its network and its gaps, which do not depend on the dates: say
      // that nothing happened, and show them.
      if (isQuiet(briefing)) showStatus(status, 'empty', quiet);
      else status.replaceChildren();
      renderBriefing(results, briefing);
    } catch (error) {
      if (signal.aborted) return;
      results.replaceChildren();
      showStatus(status, 'error', t('failed', { reason: errorMessage(error) }));
    } finally {
      if (!signal.aborted) results.removeAttribute('aria-busy');
    }
  }

  return () => mounted.abort();
};
