import { currentLanguage } from '../i18n/language';
import { defineMessages } from '../i18n/messages';
import type { NetworkNodeData } from './network-query';
import { linkRule, type NetworkUrlState } from './network-url-state';

const t = defineMessages({
  en: {
    oneEnd: 'Links with at least one end in {regions}: the organisations there and their partners elsewhere.',
    oneEndCounts: 'Links with at least one end in {regions}: {inside} organisations there and {outside} partners elsewhere (hollow circles).',
    oneEndCountsOne: 'Links with at least one end in {regions}: {inside} organisations there and 1 partner elsewhere (a hollow circle).',
    oneEndFigures: 'Figures (degree, betweenness, community) are those of the network without the region filter.',
    bothEnds: 'Only links with both ends in {regions}: the regions’ own network, its figures computed within it; partners elsewhere are left out.',
  },
  zh: {
    oneEnd: '至少一端在{regions}的连线：当地机构及其在其他地区的合作伙伴。',
    oneEndCounts: '至少一端在{regions}的连线：当地 {inside} 家机构，以及其他地区的 {outside} 家合作伙伴（空心圆）。',
    oneEndCountsOne: '至少一端在{regions}的连线：当地 {inside} 家机构，以及其他地区的 1 家合作伙伴（空心圆）。',
    oneEndFigures: '各项指标（度、中介中心性、社区）按不含地区筛选的网络计算。',
    bothEnds: '仅显示两端都在{regions}的连线：地区内部网络，指标在其内部计算；其他地区的合作伙伴不显示。',
  },
});

/**
 * The line above the chart that says which links the chosen regions keep (hidden without
 * regions): with one end inside, how many organisations are inside and how many partners are
 * drawn hollow outside, and what network the figures belong to.
 */
export function renderRegionRule(
  element: HTMLElement,
  url: Pick<NetworkUrlState, 'regions' | 'ends'>,
  nodes: readonly NetworkNodeData[] | null,
  regionName: (code: string | null) => string | null,
): void {
  if (url.regions.length === 0) {
    element.hidden = true;
    element.textContent = '';
    return;
  }
  const regions = url.regions.map((code) => regionName(code) ?? code).join(currentLanguage() === 'zh' ? '、' : ', ');
  element.hidden = false;
  element.dataset['rule'] = linkRule(url) === 'ONE_END' ? 'one' : 'both';
  if (linkRule(url) === 'BOTH_ENDS') {
    element.textContent = t('bothEnds', { regions });
    return;
  }
  const shown = nodes?.filter((node) => !node.added) ?? null;
  const outside = shown?.filter((node) => node.outsideRegions === true).length ?? 0;
  const first =
    shown === null
      ? t('oneEnd', { regions })
      : t(outside === 1 ? 'oneEndCountsOne' : 'oneEndCounts', { regions, inside: shown.length - outside, outside });
  element.textContent = `${first} ${t('oneEndFigures')}`;
}
