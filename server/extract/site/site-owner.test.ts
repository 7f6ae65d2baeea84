import { describe, expect, it } from "vitest";
import { englishNameOf, siteOwner } from "./site-owner.ts";

describe("siteOwner", () => {
  it("looks a university's domain up in the public list, with the register's Chinese name", () => {
    expect(siteOwner("http://www-en.hnu.edu.cn/info/1071/4455.htm")).toMatchObject({ how: "domain list", nameEn: "Hunan University", nameZh: "湖南大学" });
    expect(siteOwner("https://www.lntu.edu.cn/info/1027/2605.htm")).toMatchObject({ nameZh: "辽宁工程技术大学" });
  });

  it("reads a school's site name as the one register name it abbreviates", () => {
    expect(siteOwner("https://www.zzrvtc.edu.cn/a")).toMatchObject({ how: "register", nameZh: "郑州铁路职业技术学院", role: "institution" });
  });

  it("reads the English order of a school's words where no school reads the Chinese order", () => {
    // Not in the domain list: Lanzhou University of Finance and Economics.
    expect(siteOwner("https://news.lzufe.edu.cn/a")).toMatchObject({ how: "register", nameZh: "兰州财经大学" });
    // Two technical institutes of electronics and information, settled by the place the article names.
    expect(siteOwner("https://dz.stiei.edu.cn/a", "我校与上海一家汽车公司签约")).toMatchObject({ nameZh: "上海电子信息职业技术学院" });
    // A school the Chinese order reads keeps it: csut is 长沙理工大学, not also 长沙工业学院 read "Changsha Institute of Technology".
    expect(siteOwner("https://news.csut.edu.cn/a")?.nameZh).toBe("长沙理工大学");
  });

  it("settles between schools of one abbreviation by the name, place or province the article gives", () => {
    expect(siteOwner("https://dffw.sxnu.edu.cn/a", "我校与永济市人民政府签约")).toBeUndefined();
    expect(siteOwner("https://dffw.sxnu.edu.cn/a", "我校与永济市人民政府签约", [], new Set(["14"]))).toMatchObject({ nameZh: "山西师范大学" });
    expect(siteOwner("https://www.sxnu.edu.cn/a", "陕西师范大学与西安某公司签约")).toMatchObject({ nameZh: "陕西师范大学" });
  });

  it("finds a company's site among the organisations the article names", () => {
    const named = [
      { name: "湖南农业大学", role: "institution" as const },
      { name: "湖南大方农化股份有限公司", role: "enterprise" as const },
    ];
    expect(siteOwner("http://www.hndafang.cn/news/1.html", "", named)).toMatchObject({ how: "named in the article", name: "湖南大方农化股份有限公司", role: "enterprise" });
  });

  it("claims nothing for a site it cannot place", () => {
    expect(siteOwner("https://news.example.com/a.html")).toBeUndefined();
    expect(siteOwner(undefined)).toBeUndefined();
  });
});

describe("englishNameOf", () => {
  it("writes the stem in pinyin and the ending in English, as the site's letters say", () => {
    expect(englishNameOf("宁波大学")).toBe("Ningbo University");
    expect(englishNameOf("安徽理工大学", "aust")).toBe("Anhui University of Science and Technology");
    expect(englishNameOf("武汉理工大学", "whut")).toBe("Wuhan University of Technology");
  });
});
