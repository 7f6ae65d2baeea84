import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { defineMessages } from '../i18n/messages';
import { createDateRangePlayer, dateToYear, yearDomain, yearRangeToDates } from './date-range-player';
import { AGREEMENT_TYPES, agreementTypeName, formatNumber, labelPlural } from './network-labels';
import { ORGANIZATION_LABELS, type FilterOptionsResult, type OrganizationLabel } from './network-query';
import {
  CLEARED_FILTERS,
  COLOUR_MODES,
  LAYOUT_MODES,
  NODE_LIMITS,
  SIZE_MODES,
  colourMode,
  layoutMode,
  linkRule,
  nodeLimit,
  sizeMode,
  type ColourMode,
  type LayoutMode,
  type NetworkUrlState,
  type SizeMode,
} from './network-url-state';

const t = defineMessages({
  en: {
    display: 'Display',
    colour: 'Colour by',
    size: 'Size by',
    colour_type: 'Organisation type',
    colour_community: 'Community',
    colour_province: 'Province',
    size_degree: 'Partners (degree)',
    size_betweenness: 'Betweenness (brokers)',
    layout: 'Layout',
    layout_force: 'Force (by links)',
    layout_radial: 'Rings around the selection',
    layout_geo: 'Map (by region)',
    filters: 'Filters',
    regions: 'Regions',
    regionsNone: 'None chosen: the whole country',
    regionsChosen: '{n} chosen: {names}',
    ends: 'Links kept',
    ends_one: 'At least one end in the regions, with the partners elsewhere',
    ends_both: 'Both ends in the regions: their own network',
    many: '{n} chosen (from the link)',
    types: 'Organisation type',
    agreementType: 'Agreement type',
    allAgreementTypes: 'All agreement types',
    chain: 'Industry chain',
    allChains: 'All industry chains',
    live: 'Live agreements only',
    limit: 'Most organisations shown',
    reset: 'Clear filters',
    loadingOptions: 'Loading…',
  },
  zh: {
    display: '显示',
    colour: '颜色依据',
    size: '大小依据',
    colour_type: '机构类型',
    colour_community: '社区',
    colour_province: '省份',
    size_degree: '合作伙伴数（度）',
    size_betweenness: '中介中心性（桥梁作用）',
    layout: '布局',
    layout_force: '力导向（按连线）',
    layout_radial: '以所选机构为中心的同心圆',
    layout_geo: '地图（按所在地区）',
    filters: '筛选',
    regions: '地区',
    regionsNone: '未选择：全国',
    regionsChosen: '已选 {n} 个：{names}',
    ends: '保留的连线',
    ends_one: '至少一端在所选地区，并显示其他地区的合作伙伴',
    ends_both: '两端都在所选地区：地区内部网络',
    many: '已选 {n} 项（来自链接）',
    types: '机构类型',
    agreementType: '协议类型',
    allAgreementTypes: '全部协议类型',
    chain: '产业链',
    allChains: '全部产业链',
    live: '仅显示有效协议',
    limit: '最多显示机构数',
    reset: '清除筛选',
    loadingOptions: '正在加载…',
  },
});

export interface FiltersPanel {
  /** The provinces, chains and years to offer, once loaded (null while loading or on failure). */
  setOptions(options: FilterOptionsResult | null): void;
  /** Shows the state (after a reset, or a change from elsewhere). */
  setState(state: NetworkUrlState): void;
  stopPlaying(): void;
  dispose(): void;
}

export interface FiltersPanelOptions {
  readonly onChange: (changes: Partial<NetworkUrlState>) => void;
  /** True while a network is loading or laying out (play waits for it). */
  readonly isBusy: () => boolean;
}

