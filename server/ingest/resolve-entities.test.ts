import { describe, expect, it } from "vitest";
import { emptyRecordSet, type RecordOf, type RecordSet } from "../model/index.ts";
import { regionsAgree, resolveOrganizations as resolveOrganizationsWithCodes, wordConflict } from "./resolve-entities.ts";
import { renderMessages } from "./messages/index.ts";

/** resolveOrganizations with its problems and notes in English, as "file:line: message", and its conflicts worded. */
const resolveOrganizations = (...args: Parameters<typeof resolveOrganizationsWithCodes>) => {
  const result = resolveOrganizationsWithCodes(...args);
  return { ...result, problems: renderMessages(result.problems, "en"), notes: renderMessages(result.notes, "en"), conflicts: result.conflicts.map((c) => wordConflict(c, "en")) };
};

function organization(id: string, name: string, extra: Partial<RecordOf<"institutions">> = {}, line = 2): RecordOf<"institutions"> {
  return { id, name, aliases: [], source: [], segments: [], at: { file: "institutions.csv", line }, ...extra };
}

function withAgreement(records: RecordSet, parties: string[]): RecordSet {
  records.agreements.push({ id: "a1", type: "joint_lab", parties, serves: [], source: [], at: { file: "agreements.csv", line: 2 } });
  return records;
}

describe("resolveOrganizations", () => {
  it("folds a second spelling of one organisation into the first and follows references", () => {
    const records = emptyRecordSet();
    records.institutions.push(organization("xaut", "Xi'an University of Technology", { region: "610000" }));
    records.institutions.push(organization("xaut-2", "XIAN UNIVERSITY OF TECHNOLOGY", { nameZh: "西安理工大学", region: "610100" }, 3));
    const result = resolveOrganizations(withAgreement(records, ["xaut-2", "huawei"]), []);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions).toHaveLength(1);
    expect(result.records.institutions[0]).toMatchObject({ id: "xaut", nameZh: "西安理工大学", region: "610100", aliases: ["XIAN UNIVERSITY OF TECHNOLOGY"] });
    expect(result.records.agreements[0]!.parties).toEqual(["xaut", "huawei"]);
    expect(result.notes[0]).toMatch(/institutions\.csv:3: .* same organisation as institutions\.csv:2 \("xaut"\); merged/);
  });

  it("matches a Chinese-only record to an organisation known by its Chinese name in the database", () => {
    const records = emptyRecordSet();
    records.enterprises.push(organization("ruida", "内蒙古瑞达化工集团有限公司", { nameZh: "内蒙古瑞达化工集团有限公司" }));
    const existing = [{ id: "inner-mongolia-ruida", label: "Enterprise", name: "Inner Mongolia Ruida Chemical Group Co. Ltd.", nameZh: "内蒙古瑞达化工集团", regionCode: "150000" }];
    const result = resolveOrganizations(withAgreement(records, ["ruida"]), existing);
    expect(result.problems).toEqual([]);
    expect(result.records.enterprises.map((r) => r.id)).toEqual(["inner-mongolia-ruida"]);
    expect(result.records.enterprises[0]!.name).toBe("Inner Mongolia Ruida Chemical Group Co. Ltd.");
    expect(result.records.agreements[0]!.parties).toEqual(["inner-mongolia-ruida"]);
  });

  it("reports conflicting facts instead of overwriting them", () => {
    const records = emptyRecordSet();
    records.institutions.push(organization("a", "Harbin Institute of Petroleum", { region: "230100" }));
    records.enterprises.push(organization("b", "Harbin Institute of Petroleum", {}, 4));
    records.institutions.push(organization("c", "Harbin Institute of Petroleum", { region: "440100" }, 5));
    const result = resolveOrganizations(records, []);
    expect(result.problems).toEqual([
      'institutions.csv:5: "Harbin Institute of Petroleum" matches institutions.csv:2 ("a"), but region: 230100 there, 440100 here. Decide: keep (leave it as it is), replace (take this row\'s facts) or separate (a different organisation), with --on-conflict keep|replace|separate or in the import view',
      'institutions.csv:4: "Harbin Institute of Petroleum" is named like institutions.csv:2 ("a"), but it is an Institution there, an Enterprise here',
    ]);
  });

  it("refuses to guess between several organisations of one name", () => {
    const existing = [
      { id: "x1", label: "Enterprise", name: "Huawei", regionCode: "440300" },
      { id: "x2", label: "Enterprise", name: "Huawei Technologies", aliases: ["Huawei"] },
    ];
    const records = emptyRecordSet();
    records.enterprises.push(organization("h", "Huawei Co., Ltd."));
    expect(resolveOrganizations(records, existing).problems[0]).toMatch(/matches several organisations by name: the database \("x1"\), the database \("x2"\)/);
  });

  it("holds a move to another region as a conflict until someone decides, then does what they decided", () => {
    const records = emptyRecordSet();
    records.institutions.push(organization("hip", "Harbin Institute of Petroleum", { region: "440100" }));
    const existing = [{ id: "hip", label: "Institution", name: "Harbin Institute of Petroleum", regionCode: "230100" }];
    const undecided = resolveOrganizations(records, existing);
    expect(undecided.problems).toEqual([expect.stringMatching(/^institutions\.csv:2: "Harbin Institute of Petroleum" matches the database \("hip"\), but region: 230100 there, 440100 here\. Decide: keep/)]);
    expect(undecided.conflicts).toEqual([
      { where: "institutions.csv:2", id: "hip", name: "Harbin Institute of Petroleum", matches: { id: "hip", name: "Harbin Institute of Petroleum", where: 'the database ("hip")' }, differences: ["region: 230100 there, 440100 here"] },
    ]);

    const replaced = resolveOrganizations(records, existing, { onConflict: "replace" });
    expect(replaced.problems).toEqual([]);
    expect(replaced.records.institutions.map((r) => [r.id, r.region])).toEqual([["hip", "440100"]]);

    const keptAsItWas = resolveOrganizations(records, existing, { decisions: { "institutions.csv:2": "keep" } });
    expect(keptAsItWas.problems).toEqual([]);
    expect(keptAsItWas.records.institutions.map((r) => [r.id, r.region])).toEqual([["hip", undefined]]);

    const separate = resolveOrganizations(withAgreement(records, ["hip"]), existing, { onConflict: "separate" });
    expect(separate.records.institutions.map((r) => [r.id, r.region])).toEqual([["institutions:hip", "440100"]]);
    expect(separate.records.agreements[0]!.parties).toEqual(["institutions:hip"]);
  });
});

