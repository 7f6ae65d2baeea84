import { formatKind } from '../format/format-kind';
import { currentLanguage } from '../i18n/language';
import { defineMessages } from '../i18n/messages';

// Names of the codes the network shows (organisation types, agreement types, kinds), in both
// languages. A code this table has never seen still reads sensibly through formatKind.

export { AGREEMENT_TYPES, agreementTypeName } from '../i18n/agreement-types';

const labelNames = defineMessages({
  en: { Institution: 'Institution', Enterprise: 'Enterprise', Government: 'Government' },
  zh: { Institution: '院校', Enterprise: '企业', Government: '政府部门' },
});

const labelPlurals = defineMessages({
  en: { Institution: 'Institutions', Enterprise: 'Enterprises', Government: 'Government bodies' },
  zh: { Institution: '院校', Enterprise: '企业', Government: '政府部门' },
});


const KINDS_ZH: Readonly<Record<string, string>> = {
  university: '大学',
  vocational_college: '高等职业院校',
  vocational_school: '中等职业学校',
  technician_college: '技师学院',
  technical_school: '技工学校',
  junior_college: '专科学校',
  school_of_university: '大学二级学院',
  research_institute: '科研院所',
  soe: '国有企业',
  private: '民营企业',
  foreign: '外资企业',
  provincial_department: '省级部门',
  city_government: '市政府',
  county_government: '县政府',
  district_government: '区政府',
  development_zone_committee: '开发区管委会',
};

type Label = 'Institution' | 'Enterprise' | 'Government';

function isLabel(value: string): value is Label {
  return value === 'Institution' || value === 'Enterprise' || value === 'Government';
}

/** "Institution" / "院校"; an unknown label as it is. */
export function labelName(label: string): string {
  return isLabel(label) ? labelNames(label) : label;
}

export function labelPlural(label: string): string {
  return isLabel(label) ? labelPlurals(label) : label;
}

/** A kind code in words: Chinese where the table knows it, else the English words. */
export function kindName(kind: string | null | undefined): string {
  if (!kind) return '';
  if (currentLanguage() === 'zh' && KINDS_ZH[kind]) return KINDS_ZH[kind];
  return formatKind(kind);
}

/** Numbers the way the page's language writes them. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return value.toLocaleString(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', options);
}

/** Betweenness is a small fraction: three significant digits. */
export function formatBetweenness(value: number): string {
  if (value === 0) return formatNumber(0);
  return formatNumber(value, { maximumSignificantDigits: 3 });
}
