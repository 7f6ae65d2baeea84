import { defineMessages } from '../i18n/messages';
import type { NetworkNodeData } from './network-query';
import { factList, nodeFacts, nodeNames } from './node-facts';

const t = defineMessages({
  en: {
    heading: 'Selected organisation',
    close: 'Close the details',
    profile: 'Open profile',
    expand: 'Expand neighbours',
    expanding: 'Loading neighbours…',
    expanded: 'Neighbours shown',
    pin: 'Pin label',
    unpin: 'Unpin label',
    pathFrom: 'Path from here',
    pathTo: 'Path to here',
  },
  zh: {
    heading: '已选机构',
    close: '关闭详情',
    profile: '打开机构档案',
    expand: '展开合作伙伴',
    expanding: '正在加载合作伙伴…',
    expanded: '已展开合作伙伴',
    pin: '固定标签',
    unpin: '取消固定',
    pathFrom: '设为路径起点',
    pathTo: '设为路径终点',
  },
});

export interface NodeDetailsActions {
  readonly profileHref: (id: string) => string;
  readonly onClose: () => void;
  readonly onExpand: (id: string) => void;
  readonly onTogglePin: (id: string) => void;
  readonly onPathFrom: (id: string) => void;
  readonly onPathTo: (id: string) => void;
}

export interface NodeDetailsState {
  readonly pinned: boolean;
  readonly expanded: boolean;
  readonly expanding: boolean;
  readonly pathFrom: boolean;
  readonly pathTo: boolean;
}

export interface NodeDetails {
  show(node: NetworkNodeData, state: NodeDetailsState): void;
  hide(): void;
  /** The "Open profile" link, when shown. */
  profileLink(): HTMLAnchorElement | null;
}

/** The panel for the selected organisation: who it is, its link to the full profile, and what to do with it. */
export function createNodeDetails(container: HTMLElement, regionName: (code: string | null) => string | null, actions: NodeDetailsActions): NodeDetails {
  const panel = document.createElement('section');
  panel.className = 'network-details';
  panel.dataset['testid'] = 'node-details';
  panel.setAttribute('aria-labelledby', 'network-details-name');
  panel.hidden = true;
  container.append(panel);
  let link: HTMLAnchorElement | null = null;

  const button = (text: string, onClick: () => void, extra: Partial<Pick<HTMLButtonElement, 'disabled'>> = {}) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'network-button';
    element.textContent = text;
    element.disabled = extra.disabled ?? false;
    element.addEventListener('click', onClick);
    return element;
  };

  return {
    show(node, state) {
      const names = nodeNames(node);
      const top = document.createElement('div');
      top.className = 'details-top';
      const kicker = document.createElement('p');
      kicker.className = 'details-kicker';
      kicker.textContent = t('heading');
      const close = button('×', actions.onClose);
      close.className = 'network-icon-button details-close';
      close.setAttribute('aria-label', t('close'));
      top.append(kicker, close);

      const heading = document.createElement('h2');
      heading.id = 'network-details-name';
      heading.textContent = names.main;
      const parts: HTMLElement[] = [top, heading];
      if (names.other) {
        const other = document.createElement('p');
        other.className = 'details-other-name';
        other.lang = names.otherLang;
        other.textContent = names.other;
        parts.push(other);
      }
      link = document.createElement('a');
      link.className = 'network-button details-profile';
      link.href = actions.profileHref(node.id);
      link.textContent = `${t('profile')} →`;

      const pin = button(state.pinned ? t('unpin') : t('pin'), () => actions.onTogglePin(node.id));
      pin.setAttribute('aria-pressed', String(state.pinned));
      const expand = button(state.expanding ? t('expanding') : state.expanded ? t('expanded') : t('expand'), () => actions.onExpand(node.id), {
        disabled: state.expanded || state.expanding,
      });
      const from = button(t('pathFrom'), () => actions.onPathFrom(node.id));
      from.setAttribute('aria-pressed', String(state.pathFrom));
      const to = button(t('pathTo'), () => actions.onPathTo(node.id));
      to.setAttribute('aria-pressed', String(state.pathTo));
      const buttons = document.createElement('div');
      buttons.className = 'details-actions';
      buttons.append(link, expand, pin, from, to);

      panel.replaceChildren(...parts, factList(nodeFacts(node, regionName)), buttons);
      panel.dataset['nodeId'] = node.id;
      panel.hidden = false;
    },
    hide() {
      panel.hidden = true;
      panel.replaceChildren();
      delete panel.dataset['nodeId'];
      link = null;
    },
    profileLink: () => link,
  };
}