/** The display choices (colour, size) and the filters, each a labelled native control. */
export function createFiltersPanel(container: HTMLElement, initial: NetworkUrlState, options: FiltersPanelOptions): FiltersPanel {
  let state = initial;
  let filterOptions: FilterOptionsResult | null = null;
  const { onChange } = options;

  // Display
  const display = section(container, t('display'));
  const colourSelect = selectField(display, 'network-colour', t('colour'));
  fillOptions(colourSelect, COLOUR_MODES.map((mode) => [mode, t(`colour_${mode}`)]));
  colourSelect.addEventListener('change', () => onChange({ colour: colourSelect.value as ColourMode }));
  const sizeSelect = selectField(display, 'network-size', t('size'));
  fillOptions(sizeSelect, SIZE_MODES.map((mode) => [mode, t(`size_${mode}`)]));
  sizeSelect.addEventListener('change', () => onChange({ size: sizeSelect.value as SizeMode }));

  const layoutSelect = selectField(display, 'network-layout', t('layout'));
  fillOptions(layoutSelect, LAYOUT_MODES.map((mode) => [mode, t(`layout_${mode}`)]));
  layoutSelect.addEventListener('change', () => onChange({ layout: layoutSelect.value as LayoutMode }));

  // Filters
  const filters = section(container, t('filters'));
  const regions = createRegionPicker(filters, (codes) => onChange({ regions: codes }));

  const ends = document.createElement('fieldset');
  ends.className = 'network-checkboxes network-ends';
  const endsLegend = document.createElement('legend');
  endsLegend.textContent = t('ends');
  ends.append(endsLegend);
  const endRadios = new Map<'ONE_END' | 'BOTH_ENDS', HTMLInputElement>();
  for (const [rule, key] of [['ONE_END', 'ends_one'], ['BOTH_ENDS', 'ends_both']] as const) {
    const wrap = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'network-ends';
    radio.value = rule;
    radio.dataset['testid'] = rule === 'ONE_END' ? 'ends-one' : 'ends-both';
    wrap.append(radio, ` ${t(key)}`);
    ends.append(wrap);
    endRadios.set(rule, radio);
    radio.addEventListener('change', () => {
      if (radio.checked) onChange({ ends: rule });
    });
  }
  filters.append(ends);

  const types = document.createElement('fieldset');
  types.className = 'network-checkboxes';
  const typesLegend = document.createElement('legend');
  typesLegend.textContent = t('types');
  types.append(typesLegend);
  const typeBoxes = new Map<OrganizationLabel, HTMLInputElement>();
  for (const label of ORGANIZATION_LABELS) {
    const wrap = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = label;
    box.name = 'network-label';
    box.dataset['testid'] = `label-${label}`;
    wrap.append(box, ` ${labelPlural(label)}`);
    types.append(wrap);
    typeBoxes.set(label, box);
    box.addEventListener('change', () => {
      const checked = ORGANIZATION_LABELS.filter((l) => typeBoxes.get(l)!.checked);
      // All or none checked both mean "every type"; the URL then leaves the parameter out.
      onChange({ labels: checked.length === ORGANIZATION_LABELS.length || checked.length === 0 ? [] : checked });
    });
  }
  filters.append(types);

  const typeSelect = selectField(filters, 'network-agreement-type', t('agreementType'));
  typeSelect.addEventListener('change', () => {
    if (typeSelect.value !== MANY) onChange({ types: typeSelect.value === '' ? [] : [typeSelect.value] });
  });

  const chainSelect = selectField(filters, 'network-chain', t('chain'));
  chainSelect.addEventListener('change', () => {
    if (chainSelect.value !== MANY) onChange({ chains: chainSelect.value === '' ? [] : [chainSelect.value] });
  });

  const liveWrap = document.createElement('label');
  liveWrap.className = 'network-check';
  const liveBox = document.createElement('input');
  liveBox.type = 'checkbox';
  liveBox.id = 'network-live';
  liveWrap.append(liveBox, ` ${t('live')}`);
  filters.append(liveWrap);
  liveBox.addEventListener('change', () => onChange({ live: liveBox.checked }));

  const years = createDateRangePlayer(filters, {
    isBusy: options.isBusy,
    onChange: (from, to) => onChange(yearRangeToDates(from, to)),
  });

  const limitSelect = selectField(filters, 'network-limit', t('limit'));
  fillOptions(limitSelect, NODE_LIMITS.map((limit) => [String(limit), formatNumber(limit)]));
  limitSelect.addEventListener('change', () => onChange({ limit: Number(limitSelect.value) }));

  const reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'network-button';
  reset.textContent = t('reset');
  reset.addEventListener('click', () => {
    years.stop();
    onChange({ ...CLEARED_FILTERS });
  });
  filters.append(reset);

  const sync = () => {
    colourSelect.value = colourMode(state);
    sizeSelect.value = sizeMode(state);
    layoutSelect.value = layoutMode(state);
    regions.update(filterOptions === null ? null : filterOptions.regions.map((region): [string, string] => [region.code, displayName(region)]), state.regions);
    // The rule says which links the regions keep: nothing to choose without regions.
    for (const [rule, radio] of endRadios) {
      radio.checked = linkRule(state) === rule;
      radio.disabled = state.regions.length === 0;
    }
    for (const [label, box] of typeBoxes) box.checked = state.labels.length === 0 || state.labels.includes(label);
    syncSelect(typeSelect, [['', t('allAgreementTypes')], ...AGREEMENT_TYPES.map((type): [string, string] => [type, agreementTypeName(type)])], state.types);
    const chains = filterOptions?.industryChains ?? [];
    syncSelect(chainSelect, [['', t('allChains')], ...chains.map((chain): [string, string] => [chain.id, displayName(chain)])], state.chains);
    liveBox.checked = state.live;
    limitSelect.value = String(nodeLimit(state));
    if (!(NODE_LIMITS as readonly number[]).includes(nodeLimit(state))) {
      fillOptions(limitSelect, [...NODE_LIMITS, nodeLimit(state)].sort((a, b) => a - b).map((limit) => [String(limit), formatNumber(limit)]));
      limitSelect.value = String(nodeLimit(state));
    }
    const domain = filterOptions === null ? null : yearDomain(filterOptions.timeline.totals.map((period) => period.period));
    years.update(domain, dateToYear(state.from), dateToYear(state.to));
  };

  sync();
  return {
    setOptions(next) {
      filterOptions = next;
      sync();
    },
    setState(next) {
      state = next;
      sync();
    },
    stopPlaying: () => years.stop(),
    dispose: () => years.dispose(),
  };
}

