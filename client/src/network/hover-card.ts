import { defineMessages } from '../i18n/messages';
import type { NetworkNodeData } from './network-query';
import { factList, nodeFacts, nodeNames } from './node-facts';

const t = defineMessages({
  en: { hint: 'Click for details · double-click to open the profile' },
  zh: { hint: '单击查看详情 · 双击打开机构档案' },
});

export interface HoverCard {
  show(node: NetworkNodeData, x: number, y: number): void;
  hide(): void;
  readonly element: HTMLElement;
}

/** A card beside the pointer naming the organisation under it; it never takes the pointer itself. */
export function createHoverCard(stage: HTMLElement, regionName: (code: string | null) => string | null): HoverCard {
  const card = document.createElement('div');
  card.className = 'network-hover-card';
  card.dataset['testid'] = 'hover-card';
  card.setAttribute('role', 'tooltip');
  card.id = 'network-hover-card';
  card.hidden = true;
  stage.append(card);
  let shownId: string | null = null;

  return {
    element: card,
    show(node, x, y) {
      if (shownId !== node.id) {
        shownId = node.id;
        const names = nodeNames(node);
        const title = document.createElement('p');
        title.className = 'hover-name';
        title.textContent = names.main;
        const parts: HTMLElement[] = [title];
        if (names.other) {
          const other = document.createElement('p');
          other.className = 'hover-other-name';
          other.lang = names.otherLang;
          other.textContent = names.other;
          parts.push(other);
        }
        const hint = document.createElement('p');
        hint.className = 'hover-hint';
        hint.textContent = t('hint');
        card.replaceChildren(...parts, factList(nodeFacts(node, regionName)), hint);
        card.dataset['nodeId'] = node.id;
      }
      card.hidden = false;
      const gap = 14;
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const left = x + gap + width > stage.clientWidth ? Math.max(0, x - gap - width) : x + gap;
      const top = y + gap + height > stage.clientHeight ? Math.max(0, y - gap - height) : y + gap;
      card.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    },
    hide() {
      card.hidden = true;
    },
  };
}
