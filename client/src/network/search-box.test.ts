// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from './network-query';
import { createSearchBox } from './search-box';

const hit = (id: string, name: string, nameZh: string | null = null): SearchHit => ({ id, kind: 'Institution', name, nameZh, regionCode: null, score: 1 });
const hits = [hit('hnu', 'Hunan University', '湖南大学'), hit('hnust', 'Hunan University of Science and Technology')];

function setUp() {
  document.body.replaceChildren();
  const picked: SearchHit[] = [];
  const search = vi.fn(async () => hits);
  const box = createSearchBox(document.body, {
    id: 'test',
    label: 'Find',
    placeholder: '',
    search,
    describe: (h) => ({ primary: h.name, secondary: h.nameZh ?? '' }),
    onPick: (h) => picked.push(h),
  });
  return { box, picked, search };
}

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await vi.runAllTimersAsync();
}

function key(input: HTMLInputElement, name: string) {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
}

describe('the search box (an ARIA combobox)', () => {
  afterEach(() => vi.useRealTimers());

  it('suggests as you type, moves with the arrows, picks with Enter', async () => {
    vi.useFakeTimers();
    const { box, picked, search } = setUp();
    const input = box.input;
    expect(input.getAttribute('role')).toBe('combobox');
    await type(input, '湖南');
    expect(search).toHaveBeenCalledWith('湖南', expect.anything());
    const list = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(list.querySelectorAll('[role="option"]')).toHaveLength(2);

    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('test-option-1');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('test-option-0');
    expect(document.getElementById('test-option-0')!.getAttribute('aria-selected')).toBe('true');

    key(input, 'Enter');
    expect(picked.map((h) => h.id)).toEqual(['hnu']);
    expect(list.hidden).toBe(true);
    expect(input.value).toBe('Hunan University');
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    vi.useFakeTimers();
    const { box, picked } = setUp();
    await type(box.input, 'hunan');
    key(box.input, 'Escape');
    expect(box.input.getAttribute('aria-expanded')).toBe('false');
    expect(box.input.value).toBe('hunan');
    key(box.input, 'Escape');
    expect(box.input.value).toBe('');
    expect(picked).toEqual([]);
  });
});
