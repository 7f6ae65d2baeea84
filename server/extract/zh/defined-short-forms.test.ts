import { describe, expect, it } from "vitest";
import { definedShortForms, startHoldingShortForm } from "./defined-short-forms.ts";
import { extractChinese } from "./extract-chinese.ts";
import { findOrgMentions } from "./org-mentions.ts";

const namesIn = (text: string) => findOrgMentions(text, 0, text.length).map((m) => m.name);

describe("short forms an article defines", () => {
  it("are read in their usual wordings", () => {
    expect(definedShortForms("与宝鸡至远电子有限公司（以下简称“至远电子”）、渭南由心科技有限公司(简称由心科技)和秦东学院（下称“秦东”）签约")).toEqual(["至远电子", "由心科技", "秦东"]);
  });

  it("take a name cut at a word inside it (由 of 由心) back to the short form's first character and the place before it", () => {
    expect(namesIn("学校与渭南由心科技有限公司签约。")).toEqual(["心科技有限公司"]);
    expect(namesIn("学校与渭南由心科技有限公司（以下简称“由心科技”）签约。")).toEqual(["渭南由心科技有限公司"]);
  });

  it("take the name back wherever the article writes it, also before the definition (a headline)", () => {
    const text = "学校与渭南由心科技有限公司签约\n5月8日，学校与渭南由心科技有限公司(以下简称“由心科技”)签署实习基地协议。由心科技总经理出席。";
    const found = extractChinese({ text, language: "zh", writer: { name: "秦东职业技术学院", role: "institution" } });
    expect(found.organizations.map((o) => o.name)).toEqual(["秦东职业技术学院", "渭南由心科技有限公司"]);
    expect(found.agreements.map((a) => `${a.type}:${a.parties.join("+")}`)).toEqual(["internship_base:秦东职业技术学院+渭南由心科技有限公司"]);
  });

  it("do not read back across a conjunction or beyond what makes the short form one of the name's", () => {
    const text = "学校与至远电子有限公司（以下简称“学校至远”）签约。";
    const start = text.indexOf("远电子");
    expect(startHoldingShortForm(text, start, text.indexOf("（"), "学校至远")).toBe(start);
    expect(startHoldingShortForm("宝鸡至远电子有限公司", 3, 10, "至诚")).toBe(3);
  });
});
