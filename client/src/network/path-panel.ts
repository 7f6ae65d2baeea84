import { defineMessages } from '../i18n/messages';
import type { SearchHit } from './network-query';
import type { PathHighlight } from './path-highlight';
import { createSearchBox, type SearchBox } from './search-box';

const t = defineMessages({
  en: {
    heading: 'Path between two organisations',
    intro: 'Pick two organisations here, or with “Path from here” and “Path to here” on a selected one.',
    from: 'From',
    to: 'To',
    placeholder: 'Name, part of one, or code; English or Chinese',
    clear: 'Clear the path',
    loading: 'Finding the shortest path…',
    none: 'No cooperation path of at most {max} links joins {from} and {to}.',
    found: '{from} and {to} are {hops} links apart.',
    foundOne: '{from} and {to} cooperate directly.',
    more: '{n} shortest paths of this length; all are highlighted. One of them:',
    failed: 'Could not find the path: {message}',
    same: 'Choose two different organisations.',
  },
  zh: {
    heading: '两家机构之间的路径',
    intro: '在此选择两家机构，或在选中机构后点击“设为路径起点”和“设为路径终点”。',
    from: '起点',
    to: '终点',
    placeholder: '中文或英文名称（可输入部分）或代码',
    clear: '清除路径',
    loading: '正在查找最短路径…',
    none: '{from}与{to}之间没有不超过 {max} 步的合作路径。',
    found: '{from}与{to}之间相隔 {hops} 步。',
    foundOne: '{from}与{to}直接合作。',
    more: '共有 {n} 条同样长度的最短路径，均已高亮。其中一条：',
    failed: '无法查找路径：{message}',
    same: '请选择两家不同的机构。',
  },
});

export const MAX_PATH_HOPS = 4;

export type PathStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'done'; readonly highlight: PathHighlight };

export interface PathPanelView {
  readonly fromId: string | null;
  readonly toId: string | null;
  readonly status: PathStatus;
}

export interface PathPanelOptions {
  readonly search: (text: string, signal: AbortSignal) => Promise<readonly SearchHit[]>;
  readonly describe: (hit: SearchHit) => { primary: string; secondary: string };
  readonly nameOf: (id: string) => string;
  readonly onSetEnd: (end: 'pathFrom' | 'pathTo', id: string | null) => void;
  readonly onSelectNode: (id: string) => void;
}

export interface PathPanel {
  update(view: PathPanelView): void;
  dispose(): void;
}

/** Two search fields for the path's ends and, once both are chosen, the path in words. */
export function createPathPanel(container: HTMLElement, options: PathPanelOptions): PathPanel {
  const section = document.createElement('section');
  section.className = 'network-panel network-path';
  section.dataset['testid'] = 'path-panel';
  const heading = document.createElement('h2');
  heading.className = 'network-panel-heading';
  heading.textContent = t('heading');
  const intro = document.createElement('p');
  intro.className = 'network-hint';
  intro.textContent = t('intro');
  section.append(heading, intro);
  container.append(section);

  const boxes: Record<'pathFrom' | 'pathTo', SearchBox> = {
    pathFrom: createSearchBox(section, {
      id: 'network-path-from',
      label: t('from'),
      placeholder: t('placeholder'),
      search: options.search,
      describe: options.describe,
      onPick: (hit) => options.onSetEnd('pathFrom', hit.id),
    }),
    pathTo: createSearchBox(section, {
      id: 'network-path-to',
      label: t('to'),
      placeholder: t('placeholder'),
      search: options.search,
      describe: options.describe,
      onPick: (hit) => options.onSetEnd('pathTo', hit.id),
    }),
  };
  const result = document.createElement('div');
  result.className = 'path-result';
  result.dataset['testid'] = 'path-result';
  result.setAttribute('aria-live', 'polite');
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'network-button';
  clear.textContent = t('clear');
  clear.addEventListener('click', () => {
    options.onSetEnd('pathFrom', null);
    options.onSetEnd('pathTo', null);
  });
  section.append(result, clear);

  return {
    update(view) {
      for (const end of ['pathFrom', 'pathTo'] as const) {
        const id = end === 'pathFrom' ? view.fromId : view.toId;
        const box = boxes[end];
        if (document.activeElement !== box.input) box.setValue(id === null ? '' : options.nameOf(id));
      }
      clear.hidden = view.fromId === null && view.toId === null;
      result.replaceChildren();
      const paragraph = (text: string, className = 'path-message') => {
        const p = document.createElement('p');
        p.className = className;
        p.textContent = text;
        result.append(p);
      };
      if (view.fromId === null || view.toId === null) return;
      const names = { from: options.nameOf(view.fromId), to: options.nameOf(view.toId) };
      if (view.fromId === view.toId) {
        paragraph(t('same'));
        return;
      }
      const { status } = view;
      if (status.kind === 'loading') paragraph(t('loading'));
      else if (status.kind === 'error') paragraph(t('failed', { message: status.message }), 'path-message path-error');
      else if (status.kind === 'done') {
        const { highlight } = status;
        if (highlight.hops === null || highlight.order.length === 0) {
          paragraph(t('none', { ...names, max: MAX_PATH_HOPS }));
          return;
        }
        paragraph(highlight.hops === 1 ? t('foundOne', names) : t('found', { ...names, hops: highlight.hops }));
        if (highlight.pathCount > 1) paragraph(t('more', { n: highlight.pathCount }), 'path-message network-hint');
        const list = document.createElement('ol');
        list.className = 'path-steps';
        list.dataset['testid'] = 'path-steps';
        for (const id of highlight.order) {
          const item = document.createElement('li');
          const select = document.createElement('button');
          select.type = 'button';
          select.className = 'network-link-button';
          select.textContent = options.nameOf(id);
          select.addEventListener('click', () => options.onSelectNode(id));
          item.append(select);
          list.append(item);
        }
        result.append(list);
      }
    },
    dispose() {
      boxes.pathFrom.dispose();
      boxes.pathTo.dispose();
    },
  };
}
