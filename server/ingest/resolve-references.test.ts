import { describe, expect, it } from "vitest";
import { emptyRecordSet, type RecordSet } from "../model/index.ts";
import { resolveReferences as resolveReferencesWithCodes, type NamedEntity } from "./resolve-references.ts";
import { renderMessages } from "./messages/index.ts";

/** resolveReferences with its problems and notes in English, as "file:line: message". */
const resolveReferences = (...args: Parameters<typeof resolveReferencesWithCodes>) => {
  const result = resolveReferencesWithCodes(...args);
  return { ...result, problems: renderMessages(result.problems, "en"), notes: renderMessages(result.notes, "en") };
};

const at = (line: number) => ({ file: "名单.xlsx", sheet: "Sheet1", line });

const graph: { organizations: NamedEntity[]; chains: NamedEntity[] } = {
  organizations: [
    { id: "baoji-titanium", label: "Organization", names: ["Baoji Titanium Industry Co., Ltd.", "宝鸡钛业股份有限公司"], code: "914403001922038216" },
    { id: "xaut", label: "Organization", names: ["Xi'an University of Technology", "西安理工大学"] },
    { id: "alpha-1", label: "Organization", names: ["Alpha Co., Ltd."] },
    { id: "alpha-2", label: "Organization", names: ["Alpha Company Limited"] },
  ],
  chains: [
    { id: "ti-chain", label: "IndustryChain", names: ["Titanium chain", "钛及钛合金产业链"] },
    { id: "ti-sponge", label: "ChainSegment", names: ["Titanium sponge", "海绵钛"], chain: "ti-chain" },
    { id: "mg-chain", label: "IndustryChain", names: ["Magnesium chain", "镁产业链"] },
    { id: "mg-sponge", label: "ChainSegment", names: ["Sponge", "海绵钛"], chain: "mg-chain" },
  ],
};

function withRows(fill: (records: RecordSet) => void): RecordSet {
  const records = emptyRecordSet();
  fill(records);
  return records;
}

describe("resolveReferences", () => {
  it("takes an organisation's short name, full name or code as a party", () => {
    const records = withRows((r) => r.agreements.push({ id: "a", type: "joint_lab", parties: ["西安理工大学", "宝鸡钛业"], serves: ["钛及钛合金产业链"], source: [], at: at(2) }));
    const result = resolveReferences(records, graph);
    expect(result.problems).toEqual([]);
    expect(result.records.agreements[0]).toMatchObject({ parties: ["xaut", "baoji-titanium"], serves: ["ti-chain"] });
    expect(result.notes).toContain('名单.xlsx:Sheet1:2: parties "宝鸡钛业" is "baoji-titanium"');
    const byCode = resolveReferences(withRows((r) => r.agreements.push({ id: "b", type: "joint_lab", parties: ["xaut", "914403001922038216"], serves: [], source: [], at: at(3) })), graph);
    expect(byCode.records.agreements[0]!.parties).toEqual(["xaut", "baoji-titanium"]);
  });

  it("lists the candidates when a name fits several, and leaves an unknown name to the reference check", () => {
    const records = withRows((r) => r.agreements.push({ id: "a", type: "joint_lab", parties: ["Alpha", "Nobody Ltd."], serves: [], source: [], at: at(4) }));
    const result = resolveReferences(records, graph);
    expect(result.problems).toEqual(['名单.xlsx:Sheet1:4: parties "Alpha" could be "alpha-1" or "alpha-2"; give the id, the code or the full name of the one it is']);
    expect(result.records.agreements[0]!.parties).toEqual(["Alpha", "Nobody Ltd."]);
  });

  it("finds a segment in the chain the row names, and asks when no chain tells two segments apart", () => {
    const placed = withRows((r) => r.enterprises.push({ id: "e", name: "宝鸡钛业", aliases: [], source: [], segments: ["海绵钛"], chain: "钛及钛合金产业链", at: at(5) }));
    expect(resolveReferences(placed, graph).records.enterprises[0]).toMatchObject({ segments: ["ti-sponge"], chain: "ti-chain" });
    const unplaced = withRows((r) => r.enterprises.push({ id: "e", name: "宝鸡钛业", aliases: [], source: [], segments: ["海绵钛"], at: at(6) }));
    expect(resolveReferences(unplaced, graph).problems).toEqual(['名单.xlsx:Sheet1:6: segments "海绵钛" could be "ti-sponge" or "mg-sponge"; give the id, the code or the full name of the one it is']);
  });

  it("resolves names against what the same run defines", () => {
    const records = withRows((r) => {
      r.chains.push({ id: "cn-chain", name: "New energy vehicles", nameZh: "新能源汽车产业链", source: [], at: at(2) });
      r.segments.push({ id: "cn-battery", chain: "新能源汽车产业链", name: "Batteries", nameZh: "动力电池", source: [], at: at(3) });
      r.institutions.push({ id: "row-1", name: "某职业技术学院", aliases: [], source: [], segments: [], at: at(4) });
      r.agreements.push({ id: "a", type: "order_class", parties: ["某职业技术学院", "xaut"], serves: ["动力电池"], source: [], at: at(5) });
    });
    const result = resolveReferences(records, graph);
    expect(result.problems).toEqual([]);
    expect(result.records.segments[0]!.chain).toBe("cn-chain");
    expect(result.records.agreements[0]).toMatchObject({ parties: ["row-1", "xaut"], serves: ["cn-battery"] });
  });
});