interface RegionPicker {
  /** The regions to offer (code, name; null while loading) and those chosen. */
  update(options: readonly (readonly [string, string])[] | null, chosen: readonly string[]): void;
}

/**
 * Several regions at once: a checkbox per province in a short scrolling list, under a line that
 * says how many are chosen. A region the URL holds that the list does not (a prefecture from a
 * shared link) is listed too, checked, so it can be seen and taken out.
 */
function createRegionPicker(container: HTMLElement, onChange: (codes: string[]) => void): RegionPicker {
  const box = document.createElement('fieldset');
  box.className = 'network-checkboxes network-regions';
  box.dataset['testid'] = 'network-regions';
  const legend = document.createElement('legend');
  legend.textContent = t('regions');
  const status = document.createElement('p');
  status.className = 'network-regions-status';
  const list = document.createElement('div');
  list.className = 'network-region-list';
  box.append(legend, status, list);
  container.append(box);
  let chosen: readonly string[] = [];
  let shown = '';
  list.addEventListener('change', () => {
    const checked = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((input) => input.checked).map((input) => input.value);
    onChange(checked);
  });
  return {
    update(options, next) {
      chosen = next;
      const entries = [...(options ?? [])];
      for (const code of chosen) if (!entries.some(([value]) => value === code)) entries.push([code, code]);
      // The names of those chosen, so they show without scrolling the list.
      const names = chosen.map((code) => entries.find(([value]) => value === code)?.[1] ?? code).join(currentLanguage() === 'zh' ? '、' : ', ');
      status.textContent = chosen.length === 0 ? t('regionsNone') : t('regionsChosen', { n: chosen.length, names });
      if (options === null && entries.length === 0) {
        shown = '';
        list.textContent = t('loadingOptions');
        return;
      }
      // Rebuilt only when the list changes, so a box keeps the focus it was checked with.
      const key = JSON.stringify(entries);
      if (key === shown) {
        for (const input of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = chosen.includes(input.value);
        return;
      }
      shown = key;
      const scroll = list.scrollTop;
      list.replaceChildren(
        ...entries.map(([code, name]) => {
          const wrap = document.createElement('label');
          const input = document.createElement('input');
          input.type = 'checkbox';
          input.value = code;
          input.checked = chosen.includes(code);
          input.dataset['testid'] = `region-${code}`;
          wrap.append(input, ` ${name}`);
          return wrap;
        }),
      );
      list.scrollTop = scroll;
    },
  };
}

function section(container: HTMLElement, title: string): HTMLElement {
  const element = document.createElement('section');
  element.className = 'network-panel';
  const heading = document.createElement('h2');
  heading.className = 'network-panel-heading';
  heading.textContent = title;
  element.append(heading);
  container.append(element);
  return element;
}

function selectField(container: HTMLElement, id: string, text: string): HTMLSelectElement {
  const field = document.createElement('div');
  field.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = text;
  const select = document.createElement('select');
  select.id = id;
  field.append(label, select);
  container.append(field);
  return select;
}

function fillOptions(select: HTMLSelectElement, entries: readonly (readonly [string, string])[]): void {
  select.replaceChildren(
    ...entries.map(([value, text]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      return option;
    }),
  );
}

/** The option that stands for several values chosen at once (a shared link can hold several). */
const MANY = '*many';

/**
 * Options as given, plus the URL's value when the list does not (yet) hold it, so a link's filter
 * is never dropped; several values show as one "n chosen" option.
 */
function syncSelect(select: HTMLSelectElement, entries: readonly (readonly [string, string])[], chosen: readonly string[]): void {
  if (chosen.length > 1) {
    fillOptions(select, [entries[0]!, [MANY, t('many', { n: chosen.length })], ...entries.slice(1)]);
    select.value = MANY;
    return;
  }
  const value = chosen[0] ?? '';
  const all = entries.some(([v]) => v === value) ? entries : [...entries, [value, value] as const];
  fillOptions(select, all);
  select.value = value;
}
