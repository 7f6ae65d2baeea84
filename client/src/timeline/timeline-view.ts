import './timeline-view.css';
import { select } from 'd3';
import { request } from '../api/graphql-client';
import { applyPageChrome } from '../i18n/page-chrome';
import { documentTitle } from '../router/document-title';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { mountTimelineControls } from './timeline-controls';
import { t } from './timeline-messages';
import { PROVINCES_QUERY, TIMELINE_QUERY, timelineVariables, type ProvincesResult, type TimelineResult, type TimelineVariables } from './timeline-query';
import { renderTimelineResults, undatedNote, type RenderedTimeline } from './timeline-results';
import { TIMELINE_SCHEMA, type TimelineState } from './timeline-state';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';

/**
 * `/timeline`: agreements per year or month by type, new versus ended, and live agreements over
 * time, with the totals as a table. Its whole state (interval, types, regions, dates) is in the
 * query string; each change rewrites the URL in place and fetches the timeline again.
 */
export const timelineView: View = (root) => {
  document.title = documentTitle(t('title'));
  let state: TimelineState = readQueryState(TIMELINE_SCHEMA);
  const mounted = new AbortController();
  let load: AbortController | null = null;
  let drawn: RenderedTimeline | null = null;

  const view = select(root).append('section').attr('class', 'view timeline-view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text(t('title'));
  view.append('p').attr('class', 'lede').text(t('lede'));
  const controlsSlot = view.append('div').node() as HTMLElement;
  const status = view.append('div').attr('class', 'timeline-status').attr('data-testid', 'timeline-status').node() as HTMLElement;
  const results = view.append('div').attr('class', 'timeline-results').attr('data-testid', 'timeline-results').node() as HTMLElement;

  const regions = mountTimelineControls(controlsSlot, state, update);
  void loadProvinces();
  void refresh();

  // Charts are drawn to their panel's width; draw again when the window settles at a new size.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'resize',
    () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => drawn?.redraw(), 150);
    },
    { signal: mounted.signal },
  );

  function update(changes: Partial<TimelineState>): void {
    state = { ...state, ...changes };
    replaceQueryState(TIMELINE_SCHEMA, changes);
    // The language switch links to this page's address: keep it pointing at the new state.
    applyPageChrome();
    void refresh();
  }

  async function loadProvinces(): Promise<void> {
    try {
      const answer = await request<ProvincesResult>(PROVINCES_QUERY, undefined, { signal: mounted.signal });
      regions.setProvinces(answer.regions);
    } catch (error) {
      if (mounted.signal.aborted) return;
      regions.provincesFailed(errorMessage(error));
    }
  }

  async function refresh(): Promise<void> {
    load?.abort();
    load = new AbortController();
    // Aborted by the next refresh, or when the view unmounts.
    const signal = AbortSignal.any([load.signal, mounted.signal]);

    if (state.types !== null && state.types.length === 0) {
      showEmpty(t('noTypesChosen'));
      return;
    }
    if (state.from !== '' && state.to !== '' && state.from > state.to) {
      drawn = null;
      results.removeAttribute('aria-busy');
      results.replaceChildren();
      showStatus(status, 'error', t('badRange', { from: state.from, to: state.to }));
      return;
    }

    // Keep what is drawn (dimmed) while the next answer is on its way, and say so.
    showStatus(status, 'loading', t('loading'));
    results.setAttribute('aria-busy', 'true');
    try {
      const answer = await request<TimelineResult, TimelineVariables>(TIMELINE_QUERY, timelineVariables(state), { signal });
      if (signal.aborted) return;
      const timeline = answer.timeline;
      if (timeline.totals.length === 0) {
        showEmpty([t('empty'), t('emptyHint')].join(' '), undatedNote(timeline.undated));
        return;
      }
      status.replaceChildren();
      drawn = renderTimelineResults(results, timeline, state);
    } catch (error) {
      if (signal.aborted) return;
      drawn = null;
      results.replaceChildren();
      showStatus(status, 'error', t('failed', { reason: errorMessage(error) }));
    } finally {
      if (!signal.aborted) results.removeAttribute('aria-busy');
    }
  }

  function showEmpty(message: string, note: string | null = null): void {
    drawn = null;
    results.removeAttribute('aria-busy');
    results.replaceChildren();
    showStatus(status, 'empty', message);
    if (note !== null) select(results).append('p').attr('class', 'note timeline-undated').attr('data-testid', 'timeline-undated').text(note);
  }

  return () => {
    clearTimeout(resizeTimer);
    mounted.abort();
  };
};
