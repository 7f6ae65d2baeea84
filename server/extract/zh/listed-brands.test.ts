import { describe, expect, it } from "vitest";
import { findListedBrands } from "./listed-brands.ts";
import { findOrgMentions } from "./org-mentions.ts";

const brandsIn = (text: string) => findListedBrands(text, 0, text.length, findOrgMentions(text, 0, text.length)).map((m) => `${m.role} ${m.name}`);

describe("findListedBrands", () => {
  it("reads each item of a list counted as enterprises as an enterprise, after the word that leads into it", () => {
    expect(brandsIn("学院与飞鹰航空、宿城精测、洋河数控等3家企业签约。")).toEqual(["enterprise 飞鹰航空", "enterprise 宿城精测", "enterprise 洋河数控"]);
    expect(brandsIn("出席活动,飞鹰航空、宿城精测等10家行业领军企业代表参加。")).toEqual(["enterprise 飞鹰航空", "enterprise 宿城精测"]);
  });

  it("reads a list before 等 and a leading firm's kind without a count, after a verb that leads into it", () => {
    expect(brandsIn("联盟汇聚飞鹰航空、宿城精测等产业链领军企业共同发起。")).toEqual(["enterprise 飞鹰航空", "enterprise 宿城精测"]);
    expect(brandsIn("考察团先后到飞鹰航空、洋河数控等宿迁重点企业调研。")).toEqual(["enterprise 飞鹰航空", "enterprise 洋河数控"]);
    expect(brandsIn("与飞鹰航空、宿城精测等百余家企业签约。")).toEqual(["enterprise 飞鹰航空", "enterprise 宿城精测"]);
    // A count of the school's own departments is not one of the firms they sign with later in the sentence.
    expect(brandsIn("学院智能制造系、汽车工程系等2个系部负责人分别与对应企业签约。")).toEqual([]);
    // Topics listed before 等 are no firms: 等方面的企业 names no kind of firm.
    expect(brandsIn("了解生产工艺、市场前景等方面的企业需求。")).toEqual([]);
  });

  it("reads a list counted as schools as institutions", () => {
    expect(brandsIn("联盟由宿迁职院、淮安技师等5所院校发起。")).toEqual(["institution 宿迁职院", "institution 淮安技师"]);
  });

  it("leaves names found by their suffix to those, and phrases and places out", () => {
    expect(brandsIn("与江苏飞鹰航空有限公司、宿城精测等2家企业签约。")).toEqual(["enterprise 宿城精测"]);
    expect(brandsIn("与相关企业、宿城精测等2家企业签约。")).toEqual(["enterprise 宿城精测"]);
    expect(brandsIn("与宿迁、淮安等2家企业签约。")).toEqual([]);
  });

  it("needs a list of two, or a brand and its trade: one name before 等 is as likely a phrase", () => {
    expect(brandsIn("与飞鹰航空等3家企业签约。")).toEqual(["enterprise 飞鹰航空"]);
    expect(brandsIn("联盟吸纳秦丰牧业等百余家企业为会员单位。")).toEqual(["enterprise 秦丰牧业"]);
    expect(brandsIn("调研了汽车电子等10家企业。")).toEqual([]);
    expect(brandsIn("与飞鹰公司等3家企业签约。")).toEqual([]);
    expect(brandsIn("飞鹰航空、宿城精测参加了活动。")).toEqual([]);
  });
});
