import { currentLanguage } from '../i18n/language';
import { defineMessages } from '../i18n/messages';

const t = defineMessages({
  en: {
    staleAt: 'Figures from {time}; an update is under way.',
    stale: 'These figures predate the latest change to the graph; an update is under way.',
  },
  zh: {
    staleAt: '数据截至 {time}；正在更新。',
    stale: '这些数据早于图谱的最近一次更改；正在更新。',
  },
});

/**
 * The note beside figures read from stored metrics that predate the graph's last change
 * (`metricsStale`): when they were computed, and that newer ones are on their way.
 */
export function staleFiguresNote(computedAt: string | null | undefined): string {
  const when = computedAt ? new Date(computedAt) : null;
  if (when === null || Number.isNaN(when.getTime())) return t('stale');
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  return t('staleAt', { time: when.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) });
}

/** Shows the note in `element` when the figures are stale, hides it otherwise. */
export function renderStaleFiguresNote(element: HTMLElement, freshness: { readonly metricsStale: boolean; readonly metricsComputedAt?: string | null } | null): void {
  element.hidden = freshness === null || !freshness.metricsStale;
  element.textContent = element.hidden ? '' : staleFiguresNote(freshness?.metricsComputedAt);
}
