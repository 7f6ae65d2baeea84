import { request } from '../api/graphql-client';
import { mapChoropleth, type MapFeature } from '../map/map-choropleth';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { countValues, mapRegionOf, regionCounts } from '../map/map-figures';
import { fetchBoundaries, MAP_NETWORK_QUERY, type MapNetworkResult, type MapNetworkVariables } from '../map/map-queries';
import { t } from './briefing-messages';

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
 * Draws the briefing's map: agreements per region (the Map view's figures, from the cooperation
 * network, all dates), with the briefing's region outlined when it is a part of the map. The
 * boundaries come from the server itself, like the Map view's.
 */
export async function drawBriefingMap(regionCode: string | null, width: number, signal?: AbortSignal): Promise<SVGSVGElement> {
  const { province, selected } = briefingMapArea(regionCode);
  const boundaries = await fetchBoundaries(province, signal);
  const network = await request<MapNetworkResult, MapNetworkVariables>(
    MAP_NETWORK_QUERY,
    { filter: { limit: 5000, ...(province === '' ? {} : { regionCodes: [province] }) } },
    { signal },
  );
  const codes = new Set(boundaries.features.map((feature) => feature.properties.code));
  const values = countValues(regionCounts(network.network.nodes, network.network.links, codes).agreements);
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  const regionName = (feature: MapFeature) => displayName({ name: feature.properties.name, nameZh: feature.properties.nameZh });
  return mapChoropleth(boundaries, values, {
    width,
    maxHeight: 420,
    scale: 'sqrt',
    selected: selected === null ? null : mapRegionOf(selected, codes),
    regionLabel: regionName,
    regionTitle: (feature, value) => (value === null ? t('mapRegionNone', { region: regionName(feature) }) : t('mapRegion', { region: regionName(feature), n: value })),
    formatValue: (value) => value.toLocaleString(locale),
    labels: { title: t('mapTitle'), legend: t('mapLegend'), noData: t('mapNoData'), source: t('mapSource') },
  });
}
