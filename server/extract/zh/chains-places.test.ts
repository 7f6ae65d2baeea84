import { describe, expect, it } from "vitest";
import { findChains } from "./chains.ts";
import { findPlaces } from "./places.ts";

const chains = (text: string) => findChains(text, 0, text.length).map((c) => c.name);

describe("industry chains", () => {
  it("names chains without the places in front", () => {
    expect(chains("“陕西省铝镁钼深加工重点产业链产教融合创新联盟”成立")).toEqual(["铝镁钼深加工重点产业链"]);
    expect(chains("联合体要对接能源化工产业链，加快新能源汽车产业链发展")).toEqual(["能源化工产业链", "新能源汽车产业链"]);
  });

  it("names none in talk of chains in general", () => {
    expect(chains("推动专业链与产业链深度对接，服务重点产业链，促进教育链、人才链与产业链衔接")).toEqual([]);
  });
});

describe("places", () => {
  it("finds provinces and prefectures, full or short, with codes", () => {
    const text = "在陕西省西安市举行，宝鸡和内蒙古的企业参加，会后前往营山县。";
    expect(findPlaces(text, 0, text.length).map((p) => [p.name, p.code])).toEqual([
      ["陕西省", "610000"],
      ["西安市", "610100"],
      ["宝鸡", "610300"],
      ["内蒙古", "150000"],
      ["营山县", "511322"],
    ]);
  });

  it("skips short names that are everyday words", () => {
    const text = "与会来宾参观了阿里巴巴";
    expect(findPlaces(text, 0, text.length)).toEqual([]);
  });
});
