import { describe, expect, it } from "vitest";
import { nameKey, nameKeys } from "./name-key.ts";

describe("nameKey", () => {
  it("ignores case, spacing, punctuation and legal suffixes", () => {
    const key = nameKey("AMBITION (Sichuan) Oil & Gas Equipment Technology Co., Ltd.");
    expect(nameKey("Ambition (Sichuan) Oil and Gas Equipment Technology Company Limited")).toBe(key);
    expect(nameKey("ambition sichuan oil & gas equipment technology co ltd")).toBe(key);
    expect(nameKey("Sichuan Youlate Electronics Co. Ltd.")).toBe(nameKey("Sichuan Youlate Electronics"));
  });

  it("treats Xi'an and Xian alike, and full-width like half-width", () => {
    expect(nameKey("Xi'an University of Technology")).toBe(nameKey("Xian University of Technology"));
    expect(nameKey("ＸＩＡＮ　University of Technology")).toBe(nameKey("Xian University of Technology"));
  });

  it("strips Chinese legal forms but keeps 集团", () => {
    expect(nameKey("内蒙古瑞达化工集团有限公司")).toBe("内蒙古瑞达化工集团");
    expect(nameKey("瑞达泰丰化工股份有限公司")).toBe("瑞达泰丰化工");
    expect(nameKey("内蒙古瑞达化工集团有限公司")).not.toBe(nameKey("内蒙古瑞达化工有限公司"));
  });

  it("keeps institutions apart that differ by a word", () => {
    expect(nameKey("Harbin Institute of Technology")).not.toBe(nameKey("Harbin Institute of Petroleum"));
  });

  it("drops keys too short to identify anything", () => {
    expect(nameKeys(["A", "Huawei", undefined, "HUAWEI"])).toEqual(["huawei"]);
  });
});
