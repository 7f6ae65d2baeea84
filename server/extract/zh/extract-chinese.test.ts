import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean-article.ts";
import { evaluate } from "../evaluate.ts";
import type { ArticleText, ExtractJson, GoldArticle } from "../types.ts";
import { extractChinese } from "./extract-chinese.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const zh = (text: string, more: Partial<ArticleText> = {}): ArticleText => ({ text, language: "zh", ...more });
const orgs = (text: string, more: Partial<ArticleText> = {}) => extractChinese(zh(text, more)).organizations.map((o) => `${o.role}:${o.name}`);
const agreements = (text: string, more: Partial<ArticleText> = {}) =>
  extractChinese(zh(text, more)).agreements.map((a) => `${a.type}:${a.parties.join("+")}${a.date ? `@${a.date}` : ""}`);

describe("extractChinese", () => {
  it("finds a signing with its type, parties and date, the year from the dateline", () => {
    const text = "3月20日，秦巴职业技术学院与宝鸡恒力数控机床股份有限公司签署校外实践教学基地共建协议。";
    expect(agreements(text, { publishedOn: "2025-03-22" })).toEqual(["practice_base:秦巴职业技术学院+宝鸡恒力数控机床股份有限公司@2025-03-20"]);
    const [agreement] = extractChinese(zh(text, { publishedOn: "2025-03-22" })).agreements;
    expect(agreement!.evidence).toEqual({ quote: text, offset: 0 });
    expect(agreement!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("dates a headline by the body's first day, reads 学校 as a school before a hospital, and a teaching hospital as a practice base", () => {
    const text = [
      "学校与汉中市中心医院举行教学医院签约揭牌仪式",
      "9月1日，校长带队赴汉中市中心医院调研。汉中市中心医院院长致辞，介绍了陕西理工大学与医院的交流历史。",
      "汉中市中心医院将成为“陕西理工大学教学医院”。",
    ].join("\n");
    expect(agreements(text, { publishedOn: "2025-09-04" })).toEqual(["practice_base:陕西理工大学+汉中市中心医院@2025-09-01"]);
    expect(orgs(text, { publishedOn: "2025-09-04" }).sort()).toEqual(["institution:汉中市中心医院", "institution:陕西理工大学"].sort());
  });

  it("takes a guest who attends a ceremony named after its parties for no party, whatever else the sentence says", () => {
    const text = "6月12日，陕西省教育厅副厅长王华出席秦东职业技术学院与渭南恒达智能装备有限公司产教融合签约仪式并讲话。";
    expect(agreements(text, { publishedOn: "2025-06-14" })).toEqual(["other:秦东职业技术学院+渭南恒达智能装备有限公司@2025-06-12"]);
  });

  it("reads 双方 far into an article as the pair it opened with", () => {
    const text = [
      "6月3日下午，秦东职业技术学院与宝鸡市人民政府全面战略合作签约仪式在学校举行。",
      "副校长王云致辞。他介绍了学校的发展历程。他表示学校将服务地方。市长黄华介绍了宝鸡的产业。他说人才是发展的关键。他希望加强交流。",
      "会上，双方签订了全面战略合作协议，副校长王云为宝鸡市教育局和学校代表授牌，向宝鸡市人民政府赠送书法作品。",
    ].join("\n");
    expect(agreements(text, { publishedOn: "2025-06-05" })).toEqual(["strategic_cooperation:秦东职业技术学院+宝鸡市人民政府@2025-06-03"]);
  });

  it("reads 此次…订单班的设立 as the class already reported, not a second one", () => {
    const text = "5月8日，学院与宝鸡长风航空股份有限公司首期乘务订单班开班仪式举行。长风集团董事长指出，此次长风乘务订单班的设立是公司人才储备的布局。";
    expect(agreements(text, { writer: { name: "秦东职业技术学院", role: "institution" }, publishedOn: "2025-05-09" })).toEqual(["order_class:秦东职业技术学院+宝鸡长风航空股份有限公司@2025-05-08"]);
  });

  it("resolves 我校 to the writer and 该公司 to the company just named", () => {
    const text = "近日，我校与陕西秦越智能装备有限公司签订实习基地协议。该公司总经理出席。";
    const result = extractChinese(zh(text, { writer: { name: "渭城理工学院", role: "institution" } }));
    expect(result.organizations.map((o) => o.name).sort()).toEqual(["渭城理工学院", "陕西秦越智能装备有限公司"].sort());
    expect(result.agreements.map((a) => [a.type, a.parties, a.date])).toEqual([["internship_base", ["渭城理工学院", "陕西秦越智能装备有限公司"], undefined]]);
    expect(result.agreements[0]!.confidence).toBeLessThan(0.9);
  });

  it("resolves short forms to the full name", () => {
    const text = "牡丹江石化学院一行来访。座谈中，我公司与牡石化签署协议，共建实习实训基地。";
    const result = extractChinese(zh(text, { writer: { name: "黑龙江龙润能源科技有限公司", role: "enterprise" } }));
    expect(result.organizations.find((o) => o.name === "牡丹江石化学院")?.aliases).toEqual(["牡石化"]);
    expect(result.agreements.map((a) => a.parties)).toEqual([["黑龙江龙润能源科技有限公司", "牡丹江石化学院"]]);
  });

  it("finds no agreement in a visit or symposium that signs nothing", () => {
    const text =
      "3月19日下午，包头工业大学化工学院院长白杰一行来到鄂尔多斯恒泰煤化集团有限公司座谈交流。双方就人才培养、共建实习基地等进行了深入交流。胡东辉希望双方以此次交流为起点，争取年内共建研究生实习基地。";
    expect(orgs(text)).toEqual(["institution:包头工业大学", "enterprise:鄂尔多斯恒泰煤化集团有限公司"]);
    expect(agreements(text)).toEqual([]);
  });

  it("does not take plans and hopes for agreements", () => {
    const text =
      "双方拟于明年春季签订实习基地共建协议。下一步，学校将与洛阳伊滨轴承厂共建联合实验室。双方计划明年共建中试基地，并探讨成立甘肃省轻合金产业技术创新联盟。";
    expect(agreements(text)).toEqual([]);
  });

  it("takes no organisation from navigation, header and footer lines", () => {
    const text = [
      "当前位置：首页 > 新闻中心",
      "来源：宣传部　发布时间：2025-06-08",
      "6月5日，芜湖汽车工程职业学院与安徽皖江汽车零部件有限公司签订校企合作协议。",
      "分享到：微信 微博",
      "版权所有：芜湖汽车工程职业学院　技术支持：安徽云帆网络科技有限公司",
    ].join("\n");
    expect(orgs(text)).toEqual(["institution:芜湖汽车工程职业学院", "enterprise:安徽皖江汽车零部件有限公司"]);
    expect(agreements(text)).toEqual(["other:芜湖汽车工程职业学院+安徽皖江汽车零部件有限公司@2025-06-05"]);
  });

  it("reads the writer from a footer for 我院 when the reader did not", () => {
    const text = "6月5日，我院与安徽皖江汽车零部件有限公司签订校企合作协议。\n版权所有：芜湖汽车工程职业学院";
    expect(agreements(text, { publishedOn: "2025-06-08" })).toEqual(["other:芜湖汽车工程职业学院+安徽皖江汽车零部件有限公司@2025-06-05"]);
  });

  it("splits 分别 into one agreement per partner and leaves witnesses out", () => {
    const text =
      "2025年7月3日，德阳天府重型机械股份有限公司与西南工程技术大学、绵竹工匠职业技术学院分别签订校企合作协议，并为两校授牌“实习实训基地”，德阳市经济和信息化局副局长出席并见证签约。";
    expect(agreements(text)).toEqual([
      "internship_base:德阳天府重型机械股份有限公司+西南工程技术大学@2025-07-03",
      "internship_base:德阳天府重型机械股份有限公司+绵竹工匠职业技术学院@2025-07-03",
    ]);
  });

  it("takes 双方 from the sentences before", () => {
    const text = "3月20日，渭城理工学院一行赴陕西秦越智能装备有限公司参观。随后，双方签署了联合实验室共建协议。";
    expect(agreements(text, { publishedOn: "2025-03-22" })).toEqual(["joint_lab:渭城理工学院+陕西秦越智能装备有限公司@2025-03-20"]);
  });

  it("takes 双方 from the guests named before when no one else acted, and reads 签字 as signing", () => {
    const text =
      "5月6日，宝鸡职业技术学院院长张三，陕西秦越智能装备有限公司董事长李四出席签约仪式。仪式上，双方代表在订单班协议上签字。";
    expect(agreements(text, { publishedOn: "2025-05-08" })).toEqual(["order_class:宝鸡职业技术学院+陕西秦越智能装备有限公司@2025-05-06"]);
  });

  it("places 市政府 in the one city the article's names hold, and folds 区政府 into 区人民政府", () => {
    expect(orgs("为落实市委市政府部署，宝鸡市教育局与宝鸡市技师学院签署协议。")).toContain("government:宝鸡市政府");
    // Two cities: 市政府 stays as written.
    expect(orgs("市政府与宝鸡市技师学院、汉中市技师学院签约。")).toContain("government:市政府");
    expect(orgs("金台区人民政府与宝鸡文理学院签约，金台区委、区政府表示祝贺。").filter((o) => o.startsWith("government"))).toEqual(["government:金台区人民政府"]);
  });

  it("takes the pair just named for people who unveil together (A、B共同为…揭牌)", () => {
    const text = "10月25日，宝鸡市民政局、宝鸡职业技术学院共建养老服务专业签约仪式举行。宝鸡职院副书记王芳，宝鸡市民政局副局长李华出席。王芳、李华共同为“宝鸡市养老服务培训基地”揭牌。";
    expect(agreements(text, { publishedOn: "2025-10-26" })).toContain("practice_base:宝鸡市民政局+宝鸡职业技术学院@2025-10-25");
  });

  it("reads an R&D centre or lab the two build together (揭牌共建…研发中心) as a joint lab", () => {
    expect(agreements("2025年3月8日，宝鸡文理学院与宝鸡钛业股份有限公司签订合作协议并揭牌共建钛合金智能制造研发中心。")).toEqual([
      "joint_lab:宝鸡文理学院+宝鸡钛业股份有限公司@2025-03-08",
    ]);
  });

  it("reads a collaborative innovation centre, a joint R&D base and a trainee base by the annotation rules' words", () => {
    expect(agreements("2025年5月6日，渭南师范学院与陕西秦川机床工具集团有限公司签约共建协同创新中心。")).toEqual([
      "joint_lab:渭南师范学院+陕西秦川机床工具集团有限公司@2025-05-06",
    ]);
    expect(agreements("2025年5月6日，渭南师范学院与陕西秦川机床工具集团有限公司签约成立联合研发基地。")).toEqual([
      "joint_lab:渭南师范学院+陕西秦川机床工具集团有限公司@2025-05-06",
    ]);
    expect(agreements("2025年5月6日，渭南师范学院与陕西秦川机床工具集团有限公司举行就业见习基地揭牌仪式。")).toEqual([
      "internship_base:渭南师范学院+陕西秦川机床工具集团有限公司@2025-05-06",
    ]);
    expect(agreements("2025年5月6日，渭南师范学院与陕西秦川机床工具集团有限公司签署现代学徒制合作协议。")).toEqual([
      "order_class:渭南师范学院+陕西秦川机床工具集团有限公司@2025-05-06",
    ]);
  });

  it("reads 校企共建 in a lead that names no one as the school and company the next sentence names", () => {
    const text = "3月2日上午，校企共建“智能制造学院”成立仪式在图书馆报告厅举行。渭南职业技术学院院长李明、陕西秦川机床工具集团有限公司总经理王强出席仪式。";
    expect(agreements(text)).toEqual(["industry_college:渭南职业技术学院+陕西秦川机床工具集团有限公司"]);
    // Not when the lead names no signing: a sentence about the pair's cooperation in general.
    expect(agreements("校企共建是学院办学的特色。渭南职业技术学院院长李明、陕西秦川机床工具集团有限公司总经理王强座谈交流。")).toEqual([]);
  });

  it("reads a county's vocational education centre as a school", () => {
    expect(orgs("渭南市职业技术教育中心、大荔县职教中心与渭南职业技术学院签订合作协议。职教中心的学生参加。")).toEqual([
      "institution:渭南市职业技术教育中心",
      "institution:大荔县职教中心",
      "institution:渭南职业技术学院",
    ]);
  });

  it("does not take an institute the parties set up (建立…研究院) for a party", () => {
    expect(orgs("宝鸡文理学院将在宝鸡市职业中学建立土壤修复研究院。")).toEqual(["institution:宝鸡文理学院", "institution:宝鸡市职业中学"]);
  });

  it("gives organisations their province from their names", () => {
    const result = extractChinese(zh("内蒙古瑞达化工集团有限公司与宝鸡市人力资源和社会保障局参加。"));
    expect(result.organizations.map((o) => [o.name, o.province, o.regionCode])).toEqual([
      ["内蒙古瑞达化工集团有限公司", "内蒙古自治区", "150000"],
      ["宝鸡市人力资源和社会保障局", "陕西省", "610300"],
    ]);
  });

  it("does not crash on messy or empty text", () => {
    const messy = [
      "",
      "\n\n\n",
      "当前位置：首页 > 新闻\n版权所有",
      "（）（）“”《》！！！。。。",
      "有限公司有限公司大学大学局局厅",
      "与与与和和和签约签约揭牌",
      "此次走访进一步加深了学院对本地",
      "x".repeat(5000) + "大学",
      "近日，".repeat(500) + "西安理工大学与陕西某某科技有限公司签约",
      "（（（（四川）））有限公司与）（大学签约",
      "ABC有限公司和12345大学签署战略合作协议",
    ];
    for (const text of messy) expect(() => extractChinese(zh(text))).not.toThrow();
  });

  it("reads industry chains and places", () => {
    const result = extractChinese(zh("“陕西省铝镁钼深加工重点产业链产教融合创新联盟”在西安成立。"));
    expect(result.industryChains.map((c) => c.name)).toEqual(["铝镁钼深加工重点产业链"]);
    expect(result.places).toEqual([
      { name: "陕西省", code: "610000" },
      { name: "西安", code: "610100" },
    ]);
  });
});

describe("the Chinese development articles", () => {
  const gold = JSON.parse(readFileSync(path.join(root, "eval/gold/dev-zh.json"), "utf8")) as GoldArticle[];
  const toJson = (article: ArticleText): ExtractJson => {
    const found = extractChinese(article);
    const byRole = (role: string) => found.organizations.filter((o) => o.role === role).map((o) => ({ name: o.name, province: o.province ?? null }));
    return {
      institutions: byRole("institution"),
      enterprises: byRole("enterprise"),
      governments: byRole("government"),
      agreements: found.agreements.map((a) => ({ type: a.type, parties: a.parties, date: a.date ?? null })),
      industryChains: found.industryChains.map((c) => ({ name: c.name })),
      places: found.places.map((p) => p.name),
    };
  };
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");

  it("quote every fact as it stands at its offset", () => {
    for (const { file } of gold) {
      const text = read(file);
      const found = extractChinese(zh(text));
      const evidence = [...found.organizations, ...found.agreements, ...found.industryChains].map((fact) => fact.evidence);
      for (const { quote, offset } of evidence) expect(text.slice(offset, offset + quote.length)).toBe(quote);
      for (const agreement of found.agreements) for (const party of agreement.parties) expect(found.organizations.map((o) => o.name)).toContain(party);
    }
  });

  // Floors below what the extractor reaches (1.0 on both when this was written), to catch regressions.
  it.each([
    ["as files", (file: string) => zh(read(file))],
    ["as the article reader cleans them", (file: string) => cleanArticle(read(file))],
  ])("reach the quality floor read %s", async (_how, articleOf) => {
    const [result] = await evaluate(gold, async (file) => toJson(articleOf(file)));
    expect(result!.articles).toBeGreaterThanOrEqual(12);
    expect(result!.organizations.f1).toBeGreaterThanOrEqual(0.95);
    expect(result!.agreements.f1).toBeGreaterThanOrEqual(0.9);
  });
});
