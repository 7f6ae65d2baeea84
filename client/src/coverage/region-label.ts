import { displayName } from '../i18n/display-name';
import type { Language } from '../i18n/language';

// Suffixes a Chinese region name can lose in a crowded axis and still be known: 陕西省 → 陕西,
// 新疆维吾尔自治区 → 新疆, 宝鸡市 → 宝鸡. Longest first, so 自治区 is not cut as 区.
const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

/** A region's name for a heat-map axis: the short Chinese form in Chinese, the name otherwise. */
export function shortRegionName(region: { name: string; nameZh?: string | null }, language: Language): string {
  const name = displayName(region, language);
  if (language !== 'zh' || !region.nameZh) return name;
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}
