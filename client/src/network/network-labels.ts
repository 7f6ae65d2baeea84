import { formatKind } from '../format/format-kind';
import { currentLanguage } from '../i18n/language';
import { defineMessages } from '../i18n/messages';

// Names of the codes the network shows (organisation types, agreement types, kinds), in both
// languages. A code this table has never seen still reads sensibly through formatKind.

export const AGREEMENT_TYPES = [
  'internship_base',
  'practice_base',
  'industry_college',
  'professor_workstation',
  'order_class',
  'joint_lab',
  'strategic_cooperation',
  'talent_training',
  'alliance',
  'other',
] as const;

const labelNames = defineMessages({
  en: { Institution: 'Institution', Enterprise: 'Enterprise', Government: 'Government' },
  zh: { Institution: '院校', Enterprise: '企业', Government: '政府部门' },
});

const labelPlurals = defineMessages({
  en: { Institution: 'Institutions', Enterprise: 'Enterprises', Government: 'Government bodies' },
  zh: { Institution: '院校', Enterprise: '企业', Government: '政府部门' },
});

const agreementTypeNames = defineMessages({
  en: {
    internship_base: 'Internship base',
    practice_base: 'Practical teaching base',
    industry_college: 'Modern industry college',
    professor_workstation: 'Professor workstation',
    order_class: 'Order class',
    joint_lab: 'Joint lab',
    strategic_cooperation: 'Strategic cooperation',
    talent_training: 'Talent training',
    alliance: 'Alliance',
    other: 'Other',
  },
  zh: {
    internship_base: '实习基地',
    practice_base: '实践教学基地',
    industry_college: '现代产业学院',
    professor_workstation: '教授工作站',
    order_class: '订单班',
    joint_lab: '联合实验室',
    strategic_cooperation: '战略合作',
    talent_training: '人才培养',
    alliance: '联盟',
    other: '其他',
  },
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

export function agreementTypeName(type: string): string {
  return (AGREEMENT_TYPES as readonly string[]).includes(type) ? agreementTypeNames(type as (typeof AGREEMENT_TYPES)[number]) : formatKind(type);
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
