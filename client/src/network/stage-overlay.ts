import { showStatus } from '../ui/status-message';
import { t } from './explorer-text';

export type OverlayState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string; readonly retry: () => void }
  | { readonly kind: 'empty'; readonly filtered: boolean; readonly clearFilters: () => void }
  | null;

/**
 * What covers the chart while there is nothing to show: loading, a failure (with "Try again"),
 * or an empty network — "nothing matches" (with "Clear filters") or "nothing loaded yet".
 */
export function showOverlay(layer: HTMLElement, state: OverlayState): void {
  layer.hidden = state === null;
  if (state === null) {
    layer.replaceChildren();
    return;
  }
  switch (state.kind) {
    case 'loading':
      showStatus(layer, 'loading', t('loading'));
      return;
    case 'error':
      showStatus(layer, 'error', t('failed', { message: state.message }));
      layer.append(actionButton(t('retry'), state.retry));
      return;
    case 'empty':
      if (state.filtered) {
        showStatus(layer, 'empty', t('emptyFiltered'));
        layer.append(actionButton(t('clearFilters'), state.clearFilters));
      } else showStatus(layer, 'empty', [t('emptyAll'), { code: 'npm run ingest -- <files>' }, t('emptyAllEnd')]);
  }
}

function actionButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'network-button';
  button.textContent = text;
  button.addEventListener('click', onClick);
  return button;
}
