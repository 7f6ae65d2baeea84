import { describe, expect, it } from "vitest";
import { extractChinese } from "./extract-chinese.ts";

// A school's own page: 我校 is the writer.
const writer = { name: "秦东职业技术学院", role: "institution" as const };
const agreements = (text: string) =>
  extractChinese({ text, language: "zh", publishedOn: "2025-06-14", writer })
    .agreements.map((a) => `${a.type}:${a.parties.join("+")}`)
    .sort();

describe("one subject acting with a partner per clause", () => {
  it("gives each clause's partner that clause's kind, a signed agreement of no named kind being other", () => {
    const text = "6月12日，我校与渭南恒达智能装备有限公司签订校企合作协议，与陕西秦川机床工具集团股份有限公司签订实习基地协议，与宝鸡市人民政府签订战略合作框架协议。";
    expect(agreements(text)).toEqual([
      "internship_base:秦东职业技术学院+陕西秦川机床工具集团股份有限公司",
      "other:秦东职业技术学院+渭南恒达智能装备有限公司",
      "strategic_cooperation:秦东职业技术学院+宝鸡市人民政府",
    ]);
  });

  it("does not cross the kinds of clauses joined by 、 after 分别 with their partners", () => {
    const text = "6月12日，学校分别与渭南恒达智能装备有限公司签署订单班培养协议、与陕西秦川机床工具集团股份有限公司签署共建产业学院协议。";
    expect(agreements(text)).toEqual([
      "industry_college:秦东职业技术学院+陕西秦川机床工具集团股份有限公司",
      "order_class:秦东职业技术学院+渭南恒达智能装备有限公司",
    ]);
  });

  it("gives what is built in a clause opened by 并与 to that clause's partner, not the one who signed before", () => {
    const text = "6月12日，我校与渭南恒达智能装备有限公司签订校企合作协议，并与陕西秦川机床工具集团股份有限公司共建智能制造产业学院。";
    expect(agreements(text)).toEqual([
      "industry_college:秦东职业技术学院+陕西秦川机床工具集团股份有限公司",
      "other:秦东职业技术学院+渭南恒达智能装备有限公司",
    ]);
  });

  it("lets a clause with no verb of its own share the next clause's", () => {
    const text = "6月12日，我校与渭南恒达智能装备有限公司、与陕西秦川机床工具集团股份有限公司分别签订了实习基地协议。";
    expect(agreements(text)).toEqual([
      "internship_base:秦东职业技术学院+渭南恒达智能装备有限公司",
      "internship_base:秦东职业技术学院+陕西秦川机床工具集团股份有限公司",
    ]);
  });

  it("leaves a list of partners in one clause, and two subjects each with its partner, to the sentence's reading", () => {
    // One clause, two partners: each signs its own base (分别).
    expect(agreements("6月12日，学校与渭南恒达智能装备有限公司、陕西秦川机床工具集团股份有限公司分别签订了实习基地协议。")).toEqual([
      "internship_base:秦东职业技术学院+渭南恒达智能装备有限公司",
      "internship_base:秦东职业技术学院+陕西秦川机床工具集团股份有限公司",
    ]);
    // The second clause has a subject of its own: not the school's second partner.
    const twoSubjects = agreements("6月12日，西安交通大学与渭南恒达智能装备有限公司签订实习基地协议，陕西科技大学与陕西秦川机床工具集团股份有限公司签订实习基地协议。");
    expect(twoSubjects).not.toContain("internship_base:西安交通大学+陕西秦川机床工具集团股份有限公司");
  });
});
