import { describe, expect, it } from "vitest";
import { z } from "zod";
import { knownColumns, recordFiles, recordSchemas } from "../../model/index.ts";
import { canonicalColumn } from "../column-names.ts";
import type { MessageCode, MessageValues } from "./codes.ts";
import { en } from "./en.ts";
import { fragment, given, message, messageDetail, renderMessage, wording } from "./render.ts";
import { chineseColumnNames } from "./vocabulary.ts";
import { zh } from "./zh.ts";
import { zodErrorMap } from "./zod-errors.ts";

const place = fragment("place.row", { where: "名单.xlsx:企业:3", id: "uscc-91610300MA6X000110" });
const database = fragment("place.database", { id: "baoti-group" });
const differences = [fragment("difference.region", { there: "610300", here: "510100" }), fragment("difference.nameZh", { there: "宝钛集团", here: "宝鸡钛业" })];
const row = { field: "code", given: "91610300MA6X000119" };

/** Values for every code: the type makes a code without a sample a compile error, as the catalogues do. */
const samples: { [C in MessageCode]: MessageValues[C] } = {
  excerpt: { start: "宝鸡钛业", length: 5_000_000 },
  "place.row": { where: "名单.xlsx:企业:3", id: "a1" },
  "place.database": { id: "baoti-group" },
  noRegion: {},
  "why.columns": { columns: ["企业名称", "segments", "chain"] },
  "why.word": { word: "企业" },
  "why.namedSheet": { sheet: "enterprises" },
  "why.namedFile": { file: "institutions.csv" },
  "why.moeRegister": {},
  "why.jsonArray": { name: "agreements" },
  "why.sameCode": { code: "91610300MA6X000110" },
  "why.sameId": {},
  "why.sameName": {},
  "difference.region": { there: "610300", here: "510100" },
  "difference.nameZh": { there: "宝钛集团", here: "宝鸡钛业" },
  "difference.code": { there: "91610300MA6X000110", here: "91610300MA6X000128" },
  "file.unknownType": {},
  "file.skippedUnknown": {},
  "file.readmeSkipped": {},
  "file.unreadable": { detail: "EACCES" },
  "file.encoding": { encoding: "GB18030" },
  "csv.unreadable": { detail: "CSV_RECORD_INCONSISTENT" },
  "csv.quoteNotClosed": { detail: "Quote Not Closed: the parsing is finished with an opening quote at line 2" },
  "csv.misplacedQuote": { detail: 'Invalid Opening Quote: a quote is found on field 0 at line 2, value is "x"' },
  "workbook.noSheet": {},
  "workbook.tooLarge": { size: "61.2", limit: "50" },
  "workbook.notWorkbook": {},
  "workbook.unreadable": { detail: "Bad compressed size" },
  "workbook.inexactNumber": { cell: "C3", shown: "9.16103E+17" },
  "json.invalid": { detail: "Unexpected end of JSON input" },
  "json.notAnObject": { kinds: [...recordFiles] },
  "json.unknownKey": { kinds: [...recordFiles] },
  "json.notAnArray": {},
  "json.recordNotAnObject": {},
  "json.nestedValue": {},
  "json.badValue": {},
  "article.found": { organizations: 3, agreements: 1 },
  "article.tooManyBytes": { size: 5_040_000, limit: 4_000_000 },
  "article.tooManyChars": { length: 250_000, limit: 200_000 },
  "article.tooDeep": { depth: 5_000 },
  "table.titleRows": { line: 2, title: "陕西省钛产业链重点企业名单" },
  "table.moeRegister": {},
  "table.readAs": { kind: "enterprises", why: fragment("why.columns", { columns: ["企业名称", "统一社会信用代码"] }) },
  "table.sectionHeadings": {},
  "kind.unknown": { columns: "联系人, 电话", kinds: [...recordFiles] },
  "kind.ambiguous": { kinds: ["institutions", "enterprises", "governments"], columns: "名称, 所在地", example: "institutions" },
  "column.mappedToUnknown": { header: "简称", column: "parties", kind: "enterprises", known: knownColumns.enterprises },
  "column.missingRequired": { columns: ["parties"], header: "序号, 合作类型" },
  "column.ignored": { columns: ["联系人", "电话"] },
  "value.missing": { field: "name" },
  "value.zod": { field: "name", given: "x", reason: "太长，最多 2,000 个字符" },
  "value.idCharacters": { field: "id", given: "a b" },
  "value.notADate": { field: "signedOn", given: "2025-13-40" },
  "value.notWholeNumber": { field: "students", given: "三十" },
  "value.noParty": { field: "parties", given: "|" },
  "value.notAnIdentityCode": { field: "code", given: "12345" },
  "code.creditLength": { ...row, code: "9161030", length: 7 },
  "code.creditCharacter": { ...row, character: "I" },
  "code.creditRegion": { ...row, region: "AB0300" },
  "code.creditCheck": { ...row, code: "91610300MA6X000119", expected: "0", found: "9" },
  "code.schoolLength": { ...row, code: "411101001" },
  "code.schoolProvince": { ...row, code: "4199010001", digits: "99" },
  "region.ambiguous": { given: "朝阳区", candidates: ["110105", "220104"] },
  "region.unknown": { given: "火星", candidates: [] },
  "region.unknownSuggest": { given: "Shaanxy", candidates: ["610000", "140000"] },
  "region.unknownCode": { given: "999999", candidates: [] },
  "region.unknownCodeSuggest": { given: "619999", candidates: ["610000"] },
  "org.conflict": { name: "宝钛集团有限公司", matches: database, differences },
  "org.conflictKept": { name: "宝钛集团有限公司", matches: database, differences },
  "org.conflictReplaced": { name: "宝钛集团有限公司", matches: database, differences },
  "org.conflictSeparated": { name: "宝钛集团有限公司", matches: place, differences },
  "org.merged": { name: "宝钛集团", target: place, why: fragment("why.sameCode", { code: "91610300MA6X000110" }) },
  "org.codeOfOtherLabel": { code: "4161010700", owner: "Institution", target: database, label: "Enterprise" },
  "org.codeIdentifiesOther": { code: "91610300MA6X000110", target: place },
  "org.idTaken": { id: "1", name: "宝鸡钛业股份有限公司", region: fragment("noRegion"), rowName: "宜宾天原集团股份有限公司", newId: "四川省名单-Sheet1:1" },
  "org.idOfOtherLabel": { id: "xaut", owner: "Institution", label: "Enterprise" },
  "org.ambiguousName": { name: "华为", candidates: [database, place] },
  "org.labelMismatch": { name: "西安理工大学", target: place, there: "Institution", here: "Enterprise" },
  "ref.resolved": { field: "parties", given: "宝鸡钛业", id: "baoji-titanium", more: 2 },
  "ref.ambiguous": { field: "parties", given: "华为", candidates: ["huawei-1", "huawei-2", "huawei-3"] },
  "ref.unknown": { field: "serves", target: "chainTarget", id: "海绵钛" },
  "id.duplicate": { what: "organisation", id: "a1", first: "名单.xlsx:企业:3" },
  "agreement.asEvidence": { type: "joint_lab", id: "lab-1" },
  "agreement.overruled": { id: "ag-1" },
};

