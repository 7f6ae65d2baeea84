import { describe, expect, it } from 'vitest';
import { displayName } from './display-name';
import { defineMessages } from './messages';

describe('defineMessages', () => {
  const table = {
    en: { count: '{n} agreements in {region}', title: 'Timeline' },
    zh: { count: '{region}共有{n}项协议', title: '时间线' },
  } as const;

  it('answers in the language of the moment, with values filled in and numbers grouped', () => {
    let language: 'en' | 'zh' = 'en';
    const t = defineMessages(table, () => language);
    expect(t('count', { n: 12345, region: 'Sichuan' })).toBe('12,345 agreements in Sichuan');
    language = 'zh';
    expect(t('title')).toBe('时间线');
    expect(t('count', { n: 12345, region: '四川' })).toBe('四川共有12,345项协议');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    const t = defineMessages(table, () => 'en');
    expect(t('count', { n: 1 })).toBe('1 agreements in {region}');
  });
});

describe('displayName', () => {
  it('shows the Chinese name in Chinese where there is one, the display name otherwise', () => {
    expect(displayName({ name: 'Sichuan University', nameZh: '四川大学' }, 'zh')).toBe('四川大学');
    expect(displayName({ name: 'Sichuan University', nameZh: '四川大学' }, 'en')).toBe('Sichuan University');
    expect(displayName({ name: 'AMBITION', nameZh: null }, 'zh')).toBe('AMBITION');
  });
});
