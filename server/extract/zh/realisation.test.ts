import { describe, expect, it } from "vitest";
import { findMarks, isAgreedWordAt } from "./realisation.ts";

const realised = (sentence: string) => findMarks(sentence).filter((m) => m.realised).map((m) => m.text);

describe("agreements made versus planned", () => {
  it("takes signings, unveilings and foundings as done", () => {
    expect(realised("3月20日，双方签署了协议，并为基地揭牌。")).toEqual(["签署", "揭牌"]);
    expect(realised("联盟在会上正式成立。")).toEqual(["成立"]);
  });

  it("lets a hope govern every clause of the list it opens, up to a clause that tells what happened", () => {
    expect(realised("他希望双方进一步推进产教融合，加强科研合作，共同建立联合创新中心。")).toEqual([]);
    expect(realised("他希望双方加强合作，随后双方签署了战略合作协议。")).toEqual(["签署"]);
    // A plan reaches only the clause after its own.
    expect(realised("双方计划明年，在园区共建中试基地，并已签署了框架协议。")).toEqual(["签署"]);
  });

  it("does not take plans, hopes or discussions as done", () => {
    expect(realised("双方拟于明年春季签订实习基地共建协议。")).toEqual([]);
    expect(realised("下一步，学校将与公司共建联合实验室。")).toEqual([]);
    expect(realised("他希望双方以共建实习基地为契机，实现全方位合作。")).toEqual([]);
    expect(realised("双方就共建实训基地进行了深入座谈。")).toEqual([]);
    expect(realised("双方计划明年共建中试基地，并探讨成立产业联盟。")).toEqual([]);
    expect(realised("签约仪式将于下月举行。")).toEqual([]);
  });

  it("reads no mark inside quotation marks: a slogan or a name is not a thing done", () => {
    expect(realised("双方携手打造“课程共定、师资共建、成果共享”的育人共同体。")).toEqual([]);
    expect(realised("双方为“校企共建实训基地”揭牌。")).toEqual(["揭牌"]);
  });

  it("keeps a signing after a visit to negotiate", () => {
    expect(realised("总经理一行来我院洽谈合作，双方在会议室签订校企合作协议。")).toEqual(["签订"]);
  });

  it("leaves agreement words that are only discussed out of what was agreed", () => {
    const sentence = "双方还就开设冠名班进行了探讨。";
    expect(isAgreedWordAt(sentence, sentence.indexOf("冠名班"), 3)).toBe(false);
    const signed = "我公司与学校正式签署协议，并为实习实训基地授牌。";
    expect(isAgreedWordAt(signed, signed.indexOf("实习实训基地"), 6)).toBe(true);
  });
});
