// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_POLL_MS, IDLE_POLL_MS, METRICS_UPDATED_EVENT, startMetricsStatus, type MetricsStatusData, type MetricsStatusPoller } from './metrics-status';
import { renderStaleFiguresNote, staleFiguresNote } from './stale-figures';

const idle: MetricsStatusData = { state: 'idle', stale: false, computedAt: '2026-12-06T10:00:00.000Z', phase: null, progress: null };
const waiting: MetricsStatusData = { ...idle, state: 'waiting', stale: true };
const running: MetricsStatusData = { ...idle, state: 'running', stale: true, phase: 'computing', progress: 0.4 };

/** A fetch that answers each call with the next status of `answers` (the last one repeated). */
function fakeFetch(answers: MetricsStatusData[]) {
  let call = 0;
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
    const status = answers[Math.min(call, answers.length - 1)];
    call += 1;
    return new Response(JSON.stringify({ data: { metricsStatus: status } }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

let visibility: DocumentVisibilityState = 'visible';
let poller: MetricsStatusPoller | null = null;

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

function start(answers: MetricsStatusData[]) {
  const element = document.createElement('p');
  document.body.replaceChildren(element);
  const fetch = fakeFetch(answers);
  poller = startMetricsStatus({ element, fetch });
  return { element, fetch };
}

describe('the metrics status line', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    window.history.replaceState(null, '', '/?lang=en');
  });

  afterEach(() => {
    poller?.stop();
    poller = null;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows nothing while the figures are current, and asks again only every 30 s', async () => {
    const { element, fetch } = start([idle]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![1]!.body)).toContain('metricsStatus');
    expect(element.hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says the graph changed, then the progress of the recompute, asking every 3 s; at the end it hides and tells the views', async () => {
    const updated = vi.fn();
    window.addEventListener(METRICS_UPDATED_EVENT, updated);
    const { element, fetch } = start([waiting, running, idle]);
    await vi.advanceTimersByTimeAsync(0);
    expect(element.hidden).toBe(false);
    expect(element.textContent!.trim()).toBe('The graph has changed: network figures are being updated');

    await vi.advanceTimersByTimeAsync(BUSY_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(element.querySelector('[role="status"]')!.textContent).toBe('Updating network figures…');
    expect(element.textContent).toBe('Updating network figures… 40 % (computing)');
    expect(updated).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(BUSY_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(element.hidden).toBe(true);
    expect(updated).toHaveBeenCalledTimes(1);

    // Idle again: the next question is 30 s away, and no second event follows.
    await vi.advanceTimersByTimeAsync(BUSY_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(updated).toHaveBeenCalledTimes(1);
    window.removeEventListener(METRICS_UPDATED_EVENT, updated);
  });

  it('speaks Chinese on a Chinese page, and follows a change of language on refresh', async () => {
    window.history.replaceState(null, '', '/?lang=zh');
    const { element } = start([running]);
    await vi.advanceTimersByTimeAsync(0);
    expect(element.textContent).toBe('正在更新网络数据… 40%（计算）');
    window.history.replaceState(null, '', '/?lang=en');
    poller!.refresh();
    expect(element.textContent).toBe('Updating network figures… 40 % (computing)');
  });

  it('stops asking while the tab is hidden, and asks at once when it is shown again', async () => {
    const { fetch } = start([running]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 3);
    expect(fetch).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(BUSY_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('keeps quiet when the server cannot be asked, and tries again later', async () => {
    const element = document.createElement('p');
    const fetch = vi.fn(async () => new Response('down', { status: 502 }));
    poller = startMetricsStatus({ element, fetch });
    await vi.advanceTimersByTimeAsync(0);
    expect(element.hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks no more once stopped', async () => {
    const { fetch } = start([running]);
    await vi.advanceTimersByTimeAsync(0);
    poller!.stop();
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 2);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('the stale figures note', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('says when the figures were computed, in both languages, and is hidden when they are current', () => {
    window.history.replaceState(null, '', '/?lang=en');
    expect(staleFiguresNote('2026-12-06T10:00:00.000Z')).toMatch(/^Figures from 6 Dec 2026, \d\d:\d\d; an update is under way\.$/);
    expect(staleFiguresNote(null)).toMatch(/an update is under way\.$/);
    window.history.replaceState(null, '', '/?lang=zh');
    expect(staleFiguresNote('2026-12-06T10:00:00.000Z')).toMatch(/^数据截至 2026年12月6日 \d\d:\d\d；正在更新。$/);

    const element = document.createElement('p');
    renderStaleFiguresNote(element, { metricsStale: true, metricsComputedAt: null });
    expect(element.hidden).toBe(false);
    renderStaleFiguresNote(element, { metricsStale: false, metricsComputedAt: null });
    expect(element.hidden).toBe(true);
    expect(element.textContent).toBe('');
  });
});
