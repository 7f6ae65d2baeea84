import { describe, expect, it } from 'vitest';
import { shortRegionName } from './region-label';

describe('shortRegionName', () => {
  it('drops the administrative suffix of Chinese names, keeping at least two characters', () => {
    const short = (nameZh: string) => shortRegionName({ name: 'x', nameZh }, 'zh');
    expect(short('陕西省')).toBe('陕西');
    expect(short('新疆维吾尔自治区')).toBe('新疆');
    expect(short('内蒙古自治区')).toBe('内蒙古');
    expect(short('广西壮族自治区')).toBe('广西');
    expect(short('香港特别行政区')).toBe('香港');
    expect(short('宝鸡市')).toBe('宝鸡');
    expect(short('沙市')).toBe('沙市');
    expect(short('延边朝鲜族自治州')).toBe('延边朝鲜族自治州');
  });

  it('keeps the English name, and the English name where no Chinese one is recorded', () => {
    expect(shortRegionName({ name: 'Shaanxi', nameZh: '陕西省' }, 'en')).toBe('Shaanxi');
    expect(shortRegionName({ name: 'Shaanxi', nameZh: null }, 'zh')).toBe('Shaanxi');
  });
});
