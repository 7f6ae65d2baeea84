import { describe, expect, it } from "vitest";
import { isPlaceName, PlaceReader } from "./places.ts";

describe("PlaceReader", () => {
  it("finds provinces and cities, and counties named as such", () => {
    const text = "The forum in Yingshan County, Sichuan Province, drew guests from Xi'an and the Chengdu-Chongqing area.";
    const reader = new PlaceReader([text]);
    expect(reader.places(text).map((p) => `${p.name} ${p.code}`)).toEqual(["Yingshan County 511322", "Sichuan Province 510000", "Xi'an 610100", "Chengdu 510100", "Chongqing 500000"]);
  });

  it("does not read people or bare county names as places", () => {
    const text = "Luan Zhihua met Dean Wang at Hanjiang Smart Grid.";
    expect(new PlaceReader([text]).places(text)).toEqual([]);
  });

  it("places an organisation by its name", () => {
    const reader = new PlaceReader(["Ziyang County, Shaanxi Province"]);
    expect(reader.regionOfName("Xi'an University of Technology")).toEqual({ province: "Shaanxi", regionCode: "610100" });
    expect(reader.regionOfName("Inner Mongolia Baiyun Chemical Group Co., Ltd.")).toEqual({ province: "Inner Mongolia", regionCode: "150000" });
    expect(reader.regionOfName("TIANHE (Gansu) Valve Co., Ltd.")).toEqual({ province: "Gansu", regionCode: "620000" });
    // The text names Ziyang County: a bare "Ziyang" is that county, not the city in Sichuan.
    expect(reader.regionOfName("Ziyang Fuxi Tea Co., Ltd.")).toEqual({ province: "Shaanxi", regionCode: "610924" });
    expect(reader.regionOfName("Qinling Polytechnic College")).toBeUndefined();
  });

  it("settles a county name several provinces share by the province the text names", () => {
    const reader = new PlaceReader(["held in Yingshan County, Sichuan Province"]);
    expect(reader.regionOfName("People's Government of Yingshan County")).toEqual({ province: "Sichuan", regionCode: "511322" });
  });

  it("knows place names", () => {
    expect(isPlaceName("Inner Mongolia")).toBe(true);
    expect(isPlaceName("Sichuan Province")).toBe(true);
    expect(isPlaceName("Huawei")).toBe(false);
  });
});
