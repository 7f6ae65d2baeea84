import { describe, expect, it } from "vitest";
import { extractChinese } from "./extract-chinese.ts";
import { findOrgMentions } from "./org-mentions.ts";
import { findSigningPlaces, governmentOfPlace } from "./signing-places.ts";

const placesIn = (text: string) => findSigningPlaces(text, 0, text.length, findOrgMentions(text, 0, text.length)).map((m) => `${m.name}@${m.start}`);
const agreements = (text: string) => extractChinese({ text, language: "zh", publishedOn: "2025-05-20" }).agreements.map((a) => `${a.type}:${a.parties.join("+")}`);

describe("findSigningPlaces", () => {
  it("reads a zone that signs as its management committee, named as the article names it", () => {
    const text = "5月8日，渭南高新区党工委书记、管委会主任一行来校。秦东职业技术学院与渭南高新区签署战略合作框架协议。";
    expect(placesIn(text)).toEqual([`渭南高新区管委会@${text.indexOf("渭南高新区签署")}`]);
    expect(agreements(text)).toEqual(["strategic_cooperation:秦东职业技术学院+渭南高新区管委会"]);
    expect(governmentOfPlace("渭南高新区", "渭南高新区管理委员会主任出席")?.name).toBe("渭南高新区管理委员会");
  });

  it("reads a city, county or district that signs as its government, in either order", () => {
    const text = "5月8日，宝鸡市人民政府与秦东职业技术学院举行座谈。会上，学校与宝鸡市签订校地合作协议。";
    expect(placesIn(text)).toEqual([`宝鸡市人民政府@${text.indexOf("宝鸡市签订")}`]);
    const written = "会上，宝鸡市与秦东职业技术学院签署协议。宝鸡市政府副市长致辞。";
    expect(placesIn(written)).toEqual(["宝鸡市政府@3"]);
  });

  it("keeps one place after a school's department whose name holds 与", () => {
    const text = "机械科学与工程学院与凤翔经济开发区共建研究院。凤翔经济开发区管委会主任出席。";
    expect(placesIn(text)).toEqual([`凤翔经济开发区管委会@${text.indexOf("凤翔经济开发区共建")}`]);
  });

  it("makes no body the article never names: a place is not an organisation", () => {
    expect(placesIn("学校与宝鸡市签订校地合作协议。")).toEqual([]);
    expect(placesIn("学校与渭南高新区签署协议。")).toEqual([]);
    // Where something happens is no party, nor is a phrase ending in 区 that is no place.
    expect(placesIn("学校在宝鸡市签订协议，宝鸡市人民政府出席。")).toEqual([]);
    expect(placesIn("学校与所在社区签订协议，宝鸡市人民政府出席。")).toEqual([]);
  });
});

describe("the room a ceremony is held in", () => {
  it("is a venue: the body whose meeting room it is did not sign", () => {
    const text = "5月8日，秦东职业技术学院与凤翔经济开发区共建产业学院揭牌仪式在宝鸡市凤翔区人民政府会议室举行，凤翔经济开发区管委会主任出席。";
    expect(agreements(text)).toEqual(["industry_college:秦东职业技术学院+凤翔经济开发区管委会"]);
  });
});
