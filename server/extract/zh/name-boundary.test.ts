import { describe, expect, it } from "vitest";
import { findOrgMentions } from "./org-mentions.ts";

const names = (text: string) => findOrgMentions(text, 0, text.length).map((m) => m.name);

describe("left boundaries of Chinese names", () => {
  it("cuts at 与 before the name and at the verb after it", () => {
    expect(names("近日，学校与西安理工大学签约。")).toEqual(["西安理工大学"]);
    expect(names("学校与陕西某某科技有限公司签订校企合作协议")).toEqual(["陕西某某科技有限公司"]);
  });

  it("cuts after 融合 and 给予 (专业，融合X的资源; 长期以来给予X的支持)", () => {
    expect(names("药学等专业，融合烟台荣昌控股集团有限公司的资源")).toEqual(["烟台荣昌控股集团有限公司"]);
    expect(names("学校长期以来给予国家能源集团的支持")).toEqual(["国家能源集团"]);
  });

  it("reads both sides of X与Y签署", () => {
    expect(names("渭城理工学院与陕西秦越智能装备有限公司签署协议")).toEqual(["渭城理工学院", "陕西秦越智能装备有限公司"]);
  });

  it("cuts after 一行来到 / 赴 / 走进 and after dates and time words", () => {
    expect(names("副校长李明一行来到宝鸡恒力数控机床股份有限公司考察")).toEqual(["宝鸡恒力数控机床股份有限公司"]);
    expect(names("3月20日上午秦巴职业技术学院师生赴洛阳伊滨轴承厂参观")).toEqual(["秦巴职业技术学院", "洛阳伊滨轴承厂"]);
    expect(names("近日南部县人民政府走进川东理工大学")).toEqual(["南部县人民政府", "川东理工大学"]);
  });

  it("cuts after the copula 系, but keeps 系统 and 体系 inside a name", () => {
    expect(names("该中心系滁州某某电子集团的成员")).toEqual(["滁州某某电子集团"]);
    expect(names("与南京某某信息系统有限公司签约")).toEqual(["南京某某信息系统有限公司"]);
    expect(names("北京某某体系认证研究院出席")).toEqual(["北京某某体系认证研究院"]);
  });

  it("cuts after 建立 and 创建: what a school builds is not part of its name", () => {
    expect(names("洪洞县某某职业技术学院建立水污染治理研究院")).toEqual(["洪洞县某某职业技术学院", "水污染治理研究院"]);
  });

  it("finds nothing in 校企双方 or in references", () => {
    expect(names("校企双方签署了合作协议")).toEqual([]);
    expect(names("该公司总经理介绍了我校和本公司的情况")).toEqual([]);
  });

  it("keeps the 和 and 等 inside department and school names", () => {
    expect(names("宝鸡市人力资源和社会保障局、陕西省工业和信息化厅及榆林医药高等专科学校出席")).toEqual([
      "宝鸡市人力资源和社会保障局",
      "陕西省工业和信息化厅",
      "榆林医药高等专科学校",
    ]);
  });

  it("reads a stop character as part of the name when nothing would be left (同济, 联合)", () => {
    expect(names("学校与同济大学签约")).toEqual(["同济大学"]);
    expect(names("学校与北京联合大学签约")).toEqual(["北京联合大学"]);
  });

  it("does not read 贵州 or 本溪 as 贵公司 or 本公司", () => {
    expect(names("贵州省教育厅和本溪钢铁集团有限公司参加")).toEqual(["贵州省教育厅", "本溪钢铁集团有限公司"]);
  });

  it("keeps a bracketed place inside a company name", () => {
    expect(names("学校与安必信（四川）石油设备科技有限公司签约")).toEqual(["安必信（四川）石油设备科技有限公司"]);
  });

  it("reads a company's brand that holds a verb of coming or going (蔚来, 至远) from the place before it", () => {
    expect(names("学校与上海蔚来汽车有限公司签约")).toEqual(["上海蔚来汽车有限公司"]);
    expect(names("我校与宝鸡至远电子有限公司签约")).toEqual(["宝鸡至远电子有限公司"]);
    // A conjunction stays a boundary, and a place one comes from or goes to starts no brand.
    expect(names("西安交大与远光科技有限公司签约")).toEqual(["远光科技有限公司"]);
    expect(names("学生从宝鸡到达电子有限公司实习")).toEqual(["达电子有限公司"]);
    expect(names("一行赴聊城到中通汽车工业集团调研")).not.toContain("聊城到中通汽车工业集团");
  });

  it("reads a company whose words after a stop word are field words alone (华为技术) through the stop word", () => {
    expect(names("学校与华为技术有限公司签订合作协议")).toEqual(["华为技术有限公司"]);
    // Not through a conjunction: those are two groups.
    expect(names("常州城建集团与新能源集团签约")).toEqual(["常州城建集团", "新能源集团"]);
  });

  it("reads a company whose words after a stop are its form alone (美的集团股份) from the brand before the stop", () => {
    expect(names("学校与美的集团股份有限公司签约")).toEqual(["美的集团股份有限公司"]);
    // A form alone is no company, and without a legal form 为集团 is a verb and a group.
    expect(names("作为全球最大的集团股份有限公司之一")).toEqual([]);
    expect(names("嘉宾为集团颁奖")).toEqual([]);
  });

  it("skips people's titles and names around the organisation", () => {
    expect(names("鄂尔多斯恒泰煤化集团有限公司副总经理胡东辉主持会议")).toEqual(["鄂尔多斯恒泰煤化集团有限公司"]);
  });
});
