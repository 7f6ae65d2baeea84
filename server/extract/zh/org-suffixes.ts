import type { OrganizationRole } from "../types.ts";

/**
 * The words a Chinese organisation name ends with, and the role each gives it. A "legal" suffix
 * (有限公司) or a strong one (大学, 职业技术学院, 人民政府) makes a name by itself; a weak one
 * (厂, 局, 厅, 政府, 委员会) only when the name starts with a place (洛阳伊滨轴承厂,
 * 宝鸡市人力资源和社会保障局), since 格局, 大厅 or 工厂 end with the same characters.
 */
export interface OrgSuffix {
  text: string;
  role: OrganizationRole;
  strength: "legal" | "strong" | "weak";
}

const table: [string, OrganizationRole, OrgSuffix["strength"]][] = [
  ["职业技术大学", "institution", "strong"],
  ["职业技术学院", "institution", "strong"],
  ["职业学院", "institution", "strong"],
  ["高等专科学校", "institution", "strong"],
  ["专科学校", "institution", "strong"],
  ["高级技工学校", "institution", "strong"],
  ["技师学院", "institution", "strong"],
  ["技工学校", "institution", "strong"],
  ["职业学校", "institution", "strong"],
  ["中等专业学校", "institution", "strong"],
  ["职业中学", "institution", "strong"],
  ["职业技术学校", "institution", "strong"],
  // County vocational schools are named as centres: 渭南市职业技术教育中心, 县职教中心.
  ["职业技术教育中心", "institution", "strong"],
  ["职业教育中心", "institution", "strong"],
  ["职教中心", "institution", "weak"],
  ["学校", "institution", "weak"],
  ["职业高级中学", "institution", "strong"],
  ["中学", "institution", "weak"],
  ["大学", "institution", "strong"],
  ["学院", "institution", "strong"],
  ["科学院", "institution", "strong"],
  ["研究院", "institution", "strong"],
  ["研究所", "institution", "strong"],
  ["医院", "institution", "weak"],
  ["卫生院", "institution", "strong"],
  ["基金会", "enterprise", "strong"],
  ["联合会", "enterprise", "weak"],
  ["协会", "enterprise", "weak"],
  ["商会", "enterprise", "weak"],
  ["学会", "enterprise", "weak"],
  ["工商联", "enterprise", "weak"],
  ["股份有限公司", "enterprise", "legal"],
  ["有限责任公司", "enterprise", "legal"],
  ["有限公司", "enterprise", "legal"],
  ["股份公司", "enterprise", "legal"],
  ["集团公司", "enterprise", "legal"],
  ["公司", "enterprise", "strong"],
  ["集团", "enterprise", "strong"],
  ["厂", "enterprise", "weak"],
  ["银行", "enterprise", "strong"],
  ["分行", "enterprise", "strong"],
  ["支行", "enterprise", "strong"],
  ["合作社", "enterprise", "weak"],
  ["人民政府办公室", "government", "strong"],
  ["人民政府办公厅", "government", "strong"],
  ["政府办公室", "government", "weak"],
  ["政府办公厅", "government", "weak"],
  ["人民政府", "government", "strong"],
  ["政府", "government", "weak"],
  ["管理委员会", "government", "weak"],
  ["管委会", "government", "weak"],
  ["委员会", "government", "weak"],
  ["发改委", "government", "weak"],
  ["经信委", "government", "weak"],
  ["工信委", "government", "weak"],
  ["教委", "government", "weak"],
  ["科委", "government", "weak"],
  ["卫健委", "government", "weak"],
  ["厅", "government", "weak"],
  ["局", "government", "weak"],
];

/** Suffixes longest first, so 职业技术学院 is found before 学院 and 有限公司 before 公司. */
export const orgSuffixes: readonly OrgSuffix[] = table
  .map(([text, role, strength]) => ({ text, role, strength }))
  .sort((a, b) => b.text.length - a.text.length);

/** National ministries end in 部, which ends too many other words to be a suffix on its own. */
export const ministries: readonly string[] = [
  "教育部",
  "科学技术部",
  "科技部",
  "工业和信息化部",
  "人力资源和社会保障部",
  "财政部",
  "农业农村部",
  "商务部",
  "自然资源部",
  "生态环境部",
  "交通运输部",
  "水利部",
];

/** Characters after a suffix that show it was a word of its own: 大学生, 集团化, 厂长, 局面. */
const blockedAfter: Record<string, string> = {
  大学: "生城路街",
  学院: "路街派",
  公司: "化法制",
  集团: "化军",
  厂: "长区房家商里内外矿",
  局: "长面势部",
  厅: "长",
  研究所: "长",
  政府: "采",
};

/** The longest suffix ending at `end` in `text`, unless the next character makes it another word. */
export function suffixEndingAt(text: string, end: number): OrgSuffix | undefined {
  for (const suffix of orgSuffixes) {
    if (end < suffix.text.length || text.slice(end - suffix.text.length, end) !== suffix.text) continue;
    const next = text[end] ?? "";
    const blocked = Object.entries(blockedAfter).find(([ending]) => suffix.text.endsWith(ending));
    if (blocked && next !== "" && blocked[1].includes(next)) return undefined;
    return suffix;
  }
  return undefined;
}
