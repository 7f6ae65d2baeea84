import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { acronym, brand, bureauName, countyGovernmentName, departmentName, enterpriseName, institutionName, NameRegistry, placeOf, prefectureGovernmentName } from "./names.ts";
import { loadProvinces, type Province } from "./regions.ts";

const provinces = loadProvinces();
const province = (code: string) => provinces.find((p) => p.code === code) as Province;

describe("names", () => {
  it("builds enterprise names from place, brand and trade, never two with one name key", () => {
    const random = createRandom(1, "names");
    const registry = new NameRegistry();
    const sichuan = province("510000");
    const nanchong = sichuan.prefectures.find((p) => p.code === "511300")!;
    const names = Array.from({ length: 2_000 }, () =>
      enterpriseName(random, { kind: "private", large: false, place: placeOf.prefecture(nanchong), province: sichuan, word: ["科技", "Technology"] }, registry),
    );
    expect(names[0]?.nameZh).toMatch(/^南充\p{Script=Han}{2,3}科技(股份)?有限公司$/u);
    expect(names[0]?.name).toMatch(/^Nanchong [A-Z][a-z']+ Technology Co\. Ltd\.$/);
    expect(new Set(names.map((n) => n.alias.nameZh)).size).toBe(2_000);
    expect(new Set(names.map((n) => n.alias.name.toLowerCase())).size).toBe(2_000);
    const foreign = enterpriseName(random, { kind: "foreign", large: false, place: placeOf.prefecture(nanchong), province: sichuan, word: ["电子", "Electronics"] }, registry);
    expect(foreign.nameZh).toMatch(/（四川）电子有限公司$/);
    expect(foreign.name).toMatch(/ \(Sichuan\) Electronics Co\. Ltd\.$/);
  });

  it("never uses a well-known company's brand", () => {
    const random = createRandom(2, "brands");
    for (let i = 0; i < 5_000; i++) expect(["华为", "海尔", "格力", "联想"]).not.toContain(brand(random).nameZh);
  });

  it("names institutions after their place, the next place when one is taken", () => {
    const random = createRandom(3, "institutions");
    const registry = new NameRegistry();
    const shaanxi = province("610000");
    const places = [{ place: placeOf.province(shaanxi), isProvince: true }];
    const first = institutionName(random, "vocational_college", places, registry);
    expect(first.nameZh).toMatch(/^陕西.*(学院|学校|大学)$/);
    expect(first.name).toMatch(/^Shaanxi .*(College|University)$/);
    const all = Array.from({ length: 30 }, () => institutionName(random, "vocational_college", places, registry));
    expect(new Set(all.map((n) => n.nameZh)).size).toBe(30);
    expect(acronym("Shaanxi University of Science and Technology")).toBe("SUST");
  });

  it("names government bodies as they call themselves", () => {
    expect(departmentName(province("610000"), "education")).toEqual({ nameZh: "陕西省教育厅", name: "Shaanxi Provincial Department of Education" });
    expect(departmentName(province("110000"), "education")).toEqual({ nameZh: "北京市教育委员会", name: "Beijing Municipal Education Commission" });
    expect(departmentName(province("450000"), "industry").name).toBe("Department of Industry and Information Technology of Guangxi Zhuang Autonomous Region");
    const sichuan = province("510000");
    const nanchong = sichuan.prefectures.find((p) => p.code === "511300")!;
    expect(prefectureGovernmentName(nanchong)).toEqual({ nameZh: "南充市人民政府", name: "People's Government of Nanchong City" });
    const yingshan = nanchong.counties.find((c) => c.code === "511322") ?? nanchong.counties.find((c) => c.nameZh === "营山县")!;
    expect(countyGovernmentName(yingshan)).toEqual({ nameZh: "营山县人民政府", name: "People's Government of Yingshan County" });
    expect(countyGovernmentName(yingshan, true).nameZh).toBe("南充市营山县人民政府");
    expect(bureauName(nanchong, "education")).toEqual({ nameZh: "南充市教育局", name: "Nanchong Municipal Education Bureau" });
  });
});
