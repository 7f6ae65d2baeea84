import type { OrgMention } from "./org-mentions.ts";
import { leadingRegionRun, regionNameAt } from "./region-names.ts";
import { isDisciplineStem } from "./subunits.ts";

/**
 * Companies named by their brand alone, where the sentence makes them a partner. With its trade
 * (与威睿电动开展校企合作, 与禾丰牧业签约): a brand's last word says what trade it is in (电动,
 * 牧业, 航空), and without a legal form only that word and the place of a partner (between 与 and
 * a signing or cooperating verb) make the words a company. Without a trade word (学院与比亚迪签署),
 * only a short name that an organisation signs with, and that is neither generic words, a place
 * nor a person's name.
 */

/** The last words of a company's brand that name its trade, longest first (新能源 before 能源). */
const tradeWords =
  "牧业 乳业 农业 渔业 林业 航空 航天 科技 电子 电气 电动 电力 电器 电机 汽车 车业 药业 医药 制药 生物 食品 能源 新能源 环保 物流 智能 机械 机电 数控 装备 精密 精工 重工 材料 新材 化工 石化 钢铁 矿业 建设 建工 置业 地产 信息 软件 网络 通信 传媒 文化 检测 酒店 水务 燃气 光电 半导体 微电子 重机 船舶 纺织 服饰 家居 家电 电商 互联"
    .split(" ")
    .sort((a, b) => b.length - a.length);

const trade = tradeWords.join("|");
// 与X开展/签订/签约/共建/携手/合作: X between the conjunction and the verb, no punctuation or space inside.
const partner = new RegExp(String.raw`[与同]([\p{Script=Han}]{1,5}?(?:${trade}))(?=(?:开展|签订|签署|签约|共建|携手|合作|联合|共同|达成|举行))`, "gu");

/**
 * True when the words are a brand and its trade (威睿电动, 陕西恒达智能): not a place and a trade
 * (宝鸡汽车, an industry), two trades or a field (汽车电子), nor words that point at companies
 * without naming one (万豪旗下酒店).
 */
export function isTradeBrand(name: string): boolean {
  const { prefix } = leadingRegionRun(name);
  const own = name.slice(prefix.length);
  const tradeWord = tradeWords.find((w) => own.endsWith(w));
  if (!tradeWord || regionNameAt(name, 0)?.name === name) return false;
  const brand = own.slice(0, own.length - tradeWord.length);
  // A brand is a word or two (威睿, 秦丰): a longer run before the trade is a phrase (调研了汽车).
  if (brand.length < 2 || brand.length > 4 || tradeWords.includes(brand) || isDisciplineStem(brand)) return false;
  return !/旗下|下属|所属|相关|有关|其他|其它|各|多家|部分|当地|本地|知名|优质|龙头|重点|骨干|合作/.test(brand);
}

// 与比亚迪签署…: a short name right between 与 and a verb of signing is the company signing, even without a trade word.
const signedWith = /[与同]([\p{Script=Han}]{2,4}?)(?=(?:签署|签订|签约))/gu;
// …unless its words are no one's name (与企业签约, 与其签订, 与学生签订) or a person's (与王磊签约).
const notABrand = /企业|公司|学校|学院|大学|单位|部门|政府|机构|双方|对方|各|多|等|有关|相关|该|此|其|本|我|学生|毕业生|教师|员工|家长|教授|博士|院士|老师|同学|先生|女士|合作|共同|正式|现场|顺利|成功|集中|分别|当地|省|市|县|区|校|院|方/;
const commonSurnames = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(""),
);

/** True when a name between 与 and a signing can be a company's brand: not generic words, a place or a person's name. */
function isSignedBrand(name: string): boolean {
  // A brand with its trade is judged as one (宝鸡汽车 is a place's industry); a place's name leads no bare brand.
  if (tradeWords.some((w) => name.endsWith(w))) return isTradeBrand(name);
  if (notABrand.test(name) || leadingRegionRun(name).prefix !== "" || regionNameAt(name, 0) !== undefined) return false;
  return !(name.length <= 3 && commonSurnames.has(name[0]!));
}

/** Brand-named partners in text[from, to), outside the spans of `named`. */
export function findBrandPartners(text: string, from: number, to: number, named: readonly OrgMention[]): OrgMention[] {
  const found: OrgMention[] = [];
  const add = (name: string, start: number) => {
    const end = start + name.length;
    if ([...named, ...found].some((n) => start < n.end && end > n.start)) return;
    found.push({ name, start, end, role: "enterprise", regionPrefix: leadingRegionRun(name).prefix, kind: "full" });
  };
  const span = text.slice(from, to);
  for (const m of span.matchAll(partner)) if (isTradeBrand(m[1]!)) add(m[1]!, from + m.index + 1);
  // The one who signs with it must be an organisation: in 刘春节与施亚栋签署 two people sign for theirs.
  const orgBefore = (at: number) => named.some((n) => n.end === at) || /(?:我校|我院|本校|学校|学院|大学|该校|公司|集团)$/.test(text.slice(Math.max(from, at - 2), at));
  for (const m of span.matchAll(signedWith)) if (isSignedBrand(m[1]!) && orgBefore(from + m.index)) add(m[1]!, from + m.index + 1);
  return found.sort((a, b) => a.start - b.start);
}
