import { describe, expect, it } from "vitest";
import { dateFromUrl, filedByFromUrl } from "./url-date.ts";

describe("dateFromUrl", () => {
  it("reads the day news sites file their pages under", () => {
    expect(dateFromUrl("https://news.example.edu.cn/2023/0905/c7586a208552/page.htm")).toBe("2023-09-05");
    expect(dateFromUrl("http://www.example.com/2018-06/22/c_1123023130.htm")).toBe("2018-06-22");
    expect(dateFromUrl("http://example.gov.cn/gsydyl/jmhz/202411/t20241108_23406.html")).toBe("2024-11-08");
    expect(dateFromUrl("http://example.cn/hxrcb/20230621/html/content_20230621002006.htm")).toBe("2023-06-21");
    expect(dateFromUrl("https://example.com/html/946/2017-09-22/content-11458.html")).toBe("2017-09-22");
    expect(dateFromUrl("http://example.org/10765/2019/8/29/32cad2ceb74.shtml")).toBe("2019-08-29");
    expect(dateFromUrl("https://example.com/en/2017/11/20/19610/")).toBe("2017-11-20");
  });

  it("claims nothing from a year, a month, an id or an impossible day", () => {
    expect(dateFromUrl("https://example.com/yantai/news/202101/11154195.html")).toBeUndefined();
    expect(dateFromUrl("https://example.edu.cn/info/1027/2605.htm")).toBeUndefined();
    expect(dateFromUrl("https://example.com/2017/900/")).toBeUndefined();
    expect(dateFromUrl("https://example.com/2024/1399/page.htm")).toBeUndefined();
    expect(dateFromUrl("not a url")).toBeUndefined();
  });
});

describe("filedByFromUrl", () => {
  it("gives the last day of the month folder a page is filed under", () => {
    expect(filedByFromUrl("http://eng.suda.edu.cn/eng/News/Headline/201911/4f32ce5f.html")).toBe("2019-11-30");
    expect(filedByFromUrl("https://news.example.edu.cn/2024-02/a1.htm")).toBe("2024-02-29");
    expect(filedByFromUrl("https://news.example.edu.cn/2023/6/page.htm")).toBe("2023-06-30");
  });

  it("claims nothing for a day folder, an impossible month or an address without one", () => {
    expect(filedByFromUrl("https://news.example.edu.cn/2023/06/12/page.htm")).toBeUndefined();
    expect(filedByFromUrl("https://news.example.edu.cn/201913/page.htm")).toBeUndefined();
    expect(filedByFromUrl("https://news.example.edu.cn/info/1022/5561.htm")).toBeUndefined();
    expect(filedByFromUrl(undefined)).toBeUndefined();
  });
});
