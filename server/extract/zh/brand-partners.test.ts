import { describe, expect, it } from "vitest";
import { findBrandPartners } from "./brand-partners.ts";
import { extractChinese } from "./extract-chinese.ts";
import { findOrgMentions } from "./org-mentions.ts";

const partnersIn = (text: string) => findBrandPartners(text, 0, text.length, findOrgMentions(text, 0, text.length)).map((m) => m.name);

describe("findBrandPartners", () => {
  it("reads a brand and its trade between 与 and a cooperating verb as a company", () => {
    expect(partnersIn("学校自2019年开始与恒睿电动开展校企合作")).toEqual(["恒睿电动"]);
    expect(partnersIn("学院与秦丰牧业签约共建实训基地")).toEqual(["秦丰牧业"]);
    expect(partnersIn("学校与陕西恒达智能签约")).toEqual(["陕西恒达智能"]);
  });

  it("takes a place and a trade, two trades, or words that point at companies for no brand", () => {
    expect(partnersIn("学校与宝鸡汽车签约")).toEqual([]);
    expect(partnersIn("学校与汽车电子签约")).toEqual([]);
    expect(partnersIn("学院与万豪旗下酒店共建订单班")).toEqual([]);
    // A name with a legal form is read as one already.
    expect(partnersIn("学校与宝鸡恒达电动有限公司签约")).toEqual([]);
  });

  it("reads a short name an organisation signs with as a company's brand, even without a trade word", () => {
    expect(partnersIn("渭南职业技术学院与凯丰签署战略合作协议")).toEqual(["凯丰"]);
    expect(partnersIn("学院与凯腾时代签订订单班协议")).toEqual(["凯腾时代"]);
    // Not people signing for their organisations, generic words, a pronoun, a place or a common surname's name.
    expect(partnersIn("刘春节与施亚栋签署合作协议")).toEqual([]);
    expect(partnersIn("学院与企业签订合作协议")).toEqual([]);
    expect(partnersIn("学校与其签订协议")).toEqual([]);
    expect(partnersIn("学校与渭南签约")).toEqual([]);
    expect(partnersIn("学校与王磊签约")).toEqual([]);
  });

  it("makes the company a party of the class the writer builds with it", () => {
    const found = extractChinese({ text: "6月12日，学校与恒睿电动共建“恒睿订单班”。", language: "zh", publishedOn: "2025-06-14", writer: { name: "秦东职业技术学院", role: "institution" } });
    expect(found.agreements.map((a) => `${a.type}:${a.parties.join("+")}`)).toEqual(["order_class:秦东职业技术学院+恒睿电动"]);
  });
});
