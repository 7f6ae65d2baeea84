import { describe, expect, it } from "vitest";
import { cleanArticle, detectLanguage } from "./clean-article.ts";

describe("cleanArticle", () => {
  it("drops navigation, counters and the copyright footer, and reads the header", () => {
    const raw = [
      "Location: HOME >> Campus News",
      "",
      "Qinling Polytechnic Opens a Drone Order Class",
      "",
      " time:2024-09-02 View:311",
      "",
      "On August 30, Qinling Polytechnic College and Hanjiang Drone Co., Ltd. opened an order class for 40 students.",
      "The class will run for two years.",
      "TAG:",
      "Copyright notice: texts and pictures here are reprinted from elsewhere on the web.",
      "Copyright 2003-2024 Qinling Daily Media Group. All rights reserved.",
    ].join("\r\n");
    const article = cleanArticle(raw);
    expect(article.title).toBe("Qinling Polytechnic Opens a Drone Order Class");
    expect(article.publishedOn).toBe("2024-09-02");
    expect(article.publisher).toBe("Qinling Daily Media Group");
    expect(article.language).toBe("en");
    expect(article.text).not.toMatch(/Location|View:|TAG:|copyright/i);
    expect(article.text).toContain("The class will run for two years.");
  });

  it("reads a stacked dateline and a Chinese source line naming the writer", () => {
    const dated = cleanArticle("12\n2025\n-\n04\nA headline without a stop\nBody sentence one. Body sentence two.");
    expect(dated.publishedOn).toBe("2025-04-12");
    expect(dated.title).toBe("A headline without a stop");

    const zh = cleanArticle("当前位置：首页 > 学校新闻\n我校与某某科技有限公司签约\n来源：汉江职业技术学院  发布时间：2025年03月07日  点击：88\n3月6日，我校与某某科技有限公司签署校企合作协议。\n版权所有：汉江职业技术学院 陕ICP备000000号");
    expect(zh.language).toBe("zh");
    expect(zh.writer).toEqual({ name: "汉江职业技术学院", role: "institution" });
    expect(zh.publishedOn).toBe("2025-03-07");
    expect(zh.title).toBe("我校与某某科技有限公司签约");
    expect(zh.text).not.toMatch(/当前位置|版权所有|来源/);
  });

  it("never fails on empty or odd input", () => {
    expect(cleanArticle("").text).toBe("");
    expect(cleanArticle("\u0000\u0001>>>\n\n").language).toBe("en");
    expect(detectLanguage("西安理工大学 and Huawei")).toBe("zh");
  });
});
