import { describe, expect, it } from "vitest";
import { emptyRecordSet, type RecordOf } from "../model/index.ts";
import { renderMessages } from "./messages/index.ts";
import { resolveAgreements as resolveAgreementsWithCodes } from "./resolve-agreements.ts";

/** resolveAgreements with its notes in English, as "file:line: message". */
const resolveAgreements = (...args: Parameters<typeof resolveAgreementsWithCodes>) => {
  const result = resolveAgreementsWithCodes(...args);
  return { ...result, notes: renderMessages(result.notes, "en") };
};

function agreement(id: string, extra: Partial<RecordOf<"agreements">> = {}): RecordOf<"agreements"> {
  return { id, type: "joint_lab", parties: ["a", "b"], serves: [], source: [], at: { file: "x.txt", line: 3 }, ...extra };
}

const evidence = (source: string) => [{ source, quote: "They opened a joint lab.", offset: 10, confidence: 0.9 }];

describe("resolveAgreements", () => {
  it("makes an extracted agreement evidence for the one the graph already has, filling only what it lacks", () => {
    const records = emptyRecordSet();
    records.agreements.push(agreement("art-a-1", { parties: ["b", "a"], title: "Article title", signedOn: "2025-03-01", students: 40, evidence: evidence("article-1"), reviewStatus: "unreviewed" }));
    const result = resolveAgreements(records, [{ id: "lab-1", type: "joint_lab", parties: ["a", "b"], title: "Dataset title" }]);
    expect(result.records.agreements).toEqual([
      expect.objectContaining({ id: "lab-1", title: undefined, signedOn: "2025-03-01", students: 40, reviewStatus: undefined, evidence: evidence("article-1") }),
    ]);
    expect(result.notes).toEqual(['x.txt:3: the joint lab it states is agreement "lab-1" already known; added as evidence']);
  });

  it("folds two articles stating one agreement into one record with both sentences", () => {
    const records = emptyRecordSet();
    records.agreements.push(agreement("art-a-1", { evidence: evidence("article-1") }), agreement("art-a-2", { evidence: evidence("article-2"), signedOn: "2025-05-05" }));
    const result = resolveAgreements(records, []);
    expect(result.records.agreements).toHaveLength(1);
    expect(result.records.agreements[0]).toMatchObject({ id: "art-a-1", signedOn: "2025-05-05" });
    expect(result.records.agreements[0]!.evidence!.map((e) => e.source)).toEqual(["article-1", "article-2"]);
  });

  it("keeps agreements apart when their dates differ, their parties differ, or they come from datasets", () => {
    const records = emptyRecordSet();
    records.agreements.push(
      agreement("art-a-1", { signedOn: "2024-01-01", evidence: evidence("article-1") }),
      agreement("art-a-2", { parties: ["a", "c"], evidence: evidence("article-2") }),
      agreement("row-1"),
      agreement("row-2"),
    );
    const result = resolveAgreements(records, [{ id: "lab-1", type: "joint_lab", parties: ["a", "b"], signedOn: "2025-01-01" }]);
    expect(result.records.agreements.map((r) => r.id)).toEqual(["art-a-1", "art-a-2", "row-1", "row-2"]);
  });
});
