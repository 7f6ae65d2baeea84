import { describe, expect, it } from "vitest";
import { siteHost, siteLabel } from "./site-label.ts";

describe("siteLabel", () => {
  it("takes the school's part of an edu.cn host, past subdomains and a province's zone", () => {
    expect(siteLabel("https://www.nbu.edu.cn/info/1022/5561.htm")).toEqual({ label: "nbu", school: true });
    expect(siteLabel("http://jgxy.chnu.edu.cn/yjsjy/content_1")).toEqual({ label: "chnu", school: true });
    expect(siteLabel("http://www.ahsdxy.ah.edu.cn/a")).toEqual({ label: "ahsdxy", school: true });
  });

  it("takes the registered name of other hosts", () => {
    expect(siteLabel("https://www.fjkj.com.cn/news/1.html")).toEqual({ label: "fjkj", school: false });
    expect(siteLabel("http://en.hebeilijiang.com/a")).toEqual({ label: "hebeilijiang", school: false });
    expect(siteLabel("http://zjjt.jxvc.jx.cn/a")).toEqual({ label: "jxvc", school: false });
  });

  it("says nothing for an address it cannot read", () => {
    expect(siteLabel("not a url")).toBeUndefined();
    expect(siteLabel(undefined)).toBeUndefined();
    expect(siteHost("https://www.hnu.edu.cn/x")).toBe("hnu.edu.cn");
  });
});
