import { defineMessages } from '../i18n/messages';

const t = defineMessages({
  en: {
    legend: 'Agreements signed',
    from: 'From year',
    to: 'To year',
    range: '{from} – {to}',
    all: 'All years ({from} – {to})',
    play: 'Play',
    pause: 'Pause',
    playLabel: 'Play: grow the network year by year',
    pauseLabel: 'Pause the year-by-year play',
    noYears: 'No signing dates recorded',
  },
  zh: {
    legend: '协议签订时间',
    from: '起始年份',
    to: '截止年份',
    range: '{from}–{to} 年',
    all: '全部年份（{from}–{to} 年）',
    play: '播放',
    pause: '暂停',
    playLabel: '播放：逐年展示网络的增长',
    pauseLabel: '暂停逐年播放',
    noYears: '没有记录签订日期',
  },
});

/** Years as the URL writes them: the first and last day of the year; null for an open end. */
export function yearRangeToDates(from: number | null, to: number | null): { from: string | null; to: string | null } {
  return { from: from === null ? null : `${from}-01-01`, to: to === null ? null : `${to}-12-31` };
}

export function dateToYear(date: string | null): number | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/** The years with agreements, from the timeline's periods; null when there are none. */
export function yearDomain(periods: readonly string[]): [number, number] | null {
  const years = periods.map((period) => Number(period.slice(0, 4))).filter((year) => Number.isInteger(year) && year > 1900);
  if (years.length === 0) return null;
  return [Math.min(...years), Math.max(...years)];
}

/** The next `to` year when playing, or null when play has reached the last year. */
export function nextPlayYear(from: number | null, to: number | null, domain: readonly [number, number]): number | null {
  const current = to ?? domain[1];
  if (to === null || current >= domain[1]) return null;
  return Math.max(from ?? domain[0], current + 1);
}

export interface DateRangePlayer {
  /** The years the sliders span, and the current choice (null = open end). */
  update(domain: [number, number] | null, from: number | null, to: number | null): void;
  stop(): void;
  dispose(): void;
}

export interface DateRangePlayerOptions {
  /** A new range, null at either end meaning "no limit". */
  readonly onChange: (from: number | null, to: number | null) => void;
  /** True while the network for the last step is still loading or laying out: play waits. */
  readonly isBusy: () => boolean;
  readonly stepMs?: number;
}

/**
 * Two sliders for the years of signing, and a play button that advances the end year by year
 * from the start year, so the network grows on screen. Ends at the extremes mean no limit.
 */
export function createDateRangePlayer(container: HTMLElement, options: DateRangePlayerOptions): DateRangePlayer {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'network-years';
  const legend = document.createElement('legend');
  legend.textContent = t('legend');
  const output = document.createElement('output');
  output.className = 'years-output';
  output.dataset['testid'] = 'years-output';
  const makeSlider = (id: string, text: string) => {
    const wrap = document.createElement('div');
    wrap.className = 'years-slider';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = text;
    const input = document.createElement('input');
    input.type = 'range';
    input.id = id;
    input.step = '1';
    wrap.append(label, input);
    return { wrap, input };
  };
  const fromSlider = makeSlider('network-year-from', t('from'));
  const toSlider = makeSlider('network-year-to', t('to'));
  const play = document.createElement('button');
  play.type = 'button';
  play.className = 'network-button years-play';
  play.setAttribute('aria-pressed', 'false');
  fieldset.append(legend, output, fromSlider.wrap, toSlider.wrap, play);
  container.append(fieldset);

  let domain: [number, number] | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stepMs = options.stepMs ?? 1400;

  const values = (): { from: number | null; to: number | null } => {
    if (domain === null) return { from: null, to: null };
    const from = Number(fromSlider.input.value);
    const to = Number(toSlider.input.value);
    return { from: from <= domain[0] ? null : from, to: to >= domain[1] ? null : to };
  };

  const showOutput = () => {
    if (domain === null) {
      output.textContent = t('noYears');
      return;
    }
    const from = Number(fromSlider.input.value);
    const to = Number(toSlider.input.value);
    output.textContent = from <= domain[0] && to >= domain[1] ? t('all', { from: String(domain[0]), to: String(domain[1]) }) : t('range', { from: String(from), to: String(to) });
    fromSlider.input.setAttribute('aria-valuetext', String(from));
    toSlider.input.setAttribute('aria-valuetext', String(to));
  };

  const setPlaying = (playing: boolean) => {
    play.setAttribute('aria-pressed', String(playing));
    play.textContent = playing ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`;
    play.setAttribute('aria-label', playing ? t('pauseLabel') : t('playLabel'));
    if (!playing && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const keepOrder = (moved: 'from' | 'to') => {
    const from = Number(fromSlider.input.value);
    const to = Number(toSlider.input.value);
    if (from <= to) return;
    if (moved === 'from') toSlider.input.value = String(from);
    else fromSlider.input.value = String(to);
  };

  for (const [slider, which] of [
    [fromSlider, 'from'],
    [toSlider, 'to'],
  ] as const) {
    slider.input.addEventListener('input', () => {
      keepOrder(which);
      showOutput();
    });
    slider.input.addEventListener('change', () => {
      setPlaying(false);
      const { from, to } = values();
      options.onChange(from, to);
    });
  }

  const advance = () => {
    if (domain === null || options.isBusy()) return;
    const { from, to } = values();
    const next = nextPlayYear(from, to, domain);
    if (next === null) {
      setPlaying(false);
      return;
    }
    toSlider.input.value = String(next);
    showOutput();
    const changed = values();
    options.onChange(changed.from, changed.to);
    if (next >= domain[1]) setPlaying(false);
  };

  play.addEventListener('click', () => {
    if (domain === null) return;
    if (timer !== undefined) {
      setPlaying(false);
      return;
    }
    // Start from the first chosen year: the network as it was then, growing to the last year.
    const start = values().from ?? domain[0];
    toSlider.input.value = String(start);
    showOutput();
    const { from, to } = values();
    options.onChange(from, to);
    setPlaying(true);
    timer = setInterval(advance, stepMs);
  });

  setPlaying(false);
  return {
    update(nextDomain, from, to) {
      domain = nextDomain;
      fieldset.disabled = domain === null;
      if (domain !== null) {
        for (const slider of [fromSlider, toSlider]) {
          slider.input.min = String(domain[0]);
          slider.input.max = String(domain[1]);
        }
        fromSlider.input.value = String(clamp(from ?? domain[0], domain));
        toSlider.input.value = String(clamp(to ?? domain[1], domain));
      }
      showOutput();
    },
    stop: () => setPlaying(false),
    dispose: () => setPlaying(false),
  };
}

function clamp(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, value));
}
