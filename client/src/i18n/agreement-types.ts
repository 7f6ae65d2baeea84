import { formatKind } from '../format/format-kind';
import { defineMessages } from './messages';

/** The agreement types of the graph model (DESIGN.md), in the order charts stack and lists show them. */
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

export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export function isAgreementType(value: string): value is AgreementType {
  return (AGREEMENT_TYPES as readonly string[]).includes(value);
}

const names = defineMessages<AgreementType>({
  en: {
    internship_base: 'Internship base',
    practice_base: 'Practical teaching base',
    industry_college: 'Modern industry college',
    professor_workstation: 'Professor workstation',
    order_class: 'Order class',
    joint_lab: 'Joint lab',
    strategic_cooperation: 'Strategic cooperation',
    talent_training: 'Talent training',
    alliance: 'Alliance membership',
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

/** An agreement type's name in the reader's language; a type the model does not know still reads sensibly. */
export function agreementTypeName(type: string): string {
  return isAgreementType(type) ? names(type) : formatKind(type);
}
