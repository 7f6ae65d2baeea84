import { describe, expect, it } from "vitest";
import { chineseShortName } from "./chinese-short-name.ts";

describe("chineseShortName", () => {
  it("drops the administrative suffix", () => {
    expect(chineseShortName("陕西省")).toBe("陕西");
    expect(chineseShortName("西安市")).toBe("西安");
    expect(chineseShortName("营山县")).toBe("营山");
    expect(chineseShortName("兴安盟")).toBe("兴安");
    expect(chineseShortName("阿里地区")).toBe("阿里");
    expect(chineseShortName("香港特别行政区")).toBe("香港");
    expect(chineseShortName("浦东新区")).toBe("浦东");
    expect(chineseShortName("六枝特区")).toBe("六枝");
  });

  it("drops the peoples named by autonomous units", () => {
    expect(chineseShortName("内蒙古自治区")).toBe("内蒙古");
    expect(chineseShortName("广西壮族自治区")).toBe("广西");
    expect(chineseShortName("新疆维吾尔自治区")).toBe("新疆");
    expect(chineseShortName("恩施土家族苗族自治州")).toBe("恩施");
    expect(chineseShortName("伊犁哈萨克自治州")).toBe("伊犁");
    expect(chineseShortName("三都水族自治县")).toBe("三都");
    expect(chineseShortName("龙胜各族自治县")).toBe("龙胜");
    expect(chineseShortName("瀍河回族区")).toBe("瀍河");
    expect(chineseShortName("东乡族自治县")).toBe("东乡");
  });

  it("keeps names whose stem would be one character, and names the rules would cut wrongly", () => {
    expect(chineseShortName("沙县")).toBeUndefined();
    expect(chineseShortName("城区")).toBeUndefined();
    expect(chineseShortName("清新区")).toBe("清新");
    expect(chineseShortName("万柏林区")).toBe("万柏林");
    expect(chineseShortName("神农架林区")).toBe("神农架");
  });
});
