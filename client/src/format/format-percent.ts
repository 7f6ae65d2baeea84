import { currentLanguage } from '../i18n/language';

/** A share (0–1) as a whole percentage in the reader's language: "25%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
