import { defineMessages } from '../i18n/messages';
import { OUTSIDE_STROKE, type ColourScale, type LegendEntry } from './colour-scales';
import { formatBetweenness, formatNumber, labelPlural } from './network-labels';
import type { SizeScale } from './size-scales';

const t = defineMessages({
  en: {
    legend: 'Legend',
    colourType: 'Colour: organisation type',
    colourCommunity: 'Colour: community (largest seven)',
    colourProvince: 'Colour: province (largest seven)',
    community: 'Community {n}',
    otherCommunities: 'Smaller communities ({n}) or outside the filter',
    otherProvinces: 'Other provinces',
    otherTypes: 'Other',
    unknownRegion: 'No region recorded',
    sizeDegree: 'Size: partners (degree)',
    sizeBetweenness: 'Size: betweenness',
    links: 'Darker, wider lines: more agreements behind a link (1, 2, 3+)',
    outside: 'Partners outside the chosen regions (hollow)',
    layoutRadial: 'Rings: {name} in the middle, its partners on the first ring, theirs on the next; organisations not connected to it on the outer ring.',
    layoutGeo: 'Map: each organisation at its prefecture’s centre (its province’s when that is all that is known); those with no region recorded gather at the bottom right, in the sea.',
  },
  zh: {
    legend: '图例',
    colourType: '颜色：机构类型',
    colourCommunity: '颜色：社区（最大的七个）',
    colourProvince: '颜色：省份（最多的七个）',
    community: '社区 {n}',
    otherCommunities: '较小的社区（{n} 个）或筛选范围外',
    otherProvinces: '其他省份',
    otherTypes: '其他',
    unknownRegion: '未记录地区',
    sizeDegree: '大小：合作伙伴数（度）',
    sizeBetweenness: '大小：中介中心性',
    links: '线条越深越粗，背后的协议越多（1、2、3 项及以上）',
    outside: '所选地区以外的合作伙伴（空心）',
    layoutRadial: '同心圆：{name}居中，其合作伙伴在第一圈，伙伴的伙伴在下一圈；与其不相连的机构在最外圈。',
    layoutGeo: '地图：每家机构位于所在地级市的中心（仅知省份时位于省中心）；未记录地区的机构聚在右下角的海面上。',
  },
});

export interface LegendItem {
  readonly colour: string;
  readonly text: string;
  readonly count: number;
  /** Drawn as a ring of this colour on white, as the canvas draws partners outside the regions. */
  readonly ring?: string;
}

export function legendTitle(scale: ColourScale): string {
  return scale.mode === 'type' ? t('colourType') : scale.mode === 'community' ? t('colourCommunity') : t('colourProvince');
}

export function sizeTitle(size: SizeScale): string {
  return size.mode === 'degree' ? t('sizeDegree') : t('sizeBetweenness');
}

/** The legend's rows in words; `outside` partners outside the chosen regions get a row of their own. */
export function legendItems(scale: ColourScale, regionName: (code: string | null) => string | null, outside = 0): LegendItem[] {
  const items: LegendItem[] = scale.legend.map((entry) => ({ colour: entry.colour, text: entryText(scale, entry, regionName), count: entry.count }));
  if (outside > 0) items.push({ colour: '#FFFFFF', ring: OUTSIDE_STROKE, text: t('outside'), count: outside });
  return items;
}

function entryText(scale: ColourScale, entry: LegendEntry, regionName: (code: string | null) => string | null): string {
  switch (entry.kind) {
    case 'label':
      return labelPlural(entry.key);
    case 'community':
      return t('community', { n: Number(entry.key) });
    case 'province':
      return regionName(entry.key) ?? entry.key;
    case 'unknown':
      return t('unknownRegion');
    case 'other':
      if (scale.mode === 'community') return t('otherCommunities', { n: Number(entry.key) });
      return scale.mode === 'province' ? t('otherProvinces') : t('otherTypes');
  }
}

/** Fills the legend panel: colour swatches with counts, circles for sizes, a note on lines; it can be folded away. */
/** What the layout shown means, for the legend: null for the force layout, which needs no words. */
export function layoutNote(mode: 'force' | 'radial' | 'geo', centreName: string): string | null {
  if (mode === 'radial') return t('layoutRadial', { name: centreName });
  return mode === 'geo' ? t('layoutGeo') : null;
}

export function renderLegend(
  container: HTMLElement,
  scale: ColourScale,
  size: SizeScale,
  regionName: (code: string | null) => string | null,
  outside = 0,
  note: string | null = null,
): void {
  // Folds away (keeping its state across redraws) when it hides part of the network.
  const wasOpen = container.querySelector('details')?.open ?? true;
  const details = document.createElement('details');
  details.className = 'legend-details';
  details.open = wasOpen;
  const heading = document.createElement('summary');
  heading.className = 'network-panel-heading';
  heading.textContent = t('legend');

  const colourTitle = document.createElement('p');
  colourTitle.className = 'legend-title';
  colourTitle.textContent = legendTitle(scale);
  const list = document.createElement('ul');
  list.className = 'legend-colours';
  list.dataset['testid'] = 'legend-colours';
  for (const item of legendItems(scale, regionName, outside)) {
    const row = document.createElement('li');
    if (item.ring !== undefined) row.dataset['testid'] = 'legend-outside';
    const swatch = document.createElement('span');
    swatch.className = item.ring === undefined ? 'legend-swatch' : 'legend-swatch legend-swatch-ring';
    swatch.style.background = item.colour;
    if (item.ring !== undefined) swatch.style.borderColor = item.ring;
    swatch.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.className = 'legend-text';
    text.textContent = item.text;
    const count = document.createElement('span');
    count.className = 'legend-count';
    count.textContent = formatNumber(item.count);
    row.append(swatch, text, count);
    list.append(row);
  }

  const sizeHeading = document.createElement('p');
  sizeHeading.className = 'legend-title';
  sizeHeading.textContent = sizeTitle(size);
  const sizes = document.createElement('ul');
  sizes.className = 'legend-sizes';
  for (const value of size.legendValues) {
    const radius = Math.min(14, size.radiusOf(value));
    const row = document.createElement('li');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '30');
    svg.setAttribute('height', '30');
    svg.setAttribute('aria-hidden', 'true');
    const circle = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    circle.setAttribute('cx', '15');
    circle.setAttribute('cy', '15');
    circle.setAttribute('r', String(radius));
    circle.setAttribute('class', 'legend-size-circle');
    svg.append(circle);
    const text = document.createElement('span');
    text.textContent = size.mode === 'degree' ? formatNumber(value) : formatBetweenness(value);
    row.append(svg, text);
    sizes.append(row);
  }
  const links = document.createElement('p');
  links.className = 'legend-note';
  links.textContent = t('links');
  details.append(heading, colourTitle, list, sizeHeading, sizes, links);
  if (note !== null) {
    const layout = document.createElement('p');
    layout.className = 'legend-note';
    layout.dataset['testid'] = 'legend-layout';
    layout.textContent = note;
    details.append(layout);
  }
  container.replaceChildren(details);
}
