import type { RecordFileName } from "../model/index.ts";

/**
 * Other names users give our columns: Chinese headers from spreadsheets made in China, and
 * English spellings with spaces, underscores or capitals. Keys are canonical column names.
 * "类型" means kind on an organisation and type on an agreement, so synonyms are per file.
 */
const organization = {
  id: ["编号", "标识", "标识码", "代码"],
  name: ["名称", "英文名称", "英文名", "单位名称", "机构名称", "englishname"],
  nameZh: ["中文名称", "中文名", "chinesename"],
  kind: ["类型", "类别", "性质", "机构类型"],
  region: ["所在地", "所在地区", "地区", "区域", "省份", "行政区划", "location"],
  aliases: ["别名", "简称", "alias"],
  source: ["来源", "出处", "sources"],
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
  enterprises: { ...organization, segments: ["产业链环节", "环节", "所属环节", "segment"] },
  governments: organization,
  chains: { id: ["编号"], name: ["名称", "英文名称"], nameZh: ["中文名称", "产业链名称"], scope: ["范围", "层级"], region: ["所在地", "省份", "地区"], source: ["来源"] },
  segments: {
    id: ["编号"],
    chain: ["产业链", "所属产业链", "chainid"],
    name: ["名称", "英文名称"],
    nameZh: ["中文名称", "环节名称"],
    stage: ["阶段", "上中下游", "环节位置"],
    order: ["顺序", "序号", "排序"],
    source: ["来源"],
  },
  agreements: {
    id: ["编号"],
    type: ["类型", "合作类型", "协议类型", "合作形式"],
    title: ["标题", "协议名称", "项目名称", "名称"],
    signedOn: ["签约日期", "签署日期", "签约时间", "日期", "date", "signed"],
    endsOn: ["到期日期", "截止日期", "结束日期", "ends"],
    status: ["状态"],
    parties: ["合作方", "参与方", "签约方", "签约单位", "party"],
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
    members: ["成员", "成员单位", "member"],
    serves: ["服务产业链", "服务对象"],
    source: ["来源"],
  },
};

/** Folds case, spaces, underscores and hyphens: "Signed on", "signed_on" and "SignedOn" are one name. */
function fold(header: string): string {
  return header.normalize("NFKC").trim().toLowerCase().replace(/[\s_\-.]+/g, "");
}

/** The canonical column a header stands for in this file, or undefined for a column we do not know. */
export function canonicalColumn(file: RecordFileName, header: string, known: string[]): string | undefined {
  const folded = fold(header);
  const direct = known.find((column) => fold(column) === folded);
  if (direct) return direct;
  for (const [column, names] of Object.entries(synonyms[file])) {
    if (names.some((name) => fold(name) === folded)) return column;
  }
  return undefined;
}
