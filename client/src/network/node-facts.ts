import { communityNumber } from '../format/community-number';
import { currentLanguage } from '../i18n/language';
import { defineMessages } from '../i18n/messages';
import { formatBetweenness, formatNumber, kindName, labelName } from './network-labels';
import type { NetworkNodeData } from './network-query';

const t = defineMessages({
  en: {
    type: 'Type',
    region: 'Region',
    degree: 'Partners (degree)',
    weighted: 'Agreements with partners',
    betweenness: 'Betweenness',
    community: 'Community',
    added: 'Outside the filter',
    addedValue: 'shown through expanding, a search or a path',
    unknownRegion: 'Not recorded',
  },
  zh: {
    type: '类型',
    region: '地区',
    degree: '合作伙伴数（度）',
    weighted: '与伙伴的协议数',
    betweenness: '中介中心性',
    community: '社区',
    added: '不在筛选范围内',
    addedValue: '经展开、搜索或路径加入',
    unknownRegion: '未记录',
  },
});

/** The name in the reader's language, and the other one (when it differs) to show beside it. */
export function nodeNames(node: Pick<NetworkNodeData, 'name' | 'nameZh'>): { main: string; other: string | null; otherLang: string } {
  const zh = currentLanguage() === 'zh';
  if (zh && node.nameZh) return { main: node.nameZh, other: node.name !== node.nameZh ? node.name : null, otherLang: 'en' };
  return { main: node.name, other: node.nameZh && node.nameZh !== node.name ? node.nameZh : null, otherLang: 'zh-Hans' };
}

/** Term and value pairs describing a node: for the hover card and the details panel. */
export function nodeFacts(node: NetworkNodeData, regionName: (code: string | null) => string | null): [string, string][] {
  const kind = kindName(node.kind);
  const facts: [string, string][] = [
    [t('type'), kind ? `${labelName(node.label)} · ${kind}` : labelName(node.label)],
    [t('region'), regionName(node.regionCode) ?? t('unknownRegion')],
  ];
  if (node.added) {
    facts.push([t('added'), t('addedValue')]);
    if (node.degree > 0) facts.push([t('degree'), formatNumber(node.degree)]);
    return facts;
  }
  facts.push(
    [t('degree'), formatNumber(node.degree)],
    [t('weighted'), formatNumber(node.weightedDegree)],
    [t('betweenness'), formatBetweenness(node.betweenness)],
    [t('community'), communityNumber(node.community, currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB')],
  );
  return facts;
}

/** A `<dl>` of the facts. */
export function factList(facts: readonly [string, string][]): HTMLDListElement {
  const list = document.createElement('dl');
  for (const [term, value] of facts) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  return list;
}
