import { defineMessages } from '../i18n/messages';

export const explorerText = defineMessages({
  en: {
    title: 'Cooperation network',
    lead: 'Who cooperates with whom: each circle is an organisation, each line the agreements between two of them. Hover for details, click to select, drag to pan, scroll to zoom.',
    controls: 'Network controls',
    canvas: 'Cooperation network chart. Arrow keys pan, plus and minus zoom, 0 fits the network, Enter opens the selected organisation, Escape clears the selection. Find organisations with the search box.',
    canvasRole: 'network chart',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit the network to the view',
    fitShort: 'Fit',
  },
  zh: {
    title: '合作网络',
    lead: '谁与谁合作：每个圆点是一家机构，每条连线代表两家机构之间的协议。悬停查看详情，点击选中，拖动平移，滚轮缩放。',
    controls: '网络控制',
    canvas: '合作网络图。方向键平移，加号和减号缩放，0 键显示全部，回车打开已选机构的档案，Esc 取消选择。可用搜索框查找机构。',
    canvasRole: '网络图',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '显示整个网络',
    fitShort: '全部',
  },
});

/** The explorer's elements, built once per mount. */
export interface ExplorerDom {
  readonly view: HTMLElement;
  readonly summary: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly truncation: HTMLElement;
  /** Which links the chosen regions keep (region-rule-notice.ts). */
  readonly regionRule: HTMLElement;
  readonly stale: HTMLElement;
  readonly message: HTMLElement;
  readonly controls: HTMLElement;
  readonly stage: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly status: HTMLElement;
  readonly progress: HTMLElement;
  readonly legend: HTMLElement;
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly fit: HTMLButtonElement;
}

export function buildExplorerDom(root: HTMLElement): ExplorerDom {
  const t = explorerText;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', parent?: HTMLElement): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    parent?.append(element);
    return element;
  };

  const view = el('section', 'view network-view', root);
  view.setAttribute('aria-labelledby', 'view-heading');
  const header = el('header', 'network-header', view);
  const titles = el('div', 'network-titles', header);
  const heading = el('h1', '', titles);
  heading.id = 'view-heading';
  heading.textContent = t('title');
  const summary = el('p', 'network-summary', titles);
  summary.dataset['testid'] = 'network-summary';
  summary.setAttribute('aria-live', 'polite');
  const toolbar = el('div', 'network-toolbar', header);
  const lead = el('p', 'network-lead', view);
  lead.textContent = t('lead');
  const regionRule = el('p', 'network-region-rule', view);
  regionRule.dataset['testid'] = 'region-rule';
  regionRule.setAttribute('role', 'status');
  regionRule.hidden = true;
  const truncation = el('p', 'status status-info network-truncation', view);
  truncation.dataset['testid'] = 'truncation-notice';
  truncation.setAttribute('role', 'status');
  truncation.hidden = true;
  const stale = el('p', 'status status-info metrics-stale', view);
  stale.dataset['testid'] = 'metrics-stale-notice';
  stale.setAttribute('role', 'status');
  stale.hidden = true;
  const message = el('p', 'network-message', view);
  message.setAttribute('role', 'status');
  message.hidden = true;

  const layout = el('div', 'network-layout', view);
  const controls = el('aside', 'network-controls', layout);
  controls.setAttribute('aria-label', t('controls'));
  const stage = el('div', 'network-stage', layout);
  stage.dataset['testid'] = 'network-stage';
  const canvas = el('canvas', 'network-canvas', stage);
  canvas.dataset['testid'] = 'network-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-roledescription', t('canvasRole'));
  canvas.setAttribute('aria-label', t('canvas'));
  canvas.setAttribute('aria-describedby', 'network-hover-card');
  canvas.dataset['layout'] = 'idle';
  canvas.dataset['nodeCount'] = '0';
  canvas.dataset['linkCount'] = '0';
  const status = el('div', 'network-status-layer', stage);
  const progress = el('p', 'network-progress', stage);
  progress.hidden = true;
  const legend = el('section', 'network-legend', stage);
  const zoomBar = el('div', 'network-zoom', stage);
  const zoomButton = (text: string, label: string) => {
    const button = el('button', 'network-icon-button', zoomBar);
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.title = label;
    return button;
  };
  const zoomIn = zoomButton('+', t('zoomIn'));
  const zoomOut = zoomButton('−', t('zoomOut'));
  const fit = zoomButton(t('fitShort'), t('fit'));
  fit.classList.add('network-fit');
  return { view, summary, toolbar, truncation, regionRule, stale, message, controls, stage, canvas, status, progress, legend, zoomIn, zoomOut, fit };
}
