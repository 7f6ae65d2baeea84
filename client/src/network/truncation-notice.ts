import { defineMessages } from '../i18n/messages';
import type { NetworkData } from './network-query';

const t = defineMessages({
  en: {
    truncated:
      'Showing the strongest part of the network: {shown} of {total} organisations and {links} of {totalLinks} links. Narrow the filters, or raise “Most organisations shown”, to see more.',
  },
  zh: {
    truncated: '网络较大，仅显示其中联系最紧密的部分：{total} 家机构中的 {shown} 家、{totalLinks} 条连线中的 {links} 条。缩小筛选范围或调高“最多显示机构数”可查看更多。',
  },
});

/** A clear notice, above the chart, when the node limit cut the network to its strongest part; hidden otherwise. */
export function renderTruncationNotice(element: HTMLElement, network: NetworkData | null, shownLinks: number): void {
  if (network === null || !network.truncated) {
    element.hidden = true;
    element.replaceChildren();
    return;
  }
  element.hidden = false;
  element.textContent = t('truncated', {
    shown: network.nodes.filter((node) => !node.added).length,
    total: network.totalNodes,
    links: shownLinks,
    totalLinks: network.totalLinks,
  });
}
