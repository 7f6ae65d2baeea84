import type { RecordFileName } from "../model/index.ts";

/**
 * Other names users give our columns: Chinese headers from spreadsheets made in China, and
 * English spellings with spaces, underscores or capitals. Keys are canonical column names.
 * "类型" means kind on an organisation and type on an agreement, so synonyms are per file.
 */
const organization = {
  id: ["编号", "标识", "内部编号"],
  rowNumber: ["序号", "no", "no.", "#", "行号"],
  code: ["统一社会信用代码", "社会信用代码", "信用代码", "学校标识码", "标识码", "代码", "uscc", "creditcode", "schoolcode"],
  name: ["名称", "英文名称", "英文名", "单位名称", "机构名称", "englishname", "企业名称", "公司名称", "学校名称", "院校名称", "高校名称", "部门名称", "政府名称"],
  nameZh: ["中文名称", "中文名", "chinesename"],
  kind: ["类型", "类别", "性质", "机构类型", "企业类型", "企业性质", "学校类型", "办学层次", "level"],
  region: ["所在地", "所在地区", "地区", "区域", "省份", "行政区划", "location", "地址", "所属地区", "所在城市", "注册地", "所在省份", "所属地市", "城市"],
  aliases: ["别名", "简称", "alias"],
  source: ["来源", "出处", "sources"],
  authority: ["主管部门", "举办者"],
  note: ["备注", "办学性质"],
};

const synonyms: Record<RecordFileName, Record<string, string[]>> = {
  sources: {
    id: ["编号"],
    kind: ["类型"],
    url: ["链接", "网址", "link"],
    title: ["标题", "题目"],
    publisher: ["发布者", "发布单位", "媒体", "来源网站"],
    publishedOn: ["发布日期", "发布时间", "日期", "date", "published"],
  },
  institutions: organization,
  enterprises: { ...organization, segments: ["产业链环节", "环节", "所属环节", "segment", "主营环节"], chain: ["所属产业链", "产业链", "重点产业链", "chain"] },
  governments: organization,
  chains: { id: ["编号"], rowNumber: ["序号"], name: ["名称", "英文名称"], nameZh: ["中文名称", "产业链名称"], scope: ["范围", "层级"], region: ["所在地", "省份", "地区"], source: ["来源"] },
  segments: {
    id: ["编号"],
    chain: ["产业链", "所属产业链", "chainid", "产业链名称"],
    name: ["名称", "英文名称"],
    nameZh: ["中文名称", "环节名称", "产业链环节", "环节"],
    stage: ["阶段", "上中下游", "环节位置"],
    order: ["顺序", "序号", "排序"],
    source: ["来源"],
  },
  agreements: {
    id: ["编号"],
    rowNumber: ["序号", "no", "no.", "#"],
    type: ["类型", "合作类型", "协议类型", "合作形式", "合作项目类型"],
    title: ["标题", "协议名称", "项目名称", "名称"],
    signedOn: ["签约日期", "签署日期", "签约时间", "签订时间", "合作时间", "日期", "date", "signed"],
    endsOn: ["到期日期", "截止日期", "结束日期", "ends"],
    status: ["状态"],
    parties: ["合作方", "参与方", "签约方", "签约单位", "party", "合作企业", "合作院校", "合作学校", "合作单位", "学校名称", "企业名称", "院校名称", "学校", "企业", "院校"],
    serves: ["服务产业链", "服务环节", "服务对象"],
    source: ["来源", "出处", "sources"],
    students: ["学生人数", "学生数", "人数"],
    positions: ["岗位数", "岗位"],
    enterprises: ["企业数", "企业数量"],
  },
  alliances: {
    id: ["编号"],
    name: ["名称", "英文名称"],
    nameZh: ["中文名称", "联盟名称"],
    foundedOn: ["成立日期", "成立时间", "founded"],
    members: ["成员", "成员单位", "member", "理事单位", "牵头单位"],
    serves: ["服务产业链", "服务对象"],
    source: ["来源"],
  },
};

/** Folds case, spaces, underscores and hyphens: "Signed on", "signed_on" and "SignedOn" are one name. */
function fold(header: string): string {
  return header.normalize("NFKC").trim().toLowerCase().replace(/[\s_\-.]+/g, "");
}

// Lookups by folded name, built once per file kind and list of known columns: a header of
// 100,000 columns is looked up in every kind while the header row is searched for.
const lookups = new WeakMap<string[], Map<string, string>>();

function lookupFor(file: RecordFileName, known: string[]): Map<string, string> {
  let lookup = lookups.get(known);
  if (!lookup) {
    lookup = new Map();
    for (const [column, names] of Object.entries(synonyms[file])) for (const name of names) if (!lookup.has(fold(name))) lookup.set(fold(name), column);
    // The contract's own names win over synonyms.
    for (const column of known) lookup.set(fold(column), column);
    lookups.set(known, lookup);
  }
  return lookup;
}

/** The canonical column a header stands for in this file, or undefined for a column we do not know. */
export function canonicalColumn(file: RecordFileName, header: string, known: string[]): string | undefined {
  return lookupFor(file, known).get(fold(header));
}
