import type { MetricsStatus } from '../../../contract/api-types.ts';
import { request } from '../api/graphql-client';
import { defineMessages } from '../i18n/messages';

// The line under the header that says when the server is recomputing its stored metrics (network
// figures, coverage cells) after a change to the graph. It asks `metricsStatus` every few seconds
// while a recompute is due or running, rarely when all is current, and not at all while the tab is
// hidden; when a recompute ends it tells the views, which reload what they show.

/** Dispatched on `window` when a recompute has ended and the stored figures are current again. */
export const METRICS_UPDATED_EVENT = 'atlas:metrics-updated';

export const METRICS_STATUS_QUERY = /* GraphQL */ `query MetricsStatus {
  metricsStatus { state stale computedAt phase progress }
}
`;

export type MetricsStatusData = Pick<MetricsStatus, 'state' | 'stale' | 'computedAt' | 'phase' | 'progress'>;

export interface MetricsStatusResult {
  readonly metricsStatus: MetricsStatusData;
}

/** How often to ask while a recompute is due or running, and while all is current. */
export const BUSY_POLL_MS = 3_000;
export const IDLE_POLL_MS = 30_000;

const t = defineMessages({
  en: {
    running: 'Updating network figures…',
    progress: '{pct} %',
    progressPhase: '{pct} % ({phase})',
    phaseOnly: '({phase})',
    waiting: 'The graph has changed: network figures are being updated',
    reading: 'reading',
    computing: 'computing',
    coverage: 'coverage',
    writing: 'writing',
    publishing: 'publishing',
  },
  zh: {
    running: '正在更新网络数据…',
    progress: '{pct}%',
    progressPhase: '{pct}%（{phase}）',
    phaseOnly: '（{phase}）',
    waiting: '图谱已更改：网络数据正在更新',
    reading: '读取',
    computing: '计算',
    coverage: '覆盖',
    writing: '写入',
    publishing: '发布',
  },
});

const PHASES = ['reading', 'computing', 'coverage', 'writing', 'publishing'] as const;

function phaseName(phase: string): string {
  return (PHASES as readonly string[]).includes(phase) ? t(phase as (typeof PHASES)[number]) : phase;
}

/** A recompute is due or under way: the figures shown may predate the last change. */
export function isBusy(status: MetricsStatusData): boolean {
  return status.state !== 'idle' || status.stale;
}

/** The status as words: a sentence, and the progress beside it; null when there is nothing to say. */
export function describeStatus(status: MetricsStatusData): { readonly text: string; readonly detail: string } | null {
  if (status.state === 'running') {
    const phase = status.phase === null ? null : phaseName(status.phase);
    const pct = status.progress === null ? null : Math.round(Math.min(1, Math.max(0, status.progress)) * 100);
    const detail =
      pct !== null && phase !== null ? t('progressPhase', { pct, phase }) : pct !== null ? t('progress', { pct }) : phase !== null ? t('phaseOnly', { phase }) : '';
    return { text: t('running'), detail };
  }
  if (isBusy(status)) return { text: t('waiting'), detail: '' };
  return null;
}

export interface MetricsStatusOptions {
  /** Filled with the status; hidden while there is nothing to say. */
  readonly element: HTMLElement;
  /** Injected in tests; defaults to the browser's fetch. */
  readonly fetch?: typeof fetch;
}

export interface MetricsStatusPoller {
  /** Writes the last status again, in the page's current language. */
  refresh(): void;
  stop(): void;
}

/** Starts asking at once (unless the tab is hidden), and keeps asking until stopped. */
export function startMetricsStatus(options: MetricsStatusOptions): MetricsStatusPoller {
  const { element } = options;
  element.classList.add('metrics-status');
  element.dataset['testid'] = 'metrics-status';
  element.hidden = true;
  // Only the sentence is a live region: the percentage changes every few seconds and would chatter.
  const sentence = document.createElement('span');
  sentence.className = 'metrics-status-text';
  sentence.setAttribute('role', 'status');
  const detail = document.createElement('span');
  detail.className = 'metrics-status-detail';
  element.replaceChildren(sentence, ' ', detail);

  let last: MetricsStatusData | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;
  let stopped = false;

  function render(): void {
    const words = last === null ? null : describeStatus(last);
    element.hidden = words === null;
    element.dataset['state'] = last?.state ?? '';
    if (sentence.textContent !== (words?.text ?? '')) sentence.textContent = words?.text ?? '';
    detail.textContent = words?.detail ?? '';
  }

  function schedule(ms: number): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (stopped || document.visibilityState === 'hidden') return;
    timer = setTimeout(() => void poll(), ms);
  }

  async function poll(): Promise<void> {
    timer = null;
    if (stopped || inFlight !== null || document.visibilityState === 'hidden') return;
    const controller = new AbortController();
    inFlight = controller;
    try {
      const result = await request<MetricsStatusResult>(METRICS_STATUS_QUERY, undefined, {
        signal: controller.signal,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
      if (controller.signal.aborted) return;
      const before = last;
      last = result.metricsStatus;
      render();
      if (before !== null && isBusy(before) && !isBusy(last)) window.dispatchEvent(new CustomEvent(METRICS_UPDATED_EVENT));
      schedule(isBusy(last) ? BUSY_POLL_MS : IDLE_POLL_MS);
    } catch {
      if (controller.signal.aborted) return;
      // The status is a courtesy: a failure says nothing here (the views report their own) and is asked again later.
      schedule(IDLE_POLL_MS);
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  function onVisibilityChange(): void {
    if (document.visibilityState === 'hidden') {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    } else if (timer === null && inFlight === null) void poll();
  }

  document.addEventListener('visibilitychange', onVisibilityChange);
  void poll();

  return {
    refresh: render,
    stop(): void {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      inFlight?.abort();
      document.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}
