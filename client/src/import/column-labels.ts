import { currentLanguage, type Language } from '../i18n/language';

/** The record columns (DESIGN.md, "Records") as a person reads them, for the mapping selects. */
const LABELS: Readonly<Record<string, readonly [en: string, zh: string]>> = {
  id: ['Id', '编号'],
  rowNumber: ['Row number', '序号'],
  code: ['Code (学校标识码 or credit code)', '代码（学校标识码或统一社会信用代码）'],
  name: ['Name', '名称'],
  nameZh: ['Chinese name', '中文名称'],
  kind: ['Kind', '类型'],
  region: ['Region', '所在地'],
  aliases: ['Other names', '别名'],
  source: ['Sources', '来源'],
  authority: ['Supervising authority', '主管部门'],
  note: ['Note', '备注'],
  segments: ['Chain segments', '产业链环节'],
  chain: ['Industry chain', '所属产业链'],
  scope: ['Scope', '范围'],
  stage: ['Stage', '阶段'],
  order: ['Order', '顺序'],
  type: ['Agreement type', '合作类型'],
  title: ['Title', '标题'],
  signedOn: ['Signed on', '签约日期'],
  endsOn: ['Ends on', '到期日期'],
  status: ['Status', '状态'],
  parties: ['Parties', '合作方'],
  serves: ['Serves (chains, segments)', '服务产业链或环节'],
  students: ['Students', '学生人数'],
  positions: ['Positions', '岗位数'],
  enterprises: ['Enterprises', '企业数'],
  members: ['Members', '成员单位'],
  foundedOn: ['Founded on', '成立日期'],
  url: ['Web address', '链接'],
  publisher: ['Publisher', '发布单位'],
  publishedOn: ['Published on', '发布日期'],
  origin: ['Origin', '出处'],
};

/** "Name · name": the column in the reader's language, with the canonical name scripts and templates use. */
export function columnLabel(column: string, language: Language = currentLanguage()): string {
  const label = LABELS[column];
  if (label === undefined) return column;
  return `${label[language === 'zh' ? 1 : 0]} · ${column}`;
}
