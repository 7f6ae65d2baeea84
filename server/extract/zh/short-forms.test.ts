import { describe, expect, it } from "vitest";
import { findShortForms, isShortFormOf } from "./short-forms.ts";

describe("short forms", () => {
  it("recognises the usual ways of shortening", () => {
    expect(isShortFormOf("哈石油", "哈尔滨石油学院")).toBe(true);
    expect(isShortFormOf("恒泰集团", "鄂尔多斯恒泰煤化集团有限公司")).toBe(true);
    expect(isShortFormOf("天山农大", "新疆天山农业大学")).toBe(true);
    expect(isShortFormOf("宝鸡市人社局", "宝鸡市人力资源和社会保障局")).toBe(true);
    expect(isShortFormOf("秦巴职院", "秦巴职业技术学院")).toBe(true);
  });

  it("does not take another organisation or a place for a short form", () => {
    expect(isShortFormOf("长安大学", "长安理工大学")).toBe(false);
    expect(isShortFormOf("兰州新区", "兰州新区管理委员会")).toBe(false);
    expect(isShortFormOf("宝鸡", "宝鸡恒力数控机床股份有限公司")).toBe(false);
    expect(isShortFormOf("恒泰集团", "鄂尔多斯恒泰泰丰化工有限公司")).toBe(false);
  });

  it("finds short forms in running text", () => {
    const text = "座谈中，我公司与哈石油正式签署协议，恒力数控董事长出席。";
    const found = findShortForms(text, 0, text.length, ["哈尔滨石油学院", "宝鸡恒力数控机床股份有限公司"], []);
    expect(found.map((f) => [f.text, f.full])).toEqual([
      ["哈石油", "哈尔滨石油学院"],
      ["恒力数控", "宝鸡恒力数控机床股份有限公司"],
    ]);
  });

  it("leaves the start of another name alone", () => {
    const text = "学校成立科学技术研究院";
    expect(findShortForms(text, 0, text.length, ["陕西省科学技术厅"], [])).toEqual([]);
  });
});