const codes = Object.keys(samples) as MessageCode[];
const leftover = /\{\w+(:\w+)*\}|undefined|\[object Object\]|NaN/;
/** Three English words in a row: an English sentence, not a code, a file name or a command's option. */
const englishWords = /\b[A-Za-z]{2,}\b[\s,]+\b[A-Za-z]{2,}\b[\s,]+\b[A-Za-z]{3,}\b/;

describe("the message catalogue", () => {
  it("has every code in both languages, and no other", () => {
    expect(Object.keys(en).sort()).toEqual([...codes].sort());
    expect(Object.keys(zh).sort()).toEqual([...codes].sort());
  });

  it.each(codes)("words %s in English and in Chinese, every placeholder filled", (code) => {
    const item = message("名单.xlsx:企业:3", code, samples[code] as never);
    const english = wording(item, "en");
    const chinese = wording(item, "zh");
    expect(english, english).not.toMatch(leftover);
    expect(chinese, chinese).not.toMatch(leftover);
    expect(chinese, chinese).toMatch(/\p{Script=Han}/u);
    // Chinese words throughout: what stays Latin is codes, ids, file names, options and values as written.
    expect(chinese.replace(/--on-conflict keep\|replace\|separate|--skip-unknown|Unexpected end of JSON input|Bad compressed size/g, ""), chinese).not.toMatch(englishWords);
    expect(renderMessage(item, "zh")).toBe(`名单.xlsx:企业:3: ${chinese}`);
  });

  it("keeps the English words the project's tests, scripts and README quote", () => {
    const en = (code: MessageCode) => wording(message("", code, samples[code] as never), "en");
    expect(en("region.ambiguous")).toBe(
      'region "朝阳区" is ambiguous: 110105 朝阳区 (Chaoyang, Beijing), 220104 朝阳区 (Chaoyang, Changchun, Jilin); give the code, or add the province or city it lies in (e.g. "北京市朝阳区", "Yingshan County, Sichuan")',
    );
    expect(en("region.unknownSuggest")).toBe('region "Shaanxy" is not a region of China; did you mean 610000 陕西省 (Shaanxi), 140000 山西省 (Shanxi)?');
    expect(wording(message("", "region.unknown", { given: "", candidates: [] }), "en")).toBe('region "" is not a region of China; give a GB/T 2260 code or a Chinese or English name such as 610000, 陕西省, Shaanxi');
    expect(en("region.unknownCodeSuggest")).toMatch(/^region "619999" is not the GB\/T 2260 code of a region of China; did you mean 61/);
    expect(en("org.conflict")).toBe(
      '"宝钛集团有限公司" matches the database ("baoti-group"), but region: 610300 there, 510100 here; Chinese name: 宝钛集团 there, 宝鸡钛业 here. Decide: keep (leave it as it is), replace (take this row\'s facts) or separate (a different organisation), with --on-conflict keep|replace|separate or in the import view',
    );
    expect(en("org.codeOfOtherLabel")).toBe(`code 4161010700 is an Institution's (the database ("baoti-group")), not an Enterprise's`);
    expect(en("ref.resolved")).toBe('parties "宝鸡钛业" is "baoji-titanium" (and on 2 more rows)');
    expect(wording(message("", "ref.resolved", { field: "parties", given: "x", id: "y", more: 1 }), "en")).toBe('parties "x" is "y" (and on 1 more row)');
    expect(en("ref.ambiguous")).toBe('parties "华为" could be "huawei-1" or "huawei-2" or "huawei-3"; give the id, the code or the full name of the one it is');
    expect(en("column.missingRequired")).toBe("missing required column parties (the header has 序号, 合作类型)");
    expect(wording(message("", "column.ignored", { columns: ["a", "b"] }), "en")).toBe("ignored columns a, b");
    expect(en("code.creditCheck")).toBe('code "91610300MA6X000119" is not a valid code: the check character of unified social credit code 91610300MA6X000119 should be 0, not 9: a character is mistyped');
    expect(en("agreement.asEvidence")).toBe('the joint lab it states is agreement "lab-1" already known; added as evidence');
    expect(en("article.tooManyBytes")).toBe("is 5,040,000 bytes; an article file is at most 4,000,000 (is it a press release?)");
  });

  it("words the same messages as a Chinese planner reads them", () => {
    const zhText = (code: MessageCode) => wording(message("", code, samples[code] as never), "zh");
    expect(zhText("code.creditCheck")).toBe("代码“91610300MA6X000119”有误：统一社会信用代码 91610300MA6X000119 的校验码应为 0，而不是 9，可能有字符输错了，请与营业执照核对");
    expect(zhText("region.ambiguous")).toBe("所在地“朝阳区”有多个同名的地方：110105 北京市朝阳区、220104 吉林省长春市朝阳区。请填写行政区划代码，或加上所在的省、市（如“北京市朝阳区”）");
    expect(zhText("org.conflict")).toMatch(/^“宝钛集团有限公司”与数据库中的“baoti-group”相符，但所在地不同（已有记录为 610300，本行为 510100）；中文名称不同/);
    expect(zhText("ref.ambiguous")).toBe("合作方“华为”可能是“huawei-1”、“huawei-2”或“huawei-3”：请填写所指的编号、代码或全称");
    expect(zhText("column.missingRequired")).toBe("缺少必填的列：合作方（表头中有：序号, 合作类型）");
    expect(zhText("value.notADate").startsWith("签约日期“2025-13-40”不是有效的日期")).toBe(true);
    expect(zhText("kind.ambiguous")).toMatch(/^可能是院校、企业或政府部门（其中的列：名称, 所在地）/);
  });

  it("shortens a long value, saying its length in each language", () => {
    const long = given("x".repeat(100));
    expect(wording(message("", "value.zod", { field: "name", given: long, reason: "Too big" }), "en")).toBe(`name "${"x".repeat(80)}… (100 characters)" Too big`);
    expect(wording(message("", "value.zod", { field: "name", given: long, reason: "太长" }), "zh")).toBe(`名称“${"x".repeat(80)}…（共 100 个字符）”有误：太长`);
    expect(given("短")).toBe("短");
  });

  it("gives programs the place, the code, the values and the words", () => {
    const item = message("名单.xlsx:企业:3", "value.notADate", { field: "signedOn", given: "2025-13-40" });
    expect(messageDetail(item, "zh")).toEqual({ where: "名单.xlsx:企业:3", code: "value.notADate", values: { field: "signedOn", given: "2025-13-40" }, message: wording(item, "zh") });
    expect(renderMessage(message("", "agreement.overruled", { id: "a" }), "en")).toMatch(/^agreement "a": a reviewer has decided/);
  });
});

