import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSchoolCode } from "../model/index.ts";
import { sharedRegionResolver } from "../regions/index.ts";
import { readRegisterCsv, readRegisterEnglishNames, registerColumns, registerCsv, registerFile, registerRecords, registerSource } from "./register-reference.ts";

describe("data/reference/moe-register-2025.csv, the ministry's register as of 2025-06-20", () => {
  const rows = readRegisterCsv();

  it("holds 3,167 schools, 2,919 regular and 248 adult, each with a valid code of its own", () => {
    expect(rows).toHaveLength(3167);
    expect(rows.filter((row) => row.list === "regular")).toHaveLength(2919);
    expect(rows.filter((row) => row.list === "adult")).toHaveLength(248);
    expect(new Set(rows.map((row) => row.code)).size).toBe(3167);
    expect(rows.filter((row) => !checkSchoolCode(row.code).ok)).toEqual([]);
    expect(rows.filter((row) => !row.name || !row.heading || !row.authority)).toEqual([]);
  });

  it("gives every school a region of the table, and the regular list its location and level", () => {
    const resolver = sharedRegionResolver();
    expect(rows.filter((row) => resolver.byCode(row.regionCode) === undefined)).toEqual([]);
    expect(rows.filter((row) => row.list === "regular" && (!row.location || !row.level))).toEqual([]);
    expect(rows.filter((row) => row.list === "adult" && (row.location || row.level))).toEqual([]);
  });

  it("places the schools outside their heading's province where the register's 所在地 says, keeping the heading's province as authority", () => {
    const byName = (name: string) => rows.find((row) => row.name === name);
    expect(byName("河北工业大学")).toMatchObject({ code: "4113010080", heading: "河北省（131所）", authority: "河北省", location: "天津市", regionCode: "120000" });
    expect(byName("西藏民族大学")).toMatchObject({ code: "4154010695", heading: "西藏自治区（8所）", authority: "西藏自治区", location: "咸阳市", regionCode: "610400" });
    expect(byName("临夏现代职业学院")).toMatchObject({ code: "4162014552", location: "临夏州", regionCode: "622900" });
  });

  it("is exactly what registerCsv writes for its rows (the file is the script's output, not edited by hand)", () => {
    expect(registerCsv(rows)).toBe(readFileSync(registerFile, "utf8"));
    expect(readFileSync(registerFile, "utf8").split("\n")[0]).toBe(registerColumns.join(","));
  });
});

describe("registerRecords", () => {
  it("makes one institution per school citing the register, with its English name where one is known", () => {
    const rows = readRegisterCsv();
    const englishNames = readRegisterEnglishNames();
    const records = registerRecords(rows, registerFile, englishNames);
    expect(records.sources).toEqual([expect.objectContaining({ id: registerSource.id, kind: "dataset", publishedOn: "2025-06-27" })]);
    expect(records.institutions).toHaveLength(3167);
    expect(records.institutions.every((r) => r.source.length === 1 && r.source[0] === registerSource.id)).toBe(true);
    expect(records.institutions.find((r) => r.code === "4161010700")).toMatchObject({ id: "moe-4161010700", name: "Xi'an University of Technology", nameZh: "西安理工大学", kind: "university", region: "610100", authority: "陕西省" });
    expect(records.institutions.find((r) => r.code === "4111010001")).toMatchObject({ id: "moe-4111010001", name: "北京大学", nameZh: "北京大学" });
    const kinds = new Set(records.institutions.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(["adult_college", "university", "vocational_college"]);
    // Every English name belongs to a school of the register.
    expect([...englishNames.keys()].filter((code) => !rows.some((row) => row.code === code))).toEqual([]);
  });
});
