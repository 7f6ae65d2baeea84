import { describe, expect, it } from "vitest";
import { domainEntry } from "./university-domains.ts";

describe("domainEntry", () => {
  it("finds a school under the domain a host lies in, edu.cn or plain cn", () => {
    expect(domainEntry("news.hnu.edu.cn")?.nameZh).toBe("湖南大学");
    expect(domainEntry("xcb.czu.cn")?.nameZh).toBe("常州工学院");
  });

  it("knows schools of every country, by their English name", () => {
    expect(domainEntry("www.upd.edu.ph")).toEqual({ domain: "upd.edu.ph", name: "University of the Philippines Diliman" });
  });

  it("takes X.edu.cn to be the school listed as X.cn", () => {
    expect(domainEntry("xyb.hbeu.edu.cn")?.nameZh).toBe("湖北工程学院");
  });

  it("claims nothing for hosts no list knows, nor for the shared suffixes themselves", () => {
    expect(domainEntry("www.example-nowhere.com.cn")).toBeUndefined();
    expect(domainEntry("edu.cn")).toBeUndefined();
  });
});
