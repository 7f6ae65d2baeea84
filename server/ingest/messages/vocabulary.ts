import type { RecordFileName } from "../../model/index.ts";
import type { Locale, Noun, OrganizationLabel } from "./codes.ts";

/**
 * The words messages put values in: columns, kinds of records, labels, nouns, agreement types, and
 * how lists and quotations are written. English messages name columns as the contract does
 * (signedOn, parties), which templates and scripts use; Chinese ones as a Chinese header says it,
 * the names column-names.ts reads (签约日期, 合作方), so a planner finds the column in the sheet.
 */
export interface Vocabulary {
  field(column: string): string;
  kind(kind: RecordFileName): string;
  label(label: OrganizationLabel): string;
  aLabel(label: OrganizationLabel): string;
  noun(noun: Noun): string;
  agreementType(type: string): string;
  quoted(text: string): string;
  list(items: string[]): string;
  or(items: string[]): string;
  semi(items: string[]): string;
  count(n: number): string;
}

/** Every column of the contract (model/record-files.ts knownColumns) as a Chinese header names it. */
export const chineseColumnNames: Readonly<Record<string, string>> = {
  id: "编号",
  rowNumber: "序号",
  code: "代码",
  name: "名称",
  nameZh: "中文名称",
  kind: "类型",
  region: "所在地",
  aliases: "别名",
  source: "来源",
  authority: "主管部门",
  note: "备注",
  segments: "产业链环节",
  chain: "所属产业链",
  scope: "范围",
  stage: "阶段",
  order: "顺序",
  type: "合作类型",
  title: "标题",
  signedOn: "签约日期",
  endsOn: "到期日期",
  status: "状态",
  parties: "合作方",
  serves: "服务对象",
  students: "学生人数",
  positions: "岗位数",
  enterprises: "企业数",
  members: "成员单位",
  foundedOn: "成立日期",
  url: "链接",
  publisher: "发布单位",
  publishedOn: "发布日期",
  origin: "出处",
};

const chineseKinds: Record<RecordFileName, string> = {
  sources: "来源",
  institutions: "院校",
  enterprises: "企业",
  governments: "政府部门",
  chains: "产业链",
  segments: "产业链环节",
  agreements: "合作协议",
  alliances: "联盟",
};

const chineseLabels: Record<OrganizationLabel, string> = { Institution: "院校", Enterprise: "企业", Government: "政府部门" };

const englishNouns: Record<Noun, string> = {
  organisation: "organisation",
  source: "source",
  chain: "chain",
  segment: "segment",
  agreement: "agreement",
  alliance: "alliance",
  industryChain: "industry chain",
  chainSegment: "chain segment",
  chainTarget: "industry chain or segment",
};

const chineseNouns: Record<Noun, string> = {
  organisation: "机构",
  source: "来源",
  chain: "产业链",
  segment: "产业链环节",
  agreement: "合作协议",
  alliance: "联盟",
  industryChain: "产业链",
  chainSegment: "产业链环节",
  chainTarget: "产业链或产业链环节",
};

/** The agreement types of the model (record-files.ts), as the dashboard names them in Chinese. */
const chineseAgreementTypes: Readonly<Record<string, string>> = {
  internship_base: "实习基地",
  practice_base: "实践教学基地",
  industry_college: "现代产业学院",
  professor_workstation: "教授工作站",
  order_class: "订单班",
  joint_lab: "联合实验室",
  strategic_cooperation: "战略合作",
  talent_training: "人才培养",
  alliance: "联盟",
  other: "其他合作",
};

export const vocabularies: Readonly<Record<Locale, Vocabulary>> = {
  en: {
    field: (column) => column,
    kind: (kind) => kind,
    label: (label) => label,
    aLabel: (label) => `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`,
    noun: (noun) => englishNouns[noun] ?? noun,
    agreementType: (type) => type.replace(/_/g, " "),
    quoted: (text) => `"${text}"`,
    list: (items) => items.join(", "),
    or: (items) => items.join(" or "),
    semi: (items) => items.join("; "),
    count: (n) => n.toLocaleString("en"),
  },
  zh: {
    field: (column) => chineseColumnNames[column] ?? column,
    kind: (kind) => chineseKinds[kind] ?? kind,
    label: (label) => chineseLabels[label] ?? label,
    aLabel: (label) => chineseLabels[label] ?? label,
    noun: (noun) => chineseNouns[noun] ?? noun,
    agreementType: (type) => chineseAgreementTypes[type] ?? type,
    quoted: (text) => `“${text}”`,
    list: (items) => items.join("、"),
    or: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join("、")}或${items.at(-1)}`),
    semi: (items) => items.join("；"),
    count: (n) => n.toLocaleString("zh-CN"),
  },
};
