import { request } from '../api/graphql-client';
import { mapChoropleth, type MapFeature } from '../map/map-choropleth';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { countValues, mapRegionOf, regionCounts } from '../map/map-figures';
import { fetchBoundaries, MAP_NETWORK_QUERY, type MapNetworkResult } from '../map/map-queries';
import { t } from './briefing-messages';
import { fitText } from './fit-text';
import { wholeTickDomainMax } from './legend-domain';

/** The Map view's network query, asked for the briefing's period (NetworkFilter's from and to: signing dates). */
interface BriefingMapVariables {
  readonly filter: { readonly limit: number; readonly from: string; readonly to: string; readonly regionCodes?: readonly string[] };
  readonly [key: string]: unknown;
}

/**
 * The map a briefing shows: the country by province for the country or a province (the province
 * outlined, among the others its organisations work with), and a prefecture or county within its
 * province's prefectures.
 */
export function briefingMapArea(regionCode: string | null): { province: string; selected: string | null } {
  if (regionCode === null) return { province: '', selected: null };
  const province = `${regionCode.slice(0, 2)}0000`;
  if (regionCode === province) return { province: '', selected: regionCode };
  return { province, selected: regionCode };
}

/**
 * Draws the briefing's map: agreements signed in the briefing's period per region (the Map view's
 * figures, from the cooperation network filtered to the period), with the briefing's region
 * outlined when it is a part of the map. The boundaries come from the server itself, like the Map
 * view's. The legend's ticks are whole numbers and its title is cut at a word (a character in
 * Chinese), never mid-word, to the map's width.
 */
export async function drawBriefingMap(regionCode: string | null, period: { from: string; to: string }, width: number, signal?: AbortSignal): Promise<SVGSVGElement> {
  const { province, selected } = briefingMapArea(regionCode);
  const boundaries = await fetchBoundaries(province, signal);
  const network = await request<MapNetworkResult, BriefingMapVariables>(
    MAP_NETWORK_QUERY,
    { filter: { limit: 5000, from: period.from, to: period.to, ...(province === '' ? {} : { regionCodes: [province] }) } },
    { signal },
  );
  const codes = new Set(boundaries.features.map((feature) => feature.properties.code));
  const values = countValues(regionCounts(network.network.nodes, network.network.links, codes).agreements);
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  const regionName = (feature: MapFeature) => displayName({ name: feature.properties.name, nameZh: feature.properties.nameZh });
  const legend = t('mapLegend', period);
  const svg = mapChoropleth(boundaries, values, {
    width,
    maxHeight: 420,
    scale: 'sqrt',
    domainMax: wholeTickDomainMax(Math.max(0, ...values.values())),
    selected: selected === null ? null : mapRegionOf(selected, codes),
    regionLabel: regionName,
    regionTitle: (feature, value) => (value === null ? t('mapRegionNone', { region: regionName(feature) }) : t('mapRegion', { region: regionName(feature), n: value })),
    formatValue: (value) => value.toLocaleString(locale),
    labels: { title: t('mapTitle'), legend, noData: t('mapNoData'), source: t('mapSource') },
  });
  fitLegendTitle(svg, legend);
  return svg;
}

/** The legend's title to the map's width (its left inset, 16, on both sides), the whole title kept as a tooltip. */
function fitLegendTitle(svg: SVGSVGElement, legend: string): void {
  const title = svg.querySelector<SVGTextElement>('.legend-title');
  if (title === null) return;
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const fontSize = Number(svg.getAttribute('font-size')) || 12;
  const fitted = fitText(legend, width - 32, fontSize);
  if (fitted === legend) return;
  title.textContent = fitted;
  const tooltip = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
  tooltip.textContent = legend;
  title.append(tooltip);
}
