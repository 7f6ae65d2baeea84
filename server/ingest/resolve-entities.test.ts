import { describe, expect, it } from "vitest";
import { emptyRecordSet, type RecordOf, type RecordSet } from "../model/index.ts";
import { regionsAgree, resolveOrganizations } from "./resolve-entities.ts";

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
      'institutions.csv:5: "Harbin Institute of Petroleum" is named like institutions.csv:2 ("a"), but its region is 230100 there, 440100 here',
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

  it("keeps an explicit id update, and says when it moves the organisation", () => {
    const records = emptyRecordSet();
    records.institutions.push(organization("hip", "Harbin Institute of Petroleum", { region: "440100" }));
    const result = resolveOrganizations(records, [{ id: "hip", label: "Institution", name: "Harbin Institute of Petroleum", regionCode: "230100" }]);
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual(['institutions.csv:2: moves "hip" from region 230100 to 440100']);
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
