import { describe, expect, it } from "vitest";
import { checkCreditCode, checkIdentityCode, checkSchoolCode, creditCodeCheckCharacter, identityCodeKind } from "./identity-codes.ts";

// Credit codes as their companies publish them (business licence notices): Huawei Technologies,
// Alibaba (China), Tencent Computer Systems (Shenzhen).
const published = ["914403001922038216", "91330100799655058B", "9144030071526726XG"];

describe("unified social credit codes (GB 32100)", () => {
  it.each(published)("accepts the published code %s", (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, kind: "creditCode", code });
  });

  it("computes each published code's check character", () => {
    for (const code of published) expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it("catches every single mistyped character of a code", () => {
    const code = published[0]!;
    for (let i = 0; i < 18; i++) {
      const typo = code.slice(0, i) + (code[i] === "1" ? "2" : "1") + code.slice(i + 1);
      expect(checkCreditCode(typo).ok, `typo at ${i}: ${typo}`).toBe(false);
    }
  });

  it("names the problem: length, letters outside the alphabet, the check character", () => {
    // As message codes and their values: server/ingest/messages words them in the reader's language.
    expect(checkCreditCode("91440300192203821")).toMatchObject({ ok: false, problem: { code: "code.creditLength", values: { code: "91440300192203821", length: 17 } } });
    expect(checkCreditCode("9144030019220382I6")).toMatchObject({ ok: false, problem: { code: "code.creditCharacter", values: { character: "I" } } });
    expect(checkCreditCode("91AB0300192203821X")).toMatchObject({ ok: false, problem: { code: "code.creditRegion", values: { region: "AB0300" } } });
    expect(checkCreditCode("914403001922038217")).toMatchObject({ ok: false, problem: { code: "code.creditCheck", values: { code: "914403001922038217", expected: "6", found: "7" } } });
  });

  it("takes codes as people type them: spaces and lower case", () => {
    expect(checkCreditCode(" 9133 0100 7996 5505 8b ")).toEqual({ ok: true, kind: "creditCode", code: "91330100799655058B" });
  });
});

describe("school identification codes (学校标识码)", () => {
  it("accepts the register's kinds of code, as text or as a spreadsheet number", () => {
    expect(checkSchoolCode("4111010001")).toEqual({ ok: true, kind: "schoolCode", code: "4111010001" });
    expect(checkSchoolCode("4211050001")).toMatchObject({ ok: true });
    expect(checkSchoolCode("3622000335")).toMatchObject({ ok: true });
    expect(checkSchoolCode("4111010001.0")).toMatchObject({ ok: true, code: "4111010001" });
  });

  it("refuses a wrong length or a province prefix that is none", () => {
    expect(checkSchoolCode("411101001")).toMatchObject({ ok: false, problem: { code: "code.schoolLength", values: { code: "411101001" } } });
    expect(checkSchoolCode("4199010001")).toMatchObject({ ok: false, problem: { code: "code.schoolProvince", values: { code: "4199010001", digits: "99" } } });
  });
});

describe("telling real codes from a file's own ids", () => {
  it("recognises each kind, and leaves row numbers and slugs alone", () => {
    expect(identityCodeKind("4111010001")).toBe("schoolCode");
    expect(identityCodeKind("914403001922038216")).toBe("creditCode");
    expect(identityCodeKind("1")).toBeNull();
    expect(identityCodeKind("xaut")).toBeNull();
    expect(checkIdentityCode("baoji-titanium")).toBeNull();
    expect(checkIdentityCode("914403001922038217")).toMatchObject({ ok: false, kind: "creditCode" });
  });
});
