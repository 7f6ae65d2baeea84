import { defineMessages } from '../i18n/messages';
import type { SearchHit } from './network-query';

const t = defineMessages({
  en: {
    searching: 'Searching…',
    none: 'No organisation matches “{text}”.',
    count: '{n} suggestions; use the up and down arrows to choose, Enter to pick.',
    failed: 'Search failed: {message}',
  },
  zh: {
    searching: '正在搜索…',
    none: '没有与“{text}”匹配的机构。',
    count: '共 {n} 条建议，用上下方向键选择，回车确认。',
    failed: '搜索失败：{message}',
  },
});

export interface SearchBoxOptions {
  /** Unique prefix for element ids. */
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly search: (text: string, signal: AbortSignal) => Promise<readonly SearchHit[]>;
  readonly onPick: (hit: SearchHit) => void;
  /** The main line and the second line of a suggestion. */
  readonly describe: (hit: SearchHit) => { primary: string; secondary: string };
}

export interface SearchBox {
  readonly input: HTMLInputElement;
  setValue(text: string): void;
  dispose(): void;
}

/**
 * A search field with suggestions, as an ARIA 1.2 combobox: type to get suggestions, arrows to
 * move through them, Enter to pick, Escape to close (and a second Escape to clear).
 */
export function createSearchBox(container: HTMLElement, options: SearchBoxOptions): SearchBox {
  const root = document.createElement('div');
  root.className = 'network-search';
  const label = document.createElement('label');
  label.htmlFor = `${options.id}-input`;
  label.textContent = options.label;
  const box = document.createElement('div');
  box.className = 'network-combobox';
  const input = document.createElement('input');
  input.id = `${options.id}-input`;
  input.type = 'search';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = options.placeholder;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${options.id}-list`);
  const list = document.createElement('ul');
  list.id = `${options.id}-list`;
  list.className = 'network-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', options.label);
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'network-search-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  box.append(input, list);
  root.append(label, box, status);
  container.append(root);

  let hits: readonly SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (text: string, visible = false) => {
    status.textContent = text;
    status.classList.toggle('visually-hidden', !visible);
  };

  const open = (isOpen: boolean) => {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) {
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
  };

  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLLIElement>('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      // Optional: jsdom, in the unit tests, has no scrollIntoView.
      if (i === index) option.scrollIntoView?.({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${options.id}-option-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index: number) => {
    const hit = hits[index];
    if (hit === undefined) return;
    open(false);
    setStatus('');
    input.value = options.describe(hit).primary;
    options.onPick(hit);
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const option = document.createElement('li');
        option.id = `${options.id}-option-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset['id'] = hit.id;
        const { primary, secondary } = options.describe(hit);
        const main = document.createElement('span');
        main.className = 'suggestion-name';
        main.textContent = primary;
        option.append(main);
        if (secondary) {
          const extra = document.createElement('span');
          extra.className = 'suggestion-detail';
          extra.textContent = secondary;
          option.append(extra);
        }
        // Pointer picks without taking focus from the input.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => pick(index));
        return option;
      }),
    );
    open(hits.length > 0);
  };

  const runSearch = (text: string) => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    setStatus(t('searching'));
    options.search(text, controller.signal).then(
      (found) => {
        if (controller.signal.aborted) return;
        hits = found;
        render();
        setStatus(found.length === 0 ? t('none', { text }) : t('count', { n: found.length }), found.length === 0);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        hits = [];
        render();
        setStatus(t('failed', { message: error instanceof Error ? error.message : String(error) }), true);
      },
    );
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      pending?.abort();
      hits = [];
      render();
      setStatus('');
      return;
    }
    timer = setTimeout(() => runSearch(text), 180);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      if (list.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active < 0 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length;
      highlight(next);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (!list.hidden && hits.length === 1) {
        event.preventDefault();
        pick(0);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== '') {
        event.preventDefault();
        input.value = '';
        hits = [];
        setStatus('');
      }
    }
  });

  input.addEventListener('blur', () => {
    closeTimer = setTimeout(() => open(false), 150);
  });
  input.addEventListener('focus', () => {
    clearTimeout(closeTimer);
    if (hits.length > 0 && input.value.trim() !== '') open(true);
  });

  return {
    input,
    setValue(text) {
      input.value = text;
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(closeTimer);
      pending?.abort();
    },
  };
}
