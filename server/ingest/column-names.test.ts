import { describe, expect, it } from "vitest";
import { canonicalColumn } from "./column-names.ts";
import { knownColumns } from "../model/index.ts";

describe("canonicalColumn", () => {
  it("accepts the contract's names in any case or spacing", () => {
    expect(canonicalColumn("agreements", "Signed On", knownColumns.agreements)).toBe("signedOn");
    expect(canonicalColumn("institutions", "name_zh", knownColumns.institutions)).toBe("nameZh");
    expect(canonicalColumn("institutions", " ID ", knownColumns.institutions)).toBe("id");
  });

  it("takes Chinese headers as synonyms, by file", () => {
    expect(canonicalColumn("institutions", "名称", knownColumns.institutions)).toBe("name");
    expect(canonicalColumn("institutions", "所在地", knownColumns.institutions)).toBe("region");
    expect(canonicalColumn("institutions", "类型", knownColumns.institutions)).toBe("kind");
    expect(canonicalColumn("agreements", "类型", knownColumns.agreements)).toBe("type");
    expect(canonicalColumn("agreements", "签约日期", knownColumns.agreements)).toBe("signedOn");
  });

  it("leaves unknown columns unknown", () => {
    expect(canonicalColumn("institutions", "联系人", knownColumns.institutions)).toBeUndefined();
  });
});