describe("column names in Chinese messages", () => {
  it("are names the reader's own headers may have: synonyms column-names.ts reads as that column", () => {
    // origin is the sources' own column, with no Chinese synonym yet.
    const columns = [...new Set(Object.values(knownColumns).flat())].filter((column) => column !== "origin");
    for (const column of columns) {
      const name = chineseColumnNames[column];
      expect(name, column).toBeDefined();
      const reads = recordFiles.filter((kind) => knownColumns[kind].includes(column)).some((kind) => canonicalColumn(kind, name!, knownColumns[kind]) === column);
      expect(reads, `${column} as ${name}`).toBe(true);
    }
  });
});

describe("zod's own issues, per parse", () => {
  const schema = recordSchemas.sources;
  const issue = (locale: "en" | "zh", values: Record<string, string>) => schema.safeParse(values, { error: zodErrorMap(locale) }).error!.issues[0]!.message;

  it("keeps zod's English words, and says them in Chinese for the same parse of another request", () => {
    expect(issue("en", { id: "s", kind: "book" })).toBe('Invalid option: expected one of "article"|"dataset"');
    expect(issue("zh", { id: "s", kind: "book" })).toBe("不是可用的取值，应为以下之一：article、dataset");
    expect(issue("en", { id: "s", title: "x".repeat(2001) })).toBe("Too big: expected string to have <=2000 characters");
    expect(issue("zh", { id: "s", title: "x".repeat(2001) })).toBe("太长，最多 2,000 个字符");
    expect(issue("zh", { id: "s", url: "javascript:alert(1)" })).toBe("不是有效的网址，应以 http:// 或 https:// 开头");
    expect(issue("zh", { id: "s", title: ["a", "b"] as unknown as string })).toBe("应为文字");
    // Nothing global: a parse without a map still speaks English.
    expect(z.string().safeParse(1).error!.issues[0]!.message).toMatch(/^Invalid input/);
  });
});