describe("identity across imports (DESIGN.md, Identity)", () => {
  it("treats a file's own id on an organisation of another name as another organisation, not an overwrite", () => {
    // Two planners' lists both number their rows from 1.
    const existing = [{ id: "1", label: "Enterprise", name: "宝鸡钛业股份有限公司", regionCode: "610300" }];
    const records = emptyRecordSet();
    records.enterprises.push({ ...organization("1", "宜宾天原集团股份有限公司", { region: "511500" }), at: { file: "四川省名单.xlsx", sheet: "Sheet1", line: 3 } });
    const result = resolveOrganizations(withAgreement(records, ["1"]), existing);
    expect(result.problems).toEqual([]);
    expect(result.records.enterprises.map((r) => [r.id, r.name, r.region])).toEqual([["四川省名单-Sheet1:1", "宜宾天原集团股份有限公司", "511500"]]);
    expect(result.records.agreements[0]!.parties).toEqual(["四川省名单-Sheet1:1"]);
    expect(result.notes).toEqual(['四川省名单.xlsx:Sheet1:3: id "1" already names 宝鸡钛业股份有限公司 (610300) in the database; "宜宾天原集团股份有限公司" is another organisation, loaded as "四川省名单-Sheet1:1"']);
  });

  it("knows an organisation by its code whatever its id or spelling", () => {
    const existing = [{ id: "huawei", label: "Enterprise", name: "Huawei Technologies Co., Ltd.", regionCode: "440300", code: "914403001922038216" }];
    const records = emptyRecordSet();
    records.enterprises.push(organization("uscc-914403001922038216", "华为技术有限公司", { code: "914403001922038216", region: "440300" }));
    const result = resolveOrganizations(withAgreement(records, ["uscc-914403001922038216"]), existing);
    expect(result.problems).toEqual([]);
    expect(result.records.enterprises.map((r) => [r.id, r.aliases])).toEqual([["huawei", ["华为技术有限公司"]]]);
    expect(result.records.agreements[0]!.parties).toEqual(["huawei"]);
  });

  it("keeps two organisations with different codes apart, however alike their names", () => {
    const existing = [{ id: "a", label: "Enterprise", name: "Alpha Co., Ltd.", code: "914403001922038216" }];
    const records = emptyRecordSet();
    records.enterprises.push(organization("b", "Alpha Co., Ltd.", { code: "91330100799655058B" }));
    const result = resolveOrganizations(records, existing);
    expect(result.problems).toEqual([]);
    expect(result.records.enterprises.map((r) => r.id)).toEqual(["b"]);
  });
});

describe("regionsAgree", () => {
  it("accepts a region and a place inside it, and nothing else", () => {
    expect(regionsAgree("610000", "610100")).toBe(true);
    expect(regionsAgree("610100", "610113")).toBe(true);
    expect(regionsAgree("610000", "610113")).toBe(true);
    expect(regionsAgree("610100", "610200")).toBe(false);
    expect(regionsAgree("610000", "510000")).toBe(false);
    expect(regionsAgree(undefined, "510000")).toBe(true);
  });
});
