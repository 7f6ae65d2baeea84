import { describe, expect, it } from "vitest";
import { maxImportFileBytes } from "../../contract/import-api.ts";
import { acceptedLocale, readImportRequest } from "./import-request.ts";

const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("readImportRequest", () => {
  it("decodes the files, keeps only their own names, and passes choices and decisions on", () => {
    const read = readImportRequest({
      files: [{ name: "C:\\Users\\planner\\名单.csv", base64: base64("序号,企业名称\n1,宝鸡钛业\n") }],
      choices: { "名单.csv": { kind: "enterprises", columns: { 序号: null, 企业名称: "name" } } },
      decisions: { "名单.csv:2": "separate" },
    });
    expect("request" in read).toBe(true);
    if (!("request" in read)) return;
    expect(read.request.files[0]!.name).toBe("名单.csv");
    expect(new TextDecoder().decode(read.request.files[0]!.bytes)).toBe("序号,企业名称\n1,宝鸡钛业\n");
    expect(read.request.choices).toEqual({ "名单.csv": { kind: "enterprises", columns: { 序号: null, 企业名称: "name" } } });
    expect(read.request.decisions).toEqual({ "名单.csv:2": "separate" });
  });

  it("says what is wrong with a body it cannot use", () => {
    expect(readImportRequest(null)).toMatchObject({ status: 400 });
    expect(readImportRequest({ files: [] })).toMatchObject({ status: 400, problem: expect.stringContaining("at least one") });
    expect(readImportRequest({ files: [{ name: "a.csv", base64: "not base64!" }] })).toMatchObject({ status: 400, problem: expect.stringContaining("a.csv") });
    expect(readImportRequest({ files: [{ name: "a.csv", base64: "" }], choices: { "a.csv": { kind: "people" } } })).toMatchObject({ problem: expect.stringContaining("kind must be one of") });
    expect(readImportRequest({ files: [{ name: "a.csv", base64: "" }], decisions: { "a.csv:2": "merge" } })).toMatchObject({ problem: expect.stringContaining("keep, replace, separate") });
  });

  it("refuses files over the import limit with 413, naming it", () => {
    const big = Buffer.alloc(maxImportFileBytes / 2 + 1).toString("base64");
    const read = readImportRequest({ files: [{ name: "a.xlsx", base64: big }, { name: "b.xlsx", base64: big }] });
    expect(read).toMatchObject({ status: 413, problem: expect.stringContaining("18 MB") });
  });

  it("words the answer in the body's locale, else in the language Accept-Language prefers, else English", () => {
    const files = [{ name: "a.csv", base64: "" }];
    const localeOf = (body: Record<string, unknown>, header?: string) => {
      const read = readImportRequest({ files, ...body }, header);
      return "request" in read ? read.request.locale : read.problem;
    };
    expect(localeOf({})).toBe("en");
    expect(localeOf({ locale: "zh" })).toBe("zh");
    expect(localeOf({}, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeOf({ locale: "en" }, "zh-CN")).toBe("en");
    expect(localeOf({ locale: "fr" })).toBe("locale must be one of en, zh.");
  });
});

describe("acceptedLocale", () => {
  it("takes the most wanted of English and Chinese, by weight then order", () => {
    expect(acceptedLocale(undefined)).toBeUndefined();
    expect(acceptedLocale("fr-FR, de")).toBeUndefined();
    expect(acceptedLocale("zh-Hans-CN")).toBe("zh");
    expect(acceptedLocale("en-GB,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(acceptedLocale("fr;q=1, en;q=0.5, zh;q=0.7")).toBe("zh");
    expect(acceptedLocale("zh;q=0, en")).toBe("en");
    expect(acceptedLocale("*")).toBeUndefined();
  });
});
